"""The publisher of this copy, the outlets it only cites, and the author."""

from chiptrail_normalise.source import extract_author, extract_cites, extract_source, site_stamp_name

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
    lines = ["EXKLUSIV-ANALYSE", "Markets Desk", "Huawei lays out Ascend roadmap", "Handelsblatt Tech", LEAD]
    assert source_of(lines, skip=frozenset({2})) == "Handelsblatt Tech"


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
