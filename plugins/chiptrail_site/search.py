"""The search index: Pagefind over the built article pages, as the last step of a build.

Only article pages are read (the glob comes from ``ARTICLE_SAVE_AS``) and only their
``data-pagefind-body`` element is indexed: on a 20,000-article site stock Pagefind spent
most of its 94 s and 5.6 GB on list pages, which repeat the articles' text. Filters
(chip, stance, source, year) and metadata come from ``partial/search_data.html``.
The index and Pagefind's own UI land in ``<output>/pagefind/``, so search works from
any static host with no network.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from .output_files import SEARCH_INDEX_FOLDER as INDEX_FOLDER

PLACEHOLDER = re.compile(r"\{[^}]*\}")
INDEXED_PAGES = re.compile(r"Indexed (\d+) pages?")
LANGUAGE = "en"


def article_glob(article_save_as: str) -> str:
    """``articles/{slug}/index.html`` -> ``articles/*/index.html``."""
    return PLACEHOLDER.sub("*", article_save_as)


def index_site(output_dir, article_save_as: str = "articles/{slug}/index.html") -> int:
    """Index the article pages of the site in ``output_dir``; return how many were indexed.

    The index is written beside the old one, checked, then swapped in: a reader (or a
    build killed half-way) never meets a half-written or empty index, and fragments of
    earlier indexes do not pile up. Pagefind runs as its own command, which has finished
    writing when it exits (its Python service API could leave an empty entry file under
    load).
    """
    output = Path(output_dir).resolve()
    remove_unfinished_indexes(output)
    fresh = Path(tempfile.mkdtemp(dir=output, prefix=f".{INDEX_FOLDER}-"))
    try:
        command = [sys.executable, "-m", "pagefind", "--site", str(output),
                   "--glob", article_glob(article_save_as), "--output-path", str(fresh),
                   "--force-language", LANGUAGE]
        run = subprocess.run(command, capture_output=True, text=True, check=False)
        indexed = INDEXED_PAGES.search(run.stdout)
        if run.returncode or not indexed or not (fresh / "pagefind-entry.json").stat().st_size:
            raise RuntimeError(f"Pagefind failed (exit {run.returncode}): "
                               f"{(run.stderr or run.stdout).strip()[-2000:]}")
        swap_in(fresh, output / INDEX_FOLDER)
    finally:
        shutil.rmtree(fresh, ignore_errors=True)
    return int(indexed[1])


def remove_unfinished_indexes(output_dir) -> None:
    """Drop index folders a killed build left half-written beside the real one."""
    for unfinished in Path(output_dir).glob(f".{INDEX_FOLDER}-*"):
        shutil.rmtree(unfinished, ignore_errors=True)


def swap_in(fresh: Path, target: Path) -> None:
    """Replace the folder ``target`` by ``fresh`` with two renames."""
    retired = target.with_name(f".{target.name}-old")
    shutil.rmtree(retired, ignore_errors=True)
    if target.exists():
        target.rename(retired)
    fresh.rename(target)
    shutil.rmtree(retired, ignore_errors=True)
