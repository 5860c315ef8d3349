"""A regex behind a literal gate answers exactly as the regex itself: the gate only skips
texts that hold none of the literals every match contains."""

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chiptrail_normalise import boilerplate, line_shapes, source, stance, stance_events
from chiptrail_normalise.line_patterns import LiteralGate, required_literals

DEV_CORPUS = Path(__file__).parent / "corpus" / "dev"
GATED = {
    "boilerplate.SPACE_BEFORE_COLON": boilerplate.SPACE_BEFORE_COLON,
    "stance.MEASURED_SINCE": stance.MEASURED_SINCE,
    "stance.CHARGE_BOOKED": stance.CHARGE_BOOKED,
    "stance.CONDITIONS": stance.CONDITIONS,
    "stance.ITEM_ORDINAL": stance.ITEM_ORDINAL,
    "line_shapes.STAMP_SEPARATOR": line_shapes.STAMP_SEPARATOR,
    "line_shapes.TRAIL_STEP": line_shapes.TRAIL_STEP,
    "line_shapes.MENU_DOT": line_shapes.MENU_DOT,
    "stance_events.DEAL_APPROVAL": stance_events.DEAL_APPROVAL,
    "source.LEGAL_NOTICE": source.LEGAL_NOTICE,
}


def answers(pattern, text):
    return ([m.span() for m in pattern.finditer(text)], pattern.split(text), pattern.sub("#", text),
            pattern.findall(text), pattern.search(text) is not None)


SAMPLE_EVERY = 3  # one dev line in three (the same ones every run): the plain regexes are slow


def dev_lines() -> list[str]:
    return sorted({line.strip() for path in sorted(DEV_CORPUS.glob("*.txt"))
                   for line in path.read_text(encoding="utf-8").splitlines() if line.strip()})[::SAMPLE_EVERY]


def test_every_gated_regex_answers_as_its_plain_regex_on_dev_lines():
    lines = dev_lines()
    for name, gate in GATED.items():
        assert isinstance(gate, LiteralGate) and gate.literals, name
        skipped = 0
        for line in lines:
            assert answers(gate, line) == answers(gate.compiled, line), (name, line)
            skipped += not gate.may_match(line)
        assert skipped > len(lines) // 10, name  # the gate does skip texts


def test_literals_for_substring_checks_prefer_long_words_to_short_common_ones():
    pattern = r"\bconditions\s+apply\b|\bas\s+a\s+condition\s+of\b"
    assert "of" in required_literals(pattern, re.IGNORECASE)  # the rare-character choice of the line scan
    assert LiteralGate(re.compile(pattern, re.IGNORECASE)).literals == ("condition",)


def test_a_gate_matches_texts_whose_lowercase_could_hide_a_literal():
    gate = LiteralGate(re.compile(r"since\b", re.IGNORECASE))
    assert gate.search("ever ſince") is not None  # the long s matches "s" case-insensitively
    assert gate.search("ever ſince").span() == re.search(r"since\b", "ever ſince", re.IGNORECASE).span()


def test_a_regex_without_required_literals_is_always_tried():
    gate = LiteralGate(re.compile(r"[a-z]+\d"))
    assert gate.literals == () and gate.may_match("anything")
    assert gate.findall("h20 and b30") == ["h2", "b3"]


def test_the_compiled_regex_is_still_at_hand():
    gate = LiteralGate(re.compile(r"since\b", re.IGNORECASE))
    assert gate.pattern == r"since\b" and gate.flags & re.IGNORECASE
    assert gate.match("since then") is not None


@pytest.mark.parametrize("name", sorted(GATED))
@given(text=st.text("sinceofrtdaplvhgw :|·•–—-/›»>,批准", max_size=40))
def test_gated_regexes_answer_as_plain_ones_on_any_text(name, text):
    gate = GATED[name]
    assert answers(gate, text) == answers(gate.compiled, text)
