"""The timeline model: every article in date order, grouped by year and month.

Undated articles carry their ``added`` date only so they sort; they are kept apart in
their own list so no template can show that date as a publication date.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from itertools import groupby
from operator import attrgetter

by_date = attrgetter("date")


@dataclass
class Month:
    year: int
    number: int
    articles: list

    @property
    def name(self) -> str:
        return calendar.month_name[self.number]

    @property
    def anchor(self) -> str:
        return f"m{self.year}-{self.number:02d}"

    def kept_key(self, digest_of) -> str:
        """The month as the key of the HTML a build keeps for the next
        (``render_once.render_kept``): which month, and its articles by their digests
        (``digest_of``), in order. Adding an article redraws one month of the timeline."""
        return repr((self.year, self.number, [digest_of(article) for article in self.articles]))


@dataclass
class Year:
    year: int
    months: list

    @property
    def count(self) -> int:
        return sum(len(month.articles) for month in self.months)


@dataclass
class Timeline:
    years: list = field(default_factory=list)
    undated: list = field(default_factory=list)

    @property
    def count(self) -> int:
        return sum(year.count for year in self.years) + len(self.undated)


def build_timeline(articles) -> Timeline:
    """Oldest first, as a story is read; undated articles by the day they were added."""
    ordered = sorted(articles, key=by_date)
    dated = [a for a in ordered if not getattr(a, "undated", False)]
    undated = [a for a in ordered if getattr(a, "undated", False)]
    years = [
        Year(year, _months(year, list(group)))
        for year, group in groupby(dated, key=attrgetter("date.year"))
    ]
    return Timeline(years, undated)


def _months(year: int, articles: list) -> list[Month]:
    return [
        Month(year, number, list(group))
        for number, group in groupby(articles, key=attrgetter("date.month"))
    ]
