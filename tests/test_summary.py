"""The summary is the first real paragraph, at most 300 visible characters."""

from chiptrail_normalise.body import Block
from chiptrail_normalise.summary import extract_summary

PARA = "Nvidia said on Tuesday it will resume sales of its H20 chip to China after the US assured it."


def test_the_first_paragraph_is_the_summary():
    assert extract_summary([Block("paragraph", PARA), Block("paragraph", "Second one here, not it.")]).value == PARA


def test_headings_lists_and_bare_datelines_are_passed_over():
    blocks = [Block("heading", "Overview of the Chips"), Block("list", "an item"), Block("paragraph", "BEIJING —"), Block("paragraph", PARA)]
    assert extract_summary(blocks).value == PARA


def test_an_opening_dateline_is_left_out():
    assert extract_summary([Block("paragraph", "(GlobalTimesAI.com) — " + PARA)]).value == PARA
    assert extract_summary([Block("paragraph", "WASHINGTON, July 15 (Reuters) - " + PARA)]).value == PARA


def test_a_long_paragraph_is_cut_at_a_word_boundary_with_an_ellipsis():
    summary = extract_summary([Block("paragraph", PARA * 5)]).value
    assert len(summary) <= 300
    assert summary.endswith("…") and not summary.endswith(" …")
    assert (PARA * 5).startswith(summary[:-1])


def test_the_summary_is_escaped_like_body_text():
    assert extract_summary([Block("paragraph", "Shares of <b>Nvidia</b> rose [sharply] after the *news* today.")]).value == (
        "Shares of &lt;b&gt;Nvidia&lt;/b&gt; rose \\[sharply\\] after the \\*news\\* today."
    )


def test_no_paragraph_means_no_summary():
    assert extract_summary([Block("heading", "Only A Heading")]).value is None
