"""A timeline sets each entry under its year: a year alone on its line ("2023") heads
the entry and is the story's, not a counter of likes or views (a bare "172") nor a
quote box's figure. Shaped like a kind of page, not copied from the corpus."""

from chiptrail_normalise.body import build_body
from chiptrail_normalise.boilerplate import classify

HEADLINE = "How the H20 became the last Nvidia chip China could buy"
LEAD = "Washington has tightened the rules on AI chips for China three times in four years, and each time Nvidia redesigned its parts to fit them."


def test_a_year_alone_is_no_counter():
    assert classify("2023") is None
    assert classify("1998") is None


def test_a_bare_count_is_still_a_counter():
    assert classify("172") is not None
    assert classify("4521") is not None


def test_a_timelines_years_head_its_entries_down_to_the_last():
    lines = [HEADLINE, LEAD, "Here is how it unfolded.",
             "2022", "Commerce restricts the A100 and the H100.",
             "2023", "New rules reach the A800 and H800.",
             "2025", "The H20 needs a licence from April."]
    blocks = build_body(lines, {0})
    assert [block.text for block in blocks] == lines[1:]
    assert [block.kind for block in blocks if block.text.isdigit()] == ["heading"] * 3
