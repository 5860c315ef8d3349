"""Match many vocabulary regexes against a text in one fast pass.

A single alternation of fifty cue regexes makes Python's ``re`` try every branch at
every word, which is too slow for hundreds of articles a second. Almost every cue starts
with literal letters ("resum", "green", "ban"), so we first find the places where one of
those beginnings occurs — with a lowercase trie regex, which ``re`` scans quickly — and
try there only the patterns that can start with what was found (at every place, also one
inside a beginning found before it, whose patterns may all fail there). The result is the same
as scanning with the full alternation: leftmost matches, non-overlapping, the
earlier-listed pattern winning a tie. Patterns without a literal beginning ("\b[a-z]+ed,
...") are scanned for together, as their own alternation, and the two scans are merged:
the earlier match wins, and at one place the earlier-listed pattern. (One that can match
empty text turns the shortcut off.)

A pattern that starts with a word character matches only where no ASCII letter, digit or
underscore stands before it (``WORD_START``), rather than at a word boundary (``\b``):
Chinese text glues Latin names to its own characters, which are word characters too
("英伟达H20芯片" names the H20). A pattern starting with another character keeps ``\b``.
Finding the word starts is then a scan from one character that is not an ASCII word
character to the next, which ``re`` skips to by table lookup.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from .compiled_patterns import kept_analysis

try:  # The parser is private; without it we lose only speed, never matches.
    from re import _constants as sre_constants, _parser as sre_parser
except ImportError:  # pragma: no cover - other Python versions
    sre_constants = sre_parser = None

MAX_TRIGGER = 6
# A kept analysis serves only the code that made it (``compiled_patterns.kept_analysis``).
CODE_VERSION = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()
WORD_START = r"(?-i:(?<![A-Za-z0-9_]))"
"""Where a pattern starting with a word character may match (see the module's docstring);
an ASCII letter in any case, not the Kelvin sign or a long s that ``re.IGNORECASE`` also takes."""
LOWERS_TO_ASCII = "\u212a"  # the Kelvin sign, whose lowercase is "k": the lowered text would hide a start


class PatternSet:
    """Named regexes matched together; ``finditer`` yields matches whose ``lastgroup``
    is the name of the pattern that matched."""

    def __init__(self, named: dict[str, str], flags: int = re.IGNORECASE) -> None:
        self._named, self._flags = dict(named), flags
        # What the parser tells of each pattern's beginnings, kept from run to run while ingest runs.
        self._analysis_key = ("PatternSet", CODE_VERSION, tuple(named.items()), flags)
        self._starts = kept_analysis(self._analysis_key,
                                     lambda: {name: literal_starts(pattern, flags) for name, pattern in named.items()})
        # Patterns with a literal beginning are found from their triggers; the others
        # ("unstarted") by a scan of their own, unless one can match empty text.
        self._gated = {name: starts for name, starts in self._starts.items() if starts and "" not in starts}
        unstarted = [name for name in named if name not in self._gated]
        usable = bool(self._gated) and not any(_may_match_empty(named[name], flags) for name in unstarted)
        triggers = set().union(*self._gated.values()) if usable else set()
        self._triggered = bool(triggers)  # else every text is scanned with the plain alternation
        self._unstarted = unstarted if usable else []
        self._rank = {name: index for index, name in enumerate(named)}
        self._by_trigger: dict[str, re.Pattern] = {}

    def finditer(self, text: str) -> Iterator[re.Match]:
        lowered = text.lower()
        if not self._triggered or len(lowered) != len(text) or LOWERS_TO_ASCII in text:
            yield from self._everywhere.finditer(text)
            return
        if self._unstarted:
            yield from self._merged(text, lowered)
            return
        end = 0
        for start, found in self._triggers_in(lowered):
            if start < end:
                continue
            match = (self._by_trigger.get(found) or self._patterns_starting(found)).match(text, start)
            if match is not None and match.end() > start:
                end = match.end()
                yield match

    def _merged(self, text: str, lowered: str) -> Iterator[re.Match]:
        """``finditer`` where some patterns have no literal beginning: the next match of
        the triggered patterns and the next of the unstarted ones (``_unstarted_scan``),
        from where the last match ended; the earlier one wins, and where both start at
        one place, the pattern listed first, as in the plain alternation."""
        triggers = iter(self._triggers_in(lowered))
        scan, rank = self._unstarted_scan, self._rank
        end, triggered, unstarted = 0, None, None
        while True:
            if triggered is None or triggered.start() < end:
                triggered = self._next_triggered(triggers, text, end)
            if unstarted is None or unstarted.start() < end:
                unstarted = scan.search(text, end)
            if triggered is None and unstarted is None:
                return
            if unstarted is None or (triggered is not None and (
                    triggered.start(), rank[triggered.lastgroup]) < (unstarted.start(), rank[unstarted.lastgroup])):
                match = triggered
            else:
                match = unstarted
            end = match.end()
            yield match

    def _next_triggered(self, triggers: Iterator[tuple[int, str]], text: str, end: int) -> re.Match | None:
        """The first match of a triggered pattern at one of ``triggers`` from ``end`` on."""
        for start, found in triggers:
            if start < end:
                continue
            match = (self._by_trigger.get(found) or self._patterns_starting(found)).match(text, start)
            if match is not None and match.end() > start:
                return match
        return None

    @functools.cached_property
    def _unstarted_scan(self) -> re.Pattern:
        """The alternation, in listed order, of the patterns without a literal beginning."""
        unstarted = {name: self._named[name] for name in self._unstarted}
        return re.compile(_alternation(unstarted, self._boundaries), self._flags)

    def _triggers_in(self, lowered: str) -> list[tuple[int, str]]:
        """(start, text) of each trigger in ``lowered``, in order: where its patterns may
        start, a word-character one at a ``WORD_START``, any other at a word boundary.

        Every trigger is listed, also one that starts inside another found before it:
        the patterns of the first may all fail where one of the second's matches ("anti-d"
        of "anti-dumping duties" before "dumping"). Where every trigger starts with a word
        character, one is found right after a character that is not an ASCII word
        character, or after the space put before the text; otherwise the scan looks ahead
        at every place (``boundary_scan``). A list, made in one go: a generator's
        resumption per trigger cost more than the scan (texts are sentences, and most of
        their triggers are tried)."""
        scan = self._ascii_trigger_scan if lowered.isascii() else self._trigger_scan
        if scan is None:
            return []
        pattern, after_break = scan
        if not after_break:
            return [(trigger.start(), trigger.group(1)) for trigger in pattern.finditer(lowered)]
        return [(hit.start(1) - 1, hit.group(1)) for hit in pattern.finditer(" " + lowered)]

    @functools.cached_property
    def _trigger_scan(self) -> tuple[re.Pattern, bool] | None:
        """The scan for every trigger (``trigger_scan_source``), compiled when first needed."""
        return self._kept_scan("every trigger", lambda: set().union(*self._gated.values()))

    @functools.cached_property
    def _ascii_trigger_scan(self) -> tuple[re.Pattern, bool] | None:
        """The scan for triggers in ASCII text (most English paragraphs): only the triggers
        written in ASCII can occur there, so a scan for those alone finds the same. It is
        much faster: ``re`` tries a trie's branches one by one, and the Chinese, Japanese
        and Korean cues of a vocabulary can be most of its branches."""
        return self._kept_scan("ASCII triggers", lambda: {trigger for starts in self._gated.values()
                                                          for trigger in starts if trigger.isascii()})

    def _kept_scan(self, kind: str, triggers: Callable[[], set[str]]) -> tuple[re.Pattern, bool] | None:
        """The scan for ``triggers()`` (``trigger_scan_source``), its text kept from run
        to run while ingest runs: the trie of a vocabulary's thousands of triggers took up
        to 20 ms of a one-file ingest to write out, and depends on nothing but the patterns."""
        source = kept_analysis((*self._analysis_key, kind), lambda: trigger_scan_source(triggers()))
        return None if source is None else (re.compile(source[0]), source[1])

    @functools.cached_property
    def _everywhere(self) -> re.Pattern:
        """The plain alternation, for texts the shortcut cannot take (compiled if needed)."""
        return re.compile(_alternation(self._named, self._boundaries), self._flags)

    @functools.cached_property
    def _boundaries(self) -> dict[str, str]:
        """What must stand before each pattern: ``WORD_START`` before one whose every
        beginning is a word character, else a word boundary."""
        return {name: WORD_START if starts and all(_starts_a_word(start) for start in starts) else r"\b"
                for name, starts in self._starts.items()}

    def search(self, text: str) -> re.Match | None:
        return next(self.finditer(text), None)

    def _patterns_starting(self, found: str) -> re.Pattern:
        """The alternation (in the original order) of the patterns that may start with
        ``found``, the longest literal beginning the trigger matched: those with a
        beginning that ``found`` starts with; compiled once."""
        if found not in self._by_trigger:
            by_start = self._names_by_start
            names = {name for end in range(1, len(found) + 1) for name in by_start.get(found[:end], ())}
            named = {name: pattern for name, pattern in self._named.items() if name in names}
            self._by_trigger[found] = re.compile(f"(?:{_alternation(named)})", self._flags)
        return self._by_trigger[found]

    @functools.cached_property
    def _names_by_start(self) -> dict[str, list[str]]:
        """The names of the patterns with a literal beginning, by each beginning: looked up
        per trigger found, instead of testing every beginning of every pattern (CUE's
        4,926) against it, which cost a third of a millisecond per trigger."""
        by_start: dict[str, list[str]] = {}
        for name, starts in self._gated.items():
            for start in starts:
                by_start.setdefault(start, []).append(name)
        return by_start


def trigger_scan_source(triggers: set[str]) -> tuple[str, bool] | None:
    """The regex (as text) finding ``triggers`` where their patterns may start, and
    whether it is the scan after a break (``PatternSet._triggers_in``), which it is when
    every trigger starts with a word character: a trigger then starts after a character
    that is not an ASCII word character. Otherwise the ``boundary_scan``. None for no
    triggers. Text, so that ``PatternSet._kept_scan`` can keep it from run to run."""
    if not triggers:
        return None
    if all(_starts_a_word(trigger) for trigger in triggers):
        return f"[^a-z0-9_](?=({trie_pattern(triggers)}))", True
    return _boundary_scan_source(triggers), False


def boundary_scan(triggers: set[str]) -> re.Pattern:
    """The regex finding ``triggers`` where their patterns may start: a word-character one
    at a ``WORD_START``, any other at a word boundary. It looks ahead (the trigger is its
    group 1), so that it finds one starting inside another too."""
    return re.compile(_boundary_scan_source(triggers))


def _boundary_scan_source(triggers: set[str]) -> str:
    wordy = {trigger for trigger in triggers if _starts_a_word(trigger)}
    scans = [f"{WORD_START}{trie_pattern(wordy)}" if wordy else "",
             rf"\b{trie_pattern(triggers - wordy)}" if triggers - wordy else ""]
    return "(?=(" + "|".join(f"(?:{scan})" for scan in scans if scan) + "))"


def _may_match_empty(pattern: str, flags: int) -> bool:
    """True unless ``pattern`` surely matches at least one character."""
    if sre_parser is None:
        return True
    try:
        return sre_parser.parse(pattern, flags).getwidth()[0] == 0
    except re.error:
        return True


def _starts_a_word(start: str) -> bool:
    return re.match(r"\w", start[:1]) is not None


def _alternation(named: dict[str, str], boundaries: dict[str, str] | None = None) -> str:
    return "|".join(f"{(boundaries or {}).get(name, '')}(?P<{name}>{pattern})" for name, pattern in named.items())


def literal_starts(pattern: str, flags: int = 0) -> set[str] | None:
    """The literal text every match of ``pattern`` starts with, one entry per alternative
    (lowercased, at most ``MAX_TRIGGER`` long); ``None`` when that cannot be told."""
    if sre_parser is None:
        return None
    try:
        parsed = sre_parser.parse(pattern, flags)
    except re.error:
        return None
    starts = {prefix for prefix, _ in _starts(list(parsed), {("", True)})}
    return starts or None


def _starts(items, heads: set[tuple[str, bool]]) -> set[tuple[str, bool]]:
    """Extend each (prefix, still-open) head over a parsed sequence of regex items."""
    for op, value in items:
        if not any(is_open and len(prefix) < MAX_TRIGGER for prefix, is_open in heads):
            break
        heads = _step(op, value, heads)
    return heads


def _step(op, value, heads):
    c = sre_constants
    if op is c.LITERAL:
        return {(p + chr(value).lower(), True) if o and len(p) < MAX_TRIGGER else (p, False)
                for p, o in heads}
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return heads
    if op is c.IN and all(item_op is c.LITERAL for item_op, _ in value):
        return set().union(*(_step(c.LITERAL, char, heads) for _, char in value))
    if op is c.SUBPATTERN:
        return _starts(list(value[-1]), heads)
    if op is c.BRANCH:
        return set().union(*(_starts(list(branch), heads) for branch in value[1]))
    if op in (c.MAX_REPEAT, c.MIN_REPEAT) and value[0] == 0:
        once = _starts(list(value[2]), heads)
        if value[1] != 1:  # after one of several repeats the text is open again
            once = {(p, False) for p, _ in once}
        return once | heads
    if op in (c.MAX_REPEAT, c.MIN_REPEAT):
        return {(p, False) for p, _ in _starts(list(value[2]), heads)}
    return {(p, False) for p, _ in heads}


def longest_first(words, measure=len) -> list[str]:
    """``words`` longest first, so an alternation tries ``Sept`` before ``Sep``; ties in
    alphabetical order, so a set gives the same pattern text in every process (and the
    compiled-pattern store of ``compiled_patterns`` finds it again)."""
    return sorted(words, key=lambda word: (-measure(word), word))


def trie_pattern(words: set[str]) -> str:
    """A regex matching any of ``words``, factored by common beginnings so it scans fast."""
    root: dict = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _emit(root)


def _emit(node: dict) -> str:
    branches = [re.escape(char) + _emit(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body
