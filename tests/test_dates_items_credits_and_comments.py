"""Dates on a page that belong to something else than this copy: an entry of a numbered list
or of a paper's notes, a story another outlet is credited with, a date inside the prose of a
wrapped post, the readers' comments under a post of one sentence. Such a page stays undated."""

from datetime import date

import pytest

from date_pages import LEAD, TITLE, date_of


@pytest.mark.parametrize(
    "note", ["[1] Acme Semiconductor, Form 8-K, April 15, 2025.", "1. Commerce statement, July 14, 2025.",
             "(2) Chip Ledger, \"Licences granted\", 12 August 2025"],
)
def test_a_date_in_a_numbered_note_or_list_entry_is_the_entrys(note):
    assert date_of("In sum, the licence requirement was only the start of the story.", "References", note) is None


def test_a_day_opening_a_dotted_date_is_no_list_number():
    assert date_of(TITLE, "10. Dezember 2025, 06:00 Uhr", LEAD) == date(2025, 12, 10)


@pytest.mark.parametrize(
    "line", ["Summary of the linked article (Reuters, Sept 4, 2025):", "As reported earlier (Bloomberg, 9 Dec 2025)"],
)
def test_a_date_credited_in_brackets_to_another_outlet_is_the_cited_storys(line):
    assert date_of("Pinned by the moderators", line, LEAD) is None


def test_a_date_credited_in_brackets_to_the_pages_own_publisher_is_its_stamp():
    assert date_of(TITLE, "(Reuters, Sept 4, 2025)", LEAD, source="Reuters") == date(2025, 9, 4)


def test_a_date_between_two_sentences_of_a_wrapped_post_is_prose():
    assert date_of("Posted by u/someone", "The licence charge hit both firms' results. Is this",
                   "priced in? Apr 17 2025 -7% premarket.") is None


def test_a_posts_stamp_glued_after_its_last_sentence_is_still_read():
    assert date_of("Chip Ledger", "The foundry reported record quarterly revenue. 29 Sep 2025") == date(2025, 9, 29)


@pytest.mark.parametrize("heading", ["142 comments", "Comments (3)"])
def test_comments_under_a_post_of_one_sentence_do_not_date_it(heading):
    assert date_of("r/hardware", "Posted by u/someone", TITLE,
                   "Well that escalated quickly, does anyone know if this covers the H20 too?",
                   heading, "u/chipwatcher · Sep 17, 2025", "Yes, the report says so.") is None


@pytest.mark.parametrize("account", ["Joined Mar 12, 2019", "Cake day: March 3, 2014", "Member since 14 June 2021"])
def test_the_date_a_member_joined_does_not_date_the_post(account):
    assert date_of("Chip Forums › Policy", TITLE, "silicon_sam", account, LEAD) is None


@pytest.mark.parametrize(
    "line", ["WASHINGTON (Reuters, Dec 4, 2025)", "By Jane Doe (Reuters, Dec 4, 2025)", "Jane Doe (Bloomberg, 4 Dec 2025)"],
)
def test_a_credit_in_brackets_on_a_row_of_a_name_or_place_dates_the_page_whose_source_is_unknown(line):
    assert date_of(TITLE, line, LEAD) == date(2025, 12, 4)


def test_a_credit_in_brackets_to_another_outlet_than_the_known_source_is_the_cited_storys():
    assert date_of(TITLE, "Jane Doe (Bloomberg, 4 Dec 2025)", LEAD, source="Reuters") is None


@pytest.mark.parametrize("line", ["Opinion. Dec 4, 2025. By Jane Doe.", "Analysis. Dec 4, 2025. Free to read."])
def test_a_section_label_before_the_stamp_is_no_sentence(line):
    assert date_of(TITLE, line, LEAD) == date(2025, 12, 4)


HARD_WRAPPED = [
    "The Commerce Department has started granting licences for Nvidia's",
    "H20 accelerator, according to two people familiar with the matter,",
    "ending a months-long pause in shipments to Chinese customers.",
    "Buyers must sign end-use pledges before shipment, the people said,",
    "and the first deliveries are expected before the end of the year.",
]


@pytest.mark.parametrize("heading", ["142 comments", "Comments (3)"])
def test_a_comment_count_under_a_question_headline_over_a_hard_wrapped_story_keeps_its_stamp(heading):
    assert date_of("Is Nvidia about to ship H20 chips to China again?", heading, "By Jane Doe",
                   "December 4, 2025", *HARD_WRAPPED) == date(2025, 12, 4)


def test_a_comment_count_over_a_hard_wrapped_story_with_no_stamp_under_it_reads_on():
    assert date_of("r/hardware", "Posted by u/someone", TITLE,
                   "Well that escalated quickly, does anyone know if this covers the H20 too?",
                   "142 comments", *HARD_WRAPPED, "December 4, 2025") == date(2025, 12, 4)


def test_the_posts_stamp_after_the_members_join_date_on_its_line_dates_it():
    assert date_of("H20 licences granted?", "chipwatcher · Joined Mar 12, 2019 · Dec 4, 2025", LEAD) == date(2025, 12, 4)


@pytest.mark.parametrize("line", ["Registered Dec 4, 2025", "Registered on Dec 4, 2025"])
def test_registered_or_last_active_alone_is_no_members_account(line):
    assert date_of(TITLE, line, LEAD) == date(2025, 12, 4)


def test_last_seen_beside_a_username_dates_the_members_account():
    assert date_of(TITLE, "chipwatcher · Last seen Mar 12, 2019", LEAD) is None
