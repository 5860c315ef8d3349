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
from pathlib import Path

from pagefind.index import PagefindIndex

PLACEHOLDER = re.compile(r"\{[^}]*\}")
INDEX_FOLDER = "pagefind"
LANGUAGE = "en"


def article_glob(article_save_as: str) -> str:
    """``articles/{slug}/index.html`` -> ``articles/*/index.html``."""
    return PLACEHOLDER.sub("*", article_save_as)


def index_site(output_dir, article_save_as: str = "articles/{slug}/index.html") -> int:
    """Index the article pages of the site in ``output_dir``; return how many were indexed."""
    output = Path(output_dir).resolve()
    return asyncio.run(_index(output, article_glob(article_save_as)))


async def _index(output: Path, glob: str) -> int:
    config = {"force_language": LANGUAGE, "output_path": str(output / INDEX_FOLDER)}
    async with PagefindIndex(config=config) as index:  # writes the files on exit
        indexed = await index.add_directory(str(output), glob=glob)
    return indexed["page_count"]
