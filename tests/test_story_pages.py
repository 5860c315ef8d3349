"""Story pages in a real build: one page per story at a stable address, coverage by outlet,
date and stance, republications marked and not counted, "Also covered by" on articles."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
import yaml
from pelican import Pelican
from pelican.settings import read_settings
from sitebuild import FIXTURES, ROOT, parse, text_of
from test_html_valid import parse_error
from test_links import internal_targets

STORY_FIXTURES = FIXTURES / "stories"
ADDED = "2026-11-20"  # ingest day; the sort date of an undated article, never shown as its date

US_ALLOWS_H200 = [  # Dec 8-9; the White House piece is an undated copy of the first
    "trump-allows-nvidia-h200-sales-to-china",
    "h200-exports-to-china-approved-by-white-house",
    "us-to-take-25-percent-cut-of-h200-sales",
    "h200-decision-reverses-biden-era-curbs",
]
CHINA_RESTRICTS_H200 = [  # Dec 10-12, same chip, the other way
    "beijing-weighs-limits-on-h200-access",
    "china-rejects-nvidia-h200-chips",
    "chinese-regulators-steer-buyers-away-from-h200",
]
NVIDIA_B30A = [  # Aug 19-21; TechHerald republishes ChipWire's text a day later
    "b30a-could-offer-half-the-power-of-b300",
    "nvidia-developing-b30a-for-china",
    "nvidia-b30a-blackwell-chip-for-china",
    "what-nvidia-b30a-means-for-beijing",
]
LONE_ARTICLES = ["opinion-export-controls-are-a-leaky-dam", "nvidia-books-h20-charge"]
UNDATED_COPY, UNDATED_OPINION = US_ALLOWS_H200[1], LONE_ARTICLES[0]
B30A_COPY, B30A_ORIGINAL = NVIDIA_B30A[2], NVIDIA_B30A[1]


def build(workdir: Path, slugs: list[str]) -> Path:
    """Build the story fixture articles ``slugs`` with the project's settings and theme."""
    articles = workdir / "content" / "articles"
    articles.mkdir(parents=True)
    for slug in slugs:
        (articles / f"{slug}.md").write_text(with_added_date(STORY_FIXTURES / f"{slug}.md"))
    with contextlib.chdir(ROOT):
        settings = read_settings(str(ROOT / "pelicanconf.py"), override={
            "PATH": str(workdir / "content"),
            "OUTPUT_PATH": str(workdir / "output"),
            "THEME": str(ROOT / "themes" / "chiptrail"),
            "PLUGIN_PATHS": [str(ROOT / "plugins")],
            "CACHE_PATH": str(workdir / "cache"),
        })
    Pelican(settings).run()
    return workdir / "output"


def with_added_date(path: Path) -> str:
    """The fixture file with the ``added`` day every ingested article carries."""
    _, header, body = path.read_text(encoding="utf-8").split("---\n", 2)
    meta = {**yaml.safe_load(header), "added": ADDED}
    return f"---\n{yaml.safe_dump(meta, sort_keys=False)}---\n{body}"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    return build(tmp_path_factory.mktemp("stories"),
                 US_ALLOWS_H200 + CHINA_RESTRICTS_H200 + NVIDIA_B30A + LONE_ARTICLES)


def story_page(site: Path, slug: str) -> Path:
    return site / "stories" / slug / "index.html"


def article_page(site: Path, slug: str) -> Path:
    return site / "articles" / slug / "index.html"


def coverage_rows(site: Path, story: str) -> list[list[str]]:
    """(date, outlet, stance, article) cells of a story page's coverage table."""
    table = next(t for t in parse(story_page(site, story)).iter("table")
                 if t.get("class") == "story-coverage")
    return [[text_of(cell) for cell in row.iter("td")] for row in table.iter("tr")
            if row.find("td") is not None]


def also_covered(site: Path, slug: str):
    sections = [s for s in parse(article_page(site, slug)).iter("section")
                if s.get("class") == "also-covered"]
    return sections[0] if sections else None


def linked_pages(page: Path, element, site: Path) -> set[Path]:
    hrefs = {a.get("href") for a in element.iter("a")}
    return {target.resolve() for ref, target in internal_targets(page, site) if ref in hrefs}


# --- story pages -------------------------------------------------------------------------


def test_each_story_has_a_page_named_after_its_earliest_article(site):
    stories = {p.parent.name for p in (site / "stories").glob("*/index.html")}
    assert stories == {US_ALLOWS_H200[0], CHINA_RESTRICTS_H200[0], NVIDIA_B30A[0]}


def test_a_story_keeps_its_address_when_later_coverage_arrives(tmp_path):
    before = build(tmp_path / "before", NVIDIA_B30A[:2])
    after = build(tmp_path / "after", NVIDIA_B30A)
    assert story_page(before, NVIDIA_B30A[0]).is_file()
    assert story_page(after, NVIDIA_B30A[0]).is_file()
    assert len(coverage_rows(after, NVIDIA_B30A[0])) == 4


def test_story_page_lists_coverage_by_date_outlet_and_stance(site):
    rows = coverage_rows(site, CHINA_RESTRICTS_H200[0])
    assert [row[:3] for row in rows] == [
        ["2025-12-10", "beijingbyte", "tightening"],
        ["2025-12-11", "digifusion", "tightening"],
        ["2025-12-12", "asiatechdaily", "tightening"],
    ]
    assert rows[1][3] == "China rejects Nvidia H200 AI chips amid export rule changes"


def test_republication_is_marked_with_the_copy_it_republishes(site):
    rows = {row[1]: row for row in coverage_rows(site, NVIDIA_B30A[0])}
    assert rows["techherald"][3] == ("Nvidia readies Blackwell-based B30A for China republishes "
                                     "Nvidia developing B30A chip for China, more powerful than "
                                     "H20 (chipwire)")
    assert "republishes" not in rows["chipwire"][3]


def test_republication_is_not_counted_as_independent_coverage(site):
    lead = text_of(next(p for p in parse(story_page(site, NVIDIA_B30A[0])).iter("p")
                        if p.get("class") == "lead"))
    assert lead.startswith("3 independent reports from 3 outlets, 2025-08-19 to 2025-08-21.")
    assert "1 republished copy" in lead
    index = text_of(parse(site / "stories" / "index.html").find(".//main"))
    assert "3 reports from 3 outlets, 1 republication" in index


def test_undated_copy_joins_its_story_only_as_a_republication(site):
    rows = {row[1]: row for row in coverage_rows(site, US_ALLOWS_H200[0])}
    assert rows["dailychipnews"][0] == "Undated"
    assert "republishes Trump allows Nvidia H200 sales to China" in rows["dailychipnews"][3]
    assert list(rows)[-1] == "dailychipnews"  # undated copies come after dated coverage


def test_undated_article_is_not_grouped_by_date(site):
    assert also_covered(site, UNDATED_OPINION) is None
    assert UNDATED_OPINION not in (site / "stories" / "index.html").read_text()


# --- articles ----------------------------------------------------------------------------


@pytest.mark.parametrize("story", [US_ALLOWS_H200, CHINA_RESTRICTS_H200, NVIDIA_B30A])
def test_every_article_of_a_story_links_the_rest_under_also_covered_by(site, story):
    for slug in story:
        page = article_page(site, slug)
        section = also_covered(site, slug)
        assert text_of(section.find("h2")) == "Also covered by"
        others = {article_page(site, other).resolve() for other in story if other != slug}
        assert others | {story_page(site, story[0]).resolve()} <= linked_pages(page, section, site)


def test_also_covered_entries_show_outlet_date_and_stance(site):
    entries = [text_of(li) for li in also_covered(site, CHINA_RESTRICTS_H200[1]).iter("li")]
    assert entries == [
        "beijingbyte · 2025-12-10 · tightening · Beijing weighs limits on H200 access",
        "asiatechdaily · 2025-12-12 · tightening · "
        "Chinese regulators steer buyers away from H200",
    ]


def test_republished_article_page_names_the_earlier_copy(site):
    note = also_covered(site, B30A_COPY).find("p")
    assert text_of(note).startswith("Republication of Nvidia developing B30A chip for China")
    assert linked_pages(article_page(site, B30A_COPY), note, site) >= {
        article_page(site, B30A_ORIGINAL).resolve()}


def test_original_article_page_marks_its_copy_as_republishing_it(site):
    entries = [text_of(li) for li in also_covered(site, B30A_ORIGINAL).iter("li")]
    assert "techherald · 2025-08-20 · neutral · Nvidia readies Blackwell-based B30A for China " \
           "republishes this article" in entries


def test_article_in_no_story_has_no_also_covered_section(site):
    assert also_covered(site, LONE_ARTICLES[1]) is None


# --- stories index -----------------------------------------------------------------------


def test_stories_index_lists_every_story_newest_first_with_range_outlets_and_stances(site):
    page = site / "stories" / "index.html"
    listing = next(ul for ul in parse(page).iter("ul") if ul.get("class") == "terms stories")
    items = listing.findall("li")
    assert [text_of(li.find("a")) for li in items] == [
        "Beijing weighs limits on H200 access",
        "Trump allows Nvidia H200 sales to China with 25% cut",
        "B30A could offer half the power of B300",
    ]
    assert text_of(items[0]).endswith(
        "3 reports from 3 outlets 2025-12-10 to 2025-12-12 tightening 3")
    assert text_of(items[2]).endswith("2025-08-19 to 2025-08-21 mixed 1 neutral 2")


def test_navigation_links_the_stories_index(site):
    home = site / "index.html"
    nav = next(parse(home).iter("nav"))
    assert "Stories" in [text_of(a) for a in nav.iter("a")]
    assert (site / "stories" / "index.html").resolve() in linked_pages(home, nav, site)


def test_every_link_on_story_pages_resolves(site):
    pages = [site / "stories" / "index.html", *(site / "stories").glob("*/index.html")]
    broken = [ref for page in pages for ref, target in internal_targets(page, site)
              if not target.resolve().is_file()]
    assert broken == []


def test_story_pages_and_article_pages_with_stories_are_valid_html5(site):
    pages = [*(site / "stories").rglob("index.html"), *(site / "articles").rglob("index.html")]
    assert [error for error in map(parse_error, pages) if error] == []
    assert all(len(list(parse(page).iter("h1"))) == 1 for page in pages)
