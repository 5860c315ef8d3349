"""Raw files travel with the site, for provenance, always as inert plain text.

Each article's ``raw`` file (a path relative to the content directory) is copied to
``RAW_SAVE_AS``. The copy always ends in ``.txt``: a raw ``.html`` page pasted by a user
must never be served as a live page from our site.
"""

from __future__ import annotations

import hashlib
import logging
import os

logger = logging.getLogger(__name__)


NAME_MAX_BYTES = 255  # the longest file name common file systems take


def raw_output_name(raw: str) -> str:
    """``raw/003_x.txt`` -> ``003_x.txt``; ``raw/005_y.html`` -> ``005_y.html.txt``.

    A name that ``.txt`` would push past the file-name limit is cut and given a short
    hash of the full name, so it stays unique and stable."""
    name = os.path.basename(os.path.normpath(raw))  # Path(raw).name, without a Path per article
    if name.endswith(".txt"):
        return name
    if len(name.encode("utf-8")) + len(".txt") <= NAME_MAX_BYTES:
        return name + ".txt"
    digest = hashlib.sha256(name.encode("utf-8")).hexdigest()[:12]
    stem = name.encode("utf-8")[: NAME_MAX_BYTES - len(digest) - len("-.txt")]
    return f"{stem.decode('utf-8', 'ignore')}-{digest}.txt"


def attach_raw_links(articles, site: dict, content_path: str, hashes: dict[str, str]) -> None:
    """Give each article with a readable raw file ``raw_url``, ``raw_save_as`` and
    ``raw_source``, and ``raw_source_sha256`` when ``hashes`` (by path joined to the
    content path, as the build manifest took them this build) has the file's. (The
    front-matter's ``raw_sha256`` is the hash ingest took, shown on the article page.)"""
    content, folders = os.path.realpath(content_path), {}
    for article in articles:
        raw = getattr(article, "raw", None)
        if not raw:
            continue
        source = _inside(content, raw, folders)
        if source is None or not os.path.isfile(source):
            logger.warning("%s: raw file %r not found under %s",
                           article.source_path, raw, content_path)
            continue
        name = raw_output_name(raw)
        article.raw_source = str(source)
        article.raw_source_sha256 = hashes.get(os.path.join(content_path, raw))
        article.raw_url = site["RAW_URL"].format(name=name)
        article.raw_save_as = site["RAW_SAVE_AS"].format(name=name)


def copy_raw_files(articles, writer) -> None:
    """Copy raw files through the site's writer, which leaves unchanged copies untouched
    (without reading them, when it knows their hash) and removes the copy of an article
    that is gone."""
    for article in articles:
        if getattr(article, "raw_save_as", None):
            writer.copy_file(article.raw_save_as, article.raw_source, article.raw_source_sha256)


def _inside(root: str, relative: str, folders: dict[str, str]) -> str | None:
    """The file ``relative`` to ``root`` (a real path), as a real path, or None when it
    points outside. Each folder is resolved once (``folders``); the file itself only if
    it is a link. Plain strings: ``pathlib`` cost a tenth of a second per 1,000 articles."""
    parent, name = os.path.split(os.path.join(root, relative))
    folder = folders.get(parent)
    if folder is None:
        folder = folders[parent] = os.path.realpath(parent)
    path = os.path.join(folder, name)
    if os.path.islink(path):
        path = os.path.realpath(path)
    return path if path.startswith(os.path.join(root, "")) else None
