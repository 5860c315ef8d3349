"""List what is worth checking by hand: every article field the normaliser could not find
or was unsure of, so a user reviews a short table instead of every article.

A field is listed when it is missing or null (an undated article, an unknown publisher, no
stance, no chip), when its ``confidence.<field>`` is below ``REVIEW_THRESHOLD``, or when
the title was derived because the text had no headline. The fix is always the same: edit
the article's front-matter; the ingest runner never overwrites a hand-edited article.

Usage: ``python3 -m chiptrail_normalise.review [DIR]`` (default ``content/articles``).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

from chiptrail_normalise.frontmatter import read_header

DEFAULT_DIR = Path("content/articles")
REVIEW_THRESHOLD = 0.6
REVIEWED_FIELDS = ("title", "date", "source", "chips", "stance")
MISSING_REASONS = {
    "title": "no title",
    "date": "no publication date in the text (shown as undated)",
    "source": "no publisher found",
    "chips": "no chip recognised",
    "stance": "no stance",
}
DERIVED_TITLE_REASON = "derived from the text: it has no headline"
UNREADABLE_REASON = "no readable YAML front-matter between '---' lines"
VALUE_WIDTH = 50
HOW_TO_CORRECT = (
    "To correct a value, edit the article's front-matter (the YAML between the first two "
    "'---' lines); hand edits survive re-ingest."
)


@dataclass(frozen=True)
class Row:
    article: str
    field: str
    value: Any
    confidence: float | None
    reason: str


def review(directory: Path) -> list[Row]:
    """Rows to check for every ``*.md`` article in ``directory``, sorted by file."""
    rows: list[Row] = []
    for path in sorted(directory.glob("*.md")):
        meta = read_header(path)
        if meta is None:
            rows.append(Row(path.name, "front-matter", None, None, UNREADABLE_REASON))
        else:
            rows.extend(rows_for(path.name, meta))
    return rows


def rows_for(article: str, meta: dict[str, Any]) -> list[Row]:
    """One row per field that is missing, derived or unsure; a missing or derived value is
    reason enough, so its (necessarily low) confidence is not repeated as a second reason."""
    confidences = meta.get("confidence") or {}
    evidence = meta.get("evidence") or {}
    rows = []
    for name in REVIEWED_FIELDS:
        value = meta.get(name)
        confidence = confidences.get(name, meta.get("stance_confidence") if name == "stance" else None)
        reasons = []
        if value is None or value == []:
            reasons.append(MISSING_REASONS[name])
        if name == "title" and meta.get("title_derived"):
            reasons.append(DERIVED_TITLE_REASON)
        if not reasons and confidence is not None and confidence < REVIEW_THRESHOLD:
            reasons.append(f"low confidence: {evidence.get(name) or 'no evidence recorded'}")
        if reasons:
            rows.append(Row(article, name, value, confidence, "; ".join(reasons)))
    return rows


def format_table(rows: Sequence[Row]) -> str:
    """A plain-text table (article, field, value, confidence, reason) and how to correct."""
    if not rows:
        return "Nothing to review: every field is present and confident.\n" + HOW_TO_CORRECT
    header = ("article", "field", "value", "confidence", "reason")
    cells = [header] + [(r.article, r.field, show(r.value), show_confidence(r.confidence), r.reason) for r in rows]
    widths = [max(len(row[column]) for row in cells) for column in range(len(header) - 1)]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths)) + "  " + row[-1] for row in cells]
    lines.insert(1, "  ".join("-" * width for width in widths) + "  " + "-" * len(header[-1]))
    return "\n".join(line.rstrip() for line in lines) + "\n\n" + HOW_TO_CORRECT


def show(value: Any) -> str:
    """A field value on one short line: ``null`` for missing, lists comma-joined."""
    if value is None:
        return "null"
    text = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
    text = " ".join(text.split())
    return text if len(text) <= VALUE_WIDTH else text[: VALUE_WIDTH - 1] + "…"


def show_confidence(confidence: float | None) -> str:
    return "-" if confidence is None else f"{confidence:.2f}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="chiptrail_normalise.review", description=__doc__.split("\n\n")[0])
    parser.add_argument("directory", nargs="?", type=Path, default=DEFAULT_DIR, help="folder of article .md files")
    args = parser.parse_args(argv)
    if not args.directory.is_dir():
        print(f"{args.directory}: not a directory", file=sys.stderr)
        return 2
    print(format_table(review(args.directory)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
