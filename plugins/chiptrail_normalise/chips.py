"""Which chips an article names, main subject first, and which ones it is about.

Every alias in ``vocab/chips.yaml`` is folded into one regex, so an article is scanned
once whatever the size of the vocabulary. Aliases only match as whole model names:
"H200" never counts as "H20", "GB200" never as "B200", and "H2O" is no chip at all.

Salience orders the chips: chips named in the headline lead, in headline order; the
others follow by how often they are named, a tie going to the one named first (mentions
in the lead paragraphs also weigh more in the score behind "about" and the confidence).
A series named as a kind of chip ("a Blackwell-based China chip") also counts for the one
model of that series the article names (the B30A).
The chips in the title — or, without one there, the chips that clearly dominate the
text — are the ones the article is "about"; the rest are mentions.

In an article written in sentences, runs of two or more short lines that are not
sentences (related-story links, "Latest in …" blocks, tag clouds) are page furniture
pointing at other articles: chips named there are not counted. A lone such line, a
subheading, still is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import vocab
from .fields import Field
from .text import words_up_to
from .pattern_set import PatternSet, longest_first

TITLE_WEIGHT = 10.0
PARAGRAPH_WEIGHTS = (3.0, 2.0, 1.5)
"""Weight of a mention in the first paragraphs; later paragraphs weigh 1."""

DOMINANT_SHARE = 0.5
"""Without a chip in the title, chips scoring this share of the top score are "about"."""

ALIAS_SEPARATOR = re.compile(r"[\s\-‐‑–]+")
ALIAS_GAP = "[ \u00a0\\-‐‑–]?"
"""What may stand between the parts of an alias: nothing, a space or a hyphen."""

DERIVATIVE_AFTER = re.compile(r"[\s‐‑-](?:based|derived|derivative|variant|version)\b",
                              re.IGNORECASE)
"""After a chip name, words that make it a kind of chip rather than the chip itself."""
DERIVATIVE_BEFORE = re.compile(
    r"\b(?:(?:scaled|cut|pared|watered|slimmed|stripped|toned)[\s‐‑-]down|downgraded|hobbled)\s+$",
    re.IGNORECASE,
)
"""Before a series' name, words that make it a reduced model of it: "a scaled-down Blackwell
chip" (not "China-bound", which says where the series' chips go)."""

SENTENCE_END = re.compile(r"[.!?:;][\"”’)\]]*\s*$")
LIST_RUN_MIN = 2
"""This many short non-sentence paragraphs in a row make a list of links, not the story."""
LIST_ITEM_MAX_WORDS = 20
SPEECH_LINE_MIN_WORDS = 4


def _alias_pattern(alias: str) -> str:
    """Regex for one alias: separators optional; model codes in any case, names only as
    written or in capitals (an all-caps headline), so the verb "ascend" is no chip."""
    parts = [part for part in ALIAS_SEPARATOR.split(alias.strip()) if part]
    if any(ch.isdigit() for ch in alias):
        return "(?i:" + ALIAS_GAP.join(map(re.escape, parts)) + ")"
    as_written = ALIAS_GAP.join(map(re.escape, parts))
    return f"(?:{as_written}|{ALIAS_GAP.join(re.escape(part.upper()) for part in parts)})"


def _alias_key(text: str) -> str:
    return ALIAS_SEPARATOR.sub("", text).lower()


def _build_matcher(chips: dict) -> tuple[PatternSet, dict[str, str]]:
    """One regex over every alias (longest first) and the alias → canonical-name table."""
    canonical_by_key: dict[str, str] = {}
    for name, entry in chips.items():
        for alias in [name, *(entry or {}).get("aliases", [])]:
            canonical_by_key.setdefault(_alias_key(str(alias)), name)
    aliases = {str(alias) for name, entry in chips.items()
               for alias in [name, *(entry or {}).get("aliases", [])]}
    ordered = longest_first(aliases, measure=lambda alias: len(_alias_key(alias)))
    alternation = "|".join(_alias_pattern(alias) for alias in ordered)
    mention = rf"(?<![A-Za-z0-9])(?P<alias>{alternation})(?:['’]?s)?(?![A-Za-z0-9])"
    return PatternSet({"chip": mention}, flags=0), canonical_by_key


CHIP_VOCAB = vocab.load("chips")
CHIP_MENTION, CANONICAL_BY_KEY = _build_matcher(CHIP_VOCAB)


def extract_chips(title: str, paragraphs: list[str]) -> Field:
    """Canonical chip names ordered by salience; ``details["about"]`` the main ones."""
    mentions = _drop_covered_umbrellas(_mentions(title or "", paragraphs or ()))
    _credit_derivatives(mentions)
    if not mentions:
        return Field([], 0.5, "no chip from the vocabulary is named", {"about": []})
    ordered = sorted(mentions, key=lambda name: mentions[name].rank())
    in_title = [name for name in ordered if mentions[name].title_at is not None]
    about = in_title or _dominant(ordered, mentions)
    evidence = "; ".join(f"{name} {mentions[name].count}×"
                         + (" (title)" if name in in_title else "") for name in ordered)
    return Field(ordered, _confidence(ordered, mentions), evidence, {"about": about})


@dataclass
class Mentions:
    """How one chip is named in an article: where first, how often, how prominently."""

    score: float = 0.0
    count: int = 0
    derivatives: int = 0  # mentions as a kind of chip ("Blackwell-based"), in ``count``
    derivative_weight: float = 0.0  # their share of ``score``
    title_at: int | None = None  # character offset of its first mention in the title
    title_as_kind: bool = False  # named in the title as a kind of chip ("a scaled-down Blackwell chip")
    first_seen: tuple[int, int] = (0, 0)  # (paragraph, offset) of its first body mention

    def rank(self) -> tuple:
        """Chips named in the title lead in title order (the models standing in for a
        series named there, by count); the rest follow by count."""
        if self.title_at is not None:
            return (0, self.title_at, -self.count, self.first_seen)
        return (1, 0, -self.count, self.first_seen)


def _mentions(title: str, paragraphs: list[str]) -> dict[str, Mentions]:
    found: dict[str, Mentions] = {}
    for match in CHIP_MENTION.finditer(title):
        chip = found.setdefault(_canonical(match), Mentions())
        chip.score, chip.count = chip.score + TITLE_WEIGHT, chip.count + 1
        chip.title_at = match.start() if chip.title_at is None else chip.title_at
        chip.title_as_kind = chip.title_as_kind or _is_named_as_kind(title, match)
    listed = _link_list_paragraphs(paragraphs)
    for index, text in enumerate(paragraphs):
        if index in listed:
            continue
        for match in CHIP_MENTION.finditer(text or ""):
            chip = found.get(_canonical(match))
            if chip is None:
                chip = found[_canonical(match)] = Mentions(first_seen=(index, match.start()))
            chip.score, chip.count = chip.score + _paragraph_weight(index), chip.count + 1
            if DERIVATIVE_AFTER.match(text, match.end()):
                chip.derivative_weight += _paragraph_weight(index)
                chip.derivatives += 1
    return found


def _credit_derivatives(mentions: dict[str, Mentions]) -> None:
    """A series named as a kind ("a Blackwell-based China chip", "a Blackwell derivative")
    also means the model of that series the article names, when it names exactly one:
    those mentions count for the model ("B30A") too. Named so in the headline ("Washington
    allows Nvidia to sell a scaled-down Blackwell chip"), the series gives the model its
    place there: the headline is about that model."""
    for name, chip in list(mentions.items()):
        if not (chip.derivatives or chip.title_as_kind) or name != _family(name):
            continue
        models = [other for other in mentions if other != name and _family(other) == name]
        if len(models) == 1:
            model = mentions[models[0]]
            model.score += chip.derivative_weight
            model.count += chip.derivatives
            if chip.title_as_kind and model.title_at is None:
                model.title_at, chip.title_at = chip.title_at, None


def _is_named_as_kind(text: str, match: re.Match) -> bool:
    """True when the chip named at ``match`` is a kind of chip ("Blackwell-based", "a
    scaled-down Blackwell chip")."""
    return bool(DERIVATIVE_AFTER.match(text, match.end()) or DERIVATIVE_BEFORE.search(text[: match.start()]))


def _link_list_paragraphs(paragraphs: list[str]) -> set[int]:
    """Indices of paragraphs in runs of ``LIST_RUN_MIN`` or more short non-sentences,
    when the article has sentences at all (a text pasted without stops has no lists)."""
    items = [_is_list_item(text or "") for text in paragraphs]
    if all(items):
        return set()
    listed: set[int] = set()
    run: list[int] = []
    for index, item in enumerate([*items, False]):
        if item:
            run.append(index)
            continue
        listed.update(run if len(run) >= LIST_RUN_MIN else ())
        run = []
    return listed


def _is_list_item(text: str) -> bool:
    """A short line that ends no sentence, unless it is running speech: a video's caption
    line starting in lower case ("exports of the a100 and h100 to china"), which links and
    headlines never do, and longer than a lower-case tag ("export controls")."""
    words = words_up_to(text, LIST_ITEM_MAX_WORDS + 1)  # one more than an item's words says no
    if words >= SPEECH_LINE_MIN_WORDS and text[:1].islower():
        return False
    return words <= LIST_ITEM_MAX_WORDS and SENTENCE_END.search(text) is None


def _canonical(match: re.Match) -> str:
    return _canonical_name(match["alias"])


@lru_cache(maxsize=1024)
def _canonical_name(alias: str) -> str:
    """The chip an alias as written names. Cached: an article names its few chips over
    and over, the same way."""
    return CANONICAL_BY_KEY[_alias_key(alias)]


def _drop_covered_umbrellas(mentions: dict[str, Mentions]) -> dict[str, Mentions]:
    """A series name ("Ascend") adds nothing when a model of that series is named; named
    in the headline ("... Warns Industry on Huawei Ascend Chips"), it puts the models of
    the series the text names in its place there."""
    families = {_family(name) for name in mentions if not _is_umbrella(name)}
    covered = {name for name in mentions if _is_umbrella(name) and _family(name) in families}
    for umbrella in covered:
        title_at = mentions[umbrella].title_at
        for name, chip in mentions.items():
            if title_at is not None and name not in covered and _family(name) == _family(umbrella):
                chip.title_at = title_at if chip.title_at is None else min(chip.title_at, title_at)
    return {name: chip for name, chip in mentions.items() if name not in covered}


def _family(name: str) -> str | None:
    return (CHIP_VOCAB.get(name) or {}).get("family")


def _is_umbrella(name: str) -> bool:
    return bool((CHIP_VOCAB.get(name) or {}).get("umbrella"))


def _paragraph_weight(index: int) -> float:
    return PARAGRAPH_WEIGHTS[index] if index < len(PARAGRAPH_WEIGHTS) else 1.0


def _dominant(ordered: list[str], mentions: dict[str, Mentions]) -> list[str]:
    top = mentions[ordered[0]].score
    return [name for name in ordered if mentions[name].score >= DOMINANT_SHARE * top]


def _confidence(ordered: list[str], mentions: dict[str, Mentions]) -> float:
    """Sure when the leading chip clearly outscores the next one, less so on a near tie."""
    if len(ordered) == 1:
        return 0.95
    top, runner_up = mentions[ordered[0]].score, mentions[ordered[1]].score
    return round(max(0.5, 0.6 + 0.35 * (top - runner_up) / top), 2)
