"""Find the first of many whole-line regexes that a line matches, without trying them all.

The boilerplate vocabulary has hundreds of patterns, each matched against a whole line;
dozens start with ``.{0,600}`` ("a caption is any text ending in '(Photo: ...)'"), which
makes Python's ``re`` try the rest of the pattern at every position of every line. Most
patterns cannot match unless the line contains some literal text ("photo", "getty images",
"/"), so each pattern's required literals are read from its parsed form, and a pattern is
only tried on lines that contain one of them. The answer is the same as matching the plain
alternation of all patterns in their listed order: the earliest-listed match wins.
"""

from __future__ import annotations

import functools
import itertools
import re

from .pattern_set import trie_pattern

try:  # The parser is private; without it every pattern is simply always tried.
    from re import _constants as sre_constants, _parser as sre_parser
except ImportError:  # pragma: no cover - other Python versions
    sre_constants = sre_parser = None

# Characters that case-insensitive ``re`` matches to ASCII letters although their
# ``str.lower()`` is not that letter (dotted/dotless i, long s, Kelvin sign): lines with
# them skip the literal shortcut, since a lowered line would hide the literal.
CASE_FOLD_SURPRISES = frozenset("\u0130\u0131\u017f\u212a")
FLOATING_REPEAT = 20  # a leading repeat this long makes a pattern worth gating
MAX_ALTERNATIVES = 64  # literal spellings per pattern, beyond which a run is cut short


class LinePatterns:
    """Named groups of regexes; ``first_match`` names the group of the first (in listed
    order) regex that matches the whole line, case-insensitively.

    Patterns that start with a long wildcard are tried only on lines holding one of their
    literals (found in one scan of the lowered line); the others are tried together,
    first without capturing groups (``re`` saves every group at every alternative, which
    makes a wide alternation several times slower), and only when one of them matches,
    again with a group per pattern to tell which.
    """

    def __init__(self, groups: dict[str, list[str]], flags: int = re.IGNORECASE) -> None:
        self._groups, self._flags = groups, flags
        listed = [(name, pattern) for name, patterns in groups.items() for pattern in patterns]
        self._names = [name for name, _ in listed]
        required = [required_literals(pattern, flags) if floats(pattern, flags) else None
                    for _, pattern in listed]
        anchored = [index for index, literals in enumerate(required) if literals is None]
        self._anchored_any = re.compile(
            "|".join(f"(?:{without_captures(listed[index][1])})" for index in anchored) or "(?!)", flags
        )
        self._anchored_named = "|".join(f"(?P<p{index}>{listed[index][1]})" for index in anchored)
        self._gated = {index: re.compile(listed[index][1], flags)
                       for index, literals in enumerate(required) if literals is not None}
        gates: dict[str, set[int]] = {}
        for index, literals in enumerate(required):
            for literal in literals or ():
                gates.setdefault(literal, set()).add(index)
        self._gate_scan = re.compile(trie_pattern(set(gates))) if gates else None
        # A scan finds the longest literal at each position; the shorter ones are its prefixes.
        self._gated_by_found = {
            found: {index for literal, indices in gates.items() if found.startswith(literal) for index in indices}
            for found in gates
        }

    @functools.cached_property
    def _plain(self) -> re.Pattern[str]:
        """The alternation of all patterns, for the rare lines the shortcut cannot take."""
        return re.compile(
            "|".join(f"(?P<{name}>" + "|".join(f"(?:{p})" for p in patterns) + ")"
                     for name, patterns in self._groups.items()),
            self._flags,
        )

    @functools.cached_property
    def _anchored(self) -> re.Pattern[str]:
        """The patterns tried on every line, each in a group named for its index."""
        return re.compile(self._anchored_named or "(?!)", self._flags)

    def first_match(self, line: str) -> str | None:
        """The group name of the first pattern matching all of ``line``, or None."""
        if "\n" in line or not CASE_FOLD_SURPRISES.isdisjoint(line):
            match = self._plain.fullmatch(line)
            return match.lastgroup if match else None
        first = len(self._names)
        if self._anchored_any.fullmatch(line):
            first = int(self._anchored.fullmatch(line).lastgroup[1:])
        for index in self._candidates(line.lower(), first):
            if self._gated[index].fullmatch(line):
                return self._names[index]
        return self._names[first] if first < len(self._names) else None

    def _candidates(self, lowered: str, before: int) -> list[int]:
        """Gated patterns listed before ``before`` whose literal occurs in ``lowered``."""
        if self._gate_scan is None:
            return []
        found: set[int] = set()
        position = 0
        while match := self._gate_scan.search(lowered, position):  # overlapping: every start
            found.update(self._gated_by_found[match.group()])
            position = match.start() + 1
        return sorted(index for index in found if index < before)


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
    for op, value in parsed or ():
        if op in (sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            continue
        return op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT) and value[1] >= FLOATING_REPEAT
    return False


def required_literals(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Lowercased texts one of which every match of ``pattern`` contains, or None when
    no such literal can be told (the pattern must then be tried on every line)."""
    parsed = _parse(pattern, flags)
    return None if parsed is None else _required(parsed)


def _parse(pattern: str, flags: int) -> list | None:
    if sre_parser is None:
        return None
    try:
        return list(sre_parser.parse(pattern, flags))
    except re.error:
        return None


def _required(items) -> frozenset[str] | None:
    """The best literal set of a sequence: a run of literal items, or one inner item's."""
    options = [run for run in _literal_runs(items) if run]
    for op, value in items:
        inner = _required_in_item(op, value)
        if inner:
            options.append(inner)
    return max(options, key=_selectivity, default=None)


def _selectivity(literals: frozenset[str]) -> tuple[int, int]:
    return min(len(literal) for literal in literals), -len(literals)


def _required_in_item(op, value) -> frozenset[str] | None:
    c = sre_constants
    if op is c.SUBPATTERN:
        return _required(list(value[-1]))
    if op is c.BRANCH:
        branches = [_required(list(branch)) for branch in value[1]]
        return None if not all(branches) else frozenset().union(*branches)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and value[0] >= 1:
        return _required(list(value[2]))
    if op is c.ATOMIC_GROUP:
        return _required(list(value))
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

