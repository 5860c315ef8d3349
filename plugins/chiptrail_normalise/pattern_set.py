"""Match many vocabulary regexes against a text in one fast pass.

A single alternation of fifty cue regexes makes Python's ``re`` try every branch at
every word, which is too slow for hundreds of articles a second. Almost every cue starts
with literal letters ("resum", "green", "ban"), so we first find the places where one of
those beginnings occurs — with a lowercase trie regex, which ``re`` scans quickly — and
try there only the patterns that can start with what was found. The result is the same
as scanning with the full alternation: leftmost matches, non-overlapping, the
earlier-listed pattern winning a tie. A pattern without a literal beginning simply turns
the shortcut off.

Finding the beginnings costs most where the trie regex opens with ``\b``: ``re`` asks
Unicode about both neighbours of every position. But a word starts at the start of the
text or after a non-word character, so in a text whose non-word characters are all
listed (ASCII's, and the typographic quotes and dashes pages are full of) the scan skips
from one listed character to the next by table lookup, and finds the same beginnings.
"""

from __future__ import annotations

import functools
import re
from typing import Iterator

try:  # The parser is private; without it we lose only speed, never matches.
    from re import _constants as sre_constants, _parser as sre_parser
except ImportError:  # pragma: no cover - other Python versions
    sre_constants = sre_parser = None

MAX_TRIGGER = 6
TYPOGRAPHIC_BREAKS = (  # no-break space, guillemets, middle dot, ©, ®, °, £, €, ™, dashes, quotes, bullet, …
    "\u00a0\u00ab\u00b7\u00bb\u00a9\u00ae\u00b0\u00a3\u20ac\u2122"
    "\u2010\u2011\u2012\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2022\u2026\u2039\u203a"
)
WORD_BREAKS = "".join(chr(code) for code in range(128) if not re.match(r"\w", chr(code))) + TYPOGRAPHIC_BREAKS
"""Non-word characters a word may follow that the fast scan for beginnings looks for."""
UNLISTED_CHARACTER = re.compile(f"[^\\x00-\\x7f{TYPOGRAPHIC_BREAKS}]")


class PatternSet:
    """Named regexes matched together; ``finditer`` yields matches whose ``lastgroup``
    is the name of the pattern that matched."""

    def __init__(self, named: dict[str, str], flags: int = re.IGNORECASE) -> None:
        self._named, self._flags = dict(named), flags
        self._starts = {name: literal_starts(pattern, flags) for name, pattern in named.items()}
        starts = list(self._starts.values())
        usable = bool(starts) and all(s and "" not in s for s in starts)
        triggers = set().union(*starts) if usable else set()
        self._trie = trie_pattern(triggers) if triggers else None
        self._by_trigger: dict[str, re.Pattern] = {}

    def finditer(self, text: str) -> Iterator[re.Match]:
        lowered = text.lower()
        if self._trie is None or len(lowered) != len(text):
            yield from self._everywhere.finditer(text)
            return
        end = 0
        for start, found in self._triggers_in(lowered):
            if start < end:
                continue
            match = (self._by_trigger.get(found) or self._patterns_starting(found)).match(text, start)
            if match is not None and match.end() > start:
                end = match.end()
                yield match

    def _triggers_in(self, lowered: str) -> Iterator[tuple[int, str]]:
        """(start, text) of each match of ``self._trigger`` in ``lowered``, in order.

        Where a text's non-word characters are all ``WORD_BREAKS``, a trigger at a word
        boundary is one right after one of them, or after the space put before the
        text: the scan looks ahead for triggers after each (overlapping ones included)
        and keeps those that ``finditer`` would find, each from where the last one ended."""
        after_break = self._trigger_after_break
        if after_break is None or not _breaks_are_listed(lowered):
            for trigger in self._trigger.finditer(lowered):
                yield trigger.start(), trigger.group()
            return
        trigger_end = 0
        for hit in after_break.finditer(" " + lowered):
            start = hit.start(1) - 1
            if start >= trigger_end:
                found = hit.group(1)
                trigger_end = start + len(found)
                yield start, found

    @functools.cached_property
    def _trigger(self) -> re.Pattern:
        """The triggers at a word boundary (compiled when first needed)."""
        return re.compile(r"\b" + self._trie)

    @functools.cached_property
    def _trigger_after_break(self) -> re.Pattern | None:
        """A trigger after a listed word break; None when some trigger starts with a
        non-word character (``\\b`` before it means a word character before it)."""
        if any(not re.match(r"\w", start[0]) for starts in self._starts.values() for start in starts):
            return None
        return re.compile(f"[{re.escape(WORD_BREAKS)}](?=({self._trie}))")

    @functools.cached_property
    def _everywhere(self) -> re.Pattern:
        """The plain alternation, for texts the shortcut cannot take (compiled if needed)."""
        return re.compile(rf"\b(?:{_alternation(self._named)})", self._flags)

    def search(self, text: str) -> re.Match | None:
        return next(self.finditer(text), None)

    def _patterns_starting(self, found: str) -> re.Pattern:
        """The alternation (in the original order) of the patterns that may start with
        ``found``, the longest literal beginning the trigger matched; compiled once."""
        if found not in self._by_trigger:
            named = {name: pattern for name, pattern in self._named.items()
                     if any(found.startswith(start) for start in self._starts[name])}
            self._by_trigger[found] = re.compile(f"(?:{_alternation(named)})", self._flags)
        return self._by_trigger[found]


def _breaks_are_listed(text: str) -> bool:
    """True when every non-word character of ``text`` is one of ``WORD_BREAKS``."""
    if text.isascii():
        return True
    return all(char.isalnum() or char == "_" for char in set(UNLISTED_CHARACTER.findall(text)))


def _alternation(named: dict[str, str]) -> str:
    return "|".join(f"(?P<{name}>{pattern})" for name, pattern in named.items())


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
