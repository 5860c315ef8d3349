"""The search index: Pagefind over the built article pages, as the last step of a build.

Only article pages are read (the glob comes from ``ARTICLE_SAVE_AS``) and only their
``data-pagefind-body`` element is indexed: on a 20,000-article site stock Pagefind spent
most of its 94 s and 5.6 GB on list pages, which repeat the articles' text. Filters
(chip, stance, source, year) and metadata come from ``partial/search_data.html``.
The index and Pagefind's own UI land in ``<output>/pagefind/``, so search works from
any static host with no network.

Pagefind holds the whole index it is building in memory (~200 KB per 700-word article:
2 GB at 10,000), so a large archive is indexed in shards of ``SEARCH_SHARD_PAGES``
articles, one Pagefind run each, written to ``pagefind/shard-N/`` and listed in
``pagefind/shards.js``. The search page merges them with Pagefind's own ``mergeIndex``,
which combines results (by score) and filters, so readers see one search.
"""

from __future__ import annotations

import json
import os
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
SHARD_PAGES = 3000
SHARD_LIST = "shards.js"
STALE_MARK = "STALE"
"""Left in the index by a build that changed the site but skipped search, so the next
build with search indexes again even when its own site is unchanged."""
# Every scratch folder of an index build starts so (a killed build's are removed).
SCRATCH_PREFIX = f".{INDEX_FOLDER}-"


def article_glob(article_save_as: str) -> str:
    """``articles/{slug}/index.html`` -> ``articles/*/index.html``."""
    return PLACEHOLDER.sub("*", article_save_as)


def index_site(output_dir, article_save_as: str = "articles/{slug}/index.html",
               shard_pages: int = SHARD_PAGES) -> int:
    """Index the article pages of the site in ``output_dir``; return how many were indexed.

    The index is written beside the old one, checked, then swapped in: a reader (or a
    build killed half-way) never meets a half-written or empty index, and fragments of
    earlier indexes do not pile up. Pagefind runs as its own command, which has finished
    writing when it exits (its Python service API could leave an empty entry file under
    load).
    """
    output = Path(output_dir).resolve()
    remove_unfinished_indexes(output)
    glob = article_glob(article_save_as)
    pages = sorted(output.glob(glob))
    fresh = Path(tempfile.mkdtemp(dir=output, prefix=SCRATCH_PREFIX))
    try:
        if len(pages) <= shard_pages:
            indexed = run_pagefind(output, glob, fresh)
            shards = []
        else:
            shards = [pages[start:start + shard_pages]
                      for start in range(0, len(pages), shard_pages)]
            indexed = sum(index_shard(output, glob, shard, fresh / shard_folder(number))
                          for number, shard in enumerate(shards))
        write_shard_list(fresh, [shard_folder(number) for number in range(1, len(shards))])
        swap_in(fresh, output / INDEX_FOLDER)
    finally:
        shutil.rmtree(fresh, ignore_errors=True)
    return indexed


def shard_folder(number: int) -> str:
    """The first shard is the index proper (its folder holds the UI the page loads)."""
    return "." if number == 0 else f"shard-{number}/"


def index_shard(output: Path, glob: str, pages: list[Path], target: Path) -> int:
    """Index ``pages`` alone: Pagefind reads a mirror of them (hard links, at their own
    paths, so results keep their addresses) in a scratch folder of the output."""
    mirror = Path(tempfile.mkdtemp(dir=output, prefix=SCRATCH_PREFIX))
    try:
        for page in pages:
            linked = mirror / page.relative_to(output)
            linked.parent.mkdir(parents=True, exist_ok=True)
            os.link(page, linked)
        return run_pagefind(mirror, glob, target)
    finally:
        shutil.rmtree(mirror, ignore_errors=True)


def run_pagefind(site: Path, glob: str, target: Path) -> int:
    """One Pagefind run over ``site``'s pages matching ``glob``, written to ``target``."""
    command = [sys.executable, "-m", "pagefind", "--site", str(site), "--glob", glob,
               "--output-path", str(target), "--force-language", LANGUAGE]
    run = subprocess.run(command, capture_output=True, text=True, check=False)
    indexed = INDEXED_PAGES.search(run.stdout)
    if run.returncode or not indexed or not (target / "pagefind-entry.json").stat().st_size:
        raise RuntimeError(f"Pagefind failed (exit {run.returncode}): "
                           f"{(run.stderr or run.stdout).strip()[-2000:]}")
    return int(indexed[1])


def write_shard_list(index: Path, folders: list[str]) -> None:
    """``shards.js``: the further shards' addresses, resolved against the script's own,
    so the search page finds them wherever the site is hosted (empty when unsharded)."""
    (index / SHARD_LIST).write_text(
        "/* The search index's further shards (chiptrail_site.search), merged into every "
        "search. */\n"
        "window.chiptrailSearchShards = " + json.dumps(folders) + ".map(function (folder) {\n"
        "  return new URL(folder, document.currentScript.src).pathname;\n"
        "});\n", encoding="utf-8")


def mark_index_stale(output_dir) -> None:
    """The site changed under the index: the next indexing must not be skipped. The mark
    lives inside the index folder, so swapping a fresh index in clears it."""
    index = Path(output_dir) / INDEX_FOLDER
    if index.is_dir():
        (index / STALE_MARK).write_text("The site changed after this index was built.\n")


def index_is_current(output_dir) -> bool:
    """An index exists and no build has changed the site since it was made."""
    index = Path(output_dir) / INDEX_FOLDER
    return index.is_dir() and not (index / STALE_MARK).exists()


def remove_unfinished_indexes(output_dir) -> None:
    """Drop index folders a killed build left half-written beside the real one."""
    for unfinished in Path(output_dir).glob(f"{SCRATCH_PREFIX}*"):
        shutil.rmtree(unfinished, ignore_errors=True)


def swap_in(fresh: Path, target: Path) -> None:
    """Replace the folder ``target`` by ``fresh`` with two renames."""
    retired = target.with_name(f".{target.name}-old")
    shutil.rmtree(retired, ignore_errors=True)
    if target.exists():
        target.rename(retired)
    fresh.rename(target)
    shutil.rmtree(retired, ignore_errors=True)
