"""A downloaded feed (RSS or Atom, any version feedparser knows) as a list of items.

feedparser is given the bytes we downloaded — never a URL or a string it might open as
a file — together with the final address, so relative item links resolve against it.
A document that is not a feed at all is an error; a feed that is broken half-way but
still yielded items is used (feedparser's "bozo" flag alone is not fatal).
"""

from __future__ import annotations

import io
import time
from dataclasses import dataclass

import feedparser

from .download import Response


class FeedError(Exception):
    """The document is not a usable feed; the message says why."""


@dataclass(frozen=True)
class Item:
    link: str
    title: str
    summary: str
    published: str | None  # ISO 8601 UTC as the feed states it, None when it gives none

    @property
    def text(self) -> str:
        return f"{self.title}\n{self.summary}"


def parse_items(response: Response) -> list[Item]:
    """The items of the feed in ``response``, in feed order."""
    parsed = feedparser.parse(
        io.BytesIO(response.body),
        response_headers={
            "content-location": response.url,
            "content-type": response.header("content-type") or "application/xml",
        },
    )
    if not parsed.entries and (parsed.bozo or not parsed.get("version")):
        kind = "invalid feed" if parsed.get("version") else "not an RSS or Atom feed"
        problem = str(parsed.get("bozo_exception") or "").replace("<unknown>:", "line ")
        raise FeedError(f"{kind} ({problem})" if problem else kind)
    return [_item(entry) for entry in parsed.entries]


def _item(entry: feedparser.FeedParserDict) -> Item:
    return Item(
        link=(entry.get("link") or "").strip(),
        title=(entry.get("title") or "").strip(),
        summary=(entry.get("summary") or "").strip(),
        published=_iso(entry.get("published_parsed") or entry.get("updated_parsed")),
    )


def _iso(moment: time.struct_time | None) -> str | None:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", moment) if moment else None
