"""A site sets its name and tagline as one block, the masthead, and the headline starts a
block of its own under it: the tagline is never the headline, however much it reads like
one; a headline set right under the site's name keeps its dek under it."""

from chiptrail_normalise.title import extract_title

HEADLINE = "Washington loosens, Beijing squeezes, and the H20 goes nowhere"
TAGLINE = "The week in chips, for people who have to explain it to their bosses"
DEK = "Licences come with a toll, and Chinese buyers have been told to wait"
LEAD = "Commerce started issuing licences this week, and both chipmakers agreed to hand over part of their China revenue."
MORE = "Meanwhile Chinese regulators sent notices to a range of companies urging them to avoid the chip for now."


def title_of(lines):
    return extract_title(lines)[0].value


def test_a_tagline_set_with_the_sites_name_is_not_the_headline_under_it():
    lines = ["Fabless Friday", TAGLINE, "", HEADLINE, "", "August 15, 2025", "", LEAD, "", MORE]
    assert title_of(lines) == HEADLINE


def test_a_tagline_gives_way_to_a_headline_over_the_first_paragraph():
    lines = ["Asia Chip Brief", TAGLINE, "", HEADLINE, "", "Last week", "", LEAD, "", MORE]
    assert title_of(lines) == HEADLINE


def test_a_headline_right_under_the_sites_name_keeps_its_dek():
    lines = ["Fabless Friday", HEADLINE, DEK, "", "August 15, 2025", "", LEAD, "", MORE]
    title, subtitle = extract_title(lines)
    assert (title.value, subtitle.value) == (HEADLINE, DEK)


def test_a_line_apart_from_the_sites_name_is_no_tagline():
    lines = ["Fabless Friday", "", HEADLINE, DEK, "", "August 15, 2025", "", LEAD, "", MORE]
    assert title_of(lines) == HEADLINE



def test_a_line_of_dated_parts_set_apart_by_middle_dots_is_a_stamp_not_the_headline():
    stamp = "Nvidia (NVDA) · Q2 2025 · Reported Aug 27, 2025 after close"
    lines = ["Chip Earnings Tracker", "Quarterly results across semis and memory", "", stamp, "", HEADLINE, "", LEAD, "", MORE]
    assert title_of(lines) == HEADLINE


def test_a_masthead_under_the_platforms_name_is_still_a_masthead():
    lines = ["Substack", "", "Fabless Friday", TAGLINE, "", HEADLINE, "", "Aug 15, 2025 · Ryan Hollis", "", LEAD, "", MORE]
    assert title_of(lines) == HEADLINE


def test_a_masthead_under_the_platforms_name_keeps_the_headlines_dek_out_of_the_title():
    lines = ["Substack", "", "Fabless Friday", TAGLINE, "", HEADLINE, DEK, "", "Ryan Hollis", "Aug 15, 2025", "", LEAD, "", MORE]
    title, subtitle = extract_title(lines)
    assert (title.value, subtitle.value) == (HEADLINE, DEK)


def test_a_section_label_over_the_headline_under_a_menu_line_is_no_masthead():
    lines = ["Chip Times", "News | Reports | Newsletters | Events", "", "Semiconductors", HEADLINE, "",
             "Monica Chen, Taipei", "Thursday 17 July 2025", "", LEAD, "", MORE]
    assert title_of(lines) == HEADLINE


def test_a_headline_under_the_sites_name_over_its_date_and_a_byline_of_writers_and_places_is_the_headline():
    byline = "Ines Lin, Taipei; Jack Wu, Chip Times Asia"
    lines = ["Chip Times Asia", HEADLINE, "Monday 9 December 2025", byline, LEAD, MORE]
    assert title_of(lines) == HEADLINE


def test_a_blogs_tagline_under_its_name_gives_way_to_the_post_title_under_the_date():
    lines = ["Fabless Friday", TAGLINE, "August 15, 2025", HEADLINE, LEAD, MORE]
    assert title_of(lines) == HEADLINE


def test_a_running_header_padded_into_columns_is_not_the_headline():
    header = "ASIA CHIP LETTER                                  ISSUE 2025-044"
    lines = [header, "Date: 2025-08-15", "", HEADLINE, "", LEAD, "", MORE]
    assert title_of(lines) == HEADLINE


def test_a_headline_set_as_one_phrase_under_a_running_header_keeps_its_words():
    lines = ["Prepared for subscribers          Page 1 of 2", "", HEADLINE.upper(), "", LEAD, "", MORE]
    assert title_of(lines) == HEADLINE.upper()


def test_a_long_official_name_joined_by_of_the_and_in_is_a_letterhead_over_the_releases_title():
    body = "Embassy of the Republic of Singapore in the United States of America"
    release = "Statement on the Export of Advanced Computing Chips"
    lines = [body, release, "2025-10-15", "", LEAD, "", MORE]
    assert title_of(lines) == release


def test_a_long_formal_title_naming_a_body_is_still_the_headline():
    headline = "Announcement of the Ministry of Commerce on Suspending the Implementation of Relevant Measures"
    lines = ["MOFCOM", headline, "Announcement No. 12 of 2025", "", "November 7, 2025", "", LEAD, "", MORE]
    assert title_of(lines) == headline


def test_a_formal_headline_naming_a_body_and_its_subject_after_on_the_is_not_a_letterhead():
    for headline in ("Embassy of China in the United States on the Entity Listing of Chinese Chip Firms",
                     "Ministry of Commerce Spokesperson on the Entity List Designation of Chinese Chip Firms"):
        lines = [headline, "Spokesperson Liu Pengyu's Remarks", "2025-10-15", "", LEAD, "", MORE]
        assert title_of(lines) == headline


def test_a_long_mission_name_ending_on_its_place_is_still_a_letterhead():
    body = "Permanent Mission of the People's Republic of China to the United Nations"
    release = "Remarks on the US Chip Export Controls"
    lines = [body, "Press Release", release, "2025-10-15", "", LEAD, "", MORE]
    assert title_of(lines) == release


def test_a_headline_with_a_wide_gap_or_its_date_set_beside_it_is_still_the_headline():
    gapped = "Nvidia wins licences    to resume H20 sales in China"
    assert title_of([gapped, "By Jane Doe", "August 15, 2025", "", LEAD, "", MORE]) not in (None, "By Jane Doe")
    assert "Nvidia wins licences" in title_of([gapped, "By Jane Doe", "August 15, 2025", "", LEAD, "", MORE])
    beside = "Nvidia Wins Licences to Resume H20 Sales        August 15, 2025"
    assert title_of([beside, "", LEAD, "", MORE]).startswith("Nvidia Wins Licences to Resume H20 Sales")
