"""A newsletter's own furniture is clutter however its writer words it: the prompt to readers
who were forwarded the issue, the pointer to the issue's other items and the entries of its
printed contents list (dot leaders running to a page number). A story sentence about a
forwarded e-mail or about an issue's contents stays."""

import pytest

from chiptrail_normalise.boilerplate import is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "Forwarded by a friend? Join here.",
        "Were you forwarded from a colleague? Get your own copy.",
        "The Wafer Weekly is free. If someone forwarded it to you, sign up at",
        "Thanks for reading. If a colleague forwarded this newsletter to you, register below.",
        "ALSO IN THIS ISSUE: Memory prices | Fab tours | People",
        "More in this edition:",
        "* Japan tightens lithography rules .................. 6",
        "Korea probes HBM shipments.......12",
    ],
)
def test_a_newsletters_forwarding_prompt_other_items_and_contents_entries_are_clutter(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "A colleague forwarded the e-mail to reporters on Tuesday, the person said.",
        "If someone forwarded it to regulators, the company said, it would cooperate.",
        "The issue also raised questions about whether licences would be granted in volume.",
        "Shares fell 3.2% to $118.50... and then recovered by noon.",
    ],
)
def test_story_sentences_about_forwarded_mail_or_an_issue_stay(line):
    assert not is_boilerplate(line)
