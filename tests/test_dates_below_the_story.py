"""On a short page the top lines reach the page's end, so a date under the story stood in
the window where stamps are looked for: a comment's stamp, a linked page's address, the
filing stamp a court document repeats on its page footer. None of them is this copy's
publication date; an undated short page stays undated."""

from datetime import date

import pytest

from chiptrail_normalise.dates import extract_date
from chiptrail_normalise.review import REVIEW_THRESHOLD
from date_pages import LEAD, TITLE, date_of

SECOND = ("Analysts expect the first licences to be granted within weeks, although buyers in China have "
          "been told to favour domestic accelerators for new data-centre projects.")


@pytest.mark.parametrize("heading", ["COMMENTS", "Comments (14)", "37 replies", "Sort by: Best",
                                     "More posts you may like", "Related stories"])
def test_a_stamp_under_the_comments_heading_is_a_comments(heading):
    assert date_of(TITLE, LEAD, SECOND, heading, "hardware_fan", "Good riddance.",
                   "Tue 14 Apr 2026 // 11:04 UTC") is None


def test_the_storys_own_stamp_over_its_comments_is_still_read():
    assert date_of(TITLE, "Tue 10 Mar 2026 // 09:12 UTC", LEAD, SECOND, "COMMENTS", "hardware_fan",
                   "Tue 14 Apr 2026 // 11:04 UTC") == date(2026, 3, 10)


def test_a_menu_entry_over_the_story_does_not_end_it():
    assert date_of("Comments", "Trending", TITLE, "Tue 10 Mar 2026", LEAD) == date(2026, 3, 10)


@pytest.mark.parametrize("line", ["Link: example-wire.com/world/nvidia-h200-licences-2025-12-08/",
                                  "Source: https://news.example.org/2025/12/08/h200-licences"])
def test_a_date_in_an_address_shared_in_a_post_is_the_linked_pages(line):
    assert date_of("r/chips", TITLE, line, LEAD) is None


def test_a_stamp_next_to_a_shared_address_is_still_read():
    assert date_of(TITLE, "Posted by u/lei • 8 Dec 2025", "example-wire.com/world/h200-2025-12-01/", LEAD) \
        == date(2025, 12, 8)


@pytest.mark.parametrize("footer", ["Case 8:25-cr-00123   Document 1   Filed 11/19/25   Page 3 of 14 PageID 3",
                                    "Export control notice 12/03/2025 page 2 of 9"])
def test_a_documents_page_footer_dates_the_filing_or_printout_not_the_story(footer):
    assert date_of("UNITED STATES DISTRICT COURT", "INDICTMENT", LEAD, footer) is None


def test_a_filings_page_header_over_its_text_dates_the_filing():
    assert date_of("Case 1:25-cr-00123   Document 4   Filed 06/09/25   Page 1 of 14", "UNITED STATES DISTRICT COURT",
                   LEAD) == date(2025, 6, 9)


def test_a_stamp_closing_a_short_page_under_its_prose_is_read_with_less_confidence():
    closing = extract_date([TITLE, LEAD, SECOND, "Sep 9, 2025 at 2:22 PM"])
    opening = extract_date([TITLE, "Sep 9, 2025 at 2:22 PM", LEAD, SECOND])
    assert closing.value == opening.value == date(2025, 9, 9)
    assert closing.confidence < opening.confidence
    assert closing.confidence >= REVIEW_THRESHOLD


@pytest.mark.parametrize("label", ["Original article:", "Via:", "Read more:", "Full story —"])
def test_a_shared_link_repeating_the_headline_does_not_date_the_post(label):
    shared = f"{label} chipwire-news.com/world/beijing-weighs-limits-on-purchases-of-nvidias-h200-processors-2025-12-08/"
    assert date_of("r/chips", TITLE, shared, LEAD) is None


def test_the_pages_own_address_under_a_copy_link_label_still_dates_it():
    own = "chipwire-news.com/2025/12/08/beijing-weighs-limits-on-purchases-of-nvidias-h200-processors"
    assert date_of("Chipwire", TITLE, LEAD, "Copy link", own) == date(2025, 12, 8)


def test_a_printouts_own_address_under_link_still_dates_it():
    own = "Link: https://chipwire.com/2025/12/08/beijing-weighs-limits-on-purchases-of-nvidias-h200-processors"
    assert extract_date(["Chipwire", TITLE, LEAD, SECOND, own]).value == date(2025, 12, 8)


@pytest.mark.parametrize("rubric", ["12 comments", "Comment"])
def test_a_comment_count_or_rubric_over_the_byline_does_not_hide_its_stamp(rubric):
    dek = "Washington is weighing how far to let Nvidia go, and Beijing is weighing whether to let buyers take it."
    assert extract_date([TITLE, dek, rubric, "By Jane Doe, March 3, 2026", LEAD, SECOND]).value == date(2026, 3, 3)


def test_a_stamp_beside_a_page_count_under_the_headline_dates_the_page():
    assert extract_date(["Chip Daily", TITLE, "March 3, 2026 | Page 1 of 3", LEAD, SECOND]).value == date(2026, 3, 3)
