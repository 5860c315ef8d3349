"""A live page's own furniture between its entries: its state ("Live coverage is over",
"This live page is now closed"), its filters and labels ("Key event", "Show key events
only"), and the writer's name under each entry's time stamp. Index 0 is the headline."""

import pytest

from chiptrail_normalise.boilerplate import classify
from chiptrail_normalise.page_layout import layout_clutter

ENTRIES = [
    "6:41 PM EDT",
    "Priya Okonjo",
    "Huang: China is a large opportunity this year",
    "On the call, the chief executive said China represents a large market opportunity for the company this year.",
    "6:05 PM EDT",
    "Tomasz Wielgus",
    "Guidance assumes no shipments to China",
    "The finance chief said the outlook for the third quarter assumes no shipments of the chip to China-based customers.",
]


@pytest.mark.parametrize(
    "line",
    [
        "Live coverage is over",
        "This live page is now closed. Thank you for joining us.",
        "These are the updates for October 30, 2025",
        "Key event",
        "Latest updates",
        "Show key events only",
        "Refresh for latest updates",
    ],
)
def test_a_live_pages_furniture_is_clutter(line):
    assert classify(line) == "live_page"


@pytest.mark.parametrize("line", ["Live coverage of the hearing is available on the committee's website.", "Key events of 2025"])
def test_a_sentence_about_live_coverage_is_kept(line):
    assert classify(line) is None


def test_the_writers_name_under_an_entrys_stamp_is_clutter():
    lines = ["Chipmaker earnings live: shares slip", *ENTRIES]
    assert {lines.index("Priya Okonjo"), lines.index("Tomasz Wielgus")} <= layout_clutter(lines, {0})


def test_a_heading_in_the_storys_words_under_an_entrys_stamp_is_kept():
    entries = [line if line != "Priya Okonjo" else "Huang Sees Opportunity" for line in ENTRIES]
    lines = ["Chipmaker earnings live: shares slip", *entries]
    assert lines.index("Huang Sees Opportunity") not in layout_clutter(lines, {0})
