"""Web conventions of the built site: sitemap, canonical URLs, OpenGraph, JSON-LD, the
404 page and the print stylesheet."""

from __future__ import annotations

import json
from xml.etree import ElementTree

import pytest
import yaml
from sitebuild import build_site, built_site, html_pages, parse, published_site, text_of

SITEURL = "https://chiptrail.example.org"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
ARTICLE = "articles/china-rejects-nvidia-h200/index.html"


@pytest.fixture(scope="module")
def site():
    return built_site()


@pytest.fixture(scope="module")
def published():
    return published_site()


def sitemap_locations(output) -> list[str]:
    root = ElementTree.parse(output / "sitemap.xml").getroot()
    return [loc.text for loc in root.iter(f"{SITEMAP}loc")]


def meta(tree, name) -> list[str]:
    return [m.get("content") for m in tree.iter("meta") if m.get("property") == name]


def canonical(tree) -> list[str]:
    return [link.get("href") for link in tree.iter("link") if link.get("rel") == "canonical"]


def json_ld(tree) -> list[dict]:
    return [json.loads(s.text) for s in tree.iter("script")
            if s.get("type") == "application/ld+json"]


# -- sitemap ---------------------------------------------------------------------------

def test_sitemap_lists_every_article_page_facet_and_timeline_page_once(published):
    locations = sitemap_locations(published)
    expected = {f"{SITEURL}/{p.relative_to(published).parent.as_posix()}/"
                for p in published.rglob("index.html")
                if not p.relative_to(published).as_posix().startswith(("search/", "pagefind/", "page/"))}
    expected = {url.replace(f"{SITEURL}/./", f"{SITEURL}/") for url in expected}
    assert set(locations) == expected
    assert len(locations) == len(set(locations))
    assert f"{SITEURL}/chips/h200/" in locations and f"{SITEURL}/timeline/" in locations


def test_sitemap_leaves_out_search_404_and_pagination_pages(published):
    locations = sitemap_locations(published)
    assert (published / "page" / "1" / "index.html").exists()
    assert not [url for url in locations if "search" in url or "404" in url or "/page/" in url]


def test_local_sitemap_has_site_absolute_paths_without_an_invented_host(site):
    locations = sitemap_locations(site)
    assert "/articles/what-the-h20-means/" in locations
    assert all(url.startswith("/") for url in locations)


# -- canonical URLs and OpenGraph ----------------------------------------------------------

def test_published_pages_name_their_canonical_address(published):
    assert canonical(parse(published / ARTICLE)) == [
        f"{SITEURL}/articles/china-rejects-nvidia-h200/"]
    assert canonical(parse(published / "index.html")) == [f"{SITEURL}/"]
    assert canonical(parse(published / "chips/h20/index.html")) == [f"{SITEURL}/chips/h20/"]


def test_local_build_writes_no_canonical_address(site):
    assert [p for p in html_pages(site) if canonical(parse(p))] == []


def test_article_page_has_opengraph_article_tags(published):
    tree = parse(published / ARTICLE)
    assert meta(tree, "og:type") == ["article"]
    assert meta(tree, "og:title") == ["China Rejects Nvidia H200 AI Chips Amid Export Rule Changes"]
    assert meta(tree, "og:url") == [f"{SITEURL}/articles/china-rejects-nvidia-h200/"]
    assert meta(tree, "og:description") == [
        "China rejected the H200 even after the US softened its rules."]
    assert meta(tree, "article:published_time") == ["2025-12-11"]


def test_undated_article_states_no_published_time(published):
    tree = parse(published / "articles/what-the-h20-means/index.html")
    assert meta(tree, "article:published_time") == []
    assert "datePublished" not in json_ld(tree)[0]


def test_list_pages_are_opengraph_websites(published):
    assert meta(parse(published / "chips/index.html"), "og:type") == ["website"]


# -- JSON-LD --------------------------------------------------------------------------

def test_article_page_describes_itself_as_a_news_article(published):
    [data] = json_ld(parse(published / ARTICLE))
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "China Rejects Nvidia H200 AI Chips Amid Export Rule Changes"
    assert data["datePublished"] == "2025-12-11"
    assert data["publisher"] == {"@type": "Organization", "name": "digifusion"}
    assert data["isBasedOn"] == "https://example.com/h200-rejected"
    assert data["url"] == f"{SITEURL}/articles/china-rejects-nvidia-h200/"
    assert "author" not in data


def test_a_title_with_a_closing_script_tag_stays_inside_the_json_ld(tmp_path):
    title = "Chips </script><script>alert(1)</script> & 'more'"
    header = yaml.safe_dump({"title": title, "date": "2025-01-02", "added": "2026-11-20",
                             "slug": "hostile", "chips": ["H20"]})
    output = build_site(tmp_path, extra_articles={"hostile.md": f"---\n{header}---\n\nBody.\n"})
    html = (output / "articles/hostile/index.html").read_text()
    assert "<script>alert(1)" not in html
    [data] = json_ld(parse(output / "articles/hostile/index.html"))
    assert data["headline"] == title


# -- 404 and print ----------------------------------------------------------------------

def test_404_page_links_home_with_site_absolute_addresses(site):
    tree = parse(site / "404.html")
    assert text_of(tree.find(".//h1")) == "Page not found"
    links = [a.get("href") for a in tree.iter("a")]
    assert "/" in links and "/timeline/" in links and "/search/" in links
    assert all(href.startswith("/") or href.startswith("#") for href in links)


def test_pages_carry_a_print_stylesheet(site):
    links = [(link.get("href"), link.get("media")) for link in parse(site / ARTICLE).iter("link")]
    assert ("../../theme/css/print.css", "print") in links
    css = (site / "theme/css/print.css").read_text()
    assert ".site-nav" in css and "display: none" in css
