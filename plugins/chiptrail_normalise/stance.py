"""Which way an article's news moves China's access to advanced chips, and who moved.

The rubric (``easing``, ``tightening``, ``mixed``, ``neutral``) is applied by rules a
reader can check: every cue phrase from ``vocab/stance.yaml`` found in the text adds its
weight to one direction. The headline and lead weigh more than later paragraphs;
background ("restrictions remain in place", "since the summer", "despite …", what an
"after" clause reacts to) and hypotheticals ("would", "a proposal", "if") weigh less; a
negated cue is turned around ("did not approve" counts as a refusal) or dropped ("has not
halted", "has not yet approved", "denied reports that it halted": no move); a participle
naming a product ("banned chips") describes a state, not a move. Headlines announcing
analysis, a proposal or a deliberation scale every cue down, and so does a paragraph
that asks a question (a reporter's question at a press conference retells the news it
asks about). Headings and ticker lines opening the body are not the lead.
A direction is a reported move only when one cue states it outright, not when faint
background mentions pile up. Both directions make ``mixed`` when the headline and lead
state a move each way ("X cleared by US, paused by China"), when both are substantial
overall, or when the text says the moves go opposite ways. The phrases that decided it
are kept as evidence.

The actor is whoever the decisive cues belong to: the nearest government or company
named before the cue in its sentence. A government's move outranks the company that
merely acts on it (Nvidia resuming sales after Washington grants licences: ``us``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from . import vocab
from .fields import Field
from .pattern_set import PatternSet

DIRECTIONS = ("easing", "tightening")
MAX_CUES = 5
NEGATION_WINDOW = 60
"""Characters before a cue searched for "not", "never", "yet to" …"""

SENTENCE_END = re.compile(r"(?<=[a-z0-9%)\"”’][.!?])\s+(?=[A-Z\"“‘(])")
CLAUSE_END = re.compile(r"[,;:—–]")
SENTENCE_STOP = re.compile(r"[.!?][\"”’)]*\s*$")


@dataclass(frozen=True)
class Cue:
    """A vocabulary cue: the direction it points, its weight, who can make that move."""

    direction: str
    weight: float
    actors: tuple[str, ...]


@dataclass(frozen=True)
class Hit:
    """One cue found in the text, with its weighted contribution. ``stated`` marks a
    clear cue in the headline or lead that no background or hedge damps: a reported move."""

    text: str
    direction: str
    score: float
    sentence: str
    start: int
    actors: tuple[str, ...]
    stated: bool = False


def _compile_cues(cues: dict) -> tuple[PatternSet, dict[str, Cue]]:
    """All cues as one pattern set; a match's ``lastgroup`` names its cue."""
    patterns, table = {}, {}
    for direction in DIRECTIONS:
        for entry in cues.get(direction, []):
            name = f"cue{len(table)}"
            patterns[name] = entry["cue"]
            table[name] = Cue(direction, float(entry["weight"]), tuple(entry.get("actors", ())))
    return PatternSet(patterns), table


def _compile_markers(markers: list[str], flags: int = re.IGNORECASE) -> PatternSet:
    return PatternSet({f"marker{index}": marker for index, marker in enumerate(markers)}, flags)


def _compile_actors(actors: dict) -> tuple[PatternSet, dict[str, str]]:
    """Every actor name as one pattern set, longest pattern first; group name → actor."""
    entries = [(pattern, actor) for actor, patterns in actors.items() for pattern in patterns]
    entries.sort(key=lambda entry: len(entry[0]), reverse=True)
    table = {f"actor{index}": actor for index, (_, actor) in enumerate(entries)}
    patterns = {f"actor{index}": rf"(?:{pattern})(?!\w)"
                for index, (pattern, _) in enumerate(entries)}
    return PatternSet(patterns, flags=0), table


RULES = vocab.load("stance")
CUE, CUES = _compile_cues(RULES["cues"])
NEGATED_BEFORE = re.compile(RULES["negation"]["before"], re.IGNORECASE)
PENDING_BEFORE = re.compile(RULES["negation"]["pending"], re.IGNORECASE)
DESCRIPTIVE_AFTER = re.compile(RULES["descriptive"]["after"])
BACKGROUND = RULES["background"]
BACKGROUND_SENTENCE = _compile_markers(BACKGROUND["sentence"]["markers"])
BACKGROUND_CLAUSE = _compile_markers(BACKGROUND["clause"]["markers"])
ANTECEDENT_CLAUSE = _compile_markers(BACKGROUND["clause"]["antecedent"])
HYPOTHETICAL = _compile_markers(BACKGROUND["hypothetical"]["markers"], flags=0)
REPORTED_COMMITMENT = re.compile(BACKGROUND["hypothetical"]["reported"])
RELATIVE_CLAUSE = re.compile(BACKGROUND["hypothetical"]["relative"])
CONTRAST = _compile_markers(RULES["contrast"]["markers"])
QUESTION_END = re.compile(r"\?[\"”’)]*\s*$")
ANALYSIS_TITLE = re.compile("|".join(RULES["analysis_title"]["markers"]), re.IGNORECASE)
ACTOR, ACTORS = _compile_actors(RULES["actors"])
OBJECT_PREPOSITION = re.compile(
    rf"\b(?:{'|'.join(RULES['object_prepositions'])})\s+(?:the\s+)?$", re.IGNORECASE
)


def extract_stance(title: str, paragraphs: list[str]) -> Field:
    """The rubric direction with the cue phrases that decided it in ``details["cues"]``."""
    hits, totals, stance = _analyse(title or "", tuple(paragraphs or ()))
    deciding = [h for h in hits if stance == "mixed" or h.direction == stance] or list(hits)
    evidence = " vs ".join(f"{d} {totals[d]:.1f}" for d in DIRECTIONS)
    return Field(stance, _confidence(stance, totals), evidence, {"cues": _top_phrases(deciding)})


def extract_actor(title: str, paragraphs: list[str]) -> Field:
    """``us``, ``china``, ``company``, a list of those when several move, or ``None``."""
    hits, _, stance = _analyse(title or "", tuple(paragraphs or ()))
    if stance == "neutral":
        return Field(None, 0.5, "no move reported, so no actor")
    weights: dict[str, float] = defaultdict(float)
    for hit in hits:
        if stance == "mixed" or hit.direction == stance:
            actor = _actor_of(hit)
            if actor:
                weights[actor] += hit.score
    return _actor_field(weights)


@lru_cache(maxsize=32)
def _analyse(title: str, paragraphs: tuple[str, ...]):
    """Hits, score per direction and stance; cached because stance and actor share them."""
    hits = tuple(_hits(title, paragraphs))
    totals = {direction: sum(h.score for h in hits if h.direction == direction)
              for direction in DIRECTIONS}
    strongest = {direction: max((h.score for h in hits if h.direction == direction), default=0.0)
                 for direction in DIRECTIONS}
    contrasted = any(CONTRAST.search(text or "") for text in (title, *paragraphs))
    stated = {hit.direction for hit in hits if hit.stated}
    return hits, totals, _decide(totals, strongest, contrasted, stated)


def _hits(title: str, paragraphs: tuple[str, ...]):
    """Every cue in the text, weighted by position, background, hedging and negation."""
    scale = RULES["analysis_title"]["factor"] if ANALYSIS_TITLE.search(title) else 1.0
    for weight, text, in_lead in _weighted_texts(title, paragraphs):
        matches = list(CUE.finditer(text))
        if not matches:
            continue
        damping = scale * _question_factor(text)
        for start, end in _sentence_spans(text):
            inside = [match for match in matches if start <= match.start() < end]
            if inside:
                yield from _sentence_hits(text[start:end], start, inside, weight,
                                          damping, in_lead)


def _question_factor(paragraph: str) -> float:
    """A paragraph (or headline) ending in a question — a reporter's question at a press
    conference — asks about a move; it is hedged like a hypothetical."""
    return BACKGROUND["hypothetical"]["factor"] if QUESTION_END.search(paragraph) else 1.0


def _sentence_spans(text: str):
    start = 0
    for boundary in SENTENCE_END.finditer(text):
        yield start, boundary.start()
        start = boundary.end()
    yield start, len(text)


def _weighted_texts(title: str, paragraphs: tuple[str, ...]):
    """(position weight, text, in the lead) for the headline and each paragraph. The lead
    weights go to the first paragraphs of prose, not to a "Key Points" heading or a
    ticker line opening the body; the headline and first prose paragraph are the lead."""
    position = RULES["position"]
    lead, later = position["paragraphs"], float(position["later"])
    yield float(position["title"]), title, True
    prose = 0
    for paragraph in paragraphs:
        paragraph = paragraph or ""
        if not _is_prose(paragraph):
            yield later, paragraph, False
            continue
        yield (float(lead[prose]) if prose < len(lead) else later), paragraph, prose == 0
        prose += 1


def _is_prose(paragraph: str) -> bool:
    """Enough words ending a sentence, or twice as many words without a stop."""
    words, least = len(paragraph.split()), RULES["position"]["prose_min_words"]
    return words >= 2 * least or (words >= least and SENTENCE_STOP.search(paragraph) is not None)


def _sentence_hits(sentence: str, offset: int, matches: list[re.Match], weight: float,
                   damping: float, in_lead: bool):
    """Weigh the cue ``matches`` (offsets in the paragraph) found in one sentence; a clear
    cue in the lead that nothing damps is a stated move."""
    background = _background_factor(sentence) * damping
    clauses = _background_clauses(sentence, first_cue=matches[0].start() - offset)
    for match in matches:
        cue, at, end = CUES[match.lastgroup], match.start() - offset, match.end() - offset
        direction, cue_factor = _after_negation(cue.direction, sentence, at)
        if direction is None or _is_descriptive(match.group(0), sentence, end):
            continue
        factor = background * _hypothetical_factor(sentence, at, end)
        if any(start <= at < stop for start, stop in clauses):
            factor *= BACKGROUND["clause"]["factor"]
        stated = in_lead and factor == 1.0 and cue.weight >= RULES["stated_weight_at_least"]
        yield Hit(match.group(0), direction, cue.weight * weight * factor * cue_factor,
                  sentence, at, cue.actors, stated)


def _background_factor(sentence: str) -> float:
    return BACKGROUND["sentence"]["factor"] if BACKGROUND_SENTENCE.search(sentence) else 1.0


def _hypothetical_factor(sentence: str, cue_start: int, cue_end: int) -> float:
    """Hedged once per hedge word (at most ``most`` times), except a permission inside the
    cue ("may sell"), a reported commitment ("said it would grant licences") and a hedge in
    a relative clause after the cue ("charged over servers that may contain chips")."""
    rules = BACKGROUND["hypothetical"]
    hedges = 0
    for marker in HYPOTHETICAL.finditer(sentence):
        permission = (cue_start <= marker.start() < cue_end
                      and marker.group(0).lower() in rules["permission"])
        committed = REPORTED_COMMITMENT.search(sentence[:marker.end()])
        elsewhere = (marker.start() >= cue_end
                     and RELATIVE_CLAUSE.search(sentence, cue_end, marker.start()) is not None)
        if not (permission or elsewhere or (committed and committed.end() == marker.end())):
            hedges += 1
    return rules["factor"] ** min(hedges, rules["most"])


def _is_descriptive(cue_text: str, sentence: str, end: int) -> bool:
    """A participle naming a kind of product ("banned chips", "approved suppliers")
    describes the state of things; it reports no move."""
    return cue_text.lower().endswith("ed") and DESCRIPTIVE_AFTER.match(sentence, end) is not None


def _background_clauses(sentence: str, first_cue: int) -> list[tuple[int, int]]:
    """Spans from a "despite"/"even after" marker to the end of its clause, and from an
    "after" marker when the sentence reports no move before it ("Nvidia says its chips
    are safe after Beijing summons": the summons is what the news reacts to; in "Nvidia
    resumes sales after Washington grants licences" both are news)."""
    markers = list(BACKGROUND_CLAUSE.finditer(sentence))
    markers += [m for m in ANTECEDENT_CLAUSE.finditer(sentence) if m.start() < first_cue]
    spans = []
    for marker in markers:
        end = CLAUSE_END.search(sentence, marker.end())
        spans.append((marker.start(), end.start() if end else len(sentence)))
    return spans


def _after_negation(direction: str, sentence: str, start: int) -> tuple[str | None, float]:
    """A negated cue turns into its vocabulary's replacement ("did not approve"); a
    cue still pending ("has not yet approved", "waiting for licences") counts for nothing."""
    before = sentence[max(0, start - NEGATION_WINDOW):start]
    if PENDING_BEFORE.search(before):
        return None, 0.0  # "has not received approval", "yet to": no decision either way
    if not NEGATED_BEFORE.search(before):
        return direction, 1.0
    rule = RULES["negation"][direction]
    return rule["becomes"], float(rule["factor"])


def _decide(totals: dict[str, float], strongest: dict[str, float], contrasted: bool,
            stated: set[str]) -> str:
    """Neutral below the bar, or when no single cue states a move outright (many faint
    background mentions are still background); mixed when the headline and lead state a
    move each way, when both directions are substantial, or when the text itself says the
    moves go opposite ways and the weaker one is clear."""
    (top, top_score), (other, other_score) = sorted(totals.items(), key=lambda kv: -kv[1])
    if top_score < RULES["neutral_below"] or strongest[top] < RULES["move_at_least"]:
        return "neutral"
    if len(stated) == len(DIRECTIONS):
        return "mixed"
    if contrasted and other_score >= RULES["contrast"]["weaker_at_least"]:
        return "mixed"
    if other_score >= RULES["neutral_below"] and other_score >= RULES["mixed_share"] * top_score:
        return "mixed"
    return top


def _confidence(stance: str, totals: dict[str, float]) -> float:
    """Sure when one direction clearly outweighs the other, unsure near the thresholds."""
    high, low = max(totals.values()), min(totals.values())
    if stance == "neutral":
        return round(0.8 - 0.3 * high / RULES["neutral_below"], 2)
    if stance == "mixed":
        return round(0.4 + 0.3 * low / high, 2)
    return round(min(0.95, 0.5 + 0.45 * (high - low) / (high + low)), 2)


def _top_phrases(hits: list[Hit]) -> list[str]:
    """The exact phrases of the strongest cues, each phrase once ("approvals" repeats
    "approval")."""
    phrases, seen = [], set()
    for hit in sorted(hits, key=lambda h: -h.score):
        key = hit.text.lower().rstrip("s")
        if hit.score > 0 and key not in seen:
            phrases.append(hit.text)
            seen.add(key)
        if len(phrases) == MAX_CUES:
            break
    return phrases


def _actor_of(hit: Hit) -> str | None:
    """The nearest actor named before the cue in its sentence, else the first after it."""
    before, after = [], []
    for start, actor in _actor_mentions(hit.sentence):
        if not hit.actors or actor in hit.actors:
            (before if start < hit.start else after).append(actor)
    return before[-1] if before else (after[0] if after else None)


@lru_cache(maxsize=256)
def _actor_mentions(sentence: str) -> tuple[tuple[int, str], ...]:
    """Actors named in ``sentence`` as subjects (not "sales to China"), with offsets."""
    return tuple(
        (match.start(), ACTORS[match.lastgroup])
        for match in ACTOR.finditer(sentence)
        if not OBJECT_PREPOSITION.search(sentence[max(0, match.start() - 12):match.start()])
    )


def _actor_field(weights: dict[str, float]) -> Field:
    """Governments outrank the company acting on their decision; close seconds are kept."""
    total = sum(weights.values())
    if not total:
        return Field(None, 0.3, "no actor named next to the deciding cues")
    government = sum(w for actor, w in weights.items() if actor != "company")
    if government >= RULES["government_share"] * total:
        weights = {actor: w for actor, w in weights.items() if actor != "company"}
    ranked = sorted(weights, key=lambda actor: -weights[actor])
    top = weights[ranked[0]]
    actors = [actor for actor in ranked if weights[actor] >= RULES["co_actor_share"] * top]
    evidence = ", ".join(f"{actor} {weights[actor]:.1f}" for actor in ranked)
    value = actors[0] if len(actors) == 1 else actors
    return Field(value, round(min(0.9, 0.4 + 0.5 * top / total), 2), evidence)
