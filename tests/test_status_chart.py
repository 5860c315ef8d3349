"""The chip status picture: geometry (pure) and the SVG on the chip pages."""

from __future__ import annotations

import datetime
from types import SimpleNamespace

import pytest
from sitebuild import built_site, parse, text_of

from chiptrail_site.status_chart import MAX_TICKS, STANCE_ROW, build_status_chart

SVG = "{http://www.w3.org/2000/svg}"


def article(day, stance="easing", undated=False, title=None):
    date = datetime.datetime(2025, 1, 1) + datetime.timedelta(days=day)
    return SimpleNamespace(date=date, stance=stance, undated=undated,
                           title=title or f"A{day}", url=f"articles/a{day}/")


def term(name, articles, about=None):
    return SimpleNamespace(name=name, articles=articles,
                           about=articles if about is None else about)


def test_no_chart_when_no_article_is_dated():
    assert build_status_chart([term("H20", [article(1, undated=True)])]) is None


def test_one_lane_per_chip_with_marks_in_time_order():
    chart = build_status_chart([term("H20", [article(200), article(10, "tightening")]),
                                term("H200", [article(100, "mixed")])])
    h20, h200 = chart.lanes
    assert [m.stance for m in h20.marks] == ["tightening", "easing"]
    assert h20.marks[0].x < h200.marks[0].x < h20.marks[1].x
    assert h20.y < h200.y


def test_each_stance_has_its_own_row_and_shape():
    chart = build_status_chart([term("H20", [article(1), article(1, "tightening")])])
    easing, tightening = sorted(chart.lanes[0].marks, key=lambda m: m.stance)
    lane_y = chart.lanes[0].y
    assert easing.y - lane_y == STANCE_ROW["easing"] < 0 < STANCE_ROW["tightening"]
    assert easing.path != tightening.path


def test_articles_of_one_stance_on_the_same_day_share_a_mark_linking_the_newest():
    first, second = article(5, title="First"), article(5, title="Second")
    [mark] = build_status_chart([term("H20", [first, second])]).lanes[0].marks
    assert mark.articles == (first, second) and mark.newest is second
    assert mark.label("H20") == "H20, 2025-01-06, easing: 2 articles: Second; First"


def test_undated_articles_are_listed_apart_once_never_placed_on_the_axis():
    undated = article(400, undated=True)
    chart = build_status_chart([term("H20", [article(1), undated]), term("H200", [undated])])
    assert chart.undated == [(undated, ["H20", "H200"])]
    assert all(undated not in m.articles for m in chart.marks)


def test_a_single_day_of_coverage_still_gets_a_labelled_tick():
    chart = build_status_chart([term("H20", [article(20)])])
    assert [t.label for t in chart.ticks] == ["Feb 2025"]


def test_mark_is_hollow_when_the_lane_chip_is_only_mentioned():
    mentioned = article(3, "tightening")
    chart = build_status_chart([term("H100", [article(1), mentioned], about=[])])
    assert [m.about for m in chart.marks] == [False, False]


def test_thousands_of_articles_stay_a_few_hundred_marks():
    stances = list(STANCE_ROW)
    articles = [article(i % 1100, stances[i % 4]) for i in range(5000)]
    chart = build_status_chart([term("H20", articles)])
    assert chart.bin_days > 1
    assert len(chart.marks) <= 4 * (chart.width // 10)
    assert sum(len(m.articles) for m in chart.marks) == 5000


def test_axis_ticks_are_few_and_labelled_by_month_or_year():
    short = build_status_chart([term("H20", [article(0), article(150)])])
    long = build_status_chart([term("H20", [article(0), article(3000)])])
    assert 2 <= len(short.ticks) <= MAX_TICKS and 2 <= len(long.ticks) <= MAX_TICKS
    assert "Mar" in [t.label for t in short.ticks]
    assert all(t.label.isdigit() for t in long.ticks)
    assert [t.x for t in long.ticks] == sorted(t.x for t in long.ticks)


# -- on the built pages -------------------------------------------------------------------

@pytest.fixture(scope="module")
def chips_page():
    return parse(built_site() / "chips" / "index.html")


def chart_svg(tree):
    return next(s for s in tree.iter(f"{SVG}svg") if s.get("class") == "chart")


def test_chips_overview_draws_an_accessible_svg_with_one_lane_per_chip(chips_page):
    svg = chart_svg(chips_page)
    # "group", not "img": an image may not contain links (axe: nested-interactive).
    assert svg.get("role") == "group"
    ids = svg.get("aria-labelledby").split()
    assert [svg.find(f"{SVG}title").get("id"), svg.find(f"{SVG}desc").get("id")] == ids
    labels = [text_of(t) for t in svg.iter(f"{SVG}text") if t.get("class") == "lane-label"]
    assert labels == ["H20", "H200", "Ascend", "H100"]


def test_every_mark_is_a_link_to_its_article_with_a_tooltip(chips_page):
    marks = list(chart_svg(chips_page).iter(f"{SVG}a"))
    assert len(marks) == 8  # dated articles, counted once per chip they name
    assert all(a.get("href").startswith("../articles/") for a in marks)
    tooltip = text_of(next(a for a in marks if "h200-mixed" in a.get("href")).find(f"{SVG}title"))
    assert tooltip.startswith("H20, 2025-07-15, mixed: H200 Exports")


def test_chart_table_lists_the_same_marks_and_the_undated_article_apart(chips_page):
    table = next(t for t in chips_page.iter("table")
                 if text_of(t.find("caption")).startswith("Marks of the chart"))
    assert len(table.find("tbody")) == 8
    section = next(s for s in chips_page.iter("section") if s.get("class") == "status-chart")
    assert "Not on the time axis, as their text states no date: What the H20 Means" in text_of(section)


def test_chip_page_draws_its_own_lane_only():
    svg = chart_svg(parse(built_site() / "chips" / "h200" / "index.html"))
    labels = [text_of(t) for t in svg.iter(f"{SVG}text") if t.get("class") == "lane-label"]
    assert labels == ["H200"]
    hollow = [p for p in svg.iter(f"{SVG}path") if "mark-mention" in p.get("class")]
    assert len(hollow) == 1  # the H20 licence article only mentions the H200


def test_pages_of_facets_without_a_chart_have_none():
    tree = parse(built_site() / "stances" / "easing" / "index.html")
    assert not list(tree.iter(f"{SVG}svg"))


def test_a_marks_tooltip_is_its_label_in_its_own_lane():
    chart = build_status_chart([term("H20", [article(5), article(5)]), term("H200", [article(9)])])
    for lane in chart.lanes:
        assert [mark.tooltip for mark in lane.marks] == [mark.label(lane.term.name) for mark in lane.marks]


def test_a_lanes_kept_key_names_its_marks_and_their_articles_digests():
    first, second = article(10), article(200, "tightening")
    def key(articles, digests=None):
        lane = build_status_chart([term("H20", articles)]).lanes[0]
        return lane.kept_key(lambda a: (digests or {}).get(a.title, a.title))
    assert key([first, second]) == key([first, second])
    assert key([first, second]) != key([first, second], digests={"A10": "edited"})
    assert key([first, second]) != key([first])
    assert key([first, second]) != key([first, article(200, "easing")])
