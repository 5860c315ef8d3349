"""Publisher of a page whose letterhead names an outlet's edition or service, and of a
wire story credited jointly to two agencies."""

from chiptrail_normalise import outlets
from chiptrail_normalise.source import extract_source

HEADLINE = "Japanese chip equipment makers see China sales slowing"
LEAD = "Major Japanese chip equipment makers say sales to China are slowing after years of rapid growth."
MORE = "Tokyo Electron said China accounted for about 35 percent of its sales in the quarter."
WIRE_LEAD = (
    "BEIJING, Aug 13 (Bernama-Xinhua) -- Chinese authorities have sent notices to several companies "
    "discouraging the use of Nvidia's H20 chips."
)


def test_an_edition_named_by_two_hyphenated_edition_words_is_the_outlet():
    assert outlets.known_name("NHK WORLD-JAPAN") == "NHK"


def test_a_hyphenated_last_word_that_is_no_edition_keeps_the_name_unknown():
    assert outlets.known_name("NHK WORLD-CLASS") is None


def test_a_letterhead_naming_an_outlets_edition_names_the_outlet():
    lines = ["NHK WORLD-JAPAN", "News  Live  Programs  On Demand  Radio", "Business", HEADLINE,
             "Nov 12, 2025 18:30 JST", LEAD, MORE]
    assert extract_source(lines).value == "NHK"


def test_a_dateline_crediting_two_agencies_gives_way_to_the_letterhead():
    lines = ["Malay Mail", "Malaysia  World  Money  Tech  Sports", HEADLINE, "13/08/2025 11:20 AM", WIRE_LEAD, MORE]
    assert extract_source(lines).value == "Malay Mail"


def test_a_dateline_crediting_two_agencies_names_the_carrying_one_when_nothing_else_does():
    lines = [HEADLINE, WIRE_LEAD, MORE]
    assert extract_source(lines).value == "Bernama"


def test_a_logo_set_beside_the_sites_address_names_the_site_without_it():
    lines = ["Gearwire | gearwire.net", "News  Software  Reviews  Forums", HEADLINE, "by Jane Doe", LEAD, MORE]
    assert extract_source(lines).value == "Gearwire"


EPISODE_NOTES = [
    "Nvidia reported its second quarter on Wednesday and, for the first time in years, China was basically a rounding error.",
    "We break down what the CFO said on the call about H20 licences for Chinese customers.",
]


def test_a_podcasts_name_over_its_episode_on_a_hosts_page_is_the_source_not_the_host():
    lines = ["Podhost", "Home", "Search", "", "Podcast Episode", "The Margin Call",
             "Ep. 141: Nvidia's China line goes to zero", "Aug 28, 2025 • 44 min", "", *EPISODE_NOTES,
             "", "Company", "About", "© 2025 Podhost AB"]
    assert extract_source(lines).value == "The Margin Call"


def test_the_last_entry_of_a_menu_column_over_an_episode_is_no_shows_name():
    lines = ["Podhost", "Home", "Search", "Episodes", "Support the show",
             "Ep. 141: Nvidia's China line goes to zero", "Aug 28, 2025 • 44 min", "", *EPISODE_NOTES,
             "", "© 2025 Podhost AB"]
    assert extract_source(lines).value == "Podhost"


def test_a_series_name_after_the_title_gives_way_to_the_institutions_letterhead():
    lines = ["Halden Institute for Trade Policy", "Members | Research | Statistics | Events",
             "Two US decisions this month | Export Control Bulletin", "2023.10.18", LEAD, MORE]
    found = extract_source(lines, site="Export Control Bulletin", skip=frozenset({2}))
    assert found.value == "Halden Institute for Trade Policy"


def test_a_site_name_after_the_title_still_names_a_page_without_a_letterhead():
    lines = ["Two US decisions this month | Export Control Bulletin", "2023.10.18", LEAD, MORE]
    assert extract_source(lines, site="Export Control Bulletin", skip=frozenset({0})).value == "Export Control Bulletin"
