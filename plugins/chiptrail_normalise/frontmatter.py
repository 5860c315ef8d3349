"""Article files: YAML front-matter between ``---`` lines, then the Markdown body.

The tool writes the front-matter with PyYAML's safe dumper (libyaml's when installed, for
speed) in ``FRONT_MATTER_ORDER``, so the same metadata always gives the same bytes. It
stamps each file with ``ingest_sha256``, the last front-matter line: the hash of the file
as written with that line left out. A file whose stamp no longer matches was edited by
hand, and the ingest runner never overwrites it.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from .fields import FRONT_MATTER_ORDER

DELIMITER = "---\n"
HEADER_END = "\n---\n"

STAMP_KEY = "ingest_sha256"
STAMP_LINE = re.compile(rf"^{STAMP_KEY}: '?(?P<digest>[0-9a-f]{{64}})'?\n", re.MULTILINE)
# A top-level key with its value as the dumper writes it: the rest of the line, then any
# indented, block-sequence or blank lines (a value's continuation).
TOP_LEVEL_ENTRY = re.compile(r"^(?P<key>[A-Za-z_][\w-]*):(?:[ \t].*)?\n(?:(?:[ \-].*)?\n)*", re.MULTILINE)

# Line breaks that PyYAML folds away in plain and single-quoted scalars; strings holding
# them are written double-quoted, where they are escaped and survive a round trip.
FRAGILE_LINE_BREAKS = re.compile("[\x85\u2028\u2029]")

# Enough to hold the front-matter of a typical article in one read.
HEAD_BYTES = 8192

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
STRING_TAG = "tag:yaml.org,2002:str"
_RESOLVER = yaml.resolver.Resolver()


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):
    """The safe dumper, with strings that always load back unchanged.

    Most front-matter values are strings. PyYAML's ``represent_data`` gives each one the
    bookkeeping for aliases that it never uses for a string, which is most of the time a
    dump takes; so strings are made into nodes here directly, as the safe representer
    would make them, and every other value takes the usual way.
    """

    def represent_data(self, data: Any) -> yaml.Node:
        if type(data) is str:
            return yaml.ScalarNode(STRING_TAG, data, style=_string_style(data) or self.default_style)
        return super().represent_data(data)


def _string_style(text: str) -> str | None:
    return '"' if FRAGILE_LINE_BREAKS.search(text) else None


def render(meta: dict[str, Any], body: str) -> str:
    """Return the article file for ``meta`` and ``body``, keys in ``FRONT_MATTER_ORDER``."""
    body = body.strip("\n")
    return f"{DELIMITER}{_dump(ordered(meta))}{DELIMITER}\n{body}\n"


def render_stamped(meta: dict[str, Any], body: str) -> str:
    """Return the article file with its ``ingest_sha256`` stamp as last front-matter line."""
    unstamped = render({key: value for key, value in meta.items() if key != STAMP_KEY}, body)
    stamp = stamp_line(sha256_text(unstamped))
    header_end = unstamped.index(HEADER_END) + 1
    return unstamped[:header_end] + stamp + unstamped[header_end:]


def stamp_line(digest: str) -> str:
    """The ``ingest_sha256`` line as the dumper writes it, without running the dumper
    when it would write the digest as it is (it quotes a digest that reads as a number)."""
    if _RESOLVER.resolve(yaml.ScalarNode, digest, (True, False)) == STRING_TAG:
        return f"{STAMP_KEY}: {digest}\n"
    return _dump({STAMP_KEY: digest})


def is_hand_edited(document: str) -> bool:
    """True unless ``document`` is exactly as the tool wrote it (stamp present and valid)."""
    header_end = document.find(HEADER_END)
    stamp = STAMP_LINE.search(document, 0, header_end + 1)
    if header_end < 0 or stamp is None:
        return True
    unstamped = document[: stamp.start()] + document[stamp.end() :]
    return sha256_text(unstamped) != stamp["digest"]


def ordered(meta: dict[str, Any]) -> dict[str, Any]:
    """``meta`` with known keys in ``FRONT_MATTER_ORDER``, any others after them."""
    known = {key: meta[key] for key in FRONT_MATTER_ORDER if key in meta}
    return known | {key: value for key, value in meta.items() if key not in known}


def read_header(path: Path) -> dict[str, Any] | None:
    """Return the front-matter of the article at ``path``, reading no more than needed.

    ``None`` when the file has no front-matter mapping (a hand-written or broken file).
    """
    with path.open("rb") as handle:
        head = handle.read(HEAD_BYTES)
        if not head.startswith(DELIMITER.encode()):
            return None
        while HEADER_END.encode() not in head and (more := handle.read(HEAD_BYTES)):
            head += more
    header, found, _ = head[len(DELIMITER) :].partition(HEADER_END.encode())
    if not found:
        return None
    try:
        meta = yaml.load(header.decode("utf-8") + "\n", Loader=Loader)
    except (UnicodeDecodeError, yaml.YAMLError):
        return None
    return meta if isinstance(meta, dict) else None


def read_keys(path: Path, keys: Iterable[str]) -> dict[str, Any] | None:
    """The front-matter ``keys`` (those it has) of the article at ``path``; ``None``
    when the file has no front-matter mapping.

    An ingest re-run needs a few keys of every article, and loading each whole
    front-matter (evidence, confidence ...) was most of what a run with nothing to do
    cost. A file exactly as the tool wrote it (its stamp says so) has each top-level key
    at the start of a line, its value on that line and on the indented (or ``- ``) lines
    after it, so only the wanted keys' lines are loaded. Any other file is loaded whole.
    """
    wanted = set(keys)
    try:
        document = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        document = None
    if document is not None and not is_hand_edited(document):
        header = document[len(DELIMITER) : document.index(HEADER_END) + 1]
        entries = "".join(entry.group() for entry in TOP_LEVEL_ENTRY.finditer(header) if entry["key"] in wanted)
        try:
            meta = yaml.load(entries, Loader=Loader) or {}
        except yaml.YAMLError:  # an alias to a key left out, say: read it all
            meta = None
        if isinstance(meta, dict):
            return meta
    meta = read_header(path)
    return None if meta is None else {key: value for key, value in meta.items() if key in wanted}


def _dump(mapping: dict[str, Any]) -> str:
    return yaml.dump(mapping, Dumper=_Dumper, sort_keys=False, allow_unicode=True)


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
