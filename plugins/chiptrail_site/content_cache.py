"""Pelican's content cache, stamping each file once per build.

Pelican caches at one layer (``CONTENT_CACHING_LAYER``: the generator's, here, with
``content_store`` keeping it), yet the articles generator asks both layers for every
file, and each question reads and hashes the file (``CHECK_MODIFIED_METHOD = "sha256"``),
once more with ``convert_ahead`` asking which files it must convert. A layer that caches
nothing and loaded nothing can hold no entry, so it needs no stamp; the layer in use
keeps each file's stamp for the rest of the build. The build manifest has already hashed
every content file with the same SHA-256 when the build started (``CONTENT_HASHES``), so
the stamp is taken from there rather than read and hashed once more. A file edited
during the build was then stamped before it was read, so the next build reads it again.
"""

from __future__ import annotations

import functools
import os

from .build_manifest import CONTENT_HASHES


def stamp_each_file_once(generator) -> None:
    """Handler for ``article_generator_init`` and ``page_generator_init``."""
    settings = generator.settings
    known = settings.get(CONTENT_HASHES) if settings.get("CHECK_MODIFIED_METHOD") == "sha256" else None
    for cacher in (generator, generator.readers):
        stamp = cacher._filestamp_func  # noqa: SLF001 (FileStampDataCacher's, Pelican 4.12)
        if stamp is None:  # an unknown CHECK_MODIFIED_METHOD: Pelican warned already
            continue
        if known:
            stamp = _from_known(known, stamp)
        in_use = cacher._cache_data_policy or cacher._cache  # noqa: SLF001
        cacher._filestamp_func = functools.cache(stamp) if in_use else _no_stamp  # noqa: SLF001


def _from_known(known: dict[str, str], stamp):
    """Pelican's SHA-256 stamp, taken from the manifest's hash of the file when it has one."""
    def stamp_from_manifest(filename: str) -> bytes:
        digest = known.get(os.path.abspath(filename))
        return bytes.fromhex(digest) if digest is not None else stamp(filename)
    return stamp_from_manifest


def _no_stamp(filename: str) -> bytes:
    """The stamp of a layer holding no entries: never compared with a stored one."""
    return b""
