"""Files the plugin writes itself (sitemap, data exports, raw copies), written atomically:
a reader or a killed build never sees half a file."""

from __future__ import annotations

import os
from pathlib import Path


def write_atomic(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` through a temporary file in the same directory."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(target.name + ".tmp")
    temporary.write_bytes(data)
    os.replace(temporary, target)


def absolute_url(siteurl: str, url: str) -> str:
    """``url`` (relative to the site root) under ``SITEURL``, or as it is when the site
    has no address yet (a local build): nothing invents a host."""
    return f"{siteurl.rstrip('/')}/{url}" if siteurl else url
