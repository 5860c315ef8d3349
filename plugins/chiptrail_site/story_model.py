"""What story grouping takes and gives back: its input per article and its answer
(``StoryIndex``), apart from the grouping itself (``stories``).

The build's process makes the inputs and reads the answer that the story worker sends it
(``stories_ahead``), and neither needs numpy, which only the grouping uses: kept here,
they let that process leave numpy to the worker (0.1 s of CPU at the start of every
build's story step, on the main process's path).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Sequence


@dataclass(frozen=True)
class StoryInput:
    """What the model needs of one article; ``key`` is its unique slug.

    ``text`` may be Markdown or HTML (tags are dropped). ``chips`` are the canonical names
    of the chips the article is about (front-matter ``chips_about``, else ``chips``): a chip
    only mentioned in passing should not tie two developments together.
    """

    key: str
    title: str
    text: str
    date: date | None = None
    source: str | None = None
    chips: Sequence[str] = ()
    stance: str | None = None


@dataclass(frozen=True)
class Member:
    """One article's place in a story; ``duplicate_of`` names the copy it republishes."""

    key: str
    date: date | None
    source: str | None
    stance: str | None
    duplicate_of: str | None = None


@dataclass(frozen=True)
class Story:
    """Articles reporting one development, earliest first (undated copies last)."""

    slug: str
    title: str
    members: tuple[Member, ...]

    @property
    def keys(self) -> list[str]:
        return [member.key for member in self.members]

    @property
    def first_date(self) -> date | None:
        return self.members[0].date

    @property
    def last_date(self) -> date | None:
        return max((m.date for m in self.members if m.date), default=None)

    @property
    def sources(self) -> list[str]:
        """Outlets with independent coverage (republished copies excluded)."""
        outlets = (m.source for m in self.members if m.source and not m.duplicate_of)
        return list(dict.fromkeys(outlets))


@dataclass
class StoryIndex:
    """The stories (groups of two or more articles) and each article's place in them."""

    stories: list[Story]
    story_of: dict[str, str]  # article key -> story slug (only for articles in a story)
    duplicate_of: dict[str, str]  # copy key -> key of the earliest copy of the text
    pairs_verified: int = 0  # candidate pairs checked exactly: stays far below n²/2
    _by_slug: dict[str, Story] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._by_slug = {story.slug: story for story in self.stories}

    def story_for(self, key: str) -> Story | None:
        slug = self.story_of.get(key)
        return self._by_slug[slug] if slug else None

    def also_covered(self, key: str) -> list[Member]:
        """The other articles of ``key``'s story, for "Also covered by …"."""
        story = self.story_for(key)
        return [m for m in story.members if m.key != key] if story else []
