"""Which line is the headline when buttons, section labels, several deks and bylines
without "By" surround it: what holds on news pages in general, not on one outlet's."""

import pytest

from chiptrail_normalise.title import extract_title

HEADLINE = "China steps up customs checks on Nvidia chips as US licences trickle out"
DEK = "Inspectors deployed at major ports as Washington grants first export permits for H20 shipments"
LEAD = (
    "China has deployed customs teams at major ports to crack down on imports of Nvidia chips, even as the US "
    "government has begun granting licences that allow the company to ship its China-specific H20 processors."
)
MORE = "Inspectors at ports including Shanghai and Shenzhen have been checking shipments of semiconductors."


def title_of(lines):
    return extract_title(lines)[0]


@pytest.mark.parametrize(
    "button",
    ["Add to a list", "Search in r/hardware", "Skip to contentSkip to site index", "Accept additional cookies",
     "Download the Commentary", "Go to hardware"],
)
def test_a_button_or_link_label_over_the_headline_is_never_the_headline(button):
    lines = ["Technology", button, HEADLINE, "Published on 07/16/2025 at 02:14 am EDT", "Share", LEAD, MORE]
    assert title_of(lines).value == HEADLINE


def test_a_headline_under_skip_links_stays_the_headline_past_its_address_and_share_button():
    lines = ["Skip to contentSkip to site index", "Technology", "Today’s Paper", HEADLINE,
             "https://www.example.com/2022/10/07/business/chip-checks.html", "Share full article", LEAD, MORE]
    assert title_of(lines).value == HEADLINE


@pytest.mark.parametrize(
    "byline",
    ["Zijing Wu in Hong Kong, Eleanor Olcott in Beijing and Demetri Sevastopulo in Washington",
     "Mackenzie Hawkins and Zheping Huang", "Commentary by Marcus Leung and Priya Raman",
     "Analysis by Jane Doe"],
)
def test_a_byline_without_a_plain_by_still_opens_the_article_under_headline_and_dek(byline):
    lines = ["Subscribe", HEADLINE, DEK, byline, "Published October 10 2025", LEAD, MORE]
    title, subtitle = extract_title(lines)
    assert (title.value, subtitle.value) == (HEADLINE, DEK)


def test_a_genre_byline_under_a_photo_credit_opens_the_article():
    lines = ["Analysis", HEADLINE, "Photo: Justin Sullivan/Getty Images", "Commentary by Marcus Leung and Priya Raman",
             "Published December 11, 2025", LEAD, MORE]
    assert title_of(lines).value == HEADLINE


def test_two_summary_lines_under_the_headline_are_both_its_dek():
    second = "Beijing wants companies to keep favoring domestic accelerators"
    lines = ["Technology", HEADLINE, DEK, second, "Gift this article", "By Mackenzie Hawkins", "January 14, 2026", LEAD, MORE]
    title, subtitle = extract_title(lines)
    assert title.value == HEADLINE
    assert subtitle.value == f"{DEK} · {second}"
    assert {1, 2, 3} <= set(title.details["lines"])


def test_a_topic_label_and_its_follow_button_over_the_headline_are_chrome():
    lines = ["Chinese politics & policy", "Add to myFT", HEADLINE, DEK, "By Jane Doe", "Oct 10, 2025", LEAD, MORE]
    assert extract_title(lines)[0].value == HEADLINE


def test_a_thread_title_of_a_statement_and_a_short_question_is_the_headline():
    thread_title = "US approves H200 exports, China immediately tells companies not to buy them. So what was the point?"
    lines = ["r/hardware", "•", "1 mo. ago", "silicon_sceptic", thread_title, "News", LEAD, MORE]
    title = title_of(lines)
    assert (title.value, title.details["derived"]) == (thread_title, False)


def test_a_long_question_opening_an_essay_is_no_headline():
    question = ("Why would Washington let Nvidia sell a chip six times as capable as the H20 to China, and what "
                "exactly did it get in return for doing so this week?")
    assert title_of([question, LEAD, MORE]).details["derived"] is True


@pytest.mark.parametrize("headline", ["Follow the money behind China's smuggled H100 chips", "Open season on Nvidia in Beijing",
                                      "Return of the H20"])
def test_a_headline_opening_with_a_verb_is_no_button(headline):
    assert title_of(["Technology", headline, "By Jane Doe", "July 15, 2025", LEAD, MORE]).value == headline


def test_past_the_menu_a_headline_of_two_sentences_over_its_stamp_wins_over_a_menu_entry():
    headline = "Huawei's AI chips are getting better. Can it make enough of them?"
    lines = ["The Economist", "Menu", "The world in brief", "Search", "Subscribe", "Log in", "Business | Chipping in",
             headline, "China's champion is held back by factories, not by design", "Sep 4th 2025|SHANGHAI", LEAD, MORE]
    assert title_of(lines).value == headline


def test_an_authors_post_under_their_name_is_part_of_the_byline_not_a_dek_or_headline():
    lines = ["LinkedIn", "Articles", "Sign in", HEADLINE, "Report this article", "James Whitcombe",
             "Counsel, Export Controls & Sanctions | Former Commerce Department official", "Published Jan 17, 2025",
             "+ Follow", LEAD, MORE]
    assert title_of(lines).value == HEADLINE


def test_an_offices_name_over_the_ministry_is_no_author_over_a_post():
    headline = "MOEA adds 601 entities, including Huawei and SMIC, to Strategic High-Tech Commodities Entity List"
    lines = ["International Trade Administration", "Ministry of Economic Affairs, R.O.C.(Taiwan)", ":::", "Home",
             "Sitemap", "Latest News", "Press Releases", headline, "Publication Date: 2025/06/14", LEAD, MORE]
    assert title_of(lines).value == headline


def test_writers_listed_under_a_label_are_the_byline_that_opens_the_story():
    headline = "US opens H200 exports; Beijing answers with an approval gate"
    lines = ["Tidewell Analytics", "China Tech & Semis | Flash Note", "December 10, 2025", headline,
             "Analysts: Ren Takahashi, Olivia Brandt", "Pages: 3", "Bottom line",
             "In 48 hours, Washington said it will let Nvidia sell the H200 and Beijing moved to ration it. We see "
             "the gate as the binding constraint.",
             "1. Washington: H200 allowed with a 25% share",
             "On Monday, the president said Nvidia may export H200 chips to approved customers in China.",
             "2. Beijing: buyers must apply and justify", MORE]
    assert title_of(lines).value == headline


def test_an_emails_view_in_browser_preheader_is_no_headline():
    lines = [
        "View this email in your browser <https://sinosilicon.news/archive/2026-01-15>", "SINOSILICON DISPATCH",
        "Thursday, 15 January 2026 | Issue No. 212", "CUSTOMS TURNS BACK THE H200", "By Lin Haoran, Shanghai",
        "Less than a day after Washington published its rule, Beijing told customs agents the H200 is not permitted.",
    ]
    assert title_of(lines).value == "CUSTOMS TURNS BACK THE H200"


def test_a_forwarders_note_over_the_forwarded_message_is_neither_headline_nor_story():
    lines = [
        "Adding sales ops. Short version: H20-class parts get easier, but check the new Entity List names first.",
        "— Raj", "---------- Forwarded message ---------", "From: Oakhurst Lyle LLP <insights@oakhurstlyle.com>",
        "Date: Tue, Mar 24, 2026 at 6:18 PM", "Subject: Trade Alert: BIS Relaxes Licensing for Lower-Tier AI Chips",
        "To: <rajesh.menon@kestrelnetworks.io>", "OAKHURST LYLE LLP", "Trade Alert", "March 24, 2026",
        "BIS Relaxes Licensing for Lower-Tier AI Chips, Adds 18 Chinese Entities", "Authors: Claire Dunmore, Ibrahim Sato",
        "The Bureau of Industry and Security today released two rules that ease licensing for lower-tier accelerators.",
    ]
    assert title_of(lines).value == "BIS Relaxes Licensing for Lower-Tier AI Chips, Adds 18 Chinese Entities"


PRESS_HEADLINE = "Commerce Tightens Export Controls on High Bandwidth Memory and Adds 140 Entities"


@pytest.mark.parametrize(
    "letterhead, chrome",
    [("Bureau of Industry and Security", "Press Release"),
     ("PETERSON INSTITUTE FOR INTERNATIONAL ECONOMICS", "Research"),
     ("Ministry of Foreign Affairs of the People's Republic of China", "Home > Spokesperson's Remarks"),
     ("U.S. Senate Committee on Banking, Housing, and Urban Affairs", "Hearings")],
)
def test_an_official_bodys_name_over_more_chrome_is_the_pages_letterhead_not_its_headline(letterhead, chrome):
    lines = [letterhead, chrome, "Monday, December 2, 2024", PRESS_HEADLINE, LEAD, MORE]
    assert title_of(lines).value == PRESS_HEADLINE


@pytest.mark.parametrize(
    "letterhead",
    ["Bureau of Industry and Security", "Ministry of Commerce of the People's Republic of China",
     "Federal Trade Commission"],
)
@pytest.mark.parametrize("stamp", ["October 2, 2025", "Release time: 2025-10-02", "Date: 10/02/2025"])
def test_an_official_bodys_name_right_over_a_headline_and_its_stamp_is_the_letterhead_not_the_headline(letterhead, stamp):
    lines = [letterhead, PRESS_HEADLINE, stamp, LEAD, MORE]
    assert title_of(lines).value == PRESS_HEADLINE


def test_a_headline_naming_a_body_over_its_dek_and_stamp_keeps_the_dek():
    headline = "Department of Commerce Announces New Licensing Policy for Advanced Chips"
    dek = "Exporters of lower-tier accelerators will be able to apply for a general licence"
    title, subtitle = extract_title([headline, dek, "October 2, 2025", LEAD, MORE])
    assert (title.value, subtitle.value) == (headline, dek)


def test_a_title_cased_headline_naming_a_body_over_its_date_stamp_stays_the_headline():
    headline = "Foreign Ministry Spokesperson's Regular Press Conference on December 9, 2025"
    lines = ["Home > Spokesperson's Remarks", headline, "Updated: December 09, 2025 19:42", LEAD, MORE]
    assert title_of(lines).value == headline


@pytest.mark.parametrize(
    "strapline",
    ["Your morning read on chips, AI infrastructure and the policy that shapes them",
     "A weekly letter on the chips that power AI, and the governments that fight over them",
     "An occasional newsletter on AI infrastructure"],
)
def test_a_newsletters_strapline_under_its_name_is_never_the_headline(strapline):
    lines = ["COMPUTE FRONTIER BRIEF", strapline, "Tuesday, December 9, 2025", HEADLINE, LEAD, MORE]
    assert title_of(lines).value == HEADLINE


@pytest.mark.parametrize(
    "masthead",
    ["Chip Ledger — a newsletter about chips and the people who sell them",
     "Export Matters — a Harbour Audio podcast",
     "The Fab Note | A weekly briefing on semiconductor policy"],
)
def test_a_publications_name_and_strapline_on_one_line_are_never_the_headline(masthead):
    lines = [masthead, "Tuesday 17 February 2026", "", HEADLINE, "", LEAD, MORE]
    assert title_of(lines).value == HEADLINE


def test_a_headline_naming_a_podcast_after_a_dash_is_still_the_headline():
    headline = "Nvidia's new China chip — a podcast guest explains why it matters"
    lines = [headline, "Tuesday 17 February 2026", LEAD, MORE]
    assert title_of(lines).value == headline


def test_a_headline_in_two_title_cased_sentences_is_headline_shaped_though_it_ends_in_a_stop():
    headline = "Nvidia's China Deal Comes With a Price. Beijing Has Its Own Terms."
    dek = "Washington will take a cut of the chip sales. Days later, Chinese officials urged companies to steer clear."
    lines = ["Skip to contentSkip to site index", "Technology", "Today's Paper", headline, dek, "Share full article",
             "Nvidia's chief executive in Beijing last month.Credit...Jane Roe/Reuters", "By Tom Ash and Mia Lee",
             "Aug. 12, 2025", LEAD, MORE]
    assert title_of(lines).value == headline


def test_only_a_title_cased_sentence_ending_in_a_stop_is_headline_shaped():
    from chiptrail_normalise.line_shapes import is_plausible_headline

    assert is_plausible_headline("AMD Stock Slides After Earnings. Chipmaker Says China Licences Arrived.")
    assert not is_plausible_headline("China has deployed customs teams at major ports to crack down on imports.")


def test_a_posts_tags_in_lower_case_between_its_stamp_and_text_are_not_the_headline():
    lines = ["Forum", "~tech", "Log in", HEADLINE, "Link", "https://example.com/news/h20-licences", "Posted by",
             "chip_watcher", "Published Aug 13 2025", "Tags", "hardware, china, usa, nvidia, export controls", LEAD, MORE]
    assert title_of(lines).value == HEADLINE


def test_a_headline_listing_its_subjects_with_commas_is_still_a_headline():
    headline = "Nvidia, AMD, Intel: who gains from the licence reversal"
    lines = ["Technology", headline, "Published on 07/16/2025 at 02:14 am EDT", LEAD, MORE]
    assert title_of(lines).value == headline


@pytest.mark.parametrize("field", ["Practice: Export Controls and Economic Sanctions", "Sector: Semiconductors and Equipment"])
def test_a_metadata_field_over_the_headline_is_a_kicker_not_the_headline(field):
    lines = ["Whitmore Quigley LLP", "Insights & Events", "January 20, 2026", field, HEADLINE,
             "By Caroline Dunmore and Rafael Acosta", LEAD, MORE]
    assert title_of(lines).value == HEADLINE


def test_a_marked_headline_in_title_case_over_its_byline_stays_the_headline():
    headline = "Analysis: Nvidia's China Business After the Licence Reversal"
    lines = ["Whitmore Quigley LLP", "Insights & Events", headline, "By Caroline Dunmore and Rafael Acosta", LEAD, MORE]
    assert title_of(lines).value == headline


@pytest.mark.parametrize("reading_time", ["Время на прочтение 2 мин", "Lesezeit: 3 Min.", "5 min de lecture"])
def test_a_reading_time_in_another_language_under_the_headline_opens_the_article(reading_time):
    lines = ["Хабр", "Войти", "15 июл 2025 в 11:20", HEADLINE, reading_time, "Производство электроники",
             "Искусственный интеллект", LEAD, MORE]
    assert title_of(lines).value == HEADLINE


def test_a_tag_list_under_its_label_is_no_headline():
    """A link aggregator sets the tags of a shared link under a "Tags" label, over the
    poster's text: a list of a few short words, never the headline."""
    headline = "US starts issuing chip licences with a revenue cut, while Beijing tells its companies to steer clear"
    lines = ["Aggregator", "Log in", headline, "Link", "https://example.com/news/licences", "Authored by", "compiled_kettle",
             "Published Aug 13 2025", "Tags", "hardware, china, usa, chips, export controls",
             "Posting this because it shows both governments moving in the same week, and the paywalled piece has the details."]
    assert extract_title(lines)[0].value == headline


def test_a_headline_over_a_summary_label_wins_over_the_summarys_items():
    """A live page sets its summary list under the headline, and its byline under the list:
    the items read as headlines over a byline, but the label right under the headline says
    the story has begun."""
    headline = "Chipmaker takes a large hit as the US curbs AI chip sales to China"
    lines = ["Home", "News", "Live", headline, "Summary",
             "The chip giant says it will take a charge after Washington required a licence to export its chip",
             "Shares in the chipmaker fall about 6% in early trading",
             "A rival says it faces a similar hit of up to $800m",
             "Live Reporting", "Edited by Tom Espiner and Lucy Acheson", "Published 16 April 2025", "15:02 BST",
             "Thanks for following our live coverage today. Here is a quick recap of what happened and what comes next."]
    assert extract_title(lines)[0].value == headline
