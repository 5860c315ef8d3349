"""The latest-articles list numbered from the oldest article (list_pages.py): a page keeps
its articles while newer ones are added, and the home page takes what is left over."""

from __future__ import annotations

from chiptrail_site.list_pages import list_pages

HOME, NUMBERED = ("", "index.html"), ("page/{number}/", "page/{number}/index.html")


def pages_of(count: int, per_page: int = 3):
    articles = [f"a{n}" for n in range(count, 0, -1)]  # newest first: a1 is the oldest
    return list_pages(articles, per_page, HOME, NUMBERED)


def test_numbered_pages_hold_fixed_runs_counted_from_the_oldest():
    home, *numbered = pages_of(11)
    assert [page.number for page in numbered] == [2, 1]
    assert numbered[-1].articles == ["a3", "a2", "a1"] and numbered[-1].save_as == "page/1/index.html"
    assert home.articles == ["a11", "a10", "a9", "a8", "a7"]  # one page's worth up to one less than two
    assert (home.first_position, home.last_position) == (7, 11)


def test_adding_a_newer_article_changes_only_the_home_page_until_it_fills_two_pages():
    before, after = pages_of(10), pages_of(11)
    assert [p.articles for p in before[1:]] == [p.articles for p in after[1:]]
    grown = pages_of(12)
    assert [page.number for page in grown[1:]] == [3, 2, 1]
    assert grown[1].articles == ["a9", "a8", "a7"] and grown[0].articles == ["a12", "a11", "a10"]


def test_pages_link_their_neighbours_and_a_short_list_is_the_home_page_alone():
    home, second, first = pages_of(9)
    assert (home.newer, home.older) == (None, second)
    assert (second.newer, second.older, first.newer, first.older) == (home, first, second, None)
    assert second.url == "page/2/"
    only = pages_of(5)
    assert len(only) == 1 and only[0].articles == ["a5", "a4", "a3", "a2", "a1"]
    assert pages_of(0)[0].articles == []
