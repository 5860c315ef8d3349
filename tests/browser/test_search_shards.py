"""Search over an index built in shards (a large archive) finds what one index finds:
Pagefind's UI merges the shards listed in pagefind/shards.js, results and filters."""

from __future__ import annotations

import re
import shutil

import pytest
from conftest import wait_for_results
from sitebuild import built_site

from chiptrail_site.screens import serve_site
from chiptrail_site.search import index_site


@pytest.fixture(scope="module")
def sharded_url(tmp_path_factory):
    site = shutil.copytree(built_site(), tmp_path_factory.mktemp("sharded") / "site")
    index_site(site, shard_pages=2)  # five articles: three shards
    with serve_site(site) as url:
        yield url


def search(browser, url, address):
    context = browser.new_context()
    errors = []
    page = context.new_page()
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(url + address)
    message = page.locator(".pagefind-ui__message")
    message.filter(has_text=re.compile(r"\d+ results? for")).wait_for()
    wait_for_results(page, int(message.inner_text().split()[0]))
    titles = sorted(page.locator(".pagefind-ui__result-link").all_inner_texts())
    chips = sorted(page.locator(".pagefind-ui__filter-checkbox[name=chip]").evaluate_all(
        "boxes => boxes.map(b => b.value)"))
    context.close()
    assert errors == []
    return titles, chips


def test_sharded_search_finds_the_same_articles_and_filters_as_one_index(browser, base_url, sharded_url):
    whole = search(browser, base_url, "search/?q=China")
    sharded = search(browser, sharded_url, "search/?q=China")
    assert len(whole[0]) >= 3  # the term is in articles of several shards
    assert sharded == whole
