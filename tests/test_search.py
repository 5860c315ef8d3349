"""Search: the Pagefind index covers article bodies only, with their filters and
metadata, and every page reaches the search page with a plain form."""

from __future__ import annotations

import json
import shutil

import pytest
from sitebuild import built_site, html_pages, parse

from chiptrail_site.search import article_glob, index_site


@pytest.fixture(scope="module")
def site():
    return built_site()


def attributes(tree, name) -> list[tuple[str, str]]:
    return [(e.get(name), "".join(e.itertext()).strip()) for e in tree.iter() if e.get(name)]


def test_index_holds_exactly_the_article_pages(site):
    entry = json.loads((site / "pagefind" / "pagefind-entry.json").read_text())
    articles = list((site / "articles").glob("*/index.html"))
    assert entry["languages"]["en"]["page_count"] == len(articles) == 5


def test_index_ships_pagefinds_own_ui_for_offline_use(site):
    assert (site / "pagefind" / "pagefind-ui.js").is_file()
    assert (site / "pagefind" / "pagefind-ui.css").is_file()


def test_only_the_article_element_is_marked_for_indexing(site):
    marked = {p.relative_to(site).parts[0] for p in html_pages(site)
              if any(e.get("data-pagefind-body") is not None for e in parse(p).iter())}
    assert marked == {"articles"}
    tree = parse(site / "articles/china-rejects-nvidia-h200/index.html")
    [body] = [e for e in tree.iter() if e.get("data-pagefind-body") is not None]
    assert body.tag == "article"


def test_article_page_gives_search_filters_and_metadata(site):
    tree = parse(site / "articles/china-rejects-nvidia-h200/index.html")
    assert sorted(attributes(tree, "data-pagefind-filter")) == [
        ("chip", "Ascend"), ("chip", "H100"), ("chip", "H200"), ("source", "digifusion"),
        ("stance", "tightening"), ("year", "2025")]
    assert sorted(attributes(tree, "data-pagefind-meta")) == [
        ("date", "2025-12-11"), ("source", "digifusion"), ("stance", "tightening")]


def test_undated_article_is_filed_as_undated_not_under_the_year_it_was_added(site):
    tree = parse(site / "articles/what-the-h20-means/index.html")
    assert ("year", "undated") in attributes(tree, "data-pagefind-filter")
    assert ("date", "undated") in attributes(tree, "data-pagefind-meta")


def test_every_page_has_a_search_form_that_gets_the_search_page(site):
    for page in html_pages(site):
        form = next(f for f in parse(page).iter("form") if f.get("role") == "search")
        assert form.get("method") == "get" and form.get("action").endswith("search/"), page
        assert [i.get("name") for i in form.iter("input")] == ["q"]


def test_search_page_loads_pagefind_from_the_site_itself(site):
    tree = parse(site / "search/index.html")
    scripts = [s.get("src") for s in tree.iter("script") if s.get("src")]
    assert scripts == ["../pagefind/pagefind-ui.js", "../pagefind/shards.js",
                       "../theme/js/search.js"]
    assert any("needs JavaScript" in "".join(n.itertext()) for n in tree.iter("noscript"))


def test_article_glob_follows_the_article_save_as_setting():
    assert article_glob("articles/{slug}/index.html") == "articles/*/index.html"
    assert article_glob("{date:%Y}/{slug}.html") == "*/*.html"


def page_count(index_folder) -> int:
    return json.loads((index_folder / "pagefind-entry.json").read_text())["languages"]["en"]["page_count"]


def test_an_archive_within_one_shard_lists_no_further_shards(site):
    assert "window.chiptrailSearchShards = []" in (site / "pagefind" / "shards.js").read_text()
    assert not list((site / "pagefind").glob("shard-*"))


def test_a_large_archive_is_indexed_in_shards_that_together_hold_every_article(site, tmp_path):
    copy = shutil.copytree(site, tmp_path / "site")
    assert index_site(copy, shard_pages=2) == 5
    index = copy / "pagefind"
    assert [page_count(index), page_count(index / "shard-1"), page_count(index / "shard-2")] == [2, 2, 1]
    assert 'window.chiptrailSearchShards = ["shard-1/", "shard-2/"]' in (index / "shards.js").read_text()
    assert not [p.name for p in copy.iterdir() if p.name.startswith(".")]  # scratch removed


def test_reindexing_with_fewer_shards_leaves_no_stale_shard(site, tmp_path):
    copy = shutil.copytree(site, tmp_path / "site")
    index_site(copy, shard_pages=2)
    index_site(copy, shard_pages=3)
    assert sorted(p.name for p in (copy / "pagefind").glob("shard-*")) == ["shard-1"]
