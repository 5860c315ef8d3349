"""A full Pelican build of the fixture articles, checked page type by page type."""

from __future__ import annotations

import copy
import runpy

import pytest
from sitebuild import FIXTURES, ROOT, build_site, built_site, parse, text_of

from chiptrail_site.settings import validate


@pytest.fixture(scope="module")
def site():
    return built_site()


def page(site, path):
    return parse(site / path)


def hrefs(tree) -> list[str]:
    return [a.get("href") for a in tree.iter("a")]


def section(tree, heading_id):
    """The <section> labelled by the heading with id ``heading_id``."""
    return next(s for s in tree.iter("section") if s.get("aria-labelledby") == heading_id)


def titles(element) -> list[str]:
    return [text_of(h) for h in element.iter() if h.get("class") == "entry-title"]


def term_names(tree) -> list[str]:
    terms = next(u for u in tree.iter("ul") if u.get("class") == "terms")
    return [text_of(li.find("a")) for li in terms]


def chip_row(tree, name):
    table = next(t for t in tree.iter("table") if t.get("class") == "chips-overview")
    return next(r for r in table.iter("tr") if r.find("th") is not None
                and text_of(r.find("th")) == name)


# -- every page type is written ------------------------------------------------------

@pytest.mark.parametrize("path", [
    "index.html", "about/index.html", "timeline/index.html",
    "chips/index.html", "chips/h20/index.html", "chips/h200/index.html",
    "stances/index.html", "stances/easing/index.html", "stances/tightening/index.html",
    "sources/index.html", "sources/digifusion/index.html",
    "tags/index.html", "tags/export-controls/index.html",
    "articles/china-rejects-nvidia-h200/index.html",
    "articles/what-the-h20-means/index.html",
])
def test_build_writes_every_page_type(site, path):
    assert (site / path).is_file()


def test_pelicans_own_term_and_archive_pages_are_not_written(site):
    written = {p.relative_to(site).as_posix() for p in site.rglob("*.html")}
    assert not any(p.startswith(("tag/", "category/", "author/")) for p in written)
    assert not {"archives.html", "tags.html", "categories.html", "authors.html"} & written


def test_raw_directory_is_never_read_as_content(site):
    articles = sorted(p.parent.name for p in (site / "articles").glob("*/index.html"))
    assert articles == ["china-rejects-nvidia-h200", "h200-mixed-signals",
                        "us-grants-h20-licences", "us-warns-huawei-ascend",
                        "what-the-h20-means"]


# -- article pages ---------------------------------------------------------------------

def test_article_page_links_every_field_to_its_facet_page(site):
    tree = page(site, "articles/china-rejects-nvidia-h200/index.html")
    links = hrefs(tree)
    for target in ("../../sources/digifusion/", "../../chips/h200/", "../../chips/h100/",
                   "../../stances/tightening/", "../../tags/export-controls/",
                   "../../raw/003_h200.txt"):
        assert target in links


def test_article_page_shows_chips_about_apart_from_mentions(site):
    tree = page(site, "articles/china-rejects-nvidia-h200/index.html")
    about = [text_of(s) for s in tree.iter("strong") if s.get("class") == "chip-about"]
    mentions = next(s for s in tree.iter("span") if s.get("class") == "chip-mentions")
    assert about == ["H200"]
    assert text_of(mentions) == "(mentions: H100, Ascend)"


def test_article_page_shows_stance_confidence_evidence_and_actor(site):
    text = text_of(page(site, "articles/china-rejects-nvidia-h200/index.html").find(".//main"))
    assert "tightening confidence 0.80" in text
    assert "China's rejection of Nvidia's latest H200" in text
    assert "Actor china" in text
    assert "How this record was extracted" in text


def test_original_address_is_a_nofollow_link_not_the_page_address(site):
    tree = page(site, "articles/china-rejects-nvidia-h200/index.html")
    original = next(a for a in tree.iter("a")
                    if a.get("href") == "https://example.com/h200-rejected")
    assert original.get("rel") == "nofollow noopener"


def test_undated_article_is_shown_undated_with_its_added_day(site):
    tree = page(site, "articles/what-the-h20-means/index.html")
    fields = text_of(next(d for d in tree.iter("dl") if d.get("class") == "fields"))
    assert "Date Undated (added 2026-11-21)" in fields
    assert not [t for t in tree.iter("time")]


def test_null_source_is_shown_as_unknown_source(site):
    tree = page(site, "articles/what-the-h20-means/index.html")
    assert "Source Unknown source" in text_of(tree.find(".//main"))


def test_cites_and_author_are_shown_as_text(site):
    text = text_of(page(site, "articles/us-grants-h20-licences/index.html").find(".//main"))
    assert "Cites Reuters" in text
    assert "Author Jane Doe" in text


def test_title_markup_from_front_matter_is_escaped(site):
    raw = (site / "articles/us-warns-huawei-ascend/index.html").read_text()
    assert "Huawei &lt;b&gt;Ascend&lt;/b&gt; Chips &amp; Others" in raw
    assert "<b>Ascend</b>" not in raw


def test_raw_files_are_copied_as_plain_text_even_when_html(site):
    copied = site / "raw" / "000_h20.html.txt"
    assert copied.read_bytes() == (FIXTURES / "articles_raw" / "000_h20.html").read_bytes()
    assert not list((site / "raw").glob("*.html"))
    article = page(site, "articles/what-the-h20-means/index.html")
    assert "../../raw/000_h20.html.txt" in hrefs(article)


# -- chips ---------------------------------------------------------------------------

def test_chips_overview_gives_count_coverage_span_and_stances(site):
    row = text_of(chip_row(page(site, "chips/index.html"), "H200"))
    assert row.startswith("H200 3 (2 about) 2025-07-15 2025-12-11")
    assert "tightening 1" in row and "easing 1" in row and "mixed 1" in row


def test_chips_overview_gives_latest_status_per_actor_from_articles_about_the_chip(site):
    h200 = text_of(chip_row(page(site, "chips/index.html"), "H200"))
    h20 = text_of(chip_row(page(site, "chips/index.html"), "H20"))
    assert "us: mixed 2025-07-15" in h200 and "china: tightening 2025-12-11" in h200
    assert "us: easing 2025-08-12" in h20 and "china: mixed 2025-07-15" in h20


def test_chips_overview_orders_chips_by_article_count(site):
    table = next(t for t in page(site, "chips/index.html").iter("table")
                 if t.get("class") == "chips-overview")
    names = [text_of(r.find("th")) for r in table.find("tbody")]
    assert names == ["H20", "H200", "Ascend", "H100"]


def test_chip_page_separates_articles_about_it_from_mentions(site):
    tree = page(site, "chips/h200/index.html")
    assert titles(section(tree, "about")) == [
        "China Rejects Nvidia H200 AI Chips Amid Export Rule Changes",
        "H200 Exports: Washington Eases, Beijing Discourages Purchases"]
    assert titles(section(tree, "mentions")) == [
        "US Grants Licences for Nvidia H20 Sales to China"]


def test_undated_article_counts_on_its_chip_but_not_in_the_coverage_span(site):
    tree = page(site, "chips/h20/index.html")
    assert "3 articles, from 2025-07-15 to 2025-08-12" in text_of(tree.find(".//main"))
    assert "Undated" in text_of(section(tree, "about"))


# -- stances, sources, tags ------------------------------------------------------------

def test_stances_overview_follows_the_rubric_order(site):
    assert term_names(page(site, "stances/index.html")) == [
        "easing", "tightening", "mixed", "neutral"]


def test_stance_page_lists_its_articles_newest_first(site):
    assert titles(page(site, "stances/tightening/index.html").find(".//main")) == [
        "China Rejects Nvidia H200 AI Chips Amid Export Rule Changes",
        "US Warns: Using Huawei <b>Ascend</b> Chips & Others Breaks Rules"]


def test_sources_overview_lists_publishers_and_never_a_null_source(site):
    tree = page(site, "sources/index.html")
    assert term_names(tree) == ["digifusion", "GlobalTimesAI.com", "Reuters"]
    assert "digifusion 2 articles" in text_of(tree.find(".//main"))


def test_tag_page_lists_every_article_with_the_tag(site):
    assert len(titles(page(site, "tags/export-controls/index.html").find(".//main"))) == 2


# -- timeline and home -----------------------------------------------------------------

def test_timeline_groups_dated_articles_by_year_and_month_oldest_first(site):
    tree = page(site, "timeline/index.html")
    months = [text_of(h) for h in tree.iter("h3") if (h.get("id") or "").startswith("m")]
    assert [text_of(h) for h in tree.iter("h2")] == ["2024", "2025", "Undated articles"]
    assert months == ["March 2024", "July 2025", "August 2025", "December 2025"]


def test_timeline_keeps_undated_articles_in_their_own_labelled_section(site):
    tree = page(site, "timeline/index.html")
    undated = section(tree, "undated-h")
    assert titles(undated) == ["What the H20 Means for Chinese Data Centres"]
    dated = [s for s in tree.iter("section") if s.get("class") == "year"]
    assert all("What the H20 Means" not in text_of(s) for s in dated)


def test_timeline_entry_shows_date_title_source_chips_and_stance(site):
    entry = next(e for e in page(site, "timeline/index.html").iter("article")
                 if "US Grants Licences" in text_of(e))
    assert text_of(entry) == ("US Grants Licences for Nvidia H20 Sales to China "
                              "2025-08-12 · GlobalTimesAI.com · H20 (mentions: H200) · easing")


def test_home_lists_latest_articles_and_the_chips_overview(site):
    tree = page(site, "index.html")
    assert titles(section(tree, "latest"))[0] == "What the H20 Means for Chinese Data Centres"
    assert len(titles(section(tree, "latest"))) == 3
    assert chip_row(tree, "H20") is not None


def test_home_pages_through_older_articles_numbered_from_the_oldest(site):
    home, oldest = page(site, "index.html"), page(site, "page/1/index.html")
    assert titles(section(oldest, "latest")) == [
        "H200 Exports: Washington Eases, Beijing Discourages Purchases",
        "US Warns: Using Huawei <b>Ascend</b> Chips & Others Breaks Rules"]
    assert "Articles 1 to 2 of the archive" in text_of(oldest.find(".//main"))
    assert "./page/1/" in hrefs(home)
    assert "../../" in hrefs(oldest)  # back to the home page
    assert not (site / "index2.html").exists()


# -- facets declared in settings --------------------------------------------------------

def test_a_facet_declared_only_in_settings_gets_overview_and_term_pages(tmp_path):
    site_setting = copy.deepcopy(runpy.run_path(str(ROOT / "pelicanconf.py"))["CHIPTRAIL_SITE"])
    site_setting["FACETS"]["actor"] = {"field": "actor", "plural": "actors", "title": "Actors"}
    output = build_site(tmp_path, CHIPTRAIL_SITE=site_setting)
    assert term_names(parse(output / "actors" / "index.html")) == ["china", "us"]
    assert len(titles(parse(output / "actors" / "us" / "index.html"))) == 3


# -- settings --------------------------------------------------------------------------

def test_settings_validation_names_every_bad_key():
    problems = validate({"FACETS": {"chip": {"field": "chips", "plural": "chips", "colour": 1},
                                    "stance": {"plural": "stances"}},
                         "TIMELNE_URL": "x/"})
    assert problems == ["unknown key 'TIMELNE_URL'",
                        "facet 'chip': unknown key 'colour'",
                        "facet 'stance': missing 'field'"]
