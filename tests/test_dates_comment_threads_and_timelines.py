"""Dates that belong to something on the page other than this copy: a comment in a thread of
commenters' stamps that reply to one another, an entry of a log or timeline whose lines open
with a date and go on into a sentence, an event named in the prose of an issue dated by its
month alone. A page made only of such dates stays undated; a page's or a post's own stamp
is still read."""

from datetime import date

import pytest

from date_pages import LEAD, TITLE, date_of

THREAD = ["Comments pasted from a news site", "",
          "reader_4471 · Mar 3, 2026", "Good move, but the volumes will be small.", "",
          "  ↳ chip_fan · Mar 3, 2026", "Agreed, the customs holds will decide it.", "",
          "policywonk9 · Mar 4, 2026", "Any word on the licence terms?"]


def test_stamps_beside_commenters_handles_in_a_thread_date_the_comments_not_the_page():
    assert date_of(*THREAD) is None


@pytest.mark.parametrize("separator", ["•", "|", "-"])
def test_a_thread_of_handle_stamps_with_other_separators_is_still_a_thread(separator):
    assert date_of(*(line.replace("·", separator) for line in THREAD)) is None


def test_a_posts_own_stamp_beside_its_author_is_still_read():
    assert date_of("r/hardware", "u/chipwatcher · Sep 17, 2025", TITLE, LEAD) == date(2025, 9, 17)


def test_a_chat_logs_or_a_posts_first_stamp_with_no_replies_marked_is_still_read():
    assert date_of("r/hardware", "u/chipwatcher · Sep 17, 2025", TITLE, LEAD, "",
                   "u/other_reader · Sep 18, 2025", "Yes, the report says so.") == date(2025, 9, 17)


def test_a_news_pages_stamp_line_under_the_headline_is_still_read():
    assert date_of(TITLE, "By Jane Doe · Mar 3, 2026", LEAD) == date(2026, 3, 3)
    assert date_of(TITLE, "Mar 3, 2026 · 10:24 AM", LEAD, "reader_4471 · Mar 4, 2026") == date(2026, 3, 3)


LOG = ["Notes from our team wiki: policy log", "",
       "2025-09-02 US: export licences issued for the first batch.",
       "2025-09-10 CN: regulators urge firms to pause orders.",
       "2025-09-18 Vendor: suppliers told to slow production."]


def test_lines_opening_with_a_date_and_going_on_into_a_sentence_are_a_logs_entries():
    assert date_of(*LOG) is None
    assert date_of(*(line.replace("2025-09-", "Sep ").replace(" US", ", 2025 US").replace(" CN", ", 2025 CN")
                     .replace(" Vendor", ", 2025 Vendor") for line in LOG)) is None


def test_a_stamp_line_over_a_lead_opening_with_its_date_is_still_read():
    assert date_of(TITLE, "2025-09-02 10:24", "2025-09-02 The licences were issued to the first buyers.",
                   LEAD) == date(2025, 9, 2)



ISSUE = ['Copy of: "Trade Controls Briefing – March 2026" (PDF), p. 1', "", "ALDER & FINCH LLP", "", TITLE, "",
         "On March 2, 2026, the Commerce Department announced that licences would be required for",
         "exports of the chips to customers in China, with reviews on a case-by-case basis."]


def test_a_date_in_the_prose_of_an_issue_dated_by_its_month_is_an_events():
    assert date_of(*ISSUE) is None


def test_a_stamp_line_on_an_issue_dated_by_its_month_is_still_read():
    assert date_of(*ISSUE[:6], "March 4, 2026", *ISSUE[6:]) == date(2026, 3, 4)
