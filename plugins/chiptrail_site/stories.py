"""Stories: articles from several outlets that report the same development.

Five outlets reporting one licence decision should read as one story with five sources,
and a wire text republished on a second site is one report, not two. This module is the
pure model behind the story pages (no Pelican import): the site plugin turns its articles
into ``StoryInput`` and renders the ``StoryIndex`` that ``group_stories`` returns.

It stays linear in the number of articles: MinHash signatures (``minhash``: datasketch's
values) and LSH bands propose candidate pairs and only those are checked exactly, never
all pairs, and never more than ``max_checks_per_article`` for one article (the most
similar by MinHash estimate).

1. Copies. A body becomes a set of word 3-shingles, less the stock phrases: shingles found
   in more than ``stock_phrase_articles`` articles of the archive ("the commerce
   department said") are shared by unrelated reports and are no evidence of copying, and
   were they kept, every pair of articles of the saga would be a candidate. LSH proposes
   pairs that probably share most of the remaining shingles and the exact Jaccard decides.
   Every copy points to the earliest copy of its text, and undated articles join stories
   only this way.
2. Same development. A dated original becomes the set of stemmed content words of its
   title and lead; an LSH index that holds only the last ``window_days`` of articles
   proposes pairs close in time. A pair joins when the chips do not contradict and the
   Jaccard of the words reaches ``topic_similarity``.
3. Union-find joins the verified pairs, strongest first, and refuses a join that would
   stretch a story over more than ``max_span_days``, so a chain of pairwise-close articles
   cannot grow into a months-long blob. Copies then join the story of their original.

A story's slug is its earliest article's slug: later coverage never changes the URL; only
an older article joining (a backfill) or two stories merging does.

Most of the time goes to each article's own work: its shingles and content words and their
MinHash signatures (``Fingerprint``). A build passes ``Fingerprints`` kept from the last
one (``story_cache``), and only new or edited articles are read again: a fingerprint is
found by a digest of the title and text it was made from and of the options, and a copy
signature is reused only while the article's distinctive shingles (which depend on the
whole archive's stock phrases) are those it was made from. Candidates, checks and joins
always run over the whole archive, so the answer is the one a run from scratch gives.
"""

from __future__ import annotations

import hashlib
import html
import re
import zlib
from collections import deque
from dataclasses import astuple, dataclass, field
from datetime import date
from functools import lru_cache
from typing import Iterable, Iterator, Mapping, Sequence

import numpy as np

from . import minhash
from .story_model import Member, Story, StoryIndex, StoryInput  # noqa: F401 - the model's answer, re-exported

TAG = re.compile(r"<[^>]+>")
WORD = re.compile(rb"[a-z0-9]+")
MINHASH_SEED = 1
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
    many much well even like however amid across among toward towards within without beyond
    despite near around upon onto via per several whether although though yet unless
    whereas""".encode().split()
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

    The last three bound the work, not the answer, on that fixture: no shingle is in more
    than 15 of its 40 articles, every article keeps over 70 and none has more than 30
    candidates. On 10,000 benchmark articles (bench/corpus.py) copy detection verifies
    under one pair per article. Where unrelated articles share half their shingles (the
    earlier benchmark generator, tests/test_stories_shared_phrasing.py) it no longer
    verifies nearly every pair (quadratic work) nor calls texts of shared phrases copies;
    but a text made almost only of phrases common in the archive is never called a copy,
    nor is one republished more than ``stock_phrase_articles`` times: such copies join
    their story by date and words, as independent reports.
    """

    window_days: int = 4  # same development: published at most this many days apart
    max_span_days: int = 10  # a story never spans more days than this
    topic_similarity: float = 0.11  # Jaccard of stemmed content words
    duplicate_similarity: float = 0.6  # Jaccard of word 3-shingles (less stock phrases) for a copy
    shingle_size: int = 3
    lead_words: int = 200  # similarity reads the title and lead: length-independent, cheap
    topic_bands: tuple[int, int] = (128, 2)
    duplicate_bands: tuple[int, int] = (16, 4)
    stock_phrase_articles: int = 50  # a shingle in more articles than this is stock phrasing
    min_distinctive_shingles: int = 20  # fewer left than this: too little text to call a copy
    max_checks_per_article: int = 30  # candidates verified per article, most similar first


@dataclass(eq=False)
class Fingerprint:
    """One article's own work, which depends on nothing else: reusable while its title,
    text and the options are unchanged. Signatures are MinHash hash values, made when a
    run first needs them; ``copy_source`` is a digest of the distinctive shingles the copy
    signature was made from (which stock phrases are left out depends on the archive).
    ``changed`` says whether it differs from the copy a cache kept."""

    shingles: np.ndarray  # hashes of the body's word shingles, sorted and unique
    content: np.ndarray  # hashes of the stemmed content words of title and lead
    topic_signature: np.ndarray | None = None
    copy_signature: np.ndarray | None = None
    copy_source: bytes = b""
    changed: bool = True


class Fingerprints:
    """Fingerprints found by a digest of what they were made from (``fingerprint_key``).

    ``known`` are those kept from an earlier run; ``used`` those the last run read, which
    are what a cache should keep (a deleted or edited article's old one is left out)."""

    def __init__(self, known: Mapping[str, Fingerprint] | None = None) -> None:
        self.known = dict(known or {})
        self.used: dict[str, Fingerprint] = {}

    def of(self, item: StoryInput, options: StoryOptions) -> Fingerprint:
        key = fingerprint_key(item, options)
        found = self.used.get(key) or self.known.get(key) or _fingerprint(item, options)
        self.used[key] = found
        return found

    @property
    def changed(self) -> bool:
        """Whether the fingerprints used differ from those known (worth saving)."""
        return self.used.keys() != self.known.keys() or any(f.changed for f in self.used.values())


def fingerprint_key(item: StoryInput, options: StoryOptions) -> str:
    """A digest of everything a fingerprint is made from: options, title and text."""
    digest = hashlib.sha256(repr((_settings(options), item.title)).encode())
    digest.update(item.text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


@lru_cache(maxsize=8)
def _settings(options: StoryOptions) -> tuple:
    return astuple(options)


def group_stories(
    items: Iterable[StoryInput], options: StoryOptions = StoryOptions(), fingerprints: Fingerprints | None = None
) -> StoryIndex:
    """Group articles into stories and mark republished copies (see the module docstring).

    ``fingerprints`` lends the per-article work of earlier runs and receives this run's."""
    articles = sorted(items, key=_chronological)  # list position = precedence: earlier first
    _check_unique_keys(articles)
    store = fingerprints if fingerprints is not None else Fingerprints()
    prints = [store.of(item, options) for item in articles]
    checked = _PairCounter()
    copies = _find_copies(prints, options, checked)
    groups = _UnionFind([item.date.toordinal() if item.date else None for item in articles])
    for _similarity, earlier, later in sorted(_development_pairs(articles, prints, copies, options, checked)):
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


def _fingerprint(item: StoryInput, options: StoryOptions) -> Fingerprint:
    """The body's shingles and the content words of title and lead, as compact arrays.

    The news of an article is in its title and lead; later paragraphs are background that
    any two articles of the saga share. Reading only the lead also keeps the similarity
    of a 700-word article on the scale the fixture of short articles was tuned on.
    Word lists are dropped at once: millions of live small objects would make Python's
    garbage collector, not the similarity work, dominate a 10,000-article run.
    """
    words = _words(item.text)
    return Fingerprint(_shingles(words, options.shingle_size),
                       _content_words(_words(item.title) + words[: options.lead_words]))


def _distinctive(shingles: Sequence[np.ndarray], options: StoryOptions) -> list[np.ndarray]:
    """Each article's shingles less the stock phrases, or none when too few are left.

    A stock phrase is a shingle found in more than ``stock_phrase_articles`` articles:
    counting is one sort of all shingles, and the limit is a number of articles, not a
    share, so pairs that share a kept shingle grow linearly with the archive. A text made
    almost only of stock phrases keeps a handful of shingles, and two handfuls overlap
    by chance: below ``min_distinctive_shingles`` an article is never called a copy.
    """
    if not shingles:
        return []
    hashes, counts = np.unique(np.concatenate(shingles), return_counts=True)
    stock = hashes[counts > options.stock_phrase_articles]
    kept = [tokens[~_members(tokens, stock)] for tokens in shingles] if stock.size else list(shingles)
    return [tokens if tokens.size >= options.min_distinctive_shingles else tokens[:0] for tokens in kept]


def _members(tokens: np.ndarray, sorted_set: np.ndarray) -> np.ndarray:
    """Which of ``tokens`` are in ``sorted_set``, by binary search (no per-call sort)."""
    found = np.minimum(np.searchsorted(sorted_set, tokens), sorted_set.size - 1)
    return sorted_set[found] == tokens


def _find_copies(prints: Sequence[Fingerprint], options: StoryOptions, checked: _PairCounter) -> dict[int, int]:
    """Map each republished copy (by position) to the earliest copy of its text."""
    shingles = _distinctive([fingerprint.shingles for fingerprint in prints], options)
    index = _BandIndex(options.duplicate_bands)
    copies = _UnionFind([None] * len(shingles))  # copies join whatever their dates
    signatures: dict[int, np.ndarray] = {}
    for position, signature in _copy_signatures(prints, shingles, options):
        for earlier in _most_similar(index.query(signature), signature, signatures, options.max_checks_per_article):
            checked.count += 1
            if _jaccard(shingles[earlier], shingles[position]) >= options.duplicate_similarity:
                copies.attach(position, earlier)
        index.insert(position, signature)
        signatures[position] = signature
    earliest: dict[int, int] = {}
    for position in range(len(shingles)):
        earliest.setdefault(copies.find(position), position)
    return {p: earliest[copies.find(p)] for p in range(len(shingles)) if earliest[copies.find(p)] != p}


def _development_pairs(
    articles: list[StoryInput],
    prints: Sequence[Fingerprint],
    copies: dict[int, int],
    options: StoryOptions,
    checked: _PairCounter,
) -> list[tuple[float, int, int]]:
    """Verified (−similarity, earlier, later) pairs of dated originals.

    The LSH index holds only the last ``window_days`` of articles (they arrive in date
    order and leave when they fall out of the window), so an article meets only its
    neighbours in time and memory follows the busiest week rather than the archive.
    """
    originals = [p for p, item in enumerate(articles) if item.date and p not in copies and prints[p].content.size]
    index = _RecentBands(options.topic_bands)
    recent: deque[int] = deque()
    signatures: dict[int, np.ndarray] = {}
    pairs = []
    for position, signature in _topic_signatures(prints, originals, options):
        today = articles[position].date
        while recent and (today - articles[recent[0]].date).days > options.window_days:
            index.remove_oldest()
            del signatures[recent.popleft()]
        for earlier in _most_similar(index.query(signature), signature, signatures, options.max_checks_per_article):
            checked.count += 1
            if _chips_agree(articles[earlier].chips, articles[position].chips):
                similarity = _jaccard(prints[earlier].content, prints[position].content)
                if similarity >= options.topic_similarity:
                    pairs.append((-similarity, earlier, position))
        index.insert(position, signature)
        signatures[position] = signature
        recent.append(position)
    return pairs


def _most_similar(candidates: set[int], signature: np.ndarray, signatures: Mapping[int, np.ndarray], limit: int) -> list[int]:
    """The ``limit`` candidates whose MinHash estimate is highest (ties by position).

    A cap on exact checks per article keeps the work linear however alike the texts of an
    archive are; a copy or a story needs only its closest earlier article to join.
    """
    if len(candidates) <= limit:
        return sorted(candidates)
    return sorted(candidates, key=lambda earlier: (-_estimate(signature, signatures[earlier]), earlier))[:limit]


def _chips_agree(first: Sequence[str], second: Sequence[str]) -> bool:
    """Chips contradict only when both articles name chips and share none."""
    if not first or not second:
        return True
    return bool({c.casefold() for c in first} & {c.casefold() for c in second})


def _perm(bands: tuple[int, int]) -> int:
    """MinHash size for an LSH of ``bands`` × ``rows``: exactly the permutations it reads."""
    return bands[0] * bands[1]


def _copy_signatures(prints: Sequence[Fingerprint], shingles: Sequence[np.ndarray], options: StoryOptions):
    """(position, MinHash of its distinctive shingles) for each article that has some.

    A kept signature serves while the article's distinctive shingles are those it was
    made from: a phrase that became stock since changes them."""
    sources = [hashlib.blake2b(tokens.tobytes(), digest_size=16).digest() for tokens in shingles]
    wanted = [p for p, tokens in enumerate(shingles) if tokens.size]
    stale = [p for p in wanted if prints[p].copy_signature is None or prints[p].copy_source != sources[p]]
    for p, values in zip(stale, _hash_values((shingles[p] for p in stale), _perm(options.duplicate_bands))):
        prints[p].copy_signature, prints[p].copy_source, prints[p].changed = values, sources[p], True
    return [(p, prints[p].copy_signature) for p in wanted]


def _topic_signatures(prints: Sequence[Fingerprint], positions: list[int], options: StoryOptions):
    """(position, MinHash of its content words) for each of ``positions``, in order."""
    stale = [p for p in positions if prints[p].topic_signature is None]
    for p, values in zip(stale, _hash_values((prints[p].content for p in stale), _perm(options.topic_bands))):
        prints[p].topic_signature, prints[p].changed = values, True
    return [(p, prints[p].topic_signature) for p in positions]


def _hash_values(sets: Iterable[np.ndarray], num_perm: int) -> Iterator[np.ndarray]:
    """MinHash hash values of each set of token hashes (one set of permutations for all)."""
    return minhash.signatures(sets, num_perm, MINHASH_SEED)


def _estimate(first: np.ndarray, second: np.ndarray) -> float:
    """The Jaccard similarity that two MinHash signatures estimate (as datasketch's)."""
    return float(np.count_nonzero(first == second)) / float(first.size)


class _BandIndex:
    """MinHash LSH: the articles held whose signature equals a new one's in some band.

    It proposes what datasketch's MinHashLSH proposes, without its per-band Python work
    (a byte swap and a storage call for each band): a signature's bands are one numpy
    view of its hash values, taken whole as keys."""

    def __init__(self, bands: tuple[int, int]) -> None:
        self.rows = bands[1]
        self.buckets: list[dict[bytes, set[int]]] = [{} for _ in range(bands[0])]

    def query(self, signature: np.ndarray) -> set[int]:
        found: set[int] = set()
        for bucket, key in zip(self.buckets, self._bands(signature)):
            found.update(bucket.get(key, ()))
        return found

    def insert(self, position: int, signature: np.ndarray) -> None:
        for bucket, key in zip(self.buckets, self._bands(signature)):
            bucket.setdefault(key, set()).add(position)

    def _bands(self, signature: np.ndarray) -> list[bytes]:
        return np.ascontiguousarray(signature).view(f"V{signature.itemsize * self.rows}").tolist()


class _RecentBands:
    """The candidates a ``_BandIndex`` would propose, among the signatures of a time window.

    An index costs a Python step per band (128 for the topic signature) for each insert,
    query and removal; the articles of a few days are few, and numpy compares every band
    of them all in one step. (Its cost grows with the articles of the window: thousands
    dated the same few days would make an index cheaper again.) Articles arrive in date
    order and leave oldest first, so the window is a slice of one growing array of bands
    (rows ``start`` to ``end``), not a new stack of them for every query."""

    def __init__(self, bands: tuple[int, int]) -> None:
        self.rows = bands[1]
        self.positions: list[int] = []
        self.bands: np.ndarray | None = None
        self.start = 0

    def query(self, signature: np.ndarray) -> set[int]:
        end = len(self.positions)
        if self.start == end:
            return set()
        shared = (self.bands[self.start:end] == self._bands(signature)).any(axis=1)
        return {self.positions[self.start + i] for i in np.flatnonzero(shared)}

    def insert(self, position: int, signature: np.ndarray) -> None:
        bands = self._bands(signature)
        if self.bands is None:
            self.bands = np.empty((64, bands.size), dtype=bands.dtype)
        elif len(self.positions) == len(self.bands):
            self._make_room()
        self.bands[len(self.positions)] = bands
        self.positions.append(position)

    def remove_oldest(self) -> None:
        self.start += 1

    def _make_room(self) -> None:
        """Drop the rows that left the window; grow the array if it is still full."""
        held = len(self.positions) - self.start
        rows = self.bands if held < len(self.bands) // 2 else np.empty(
            (2 * len(self.bands), self.bands.shape[1]), dtype=self.bands.dtype)
        rows[:held] = self.bands[self.start:]
        self.bands, self.positions, self.start = rows, self.positions[self.start:], 0

    def _bands(self, signature: np.ndarray) -> np.ndarray:
        """Each band as one opaque value, so that a band is equal when all its rows are."""
        return np.ascontiguousarray(signature).view(f"V{signature.itemsize * self.rows}")


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
    return _sorted_unique((grams >> np.uint64(32)).astype(np.uint32))


def _content_words(words: Iterable[bytes]) -> np.ndarray:
    """Hashes of the distinct stemmed words that carry meaning, sorted and unique."""
    meaningful = [word for word in set(words) if len(word) > 1 and word not in STOPWORDS]
    return _sorted_unique(np.fromiter(map(_stem_hash, meaningful), dtype=np.uint32, count=len(meaningful)))


def _sorted_unique(values: np.ndarray) -> np.ndarray:
    """``np.unique(values)`` of a 1-D integer array: sorted, each value once. Without
    np.unique's check for a masked array, which imports numpy.ma (~15 ms of CPU in
    every story worker that fingerprints one article)."""
    values = np.sort(values)
    first = np.empty(values.size, dtype=bool)
    first[:1] = True
    np.not_equal(values[1:], values[:-1], out=first[1:])
    return values[first]


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
