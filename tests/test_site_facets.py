"""The site plugin's pure models and signal handlers, without a build."""

from __future__ import annotations

import datetime
from types import SimpleNamespace

from chiptrail_site.core_taxonomies import skip_core_term_pages
from chiptrail_site.facets import build_facet, latest_status_per_actor
from chiptrail_site.frontmatter import adapt_article_metadata
from chiptrail_site.provenance import raw_output_name
from chiptrail_site.timeline import build_timeline

CHIP = {"field": "chips", "plural": "chips", "order": "count", "about": "chips_about"}


class Links:
    """Stand-in for FacetLinks: slug is the lower-cased name."""

    def for_term(self, value):
        return SimpleNamespace(slug=value.lower(), url=f"chips/{value.lower()}/")

    def slug_of(self, value):
        return value.lower()

    def feed_for(self, slug):
        return None


def article(day, undated=False, **fields):
    return SimpleNamespace(date=datetime.datetime(2025, 1, 1) + datetime.timedelta(days=day),
                           undated=undated, **fields)


def test_chip_terms_split_about_from_mentions_and_count_both():
    a = article(1, chips=["H200", "H20"], chips_about=["H200"])
    b = article(2, chips=["H20"], chips_about=["H20"])
    facet = build_facet("chip", CHIP, [a, b], Links())
    h20 = facet.term_for("h20")
    assert [t.name for t in facet.terms] == ["H20", "H200"]
    assert (h20.count, h20.about, h20.mentions) == (2, [b], [a])


def test_article_without_chips_about_is_about_its_first_chip():
    a = article(1, chips=["H20", "H100"])
    facet = build_facet("chip", CHIP, [a], Links())
    assert facet.term_for("H20").about == [a] and facet.term_for("H100").mentions == [a]


def test_coverage_span_ignores_the_sort_date_of_undated_articles():
    dated = article(1, chips=["H20"])
    undated = article(300, undated=True, chips=["H20"])
    term = build_facet("chip", CHIP, [dated, undated], Links()).terms[0]
    assert term.first_date == term.latest_date == dated.date
    assert term.articles == [undated, dated]


def test_latest_status_keeps_each_actors_most_recent_move():
    old = article(1, stance="easing", actor="us")
    both = article(2, stance="mixed", actor=["us", "china"])
    new = article(3, stance="tightening", actor="china")
    silent = article(4, stance="neutral", actor=None)
    statuses = latest_status_per_actor([new, silent, old, both])
    assert [(s.actor, s.stance, s.article) for s in statuses] == [
        ("us", "mixed", both), ("china", "tightening", new)]


def test_null_and_empty_values_make_no_term():
    facet = build_facet("source", {"field": "source", "plural": "sources"},
                        [article(1, source=None), article(2, source="")], Links())
    assert facet.terms == []


def test_timeline_groups_by_year_and_month_and_keeps_undated_apart():
    jan, feb = article(3), article(40)
    undated = article(10, undated=True)
    timeline = build_timeline([feb, undated, jan])
    assert [(y.year, [(m.name, m.articles) for m in y.months]) for y in timeline.years] == [
        (2025, [("January", [jan]), ("February", [feb])])]
    assert timeline.undated == [undated]


def test_a_timeline_months_kept_key_names_the_month_and_its_articles_digests():
    jan, jan2, feb = article(3), article(5), article(40)
    def keys(articles, digests=None):
        months = [m for y in build_timeline(articles).years for m in y.months]
        return [m.kept_key(lambda a: (digests or {}).get(id(a), str(a.date))) for m in months]
    january, february = keys([jan, feb])
    assert keys([jan, jan2, feb]) == [keys([jan, jan2])[0], february]  # one month redrawn
    assert keys([jan, feb], digests={id(jan): "edited"}) != [january, february]
    assert january != keys([article(3 + 365)])[0]  # the same month of another year


def test_null_date_becomes_an_undated_sort_date_from_added():
    metadata = {"title": "x", "added": datetime.date(2026, 11, 23)}
    adapt_article_metadata(None, metadata)
    assert metadata["undated"] is True
    assert metadata["date"].date() == datetime.date(2026, 11, 23)


def test_front_matter_url_is_kept_as_original_url_not_the_page_address():
    metadata = {"url": "https://example.com/a", "date": datetime.datetime(2025, 1, 1)}
    adapt_article_metadata(None, metadata)
    assert metadata == {"original_url": "https://example.com/a",
                        "date": datetime.datetime(2025, 1, 1)}


def test_raw_copies_always_end_in_txt():
    assert raw_output_name("raw/003_x.txt") == "003_x.txt"
    assert raw_output_name("raw/005_y.html") == "005_y.html.txt"


def test_pelicans_quadratic_term_loops_get_nothing_for_our_facets_and_disabled_pages():
    generator = SimpleNamespace(
        settings={"CHIPTRAIL_SITE": {"FACETS": {"tag": {}}}, "TAG_SAVE_AS": "tags/{slug}/",
                  "CATEGORY_SAVE_AS": "", "AUTHOR_SAVE_AS": "author/{slug}.html"},
        tags={"t": [1]}, categories=[("c", [1])], authors=[("a", [1])])
    skip_core_term_pages(generator)
    assert (generator.tags, generator.categories, generator.authors) == ({}, [], [("a", [1])])
