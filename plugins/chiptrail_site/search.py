"""The search index: Pagefind over the built article pages, as the last step of a build.

Only article pages are read (the glob comes from ``ARTICLE_SAVE_AS``) and only their
``data-pagefind-body`` element is indexed: on a 20,000-article site stock Pagefind spent
most of its 94 s and 5.6 GB on list pages, which repeat the articles' text. Filters
(chip, stance, source, year) and metadata come from ``partial/search_data.html``.
The index and Pagefind's own UI land in ``<output>/pagefind/``, so search works from
any static host with no network.
"""

from __future__ import annotations

import asyncio
import re
import shutil
import tempfile
from pathlib import Path

from pagefind.index import PagefindIndex

from .output_files import SEARCH_INDEX_FOLDER as INDEX_FOLDER

PLACEHOLDER = re.compile(r"\{[^}]*\}")
LANGUAGE = "en"


def article_glob(article_save_as: str) -> str:
    """``articles/{slug}/index.html`` -> ``articles/*/index.html``."""
    return PLACEHOLDER.sub("*", article_save_as)


def index_site(output_dir, article_save_as: str = "articles/{slug}/index.html") -> int:
    """Index the article pages of the site in ``output_dir``; return how many were indexed."""
    output = Path(output_dir).resolve()
    return asyncio.run(_index(output, article_glob(article_save_as)))


async def _index(output: Path, glob: str) -> int:
    """Write the index beside the old one, check it, then swap it in: a reader (or a build
    killed half-way) never meets a half-written or empty index, and old fragments of
    earlier indexes do not pile up."""
    fresh = Path(tempfile.mkdtemp(dir=output, prefix=f".{INDEX_FOLDER}-"))
    try:
        config = {"force_language": LANGUAGE, "output_path": str(fresh)}
        async with PagefindIndex(config=config) as index:  # writes the files on exit
            indexed = await index.add_directory(str(output), glob=glob)
        if not (fresh / "pagefind-entry.json").stat().st_size:
            raise RuntimeError(f"Pagefind wrote an empty index into {fresh}")
        swap_in(fresh, output / INDEX_FOLDER)
    finally:
        shutil.rmtree(fresh, ignore_errors=True)
    return indexed["page_count"]


def swap_in(fresh: Path, target: Path) -> None:
    """Replace the folder ``target`` by ``fresh`` with two renames."""
    retired = target.with_name(f".{target.name}-old")
    shutil.rmtree(retired, ignore_errors=True)
    if target.exists():
        target.rename(retired)
    fresh.rename(target)
    shutil.rmtree(retired, ignore_errors=True)
