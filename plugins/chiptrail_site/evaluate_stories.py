"""Score the story model against a hand-labelled fixture, so a change that merges unrelated
developments or splits one story across pages fails `invoke evaluate` instead of shipping.

A fixture directory holds articles as ``<slug>.md`` (YAML front-matter with title, date,
source, chips, stance; Markdown body) and ``expected.yaml`` with ``stories`` (label → article
slugs; articles in no story are singletons) and ``duplicates`` (copy → earliest copy).

Grouping is scored on pairs of articles: precision is the share of predicted same-story
pairs that are expected, recall the share of expected pairs that are predicted.
Republications are scored as (copy, original) pairs the same way.

Usage: ``python -m chiptrail_site.evaluate_stories [FIXTURE_DIR] [--min-score 0.9]``;
the exit status is 1 when a score falls below the floor.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Iterable

import yaml

from .stories import StoryIndex, StoryInput, group_stories

DEFAULT_FIXTURE = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "stories"
FRONT_MATTER = "---"


@dataclass(frozen=True)
class StoryScores:
    """Pairwise scores of one run, with the pairs that went wrong for a reader to inspect."""

    articles: int
    stories: int
    precision: float
    recall: float
    duplicate_precision: float
    duplicate_recall: float
    pairs_verified: int
    spurious_pairs: list[tuple[str, str]]
    missed_pairs: list[tuple[str, str]]
    duplicate_errors: list[str]

    def passes(self, floor: float) -> bool:
        scores = (self.precision, self.recall, self.duplicate_precision, self.duplicate_recall)
        return min(scores) >= floor


def evaluate_stories(fixture_dir: Path | str = DEFAULT_FIXTURE) -> StoryScores:
    fixture_dir = Path(fixture_dir)
    items = load_articles(fixture_dir)
    expected = yaml.safe_load((fixture_dir / "expected.yaml").read_text(encoding="utf-8"))
    index = group_stories(items)
    wanted = _same_story_pairs(expected["stories"].values())
    found = _same_story_pairs(story.keys for story in index.stories)
    wanted_copies = set(expected.get("duplicates", {}).items())
    found_copies = set(index.duplicate_of.items())
    return StoryScores(
        articles=len(items),
        stories=len(index.stories),
        precision=_share(found & wanted, found),
        recall=_share(found & wanted, wanted),
        duplicate_precision=_share(found_copies & wanted_copies, found_copies),
        duplicate_recall=_share(found_copies & wanted_copies, wanted_copies),
        pairs_verified=index.pairs_verified,
        spurious_pairs=sorted(found - wanted),
        missed_pairs=sorted(wanted - found),
        duplicate_errors=_duplicate_errors(index, wanted_copies),
    )


def load_articles(fixture_dir: Path) -> list[StoryInput]:
    """Read ``<slug>.md`` files (front-matter + body) as story inputs."""
    return [_read_article(path) for path in sorted(fixture_dir.glob("*.md"))]


def _read_article(path: Path) -> StoryInput:
    _, header, body = path.read_text(encoding="utf-8").split(FRONT_MATTER + "\n", 2)
    meta = yaml.safe_load(header)
    return StoryInput(
        key=meta.get("slug") or path.stem,
        title=meta["title"],
        text=body,
        date=meta.get("date"),
        source=meta.get("source"),
        chips=meta.get("chips_about") or meta.get("chips") or [],
        stance=meta.get("stance"),
    )


def _same_story_pairs(groups: Iterable[Iterable[str]]) -> set[tuple[str, str]]:
    return {pair for keys in groups for pair in combinations(sorted(keys), 2)}


def _share(hits: set, total: set) -> float:
    return len(hits) / len(total) if total else 1.0


def _duplicate_errors(index: StoryIndex, wanted: set[tuple[str, str]]) -> list[str]:
    found = set(index.duplicate_of.items())
    missed = [f"missed: {copy} copies {original}" for copy, original in sorted(wanted - found)]
    wrong = [f"wrong: {copy} marked as copy of {original}" for copy, original in sorted(found - wanted)]
    return missed + wrong


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score story grouping against a labelled fixture.")
    parser.add_argument("fixture_dir", nargs="?", type=Path, default=DEFAULT_FIXTURE)
    parser.add_argument("--min-score", type=float, default=0.9, help="floor for every score (default 0.9)")
    args = parser.parse_args(argv)
    scores = evaluate_stories(args.fixture_dir)
    print(f"stories: {scores.articles} articles, {scores.stories} stories, {scores.pairs_verified} pairs verified")
    print(f"  grouping    precision {scores.precision:.3f}  recall {scores.recall:.3f}")
    print(f"  duplicates  precision {scores.duplicate_precision:.3f}  recall {scores.duplicate_recall:.3f}")
    for first, second in scores.spurious_pairs:
        print(f"  spurious pair: {first} + {second}")
    for first, second in scores.missed_pairs:
        print(f"  missed pair: {first} + {second}")
    for error in scores.duplicate_errors:
        print(f"  duplicate {error}")
    return 0 if scores.passes(args.min_score) else 1


if __name__ == "__main__":
    sys.exit(main())
