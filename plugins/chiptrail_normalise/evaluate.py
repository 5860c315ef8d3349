"""Score the normaliser against a labelled corpus, so a heuristic change that helps one
article but breaks others shows up as a number instead of a surprise in the archive.

A case directory holds ``<id>.txt`` (raw text), ``<id>.yaml`` (expected values: any subset
of ``title``, ``date``, ``source``, ``chips``, ``stance``; an absent key is not scored)
and optionally ``<id>.body.md`` (the expected clean body). Scoring rules:

- title: exact after normalising whitespace, curly quotes and surrounding quote marks;
- date: exact; an expected ``null`` that gets a date is also counted as an *invented* date;
- source: case-insensitive (``null`` must stay ``null``);
- chips: set F1 per case, averaged; first chip (the main subject) exact;
- stance: exact, with a confusion matrix;
- body: every non-blank raw line is either content (it appears in ``<id>.body.md``) or
  boilerplate; we report the share of boilerplate lines absent from the produced body
  and the share of content lines missing from it.

Usage: ``python3 -m chiptrail_normalise.evaluate DIR [DIR...] [--day-first]``.
Nothing is written; the normaliser runs in memory on each raw text.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

import yaml

from chiptrail_normalise.fields import Normalised

Normaliser = Callable[..., Normalised]

SCORED_FIELDS = ("title", "date", "source", "chips F1", "first chip", "stance")
STANCES = ("easing", "tightening", "mixed", "neutral")
NO_VALUE = "(none)"

QUOTE_MARKS = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"',
                             "„": '"', "‟": '"', "«": '"', "»": '"'})
SURROUNDING_QUOTES = re.compile(r"""^(["'])(.*)\1$""", re.DOTALL)
MARKDOWN_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~\"'])")
HEADING_MARKER = re.compile(r"^#{1,6}\s+")
BULLET_MARKER = re.compile(r"^(?:[-*+•●▪‣]|\d+[.)])\s+")

FUZZY_MIN_LENGTH = 40
"""Lines at least this long count as kept when nearly identical (a stripped dateline,
an escaped character), so a paragraph is not scored as dropped for a cosmetic change."""
FUZZY_MIN_RATIO = 0.9


@dataclass
class Score:
    """A running accuracy: the sum of per-case scores (0–1) over the cases scored."""

    points: float = 0.0
    cases: int = 0

    def add(self, value: float) -> None:
        self.points += value
        self.cases += 1

    @property
    def value(self) -> float:
        return self.points / self.cases if self.cases else 1.0


@dataclass(frozen=True)
class Miss:
    case: str
    field: str
    expected: Any
    got: Any


@dataclass
class Evaluation:
    """Everything ``evaluate`` measured on one case directory."""

    cases_dir: Path
    cases: int = 0
    scores: dict[str, Score] = field(default_factory=lambda: {f: Score() for f in SCORED_FIELDS})
    stance_confusion: Counter = field(default_factory=Counter)  # (expected, got) -> count
    invented_dates: int = 0
    boilerplate_lines: int = 0
    boilerplate_removed: int = 0
    content_lines: int = 0
    content_dropped: int = 0
    misses: list[Miss] = field(default_factory=list)

    def accuracy(self, name: str) -> float:
        return self.scores[name].value

    @property
    def boilerplate_removed_share(self) -> float:
        return self.boilerplate_removed / self.boilerplate_lines if self.boilerplate_lines else 1.0

    @property
    def content_dropped_share(self) -> float:
        return self.content_dropped / self.content_lines if self.content_lines else 0.0


@dataclass(frozen=True)
class Case:
    id: str
    raw: Path
    expected: dict[str, Any]
    body: str | None


def evaluate(cases_dir: Path, *, day_first: bool = False, normaliser: Normaliser | None = None) -> Evaluation:
    """Run the normaliser on every case in ``cases_dir`` and score it against the labels.

    ``normaliser`` defaults to the pipeline's ``normalise``; tests pass a stand-in to
    check the scoring rules on their own.
    """
    if normaliser is None:
        from chiptrail_normalise.pipeline import normalise as normaliser

    evaluation = Evaluation(cases_dir=Path(cases_dir))
    for case in load_cases(Path(cases_dir)):
        text = case.raw.read_text(encoding="utf-8")
        try:
            result = normaliser(text, name=case.raw.name, day_first=day_first)
            meta, body = result.meta, result.body
        except Exception as error:  # a crash on one case must not hide the scores of the rest
            evaluation.misses.append(Miss(case.id, "error", "an article", f"{type(error).__name__}: {error}"))
            meta, body = {}, ""
        evaluation.cases += 1
        score_fields(evaluation, case, meta)
        if case.body is not None:
            score_body(evaluation, case, text, body)
    return evaluation


def load_cases(cases_dir: Path) -> list[Case]:
    """Every ``<id>.txt`` with its expected YAML (empty when missing) and expected body."""
    cases = []
    for raw in sorted(cases_dir.glob("*.txt")):
        labels = raw.with_suffix(".yaml")
        expected = yaml.safe_load(labels.read_text(encoding="utf-8")) if labels.is_file() else {}
        body_file = raw.with_name(raw.stem + ".body.md")
        body = body_file.read_text(encoding="utf-8") if body_file.is_file() else None
        cases.append(Case(raw.stem, raw, expected or {}, body))
    return cases


def score_fields(evaluation: Evaluation, case: Case, meta: dict[str, Any]) -> None:
    """Score each labelled field of one case and record its misses."""
    expected = case.expected
    checks = {
        "title": lambda: same_title(expected["title"], meta.get("title")),
        "date": lambda: iso(expected["date"]) == iso(meta.get("date")),
        "source": lambda: same_source(expected["source"], meta.get("source")),
        "stance": lambda: expected["stance"] == meta.get("stance"),
    }
    for name, check in checks.items():
        if name in expected:
            _record(evaluation, case.id, name, check(), expected[name], meta.get(name))
    if "date" in expected and expected["date"] is None and meta.get("date") is not None:
        evaluation.invented_dates += 1
    if "stance" in expected:
        evaluation.stance_confusion[(expected["stance"], meta.get("stance") or NO_VALUE)] += 1
    if "chips" in expected:
        score_chips(evaluation, case.id, list(expected["chips"] or []), list(meta.get("chips") or []))


def score_chips(evaluation: Evaluation, case_id: str, expected: list[str], got: list[str]) -> None:
    """Chips score as a set (F1) and by their main subject (first chip)."""
    f1 = chips_f1(expected, got)
    evaluation.scores["chips F1"].add(f1)
    if f1 < 1.0:
        evaluation.misses.append(Miss(case_id, "chips", expected, got))
    if expected:
        first = got[0] if got else None
        _record(evaluation, case_id, "first chip", first == expected[0], expected[0], first)


def _record(evaluation: Evaluation, case_id: str, name: str, ok: bool, expected: Any, got: Any) -> None:
    evaluation.scores[name].add(1.0 if ok else 0.0)
    if not ok:
        evaluation.misses.append(Miss(case_id, name, expected, got))


def chips_f1(expected: Iterable[str], got: Iterable[str]) -> float:
    """F1 of two chip sets; two empty sets agree perfectly."""
    expected_set, got_set = set(expected), set(got)
    if not expected_set and not got_set:
        return 1.0
    common = len(expected_set & got_set)
    if not common:
        return 0.0
    precision, recall = common / len(got_set), common / len(expected_set)
    return 2 * precision * recall / (precision + recall)


def normalise_title(title: str | None) -> str | None:
    """Titles compare after folding curly quotes, dropping surrounding quote marks and
    collapsing whitespace: those differences are typography, not extraction errors."""
    if title is None:
        return None
    text = " ".join(str(title).translate(QUOTE_MARKS).split())
    match = SURROUNDING_QUOTES.match(text)
    return match.group(2).strip() if match else text


def same_title(expected: str | None, got: str | None) -> bool:
    return normalise_title(expected) == normalise_title(got)


def same_source(expected: str | None, got: str | None) -> bool:
    if expected is None or got is None:
        return expected is None and got is None
    return " ".join(str(expected).split()).casefold() == " ".join(str(got).split()).casefold()


def iso(value: Any) -> str | None:
    """Dates compare as ISO strings whether YAML gave a ``date`` or a string."""
    if value is None:
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    return str(value)


def score_body(evaluation: Evaluation, case: Case, raw_text: str, body: str) -> None:
    """Sort the raw lines into content and boilerplate by the expected body, then check
    which of them the produced body kept.

    A paragraph hard-wrapped over several raw lines is one line of the expected body
    (the labelling rules join it). Its raw lines are content too: kept when the produced
    body has them as lines (Markdown renders a paragraph's lines as one paragraph) or
    within a line it joined; otherwise a wrapped story would score as clutter kept."""
    expected_lines = set(comparable_lines(case.body or ""))
    raw_lines = comparable_lines(raw_text)
    wrapped = _wrapped_lines(raw_lines, expected_lines)
    produced_lines = comparable_lines(body)
    produced_set = set(produced_lines)
    for index, line in enumerate(raw_lines):
        kept = line in produced_set or _nearly_present(line, produced_lines)
        if index in wrapped:
            kept = kept or any(wrapped[index] in produced for produced in produced_lines)
        if line in expected_lines or index in wrapped:
            evaluation.content_lines += 1
            if not kept:
                evaluation.content_dropped += 1
                evaluation.misses.append(Miss(case.id, "content dropped", line, None))
        else:
            evaluation.boilerplate_lines += 1
            if kept:
                evaluation.misses.append(Miss(case.id, "boilerplate kept", None, line))
            else:
                evaluation.boilerplate_removed += 1


def _wrapped_lines(raw_lines: list[str], expected: set[str]) -> dict[int, str]:
    """The raw lines that are pieces of an expected paragraph, each with that paragraph:
    the first run of two or more consecutive lines whose join, with single spaces, is the
    paragraph. A later copy of the run (a teaser box repeating it) stays clutter; a piece
    counts as kept on its own line, or when the body holds the whole paragraph joined."""
    pieces: dict[int, str] = {}
    found: set[str] = set()
    for start, line in enumerate(raw_lines):
        unfound = expected - found
        joined, end = line, start + 1
        while end < len(raw_lines) and any(p.startswith(joined + " ") for p in unfound):
            joined, end = f"{joined} {raw_lines[end]}", end + 1
            if joined in unfound:
                found.add(joined)
                pieces.update((index, joined) for index in range(start, end))
                break
    return pieces


def comparable_lines(text: str) -> list[str]:
    """Non-blank lines with Markdown escapes, heading and bullet markers and runs of
    whitespace removed, so raw text and Markdown can be compared line by line."""
    lines = []
    for line in text.splitlines():
        plain = html.unescape(MARKDOWN_ESCAPE.sub(r"\1", line)).strip()
        plain = BULLET_MARKER.sub("", HEADING_MARKER.sub("", plain))
        plain = " ".join(plain.split())
        if plain:
            lines.append(plain)
    return lines


def _nearly_present(line: str, candidates: Sequence[str]) -> bool:
    if len(line) < FUZZY_MIN_LENGTH:
        return False
    for candidate in candidates:
        matcher = SequenceMatcher(None, line, candidate, autojunk=False)
        if matcher.real_quick_ratio() >= FUZZY_MIN_RATIO and matcher.ratio() >= FUZZY_MIN_RATIO:
            return True
    return False


def format_report(evaluation: Evaluation) -> str:
    """The human-readable report: scores, invented dates, boilerplate, confusion, misses."""
    lines = [f"Cases in {evaluation.cases_dir}: {evaluation.cases}", "", f"{'field':<12} {'score':>6} {'cases':>6}"]
    for name in SCORED_FIELDS:
        score = evaluation.scores[name]
        lines.append(f"{name:<12} {score.value:>6.3f} {score.cases:>6}")
    lines += [
        "",
        f"invented dates: {evaluation.invented_dates}",
        f"boilerplate lines removed: {evaluation.boilerplate_removed_share:.3f} "
        f"({evaluation.boilerplate_removed}/{evaluation.boilerplate_lines})",
        f"content lines dropped:     {evaluation.content_dropped_share:.3f} "
        f"({evaluation.content_dropped}/{evaluation.content_lines})",
        "",
        *format_confusion(evaluation.stance_confusion),
        "",
        f"Misses ({len(evaluation.misses)}):",
    ]
    lines += [f"  {m.case}  {m.field}: expected {m.expected!r}, got {m.got!r}" for m in evaluation.misses]
    return "\n".join(lines)


def format_confusion(confusion: Counter) -> list[str]:
    """Stance confusion matrix: rows are the expected stance, columns what we got."""
    columns = list(STANCES) + sorted({got for _, got in confusion} - set(STANCES))
    width = max(len(c) for c in columns) + 1
    lines = ["stance confusion (rows expected, columns got)", " " * 12 + "".join(f"{c:>{width}}" for c in columns)]
    for expected in STANCES:
        lines.append(f"{expected:<12}" + "".join(f"{confusion[(expected, c)]:>{width}}" for c in columns))
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="chiptrail_normalise.evaluate", description=__doc__.split("\n\n")[0])
    parser.add_argument("dirs", nargs="+", type=Path, help="case directories (<id>.txt + <id>.yaml)")
    parser.add_argument("--day-first", action="store_true", help="read ambiguous numeric dates day-first")
    args = parser.parse_args(argv)
    for number, cases_dir in enumerate(args.dirs):
        if not cases_dir.is_dir():
            print(f"{cases_dir}: not a directory", file=sys.stderr)
            return 2
        if number:
            print()
        print(format_report(evaluate(cases_dir, day_first=args.day_first)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
