"""Find the first of many whole-line regexes that a line matches, without trying them all.

The boilerplate vocabulary has hundreds of patterns, each matched against a whole line;
dozens start with ``.{0,600}`` ("a caption is any text ending in '(Photo: ...)'"), which
makes Python's ``re`` try the rest of the pattern at every position of every line. Most
patterns cannot match unless the line contains some literal text ("photo", "getty images",
"/"), so each pattern's required literals are read from its parsed form, and a pattern is
only tried on lines that contain one of them. Most of the other patterns start with literal
text ("share on ", "photo: "), and are only tried on lines that start with it; many of the
rest end with literal text ("... staff writer", "... icon"), and are only tried on lines
that end with it; no pattern is tried on a line that ends otherwise than its matches. And a
pattern that can only match, say, 5 to 60 characters is not tried on a paragraph of 300.
The answer is the same as matching the plain alternation of all patterns in their listed
order: the earliest-listed match wins.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import itertools
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from . import pattern_set
from .compiled_patterns import kept_analysis

try:  # The parser is private; without it every pattern is simply always tried.
    from re import _constants as sre_constants, _parser as sre_parser
except ImportError:  # pragma: no cover - other Python versions
    sre_constants = sre_parser = None

# Characters that case-insensitive ``re`` matches to ASCII letters although their
# ``str.lower()`` is not that letter (dotted/dotless i, long s, Kelvin sign): lines with
# them skip the literal shortcut, since a lowered line would hide the literal; so do lines
# holding a line break (a pattern's ``.`` stops there).
CASE_FOLD_SURPRISES = re.compile("[\u0130\u0131\u017f\u212a\n]")
COMMON_CHARACTERS = " etaoinsrhldcumfpgwyb,.vk"
"""Characters of English prose, most frequent first; any other one is rarer than these."""
FLOATING_REPEAT = 20  # a leading repeat this long makes a pattern worth gating
LENGTH_BANDS = (0, 200, 400)  # line lengths that share one alternation (see ``_anchored_for``)
MAX_ALTERNATIVES = 64  # literal spellings per pattern, beyond which a run is cut short
SHORT_LITERAL = 2  # literals this long or shorter are looked for one by one (``LiteralFinder``)
# A kept analysis serves only the code that made it (``compiled_patterns.kept_analysis``).
CODE_VERSION = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()


class LinePatterns:
    """Named groups of regexes; ``first_match`` names the group of the first (in listed
    order) regex that matches the whole line, case-insensitively.

    Patterns that start with a long wildcard are tried only on lines holding one of their
    literals (found in one scan of the lowered line), patterns that start with literal
    text only on lines that start with it (lowered), and of the others those that end
    with literal text only on lines that end with it: each alone, in listed order, and
    none on a line that does not end as it must (``literal_ends``). The others are tried
    together, as one alternation without capturing groups (``re`` saves
    every group at every alternative, which makes a wide alternation several times
    slower). ``re`` tries an alternation's branches one by one at the line's start, so
    every pattern in it costs every line a little: the 480 boilerplate patterns with a
    literal start cost a line more in the alternation than a few lookups of its first
    characters do. Either way a pattern whose shortest or longest match cannot be the
    line's length is left out.
    """

    def __init__(self, groups: dict[str, list[str]], flags: int = re.IGNORECASE) -> None:
        self._groups, self._flags = groups, flags
        patterns = tuple((name, tuple(listed)) for name, listed in groups.items())
        # What the parser tells of the patterns, kept from run to run while ingest runs.
        self.__dict__.update(kept_analysis(("LinePatterns", CODE_VERSION, pattern_set.CODE_VERSION, patterns, flags),
                                           functools.partial(_analyse, patterns, flags)))
        self._anchored_by_band: dict[int, re.Pattern[str]] = {}
        self._alone: dict[int, re.Pattern[str]] = {}  # compiled when first a line's candidate

    @functools.cached_property
    def _plain(self) -> re.Pattern[str]:
        """The alternation of all patterns, for the rare lines the shortcut cannot take."""
        return re.compile(
            "|".join(f"(?P<{name}>" + "|".join(f"(?:{p})" for p in patterns) + ")"
                     for name, patterns in self._groups.items()),
            self._flags,
        )

    def first_match(self, line: str) -> str | None:
        """The group name of the first pattern matching all of ``line``, or None."""
        if CASE_FOLD_SURPRISES.search(line):
            match = self._plain.fullmatch(line)
            return match.lastgroup if match else None
        match = self._anchored_for(len(line)).fullmatch(line)
        first = int(match.lastgroup[1:]) if match else len(self._names)
        for index in self._candidates(line, first):
            if self._pattern_alone(index).fullmatch(line):
                return self._names[index]
        return self._names[first] if match else None

    def _anchored_for(self, length: int) -> re.Pattern[str]:
        """The alternation of the patterns tried on every line, less those too short or
        too long to match ``length`` characters; compiled once per band of lengths.

        Each pattern loses its groups and gains an empty one at its end, named for its
        index: the group tells which pattern matched, and costs nothing until one has.
        """
        band = _band(length)
        if band not in self._anchored_by_band:
            fitting = self._fitting(self._anchored, band)
            alternation = "|".join(f"(?:{self._alternatives[index]})(?P<p{index}>)" for index in fitting)
            self._anchored_by_band[band] = re.compile(alternation or "(?!)", self._flags)
        return self._anchored_by_band[band]

    def _pattern_alone(self, index: int) -> re.Pattern[str]:
        """Pattern ``index`` for trying on its own: a gated one as listed, one tried at a
        literal start as the anchored alternation would hold it (``_alternative``)."""
        if index not in self._alone:
            self._alone[index] = re.compile(self._alternatives.get(index, self._listed[index][1]), self._flags)
        return self._alone[index]

    def _fitting(self, indices: Iterable[int], band: int) -> list[int]:
        """Those of ``indices`` whose patterns can match a line whose length is in ``band``."""
        low = LENGTH_BANDS[band]
        high = LENGTH_BANDS[band + 1] if band + 1 < len(LENGTH_BANDS) else sys.maxsize
        return [index for index in indices if self._widths[index][0] < high and self._widths[index][1] >= low]

    def _candidates(self, line: str, before: int) -> list[int]:
        """Patterns listed before ``before`` that can match all of ``line`` and that the
        lowercased line holds a literal of (gated ones) or starts with a beginning of
        (started ones), in listed order."""
        length = len(line)
        lowered = line.lower()
        found = {index for literal in self._literals.found_in(lowered) for index in self._gated_by_literal[literal]}
        by_start = self._started_by_start
        for end in range(1, min(length, self._longest_start) + 1):
            started = by_start.get(lowered[:end])
            if started:
                found.update(started)
        found.update(self._ended_by_last.get(lowered[-1:], ()))
        ends = self._ends
        return sorted(index for index in found
                      if index < before and self._widths[index][0] <= length <= self._widths[index][1]
                      and (ends[index] is None or lowered.endswith(ends[index])))


def _analyse(patterns: tuple[tuple[str, tuple[str, ...]], ...], flags: int) -> dict:
    """``LinePatterns``' attributes read from the parsed patterns: each one's group name,
    width, literal endings (``literal_ends``), required literals (for the long-wildcard
    ones) and the finder of those, the literal beginnings of the others (``line_starts``),
    and of the rest, those with literal endings by the last character of each ending."""
    listed = [(name, pattern) for name, group in patterns for pattern in group]
    parsed = [_parse(pattern, flags) for _, pattern in listed]
    required = [_required(list(tree)) if tree is not None and _floats(tree) else None for tree in parsed]
    gated_by_literal: dict[str, set[int]] = {}
    for index, literals in enumerate(required):
        for literal in literals or ():
            gated_by_literal.setdefault(literal, set()).add(index)
    ungated = [index for index, literals in enumerate(required) if literals is None]
    starts = {index: line_starts(listed[index][1], flags) for index in ungated}
    started_by_start: dict[str, list[int]] = {}
    for index in ungated:
        for start in starts[index] or ():
            started_by_start.setdefault(start, []).append(index)
    ends = [_literal_ends(list(tree)) if tree is not None else None for tree in parsed]
    unstarted = [index for index in ungated if starts[index] is None]
    ended_by_last: dict[str, set[int]] = {}
    for index in unstarted:
        for end in ends[index] or ():
            ended_by_last.setdefault(end[-1], set()).add(index)
    return {
        "_listed": listed,
        "_names": [name for name, _ in listed],
        "_widths": [tree.getwidth() if tree is not None else (0, sys.maxsize) for tree in parsed],
        "_ends": [tuple(sorted(found)) if found else None for found in ends],
        "_anchored": [index for index in unstarted if ends[index] is None],
        "_ended_by_last": {last: tuple(sorted(indices)) for last, indices in ended_by_last.items()},
        "_alternatives": {index: _alternative(listed[index][1], parsed[index]) for index in ungated},
        "_gated_by_literal": gated_by_literal,
        "_literals": LiteralFinder(gated_by_literal),
        "_started_by_start": started_by_start,
        "_longest_start": max(map(len, started_by_start), default=0),
    }


def line_starts(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """The literal texts (lowercased) one of which every match of ``pattern`` starts
    with (``pattern_set.literal_starts``), each cut before the first character that a
    lowered line might not show as it is (``_literal``: a cased letter outside ASCII);
    None when that cannot be told or one of them is cut to nothing."""
    starts = pattern_set.literal_starts(pattern, flags)
    if not starts:
        return None
    cut = frozenset(start[:next((at for at, char in enumerate(start) if _literal(char) is None), len(start))]
                    for start in starts)
    return None if "" in cut else cut


def literal_ends(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """The literal texts (lowercased) one of which every match of ``pattern`` ends
    with, or None when that cannot be told: a whole line it matches ends with one."""
    parsed = _parse(pattern, flags)
    return None if parsed is None else _literal_ends(list(parsed))


def _literal_ends(items) -> frozenset[str] | None:
    """The literal endings of a sequence of parsed items (``_read_back``), or None when
    they cannot be told or one of them is empty."""
    endings, _ = _read_back(items)
    return None if "" in endings else endings


def _read_back(items) -> tuple[frozenset[str], bool]:
    """(the endings of a sequence read from its last items back, True when it was read
    whole, so that they are all its spellings). Each item spelled a few literal ways is
    put before the endings found so far; the reading stops at the first item that is not,
    after putting its own endings there (a group's, a branch's, a repeat's that occurs at
    least once). Zero-width assertions end no text and are passed over."""
    c = sre_constants
    endings: frozenset[str] = frozenset({""})
    for op, value in reversed(items):
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue
        item_endings, whole = _item_endings(op, value)
        if item_endings is None or len(endings) * len(item_endings) > MAX_ALTERNATIVES:
            return endings, False
        endings = frozenset(a + b for a, b in itertools.product(item_endings, endings))
        if not whole:
            return endings, False
    return endings, True


def _item_endings(op, value) -> tuple[frozenset[str] | None, bool]:
    """(the endings of one item, True when they are all its spellings); None when one of
    them cannot be told. An item that is there once or not at all ("s?") ends as it does
    or as nothing, when it is spelled whole."""
    c = sre_constants
    if op is c.SUBPATTERN:
        return _read_back(list(value[-1]))
    if op is c.BRANCH:
        read = [_read_back(list(branch)) for branch in value[1]]
        if any("" in endings and not whole for endings, whole in read):
            return None, False
        return frozenset().union(*(endings for endings, _ in read)), all(whole for _, whole in read)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        endings, whole = _read_back(list(value[2]))
        if value[:2] == (0, 1) and whole:
            return endings | {""}, True
        return (None, False) if value[0] < 1 or "" in endings else (endings, False)
    spellings = _spellings(op, value)
    return spellings, spellings is not None


def _alternative(pattern: str, tree) -> str:
    """``pattern`` as written in an anchored alternation (``LinePatterns._anchored_for``):
    without its groups, and, when it opens on a lookahead that scans the whole line ("no
    'said' anywhere"), with the rest of it checked first (``_rest_first``). Written here,
    with the rest of the analysis, so that a run with kept analyses does not rewrite the
    hundreds of patterns of each length band it matches lines of."""
    plain = without_captures(pattern)
    return _rest_first(plain) if _opens_on_a_scan(pattern, tree) else plain


def _opens_on_a_scan(pattern: str, tree) -> bool:
    """True when ``pattern`` is a lookahead that scans the rest of the line
    (``(?!.*\\b(said|says)\\b)``, ``(?!.*'s )``) followed by the rest of the pattern, with
    no top-level alternative and no back reference (the rest is written twice by
    ``_rest_first``)."""
    if tree is None or not pattern.startswith(("(?=", "(?!")) or re.search(r"\\[1-9]|\(\?P=|\(\?\(", pattern):
        return False
    op, value = list(tree)[0]
    return (op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT) and value[0] == 1 and _floats(value[1])
            and "|" not in (char for _, char in _top_level(pattern)))


def _top_level(pattern: str) -> Iterator[tuple[int, str]]:
    """(index, character) of ``pattern``'s characters outside any group, class or escape,
    and of the ")" that closes each group at the top level."""
    depth, index, in_class = 0, 0, False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            index += len(re.match(r"\[\^?\]?", pattern[index:]).group())  # "[]" / "[^]": ']' is literal
            in_class = True
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                yield index, char  # the end of a group at the top level
        elif depth == 0:
            yield index, char
        index += 1


def _rest_first(pattern: str) -> str:
    """``pattern``, which opens on a lookahead scanning the line (``_opens_on_a_scan``),
    with a check that the rest of it can match the whole line put first: the same
    matches, but a line that the rest rules out (most lines: "… icon", "… is written by
    …") is not scanned for the lookahead."""
    lookahead_end = next(index for index, char in _top_level(pattern) if char == ")") + 1
    rest = pattern[lookahead_end:]
    return f"(?=(?:{rest})\\Z){pattern}"


def _band(length: int) -> int:
    """The index in ``LENGTH_BANDS`` of the band holding ``length``."""
    return bisect.bisect_right(LENGTH_BANDS, length) - 1


class GatedSearch:
    """A regex whose ``search`` skips texts holding none of the literals that every match
    contains (``required_literals``), lowercased: the same answers, for far less work
    where the regex has no literal start and ``re`` would try every position of a long
    line ("a caption marker anywhere in the line"). Without such literals, or in a text
    whose lowercase could hide one (``CASE_FOLD_SURPRISES``), it searches as usual."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        literals = required_literals(pattern.pattern, pattern.flags)
        # a literal holding a shorter one is found whenever that one is: only the shorter is checked
        self._literals = literals and sorted(a for a in literals if not any(b != a and b in a for b in literals))

    def search(self, text: str) -> re.Match[str] | None:
        if self._literals and not CASE_FOLD_SURPRISES.search(text):
            lowered = text.lower()
            for literal in self._literals:  # a loop, not ``any()`` over a generator: this runs on most lines
                if literal in lowered:
                    break
            else:
                return None
        return self.pattern.search(text)


class LiteralGate:
    """A compiled regex whose ``search``, ``finditer``, ``findall``, ``split`` and ``sub``
    skip a text holding none of the literals one of which every match contains
    (``required_literals``, chosen for ``in`` checks: ``_substring_selectivity``): the
    same answers, without ``re`` trying the pattern at every position of a text that
    cannot hold a match. Literals with letters are looked for in the lowercased text,
    and a text whose lowercase could hide one (``CASE_FOLD_SURPRISES``) is always
    matched; a pattern without such literals always is."""

    def __init__(self, compiled: re.Pattern[str]) -> None:
        self.compiled = compiled
        literals = kept_analysis(("LiteralGate", CODE_VERSION, compiled.pattern, compiled.flags),
                                 lambda: required_literals(compiled.pattern, compiled.flags, _substring_selectivity)) or ()
        # a literal holding a shorter one is found whenever that one is: only the shorter is checked
        self.literals = tuple(sorted(a for a in literals if not any(b != a and b in a for b in literals)))
        self._cased = any(char.lower() != char.upper() for literal in self.literals for char in literal)

    def may_match(self, text: str) -> bool:
        """False only when ``text`` holds none of the literals: no match can be in it."""
        if not self.literals:
            return True
        if self._cased:
            text = _lowered(text)
            if text is None:
                return True
        for literal in self.literals:  # a loop, not ``any()`` over a generator: this runs on most lines
            if literal in text:
                return True
        return False

    def __getattr__(self, name: str):
        """Everything else (``pattern``, ``flags``, ``match`` ...) is the compiled regex's."""
        return getattr(self.compiled, name)

    def search(self, text: str, *span: int) -> re.Match[str] | None:
        return self.compiled.search(text, *span) if self.may_match(text) else None

    def finditer(self, text: str, *span: int) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text, *span) if self.may_match(text) else iter(())

    def findall(self, text: str, *span: int) -> list:
        return self.compiled.findall(text, *span) if self.may_match(text) else []

    def split(self, text: str, maxsplit: int = 0) -> list[str]:
        return self.compiled.split(text, maxsplit) if self.may_match(text) else [text]

    def sub(self, replacement, text: str, count: int = 0) -> str:
        return self.compiled.sub(replacement, text, count) if self.may_match(text) else text


_last_lowered: list[tuple[str, str | None]] = [("", "")]
"""The one text cased gates were last asked about, with what ``_lowered`` made of it."""


def _lowered(text: str) -> str | None:
    """``text`` lowercased for cased gates' literals, or None when its lowercase could hide
    one (``CASE_FOLD_SURPRISES``). Kept for the last text (by identity): several gates in a
    row are asked about one line or sentence (a stance sentence's dated, antecedent and
    elapsed clauses, its charge, its "since"), and one lowering serves them all."""
    last, lowered = _last_lowered[0]
    if last is not text:
        lowered = None if CASE_FOLD_SURPRISES.search(text) else text.lower()
        _last_lowered[0] = (text, lowered)
    return lowered


class LiteralFinder:
    """Which of many literal texts occur in a (lowercased) line, in one quick scan.

    A trie regex of the literals stops at almost every character of a line, since between
    them they start with most letters and the space, and ``re`` tries a branch at each stop.
    So the scan looks for each literal from its least common character on, and checks the
    whole literal with a lookbehind where that part ends: ``"ap"`` is ``p(?<=ap)``, ``" by "``
    is ``by (?<= by )``. A regex whose every branch opens with a literal character lets ``re``
    skip in C to the next of those (rarer) characters, so the scan stops a few times per
    line instead of at every character, and Python sees only the literals that are there.
    Literals of one or two characters ("." ", " "-") occur in most lines, and each
    occurrence would be a stop: they are looked for with ``in`` instead, once each.
    """

    def __init__(self, literals: Iterable[str]) -> None:
        literals = list(literals)
        self._short = [literal for literal in literals if len(literal) <= SHORT_LITERAL]
        tails: dict[str, list[tuple[str, int]]] = {}
        for literal in (literal for literal in literals if len(literal) > SHORT_LITERAL):
            offset = rarest_offset(literal)
            tails.setdefault(literal[offset:], []).append((literal, offset))
        self._scan = re.compile(_rare_character_scan(tails)) if tails else None
        # A scan match is the longest tail of a literal found there; shorter tails that
        # are its prefixes may have their literal there too, which ``found_in`` checks.
        self._by_found = {
            found: [entry for end in range(1, len(found) + 1) for entry in tails.get(found[:end], ())]
            for found in tails
        }

    def found_in(self, text: str) -> set[str]:
        """The literals that occur in ``text`` (overlapping ones included)."""
        found = {literal for literal in self._short if literal in text}
        position = 0
        while self._scan and (match := self._scan.search(text, position)):  # every start
            start = match.start()
            for literal, offset in self._by_found[match.group()]:
                if start >= offset and text.startswith(literal, start - offset):
                    found.add(literal)
            position = start + 1
        return found


def _rare_character_scan(tails: dict[str, list[tuple[str, int]]]) -> str:
    """A trie regex of the tails; where a tail ends, a lookbehind checks that its whole
    literal is there. Longer tails are tried first, so a match is the longest found."""
    root: dict = {}
    for tail, entries in tails.items():
        node = root
        for char in tail:
            node = node.setdefault(char, {})
        node.setdefault("", set()).update(literal for literal, offset in entries if offset)
        if any(offset == 0 for _, offset in entries):
            node[""].add("")  # the tail is the whole literal: nothing to look behind for
    return _emit_trie(root)


def _emit_trie(node: dict) -> str:
    branches = [re.escape(char) + _emit_trie(child) for char, child in sorted(node.items()) if char]
    ends = [f"(?<={re.escape(literal)})" if literal else "" for literal in sorted(node.get("", ()), reverse=True)]
    alternatives = branches + ends
    return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"


def rarest_offset(literal: str) -> int:
    """Where the least common character of ``literal`` is (the first, on a tie)."""
    return max(range(len(literal)), key=lambda index: _rarity(literal[index]), default=0)


def _rarity(char: str) -> int:
    common = COMMON_CHARACTERS.find(char)
    return len(COMMON_CHARACTERS) if common < 0 else common


def without_captures(pattern: str) -> str:
    """``pattern`` with its groups made non-capturing: the same matches, found faster in
    a wide alternation. Unchanged when it refers back to a group (``\\1``, ``(?P=x)``)."""
    if re.search(r"\\[1-9]|\(\?P=|\(\?\(", pattern):
        return pattern
    out, index, in_class = [], 0, False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            out.append(pattern[index : index + 2])
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            opening = re.match(r"\[\^?\]?", pattern[index:]).group()  # "[]" / "[^]": ']' is literal
            out.append(opening)
            index += len(opening)
            continue
        elif char == "(" and pattern.startswith("(?P<", index):
            out.append("(?:")
            index = pattern.index(">", index) + 1
            continue
        elif char == "(" and not pattern.startswith("(?", index):
            out.append("(?:")
            index += 1
            continue
        out.append(char)
        index += 1
    return "".join(out)


def floats(pattern: str, flags: int = 0) -> bool:
    """True when ``pattern`` starts with a long run of any characters (``.{0,600}``), so
    that a failing match tries the rest of it at every position: the costly kind."""
    parsed = _parse(pattern, flags)
    return parsed is not None and _floats(parsed)


def _floats(parsed) -> bool:
    for op, value in parsed:
        if op in (sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            continue
        return op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT) and value[1] >= FLOATING_REPEAT
    return False


def required_literals(pattern: str, flags: int = 0, prefer=None) -> frozenset[str] | None:
    """Lowercased texts one of which every match of ``pattern`` contains, or None when
    no such literal can be told (the pattern must then be tried on every line).
    Of several such sets, the best by ``prefer`` (default ``_selectivity``)."""
    parsed = _parse(pattern, flags)
    return None if parsed is None else _required(list(parsed), prefer or _selectivity)


def _parse(pattern: str, flags: int):
    """The parsed form of ``pattern`` (a sequence of (op, value) items that also knows
    the shortest and longest text it matches), or None."""
    if sre_parser is None:
        return None
    try:
        return sre_parser.parse(pattern, flags)
    except re.error:
        return None


def _required(items, prefer=None) -> frozenset[str] | None:
    """The best literal set of a sequence: a run of literal items, or one inner item's."""
    prefer = prefer or _selectivity
    options = [run for run in _literal_runs(items) if run]
    for op, value in items:
        inner = _required_in_item(op, value, prefer)
        if inner:
            options.append(inner)
    return max(options, key=prefer, default=None)


def _selectivity(literals: frozenset[str]) -> tuple[int, int, int]:
    """Rare characters first (the scan for literals stops at each one), then length."""
    weakest = min(_rarity(literal[rarest_offset(literal)]) if literal else -1 for literal in literals)
    return weakest, min(len(literal) for literal in literals), -len(literals)


def _substring_selectivity(literals: frozenset[str]) -> tuple:
    """For literals looked for with ``in`` (``LiteralGate``): the longer the shortest of
    them, the fewer texts hold one ("condition", not "of"); then the fewer, then rarer."""
    return min(len(literal) for literal in literals), -len(literals), _selectivity(literals)


def _required_in_item(op, value, prefer=None) -> frozenset[str] | None:
    c = sre_constants
    if op is c.SUBPATTERN:
        return _required(list(value[-1]), prefer)
    if op is c.BRANCH:
        branches = [_required(list(branch), prefer) for branch in value[1]]
        return None if not all(branches) else frozenset().union(*branches)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and value[0] >= 1:
        return _required(list(value[2]), prefer)
    if op is c.ATOMIC_GROUP:
        return _required(list(value), prefer)
    return None


def _literal_runs(items) -> list[frozenset[str]]:
    """Each maximal run of adjacent items that spell one of a few literal texts."""
    runs: list[frozenset[str]] = []
    current: frozenset[str] = frozenset({""})
    for op, value in items:
        spellings = _spellings(op, value)
        if spellings is None or len(current) * len(spellings) > MAX_ALTERNATIVES:
            runs.append(current)
            current = frozenset({""}) if spellings is None else spellings
            continue
        current = frozenset(a + b for a, b in itertools.product(current, spellings))
    runs.append(current)
    return [run for run in runs if "" not in run]


def _spellings(op, value) -> frozenset[str] | None:
    """The texts an item matches when they are few and literal (``\\b`` matches ``""``)."""
    c = sre_constants
    if op is c.LITERAL:
        return _literal(chr(value))
    if op is c.AT:
        return frozenset({""})
    if op is c.IN and value and all(item_op is c.LITERAL for item_op, _ in value):
        chars = [_literal(chr(char)) for _, char in value]
        return None if None in chars else frozenset().union(*chars)
    if op is c.SUBPATTERN:
        return _sequence_spellings(list(value[-1]))
    if op is c.BRANCH:
        branches = [_sequence_spellings(list(branch)) for branch in value[1]]
        return None if None in branches else frozenset().union(*branches)
    return None


def _sequence_spellings(items) -> frozenset[str] | None:
    current = frozenset({""})
    for op, value in items:
        spellings = _spellings(op, value)
        if spellings is None or len(current) * len(spellings) > MAX_ALTERNATIVES:
            return None
        current = frozenset(a + b for a, b in itertools.product(current, spellings))
    return current


def _literal(char: str) -> frozenset[str] | None:
    """``char`` lowercased, if a lowered line holding a match is sure to show it."""
    if char.isascii() or (char.lower() == char == char.upper()):
        return frozenset({char.lower()})
    return None

