"""The pages of the latest-articles list, numbered from the oldest article (issue 6).

Pelican numbers a paginated list from its first page: with the newest article first,
every article added shifts every page by one, so an add-one rebuild rendered and wrote
all of them (500 at 10,000 articles). Here the pages are anchored at the oldest article
instead: page ``k`` (``LIST_PAGE_URL``, ``page/{number}/``) always holds the ``k``-th
``DEFAULT_PAGINATION`` articles counted from the oldest, shown newest first, and the home
page holds the newest articles left over (one page's worth up to one less than two).

So a page keeps its address and content while articles are added after it: an article
newer than the home page's oldest changes the home page alone (and, once the home page
would hold two pages' worth, adds one page and links the one before it to it); an
article dated inside the archive shifts the pages from its own up to the newest, no
longer the ones before it. Pure model: the generator writes the pages.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ListPage:
    """One page of the list: its articles (newest first) and its neighbours."""

    number: int | None  # from the oldest page, 1; None for the home page
    articles: list
    url: str
    save_as: str
    first_position: int  # of its oldest article, counted from the archive's oldest (1)
    newer: ListPage | None = field(default=None, repr=False)
    older: ListPage | None = field(default=None, repr=False)

    @property
    def last_position(self) -> int:
        return self.first_position + len(self.articles) - 1


def list_pages(articles: list, per_page: int, home: tuple[str, str],
               numbered: tuple[str, str]) -> list[ListPage]:
    """The home page, then the numbered pages from the newest to page 1, linked to their
    neighbours. ``articles`` are newest first; ``home`` and ``numbered`` are (url,
    save_as), the latter with ``{number}`` in both."""
    per_page = max(1, per_page or len(articles) or 1)
    count = len(articles)
    numbered_pages = max(0, count // per_page - 1)
    oldest_first = articles[::-1]
    home_url, home_save_as = home
    pages = [ListPage(None, oldest_first[numbered_pages * per_page:][::-1], home_url,
                      home_save_as, numbered_pages * per_page + 1)]
    url, save_as = numbered
    for number in range(numbered_pages, 0, -1):
        start = (number - 1) * per_page
        pages.append(ListPage(number, oldest_first[start:start + per_page][::-1],
                              url.format(number=number), save_as.format(number=number),
                              start + 1))
    for newer, older in zip(pages, pages[1:]):
        newer.older, older.newer = older, newer
    return pages
