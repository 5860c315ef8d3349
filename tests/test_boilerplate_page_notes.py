"""A page's notes about itself: a sentence whose subject is the page ("This article",
"This video", "This discussion") and whose predicate says how it was made, for whom, or
what it is not. What the page itself does ("This piece explains ...") is its text."""

import pytest

from chiptrail_normalise.boilerplate import classify, is_boilerplate

NOTES = [
    "This video is not sponsored.",
    "This episode is brought to you by Gridline Cloud. Try it free for a month.",
    "This discussion has been archived. No new comments can be posted.",
    "This discussion is closed for comments.",
    "This document was prepared by the Legislative Research Office for members of the committee.",
    "This research was funded by the Harbour Foundation and conducted within the Compute Policy Lab.",
    "This publication is part of the Lab's working paper series.",
    "This brief reflects the views of the author and not necessarily those of the institute.",
    "This report does not represent the official position of the ministry.",
    "This content is for Premium subscribers only. Already a subscriber? Log in.",
    "This story is available exclusively to members. Join now to keep reading.",
    "This note is for the exclusive use of Harrow Research clients.",
    "This article, by Ledger Quant, is general in nature and is no recommendation to buy or sell.",
    "This story is auto-generated from a syndicated feed. The site is not responsible for its content.",
    "This transcript may not be 100 percent accurate and may contain misspellings.",
    "This email was sent to reader@example.com on behalf of the Export Office.",
]

MAIL_FOOTERS = [
    "You're receiving this because you subscribed to The Wafer Letter.",
    "You are receiving this email because you signed up for Strait Chips Daily.",
    "You are receiving this email as a member of the Penang Chamber of Commerce.",
]

TEXT = [
    "This piece answers the questions readers have asked most since the rule was announced.",
    "This commentary explains what changed, and what it means for Chinese cloud providers.",
    "This newsletter has been arguing for months that memory, not logic, is China's bottleneck.",
    "This analysis attempts a bottom-up estimate of Ascend 910C output.",
    "This piece does not argue for a particular policy; it lays out what is known.",
    "This rule was prepared by the Commerce Department after months of talks with Nvidia.",
    "This chip is for Chinese customers only, and it was made to fit under the threshold.",
]


@pytest.mark.parametrize("line", NOTES)
def test_a_page_saying_how_it_was_made_for_whom_or_what_it_is_not_is_a_publisher_note(line):
    assert classify(line) == "publisher_note"


@pytest.mark.parametrize("line", TEXT)
def test_a_page_saying_what_it_does_and_a_sentence_about_something_else_are_text(line):
    assert not is_boilerplate(line)


@pytest.mark.parametrize("line", MAIL_FOOTERS)
def test_a_mailings_footer_telling_the_reader_why_it_came_is_newsletter_clutter(line):
    assert classify(line) == "newsletter"


def test_a_sentence_about_someone_receiving_chips_is_text():
    assert not is_boilerplate("You are receiving this shipment because your company holds an H20 licence, Nvidia told buyers.")


@pytest.mark.parametrize("line", [
    "Update 11/24, 2:15 p.m. ET: This article has been updated with comment from Nvidia.",
    "UPDATE 1:10 PM: The keynote has wrapped.",
    "Update: An earlier version misstated the date of the rule.",
    "Correction: The chip is the H20, not the H200.",
])
def test_an_update_about_the_page_or_its_time_and_a_correction_are_notes(line):
    assert classify(line) == "publisher_note"


def test_an_update_that_tells_more_news_is_the_text():
    assert not is_boilerplate("Update: the Commerce Department said late on Tuesday that licences would be issued within weeks.")
