"""The publisher of this copy, the outlets it only cites, and the author."""

from pathlib import Path

from chiptrail_normalise import outlets
from chiptrail_normalise.source import (
    SELF_DESCRIPTION,
    extract_author,
    extract_cites,
    extract_source,
    self_descriptions_in,
    site_stamp_name,
)

LEAD = "Nvidia said on Tuesday it will resume sales of its H20 chip to China after the US assured it of licences."


def source_of(lines, **kwargs):
    return extract_source(lines, **kwargs).value


def test_a_header_source_wins_over_everything():
    lines = ["(Reuters) - " + LEAD]
    assert source_of(lines, given="Silicon Valley Daily", url="https://www.reuters.com/x") == "Silicon Valley Daily"


def test_the_outlet_of_the_address_comes_next():
    assert source_of(["Headline here", LEAD], url="https://www.theregister.com/2022/10/07/x/") == "The Register"


def test_a_bare_domain_gives_way_to_the_same_name_spelt_out_in_the_text():
    lines = ["Chinese firms rush to stockpile H20 chips", "Gadget Wire India", "Mar 7, 2025", LEAD]
    field = extract_source(lines, url="https://gadgetwireindia.in/2025/03/07/x/", skip=frozenset({0}))
    assert field.value == "Gadget Wire India"
    assert field.details["lines"] == [1]


def test_the_sites_own_dateline_names_the_publisher():
    lines = ["Headline", "", "(GlobalTimesAI.com) — In what could be a major boost for China's AI ambitions, Nvidia will ship."]
    field = extract_source(lines, skip=frozenset({0}))
    assert field.value == "GlobalTimesAI.com"
    assert "dateline" in field.evidence


def test_a_lone_short_site_name_line_above_the_article_names_the_publisher():
    lines = ["China Rejects Nvidia H200 AI Chips", "NEWSAI UPDATESGAMING NEWS", "digifusion", "12/11/20255 min read", LEAD]
    assert source_of(lines, skip=frozenset({0})) == "digifusion"


def test_a_known_alias_on_a_site_line_is_given_its_canonical_name():
    assert source_of(["CNA", "Singapore", "Singapore charges three in fraud case", LEAD]) == "Channel NewsAsia"


def test_shouted_kickers_and_desks_are_not_site_names():
    # (the site line names Handelsblatt's tech desk, which is Handelsblatt: test_source_outlets_desks.py)
    lines = ["EXKLUSIV-ANALYSE", "Markets Desk", "Huawei lays out Ascend roadmap", "Handelsblatt Tech", LEAD]
    assert source_of(lines, skip=frozenset({2})) == "Handelsblatt"


def test_a_site_stamp_names_the_publisher():
    assert site_stamp_name("TechNode Daily | Aug 22, 2025") == "TechNode Daily"
    assert site_stamp_name("Stratechery Notes — August 28, 2025") == "Stratechery Notes"
    assert site_stamp_name("Markets Desk · 4 months ago") is None


def test_a_wire_dateline_is_the_source_when_nothing_else_names_a_publisher():
    lines = ["Headline", "SANTA CLARA, California, April 15 (Reuters) - " + LEAD]
    assert source_of(lines, skip=frozenset({0})) == "Reuters"


def test_a_republishing_site_beats_the_wire_agency_it_copies():
    lines = ["Headline here now", "(Reuters) - " + LEAD, "© 2025 TechBrief Asia. All rights reserved."]
    assert source_of(lines, skip=frozenset({0})) == "TechBrief Asia"


def test_a_source_line_near_the_top_names_the_publisher():
    lines = ["Chinese firms welcome return of Nvidia H20", "Source: Global Times", "BEIJING — " + LEAD]
    field = extract_source(lines, skip=frozenset({0}))
    assert field.value == "Global Times"
    assert field.details["lines"] == [1]


def test_without_any_publisher_evidence_the_source_is_null():
    assert source_of(["Report: China approves import of chips", "", LEAD, "according to Reuters."]) is None


def test_outlets_only_cited_go_to_cites_in_order_of_mention():
    lines = [
        "One insider told Reuters that the license terms were overly restrictive.",
        "The South China Morning Post reported that regulators are keen.",
        "Earlier Reuters reporting revealed more.",
    ]
    assert extract_cites(lines, None).value == ["Reuters", "South China Morning Post"]


def test_the_publisher_is_not_listed_among_its_own_cites():
    assert extract_cites(["WASHINGTON (Reuters) - Bloomberg News reported it first."], "Reuters").value == ["Bloomberg"]


def test_outlet_names_inside_other_words_are_not_cites():
    assert extract_cites(["GlobalTimesAI.com said the APAC market grew."], None).value == []


def test_a_by_line_gives_the_author():
    field = extract_author(["Headline here", "By Karen Freifeld and Fanny Potkin", LEAD])
    assert field.value == "Karen Freifeld and Fanny Potkin"
    assert field.details["lines"] == [1]


def test_a_byline_with_a_role_or_date_still_gives_the_name():
    assert extract_author(["By Maria Delgado, Staff Writer"]).value == "Maria Delgado"
    assert extract_author(["By Anton Shilov published Tue, 15 Jul 2025"]).value == "Anton Shilov"


def test_a_sentence_starting_with_by_is_not_a_byline():
    assert extract_author(["By Tuesday, Nvidia had shipped most of the chips it had promised."]).value is None


def test_a_masthead_line_names_the_publisher_even_when_shouted_or_four_words_long():
    assert source_of(["MERIDIAN TECH REVIEW", "Geopolitics · Semiconductors", "Beijing blocks H200", LEAD], skip=frozenset({2})) == "MERIDIAN TECH REVIEW"
    assert source_of(["The Export Control Weekly", "Beijing hedges on the H200", LEAD], skip=frozenset({1})) == "The Export Control Weekly"


def test_a_source_line_crediting_news_agencies_names_the_outlet_before_them():
    lines = ["Headline here now", LEAD, "Source: Al Jazeera and news agencies"]
    assert source_of(lines, skip=frozenset({0})) == "Al Jazeera"


def test_a_wire_agency_given_as_source_gives_way_to_the_republishing_site():
    lines = ["Asia Business Daily", "China notes US decision on H200", "2025-12-09 21:07 | Source: Xinhua", "Source: Xinhua", LEAD]
    assert source_of(lines, skip=frozenset({1})) == "Asia Business Daily"


def test_a_republished_by_footer_names_the_publisher_not_the_agency():
    lines = ["China says Nvidia violated antimonopoly law", "(AFP) - " + LEAD, "© Agence France-Presse. Republished by Tech In Asia Digest."]
    assert source_of(lines, skip=frozenset({0})) == "Tech In Asia Digest"


def test_a_copyright_footer_with_company_suffix_and_parent_gives_the_outlet():
    lines = ["Nvidia may develop H100 in China", "KEY POINTS", LEAD, "© 2022 CNBC LLC. All Rights Reserved. A Division of NBCUniversal"]
    assert source_of(lines, skip=frozenset({0})) == "CNBC"
    assert source_of(["Headline here now", LEAD, "© 1999-2026 The Taipei Times. All rights reserved."], skip=frozenset({0})) == "Taipei Times"


def test_a_bare_domain_is_spelt_out_from_any_capitalised_run_in_the_text():
    lines = ["Nvidia's Huang says H20 licences are coming", "Silicon Pulse Staff", LEAD]
    assert source_of(lines, url="https://siliconpulse.net/2025/07/15/x/", skip=frozenset({0})) == "Silicon Pulse"


def test_a_site_describing_itself_names_the_publisher():
    lines = ["Baidu unveils two Kunlun AI chips", LEAD, "Editor's note: China Compute Digest publishes English summaries of Chinese coverage."]
    assert source_of(lines, skip=frozenset({0})) == "China Compute Digest"
    assert source_of(["Headline here now", LEAD, "Nvidia Corp publishes its results in May."], skip=frozenset({0})) is None


def test_a_bare_name_over_the_date_line_is_the_author():
    lines = ["Beijing hedges on the H200", "Ana Brightwater", "Dec 12, 2025", LEAD]
    field = extract_author(lines, skip=frozenset({0}))
    assert (field.value, field.details["lines"]) == ("Ana Brightwater", [1])
    assert extract_author(["Beijing hedges on the H200", "Washington Says Yes", LEAD], skip=frozenset({0})).value is None


def test_a_lone_name_the_story_itself_discusses_is_a_section_label_not_the_publisher():
    lines = ["Technology", "Nvidia", "US to allow Nvidia to sell H200 chips to China", LEAD]
    assert source_of(lines, skip=frozenset({2})) is None


def test_a_wire_dateline_naming_two_cities_still_names_the_agency():
    lines = ["China asks firms to halt Nvidia H20 orders", "SINGAPORE/SHANGHAI, Aug 12 (Reuters) - " + LEAD]
    assert source_of(lines, skip=frozenset({0})) == "Reuters"


def test_a_copyright_line_ending_in_a_year_gives_the_outlet():
    lines = ["Headline here now", LEAD, "Copyright The Financial Times Limited 2025. All rights reserved."]
    assert source_of(lines, skip=frozenset({0})) == "Financial Times"


def test_an_agency_name_inside_a_longer_domain_does_not_name_that_site():
    lines = ["Nvidia Tells Suppliers to Halt Work on H20", "(Bloomberg) -- " + LEAD]
    assert source_of(lines, url="https://www.unknownbloombergwire.ca/x/", skip=frozenset({0})) == "unknownbloombergwire.ca"


def test_a_bare_name_over_share_buttons_is_the_author_but_a_section_label_over_the_headline_is_not():
    lines = ["Axios", "Trump greenlights Nvidia H200 sales", "Ashley Gold", "Share on Facebook", LEAD]
    assert extract_author(lines, skip=frozenset({1})).value == "Ashley Gold"
    lines = ["China Economy", "Tech war: China tells firms to pause H20 orders", "Aug 14, 2025", LEAD]
    assert extract_author(lines, skip=frozenset({1})).value is None


def test_a_long_breadcrumb_above_the_headline_does_not_hide_the_site_name_below():
    lines = ["Business News/ Technology / News / Nvidia H20: China asks firms to justify orders, says report", "Nvidia H20: China asks firms to justify orders", "Livemint", LEAD]
    assert source_of(lines, skip=frozenset({1})) == "Mint"


def test_a_copyright_line_naming_the_owner_and_its_affiliates_gives_the_outlet():
    lines = ["Headline here now", LEAD, "© 2025 Guardian News & Media Limited or its affiliated companies. All rights reserved."]
    assert source_of(lines, skip=frozenset({0})) == "The Guardian"


def test_a_byline_naming_a_news_organisation_is_not_a_masthead():
    lines = ["Nvidia summoned by China's regulator over H20", "By Bloomberg News", "(Bloomberg) -- " + LEAD]
    assert source_of(lines, skip=frozenset({0})) == "Bloomberg"


def test_the_name_over_the_site_menu_names_the_publisher_but_a_user_handle_never_does():
    lines = ["Ministry of Commerce People's Republic of China", "Home > News > Spokesman's Remarks", "MOFCOM comments on US chip rules", LEAD]
    assert source_of(lines, skip=frozenset({2})) == "Ministry of Commerce People's Republic of China"
    assert source_of(["throwaway_gpu_guy", "Nvidia stops H20 production", LEAD], skip=frozenset({1})) is None


def test_logo_link_decorations_are_stripped_before_matching_known_outlets():
    assert source_of(["The Register®", "Nvidia ships H20 again", LEAD], skip=frozenset({1})) == "The Register"
    assert source_of(["Reuters home", "World", "Nvidia ships H20 again", LEAD], skip=frozenset({2})) == "Reuters"
    assert source_of(["The Guardian - Back to home", "Nvidia ships H20 again", LEAD], skip=frozenset({1})) == "The Guardian"


def test_the_authors_own_name_is_never_the_publisher():
    lines = ["Weekly chip notes", "Welcome back to Compute Letters. Here is what moved this week in chips.", LEAD, "© 2025 Mara Quinn"]
    assert source_of(lines, skip=frozenset({0}), author="Mara Quinn") == "Compute Letters"


def test_an_author_bio_naming_a_known_outlet_names_the_publisher():
    lines = ["Nvidia ships H20 again", LEAD, "Jane Doe covers trade policy for The Washington Post."]
    assert source_of(lines, skip=frozenset({0})) == "The Washington Post"


def test_the_from_field_of_a_dated_metadata_row_names_the_publisher():
    lines = ["Ministry Press Briefing (May 2, 2025)", "Article type: Original From: MOFTEC Release date: 2025-05-03", LEAD]
    assert source_of(lines, skip=frozenset({0})) == "MOFTEC"


def test_an_unknown_short_line_gives_way_to_a_known_outlet_in_the_footer():
    lines = ["Watch Now", "Nvidia ships H20 again", LEAD, "© 2025 CNBC LLC. All Rights Reserved."]
    field = extract_source(lines, skip=frozenset({1}))
    assert field.value == "CNBC"


def test_a_publication_name_wins_over_a_writers_name_above_it():
    lines = ["Mara Quinn", "Chip Wars Weekly", "The H20 is back, sort of", "Aug 2, 2025", LEAD, "© 2025 Mara Quinn"]
    assert source_of(lines, skip=frozenset({2})) == "Chip Wars Weekly"


def test_outlet_mentions_are_those_of_the_single_mention_pattern():
    one_pattern = outlets._mention_pattern()
    texts = [path.read_text(encoding="utf-8") for path in sorted((Path(__file__).parent / "corpus" / "dev").glob("*.txt"))]
    texts.append("Bloomberg Newsroom, Bloomberg Newsy, the Financial Times' FT")  # a longer spelling cut short
    texts.append("Reuters, xReuters, www.reuters.com, Bloomberg News and AFP_ said; Reuters.")
    for text in texts:
        expected = [(m.span(), m.group()) for m in one_pattern.finditer(text)]
        assert [(m.span(), m.group()) for m in outlets._spelled_mentions(text)] == expected
    assert outlets.mentions(texts[-1]) == ["Reuters", "Bloomberg"]


SELF_DESCRIBING_LINES = [
    "China Compute Digest publishes English summaries of Chinese chip news.",
    "Note: Silicon Straits Weekly is a newsletter about chips",
    "Follow us. Welcome back to Silicon Straits. Sign up for the Asia Tech Review morning newsletter",
    "More from Houston Tech Journal: Subscribe to CNBC PRO",
    "Asia Tech Review",
    "follow China Compute Digest",
    LEAD,
    "",
]


def test_self_descriptions_are_found_where_the_whole_pattern_finds_them():
    for line in SELF_DESCRIBING_LINES:
        found = [(m.span(), m.groupdict()) for m in self_descriptions_in(line)]
        assert found == [(m.span(), m.groupdict()) for m in SELF_DESCRIPTION.finditer(line)], line


def test_a_line_without_the_words_a_self_description_ends_on_is_read_from_its_last_words():
    """Without "publishes", "is ", a welcome or a promotion, only a name running to the line's
    end can match: the openers before its last words are not tried, and a line ending on
    no capitalised word is not tried at all; the matches are still the whole pattern's."""
    lines = [
        "The export rules changed. Chips moved. Read more: Asia Chip Review",
        "One two three four five six seven. Acme Corp. Chip Tech News Today",
        "One two three four five six. follow Silicon Straits Weekly",
        "Prices rose. Demand fell. Supply tightened.",
        "Prices rose. Demand fell: Acme",
        "Note:\u00a0Acme\tChip\u3000Review",
        "Trailing space. Acme Chip Review ",
        "Wrapped line. Acme Chip Review\n",
        "Chips &Co. &Partners Asia",
    ]
    for line in lines:
        found = [(m.span(), m.groupdict()) for m in self_descriptions_in(line)]
        assert found == [(m.span(), m.groupdict()) for m in SELF_DESCRIPTION.finditer(line)], line
    assert [m.group("name") for m in self_descriptions_in(lines[0])] == ["Asia Chip Review"]
    assert list(self_descriptions_in(lines[3])) == []


def test_every_self_description_of_a_line_is_found_in_order():
    line = "Follow us. Welcome back to Silicon Straits. Sign up for the Asia Tech Review morning newsletter"
    assert [m.group("welcomed") or m.group("promoted") for m in self_descriptions_in(line)] == [
        "Silicon Straits", "Asia Tech Review"]


def test_a_line_without_an_imprint_mark_never_matches_the_imprint_pattern():
    """``_footer_names`` skips ``FOOTER_IMPRINT`` on a line with none of ``IMPRINT_MARKS``
    (a speed-up): on every line of the dev corpus and on lines with unusual whitespace,
    such a line has no match."""
    from pathlib import Path

    from chiptrail_normalise.source import FOOTER_IMPRINT, IMPRINT_MARKS

    corpus = Path(__file__).parent / "corpus" / "dev"
    lines = [line for path in sorted(corpus.glob("*.txt"))
             for line in path.read_text(encoding="utf-8", errors="replace").splitlines()]
    lines += ["Lowy\u00a0is\u2003a think tank", "The Wire\tis\u2009here", "Name\u3000|\u3000Street",
              "© 2024 Gradient Bandwidth · Hosted", "This\u00a0is", "is is", "Thesis island"]
    skipped = 0
    for line in lines:
        text = " ".join(line.split())
        if not any(mark in text for mark in IMPRINT_MARKS):
            skipped += 1
            assert FOOTER_IMPRINT.match(text) is None, text
    assert skipped > 1000


def test_a_footer_line_not_opening_on_a_copyright_mark_is_read_only_at_its_last_mark():
    """``_copyright_notice`` returns at once for a line that neither opens on "©", "(c)" or
    "copyright" (any case) nor holds a "©": every ``COPYRIGHT`` match it reads starts at the
    line's start or at its last "©". Its answers are those of reading every line."""
    import itertools

    from chiptrail_normalise.source import COPYRIGHT, FULL_STOP, NOTICE_STOPS_MAX, _copyright_notice
    from chiptrail_normalise.text import first_sentence

    def read_whole(text):
        stops = itertools.islice(FULL_STOP.finditer(text), NOTICE_STOPS_MAX)
        match = (COPYRIGHT.fullmatch(text) or COPYRIGHT.fullmatch(first_sentence(text))
                 or next((m for stop in stops if (m := COPYRIGHT.fullmatch(text, 0, stop.start() + 1))), None))
        notice = text.rfind("©")
        return match or (COPYRIGHT.fullmatch(text[notice:]) if notice > 0 else None)

    lines = [
        "© 2025 SiliconSignal · Privacy · Unsubscribe",
        "COPYRIGHT 2025 The Associated Press. All rights reserved.",
        "(C) 2025 Tickerbeat Media LLC. Market data provided by third parties.",
        "This material may not be published. ©2025 FOX News Network, LLC. All rights reserved.",
        "Copyright law protects this page.",
        "All rights reserved. Copyright 2025 Chip Wire",
        "The company said sales rose 12% in the quarter.",
        "\u017fome text © 2025 Acme",
        "",
    ]
    for line in lines:
        found, whole = _copyright_notice(line), read_whole(line)
        assert (found and (found.span(), found.group("name"))) == (whole and (whole.span(), whole.group("name"))), line
    assert _copyright_notice(lines[6]) is None and _copyright_notice(lines[5]) is None


def test_a_republisher_footer_is_matched_whole_only_in_a_line_holding_its_words():
    """``find_republisher`` tries ``REPUBLISHED_BY`` only on a line whose lowercased text holds
    ``REPUBLISHED_BY_WORDS``, and ``COPIED_VIA`` only on one holding "via": every match holds
    them, also with its letters in other cases or in the forms ``re`` folds to them ("ſ")."""
    from chiptrail_normalise.source import COPIED_VIA, REPUBLISHED_BY, REPUBLISHED_BY_WORDS, find_republisher

    for line in ["© AFP. REPUBLISHED BY Tech In Asia Digest.", "Republiſhed by Chip Wire", "Published by the ministry"]:
        assert REPUBLISHED_BY.fullmatch(line) and REPUBLISHED_BY_WORDS in line.lower(), line
    assert COPIED_VIA.fullmatch("Reuters via theprint.in") and not COPIED_VIA.fullmatch("Reuters VIA theprint.in")
    story = ["Nvidia resumes H20 sales", "", "The company said on Monday it would resume sales."]
    assert find_republisher([*story, "", "© AFP. REPUBLISHED BY Tech In Asia Digest."]) == (4, "Tech In Asia Digest")
    assert find_republisher(["Reuters via theprint.in", *story]) == (0, "theprint.in")
    assert find_republisher([*story, "", "Published in Singapore."]) is None
