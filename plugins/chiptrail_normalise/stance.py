"""Which way an article's news moves China's access to advanced chips, and who moved.

The rubric (``easing``, ``tightening``, ``mixed``, ``neutral``) is applied by rules a
careful reader would use, so that they hold on pages never seen before. Every cue phrase
from ``vocab/stance.yaml`` found in the text adds its weight to one direction.

- Where news is stated: the headline, the dek and the first paragraphs of prose weigh
  most; later paragraphs (and headings or ticker lines opening the body) weigh less. A
  page's own summary ("Key Points", an official rule's "SUMMARY:") is lead, and so is the
  first full paragraph after it (a newsletter's "THE LEAD" is such a label); so is a
  paragraph near the top that turns to a second move ("However, Chinese regulators have
  told firms to hold off", also as a thread's "2/ Meanwhile, ...") and a paragraph
  opening with the writer's verdict ("Net effect: ...", "Bottom line: ..."), wherever it
  stands. A paragraph labelled as a recap ("Recap: yesterday ...") is background. An
  opening announcing how many developments it brings ("Two developments this week matter
  for members") makes the paragraphs telling them lead, however far down.
- Background weighs less: a move recalled as context, not the news. A dated or habitual
  clause ("in April", "last October", "then", "historically", "when the US first
  restricted", "restrictions remain in place") or one in the past perfect ("the chipmaker
  had halted shipments", unless that is only a reporting verb's tense) from its clause to
  the end of the sentence, a "despite …", "although …" or "because …" clause, what an
  "after" clause reacts to (unless the reaction is only a market's), the restriction a
  lifting cue removes ("suspends a rule that extended export restrictions"), a participle
  used as an adjective ("banned chips", "to approved customers", "limited access to tools
  is keeping output down", "SMIC, barred from buying tools, ...", a standing state: "the
  A100 that Nvidia is barred from selling"), the conditions a permission comes with, which
  are part of the easing ("approvals come with conditions including ...", "Approved buyers
  must also purchase domestic chips"), and a Chinese chipmaker selling its own chips (no
  change in access to foreign ones).
- Hedges weigh less ("would", "if", "a proposal", "analysts", lobbying, a move feared or
  hoped for ("amid fears of tighter US curbs"), a question (after "？", only its own
  clause: a premise stated before it after a comma stands), or a questioner's whole turn
  in a transcript when it asks about a move still to be made, in Chinese and Japanese too
  ("问：", "记者：": a premise before asking for comment stands)), intentions a little
  less ("plans to", "is preparing to"); a hedge in a later clause leaves the news alone. A negated cue is turned around ("did not approve",
  "won't allow" count as a refusal) or dropped ("has not yet approved", "neither
  government has approved", "denied reports that it halted", "did not include any
  loosening", "announced no new restrictions").
- Genre: a headline announcing a transcript, a timeline, a proposal or a deliberation,
  or an opening saying that nothing moved ("Nothing new from either Washington or
  Beijing today"), scales every cue so far down that no single cue can state a move.
  Commentary (a headline announcing analysis, opinion, an explainer or a question, or an
  opening naming the piece a commentary) about one specific move takes that move's
  direction: its opening (headline, dek, first paragraph, summary items) is read as news
  when what it states is one move, the rest scaled down; an opening stating several
  moves makes it analysis, scaled down throughout.

A direction is a reported move when its cues pass a bar and one of them states it
outright (a clear cue that nothing damps much), not when faint or hedged mentions pile
up; no move is ``neutral``. Both moves make ``mixed`` when the headline and lead state a
move each way ("X cleared by US, paused by China"; "US approves H200, but Beijing plans to
restrict purchases": an intention reported as news states a move) and the weaker is no
mere aside, when the text says so ("in opposite directions", "opened on one side and
narrowed on the other"; not "with strings attached": conditions are part of the easing)
and the weaker move is clear (then even when neither alone passes the bar, as in a post's
few lines), or when both are substantial; a headline setting a second
government's action against a move ("Nvidia gets green light for H200, but Beijing tells
its giants to wait") states the second even in words no cue knows: the pairing says it
runs the other way. The phrases that decided it
are evidence; the confidence is lower when the moves are close, and capped when the
headline and lead state none of them.

The actor is whoever the decisive cues belong to: the nearest government or company
named before the cue in its sentence. A government's move outranks the company that
merely acts on it (Nvidia resuming sales after Washington grants licences: ``us``);
mixed news lists the leading actor of each move.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import islice
from typing import Iterator

from . import stance_events, stance_model, vocab
from .fields import Field
from .line_patterns import LiteralGate
from .pattern_set import PatternSet
from .text import WIDE_SCRIPT_CHARACTER, words_up_to

DIRECTIONS = ("easing", "tightening")
DOMESTIC = "domestic maker"
"""A Chinese chipmaker: its own sales and shipments are no move in access to foreign chips."""
MAX_CUES = 5
NEGATION_WINDOW = 60
"""Characters before a cue searched for "not", "never", "yet to" …"""

SENTENCE_END = re.compile(
    r"[.!?。！？](?:(?<=[.!?])(?:(?<=[a-z0-9%)\"”’][.!?])|(?<=[a-z]\s[A-Z]{2}[.!?])|(?<=[a-z]\s[A-Z]{3}[.!?])|(?<=\d[A-Z][.!?]))(?=\s+[A-Z\"“‘(])"
    r"|(?<=[。！？])(?=.))(?P<gap>\s*)")
"""A stop after a word and the gap before the next sentence; the stop comes first, as one
class of every stop, so that ``re`` skips from stop to stop by table lookup (a look-behind
first is tried everywhere; two classes in an alternation, at every character, twice as
slow), and which stop it was is asked after it.
An acronym after a word in lower case ends a sentence too ("... going to the US. What
is China's response?"), and so does a model number ("... stop ordering the RTX Pro 6000D.
Orders already placed ..."), but not an abbreviation's last letter ("U.S. officials") nor
a word of a headline set in capitals ("CHINA SAYS NO. What now?")."""
CLAUSE_END = re.compile(r"[,;:—–，；：]")
CLAUSE_BOUNDARY = re.compile(
    r"[,;:—–()，；：]|\b(?:that|which|who|whose|when|while|after|before|because)\b", re.IGNORECASE)
WHERE = re.compile(r"\bwhere\b", re.IGNORECASE)
OBJECT_END = re.compile(r",(?!\s+(?:including|such\s+as|notably)\b)|[;:—–]|\s(?:but|while|as|and|yet|even)\s")
"""Where the object of a verb ends: what "suspends a rule that …" suspends; a list after
", including" still names it ("will terminate investigations, including an anti-dumping
probe")."""
SENTENCE_STOP = re.compile(r"[.!?。！？][\"”’)」』]*\s*$")
CJK_CHARACTER = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
"""A Chinese character or Japanese kana: text in those scripts sets no spaces between words."""


@dataclass(frozen=True)
class Cue:
    """A vocabulary cue: the direction it points, its weight, who can make that move."""

    direction: str
    weight: float
    actors: tuple[str, ...]
    undoes: bool = False
    condition: bool = False


@dataclass(frozen=True)
class Hit:
    """One cue found in the text, with its weighted contribution. ``lead`` marks a cue in
    the headline, dek or lead paragraphs; ``stated`` an outright cue there (a move the
    lead reports); ``outright`` a clear cue, wherever it stands, that background, hedges
    and genre damp little (a move the text reports); ``told_as_news`` a cue that no date
    or other background marker sets in the past."""

    text: str
    direction: str
    score: float
    sentence: str
    start: int
    actors: tuple[str, ...]
    stated: bool = False
    lead: bool = False
    outright: bool = False
    condition: bool = False
    told_as_news: bool = True
    undoes: bool = False


WIDE_SCRIPT = re.compile(WIDE_SCRIPT_CHARACTER)


class CueFinder:
    """All cues, found as a pattern set finds them (a cue starting with a word character
    only where a word starts) and, in text holding Chinese, Japanese or Korean, also where
    such a cue's first character is glued to a Latin name or a number: those scripts set
    no space between words, so "英伟达H20恢复供货" and "13日发布新规" state a move
    after "H20" and "13" as much as after any character of their own. A match's
    ``lastgroup`` names its cue."""

    def __init__(self, patterns: dict[str, str]) -> None:
        self.pattern_set = PatternSet(patterns)
        self._glued = re.compile(
            rf"(?<=[A-Za-z0-9_])(?={WIDE_SCRIPT_CHARACTER})(?:"
            + "|".join(f"(?P<{name}>{pattern})" for name, pattern in patterns.items()) + ")",
            re.IGNORECASE)

    def finditer(self, text: str) -> Iterator[re.Match]:
        """Leftmost, non-overlapping cue matches, those of the pattern set and (in text
        holding a wide-script character) those glued to a Latin name or a number."""
        matches = self.pattern_set.finditer(text)
        if text.isascii() or WIDE_SCRIPT.search(text) is None:
            yield from matches
            return
        glued = list(self._glued.finditer(text))
        if not glued:
            yield from matches
            return
        end = 0
        for match in sorted([*matches, *glued], key=lambda found: found.start()):
            if match.start() >= end:
                end = match.end()
                yield match

    def search(self, text: str) -> re.Match | None:
        """The first cue ``finditer`` finds, or None."""
        return next(self.finditer(text), None)


def _compile_cues(cues: dict) -> tuple[CueFinder, dict[str, Cue]]:
    """All cues as one finder; a match's ``lastgroup`` names its cue."""
    patterns, table = {}, {}
    for direction in DIRECTIONS:
        for entry in cues.get(direction, []):
            name = f"cue{len(table)}"
            patterns[name] = entry["cue"]
            table[name] = Cue(direction, float(entry["weight"]), tuple(entry.get("actors", ())),
                              bool(entry.get("undoes")), bool(entry.get("condition")))
    return CueFinder(patterns), table


class GatedPatternSet(PatternSet):
    """A pattern set that scans only a text holding one of the literals that every match
    of one of its patterns contains (``LiteralGate`` of their alternation, derived from the
    vocabulary); the same matches as the plain set. Worth it for markers whose literals
    are few and rare in sentences (an "after" clause) while their trigger scan stops at
    every "a", "in" or comma; not for markers with dozens of literals (hedges, contrast
    phrases, genre labels), whose ``in`` checks cost as much as the scan."""

    def __init__(self, named: dict[str, str], flags: int = re.IGNORECASE) -> None:
        super().__init__(named, flags)
        self._gate = LiteralGate(re.compile("|".join(f"(?:{pattern})" for pattern in named.values()), flags))

    def finditer(self, text: str) -> Iterator[re.Match]:
        return super().finditer(text) if self._gate.may_match(text) else iter(())


def _compile_markers(markers: list[str], flags: int = re.IGNORECASE, gated: bool = False) -> PatternSet:
    """Markers as one pattern set; ``gated``, a ``GatedPatternSet``."""
    named = {f"marker{index}": marker for index, marker in enumerate(markers)}
    return GatedPatternSet(named, flags) if gated else PatternSet(named, flags)


def _compile_kinds(flags: int = re.IGNORECASE, **kinds: list[str]) -> PatternSet:
    """Markers of several kinds ("hedge", "intent") as one pattern set, so one pass finds
    them all; a match's ``lastgroup`` starts with its kind."""
    return PatternSet({f"{kind}{index}": marker for kind, markers in kinds.items()
                       for index, marker in enumerate(markers)}, flags)


def _compile_actors(actors: dict) -> tuple[PatternSet, dict[str, str]]:
    """Every actor name as one pattern set, longest pattern first; group name → actor.
    A name ends where no ASCII letter, digit or underscore follows, not at ``\b``: Chinese
    text glues its own characters to Latin names ("Beijing禁止"), and those are word
    characters too (the mirror of ``pattern_set.WORD_START``)."""
    entries = [(pattern, actor) for actor, patterns in actors.items() for pattern in patterns]
    entries.sort(key=lambda entry: len(entry[0]), reverse=True)
    table = {f"actor{index}": actor for index, (_, actor) in enumerate(entries)}
    patterns = {f"actor{index}": rf"(?:{pattern})(?![A-Za-z0-9_])"
                for index, (pattern, _) in enumerate(entries)}
    return PatternSet(patterns, flags=0), table


RULES = vocab.load("stance")
CUE, CUES = _compile_cues(RULES["cues"])
NEGATED_BEFORE = LiteralGate(re.compile(RULES["negation"]["before"], re.IGNORECASE))
PENDING_BEFORE = LiteralGate(re.compile(RULES["negation"]["pending"], re.IGNORECASE))
ABSENT_BEFORE = re.compile(RULES["negation"]["absent"], re.IGNORECASE)
DESCRIPTIVE_AFTER = re.compile(RULES["descriptive"]["after"])
DESCRIPTIVE_BEFORE = re.compile(RULES["descriptive"]["before"], re.IGNORECASE)
DESCRIPTIVE_SUBJECT = re.compile(RULES["descriptive"]["subject"], re.IGNORECASE)
DESCRIPTIVE_STATE = re.compile(RULES["descriptive"]["state"], re.IGNORECASE)
PRESENT_PASSIVE = re.compile(r"\b(?:is|are)\s+$", re.IGNORECASE)
APPOSITION_BEFORE = re.compile(RULES["descriptive"]["apposition"])
APPOSITION_AFTER = re.compile(RULES["descriptive"]["apposition_after"], re.IGNORECASE)
BACKGROUND = RULES["background"]
BACKGROUND_SENTENCE = _compile_kinds(dated=BACKGROUND["sentence"]["markers"],
                                     sequence=BACKGROUND["sentence"]["sequence"],
                                     series=BACKGROUND["sentence"]["series"],
                                     known=BACKGROUND["sentence"]["known"],
                                     unused=BACKGROUND["sentence"]["unused"],
                                     condition=BACKGROUND["sentence"]["condition"],
                                     perfect=BACKGROUND["sentence"]["perfect"])
PASSIVE_PARTICIPLE = re.compile(r"\s+\w+")
"""The word after a perfect's "been": its participle ("had been told")."""
PARTICIPLE_OPENING = re.compile(r"\W*(?!During\b)[A-Z][a-z]+ing\b[^,;:.]*,")
"""A phrase opening with a participle and closed by a comma: "Building on the rules of 2022, "."""
MEASURED_SINCE = LiteralGate(re.compile(
    rf"(?:{BACKGROUND['sentence']['superlative']})[^,;:—–]{{0,120}}?"
    rf"(?P<since>\bsince\b|{BACKGROUND['sentence']['measured_span']})", re.IGNORECASE))
NEWS_DAY = re.compile(BACKGROUND["sentence"]["news_day"])
TELLING = re.compile(r"(?:urg|told|tell|order|instruct|pressur|advis)\w*\s", re.IGNORECASE)
PASSIVE_BEFORE = re.compile(r"\b(?:been|was|were|is|are|being|get|gets|got)\s+$", re.IGNORECASE)
WEEK_OPENING = re.compile(BACKGROUND["sentence"]["week_opening"], re.IGNORECASE)
SERIES_EASING = re.compile(BACKGROUND["sentence"]["series_easing"], re.IGNORECASE)
NEWS_DATELINE = re.compile(BACKGROUND["sentence"]["news_dateline"])
NEWS_TIME = re.compile(BACKGROUND["sentence"]["news_time"])
FORWARD_DATE = re.compile(BACKGROUND["sentence"]["forward_date"], re.IGNORECASE)
FUTURE_VERB = re.compile(BACKGROUND["sentence"]["future"])
HEADLINE_FUTURE = re.compile(BACKGROUND["sentence"]["headline_future"])
NOW_CLAUSE = LiteralGate(re.compile(BACKGROUND["sentence"]["now"], re.IGNORECASE))
REPORTING_VERB = re.compile(BACKGROUND["sentence"]["reporting"], re.IGNORECASE)
BACKGROUND_CLAUSE = _compile_markers(BACKGROUND["clause"]["markers"], gated=True)
ANTECEDENT_CLAUSE = _compile_markers(BACKGROUND["clause"]["antecedent"], gated=True)
ELAPSED_CLAUSE = _compile_markers(BACKGROUND["clause"]["elapsed"], gated=True)
ELAPSED_OPENING = re.compile(BACKGROUND["clause"]["elapsed_opening"], re.IGNORECASE)
MARKET_REACTION = re.compile(BACKGROUND["clause"]["market_reaction"], re.IGNORECASE)
CHARGE_BOOKED = LiteralGate(re.compile(BACKGROUND["sentence"]["charge_booked"], re.IGNORECASE))
CONDITIONS = LiteralGate(re.compile(BACKGROUND["clause"]["conditions"], re.IGNORECASE))
HYPOTHETICAL = _compile_kinds(0, hedge=BACKGROUND["hypothetical"]["markers"],
                              intent=BACKGROUND["hypothetical"]["intent"]["markers"])
REPORTED_COMMITMENT = re.compile(BACKGROUND["hypothetical"]["reported"])
RELATIVE_CLAUSE = re.compile(BACKGROUND["hypothetical"]["relative"])
CLOSED_CLAUSE = re.compile(BACKGROUND["hypothetical"]["closed"])
RELATIVE_OPENING = re.compile(BACKGROUND["hypothetical"]["relative_opening"])
CONTRAST = _compile_markers(RULES["contrast"]["markers"])
CONTRAST_BETWEEN_CAPITALS = _compile_markers(RULES["contrast"]["between_capitals"]["markers"], gated=True)
CAPITALS = [re.compile(rf"(?<!\bto\s)(?<!\binto\s)(?<!\bin\s)\b(?:{names})\b")
            for names in RULES["contrast"]["between_capitals"]["capitals"]]
COUNTER_TURN = re.compile(rf"(?:{'|'.join(RULES['position']['turn_markers'])})\b", re.IGNORECASE)
BACKSTORY_HEADING = re.compile(
    rf"(?:{'|'.join(RULES['position']['backstory_headings'])})\s*:?", re.IGNORECASE)
BACKSTORY_LABEL = re.compile(
    rf"(?:{'|'.join(RULES['position']['backstory_headings'])})\s*:\s", re.IGNORECASE)
"""The same label opening a paragraph ("Recap: yesterday Nvidia disclosed ...")."""
SUMMARY_LABEL = re.compile(
    rf"(?:{'|'.join(RULES['position']['summary_labels'])})\s*:?", re.IGNORECASE)
SUMMARY_OPENING = re.compile(
    rf"(?:{'|'.join(RULES['position']['summary_labels'] + RULES['position']['verdict_labels'])})"
    r"(?:\s+\w+)?\s*:\s", re.IGNORECASE)
"""A paragraph opening with a summary or verdict label: "Bottom line: ", "Net effect today: "."""
HEADLINE_PARTS = re.compile(
    r"\s[—–|]\s|:\s+(?=(?i:what|why|how|who|where|when|which|is|are|was|can|could|will|would|does|do|did|should)\s)")
"""What separates a headline's statement from a question or a tag after it: a dash, a
bar, or a colon opening a question ("H200 licences approved: what does this mean?")."""
POST_NUMBER = re.compile(r"\(?\d{1,3}\s*/\s*\d{0,3}\)?\s+")
ANNOUNCED_ITEMS = LiteralGate(re.compile(RULES["position"]["announced_items"], re.IGNORECASE))
GREETING = re.compile(RULES["position"]["greeting"], re.IGNORECASE)
ANNOUNCED_TODAY = re.compile(RULES["position"]["announced_today"], re.IGNORECASE)
ISSUED_RULE = LiteralGate(re.compile(RULES["position"]["issued_rule"], re.IGNORECASE))
LEAD_PARAGRAPHS = len(RULES["position"]["paragraphs"])
ITEM_COUNTS = {"two": 2, "three": 3, "four": 4}
ITEM_ORDINAL = LiteralGate(re.compile(r"\b(?:first|second|third|fourth)\b\s*[,:]", re.IGNORECASE))
"""An item counted off in a paragraph: "First, ...", "Second, ...", "The second: ..."."""
LIST_NUMBER = re.compile(r"\(?(\d{1,2})[.)]\s+")
"""A numbered list item opening a paragraph: "1) Trump posted ...", "2. Beijing ..."."""
"""A thread's post number opening a paragraph: "2/ ", "3/10 ", "(4/5) "."""
QUESTION_END = re.compile(r"[?？][\"”’)」』）]*\s*$")
"""A text ending in a question mark, the full-width one of Chinese and Japanese too (what
it asks: ``_asked_from``)."""
SPEAKER_TURN = re.compile(r"(?:[A-Z][\w.&'’-]*\s+){0,3}[A-Z][\w.&'’-]*\s*(?::\s|：)"
                          r"|[A-Za-z]*[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]{1,10}\s*[:：]")
"""A transcript's speaker label: "Q: ", "Reporter: ", "Bloomberg: ", "Spokesperson: "; in
Chinese and Japanese a few characters before a colon, mostly the full-width one, with no
space after it ("问：", "答：", "记者：", "路透社记者：", "CNN记者：", "記者：")."""
NO_MOVE_TITLE = LiteralGate(re.compile("|".join(RULES["analysis_title"]["no_move_markers"]), re.IGNORECASE))
HEADLINE_CLAUSE_END = re.compile(r";\s|\s(?:but|as|while|yet)\s")
"""Where a headline's main clause ends: "US allows H200 exports, but Beijing weighs limits"."""
PAIR_JOINT = re.compile(RULES["headline_pair"]["joint"])
PAIR_LEAD_IN = re.compile(RULES["headline_pair"]["lead_in"], re.IGNORECASE)
UNDONE_SUBJECT = re.compile(RULES["undone_subject"], re.IGNORECASE)
PAIR_REACTION = re.compile(RULES["headline_pair"]["reaction"], re.IGNORECASE)
PAIR_PENDING = re.compile(RULES["headline_pair"]["pending"], re.IGNORECASE)
PAIR_NOUN_AFTER = re.compile(RULES["headline_pair"]["noun_after"], re.IGNORECASE)
PAIR_POLICY_IN = re.compile(RULES["headline_pair"]["policy_in"], re.IGNORECASE)
GOVERNMENTS = ("us", "china")
MODEL_SETTINGS = stance_model.settings()
DELIBERATION = re.compile(RULES["analysis_title"]["deliberation"], re.IGNORECASE)
COMMENTARY_TITLE = LiteralGate(re.compile("|".join(RULES["analysis_title"]["markers"]), re.IGNORECASE))
LEAD_WEIGHT = float(RULES["position"]["paragraphs"][0])
COMPANY_ANNOUNCEMENT = LiteralGate(re.compile(RULES["analysis_title"]["company_announcement"]))
RELEASE_ANNOUNCEMENT = LiteralGate(re.compile(RULES["analysis_title"]["release_announcement"]))
GENRE_OPENING = _compile_kinds(no_move=[RULES["analysis_title"]["says_no_move"]],
                               commentary=[RULES["analysis_title"]["self_described"]])
"""An opening's genre markers of both kinds in one pattern set, so a paragraph is scanned once."""
ACTOR, ACTORS = _compile_actors({**RULES["actors"], DOMESTIC: RULES["domestic_makers"]})
POSSESSIVE = re.compile(r"['’]s\b")
COMPANY_SAYS = re.compile(r"(?:says?|said|saying)\b", re.IGNORECASE)
OBJECT_PREPOSITION = re.compile(
    rf"\b(?:{'|'.join(RULES['object_prepositions'])})\s+(?:the\s+)?$", re.IGNORECASE
)


def extract_stance(title: str, paragraphs: list[str], subtitle: str | None = None) -> Field:
    """The stance the stance model decides from the rules' reading and the words of the
    headline and lead (``stance_model``), or the rules' own when no model is installed.
    ``details`` keep the deciding cue phrases (``"cues"``) and the rules' reading."""
    return _decide_stance(title or "", subtitle or "", tuple(paragraphs or ()))


def read_by_rules(title: str, paragraphs: list[str], subtitle: str | None = None) -> Field:
    """The rubric direction the rules read, with the cue phrases that decided it in
    ``details["cues"]``. The dek (``subtitle``), when known, is read as part of the headline."""
    hits, totals, stance = _analyse(title or "", subtitle or "", tuple(paragraphs or ()))
    deciding = [h for h in hits if stance == "mixed" or h.direction == stance] or list(hits)
    return Field(stance, _rules_confidence(hits, totals, stance), _scores(totals),
                 {"cues": _top_phrases(deciding)})


def _rules_confidence(hits: tuple[Hit, ...], totals: dict[str, float], stance: str) -> float:
    return _confidence(stance, totals, {hit.direction for hit in hits if hit.stated})


def _scores(totals: dict[str, float]) -> str:
    return " vs ".join(f"{direction} {totals[direction]:.1f}" for direction in DIRECTIONS)


def rules_reading(title: str, paragraphs: list[str], subtitle: str | None = None) -> stance_model.RulesReading:
    """What the stance model weighs of the rules: their stance and confidence, and the cues
    (not the phrases and scores ``read_by_rules`` writes out as evidence, which it does not weigh)."""
    hits, totals, stance = _analyse(title or "", subtitle or "", tuple(paragraphs or ()))
    return stance_model.RulesReading(stance, _rules_confidence(hits, totals, stance),
                                     {d: totals[d] for d in DIRECTIONS}, hits)


def extract_actor(title: str, paragraphs: list[str], subtitle: str | None = None) -> Field:
    """``us``, ``china``, ``company``, a list of those when several move, or ``None``."""
    hits, _, _ = _analyse(title or "", subtitle or "", tuple(paragraphs or ()))
    stance = _decide_stance(title or "", subtitle or "", tuple(paragraphs or ())).value
    if stance == "neutral":
        return Field(None, 0.5, "no move reported, so no actor")
    directions = DIRECTIONS if stance == "mixed" else (stance,)
    fields = [_actor_field(_actor_weights(hits, direction)) for direction in directions]
    if len(fields) == 1 or fields[0].value is None or fields[1].value is None:
        return next((field for field in fields if field.value is not None), fields[0])
    return _both_actors(*fields)


def _states_surely(rules: stance_model.RulesReading) -> bool:
    """The rules read one move, stated in the headline, dek or lead, and are sure of it."""
    return (rules.stance in DIRECTIONS and rules.confidence >= MODEL_SETTINGS["sure_rules_at"]
            and any(hit.stated and hit.direction == rules.stance for hit in rules.hits))


def _overruling_margin(stance: str, rules: stance_model.RulesReading) -> float:
    """How sure the model must be of ``stance`` to overrule the rules' sure stated move.
    A page a careful reader would not doubt can still draw the opposite move from the model
    when a second paragraph recalls an earlier move or the move is negated ("did not
    approve"), so even that needs a margin; a second move (mixed) needs less when the rules
    also scored a cue that way than when only the model's words see one; no move at all
    must be near certain (plain negated moves and quoted statements)."""
    margins = MODEL_SETTINGS["overrules_a_stated_move_at"]
    if stance == "neutral":
        return margins["no_move"]
    if stance == "mixed":
        other = next(direction for direction in DIRECTIONS if direction != rules.stance)
        return margins["second_move_the_rules_saw" if rules.totals.get(other, 0.0) > 0 else "second_move"]
    return margins["opposite_move"]


@lru_cache(maxsize=32)
def _decide_stance(title: str, subtitle: str, paragraphs: tuple[str, ...]) -> Field:
    """The model's stance, unless the rules are sure the headline or lead states a move
    and the model is not sure enough of another (on short, plain pages the rules read the
    rubric better than words weighed over the corpus; how sure is ``_overruling_margin``).
    The confidence is how often such a decision was right on pages by writers the model had
    not seen; the evidence names what pushed the model most and what the rules read.
    Cached: stance and actor share it."""
    model = stance_model.load_model()
    if model is None:
        rules_alone = read_by_rules(title, list(paragraphs), subtitle)
        return replace(rules_alone, evidence=f"the rules alone (no stance model installed): {rules_alone.evidence}")
    rules = rules_reading(title, list(paragraphs), subtitle)
    found = model.weigh(stance_model.features(title, subtitle, paragraphs, rules))
    stance, probability = model.decide(found)
    if stance != rules.stance and _states_surely(rules) and probability < _overruling_margin(stance, rules):
        kept = read_by_rules(title, list(paragraphs), subtitle)
        evidence = (f"the rules' reading of a move stated up top ({kept.evidence}) stands against "
                    f"the stance model's {stance} (probability {probability:.2f})")
        return replace(kept, confidence=MODEL_SETTINGS["confidence"]["rules_kept"], evidence=evidence,
                       details={**kept.details, "rules": kept.value})
    pushed = "; ".join(model.explain(found, stance)) or "its priors"
    evidence = (f"stance model, probability {probability:.2f}, weighing {pushed} "
                f"(the rules read {rules.stance}: {_scores(rules.totals)})")
    deciding = [h for h in rules.hits if stance == "mixed" or h.direction == stance]
    return Field(stance, stance_model.confidence(probability, agrees=stance == rules.stance), evidence,
                 {"cues": _top_phrases(deciding), "rules": rules.stance})


def _actor_weights(hits: tuple[Hit, ...], direction: str) -> dict[str, float]:
    weights: dict[str, float] = defaultdict(float)
    for hit in hits:
        if hit.direction == direction:
            actor = _actor_of(hit)
            if actor:
                weights[actor] += hit.score
    return weights


def _both_actors(easing: Field, tightening: Field) -> Field:
    """Mixed news has a move each way: whoever leads each is an actor."""
    actors = []
    for field in (easing, tightening):
        for actor in field.value if isinstance(field.value, list) else [field.value]:
            if actor not in actors:
                actors.append(actor)
    value = actors[0] if len(actors) == 1 else actors
    evidence = f"easing: {easing.evidence}; tightening: {tightening.evidence}"
    return Field(value, min(easing.confidence, tightening.confidence), evidence)


@lru_cache(maxsize=32)
def _analyse(title: str, subtitle: str, paragraphs: tuple[str, ...]):
    """Hits, score per direction and stance; cached because stance and actor share them."""
    hits = tuple(_hits(title, subtitle, paragraphs))
    totals = {direction: sum(h.score for h in hits if h.direction == direction)
              for direction in DIRECTIONS}
    outright = {hit.direction for hit in hits if hit.outright}
    stated = {direction: sum(h.score for h in hits if h.stated and h.direction == direction)
              for direction in DIRECTIONS}
    mentioned = {hit.direction for hit in hits if hit.lead and hit.score > 0 and hit.told_as_news}
    texts = (title, subtitle, *paragraphs)
    lead = islice((text for text in paragraphs if _is_prose(text or "")), LEAD_PARAGRAPHS)
    opening = (title, subtitle, *lead)
    return hits, totals, _decide(hits, totals, outright, texts, opening, stated, mentioned)


def _opening_says_opposite_ways(opening: tuple[str, ...], texts: tuple[str, ...],
                                totals: dict[str, float], hits: tuple[Hit, ...], clearer: str) -> bool:
    """The headline, dek or lead say in the writer's own voice that the news is moves
    going opposite ways ("Two decisions on the same day, and they point opposite ways";
    "Washington and Beijing pulled the H20 in opposite directions"), in the headline itself
    or with a second move in sight (cues each way, or a government acting besides the
    leading actor of the ``clearer`` move's ``hits``, looked for only then): the writer's
    summary of the news, which a reader takes at its word however the second move is
    worded further down, in words no cue knows ("a warning on Tuesday"). Not a phrase
    negated ("do not point in opposite directions") or one that others say ("a decision
    critics said sends conflicting signals"): said only so, or further down, it weighs as
    before (``_says_opposite_ways``)."""
    if not any(_own_contrast(sentence) for text in opening for sentence in _sentences(text or "")):
        return False
    return (_own_contrast(opening[0] or "") or all(totals.values())
            or _names_another_government(texts, _leading_actor(hits, clearer)))


def _leading_actor(hits: tuple[Hit, ...], direction: str) -> str | None:
    weights = _actor_weights(hits, direction)
    return max(weights, key=weights.get) if weights else None


def _names_another_government(texts: tuple[str, ...], actor: str | None) -> bool:
    """A government besides ``actor`` is named as one that acts, not where chips go."""
    return any(named in GOVERNMENTS and named != actor
               for text in texts for _, named in _actor_mentions(text or ""))


def _own_contrast(sentence: str) -> bool:
    """A contrast phrase the sentence says itself, neither negated nor reported."""
    for marker in _contrast_markers(sentence):
        clause = sentence[:marker.start()]
        clause = clause[max((m.end() for m in CLAUSE_END.finditer(clause)), default=0):]
        before = sentence[max(0, marker.start() - NEGATION_WINDOW):marker.start()]
        if not NEGATED_BEFORE.search(before) and not REPORTING_VERB.search(clause):
            return True
    return False


def _contrast_markers(sentence: str) -> list[re.Match]:
    """The contrast phrases of a sentence; those that need both capitals named ("dueling
    headlines from Washington and Beijing") only when the sentence names both."""
    found = list(CONTRAST.finditer(sentence))
    between = list(CONTRAST_BETWEEN_CAPITALS.finditer(sentence))  # rarer than the capitals: asked first
    if between and all(capital.search(sentence) for capital in CAPITALS):
        found += between
    return found


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in _sentence_spans(text)]


def _says_opposite_ways(texts: tuple[str, ...]) -> bool:
    """The text itself says the moves go opposite ways ("pulling in opposite directions",
    "opened on one side and narrowed on the other"). An approval "with strings attached"
    is not such a text: its conditions are part of the easing."""
    return any(CONTRAST.search(text or "")
               or (CONTRAST_BETWEEN_CAPITALS.search(text or "")
                   and any(_contrast_markers(sentence) for sentence in _sentences(text or "")))
               for text in texts)


def _hits(title: str, subtitle: str, paragraphs: tuple[str, ...]) -> list[Hit]:
    """Every cue in the text, weighted by position, background, hedging, negation and
    genre. Commentary on one move takes that move's direction: its opening is read as
    news when what it states outright is one move (the rest, which retells and argues,
    stays scaled down); otherwise, and in the other genres, every cue is."""
    genre = _genre(title, paragraphs, subtitle)
    damped = RULES["analysis_title"]["factor"]
    rest_scale = damped if genre else 1.0
    found = list(_scaled_hits(title, subtitle, paragraphs,
                              damped if genre == "no move" else 1.0, rest_scale))
    found += [(True, hit) for hit in _paired_moves(title, damped if genre == "no move" else 1.0)]
    conditions = _as_conditions([hit for _, hit in found])
    conditions.update(_describing_the_undone([hit for _, hit in found]))
    found = [(opening, conditions.get(index, hit)) for index, (opening, hit) in enumerate(found)]
    hits = [hit for _, hit in found]
    if genre in ("commentary", "analysis") and not _states_one_move(
            [hit for hit in hits if hit.outright], pairs=genre == "commentary"):
        return [replace(hit, score=hit.score * damped, stated=False, outright=False)
                if opening else hit for opening, hit in found]
    return hits


def _as_conditions(hits: list[Hit]) -> dict[int, Hit]:
    """An obligation put on buyers or sellers ("the companies will be required to buy a
    proportion of domestic chips", "the rule caps shipments per customer") told on a page
    stating a government's approval is that approval's condition, part of the easing
    (ruling 2), unless another government sets it ("US allows H200 exports; Beijing
    requires buyers to purchase domestic chips" is two moves): weighed as background.
    The reweighed hits by their index in ``hits``."""
    approvers = {_actor_of(hit) for hit in hits if hit.stated and hit.direction == "easing"}
    if not approvers:
        return {}
    approvers |= {None, "company"}
    factor = BACKGROUND["clause"]["factor"]
    return {index: replace(hit, score=hit.score * factor, stated=False, outright=False)
            for index, hit in enumerate(hits) if hit.condition and _actor_of(hit) in approvers}


def _describing_the_undone(hits: list[Hit]) -> dict[int, Hit]:
    """On a page stating that a rule is undone ("US suspends rule that would have
    blacklisted thousands of Chinese subsidiaries"), a sentence whose subject is that rule
    ("The so-called affiliates rule, issued at the end of September, extended restrictions
    to ...") tells what was undone, not a move of its own: its cues of the other direction
    weigh as background. The reweighed hits by their index in ``hits``."""
    undone = {hit.direction for hit in hits if hit.stated and hit.undoes}
    if not undone:
        return {}
    factor = BACKGROUND["clause"]["factor"]
    return {index: replace(hit, score=hit.score * factor, stated=False, outright=False)
            for index, hit in enumerate(hits)
            if hit.direction not in undone and UNDONE_SUBJECT.match(hit.sentence)}


def _scaled_hits(title: str, subtitle: str, paragraphs: tuple[str, ...], opening_scale: float,
                 rest_scale: float):
    """(in the opening, hit) for every cue, the opening's scaled by ``opening_scale``, the
    rest's by ``rest_scale``; scaled down, a cue states nothing outright. On a scaled-down
    page (an earnings call, a results recap) a company's first-person announcement of a
    new move ("earlier this month we received our first licences") is the page's news,
    weighed as the lead wherever it stands; so is, on any page, an institution saying what
    it did today ("the Ministry of Commerce has today issued an announcement terminating
    ...": a spokesperson's answer, a statement), and a company's results release telling,
    by its own name, the rule it was told of or the charge it booked for it ("NVIDIA was
    informed by the U.S. government that ...", "As a result of these new requirements,
    NVIDIA incurred a $4.5 billion charge"), which it prints below the revenue lines."""
    headline_texts = len(HEADLINE_PARTS.split(title)) + 1  # the headline's parts and the dek
    headline_hits: list[Hit] = []
    first_lead = None
    for index, (weight, text, lead, backstory, opening) in enumerate(
            _weighted_texts(title, subtitle, paragraphs)):
        scale = opening_scale if opening else rest_scale
        if lead and index >= headline_texts and first_lead is None:
            first_lead = index
        matches = list(CUE.finditer(text))
        if not matches:
            continue
        asked = index >= headline_texts and _is_question_turn(text)
        retold = BACKGROUND["sentence"]["factor"] if backstory else 1.0
        conditions = CONDITIONS.search(text)
        conditions_at = conditions.start() if conditions else len(text) + 1
        for start, end, inside in _cued_sentences(text, matches):
            sentence = text[start:end]
            asked_from = 0 if asked else _asked_from(sentence)
            factor = BACKGROUND["hypothetical"]["factor"] if asked_from == 0 else 1.0
            asked_clause = asked_from or None  # a question in the last clause only
            announced = (COMPANY_ANNOUNCEMENT.search(sentence) if scale < 1.0
                         else None if lead else (ANNOUNCED_TODAY.search(sentence)
                                                 or RELEASE_ANNOUNCEMENT.search(sentence)))
            if announced:  # the page's own news: weighed as the lead, undamped
                hits = _sentence_hits(sentence, start, inside, LEAD_WEIGHT, factor, True,
                                      announced.end(), asked_from=asked_clause)
                yield from ((True, hit) for hit in hits)
                continue
            dateline = NEWS_DATELINE.match(sentence) if opening and not start else None
            recalls_week = (WEEK_OPENING.match(sentence) is not None and (
                index != first_lead or _recalls_another_move(sentence, inside, headline_hits)))
            for hit in _sentence_hits(sentence, start, inside, weight, scale * retold * factor,
                                      lead, dateline.end() if dateline else 0,
                                      conditions_at - start, index < headline_texts,
                                      recalls_week,
                                      asked_from=asked_clause):
                if index < headline_texts:
                    headline_hits.append(hit)
                yield opening, hit


def _asked_from(sentence: str) -> int | None:
    """Where the question of a sentence ending in a question mark starts; None where it asks
    nothing. An English question is the whole sentence: a statement before it ends in a
    full stop ("US approves H200. So what was the point?"). Chinese and Japanese set the
    stated premise before a question with a comma ("美国放行H200，中国却叫停进口？", "美国商
    务部发布了出口管制新规，请问商务部对此有何评论？"), so a full-width question mark asks
    only its own clause."""
    question = QUESTION_END.search(sentence)
    if question is None:
        return None
    if sentence[question.start()] == "?":
        return 0
    clause_ends = [clause_end.end() for clause_end in CLAUSE_END.finditer(sentence, 0, question.start())]
    return clause_ends[-1] if clause_ends else 0


def _cued_sentences(text: str, matches: list[re.Match]) -> Iterator[tuple[int, int, list[re.Match]]]:
    """(start, end, its cue ``matches``) of each sentence of ``text`` that holds a cue, in
    one walk over the sentences and the matches, both in the order of the text (not a scan
    of every match per sentence). A match starting in the gap between two sentences
    belongs to neither."""
    at, count = 0, len(matches)
    for start, end in _sentence_spans(text):
        while at < count and matches[at].start() < start:
            at += 1
        first = at
        while at < count and matches[at].start() < end:
            at += 1
        if at > first:
            yield start, end, matches[first:at]


def _recalls_another_move(sentence: str, matches: list[re.Match], headline_hits: list[Hit]) -> bool:
    """A sentence's moves are not the headline's: another government makes them, or they go
    the other way ("China tells firms to stop buying Nvidia H20" ... "Last week, the US
    approved licences"). No headline move, nothing to set them against."""
    moves = {hit.direction for hit in headline_hits if hit.outright}
    if not moves:
        return False
    actors = {_actor_of(hit) for hit in headline_hits if hit.outright}
    named = {actor for _, actor in _actor_mentions(sentence) if actor in GOVERNMENTS}
    return (any(CUES[match.lastgroup].direction not in moves for match in matches)
            or bool(named - actors))


def _paired_moves(title: str, scale: float):
    """The uncued move of a headline that sets two governments' actions against each other
    ("Nvidia gets green light for H200, but Beijing tells its giants to wait"; "Washington
    pauses, Beijing shuts a door"): when one clause states a move and the other, opening on
    another government, carries no cue of its own and does not merely react ("as China
    welcomes the decision"), the pairing says it runs the other way. A first move by the
    same government is one story told twice ("AMD to resume MI308 shipments as US moves
    licence applications forward"). An uncued first clause may name its government
    anywhere in it ("H200 licence applications open in the US, China drops foreign
    accelerators"), and a kicker ("China Trade Monitor: Licences Flow, Beijing Pushes
    Back") is no part of the clause. Weighed as a clear cue in the headline; ``scale`` as
    the opening's."""
    pair = _second_government_clause(title)
    if pair is None:
        return
    first, second, government = pair
    first_hits, second_hits = _clause_hits(first), _clause_hits(second)
    stated = [hit for hit in first_hits if hit.outright]
    if stated:
        uncued, others = second, second_hits
        if government in {_government_of(hit) for hit in stated}:
            return
    else:
        stated = [hit for hit in second_hits if hit.outright]
        uncued, others = first, first_hits
        if _clause_government(first) in (None, government) or MARKET_REACTION.search(first):
            return
    moves = {hit.direction for hit in stated}
    if len(moves) != 1 or PAIR_REACTION.search(uncued) or not _can_state_a_move(uncued):
        return
    if any(hit.outright or hit.direction in moves for hit in others):
        return  # the uncued clause states its own move, or hints at the same one
    direction = next(d for d in DIRECTIONS if d not in moves)
    outright = scale >= RULES["outright_factor_at_least"]
    score = RULES["stated_weight_at_least"] * float(RULES["position"]["title"]) * scale
    yield Hit(uncued, direction, score, uncued, 0, (), outright, True, outright)


def _can_state_a_move(clause: str) -> bool:
    """An uncued clause can state the other government's move only as a clause of its own:
    not a lone name in a list of subjects ("US, China suspend chip-related export curbs"),
    not a move still pending ("Beijing has yet to sign off"), and not one whose
    government's name only describes a noun ("China sales hit": the sales are hit, no
    government acts)."""
    if len(clause.split()) < 2 or PAIR_PENDING.search(clause):
        return False
    tail = _without_kicker(clause)
    name = next(ACTOR.finditer(tail), None)
    return name is None or PAIR_NOUN_AFTER.match(tail, name.end()) is None


def _clause_government(clause: str) -> str | None:
    """The one government an uncued clause names, as its subject or where its move happens
    ("Washington pauses"; "H200 licence applications open in the US"; "H200 rule published
    in Washington"): set against another government's move, the clause is that
    government's move (unless it reports a market: "Nvidia shares slide in US"). None when
    it names none or both, or only as where a person or company goes or acts ("Huang
    visits Washington", "Nvidia lobbies in the US")."""
    named = {ACTORS[match.lastgroup] for match in ACTOR.finditer(clause)
             if PAIR_LEAD_IN.fullmatch(clause[:match.start()])
             or PAIR_POLICY_IN.search(clause[:match.start()])} & set(GOVERNMENTS)
    return next(iter(named)) if len(named) == 1 else None


def _without_kicker(clause: str) -> str:
    """A headline's clause after any kicker ("Semafor Technology: Washington pauses")."""
    return clause.rsplit(": ", 1)[-1].lstrip()


def _clause_hits(clause: str) -> list[Hit]:
    """The cues of a headline's clause, weighed as its own sentence."""
    return list(_sentence_hits(clause, 0, list(CUE.finditer(clause)), 1.0, 1.0, True))


def _government_of(hit: Hit) -> str:
    """Whose move a headline's cue states: its government; Washington's for a US chipmaker
    acting on it ("Nvidia to resume H20 sales as US promises licences" is one move) and for
    a move whose maker goes unnamed ("Nvidia cleared for RTX Pro 6000D sales as US extends
    licences"): the licences for US chips are its to give."""
    actor = _actor_of(hit)
    return actor if actor in GOVERNMENTS else "us"


def _second_government_clause(text: str) -> tuple[str, str, str] | None:
    """(first clause, second clause, its government) of a headline whose second clause
    opens on a government the first does not name ("..., but Beijing ...", "...; China's
    customs ..."), or None. A kicker before the first clause ("China Trade Monitor:
    Licences Flow, Beijing Pushes Back") names the page's beat, not who moved: the first
    clause is read without it."""
    for joint in PAIR_JOINT.finditer(text):
        first, second = text[:joint.start()], text[joint.end():]
        mentions = _actor_mentions(second)
        if not mentions or mentions[0][1] not in GOVERNMENTS:
            continue
        if PAIR_LEAD_IN.fullmatch(second[:mentions[0][0]]):
            first = _without_kicker(first)
            named = {actor for _, actor in _actor_mentions(first)}
            government = mentions[0][1]
            return (first, second, government) if government not in named else None
    return None


def _states_one_move(hits: list[Hit], pairs: bool = True) -> bool:
    """The ``hits`` state one move each way at most: no two governments make the moves of
    one direction ("Washington has blocked H200 exports, and Beijing has banned the RTX Pro
    6000D" is several moves one way, an analysis), and one government's move each way
    ("US says yes to the H200, China says not so fast"; "Diffusion Rule Rescinded, Huawei
    Guidance Issued") is the pair of moves an explainer is about; unless a government makes
    each, two states side by side ("Nvidia can't sell the H100 but can sell the H20") are no
    pair of moves. A page calling itself commentary or analysis (not ``pairs``) weighs a
    move each way as an analysis."""
    movers = [{_actor_of(hit) for hit in hits if hit.direction == direction} - {None, "company"}
              for direction in DIRECTIONS]
    if any(len(governments) > 1 for governments in movers):
        return False
    if all(any(hit.direction == direction for hit in hits) for direction in DIRECTIONS):
        return pairs and all(movers)
    return True


def _genre(title: str, paragraphs: tuple[str, ...], subtitle: str = "") -> str | None:
    """``"no move"`` for a headline announcing a transcript, a timeline, a proposal or a
    deliberation (not one after a main clause stating a move), or an opening saying that
    nothing moved ("Nothing new from either Washington or Beijing today"); ``"commentary"`` for a headline announcing analysis,
    opinion, an explainer or a question; ``"analysis"`` for an opening naming the piece
    as such ("This commentary does not argue for or against the decision"): by its own
    word it weighs moves rather than reports them; ``None`` for news. The
    opening is the first paragraphs of prose: a reference page's section headings
    ("General", "License requirements") come before what it says it is."""
    opening = islice((text for text in paragraphs if _is_prose(text or "")),
                     RULES["analysis_title"]["opening_paragraphs"])
    kinds = {match.lastgroup for text in opening for match in GENRE_OPENING.finditer(text)}
    if (any(kind.startswith("no_move") for kind in kinds) or _headline_announces_no_move(title)
            or DELIBERATION.search(subtitle)):
        return "no move"
    if kinds:
        return "analysis"
    return "commentary" if COMMENTARY_TITLE.search(title) else None


def _headline_announces_no_move(title: str) -> bool:
    """A transcript, a proposal or a deliberation in the headline, unless it comes after a
    main clause stating a move outright: in "US allows H200 exports, but Beijing weighs
    limits" the weighing is a reaction, and the main clause's move is the news."""
    marker = NO_MOVE_TITLE.search(title)
    if marker is None:
        return False
    main_end = HEADLINE_CLAUSE_END.search(title)
    if main_end is None or marker.start() < main_end.start():
        return True
    return not any(CUES[cue.lastgroup].weight >= RULES["stated_weight_at_least"]
                   for cue in CUE.finditer(title[:main_end.start()]))


def _is_question_turn(paragraph: str) -> bool:
    """A speaker's turn ending in a question about a move still to be made ("Reporter: The
    US has announced it will allow H200 exports. Will China allow its companies to buy
    them?") asks about a pending decision (ruling 4), premise and all: hedged like a
    hypothetical. A question asking for a response ("AFP: The US on Monday announced new
    export controls. What is China's response?") leaves the reporter's statement before it
    the news it reports, as elsewhere only the question itself is hedged ("US approves H200
    exports. So what was the point?" still reports the approval); a headline's kicker
    ("Explained: US says yes to the H200, China says not so fast. What happens now?") is no
    speaker. A reporter's turn at a Chinese or Japanese press conference ("问：美国商务部发布
    了出口管制新规，请问商务部对此有何评论？") asks only the clause after the premise's comma
    (``_asked_from``): asking for comment, it leaves the premise the news; asking about a move
    ("问：美方已放行H200，中方是否会批准企业采购？"), it is hedged whole. The spokesperson's
    answer ("答：……") asks nothing and is read as any statement."""
    if SPEAKER_TURN.match(paragraph) is None:
        return False
    *_, (start, end) = _sentence_spans(paragraph)
    question = paragraph[start:end]
    asked_from = _asked_from(question)
    return asked_from is not None and CUE.search(question[asked_from:]) is not None


@lru_cache(maxsize=128)
def _sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence of ``text``. Kept for a page's texts: the weighing of
    its cues splits them, and the reading of its opening (``_opening_says_opposite_ways``)
    splits the headline, dek and lead again."""
    spans, start = [], 0
    for boundary in SENTENCE_END.finditer(text):
        spans.append((start, boundary.start("gap")))
        start = boundary.end("gap")
    spans.append((start, len(text)))
    return tuple(spans)


def _weighted_texts(title: str, subtitle: str, paragraphs: tuple[str, ...]):
    """(position weight, text, in the lead, in a backstory section, in the opening) for
    the headline, the dek and each paragraph; the opening is the headline, the dek, the
    first paragraph of prose and a summary's items. The lead is the headline, the dek and
    the first paragraphs of prose, not a heading or a ticker line opening the body. A
    summary label ("Key Points", an official rule's "SUMMARY:") opens the page's own
    summary: its short items are lead, and the lead starts afresh at the first full
    paragraph, the story's own lead. A backstory heading ("Background", "How we got here")
    makes the paragraphs under it background, up to the next heading; the same label
    opening a paragraph ("Recap: ...") makes that paragraph background, and it takes no
    place in the lead; a paragraph opening with a summary or verdict label ("Bottom line:
    ...") is lead wherever it stands. A newsletter's greeting ("Hi all — a busy week") tells
    no news and takes no place in the lead. Numbered section headings that start while the
    lead is open ("1. The US side", "2. The Beijing side") each announce a development:
    the first paragraph under each is lead, however far down.
    A thread's post numbers ("2/ Meanwhile, ...") are read past. A headline's parts set
    off by a dash or a bar are read apart: a question after a statement ("Beijing summons
    Nvidia — is China turning off the tap?") leaves the statement unhedged."""
    position = RULES["position"]
    lead, later = position["paragraphs"], float(position["later"])
    for part in HEADLINE_PARTS.split(title):
        yield float(position["title"]), part, True, False, True
    yield float(position["subtitle"]), subtitle, True, False, True
    prose, summary, backstory, next_item, announced = 0, False, False, 0, 0
    next_section, section_opens = 0, False
    for paragraph in paragraphs:
        paragraph = paragraph or ""
        if not _is_prose(paragraph):
            heading = paragraph.strip()
            if SUMMARY_LABEL.fullmatch(heading):
                prose, summary = 0, True
            backstory = BACKSTORY_HEADING.fullmatch(heading) is not None
            numbered = _next_list_item(heading, next_section, prose < len(lead))
            next_section, section_opens = (numbered, True) if numbered else (next_section, False)
            yield later, paragraph, False, False, False
            continue
        if section_opens and not (prose < len(lead) and not backstory):
            section_opens = False
            yield float(lead[-1]), paragraph, True, False, False
            continue
        section_opens = False
        if summary and len(paragraph.split()) < position["summary_item_words"]:
            yield float(lead[-1]), paragraph, True, False, True
            continue
        summary = False
        opening = _without_post_number(paragraph)
        if _only_greets(opening):
            yield later, paragraph, False, False, False
            continue
        if BACKSTORY_LABEL.match(opening):
            yield later, paragraph, False, True, False
            continue
        if SUMMARY_OPENING.match(opening):
            yield float(lead[-1]), paragraph, True, False, False
            continue
        in_lead = prose < len(lead) and not backstory
        next_item = _next_list_item(opening, next_item, in_lead)
        if (next_item or announced) and not in_lead:
            announced = _items_left(announced, opening)
            yield float(lead[-1]), paragraph, True, False, False
            continue
        announced = (_announced_items(opening) if in_lead else 0) or _items_left(announced, opening)
        turn = prose < position["turn_reach"] and COUNTER_TURN.match(opening) is not None
        yield ((float(lead[prose]) if in_lead else later), paragraph, in_lead or turn, backstory,
               in_lead and prose == 0)
        prose += 1


def _only_greets(paragraph: str) -> bool:
    """The paragraph greets the reader or describes the issue ("Ni hao, welcome back to Axios
    China. Today's newsletter is 1,105 words.") and says nothing else of substance; a
    greeting followed by the news ("Good morning. The Commerce Department last night told
    Nvidia ...") is the lead."""
    rest = paragraph
    while GREETING.match(rest):
        stop = SENTENCE_END.search(rest)
        if stop is None:
            return True
        rest = rest[stop.end():]
    return rest is not paragraph and not _is_prose(rest)


def _announced_items(opening: str) -> int:
    """How many developments a paragraph of the lead announces ("Two developments this week
    matter ..."): the paragraphs telling them are lead too, however far down."""
    announced = ANNOUNCED_ITEMS.search(opening)
    return ITEM_COUNTS[announced.group(1).lower()] if announced else 0


def _items_left(announced: int, paragraph: str) -> int:
    """The announced developments still to be told after ``paragraph``, which tells one,
    or as many as it counts off ("First, ... Second, ..."). None left of none announced:
    the paragraph is not read."""
    if not announced:
        return 0
    return max(0, announced - max(1, len(ITEM_ORDINAL.findall(paragraph))))


def _next_list_item(opening: str, expected: int, in_lead: bool) -> int:
    """The number the next item of a numbered list in the lead would carry, or 0: a list
    the lead starts ("1) Trump posted that Nvidia can ship the H200") lists the news, and
    each item after it ("2) Overnight, Beijing is limiting access") is lead as well, up to
    the first paragraph that does not carry the next number."""
    item = LIST_NUMBER.match(opening)
    number = int(item.group(1)) if item else 0
    if (in_lead and number == 1) or (expected and number == expected):
        return number + 1
    return 0


def _without_post_number(paragraph: str) -> str:
    """The paragraph after a thread's post number ("2/ Meanwhile, ..."): what it opens with."""
    number = POST_NUMBER.match(paragraph)
    return paragraph[number.end():] if number else paragraph


def _is_prose(paragraph: str) -> bool:
    """Enough words ending a sentence, or twice as many words without a stop. Chinese and
    Japanese set no spaces between words: two of their characters count as a word, and
    their full stop ends a sentence."""
    least = RULES["position"]["prose_min_words"]
    wide = 0 if paragraph.isascii() else len(CJK_CHARACTER.findall(paragraph))  # none in ASCII text
    words = words_up_to(paragraph, 2 * least) + wide // 2
    return words >= 2 * least or (words >= least and SENTENCE_STOP.search(paragraph) is not None)


def _sentence_hits(sentence: str, offset: int, matches: list[re.Match], weight: float,
                   damping: float, lead: bool, news_from: int = 0, conditions_from: int | None = None,
                   headline: bool = False, recalls_week: bool = False, asked_from: int | None = None):
    """Weigh the cue ``matches`` (offsets in the paragraph) found in one sentence; an
    outright cue in the lead is a stated move. Background markers before ``news_from``
    date the news itself: the story's opening dateline ("On January 13, 2026, BIS
    published ..."), a company's announcement ("earlier this month we received ...").
    From ``conditions_from`` on, the paragraph lists the conditions a permission comes
    with ("They come with conditions: buyers must not deploy the H200 in government
    projects"): part of the easing, so a tightening cue there is background. A sentence
    booking a charge for a move ("recorded a $4.5 billion charge ... after the U.S.
    government imposed a license requirement on the chip in April") makes the move the news
    of the results reporting it, however dated (ruling 3): no date marker dates it. A
    sentence opening "Last week" that ``recalls_week`` is background as a whole. A cue from
    ``asked_from`` on stands in the clause a question asks (``_asked_from``): hedged."""
    if conditions_from is None:
        conditions_from = len(sentence) + 1
    setting = _participle_opening(sentence)
    cues = [(match.start() - offset, CUES[match.lastgroup].direction) for match in matches]
    clauses = [span for span in _background_clauses(sentence, cues)
               if span[0] >= news_from] + ([(0, setting)] if setting else [])
    dated_from = (0 if recalls_week else len(sentence) + 1 if CHARGE_BOOKED.search(sentence)
                  else _dated_from(sentence, max(news_from, setting), headline))
    dated_until = _now_clause(sentence, dated_from)
    undone = _undone_spans(sentence, matches, offset)
    hedges = _hedge_markers(sentence)
    for match in matches:
        cue, at, end = CUES[match.lastgroup], match.start() - offset, match.end() - offset
        direction, cue_factor, phrase_start = _after_negation(cue.direction, sentence, at)
        if direction is None or _names_no_move(cue, direction, sentence, at, end, undone, headline):
            continue
        factor = damping * _hypothetical_factor(sentence, hedges, at, end)
        if asked_from is not None and at >= asked_from:
            factor *= BACKGROUND["hypothetical"]["factor"]
        recalled = dated_from <= at < dated_until
        if recalled:
            factor *= BACKGROUND["sentence"]["factor"]
        if any(start <= at < stop for start, stop in clauses) or (
                direction == "tightening" and at >= conditions_from):
            factor *= BACKGROUND["clause"]["factor"]
        clear = cue.weight * cue_factor >= RULES["stated_weight_at_least"]
        outright = clear and factor >= RULES["outright_factor_at_least"]
        yield Hit(sentence[phrase_start:end], direction, cue.weight * weight * factor * cue_factor,
                  sentence, at, cue.actors, lead and outright, lead, outright,
                  cue.condition and direction == cue.direction,
                  not recalled, cue.undoes)


def _names_no_move(cue: Cue, direction: str, sentence: str, at: int, end: int,
                   undone: list[tuple[int, int, str]], headline: bool = False) -> bool:
    """A cue that names a state, what a move of the other direction undoes (the
    restriction being lifted: "suspends a rule that extended export restrictions"; the
    opening being closed: "closing the gap that let Nvidia sell the A800"), or a Chinese
    chipmaker's own product going to market ("Huawei begins shipments of the Ascend 910C")
    reports no move in access; nor does a company saying there are "no sales" ("Nvidia says
    no H20 sales to China in quarter"): a status report of its own business, where a
    government saying it ("White House says no B30A sales to China") is a directive; nor
    does an approval of a deal or of a legal text (``stance_events.approves_a_deal``), nor,
    below the headline, a permission in the simple present passive ("once licences are
    approved": ``_permission_as_state``)."""
    if _is_descriptive(sentence[at:end], sentence, at, end):
        return True
    if (direction == "easing" == cue.direction and not headline
            and _permission_as_state(sentence, at, end)):
        return True
    if COMPANY_SAYS.match(sentence, at) and _named_before(sentence, at) in ("company", DOMESTIC):
        return True
    if direction == "easing" and stance_events.approves_a_deal(sentence, at, end):
        return True
    if any(start <= at < stop and direction != by for start, stop, by in undone):
        return True
    if cue.actors and cue.actors == tuple(GOVERNMENTS) and _telling(sentence, at):
        return _named_before(sentence, at) in ("company", DOMESTIC)
    return not cue.actors and _named_before(sentence, at) == DOMESTIC


def _permission_as_state(sentence: str, at: int, end: int) -> bool:
    """A permission's bare participle in the simple present passive ("everything it offers
    is approved by the authorities", "we will ship once licences are approved", "as licences
    are granted") names a standing state or a condition still to be met; a permission given
    is told in the past ("were approved"), the perfect ("have been approved") or with "now"
    ("are now approved"). Not in a headline, whose present tells the news ("The H200 is
    approved, and Beijing reaches for the brakes")."""
    return " " not in sentence[at:end].strip() and PRESENT_PASSIVE.search(sentence, 0, at) is not None


def _telling(sentence: str, at: int) -> bool:
    """A cue that is an instruction ("told ... to wind down"): only a government's orders
    firms; a company telling its suppliers to wind down is its own business. Not the
    passive ("Nvidia has been told by U.S. officials to stop"), where the company is told."""
    return TELLING.match(sentence, at) is not None and not PASSIVE_BEFORE.search(sentence, 0, at)


def _undone_spans(sentence: str, matches: list[re.Match], offset: int) -> list[tuple[int, int, str]]:
    """From each cue undoing an earlier move to the end of its object, with the cue's
    direction: what it removes ("suspends a rule that extended export restrictions to
    affiliates, while …", "closes the loophole that let Nvidia sell the A800, and …"),
    named inside the cue itself too ("drops the licence requirement"); a cue of the other
    direction starting where it starts is another reading of the same words, not its object."""
    spans = []
    for match in matches:
        cue = CUES[match.lastgroup]
        if cue.undoes:
            start, end = match.start() - offset, match.end() - offset
            stop = OBJECT_END.search(sentence, end)
            spans.append((start + 1, stop.start() if stop else len(sentence), cue.direction))
    return spans


def _dated_from(sentence: str, news_from: int = 0, headline: bool = False) -> int:
    """Where background set by a marker ("in April", "last year", "previously") starts:
    at the start of the marker's clause, reaching to the end of the sentence. A move stated
    in an earlier clause stays news ("has started issuing licences, clearing the way for
    shipments that had been frozen since April"); a marker in the first clause dates the
    whole sentence ("In April, Washington imposed …"), and so do a retold sequence
    ("first blocked it, then allowed it"), a series of moves told as participles in a row
    ("it has been blocked, released, taxed and finally boycotted", also in a headline), a
    reminder ("..., as you know") and a permission said to have gone unused ("..., but we
    have not shipped any H20 under those licenses"). What the holders of a permission must do
    ("Approved buyers must also purchase domestic chips") is its conditions, part of the
    easing, and weighs as background the same way. The past perfect ("had halted") is
    such a marker unless it only follows the tense of a reporting verb ("reported that Beijing
    had told firms", "regulators had told firms to stop, people familiar said") or a time
    the news itself reached ("By Wednesday, regulators had told platforms ..."). Markers
    before ``news_from`` (the news's own dateline) do not count. In a ``headline`` (or
    its dek) a sequence tells the news's own two steps, not a retold past ("US Clears
    Nvidia H200 Exports, Then Beijing Blocks Them"): headlines report what is new. Past
    the end when there is none."""
    measured = _measured_since(sentence)
    markers = [marker for marker in BACKGROUND_SENTENCE.finditer(sentence)
               if marker.start() >= news_from
               and not (headline and marker.lastgroup.startswith("sequence"))
               and not _in_span(marker.start(), measured)
               and not (marker.lastgroup.startswith("perfect")
                        and (_is_reported(sentence, marker) or NEWS_TIME.match(sentence)))
               and not _sets_a_date_ahead(sentence, marker, headline)
               and (not marker.lastgroup.startswith("series") or _retells_a_saga(sentence, marker))]
    if not markers:
        return len(sentence) + 1
    if any(marker.lastgroup.startswith(("sequence", "series", "known", "unused")) for marker in markers):
        return 0
    opening = [b.end() for b in CLAUSE_BOUNDARY.finditer(sentence, 0, markers[0].start())]
    return opening[-1] if opening else 0


def _retells_a_saga(sentence: str, series: re.Match) -> bool:
    """A series of participles retells a saga when its verbs are moves both ways ("banned,
    unbanned, taxed, shunned") and no day of the news is named; one way ("summoned,
    questioned and warned") or on a day ("on Tuesday revised, expanded and tightened"), it
    is one move told in its steps."""
    if NEWS_DAY.search(sentence) or NEWS_TIME.match(sentence):
        return False
    directions = {CUES[cue.lastgroup].direction for cue in CUE.finditer(sentence)
                  if series.start() <= cue.start()}
    if SERIES_EASING.search(sentence, series.start()):
        directions.add("easing")
    return len(directions) == 2


def _sets_a_date_ahead(sentence: str, marker: re.Match, headline: bool = False) -> bool:
    """A date the news takes effect from, or is due by ("Japan will require licences for
    exports of 23 tools from July 23", "Japan to restrict exports from July", "must comply
    by March"): told with a future verb before it in its own clause, "from", "by" or
    "until" and a month look ahead to the move's own dates, they recall no earlier one
    (unlike "Analysts will watch Nvidia, whose chips were barred from October 2023")."""
    if FORWARD_DATE.match(marker.group(0)) is None:
        return False
    verbs = list(FUTURE_VERB.finditer(sentence, 0, marker.start()))
    if headline:
        verbs += HEADLINE_FUTURE.finditer(sentence, 0, marker.start())
    return any(not CLAUSE_BOUNDARY.search(sentence, verb.end(), marker.start())
               and not WHERE.search(sentence, verb.end(), marker.start()) for verb in verbs)


def _now_clause(sentence: str, dated_from: int) -> int:
    """Where a clause told as now starts after background set at ``dated_from``: the
    contrast of then and now ("Such applications, previously reviewed under a presumption
    of denial, will now be reviewed case by case") tells the news in its "now" clause, so
    the background ends there.
    The sentence's end when there is none."""
    if dated_from >= len(sentence):
        return len(sentence) + 1
    now = NOW_CLAUSE.search(sentence, dated_from)
    if now is None:
        return len(sentence) + 1
    boundaries = [b.end() for b in CLAUSE_BOUNDARY.finditer(sentence, dated_from, now.start())]
    return boundaries[-1] if boundaries else len(sentence) + 1


def _measured_since(sentence: str) -> tuple[int, int] | None:
    """The span of a "since" clause that measures the news against the past, after a
    superlative in the same clause ("the most significant loosening of export controls
    since they were introduced in 2022", "the sharpest turn since 2022"): it dates the
    comparison, not the move, so its dates are no background markers."""
    measured = MEASURED_SINCE.search(sentence)
    if measured is None:
        return None
    end = CLAUSE_END.search(sentence, measured.end())
    return measured.start("since"), end.start() if end else len(sentence)


def _in_span(at: int, span: tuple[int, int] | None) -> bool:
    return span is not None and span[0] <= at < span[1]


def _participle_opening(sentence: str) -> int:
    """The end of a participle phrase opening the sentence when a date or another
    background marker sits in it ("Building on the controls introduced in October 2022,
    the Framework imposes ..."): the phrase recalls the past, the main clause after its
    comma is the news. 0 when there is none."""
    opening = PARTICIPLE_OPENING.match(sentence)
    if opening and BACKGROUND_SENTENCE.search(opening.group(0)):
        return opening.end()
    return 0


def _is_reported(sentence: str, marker: re.Match) -> bool:
    """A reporting verb in the sentence besides the ``marker`` itself ("had said") and the
    participle of its passive ("customs had been told that ..." is the past perfect of
    the telling, not a report of it)."""
    after = marker.end()
    if marker.group(0).lower().endswith("been"):
        participle = PASSIVE_PARTICIPLE.match(sentence, after)
        after = participle.end() if participle else after
    return (REPORTING_VERB.search(sentence, 0, marker.start()) is not None
            or REPORTING_VERB.search(sentence, after) is not None)


def _hedge_markers(sentence: str) -> list[tuple[re.Match, bool]]:
    """The hedge and intention markers of ``sentence``, each with whether it is a reported
    commitment ("said it would grant licences"), which hedges nothing. Found once per
    sentence, since every cue in it is weighed against the same markers."""
    markers = []
    for marker in HYPOTHETICAL.finditer(sentence):
        committed = REPORTED_COMMITMENT.search(sentence[:marker.end()])
        markers.append((marker, committed is not None and committed.end() == marker.end()))
    return markers


def _hypothetical_factor(sentence: str, hedges: list[tuple[re.Match, bool]], cue_start: int,
                         cue_end: int) -> float:
    """Hedged once per hedge word in ``hedges`` (at most ``most`` times; an intention such
    as "plans to" weighs less than a hedge), except a permission inside the cue ("may
    sell"), a reported commitment and a hedge in another clause (``_in_another_clause``)."""
    rules = BACKGROUND["hypothetical"]
    factors = []
    for marker, committed in hedges:
        permission = (cue_start <= marker.start() < cue_end
                      and marker.group(0).lower() in rules["permission"])
        if not (permission or committed or _in_another_clause(sentence, marker, cue_start, cue_end)):
            intent = marker.lastgroup.startswith("intent")
            factors.append(rules["intent"]["factor"] if intent else rules["factor"])
    product = 1.0
    for factor in sorted(factors)[:rules["most"]]:
        product *= factor
    return product


def _in_another_clause(sentence: str, marker: re.Match, cue_start: int, cue_end: int) -> bool:
    """A hedge after the cue in a clause of its own ("charged over servers that may contain
    chips"), or one before it whose clause ends first: turned by ", but" or a semicolon
    ("may now buy the H200, but data centres will be steered toward local chips"), or a
    relative clause closed by a comma ("the rule, which would have capped exports, and
    issued guidance that ...")."""
    if marker.start() >= cue_end:
        return RELATIVE_CLAUSE.search(sentence, cue_end, marker.start()) is not None
    if marker.end() > cue_start:
        return False
    if CLOSED_CLAUSE.search(sentence, marker.end(), cue_start):
        return True
    return (RELATIVE_OPENING.search(sentence, 0, marker.start()) is not None
            and "," in sentence[marker.end():cue_start])


def _is_descriptive(cue_text: str, sentence: str, start: int, end: int) -> bool:
    """A participle naming a kind of product ("banned chips", "approved suppliers") or
    otherwise read as an adjective (``_reads_as_adjective``) describes the state of
    things; no move."""
    words = cue_text.split(maxsplit=1)
    if words[0].lower().endswith("ed") and _reads_as_adjective(words, sentence, start, end):
        return True
    return cue_text.lower().endswith("ed") and DESCRIPTIVE_AFTER.match(sentence, end) is not None


def _reads_as_adjective(words: list[str], sentence: str, start: int, end: int) -> bool:
    """The participle opening a cue after an article or preposition ("sold to approved
    customers", "approve the required export licences"), opening a phrase that names a
    standing state after "is" or "are" ("the A100 that Nvidia is barred from selling"),
    heading the subject of a verb ("limited access to tools is keeping output down"), or
    opening a phrase set off from its sentence ("Blocked from buying Nvidia's chips,
    startups rent servers abroad"; "SMIC, barred from buying tools, cannot ...")."""
    if DESCRIPTIVE_BEFORE.search(sentence, 0, start):
        return True
    if len(words) > 1 and (DESCRIPTIVE_STATE.search(sentence, 0, start)
                           or DESCRIPTIVE_SUBJECT.match(sentence, end)):
        return True
    return (APPOSITION_BEFORE.search(sentence, 0, start) is not None
            and APPOSITION_AFTER.match(sentence, start + len(words[0])) is not None)


def _background_clauses(sentence: str, cues: list[tuple[int, str]]) -> list[tuple[int, int]]:
    """Spans from a "despite"/"even after" marker to the end of its clause, and from an
    "after" marker when the sentence reports no move before it ("Nvidia says its chips
    are safe after Beijing summons": the summons is what the news reacts to) or only
    moves the other way ("Beijing tells tech giants to hold off on H200 orders after Trump
    lifts ban": the lifting is what the news came after); in "Nvidia resumes sales after
    Washington grants licences" both are news, one move told in two steps. A market
    reaction before it is no news of its own ("Shares fall after China bans the chip": the
    ban is). ``cues`` are (offset, direction) of the sentence's cues. From a time elapsed
    since ("three months after", "a day after") the span reaches the end of the sentence:
    all that follows tells what the news came after, unless the clause opens the
    sentence: then its comma ends it."""
    markers = list(BACKGROUND_CLAUSE.finditer(sentence))
    markers += [m for m in ANTECEDENT_CLAUSE.finditer(sentence)
                if _reacts_to(cues, m.start()) and not MARKET_REACTION.search(sentence, 0, m.start())]
    spans = [(marker.start(), _elapsed_clause_end(sentence, marker))
             for marker in ELAPSED_CLAUSE.finditer(sentence)]
    for marker in markers:
        end = CLAUSE_END.search(sentence, marker.end())
        spans.append((marker.start(), end.start() if end else len(sentence)))
    return spans


def _elapsed_clause_end(sentence: str, marker: re.Match) -> int:
    """Where what the news came some time after ends: at the sentence's end, or at its
    clause's comma when it opens the sentence ("A day after the US approved it, China
    blocked the H200": the main clause is the news)."""
    if ELAPSED_OPENING.fullmatch(sentence, 0, marker.start()):
        end = CLAUSE_END.search(sentence, marker.end())
        if end:
            return end.start()
    return len(sentence)


def _reacts_to(cues: list[tuple[int, str]], at: int) -> bool:
    """What follows offset ``at`` is what the news before it reacts to: no cue comes
    before it, or the cues after it go a way none before it goes."""
    before = {direction for start, direction in cues if start < at}
    after = {direction for start, direction in cues if start > at}
    return not before or bool(after - before)


def _after_negation(direction: str, sentence: str, start: int) -> tuple[str | None, float, int]:
    """A negated cue turns into its vocabulary's replacement ("did not approve"); a
    cue still pending ("has not yet approved", "waiting for licences") or a move said to be
    absent ("no easing", "did not include any loosening") counts for nothing.
    Also where the phrase to quote starts: at the negation, when there is one."""
    window = max(0, start - NEGATION_WINDOW)
    before = sentence[window:start]
    if PENDING_BEFORE.search(before):
        return None, 0.0, start  # "has not received approval", "yet to": no decision either way
    negation = NEGATED_BEFORE.search(before)
    if not negation:
        return direction, 1.0, start
    if ABSENT_BEFORE.search(before):
        return None, 0.0, start  # "did not include any loosening": no move, not a refusal
    rule = RULES["negation"][direction]
    word_start = sentence.rfind(" ", 0, window + negation.start()) + 1  # "won't", not "n't"
    return rule["becomes"], float(rule["factor"]), word_start


def _decide(hits: tuple[Hit, ...], totals: dict[str, float], outright: set[str],
            texts: tuple[str, ...], opening: tuple[str, ...], stated: dict[str, float],
            mentioned: set[str]) -> str:
    """A direction is a reported move when its cues pass the bar and one of them states it
    outright (many faint or hedged mentions are still no move); no move is neutral.
    Mixed when the headline and lead state a move each way (``stated``: the score of
    each direction's stated cues), when the ``texts`` themselves
    say the moves go opposite ways and the weaker one is clear (only then are they read
    for that: it is a scan of the whole text), or when both moves are substantial and the
    headline, dek or lead mention each (moves told only further down are context: other
    countries' rules, the history a decision turns). Mixed too when the ``opening`` says in
    its own voice that the moves go opposite ways and a move is reported at all
    (``_opening_says_opposite_ways``).
    A single move that the headline, dek and lead do not so much as mention (``mentioned``:
    the directions of their cues, not counting a cue they date as the past: "whose chips
    America has for years barred" recalls, it does not announce) is not the page's news
    but its backdrop: a feature's, a results story's or an opinion's, told further down;
    neutral. Unless the headline
    or lead report a rule being issued in words of no direction: then the measures told
    further down are that rule's, its news (``_reports_issued_rule``)."""
    moved = [d for d in DIRECTIONS
             if (totals[d] >= RULES["neutral_below"] or stated[d] >= RULES["stated_move_at_least"])
             and d in outright]
    clearer = max(outright or DIRECTIONS, key=totals.get)
    if ((outright or all(totals.values()))
            and _opening_says_opposite_ways(opening, texts, totals, hits, clearer)):
        return "mixed"
    if not moved:
        return "mixed" if _says_both_moved(totals, outright, texts) else "neutral"
    top = max(moved, key=lambda direction: totals[direction])
    other = next(direction for direction in DIRECTIONS if direction != top)
    if _states_both(stated):
        return "mixed"
    if totals[other] >= RULES["contrast"]["weaker_at_least"] and _says_opposite_ways(texts):
        return "mixed"
    if other in moved and other in mentioned and totals[other] >= RULES["mixed_share"] * totals[top]:
        return "mixed"
    return top if top in mentioned or _reports_issued_rule(texts) else "neutral"


def _reports_issued_rule(texts: tuple[str, ...]) -> bool:
    """The headline, dek or lead report a rule being issued, updated or released
    ("Commerce releases two rules that update export controls"; "a statement on the
    interim final rule"): a press release, briefing or statement names the rule up top in
    words of no direction and lists what it does below, so its one move is the news."""
    return any(ISSUED_RULE.search(text or "") for text in texts[:2 + LEAD_PARAGRAPHS])


def _says_both_moved(totals: dict[str, float], outright: set[str], texts: tuple[str, ...]) -> bool:
    """Two moves each stated outright that the text says go opposite ways ("two things
    that point opposite ways ... the US door opened and the Chinese door shut") are the
    news though neither alone is told at length: a newsletter's or a post's few lines."""
    return (set(DIRECTIONS) <= outright
            and min(totals.values()) >= RULES["contrast"]["weaker_at_least"]
            and _says_opposite_ways(texts))


def _states_both(stated: dict[str, float]) -> bool:
    """The headline and lead state a move each way: each direction has stated cues, and
    the weaker is no aside next to the other (a clause about what a deal "did not
    include" beside a headline and lead full of the deal)."""
    weaker, stronger = sorted(stated.values())
    return weaker >= RULES["stated_score_at_least"] and weaker >= RULES["stated_share"] * stronger


def _confidence(stance: str, totals: dict[str, float], stated: set[str]) -> float:
    """Sure when one direction clearly outweighs the other, unsure near the thresholds and
    when the headline and lead state none of the moves found (worth a look)."""
    high, low = max(totals.values()), min(totals.values())
    if stance == "neutral":
        return round(max(0.3, 0.8 - 0.3 * high / RULES["neutral_below"]), 2)
    if stance == "mixed":
        confidence = 0.4 + 0.3 * low / high
    else:
        confidence = min(0.95, 0.5 + 0.45 * (high - low) / (high + low))
    if not stated:
        confidence = min(confidence, RULES["unstated_confidence"])
    return round(confidence, 2)


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
    """The nearest actor named before the cue in its sentence, else the first after it
    (the mentions are in the order of the sentence)."""
    nearest = None
    for start, actor in _actor_mentions(hit.sentence):
        if actor != DOMESTIC and (not hit.actors or actor in hit.actors):
            if start >= hit.start:
                return actor if nearest is None else nearest
            nearest = actor
    return nearest


def _named_before(sentence: str, at: int) -> str | None:
    """The actor (or domestic chipmaker) named last before offset ``at``."""
    named = [actor for start, actor in _actor_mentions(sentence) if start < at]
    return named[-1] if named else None


@lru_cache(maxsize=256)
def _actor_mentions(sentence: str) -> tuple[tuple[int, str], ...]:
    """Actors named in ``sentence`` as subjects (not "sales to China"), with offsets. A
    possessive names whose decision it is, after any preposition ("benefit from
    Washington's decision to let Nvidia sell")."""
    return tuple(
        (match.start(), ACTORS[match.lastgroup])
        for match in ACTOR.finditer(sentence)
        if POSSESSIVE.match(sentence, match.end())
        or not OBJECT_PREPOSITION.search(sentence[max(0, match.start() - 12):match.start()])
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
