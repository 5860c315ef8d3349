"""Publication date on pages of outlets the corpus has not seen: time-zone stamps,
two-digit years, "Updated"-only pages, the page's own day/month order; never a guess."""

from datetime import date

import pytest

from chiptrail_normalise.dates import extract_date, find_date, is_date_line

TITLE = "Beijing orders state-funded data centres to use only domestic AI chips"
LEAD = (
    "Chinese authorities have ordered new data centre projects that receive state funding to use "
    "only domestically made artificial intelligence chips, people familiar with the matter said."
)


def date_of(*lines, **options):
    return extract_date(list(lines), **options).value


@pytest.mark.parametrize(
    "stamp",
    ["2025-11-05 HKT 18:02", "05 Nov 2025 | 06:12 PM IST", "2025-11-05 18:02 BJT", "Nov 5, 2025 06:12 PM SGT",
     "Nov. 5, 2025 6:12 p.m. ET", "2025年11月5日 18:02", "5th November 2025", "2025-11-05T10:02:00Z",
     "18:02 KST 2025/11/05", "Wed 5 Nov 2025 10.02 GMT", "5-Nov-2025"],
)
def test_stamps_with_a_time_zone_or_an_unusual_shape_are_read_and_are_date_lines(stamp):
    assert date_of(TITLE, stamp, LEAD) == date(2025, 11, 5)
    assert is_date_line(stamp)


def test_an_updated_only_stamp_with_a_hyphenated_date_is_the_date():
    assert date_of("CGTN", TITLE, "Updated 22:07, 31-Jul-2025", "CGTN", LEAD) == date(2025, 7, 31)


@pytest.mark.parametrize("stamp", ["by Owen Tate - 12/04/25 6:12 PM ET", "4 Dec 25", "4 Dec 25 18:02"])
def test_a_two_digit_year_in_a_stamp_is_read_as_this_century(stamp):
    assert date_of(TITLE, stamp, LEAD) == date(2025, 12, 4)


def test_a_two_digit_year_is_never_read_out_of_a_clock_time_and_a_full_date():
    assert find_date("All News 15:03 August 11, 2025").value == date(2025, 8, 11)


def test_a_year_first_two_digit_stamp_is_not_read_as_an_old_date():
    assert find_date("25/12/04") is None


def test_a_date_ahead_of_an_updated_label_on_one_stamp_line_is_the_date():
    assert date_of(TITLE, "July 15, 2025 / 6:12 PM / Updated 3 hours ago", LEAD) == date(2025, 7, 15)


def test_issued_on_labels_a_publication_date():
    assert date_of(TITLE, "Issued on: 17/09/2025 - 18:12", LEAD) == date(2025, 9, 17)


def test_the_pages_own_day_first_dates_decide_an_ambiguous_one():
    found = extract_date([TITLE, "Published 05/11/2025 - 10:41", LEAD, "Related: story of 17/10/2025"])
    assert (found.value, found.details) == (date(2025, 11, 5), {"order": "day-first"})


def test_an_ambiguous_date_stays_month_first_when_the_page_shows_no_order():
    assert date_of(TITLE, "Published 05/11/2025 - 10:41", LEAD) == date(2025, 5, 11)


@pytest.mark.parametrize("url", ["https://www.example.co.uk/news/chips", "https://www.france24.com/en/asia/chips"])
def test_a_day_first_country_domain_or_outlet_reads_an_ambiguous_date_day_first(url):
    assert date_of(TITLE, "Issued on: 05/11/2025 - 18:12", LEAD, url=url) == date(2025, 11, 5)


def test_a_dotted_numeric_date_is_read_in_the_pages_order_like_any_numeric_date():
    """The dot is no sign of the order: US trade sites print "12.03.2024" for 3 December.
    An ambiguous dotted date is month-first (the labelling rule), day-first on a page whose
    own dates or address show that order."""
    assert date_of(TITLE, "04.12.2025 18:12", LEAD) == date(2025, 4, 12)
    assert date_of(TITLE, "04.12.2025 18:12", LEAD, url="https://www.example.de/tech/chips") == date(2025, 12, 4)
    assert date_of(TITLE, "04.12.2025 18:12", LEAD, "Related: 17.11.2025 18:02") == date(2025, 12, 4)


@pytest.mark.parametrize("stamp", ["Updated 12 min ago", "Live", "3 hours ago", "Updated 14:32 GMT"])
def test_live_blog_and_relative_stamps_give_no_date(stamp):
    body = "On October 17, 2023, the Commerce Department tightened rules on the A800 and H800."
    assert date_of(TITLE, stamp, LEAD, body) is None


@pytest.mark.parametrize("label", ["Originally published", "Dated", "Last edited"])
def test_more_labels_of_publication_and_revision_stamps_are_read(label):
    assert date_of(TITLE, LEAD, f"{label}: 5 November 2025 at 18:02", LEAD) == date(2025, 11, 5)


@pytest.mark.parametrize(
    "line", ["Comment deadline: January 15, 2026", "Effective date: Jan. 15, 2026", "Event: Dec 4, 2025 | Beijing",
             "Earnings date: Nov 19, 2025"],
)
def test_the_date_of_something_the_page_announces_is_not_its_publication_date(line):
    assert date_of(TITLE, line, LEAD) is None


def test_a_release_date_field_on_a_metadata_row_is_still_the_date():
    assert date_of(TITLE, "Article type: Original From: MOFCOM Release date: 2025-12-12", LEAD) == date(2025, 12, 12)


def test_a_day_first_outlets_logo_line_reads_an_ambiguous_date_day_first_without_an_address():
    assert date_of("FRANCE 24", TITLE, "Issued on: 05/11/2025 - 18:12", LEAD) == date(2025, 11, 5)
    assert date_of("The Hill", TITLE, "Published 05/11/2025 - 18:12", LEAD) == date(2025, 5, 11)


def test_a_published_label_glued_to_its_date_still_dates_the_page():
    assert date_of(TITLE, "Livemint", "Published14 Jan 2026, 06:42 AM IST", LEAD) == date(2026, 1, 14)


def test_a_byline_and_stamp_joined_by_a_slash_dates_the_page_though_its_pm_ends_like_a_sentence():
    stamp = "By Wang Xintong and Han Wei / Nov 05, 2025 08:45 p.m."
    assert date_of(TITLE, stamp, LEAD) == date(2025, 11, 5)
    assert date_of(TITLE, "The rule takes effect on November 5, 2025 at 12:01 a.m.", LEAD) is None  # prose


def test_a_site_menu_of_sixty_entries_does_not_push_the_stamp_out_of_the_top():
    sections = ["Business", "Strategy", "Economy", "Finance", "Retail", "Careers", "Media", "Tech", "Science", "AI",
                "Markets", "Stocks", "Crypto", "Lifestyle", "Travel", "Health", "Politics", "Law", "Reviews", "Video"]
    menu = sections * 3 + ["Subscribe", "My account", "Log in"]
    assert date_of(*menu, TITLE, "Kevin Marsh", "Nov 5, 2025, 6:41 AM EDT", LEAD) == date(2025, 11, 5)
    assert date_of(*menu, TITLE, *[LEAD] * 20, "Nov 5, 2025, 6:41 AM EDT") is None  # deep in the story


def test_the_pages_own_address_printed_on_it_dates_an_otherwise_undated_text():
    slug = "beijing-orders-state-funded-data-centres-to-use-only-domestic-ai-chips"
    found = extract_date([TITLE, LEAD, "Copy link", f"https://example.com/2025/11/05/{slug}/", "Related posts"])
    assert found.value == date(2025, 11, 5) and found.evidence.startswith("line 4")
    assert date_of(TITLE, LEAD, f"Example News - https://example.com/news/2025-11-05/{slug}.html 1/2") == date(2025, 11, 5)
    assert date_of("Example News", f"example.com/2025/11/05/{slug}", TITLE, LEAD) == date(2025, 11, 5)  # no scheme


def test_the_address_of_another_story_printed_on_the_page_does_not_date_it():
    related = "https://example.com/2025/10/17/nvidia-h20-sales-halted-after-new-licence-rule/"
    assert date_of(TITLE, *[LEAD] * 20, "Read next", related) is None


@pytest.mark.parametrize(
    "line",
    ["This entry was posted on Wednesday, November 5th, 2025 at 6:12 pm and is filed under News.",
     "Page last updated: 5 November 2025", "Publish Date: Nov 5, 2025", "Time of Release: 2025-11-05 18:02",
     "发布时间：2025-11-05 18:02", "입력 2025.11.05 18:02"],
)
def test_stamp_labels_of_blogs_government_and_asian_sites_date_the_page_even_at_its_foot(line):
    assert date_of(TITLE, *[LEAD] * 20, line) == date(2025, 11, 5)


@pytest.mark.parametrize("stamp", ["Published: 00:03, Nov 5,2025", "5. November 2025", "05/NOV/2025"])
def test_a_year_glued_to_the_comma_a_dotted_day_and_a_slashed_month_name_are_read(stamp):
    """"Nov 5,2025" as a stamp sets it without the space; German pages write "5. November
    2025"; some stamps slash a shouted month ("05/NOV/2025")."""
    assert date_of(TITLE, stamp, LEAD) == date(2025, 11, 5)


@pytest.mark.parametrize(
    "stamp",
    ["Posted by msmash on Wednesday November 05, 2025 @06:30PM from the chips-ahoy dept.",
     "by Hilbert Hagedoorn on: 11/05/2025 09:12 AM | source: Reuters | 11 comment(s)"],
)
def test_a_writers_credit_between_the_label_and_the_date_keeps_the_date_the_stamps(stamp):
    """"Posted by X on DATE" and "by X on: DATE": the writer's credit stands between the
    stamp's label and its date; the date is the post's, not something the page announces."""
    assert date_of(TITLE, stamp, LEAD) == date(2025, 11, 5)


def test_a_label_naming_another_thing_before_a_date_still_dates_no_page():
    assert date_of(TITLE, "Comment deadline: November 05, 2025", LEAD) is None


@pytest.mark.parametrize(
    "stamp", ["5. November 2025, 06:00 Uhr", "5 Nov, 2025 08:31 a.m. EST", "05 noviembre 2025", "5 ноя 2025 в 11:20",
              "5 novembre 2025", "5. Dezember 2025"],
)
def test_month_names_of_german_spanish_french_and_russian_pages_are_read(stamp):
    expected = date(2025, 12, 5) if "Dezember" in stamp else date(2025, 11, 5)
    assert date_of(TITLE, stamp, LEAD) == expected


@pytest.mark.parametrize(
    "stamp", ["By Global Desk Published: Nov 5, 2025 09:12 PM", "By Jane Doe Updated November 5, 2025, 3:00 a.m."]
)
def test_a_label_right_after_the_byline_that_opens_the_line_dates_the_page(stamp):
    assert date_of(TITLE, stamp, LEAD) == date(2025, 11, 5)


def test_a_label_inside_a_sentence_after_by_is_still_no_stamp():
    sentence = "The rule was published by the Commerce Department and is effective from November 5, 2025 onwards."
    assert date_of(TITLE, LEAD, sentence) is None


@pytest.mark.parametrize(
    "stamp", ["15 de julio de 2025", "Publicado el 15 de julio de 2025", "15 de julho de 2025 às 10:32", "15 luglio 2025"],
)
def test_spanish_portuguese_and_italian_stamps_are_read(stamp):
    assert date_of(TITLE, stamp, LEAD) == date(2025, 7, 15)


@pytest.mark.parametrize("stamp", ["Jakarta, 9 Desember 2025 -", "Kuala Lumpur, 9 Disember 2025", "Den Haag, 9 december 2025"])
def test_indonesian_malay_and_dutch_month_names_are_read(stamp):
    assert date_of(TITLE, stamp, LEAD) == date(2025, 12, 9)


@pytest.mark.parametrize("stamp", ["25-8-12 10:20", "25-12-9 08:05"])
def test_a_microblogs_year_first_stamp_may_write_its_month_or_day_with_one_digit(stamp):
    expected = date(2025, 8, 12) if stamp.startswith("25-8") else date(2025, 12, 9)
    assert date_of("Weibo", "Global Daily", stamp, "【Ministry responds】" + LEAD) == expected


def test_an_e_mails_own_sent_header_dates_it():
    assert date_of(">> FW: Morning note", "", "Sent: 9 Dec 2025 07:55", "Subject: China AI chips", "", LEAD) == date(2025, 12, 9)


def test_a_yearless_dateline_takes_its_year_from_an_address_on_the_page_with_the_same_day():
    dateline = "BEIJING, Dec 9 (Wire) - " + LEAD
    assert date_of(TITLE, dateline, "wire.example.com/world/china/2025-12-09/") == date(2025, 12, 9)


def test_a_yearless_dateline_and_an_address_of_another_day_give_no_date():
    dateline = "BEIJING, Dec 9 (Wire) - " + LEAD
    assert date_of(TITLE, dateline, "Related: wire.example.com/world/china/2025-11-05/") is None


def test_a_microblogs_year_first_stamp_before_the_posting_clients_credit_is_read():
    assert date_of("微博", "科技观察员", "25-12-9 来自 iPhone客户端", "【Ministry responds】" + LEAD) == date(2025, 12, 9)
