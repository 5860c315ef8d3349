"""The fast multi-regex scan finds exactly what one plain alternation would find."""

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from chiptrail_normalise.pattern_set import PatternSet, boundary_scan, literal_starts

CUES = {
    "resume": r"resum\w*\s+(?:\w+\s+){0,3}?sales",
    "lift": r"lift(?:s|ed)?\s+(?:the\s+)?(?:ban|curbs)",
    "ban": r"ban(?:s|ned)?\b",
    "reenter": r"re-?enter\w*",
}
TEXT = ("Nvidia resumed H20 sales after Washington lifted the ban; AMD will re-enter China. "
        "Banned chips stay banned. RESUMES ALL SALES. Unbanned words and rebans do not count.")


def plain_matches(named, text, flags=re.IGNORECASE):
    """Each pattern where no ASCII letter, digit or underscore stands before it."""
    alternation = "|".join(f"(?-i:(?<![A-Za-z0-9_]))(?P<{name}>{pattern})" for name, pattern in named.items())
    return [(m.lastgroup, m.span()) for m in re.finditer(alternation, text, flags)]


def test_matches_equal_those_of_a_plain_alternation():
    found = [(m.lastgroup, m.span()) for m in PatternSet(CUES).finditer(TEXT)]
    assert found == plain_matches(CUES, TEXT)
    assert [name for name, _ in found] == ["resume", "lift", "reenter", "ban", "ban", "resume"]


def test_the_earlier_listed_pattern_wins_at_the_same_place():
    named = {"long": r"lift(?:s|ed)?\s+the\s+ban", "short": r"lift\w*"}
    assert [m.lastgroup for m in PatternSet(named).finditer("They lifted the ban.")] == ["long"]


def test_case_sensitive_patterns_stay_case_sensitive():
    found = PatternSet({"name": r"Ascend\b"}, flags=0).finditer("ascend to the Ascend line")
    assert [m.start() for m in found] == [14]


def test_a_pattern_without_a_literal_start_still_matches_everywhere():
    patterns = PatternSet({"any": r"\w+ed\b"})
    assert [m.group() for m in patterns.finditer("Sales resumed and ended.")] == ["resumed", "ended"]


def test_text_whose_lowercase_changes_length_is_still_scanned():
    text = "İstanbul: Nvidia resumed H20 sales."
    assert [m.lastgroup for m in PatternSet(CUES).finditer(text)] == ["resume"]


def test_a_name_glued_to_chinese_characters_is_found():
    patterns = PatternSet({"chip": r"H20\b|H20(?=[^A-Za-z0-9])"}, flags=0)
    assert [m.group() for m in patterns.finditer("英伟达H20芯片 and 英伟达 H20")] == ["H20", "H20"]
    assert [m.group() for m in patterns.finditer("XH20 and H20X")] == []


def test_a_pattern_starting_with_punctuation_keeps_the_word_boundary():
    patterns = PatternSet({"aimed": r",\s*aimed", "ban": r"ban"})
    assert [m.start() for m in patterns.finditer("Rules, aimed at bans; x , aimed")] == [5, 16]


def test_literal_starts_lists_every_beginning_of_an_alternation():
    assert literal_starts(r"(?:Resum|lift)\w*", re.IGNORECASE) == {"resum", "lift"}
    assert literal_starts(r"(?:a\s+)?reversal") == {"a", "revers"}
    assert literal_starts(r"\w+ed") == {""}


WORDY = {
    "in": r"in\s+(?:exchange|return)\s+for",
    "ban": r"ban(?:s|ned)?\b",
    "banned_in": r"banned\s+in\b",
    "us": r"u\.s\.\s+(?:curbs|rules)",
    "reenter": r"re-?enter\w*",
    "tie": r"ti\w*\s+to",
    "entry": r"entr(?:y|ies)\b",
}


@given(st.text("ab nedsiuxtrof.-’“—é§\u0301_(", max_size=60))
@example("in retry, in return for re-entry")  # a beginning inside the one found before
def test_the_fast_scan_for_beginnings_finds_what_the_general_scan_finds(text):
    patterns = PatternSet(WORDY)
    lowered = text.lower()
    triggers = set().union(*patterns._gated.values())
    boundary = [(m.start(), m.group(1)) for m in boundary_scan(triggers).finditer(lowered)]
    assert list(patterns._triggers_in(lowered)) == boundary


@pytest.mark.parametrize("text", [
    "The ban was lifted and sales resumed.",  # ASCII: scanned for the ASCII triggers only
    "Nvidia may resume sales, ban lifted; 美国禁止 and 解禁ban",
])
def test_a_text_is_scanned_for_the_triggers_that_can_occur_in_it_and_finds_what_a_scan_for_all_finds(text):
    patterns = PatternSet({**WORDY, "ban_zh": "禁止|禁令", "lift_zh": "解禁"})
    lowered = text.lower()
    triggers = set().union(*patterns._gated.values())
    assert patterns._triggers_in(lowered) == [(m.start(), m.group(1)) for m in boundary_scan(triggers).finditer(lowered)]
    assert [(m.lastgroup, m.span()) for m in patterns.finditer(text)] == plain_matches(patterns._named, text)


@pytest.mark.parametrize("text", [
    "Banned in U.S. curbs; “ban” — in exchange for re-entering, tied to rules.",
    "§ban and ‹ban› and café ban and ban\u0301 in return for x",  # non-word characters not listed
    "美国ban和禁令ban，英伟达in return for许可",  # glued to Chinese characters
    "ſban ıban \u212aban Kban",  # characters that match ASCII letters case-insensitively
    "ban",
    "ban-banned in-ban",
])
def test_texts_with_any_breaks_match_as_a_plain_alternation_does(text):
    found = [(m.lastgroup, m.span()) for m in PatternSet(WORDY).finditer(text)]
    assert found == plain_matches(WORDY, text)


@pytest.mark.parametrize("text", [
    "Anti-dumping rules",  # "anti-d" found first; its pattern fails, "dumping" must still be tried
    "Anti-dumping duties on dumping",
    "the anti-dumping-dumping case",
])
def test_a_trigger_inside_an_earlier_one_is_tried_when_the_earlier_ones_patterns_fail(text):
    named = {"duties": r"anti-dumping\s+duties", "dumping": r"dumping"}
    found = [(m.lastgroup, m.span()) for m in PatternSet(named).finditer(text)]
    assert found == plain_matches(named, text)
    assert found  # "dumping" at least


def test_in_chinese_text_a_trigger_inside_an_earlier_one_is_tried_too():
    # Every Chinese character is a break: "禁止" is found after "方", "止步" after "禁".
    named = {"ban_exports": r"禁止\s*出口", "halt": r"止步"}
    found = [(m.lastgroup, m.group()) for m in PatternSet(named).finditer("美方禁止步骤，禁止出口")]
    assert found == [("halt", "止步"), ("ban_exports", "禁止出口")]


def test_a_trigger_inside_an_earlier_one_is_tried_where_some_patterns_have_no_literal_beginning():
    named = {"duties": r"anti-dumping\s+duties", "dumping": r"dumping", "series": r"\b[a-z]+ed,\s+[a-z]+ed\b"}
    patterns = PatternSet(named)
    assert patterns._unstarted == ["series"]
    found = [(m.lastgroup, m.group()) for m in patterns.finditer("Anti-dumping rules, tested, passed")]
    assert found == [("dumping", "dumping"), ("series", "tested, passed")]


OVERLAPPING = {
    "duties": r"anti-dumping\s+duties",
    "dumping": r"dumping",
    "ban_exports": r"禁止\s*出口",
    "halt": r"止步",
    "dash": r"-d\w+",
}


@given(st.text("antidumpgs -禁止步出口", max_size=40))
@example("Anti-dumping rules")
@example("禁止步")
def test_texts_with_triggers_inside_others_match_as_a_plain_alternation_does(text):
    patterns = PatternSet(OVERLAPPING)
    found = [(m.lastgroup, m.span()) for m in patterns.finditer(text)]
    assert found == [(m.lastgroup, m.span()) for m in patterns._everywhere.finditer(text)]


def test_the_general_scan_finds_a_trigger_inside_an_earlier_one():
    scan = boundary_scan({"anti-d", "dump", "-d"})
    assert [(m.start(), m.group(1)) for m in scan.finditer("anti-dumping")] == [(0, "anti-d"), (4, "-d"), (5, "dump")]


MIXED = {
    "then": r"then\b",
    "series": r"\b[a-z]+ed,\s+[a-z]+ed\b",  # no literal beginning: scanned for on its own
    "blocked": r"blocked\b",
    "since": r"since\s+\w+",
}


@pytest.mark.parametrize("text", [
    "It was blocked, then allowed, since April.",
    "Blocked, released and taxed; blocked then; since then blocked, cleared.",
    "tied, blocked, since 2024 then",
    "",
    "nothing here",
])
def test_patterns_without_a_literal_beginning_merge_with_the_others_as_one_alternation(text):
    patterns = PatternSet(MIXED)
    assert patterns._unstarted == ["series"]
    found = [(m.lastgroup, m.span()) for m in patterns.finditer(text)]
    assert found == [(m.lastgroup, m.span()) for m in patterns._everywhere.finditer(text)]


def test_at_one_place_the_earlier_listed_pattern_wins_across_the_two_scans():
    first = PatternSet({"any": r"\w+ed\b", "blocked": r"blocked\b"})
    second = PatternSet({"blocked": r"blocked\b", "any": r"\w+ed\b"})
    assert [m.lastgroup for m in first.finditer("blocked")] == ["any"]
    assert [m.lastgroup for m in second.finditer("blocked")] == ["blocked"]


def test_a_pattern_that_may_match_empty_text_turns_the_shortcut_off():
    patterns = PatternSet({"ban": r"ban", "maybe": r"\w*"})
    assert not patterns._triggered


@given(st.text("abdenst ,.;", max_size=50))
def test_merged_scans_find_what_a_plain_alternation_finds(text):
    patterns = PatternSet(MIXED)
    found = [(m.lastgroup, m.span()) for m in patterns.finditer(text)]
    assert found == [(m.lastgroup, m.span()) for m in patterns._everywhere.finditer(text)]
