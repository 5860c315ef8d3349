"""Fetched pages become raw files: named, stamped with their provenance, never overwritten.

A fetched page is saved as ``content/raw/<fetch date>-<slug>-<hash8>.html``: the date is
the day it was fetched (UTC), the slug comes from the feed item's title, ``hash8`` from its
normalised URL. The first line is an HTML comment holding a JSON object::

    <!-- chiptrail: {"url": "https://...", "feed": "https://.../feed.xml",
                     "fetched": "2026-11-23T03:10:00Z", "published": "2025-12-11T08:00:00Z",
                     "sha256": "<hex of the page bytes below the comment>"} -->

``published`` is the item date the feed gave, or null. ``<`` and ``>`` inside the JSON are
escaped (``\\u003c``) so a hostile URL cannot close the comment. The page bytes follow the
comment unchanged, so the file keeps the page's own encoding.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
from pathlib import Path
from typing import Any

from .atomic import TEMP_SUFFIX
from .slugs import slugify
from .urls import normalise_url

HEADER_PREFIX = b"<!-- chiptrail: "
HEADER_SUFFIX = b" -->"
HEADER_LINE_LIMIT = 16 * 1024
SLUG_MAX_LENGTH = 60
RAW_SUFFIXES = (".html", ".htm")


def raw_name(fetched: str, title: str, url: str) -> str:
    """``<YYYY-MM-DD>-<slug>-<hash8>.html`` for a page fetched at ``fetched`` (ISO)."""
    slug = slugify(title, SLUG_MAX_LENGTH)
    digest = hashlib.sha256(normalise_url(url).encode("utf-8")).hexdigest()[:8]
    return f"{fetched[:10]}-{slug or 'untitled'}-{digest}.html"


def header_line(provenance: dict[str, Any]) -> bytes:
    """The comment line that records where and when a page was fetched."""
    text = json.dumps(provenance, ensure_ascii=True)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return HEADER_PREFIX + text.encode("ascii") + HEADER_SUFFIX + b"\n"


def read_header(path: Path) -> dict[str, Any] | None:
    """The provenance recorded on top of ``path``, or None when it has no chiptrail header."""
    with path.open("rb") as handle:
        first = handle.readline(HEADER_LINE_LIMIT).rstrip(b"\r\n")
    if not (first.startswith(HEADER_PREFIX) and first.endswith(HEADER_SUFFIX)):
        return None
    try:
        data = json.loads(first[len(HEADER_PREFIX) : -len(HEADER_SUFFIX)])
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def store(raw_dir: Path, name: str, provenance: dict[str, Any], page: bytes) -> bool:
    """Write ``raw_dir/name`` atomically; False (and nothing written) if it exists already.

    The file is completed under a temporary name (the one ``atomic`` clears after a
    crash) and then hard-linked into place, which fails rather than replaces when the
    name is taken.
    """
    raw_dir.mkdir(parents=True, exist_ok=True)
    temporary = raw_dir / f".{name}.{secrets.token_hex(4)}{TEMP_SUFFIX}"
    try:
        with open(temporary, "xb") as out:
            out.write(header_line(provenance) + page)
            out.flush()
            os.fsync(out.fileno())
        os.link(temporary, raw_dir / name)
        return True
    except FileExistsError:
        return False
    finally:
        temporary.unlink(missing_ok=True)
