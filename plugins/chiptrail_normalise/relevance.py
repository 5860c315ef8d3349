"""Is a feed item on topic? It must name a tracked chip or a tracked keyword. Does a
line name the saga at all (``names_the_saga``)?

Tracked terms are data: the keywords in ``vocab/keywords.yaml``, every chip name and alias
in ``vocab/chips.yaml``, plus the terms a feed lists under ``keywords:``. An item's title
and summary are matched case-insensitively on whole words, so "H20" does not match
"H200" and "BIS" does not match "BISON"; a plural or possessive "s" may follow ("H20s").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from typing import Any

from . import vocab

MIN_TERM_LENGTH = 2
ALIAS_KEYS = ("aliases", "names")
NAME_KEYS = ("name", "canonical")


def tracked_terms(extra: Iterable[str] = ()) -> list[str]:
    """The vocabulary's keywords and chip names, then ``extra``, without repeats."""
    terms = list(vocab.load("keywords").get("keywords") or [])
    terms += _chip_names(_chips_vocabulary())
    terms += list(extra)
    unique = {term.strip().casefold(): term.strip() for term in terms if isinstance(term, str)}
    return [term for term in unique.values() if len(term) >= MIN_TERM_LENGTH]


def term_pattern(terms: list[str]) -> re.Pattern[str]:
    """One whole-word, case-insensitive pattern; longest terms first so the match
    reported is the most specific one."""
    if not terms:
        return re.compile(r"(?!)")  # nothing tracked: nothing matches
    alternatives = "|".join(re.escape(term) for term in sorted(terms, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?:'?s)?(?!\w)", re.IGNORECASE)


def tracked_term_in(text: str, pattern: re.Pattern[str]) -> str | None:
    """The first tracked term ``text`` names, or None when it names none."""
    match = pattern.search(text)
    return match.group(0) if match else None


def names_the_saga(text: str) -> bool:
    """True when ``text`` names a tracked chip or keyword or one of the saga's words
    (``saga_words`` in ``vocab/keywords.yaml``: companies, governments, moves), as a
    headline of this archive does and a page's chrome does not."""
    return _saga_pattern().search(text) is not None


@functools.lru_cache(maxsize=1)
def _saga_pattern() -> re.Pattern[str]:
    return term_pattern(tracked_terms(vocab.load("keywords").get("saga_words") or []))


def _chips_vocabulary() -> Any:
    try:
        return vocab.load("chips")
    except FileNotFoundError:
        return {}


def _chip_names(data: Any) -> Iterator[str]:
    """Names and aliases from the chips vocabulary, read leniently: a mapping of canonical
    name -> entry, or a list of entries, optionally under a top-level ``chips`` key."""
    chips = data.get("chips", data) if isinstance(data, dict) else data
    entries = chips.items() if isinstance(chips, dict) else ((None, entry) for entry in chips or [])
    for name, entry in entries:
        if isinstance(name, str):
            yield name
        if isinstance(entry, str):
            yield entry
        elif isinstance(entry, dict):
            yield from (entry[key] for key in NAME_KEYS if isinstance(entry.get(key), str))
            for key in ALIAS_KEYS:
                yield from (alias for alias in entry.get(key) or [] if isinstance(alias, str))
