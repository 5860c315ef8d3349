"""A document pasted from a PDF carries its running header or footer on every page: who
issued it, perhaps its web address, and the page number, set off by bars. Those lines are
clutter; a story sentence that merely mentions a page or uses a bar is not."""

import pytest

from chiptrail_normalise.boilerplate import classify, is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "Marlow Keane LLP | 3",
        "4 | Institute for Open Trade Research",
        "OTRI | www.otri-example.org | Page 2",
        "MARKETS | PAGE 7",
    ],
)
def test_a_running_footer_with_its_page_number_is_page_furniture(line):
    assert classify(line) == "page_furniture"


@pytest.mark.parametrize(
    "line",
    [
        "The rule runs to 168 pages and takes effect in 30 days.",
        "Nvidia's China revenue fell to $2.9 billion | a drop of 12 percent from a year earlier.",
    ],
)
def test_story_sentences_with_page_counts_or_bars_are_kept(line):
    assert not is_boilerplate(line)
