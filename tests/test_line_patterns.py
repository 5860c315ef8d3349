"""Whole-line vocabulary matching: the literal shortcut gives exactly the answer of one
plain alternation of every pattern, in listed order."""

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chiptrail_normalise import vocab
from chiptrail_normalise.line_patterns import (
    LENGTH_BANDS,
    GatedSearch,
    LinePatterns,
    LiteralFinder,
    floats,
    line_starts,
    literal_ends,
    rarest_offset,
    required_literals,
    without_captures,
)

DEV_CORPUS = Path(__file__).parent / "corpus" / "dev"


def plain_first_match(groups, line):
    pattern = "|".join(f"(?P<{name}>" + "|".join(f"(?:{p})" for p in patterns) + ")"
                       for name, patterns in groups.items())
    match = re.fullmatch(pattern, line, re.IGNORECASE)
    return match.lastgroup if match else None


def test_the_boilerplate_vocabulary_classifies_every_dev_line_as_one_alternation_does():
    groups = vocab.load("boilerplate")["patterns"]
    patterns = LinePatterns(groups)
    plain = re.compile("|".join(f"(?P<{name}>" + "|".join(f"(?:{p})" for p in listed) + ")"
                                for name, listed in groups.items()), re.IGNORECASE)
    lines = {line.strip() for path in sorted(DEV_CORPUS.glob("*.txt"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}
    found = {line: patterns.first_match(line) for line in lines}
    assert found == {line: (m.lastgroup if (m := plain.fullmatch(line)) else None) for line in lines}
    assert sum(1 for concept in found.values() if concept) > 100  # the shortcut was exercised


def test_the_earliest_listed_pattern_wins_whether_it_is_tried_everywhere_or_gated():
    groups = {"caption": [r".{0,600}\bgetty images"], "credit": [r"photo: .{1,60}"]}
    line = "Photo: Jane Doe/Getty Images"
    assert LinePatterns(groups).first_match(line) == plain_first_match(groups, line) == "caption"
    swapped = {"credit": groups["credit"], "caption": groups["caption"]}
    assert LinePatterns(swapped).first_match(line) == "credit"


@pytest.mark.parametrize("line", [
    "A picture from the fair. ſhutterstock",  # long s: re matches it to "s" ignoring case
    "İSTANBUL – Shutterstock",
    "Two lines\nshutterstock",
])
def test_lines_whose_lowercase_would_hide_a_literal_are_matched_like_re_does(line):
    groups = {"caption": [r".{0,600}\bshutterstock"], "other": [r"[^\n]*"]}
    assert LinePatterns(groups).first_match(line) == plain_first_match(groups, line)


@pytest.mark.parametrize("pattern, starts", [
    (r"share (this|on) (facebook|x)", {"share "}),
    (r"(?!.*said)(photo|image)s?: .{1,60}", {"photo:", "photos", "image:", "images"}),
    (r"Édition (française|anglaise)", None),  # a lowered line may show "É" otherwise: cut to nothing
    (r"ré(édition|sumé)", {"r"}),
    (r"(?-i:[A-Z])\w+ newsletter", None),
    (r"(sign up)?.{0,9}", None),
])
def test_a_pattern_is_started_by_the_literal_beginnings_a_lowered_line_shows(pattern, starts):
    assert line_starts(pattern, re.IGNORECASE) == (None if starts is None else frozenset(starts))


@pytest.mark.parametrize("line", [
    "Share on X", "SHARE ON FACEBOOK", "share on x!", "Sharing is caring", "Photo: Jane Doe", "ImageS: x",
    "Photos: the said fair", "Résumé", "RÉÉDITION", "Edition", "Shares rose", "Share on \u212aoo", "\u212ailo",
    "kilo", "Sign up now", "sign up", "x", "",
])
def test_patterns_with_a_literal_start_are_matched_in_listed_order_with_the_others(line):
    groups = {
        "first": [r"kilo|.{0,30}\bshares? rose"],
        "share": [r"share (this|on) (facebook|x)!?", r"sharing .*"],
        "caption": [r"(?!.*said)(photo|image)s?: .{1,60}", r".{0,600}\bsaid fair"],
        "french": [r"ré(édition|sumé)"],
        "anything": [r"\w{0,5}", r"sign up.*", r"[^\n]*"],
    }
    assert LinePatterns(groups).first_match(line) == plain_first_match(groups, line)


@pytest.mark.parametrize("pattern, ends", [
    (r"\w+(writer|reporter)s?", {"writer", "writers", "reporter", "reporters"}),
    (r"\w+ (staff )?writer", {" writer", " staff writer"}),
    (r".{10,600}[.!?] ?[-—–] ?(?-i:[A-Z][\w ]{1,30}) pic\.?", {" pic", " pic."}),
    (r"\w+ (icon|logo)\b(?<!x)$", {" icon", " logo"}),  # assertions end no text
    (r"(\w+ (news|desk)|\w+ newsroom)", {" news", " desk", " newsroom"}),
    (r"(\d+ (likes|views))+", {" likes", " views"}),
    (r"\w+ (staff |)writer", {" staff writer", " writer"}),  # an empty alternative: read on
    (r"\w+ (news|\w+)", None),  # a branch ending in a class
    (r"\w+( desk)?", None),  # may end with what is not literal
    (r"\w+ (views)*", None),  # a repeat that may be absent
    (r"\w+ É", None),  # a lowered line may show "É" otherwise
])
def test_a_pattern_ends_with_the_literal_endings_a_lowered_line_shows(pattern, ends):
    assert literal_ends(pattern, re.IGNORECASE) == (None if ends is None else frozenset(ends))


@pytest.mark.parametrize("line", [
    "Jane Doe staff writer", "JANE DOE WRITERS", "Jane Doe, writer", "Nvidia logo", "Nvidia LOGO", "a logo.",
    "Photo. - Jane pic", "Photo. - Jane pic.", "Photo - Jane pic", "Kelvin \u212a", "x", "",
])
def test_patterns_with_a_literal_end_are_matched_in_listed_order_with_the_others(line):
    groups = {
        "credits": [r"(?-i:[A-Z]\w+)( \w+)? (staff )?(writer|reporter)s?", r"kelvin k"],
        "caption": [r"\w+ (icon|logo)", r".{10,600}[.!?] ?[-—–] ?(?-i:[A-Z][\w ]{1,30}) pic\.?"],
        "anything": [r"[\w ]{0,9}", r"[^\n]*"],
    }
    assert LinePatterns(groups).first_match(line) == plain_first_match(groups, line)


def test_a_line_without_any_required_literal_matches_no_gated_pattern():
    groups = {"cookie_notice": [r".{0,120}\bwe use cookies\b.{0,300}"]}
    assert LinePatterns(groups).first_match("Nvidia resumed H20 sales to China.") is None
    assert LinePatterns(groups).first_match("This site: WE USE COOKIES to improve it") == "cookie_notice"


@pytest.mark.parametrize("width", sorted({1, *(b + d for b in LENGTH_BANDS[1:] for d in (-1, 0, 1))}))
def test_a_pattern_is_tried_on_every_line_length_it_can_match(width):
    groups = {"exact": [rf"x{{{width}}}"], "between": [rf"y{{{max(1, width - 1)},{width + 1}}}"]}
    patterns = LinePatterns(groups)
    assert patterns.first_match("x" * width) == "exact"
    assert patterns.first_match("y" * width) == "between"
    assert patterns.first_match("x" * (width + 1)) is None


@pytest.mark.parametrize("width", sorted({20, *(b + d for b in LENGTH_BANDS[1:] for d in (-7, -6, -5, 0, 1))}))
def test_a_gated_pattern_is_tried_on_every_line_length_it_can_match(width):
    groups = {"short_credit": [r".{0,30}, photo"], "caption": [rf".{{0,{width}}} photo"]}
    patterns = LinePatterns(groups)
    assert patterns.first_match("a" * width + " photo") == "caption"
    assert patterns.first_match("a" * (width + 1) + " photo") is None
    assert patterns.first_match("a" * 30 + ", photo") == "short_credit"
    for length in range(width - 2, width + 3):
        line = "a" * length + ", photo"
        assert patterns.first_match(line) == plain_first_match(groups, line)


def test_literals_are_found_wherever_they_start_even_overlapping_or_in_capitals_around():
    finder = LiteralFinder(["ap", "afp", "(photo:", " by ", "by", "photo", "@"])
    assert finder.found_in("a japanese report by afp (photo: x) at x@y") == {
        "ap", "afp", "(photo:", " by ", "by", "photo", "@"}
    assert finder.found_in("by") == {"by"}
    assert finder.found_in("an apt reply (photos soon)") == {"ap", "photo"}
    assert finder.found_in("nothing here") == set()


def test_short_literals_are_found_beside_the_scanned_ones_that_hold_them():
    finder = LiteralFinder([".", ", ", "-", "s, ", "a.b", "photo"])  # the short ones are not scanned for
    assert finder.found_in("photos, a.b-c") == {".", ", ", "-", "s, ", "a.b", "photo"}
    assert finder.found_in("a, b") == {", "}
    assert finder.found_in("no marks here") == set()


@given(st.sets(st.text("ab (y.", min_size=1, max_size=5), min_size=1, max_size=8), st.text("ab (y.x", max_size=40))
def test_the_literals_found_are_exactly_those_the_text_contains(literals, text):
    assert LiteralFinder(literals).found_in(text) == {literal for literal in literals if literal in text}


def test_a_literal_is_scanned_for_from_its_least_common_character():
    assert rarest_offset(" by ") == 1  # "b", not the space
    assert rarest_offset("(photo:") == 0  # "(" is rarer than any letter
    assert rarest_offset("ap") == 1


def test_required_literals_prefer_rare_characters_to_length():
    assert required_literals(r"[\w .'’-]{1,60} at \S+@\S+\.\w+", re.I) == {"@"}


def test_required_literals_are_the_most_selective_literal_run():
    assert required_literals(r".{0,600}\b(reuters|afp)/[^/]{1,60}", re.I) == {"reuters/", "afp/"}
    assert required_literals(r".{0,200}\bnot (financial|investment) advice\.?", re.I) == {
        "not financial advice", "not investment advice"}
    assert required_literals(r".{0,600}[.!?] ?© ?(?-i:[A-Z]\w+)", re.I) == {"©"}
    assert required_literals(r"\d{1,7}") is None


def test_only_patterns_opening_with_a_long_wildcard_are_gated():
    assert floats(r".{0,600}\bfile photo\.?")
    assert floats(r"(?=.{0,30}\d{4}).{3,40}\b\d{4},? by .{1,100}")
    assert not floats(r"(photo|image) credit: .{1,120}")


@pytest.mark.parametrize("line", [
    "Nvidia logo", "company logo", "The Nvidia logo", "Its logo", "a b c logo", "Logo", "Nvidia icon image",
    "The Signal is written by Ana Lee and edited weekly.", "Jane's Letter is written by Ana Lee.",
    "An icon of the industry said so", "",
])
def test_a_pattern_opening_on_a_scanning_lookahead_matches_as_written(line):
    groups = {
        "caption": [r"(?!.*\b(its|the|said)\b)([\w'-]+ ){0,3}(icon|logo)( image)?"],
        "note": [r"(?!.*'s )(?-i:(The )?[A-Z][a-z]*(?: [A-Z][a-z]*)*) is (written|edited) by\b.{0,80}"],
        "alternatives": [r"(?!.*x)a|(?!.*x)b", r"(?=.*\d)(\w+) \1"],  # a top-level "|", a back reference
    }
    patterns = LinePatterns(groups)
    rest_first = [text.startswith("(?=(?:") for text in patterns._alternatives.values()]
    assert rest_first == [True, True, False, False]  # the other two are left as written
    assert patterns.first_match(line) == plain_first_match(groups, line)
    for other in ("a", "b", "xa", "12 12", "ab ab"):
        assert patterns.first_match(other) == plain_first_match(groups, other)


@pytest.mark.parametrize("pattern, expected", [
    (r"(a|b)\(c\)[(]x", r"(?:a|b)\(c\)[(]x"),
    (r"[]()]+(?P<name>x)(?:y)(?=z)", r"[]()]+(?:x)(?:y)(?=z)"),
    (r"[^]](b)", r"[^]](?:b)"),
    (r"(a)\1", r"(a)\1"),  # a back-reference needs its group
])
def test_without_captures_keeps_the_matches_but_drops_the_groups(pattern, expected):
    assert without_captures(pattern) == expected


CAPTION_MARKERS = re.compile(
    r"\((?:file|photo)\)|\b(?:photo|image)\s*(?:credit\s*)?:|\bgetty\s+images\b|\b(?:reuters|afp)\s*/\s*\w",
    re.IGNORECASE)


@given(st.text("photo imagecrdt:()/getyrsuafP\u017f\u0130K", max_size=40))
def test_a_gated_search_finds_what_the_plain_search_finds(text):
    found = GatedSearch(CAPTION_MARKERS).search(text)
    expected = CAPTION_MARKERS.search(text)
    assert (found and found.span()) == (expected and expected.span())


@pytest.mark.parametrize("line", ["A view of the fab. Photo: Jane Doe", "(FILE) Nvidia's H20", "REUTERS/Ann Wang",
                                  "GETTY IMAGES", "ſhutterstock and photo credit: x", "Nvidia resumed H20 sales."])
def test_a_gated_search_answers_as_the_plain_search_on_lines_with_and_without_markers(line):
    found = GatedSearch(CAPTION_MARKERS).search(line)
    expected = CAPTION_MARKERS.search(line)
    assert (found and found.span()) == (expected and expected.span())



@pytest.mark.parametrize("line", ["ſhutterstock", "İmage credit", "Shutterstock"])
def test_a_gated_search_does_not_skip_lines_whose_lowercase_hides_a_literal(line):
    pattern = re.compile(r"\bshutterstock\b|\bimage credit\b", re.IGNORECASE)
    assert GatedSearch(pattern).search(line).span() == pattern.search(line).span()


def test_gates_asked_in_turn_about_one_text_or_another_answer_as_alone():
    """Cased gates share the lowering of the text they were last asked about (``_lowered``),
    which must never answer for another text, nor hide a literal behind a case-fold surprise."""
    import re

    from chiptrail_normalise.line_patterns import LiteralGate

    export, licence = LiteralGate(re.compile("export", re.I)), LiteralGate(re.compile("licen[cs]e", re.I))
    text, other = "EXPORT Licence granted", "Nothing here"
    assert export.may_match(text) and licence.may_match(text)
    assert not export.may_match(other) and not licence.may_match(other)
    assert export.may_match(text) and not licence.may_match("exports only")
    assert export.may_match("\u212a then export")  # the Kelvin sign: always matched
    assert export.may_match(("EXP" + "ORT").lower()) and not export.may_match("".join(["ex", "pat"]))
