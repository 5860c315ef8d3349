"""Publication date: the formats pasted pages use, and never a guessed date."""

from datetime import date

import pytest

from chiptrail_normalise import dates
from chiptrail_normalise.dates import extract_date, is_date_line, is_plausible

TITLE = "Nvidia to resume H20 AI chip sales to China after US assures licences"
LEAD = (
    "Nvidia said on Tuesday it will resume sales of its H20 artificial intelligence chip to "
    "China after the U.S. government assured the company it would grant the licences."
)


def date_of(*lines, **options):
    return extract_date(list(lines), **options).value


@pytest.mark.parametrize(
    "stamp",
    ["16 July, 2025", "July 16, 2025", "Wed, 16 Jul 2025", "2025-07-16", "16/07/2025",
     "July 16th, 2025", "16 Jul 2025 10:32 GMT", "2025/07/16", "16.07.2025",
     "By Anton Shilov published Wed, 16 Jul 2025 14:02:11 +0000"],
)
def test_a_date_stamp_under_the_headline_is_read_in_every_common_form(stamp):
    assert date_of(TITLE, stamp, LEAD) == date(2025, 7, 16)


@pytest.mark.parametrize(
    "stamp",
    ["Jul. 16, 2025 3:41 pm ET", "16 July 2025 | 10:32 IST", "2025-07-16T10:32:00+08:00",
     "2025年7月16日 21:40", "2025 年 07 月 16 日", "2025년 7월 16일", "07/16/2025 02:11 PM",
     "07-16-2025", "16-07-2025 10:32", "16th of July 2025",
     "Wed 16 Jul 2025 10.32 BST", "Wed, Jul 16, 2025 page10"],
)
def test_stamps_with_times_zones_and_other_scripts_are_read(stamp):
    assert date_of(TITLE, stamp, LEAD) == date(2025, 7, 16)


@pytest.mark.parametrize(
    "stamp",
    ["PUBLISHED WED, JUL 16 20257:41 AM EDTUPDATED WED, JUL 16 20259:02 AM EDT",
     "Published On 16 Jul 202516 Jul 2025", "July 16, 20253:41 PM GMT+8Updated 2 hours ago"],
)
def test_a_year_glued_to_a_clock_time_or_a_repeated_date_is_still_read(stamp):
    assert date_of(TITLE, stamp, LEAD) == date(2025, 7, 16)


def test_an_eight_digit_number_in_the_address_is_a_date_only_when_it_is_one():
    assert date_of(TITLE, LEAD, url="https://example.com/id/20251345/") is None
    assert date_of(TITLE, LEAD, url="https://example.com/p/1202507151/") is None


def test_a_year_glued_to_other_digits_is_part_of_a_longer_number():
    assert date_of(TITLE, "Ref. July 16, 202599", LEAD) is None


def test_a_labelled_line_may_put_the_time_before_the_date():
    found = extract_date([TITLE, "Updated 3:41 PM EDT, Wed July 16, 2025", LEAD])
    assert found.value == date(2025, 7, 16)
    assert "updated line" in found.evidence


def test_a_stamp_segment_of_a_long_byline_dates_the_article():
    byline = ("By Joan Pereira, SA News Editor | NVIDIA Corporation (NVDA) | "
              "Jul. 16, 2025 5:47 PM ET | 14 Comments | Listen to this story")
    assert date_of(TITLE, byline, LEAD) == date(2025, 7, 16)


def test_a_date_inside_a_long_line_of_prose_is_not_a_stamp_segment():
    prose = ("Nvidia said on Tuesday | in a filing dated July 16, 2025 that it expects to resume "
             "sales of the H20 once the licences it applied for are granted by Commerce.")
    assert date_of(TITLE, prose, LEAD) is None


def test_a_date_glued_to_the_reading_time_is_read_month_first():
    found = extract_date([TITLE, "digifusion", "12/11/20255 min read", LEAD])
    assert found.value == date(2025, 12, 11)
    assert found.details == {"order": "month-first"}
    assert "line 3 '12/11/2025' (numeric, month-first" in found.evidence


def test_an_ambiguous_numeric_date_is_read_day_first_when_asked():
    found = extract_date([TITLE, "12/11/2025", LEAD], day_first=True)
    assert found.value == date(2025, 11, 12)
    assert found.details == {"order": "day-first"}


def test_an_ambiguous_numeric_date_is_less_certain_than_a_written_one():
    numeric = extract_date([TITLE, "12/11/2025", LEAD])
    written = extract_date([TITLE, "December 11, 2025", LEAD])
    assert numeric.confidence < written.confidence


def test_a_day_above_twelve_settles_the_order_and_records_no_choice():
    found = extract_date([TITLE, "15/07/2025", LEAD])
    assert found.value == date(2025, 7, 15)
    assert found.details is None


def test_a_published_line_wins_over_an_updated_line():
    lines = [TITLE, "Updated: 18 July, 2025 09:00", "Published: 16 July, 2025 09:41 PM", LEAD]
    found = extract_date(lines)
    assert found.value == date(2025, 7, 16)
    assert "published line" in found.evidence


def test_a_published_label_later_in_the_line_wins_over_an_updated_one_before_it():
    assert date_of(TITLE, "Updated: 18 July 2025 | Published: 16 July 2025", LEAD) == date(2025, 7, 16)


def test_an_updated_line_is_used_when_nothing_else_dates_the_page():
    assert date_of(TITLE, LEAD, "Last updated: 18 July, 2025") == date(2025, 7, 18)


def test_a_full_dateline_opening_the_lead_dates_the_article():
    lead = "WASHINGTON, July 15, 2025 (Reuters) - " + LEAD + " " + LEAD
    assert date_of(TITLE, lead) == date(2025, 7, 15)


def test_a_dateline_without_a_year_gives_no_date():
    assert date_of(TITLE, "WASHINGTON, July 15 (Reuters) - " + LEAD) is None


def test_a_dateline_without_a_year_takes_the_year_from_the_address():
    found = extract_date([TITLE, "WASHINGTON, July 15 (Reuters) - " + LEAD],
                         url="https://example.com/2025/technology/nvidia-h20")
    assert found.value == date(2025, 7, 15)
    assert "dateline" in found.evidence


@pytest.mark.parametrize(
    "url",
    ["https://example.com/article/15/07/2025/nvidia-h20",
     "https://example.com/2025/07/15/nvidia-h20/", "https://english.example.cn/20250715/ab12/c.html",
     "https://example.com/2025-07/15/c_1234.htm"],
)
def test_a_date_in_the_address_dates_an_otherwise_undated_text(url):
    found = extract_date([TITLE, LEAD], url=url)
    assert found.value == date(2025, 7, 15)
    assert found.evidence.startswith("URL path")


def test_an_implausible_date_in_the_address_is_ignored():
    assert date_of(TITLE, LEAD, url="https://example.com/1998/07/15/archive") is None


def test_a_date_in_the_text_is_trusted_more_than_one_in_the_address():
    found = extract_date([TITLE, "July 16, 2025", LEAD], url="https://x.com/2025/07/15/a")
    assert found.value == date(2025, 7, 16)


@pytest.mark.parametrize("stamp", ["4 months ago", "2 hours ago", "Updated 2 hours ago", "yesterday"])
def test_a_relative_time_never_becomes_a_date(stamp):
    assert date_of(TITLE, stamp, LEAD) is None


def test_a_date_inside_article_prose_is_not_the_publication_date():
    prose = ("In October 2023 the US imposed new rules, and on July 15, 2025 the Commerce "
             "Department told Nvidia it would grant licences to sell the H20 chip in China again.")
    assert date_of(TITLE, prose, LEAD) is None


def test_a_short_sentence_near_the_top_is_prose_not_a_stamp():
    assert date_of(TITLE, "A rule published on 17 October 2023 replaced the old test.", LEAD) is None


def test_blank_lines_do_not_push_a_stamp_out_of_the_top_of_the_text():
    assert date_of(TITLE, *[""] * 30, "July 15, 2025", LEAD) == date(2025, 7, 15)


def test_a_date_below_the_top_of_the_text_is_ignored():
    lines = [TITLE] + [LEAD] * 20 + ["July 15, 2025"]
    assert date_of(*lines) is None


@pytest.mark.parametrize(
    "caption",
    ["(FILES) Jensen Huang speaks in Taipei on May 19, 2025. (Photo by I-Hwa CHENG / AFP)",
     "Jensen Huang in Taipei, May 19, 2025. Photo: Reuters",
     "A photo taken on May 19, 2025 shows the Nvidia logo. REUTERS/Ann Wang"],
)
def test_the_date_of_a_photo_caption_is_not_the_publication_date(caption):
    assert date_of(TITLE, caption, LEAD) is None
    assert date_of(TITLE, caption, "July 15, 2025", LEAD) == date(2025, 7, 15)


def test_a_byline_crediting_two_agencies_is_no_caption():
    assert date_of(TITLE, "By AFP/Reuters | July 15, 2025", LEAD) == date(2025, 7, 15)


def test_a_long_menu_above_the_story_does_not_push_its_stamp_out_of_the_top():
    menu = ["Home", "World", "Business", "Markets", "Tech", "Video", "Podcasts", "Opinion",
            "Science", "Health", "Sport", "Culture", "Travel", "Newsletters", "Sign in", "Search"]
    assert date_of(*menu, TITLE, "July 15, 2025", LEAD) == date(2025, 7, 15)
    assert date_of(*menu, TITLE, *[LEAD] * 15, "July 15, 2025") is None  # deep in the story: prose


def test_menu_entries_do_not_use_up_the_top_when_the_headline_reads_as_prose():
    menu = ["Business Insider", "Subscribe", "Newsletters", "Search", "Business", "Strategy",
            "Economy", "Finance", "Retail", "Advertising", "Careers", "Tech", "Tech"]
    headline = "Nvidia and AMD will give the US 15% of their China chip sales. Beijing is telling firms not to buy them."
    assert date_of(*menu, headline, "By Ana Altchek", "Aug 12, 2025, 6:15 AM ET", LEAD) == date(2025, 8, 12)


def test_a_text_without_any_date_gives_null_with_zero_confidence():
    found = extract_date([TITLE, LEAD])
    assert (found.value, found.confidence) == (None, 0.0)


def test_an_impossible_calendar_day_is_not_read_as_a_date():
    assert date_of(TITLE, "31/02/2025", LEAD) is None


@pytest.mark.parametrize("value", [date(1999, 12, 31), date(date.today().year + 2, 1, 1)])
def test_dates_before_2000_or_after_next_year_are_implausible(value):
    assert not is_plausible(value)


def test_a_date_in_this_or_next_year_is_plausible():
    assert is_plausible(date(date.today().year + 1, 1, 1))


@pytest.mark.parametrize(
    "line",
    ["12/11/20255 min read", "5 min read", "4 months ago", "July 15, 2025",
     "Fri 7 Oct 2022 // 21:15 UTC", "July 15, 2025 3:12 AM GMT+8 Updated 2 hours ago",
     "Published: 15 Jul 2025 10:32 GMT", "Tue, 15 Jul 2025", "Updated 2 hours ago", "2025-07-15",
     "2026-01-14T16:05:00+01:00", "2025-07-15T08:05:00Z", "Published On 11 Nov 202511 Nov 2025",
     "Tue 15 Jul 2025 10.32 BST", "2025年7月15日 21:40"],
)
def test_a_line_holding_only_a_stamp_is_a_date_line(line):
    assert is_date_line(line)


@pytest.mark.parametrize(
    "line",
    ["", "Nvidia restarts AI chip sales", "By Jane Doe | July 15, 2025", LEAD,
     "The H20 went on sale in 2024", "Published by Reuters"],
)
def test_a_line_with_other_words_is_not_a_date_line(line):
    assert not is_date_line(line)


def every_part_tried(line):
    """``is_date_line`` as written before its shortcuts: every stamp part tried, then the words."""
    text = line.strip()
    if not text or len(text) > dates.DATE_LINE_MAX or not (dates.DIGIT.search(text) or dates.RELATIVE_WORD.search(text)):
        return False
    removed = 0
    for part in dates.STAMP_CORE:
        text, count = part.subn(" ", text)
        removed += count
    return removed > 0 and dates.SEPARATORS_ONLY.match(dates.STAMP_WORDS.sub(" ", text)) is not None


@pytest.mark.parametrize(
    "line",
    ["July 15, 2025", "Mar 3, 2025 at 10:00", "market 2025", "5 Marchés 2025", "15 JULY", "Today 10:32",
     "on 12 at 3", "The 12 Apostles", "2025-07-15 on", "Updated 2 hours ago", "12 mars 2025", "4 min read"],
)
def test_a_date_line_is_told_without_the_parts_naming_a_month_where_no_month_is_named(line):
    assert (dates.MONTH_ANYWHERE.search(line) is not None) == any(
        name in line.lower() for name in dates.MONTH_NUMBERS)
    assert is_date_line(line) == every_part_tried(line)


def test_odd_input_never_raises():
    lines = ["\x00\x1b[31m", "1/1/" + "1" * 10_000, "July " * 50_000, "é" * 100_000]
    assert extract_date(lines, url="https://x.com/" + "9/" * 5_000).value is None
    assert not is_date_line("\x00" * 10)


def test_a_release_date_on_a_metadata_row_wins_over_a_date_in_the_headline():
    lines = ["Regular Press Conference of the Ministry of Commerce (December 11, 2025)",
             "Article type: Original From: MOFCOM Release date: 2025-12-12", LEAD]
    found = extract_date(lines)
    assert found.value == date(2025, 12, 12)
    assert "published line" in found.evidence


def test_a_label_inside_prose_without_its_colon_is_no_label():
    assert date_of(TITLE, "The chip was released 16 July 2025 in small numbers, the firm said.") is None


def test_date_forms_are_keyed_by_identity_and_read_as_their_patterns():
    """``find_date``'s cache keys on the forms asked for by identity (``DateForms``), not by
    hashing each compiled pattern's program; each set of forms still reads its own dates:
    a Unix clock's stamp only among the stamp forms."""
    from chiptrail_normalise.dates import DATE_FORMS, STAMP_FORMS, DateForms, find_date

    assert hash(STAMP_FORMS) == object.__hash__(STAMP_FORMS)
    assert STAMP_FORMS == STAMP_FORMS and STAMP_FORMS != DATE_FORMS
    assert DateForms(DATE_FORMS) != DATE_FORMS  # another set of the same forms is another key
    assert list(STAMP_FORMS[: len(DATE_FORMS)]) == list(DATE_FORMS)
    stamp = "Tue Dec  9 08:31:22 2025"
    assert find_date(stamp) is None
    assert find_date(stamp, False, STAMP_FORMS).value == date(2025, 12, 9)
    assert find_date("Updated July 15, 2025", False, DateForms(DATE_FORMS)).value == date(2025, 7, 15)
