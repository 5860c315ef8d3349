"""The list of feeds to fetch: ``content/feeds.yaml``.

::

    feeds:
      - https://example.org/feed.xml          # just the address, or:
      - url: https://example.com/atom.xml
        name: Example News                    # optional: shown in progress lines
        keywords: [Blackwell, CoWoS]          # optional: also keep items naming these

An item is kept when its title or summary names a tracked chip or keyword (the
vocabularies) or one of its feed's ``keywords``. Entries are checked when loaded; a bad
entry is reported and left out, the others are used.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import yaml

FEED_KEYS = {"url", "name", "keywords"}


class FeedsConfigError(Exception):
    """The feeds file is missing or not a list of feeds; the message says which."""


@dataclass(frozen=True)
class Feed:
    url: str
    name: str | None = None
    keywords: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        return self.name or self.url


def load_feeds(path: Path) -> tuple[list[Feed], list[str]]:
    """The feeds listed in ``path`` and one problem line per entry or key left out."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except FileNotFoundError:
        raise FeedsConfigError(f"{path} not found: list your feeds there (see `--help`)") from None
    except yaml.YAMLError as error:
        raise FeedsConfigError(f"{path} is not valid YAML: {error}") from None
    entries = data.get("feeds") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise FeedsConfigError(f"{path} needs a top-level `feeds:` list")
    feeds, problems = [], []
    for number, entry in enumerate(entries, 1):
        feed, entry_problems = parse_feed(entry)
        problems += [f"{path.name} feed #{number}: {problem}" for problem in entry_problems]
        if feed is not None:
            feeds.append(feed)
    return feeds, problems


def parse_feed(entry: object) -> tuple[Feed | None, list[str]]:
    """One feed from a URL string or a mapping; None when it has no usable URL."""
    if isinstance(entry, str):
        entry = {"url": entry}
    if not isinstance(entry, dict):
        return None, [f"expected a URL or a mapping, got {entry!r}"]
    problems = [f"unknown key {key!r} ignored" for key in entry if key not in FEED_KEYS]
    url = entry.get("url")
    if not isinstance(url, str) or urlsplit(url.strip()).scheme not in ("http", "https"):
        return None, problems + [f"`url` must be an http(s) address, got {url!r}"]
    keywords = entry.get("keywords") or []
    if not isinstance(keywords, list) or not all(isinstance(k, str) for k in keywords):
        problems.append("`keywords` must be a list of words; ignored")
        keywords = []
    name = entry.get("name") if isinstance(entry.get("name"), str) else None
    return Feed(url.strip(), name, tuple(keywords)), problems
