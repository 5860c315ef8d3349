"""The chip status picture: one lane per chip along a time axis, one mark per stance and
period, so the swings (banned, licensed, rejected) show at a glance.

Pure geometry: terms in, a ``StatusChart`` of positioned marks, lanes and ticks out; the
``partial/status_chart.html`` template draws it as inline SVG, with no JavaScript.
It stays small with thousands of articles: articles of one lane, stance and period share a
mark, the period (``bin_days``) being the fewest days for which marks cannot overlap.
Undated articles have no place on a time axis; they are listed apart, never placed at
the day they were added.
"""

from __future__ import annotations

import calendar
import datetime
import math
from dataclasses import dataclass, field

WIDTH = 760
LABEL_WIDTH = 96
RIGHT_PAD = 14
TOP_PAD = 6
LANE_HEIGHT = 40
AXIS_HEIGHT = 26
MARK_SIZE = 5.5
MIN_MARK_GAP = 2 * MARK_SIZE + 2  # px between the centres of neighbouring periods
MAX_TICKS = 8
MIN_MARGIN_DAYS = 16  # so even one day's coverage spans a month boundary, and a tick
TICK_STEPS_MONTHS = (1, 2, 3, 6, 12, 24, 60, 120)
MAX_TITLES_IN_TOOLTIP = 3

# Each stance has its own row inside a lane and its own shape, so the picture can be
# read without telling colours apart: easing points up, tightening points down.
STANCE_ROW = {"easing": -12, "mixed": -4, "neutral": 4, "tightening": 12}
UNKNOWN_STANCE_ROW = 0


def _triangle_up(x, y, r):
    return f"M{x:.1f} {y - r:.1f}L{x + r:.1f} {y + r * 0.8:.1f}L{x - r:.1f} {y + r * 0.8:.1f}Z"


def _triangle_down(x, y, r):
    return f"M{x:.1f} {y + r:.1f}L{x + r:.1f} {y - r * 0.8:.1f}L{x - r:.1f} {y - r * 0.8:.1f}Z"


def _diamond(x, y, r):
    return f"M{x:.1f} {y - r:.1f}L{x + r:.1f} {y:.1f}L{x:.1f} {y + r:.1f}L{x - r:.1f} {y:.1f}Z"


def _circle(x, y, r):
    r *= 0.85
    return f"M{x - r:.1f} {y:.1f}a{r:.1f} {r:.1f} 0 1 0 {2 * r:.1f} 0a{r:.1f} {r:.1f} 0 1 0 {-2 * r:.1f} 0Z"


def _square(x, y, r):
    r *= 0.75
    return f"M{x - r:.1f} {y - r:.1f}h{2 * r:.1f}v{2 * r:.1f}h{-2 * r:.1f}Z"


SHAPES = {"easing": _triangle_up, "tightening": _triangle_down, "mixed": _diamond,
          "neutral": _circle}


@dataclass(frozen=True)
class Mark:
    """The articles of one lane, stance and period; links to the newest of them."""

    x: float
    y: float
    stance: str
    articles: tuple
    about: bool  # at least one of the articles is about the lane's chip
    chip: str = ""  # the name of the lane's term

    @property
    def path(self) -> str:
        return SHAPES.get(self.stance, _square)(self.x, self.y, MARK_SIZE)

    @property
    def newest(self):
        return self.articles[-1]

    @property
    def first_day(self) -> datetime.date:
        return self.articles[0].date.date()

    @property
    def last_day(self) -> datetime.date:
        return self.articles[-1].date.date()

    @property
    def days(self) -> str:
        first, last = self.first_day.isoformat(), self.last_day.isoformat()
        return first if first == last else f"{first} to {last}"

    @property
    def tooltip(self) -> str:
        """The tooltip in its own lane: the template reads it for every mark, and Jinja
        reads an attribute faster than it calls a method."""
        return self.label(self.chip)

    def label(self, chip: str) -> str:
        """The tooltip: chip, day(s), stance, and the first headlines."""
        titles = [str(a.title) for a in reversed(self.articles)][:MAX_TITLES_IN_TOOLTIP]
        more = len(self.articles) - len(titles)
        count = f"{len(self.articles)} articles: " if len(self.articles) > 1 else ""
        tail = f"; and {more} more" if more else ""
        return f"{chip}, {self.days}, {self.stance}: {count}{'; '.join(titles)}{tail}"


@dataclass
class Lane:
    term: object
    y: float
    marks: list = field(default_factory=list)
    undated: list = field(default_factory=list)
    _kept_key: tuple = field(default=(None, ""), repr=False, compare=False)

    def kept_key(self, digest_of) -> str:
        """What the lane's HTML is made of, as the key of the HTML a build keeps for the
        next (``render_once.render_kept``): its chip and place, and each mark's place,
        stance and articles, by their digests (``digest_of``: their files, dates and
        addresses, so their titles too). The lane's two parts (its marks, its table
        rows) ask for it; it is worked out once."""
        if self._kept_key[0] is not digest_of:
            marks = [(mark.x, mark.y, mark.stance, mark.about, [digest_of(a) for a in mark.articles])
                     for mark in self.marks]
            self._kept_key = (digest_of, repr((self.term.name, self.y, marks)))
        return self._kept_key[1]


@dataclass(frozen=True)
class Tick:
    x: float
    label: str


@dataclass
class StatusChart:
    width: int
    height: int
    lanes: list
    ticks: list
    axis_y: float
    plot_left: float
    bin_days: int

    @property
    def marks(self) -> list:
        return [mark for lane in self.lanes for mark in lane.marks]

    @property
    def legend(self) -> dict[str, str]:
        """Each stance's shape, centred in a 14-pixel square."""
        return {stance: shape(7, 7, MARK_SIZE) for stance, shape in SHAPES.items()}

    @property
    def undated(self) -> list:
        """(article, names of its lanes) for each undated article, which the chart
        cannot place; an article in several lanes is listed once."""
        lanes: dict[int, tuple] = {}
        for lane in self.lanes:
            for article in lane.undated:
                lanes.setdefault(id(article), (article, []))[1].append(lane.term.name)
        return list(lanes.values())


class TimeScale:
    """Days to x positions, with a margin so marks never sit on the plot's edge."""

    def __init__(self, first: datetime.date, last: datetime.date, left: float, right: float):
        margin = max(MIN_MARGIN_DAYS, (last - first).days * 0.03)
        self.start = first - datetime.timedelta(days=margin)
        self.days = (last - first).days + 2 * margin
        self.left, self.width = left, right - left

    def x(self, day: datetime.date) -> float:
        return self.left + (day - self.start).days / self.days * self.width

    def bin_days(self) -> int:
        """The shortest period whose marks, side by side, cannot overlap."""
        return max(1, math.ceil(self.days * MIN_MARK_GAP / self.width))


def build_status_chart(terms) -> StatusChart | None:
    """The chart of ``terms`` (facet terms with ``articles`` and ``about``), or None when
    none of their articles is dated."""
    terms = list(terms)
    days = [a.date.date() for t in terms for a in t.articles if not _undated(a)]
    if not days:
        return None
    scale = TimeScale(min(days), max(days), LABEL_WIDTH, WIDTH - RIGHT_PAD)
    bin_days = scale.bin_days()
    lanes = [_lane(term, TOP_PAD + (i + 0.5) * LANE_HEIGHT, scale, bin_days)
             for i, term in enumerate(terms)]
    axis_y = TOP_PAD + len(terms) * LANE_HEIGHT
    return StatusChart(WIDTH, int(axis_y + AXIS_HEIGHT), lanes, month_ticks(scale),
                       axis_y, LABEL_WIDTH, bin_days)


def _undated(article) -> bool:
    return bool(getattr(article, "undated", False))


def _lane(term, y: float, scale: TimeScale, bin_days: int) -> Lane:
    about = {id(article) for article in term.about}
    groups: dict[tuple, list] = {}
    lane = Lane(term, y)
    for article in sorted(term.articles, key=lambda a: a.date):
        if _undated(article):
            lane.undated.append(article)
            continue
        period = (article.date.date() - scale.start).days // bin_days
        stance = getattr(article, "stance", None) or "unknown"
        groups.setdefault((period, stance), []).append(article)
    for (period, stance), articles in sorted(groups.items(), key=lambda g: (g[0][0], g[0][1])):
        middle = articles[0].date.date() + (articles[-1].date.date() - articles[0].date.date()) / 2
        row = STANCE_ROW.get(stance, UNKNOWN_STANCE_ROW)
        lane.marks.append(Mark(round(scale.x(middle), 1), y + row, stance, tuple(articles),
                               any(id(a) in about for a in articles), term.name))
    return lane


def month_ticks(scale: TimeScale) -> list[Tick]:
    """Ticks on the first day of months, at most ``MAX_TICKS``, years when spans are long;
    the first tick and each January name the year."""
    end = scale.start + datetime.timedelta(days=scale.days)
    first = _month_index(scale.start) + (scale.start.day > 1)
    last = _month_index(end)
    step = next((s for s in TICK_STEPS_MONTHS if (last - first) // s + 1 <= MAX_TICKS),
                TICK_STEPS_MONTHS[-1])
    ticks = []
    for index in range(first + (-first) % step, last + 1, step):
        day = datetime.date(index // 12, index % 12 + 1, 1)
        month = calendar.month_abbr[day.month]
        label = str(day.year) if step >= 12 or day.month == 1 else month
        label = f"{month} {day.year}" if not ticks and label == month else label
        ticks.append(Tick(round(scale.x(day), 1), label))
    return ticks


def _month_index(day: datetime.date) -> int:
    return day.year * 12 + day.month - 1
