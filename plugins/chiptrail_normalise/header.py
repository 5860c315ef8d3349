"""The raw header convention: ``Key: value`` lines a user (or a clipper) puts on top.

A raw file may begin with lines such as ``URL: https://...``, ``Title: ...``,
``Date: 2025-07-15``, ``Source: Reuters`` or ``Tags: a, b`` followed by a blank line.
What the user wrote there wins over anything extracted from the text, so this module
only reads it; the extractors decide how much to trust each key. A bare web address
on the first line counts as ``URL`` because that is what "copy link, paste text" gives.
Only the keys below are header keys, so a headline such as "Report: China approves..."
is never mistaken for one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from . import outlets

HEADER_KEYS = {
    "url": "url",
    "link": "url",
    "title": "title",
    "headline": "title",
    "date": "date",
    "published": "date",
    "source": "source",
    "publisher": "source",
    "tags": "tags",
    "author": "author",
    "byline": "author",
    "feed": "feed",
    "fetched": "fetched",
}
HEADER_LINE = re.compile(r"^\s*([A-Za-z]{3,10})\s*:\s*(.*?)\s*$")
BARE_ADDRESS = re.compile(r"^\s*<?(https?://[^\s<>\"]{3,2000})>?\s*$", re.IGNORECASE)
MAX_HEADER_LINES = 20
UNCLOSED_URL_KEY = re.compile(r"\s*URL\s*:\s*<?(https?://[^\s<>\"]{3,2000})>?\s*$")  # read without a blank line closing it


@dataclass
class Header:
    """The keys found on top of a raw file and the lines that follow them."""

    fields: dict[str, str] = field(default_factory=dict)
    rest: list[str] = field(default_factory=list)


def parse_header(lines: list[str]) -> Header:
    """Split ``lines`` into the leading header keys and the article lines after them."""
    start = 1 if lines and BARE_ADDRESS.match(lines[0]) else 0
    fields = {"url": BARE_ADDRESS.match(lines[0]).group(1)} if start else {}
    keys, end = _read_keys(lines, start)
    if keys and (end >= len(lines) or not lines[end].strip()):
        # Keys count only when a blank line closes them; otherwise the top was text.
        fields = {**keys, **fields}
        start = end
    elif url := _literal_url_key(lines[start:end]):
        # ... but for the address: a literal "URL:" key takes only an address, which no
        # headline is, so it says where the page is from even with the headline pasted
        # right under it ("Link:" over a post is a link the post shares).
        fields = {"url": url, **fields}
    return Header(fields=fields, rest=list(lines[start:]))


def _read_keys(lines: list[str], start: int) -> tuple[dict[str, str], int]:
    keys: dict[str, str] = {}
    index = start
    while index < min(len(lines), start + MAX_HEADER_LINES):
        key_value = _header_key_value(lines[index])
        if key_value is None:
            break
        if key_value[1]:
            keys.setdefault(*key_value)
        index += 1
    return keys, index


def _literal_url_key(lines: list[str]) -> str | None:
    return next((match.group(1) for line in lines if (match := UNCLOSED_URL_KEY.match(line))), None)


def _header_key_value(line: str) -> tuple[str, str] | None:
    match = HEADER_LINE.match(line)
    if not match or match.group(1).lower() not in HEADER_KEYS:
        return None
    key = HEADER_KEYS[match.group(1).lower()]
    value = match.group(2)
    if key == "url" and not BARE_ADDRESS.match(value):
        return None
    return key, value


def domain_of(url: str) -> str | None:
    """The host of ``url`` without ``www.``, lower-cased; None when it has no host."""
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host or "." not in host:
        return None
    return host.removeprefix("www.")


def outlet_for_url(url: str) -> str | None:
    """The outlet that publishes ``url``: a known outlet name, else the bare domain."""
    host = domain_of(url)
    if host is None:
        return None
    domains = outlets.by_domain()
    candidate = host
    while "." in candidate:
        if candidate in domains:
            return domains[candidate]
        candidate = candidate.split(".", 1)[1]
    return host
