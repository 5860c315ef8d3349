"""A page's button and link labels set on their own lines: a few words opening with a
command to the reader ("Copy Shortlink", "Print friendly pdf"). A subheading opening with
such a verb right over a sentence of the story heads it and is kept. Index 0 is the
headline."""

from chiptrail_normalise.page_layout import layout_clutter

HEADLINE = "Washington and Beijing pull the chip both ways"
STORY = [
    "US regulators have started approving export licences for the chip under a revenue-sharing deal.",
    "Chinese regulators have asked several large firms to explain why they need to buy it at all.",
]


def clutter(lines):
    return [lines[index] for index in sorted(layout_clutter(lines, {0}))]


def test_a_button_label_among_clutter_is_clutter():
    lines = [HEADLINE, STORY[0], "Copy Shortlink", "Advertisement", STORY[1], "Print friendly pdf", "Follow him"]
    assert {"Copy Shortlink", "Print friendly pdf", "Follow him"} <= set(clutter(lines))


def test_a_subheading_opening_with_a_command_over_a_sentence_is_kept():
    lines = [HEADLINE, STORY[0], "Follow along", STORY[1]]
    assert clutter(lines) == []


def test_a_sentence_opening_with_a_command_is_kept():
    lines = [HEADLINE, *STORY, "See you next week."]
    assert clutter(lines) == []
