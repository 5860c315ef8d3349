"""What the fetcher remembers between runs: ``content/.fetch-state.json``.

Two things are kept: each feed's validators (ETag / Last-Modified) for conditional GET,
and the seen-index — every normalised article URL and page sha256 already stored, mapped
to its raw file — so no article is fetched or stored twice. The raw files stay the truth:
when the state file is missing or unreadable, the seen-index is rebuilt from their
headers (validators are then simply lost, costing one full download per feed).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from .atomic import write_atomic
from .raw_store import RAW_SUFFIXES, read_header
from .urls import normalise_url

STATE_VERSION = 1


@dataclass
class FetchState:
    """Validators per feed URL and the seen-index (URL or sha256 -> raw file name)."""

    validators: dict[str, dict[str, str]] = field(default_factory=dict)
    seen_urls: dict[str, str] = field(default_factory=dict)
    seen_sha256: dict[str, str] = field(default_factory=dict)

    def has_url(self, url: str) -> bool:
        return normalise_url(url) in self.seen_urls

    def remember(self, url: str, sha256: str, raw_name: str) -> None:
        self.seen_urls[normalise_url(url)] = raw_name
        if sha256:
            self.seen_sha256.setdefault(sha256, raw_name)


def load_state(path: Path, raw_dir: Path) -> tuple[FetchState, str | None]:
    """The saved state, or one rebuilt from ``raw_dir``; the second value says why it
    was rebuilt (None when the file was read)."""
    try:
        return _from_json(json.loads(path.read_text(encoding="utf-8"))), None
    except FileNotFoundError:
        reason = f"no {path.name}"
    except (OSError, ValueError, TypeError, KeyError) as error:
        reason = f"{path.name} unreadable ({error})"
    state = rebuild_seen_index(raw_dir)
    files = len(set(state.seen_sha256.values()))
    return state, f"{reason}: seen-index rebuilt from {files} raw files"


def save_state(path: Path, state: FetchState) -> None:
    """Write the state atomically, so a crash leaves the old file or the new one."""
    data = {
        "version": STATE_VERSION,
        "validators": state.validators,
        "seen_urls": state.seen_urls,
        "seen_sha256": state.seen_sha256,
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, json.dumps(data, indent=1, sort_keys=True).encode("utf-8"))


def rebuild_seen_index(raw_dir: Path) -> FetchState:
    """The seen-index of every HTML raw file: its header's URL and sha256, or — for a
    page saved by hand, without a header — the sha256 of the whole file."""
    state = FetchState()
    for path in sorted(raw_dir.glob("*")) if raw_dir.is_dir() else []:
        if path.suffix.lower() not in RAW_SUFFIXES or path.is_symlink() or not path.is_file():
            continue
        header = read_header(path)
        if header and isinstance(header.get("url"), str):
            state.remember(header["url"], str(header.get("sha256", "")), path.name)
        else:
            state.seen_sha256.setdefault(hashlib.sha256(path.read_bytes()).hexdigest(), path.name)
    return state


def _from_json(data: dict) -> FetchState:
    return FetchState(
        validators=dict(data["validators"]),
        seen_urls=dict(data["seen_urls"]),
        seen_sha256=dict(data["seen_sha256"]),
    )
