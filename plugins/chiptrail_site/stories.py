"""Stories: articles from several outlets that report the same development.

Five outlets reporting one licence decision should read as one story with five sources,
and a wire text republished on a second site is one report, not two. This module is the
pure model behind the story pages (no Pelican import): the site plugin turns its articles
into ``StoryInput`` and renders the ``StoryIndex`` that ``group_stories`` returns.

It stays linear in the number of articles: MinHash LSH (datasketch) proposes candidate
pairs and only those are checked exactly, never all pairs.

1. Copies. A body becomes a set of word 3-shingles; LSH proposes pairs that probably share
   most of them and the exact Jaccard decides. Every copy points to the earliest copy of
   its text, and undated articles join stories only this way.
2. Same development. A dated original becomes the set of stemmed content words of its
   title and lead; an LSH index that holds only the last ``window_days`` of articles
   proposes pairs close in time. A pair joins when the chips do not contradict and the
   Jaccard of the words reaches ``topic_similarity``.
3. Union-find joins the verified pairs, strongest first, and refuses a join that would
   stretch a story over more than ``max_span_days``, so a chain of pairwise-close articles
   cannot grow into a months-long blob. Copies then join the story of their original.

A story's slug is its earliest article's slug: later coverage never changes the URL; only
an older article joining (a backfill) or two stories merging does.
"""

from __future__ import annotations

import html
import re
import zlib
from collections import deque
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Iterable, Mapping, Sequence

import numpy as np
from datasketch import MinHash, MinHashLSH

TAG = re.compile(r"<[^>]+>")
WORD = re.compile(rb"[a-z0-9]+")
SHINGLE_MIX = np.uint64(0x9E3779B97F4A7C15)  # odd 64-bit constant: mixes word hashes into a gram hash
SUFFIXES = (b"ing", b"ed", b"es", b"e", b"s")  # crude stemming: licences/licence, approves/approved
STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each few
    for from further had has have having he her here hers him his how i if in into is it its
    itself just me more most my no nor not now of off on once only or other our ours out over
    own same she should so some such than that the their theirs them then there these they
    this those through to too under until up very was we were what when where which while
    who whom why will with would you your yours said says say told according reported report
    reports new one two three year years week weeks month months day days monday tuesday
    wednesday thursday friday saturday sunday today yesterday since last still may might
    many much well even like however amid""".encode().split()
)


@dataclass(frozen=True)
class StoryOptions:
    """Thresholds of the story model, tuned on tests/fixtures/stories.

    On that fixture, articles of one development share 14–27 % of their content words
    (weakest link a story needs) and unrelated articles within the window at most 8 %;
    copies share 68–89 % of their shingles and independent reports at most 5 %.

    The LSH (bands, rows) pairs are chosen so that pairs at the threshold are almost always
    proposed: 128×2 finds a content-word Jaccard of 0.14 with probability 0.92 (0.2: 0.995);
    16×4 finds a shingle Jaccard of 0.68 with probability 0.98.
    """

    window_days: int = 4  # same development: published at most this many days apart
    max_span_days: int = 10  # a story never spans more days than this
    topic_similarity: float = 0.11  # Jaccard of stemmed content words
    duplicate_similarity: float = 0.6  # Jaccard of word 3-shingles for a republication
    shingle_size: int = 3
    lead_words: int = 200  # similarity reads the title and lead: length-independent, cheap
    topic_bands: tuple[int, int] = (128, 2)
    duplicate_bands: tuple[int, int] = (16, 4)


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


def group_stories(items: Iterable[StoryInput], options: StoryOptions = StoryOptions()) -> StoryIndex:
    """Group articles into stories and mark republished copies (see the module docstring)."""
    articles = sorted(items, key=_chronological)  # list position = precedence: earlier first
    _check_unique_keys(articles)
    checked = _PairCounter()
    shingles, content = zip(*(_fingerprints(item, options) for item in articles)) if articles else ((), ())
    copies = _find_copies(shingles, options, checked)
    groups = _UnionFind([item.date.toordinal() if item.date else None for item in articles])
    for _similarity, earlier, later in sorted(_development_pairs(articles, content, copies, options, checked)):
        groups.join_within(earlier, later, options.max_span_days)
    for copy, original in copies.items():
        groups.attach(copy, original)
    return _index(articles, groups, copies, checked.count)


def _chronological(item: StoryInput) -> tuple:
    """Dated before undated, then by date, then by key: earlier copies come first."""
    return (item.date is None, item.date or date.min, item.key)


def _check_unique_keys(articles: list[StoryInput]) -> None:
    keys = [item.key for item in articles]
    if len(set(keys)) != len(keys):
        raise ValueError("story inputs must have unique keys")


class _PairCounter:
    def __init__(self) -> None:
        self.count = 0


def _fingerprints(item: StoryInput, options: StoryOptions) -> tuple[np.ndarray, np.ndarray]:
    """The body's shingles and the content words of title and lead, as compact arrays.

    The news of an article is in its title and lead; later paragraphs are background that
    any two articles of the saga share. Reading only the lead also keeps the similarity
    of a 700-word article on the scale the fixture of short articles was tuned on.
    Word lists are dropped at once: millions of live small objects would make Python's
    garbage collector, not the similarity work, dominate a 10,000-article run.
    """
    words = _words(item.text)
    return _shingles(words, options.shingle_size), _content_words(_words(item.title) + words[: options.lead_words])


def _find_copies(shingles: Sequence[np.ndarray], options: StoryOptions, checked: _PairCounter) -> dict[int, int]:
    """Map each republished copy (by position) to the earliest copy of its text."""
    index = MinHashLSH(num_perm=_perm(options.duplicate_bands), params=options.duplicate_bands)
    copies = _UnionFind([None] * len(shingles))  # copies join whatever their dates
    for position, signature in _signatures(shingles, _perm(options.duplicate_bands)):
        for earlier in index.query(signature):
            checked.count += 1
            if _jaccard(shingles[earlier], shingles[position]) >= options.duplicate_similarity:
                copies.attach(position, earlier)
        index.insert(position, signature)
    earliest: dict[int, int] = {}
    for position in range(len(shingles)):
        earliest.setdefault(copies.find(position), position)
    return {p: earliest[copies.find(p)] for p in range(len(shingles)) if earliest[copies.find(p)] != p}


def _development_pairs(
    articles: list[StoryInput],
    content: Sequence[np.ndarray],
    copies: dict[int, int],
    options: StoryOptions,
    checked: _PairCounter,
) -> list[tuple[float, int, int]]:
    """Verified (−similarity, earlier, later) pairs of dated originals.

    The LSH index holds only the last ``window_days`` of articles (they arrive in date
    order and leave when they fall out of the window), so an article meets only its
    neighbours in time and memory follows the busiest week rather than the archive.
    """
    originals = {p: content[p] for p, item in enumerate(articles) if item.date and p not in copies}
    index = MinHashLSH(num_perm=_perm(options.topic_bands), params=options.topic_bands)
    recent: deque[int] = deque()
    pairs = []
    for position, signature in _signatures(originals, _perm(options.topic_bands)):
        today = articles[position].date
        while recent and (today - articles[recent[0]].date).days > options.window_days:
            index.remove(recent.popleft())
        for earlier in index.query(signature):
            checked.count += 1
            if _chips_agree(articles[earlier].chips, articles[position].chips):
                similarity = _jaccard(content[earlier], content[position])
                if similarity >= options.topic_similarity:
                    pairs.append((-similarity, earlier, position))
        index.insert(position, signature)
        recent.append(position)
    return pairs


def _chips_agree(first: Sequence[str], second: Sequence[str]) -> bool:
    """Chips contradict only when both articles name chips and share none."""
    if not first or not second:
        return True
    return bool({c.casefold() for c in first} & {c.casefold() for c in second})


def _perm(bands: tuple[int, int]) -> int:
    """MinHash size for an LSH of ``bands`` × ``rows``: exactly the permutations it reads."""
    return bands[0] * bands[1]


def _signatures(sets: Mapping[int, np.ndarray] | Sequence[np.ndarray], num_perm: int):
    """Yield (position, MinHash) for each non-empty set, in position order."""
    entries = sets.items() if isinstance(sets, Mapping) else enumerate(sets)
    entries = [(p, tokens) for p, tokens in entries if tokens.size]
    signatures = MinHash.generator((tokens.tolist() for _, tokens in entries), num_perm=num_perm, hashfunc=int)
    yield from zip((p for p, _ in entries), signatures)


def _jaccard(first: np.ndarray, second: np.ndarray) -> float:
    shared = np.intersect1d(first, second, assume_unique=True).size
    return shared / (first.size + second.size - shared)


def _words(text: str) -> list[bytes]:
    """Lower-cased words as bytes, so that hashing them runs in C (``zlib.crc32``)."""
    return WORD.findall(html.unescape(TAG.sub(" ", text)).lower().encode())


def _shingles(words: list[bytes], size: int) -> np.ndarray:
    """Hashes of the word ``size``-grams, sorted and unique.

    A gram's hash mixes its words' hashes in numpy, so no gram string is ever built.
    """
    hashes = np.fromiter(map(zlib.crc32, words), dtype=np.uint64, count=len(words))
    count = len(words) - size + 1
    if count < 1:
        return np.empty(0, dtype=np.uint32)
    grams = np.zeros(count, dtype=np.uint64)
    for offset in range(size):
        grams = grams * SHINGLE_MIX + hashes[offset : offset + count]  # wraps modulo 2**64
    return np.unique((grams >> np.uint64(32)).astype(np.uint32))


def _content_words(words: Iterable[bytes]) -> np.ndarray:
    """Hashes of the distinct stemmed words that carry meaning, sorted and unique."""
    meaningful = [word for word in set(words) if len(word) > 1 and word not in STOPWORDS]
    return np.unique(np.fromiter(map(_stem_hash, meaningful), dtype=np.uint32, count=len(meaningful)))


@lru_cache(maxsize=1 << 18)
def _stem_hash(word: bytes) -> int:
    """crc32 of the crudely stemmed word: a stable hash (``hash()`` is salted per process)."""
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return zlib.crc32(word[: -len(suffix)])
    return zlib.crc32(word)


class _UnionFind:
    """Groups of article positions; each root knows its group's first and last date."""

    def __init__(self, days: list[int | None]) -> None:
        self.parent = list(range(len(days)))
        self.first, self.last = list(days), list(days)

    def find(self, position: int) -> int:
        while self.parent[position] != position:
            self.parent[position] = self.parent[self.parent[position]]
            position = self.parent[position]
        return position

    def attach(self, position: int, target: int) -> None:
        """Join unconditionally (copies follow their original wherever it is)."""
        self._merge(self.find(target), self.find(position))

    def join_within(self, first: int, second: int, max_span_days: int) -> None:
        """Join unless the merged group would span more than ``max_span_days``."""
        a, b = self.find(first), self.find(second)
        span = max(self.last[a], self.last[b]) - min(self.first[a], self.first[b])
        if a != b and span <= max_span_days:
            self._merge(a, b)

    def _merge(self, keep: int, other: int) -> None:
        if keep == other:
            return
        keep, other = min(keep, other), max(keep, other)  # the earliest position stays root
        self.parent[other] = keep
        days = [d for d in (self.first[keep], self.first[other], self.last[keep], self.last[other]) if d is not None]
        self.first[keep], self.last[keep] = (min(days), max(days)) if days else (None, None)


def _index(articles: list[StoryInput], groups: _UnionFind, copies: dict[int, int], pairs: int) -> StoryIndex:
    members: dict[int, list[int]] = {}
    for position in range(len(articles)):
        members.setdefault(groups.find(position), []).append(position)
    stories = [_story(articles, positions, copies) for positions in members.values() if len(positions) > 1]
    story_of = {key: story.slug for story in stories for key in story.keys}
    duplicate_of = {articles[c].key: articles[o].key for c, o in copies.items()}
    return StoryIndex(stories=stories, story_of=story_of, duplicate_of=duplicate_of, pairs_verified=pairs)


def _story(articles: list[StoryInput], positions: list[int], copies: dict[int, int]) -> Story:
    """A story named after its earliest article (positions are in chronological order)."""
    first = articles[positions[0]]
    members = tuple(
        Member(
            key=articles[p].key,
            date=articles[p].date,
            source=articles[p].source,
            stance=articles[p].stance,
            duplicate_of=articles[copies[p]].key if p in copies else None,
        )
        for p in positions
    )
    return Story(slug=first.key, title=first.title, members=members)
