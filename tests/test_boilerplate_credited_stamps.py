"""Publish stamps that credit who wrote or published the story: once every date and time is
taken off (a stamp may date the story twice, when it was published and when updated), only a
writer's name with the stamp's words, or an outlet, is left. A headline with a date says
what happened and is kept."""

import pytest

from chiptrail_normalise.boilerplate import classify
from chiptrail_normalise.page_layout import layout_clutter

STORY = [
    "US regulators have started approving export licences for the chip under a revenue-sharing deal.",
    "Chinese regulators have asked several large firms to explain why they need to buy it at all.",
]


@pytest.mark.parametrize(
    "line",
    [
        "Ayse Demir |14.11.2025 - Update : 14.11.2025",
        "Marta Oliveira, 2026-01-16 (Update: 2026-01-17)",
        "Reuters Published July 15, 2025 Updated July 15, 2025 11:24am",
        "AFP 10:45, 10 February 2026",
        "Reuters , Tuesday 30 Sep 2025",
    ],
)
def test_a_stamp_crediting_its_writer_or_outlet_after_its_dates_are_gone_is_a_stamp(line):
    assert classify(line) == "stamp"


@pytest.mark.parametrize("line", ["Nvidia Beats Estimates, Nov 19, 2025", "Nvidia, Nov 19, 2025"])
def test_a_headline_with_a_date_is_no_stamp(line):
    assert classify(line) is None


def test_a_date_with_a_name_the_story_never_uses_is_the_writers_stamp():
    lines = ["Washington and Beijing pull the chip both ways", "November 20, 2025 Harriet Oyelowo-Brandt", *STORY]
    assert layout_clutter(lines, {0}) == {1}


def test_a_date_over_a_heading_in_the_storys_words_is_kept():
    lines = ["Washington and Beijing pull the chip both ways", "November 20, 2025 Chinese Regulators", *STORY]
    assert 1 not in layout_clutter(lines, {0})
