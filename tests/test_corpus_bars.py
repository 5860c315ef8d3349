"""The bars of issue 3, held separately on each split of the labelled corpus, so no
extraction change can lower a score below them without failing the suite.

The held-out scores of its one scoring are pinned as floors, so they cannot regress either.
A fresh split that misses a bar lists it in ``HELDOUT_SHORT_OF``: that bar is then a strict
expected failure (it turns into a failure the day it is met, so the mark must then go).
Round 23's split meets every bar."""

from functools import lru_cache
from pathlib import Path

import pytest

from chiptrail_normalise.evaluate import evaluate, load_cases

CORPUS = Path(__file__).parent / "corpus"
SPLITS = ("dev", "heldout")

ACCURACY_BARS = {
    "title": 0.95,
    "date": 0.95,
    "source": 0.90,
    "chips F1": 0.95,
    "first chip": 0.90,
    "stance": 0.85,
}


@lru_cache(maxsize=None)
def scored(split):
    return evaluate(CORPUS / split)


def misses_of(evaluation, field):
    """The misses to show on failure: listed for dev only, so that nobody tuning the
    extractors reads held-out texts in a failure message."""
    if evaluation.cases_dir.name == "heldout":
        return f"{len([m for m in evaluation.misses if m.field == field])} held-out misses (not shown)"
    return [(m.case, m.expected, m.got) for m in evaluation.misses if m.field == field]


def test_corpus_has_at_least_forty_cases():
    assert sum(len(load_cases(CORPUS / split)) for split in SPLITS) >= 40


def test_heldout_is_at_least_a_quarter_of_the_corpus():
    counts = {split: len(load_cases(CORPUS / split)) for split in SPLITS}
    assert counts["heldout"] >= 0.25 * sum(counts.values())


def test_every_case_has_labels_and_an_expected_body():
    for split in SPLITS:
        for case in load_cases(CORPUS / split):
            assert case.expected, f"{split}/{case.id} has no expected YAML"
            assert case.body, f"{split}/{case.id} has no expected body"


# Held-out scores at its one scoring (2026-11-25, round 23: the z[h-n]nnnn ids of seven
# writers; see corpus/README.md), rounded down; the share of content lines
# dropped (rounded up) and the count of invented dates are ceilings. A review's mend of a
# harm to readers (verified on synthetic pages, see corpus/README.md) that costs a held-out
# page moves its floor with it: reverting the mend for the score would be tuning on the
# held-out split.
HELDOUT_FLOORS = {
    "title": 0.969,
    "date": 0.990,
    "source": 0.917,
    "chips F1": 0.996,
    "first chip": 0.981,
    "stance": 0.852,
    "boilerplate removed": 0.971,
}
HELDOUT_CONTENT_DROPPED_CEILING = 0.005
HELDOUT_INVENTED_DATES_CEILING = 0
BAR_NOT_YET_MET = pytest.mark.xfail(
    strict=True, reason="issue 3 is open: the held-out split is below this bar")
HELDOUT_SHORT_OF = set()


def split_and_bar(names):
    """(split, name) pairs, the held-out ones still short of their bar marked so."""
    return [pytest.param(split, name, marks=BAR_NOT_YET_MET)
            if split == "heldout" and name in HELDOUT_SHORT_OF else (split, name)
            for split in SPLITS for name in names]


@pytest.mark.parametrize("split,field", split_and_bar(ACCURACY_BARS))
def test_field_accuracy_meets_its_bar(split, field):
    evaluation = scored(split)
    assert evaluation.accuracy(field) >= ACCURACY_BARS[field], misses_of(evaluation, field)


@pytest.mark.parametrize("field", ACCURACY_BARS)
def test_heldout_accuracy_does_not_fall_below_its_first_scoring(field):
    evaluation = scored("heldout")
    assert evaluation.accuracy(field) >= HELDOUT_FLOORS[field], misses_of(evaluation, field)


@pytest.mark.parametrize("split,_", split_and_bar(["invented dates"]))
def test_no_date_is_invented_where_the_text_states_none(split, _):
    evaluation = scored(split)
    assert evaluation.invented_dates == 0, misses_of(evaluation, "date")


def test_heldout_invented_dates_do_not_rise_above_its_first_scoring():
    assert scored("heldout").invented_dates <= HELDOUT_INVENTED_DATES_CEILING


@pytest.mark.parametrize("split,_", split_and_bar(["boilerplate removed"]))
def test_boilerplate_lines_are_removed(split, _):
    evaluation = scored(split)
    assert evaluation.boilerplate_removed_share >= 0.95, misses_of(evaluation, "boilerplate kept")


def test_heldout_boilerplate_removal_does_not_fall_below_its_first_scoring():
    evaluation = scored("heldout")
    assert evaluation.boilerplate_removed_share >= HELDOUT_FLOORS["boilerplate removed"]


@pytest.mark.parametrize("split,_", split_and_bar(["content dropped"]))
def test_real_content_lines_are_kept(split, _):
    evaluation = scored(split)
    assert evaluation.content_dropped_share <= 0.01, misses_of(evaluation, "content dropped")


def test_heldout_content_dropped_does_not_rise_above_its_first_scoring():
    evaluation = scored("heldout")
    assert evaluation.content_dropped_share <= HELDOUT_CONTENT_DROPPED_CEILING
