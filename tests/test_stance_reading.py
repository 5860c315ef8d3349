"""Stance read the way a careful reader reads a news page: the news is where the page
states it (headline, dek, lead), background and commentary weigh less, the genre of the
page counts, and mixed needs a move each way reported as news."""

import pytest

from chiptrail_normalise.stance import extract_actor, extract_stance

FILLER = "Chinese cloud providers have built large data centres for language models."
MORE_FILLER = "Demand for computing power in China keeps growing as models get larger."


def stance_of(title, *paragraphs, subtitle=None):
    return extract_stance(title, list(paragraphs), subtitle).value


def actor_of(title, *paragraphs, subtitle=None):
    return extract_actor(title, list(paragraphs), subtitle).value


# Where the news is stated


def test_the_dek_is_read_as_part_of_the_headline():
    title = "Nvidia and AMD agree to pay US government 15% of China chip revenue"
    dek = "The arrangement clears the way for export licences to be issued."
    assert stance_of(title, FILLER, MORE_FILLER) == "neutral"
    assert stance_of(title, FILLER, MORE_FILLER, subtitle=dek) == "easing"


def test_a_move_named_once_deep_in_the_body_is_not_the_news():
    late = "Beijing has told some companies to avoid the H20, and smuggling is rising."
    assert stance_of("Chip news", FILLER, MORE_FILLER, late) == "neutral"
    assert stance_of("Chip news", late, MORE_FILLER) == "tightening"


def test_a_dated_clause_after_the_news_does_not_date_the_news():
    lead = ("The Commerce Department has started issuing licences for the H20, "
            "clearing the way for shipments that had been frozen since April.")
    assert stance_of("", lead, FILLER) == "easing"


def test_a_date_opening_the_sentence_makes_the_whole_sentence_background():
    lead = "In April, Washington imposed a licence requirement that halted H20 sales."
    assert stance_of("", lead, FILLER) == "neutral"


def test_a_retold_sequence_of_moves_is_background():
    retold = "Washington blocked the chip, then allowed it, then Beijing told firms to avoid it."
    assert stance_of("The H20's strange journey", FILLER, retold, MORE_FILLER) == "neutral"


# What is not a move


def test_the_restriction_a_move_lifts_is_not_a_new_restriction():
    title = "US suspends rule expanding export blacklist to affiliates for one year"
    lead = "Commerce suspended a rule that extended export restrictions to subsidiaries of listed firms."
    assert stance_of(title, lead, FILLER) == "easing"


def test_a_bottleneck_is_not_a_limit_on_access():
    sentence = "Huawei makes a few hundred thousand units a year, limited mainly by access to memory."
    assert stance_of("Huawei's Ascend output", FILLER, sentence, sentence) == "neutral"


def test_the_scope_of_a_permission_is_not_a_restriction():
    lead = "Purchases will be limited to uses such as university research."
    found = extract_stance("China to allow H200 purchases for research", [lead, FILLER])
    assert found.value == "easing"


def test_a_source_not_authorised_to_speak_is_no_refusal():
    quote = ("Said an engineer who asked not to be named because he was not authorized "
             "to speak to the press.")
    assert extract_stance("Inside a Chinese AI lab", [FILLER, quote, quote]).details["cues"] == []


def test_a_participle_after_an_article_or_preposition_is_an_adjective():
    found = extract_stance("Chip news", ["Nvidia sells the H20 to approved customers in China.", FILLER])
    assert found.value == "neutral"
    assert "approved" not in found.details["cues"]


def test_a_participle_opening_a_cue_after_an_article_is_an_adjective():
    lead = ("Nvidia will resume H20 sales after the government signalled it would approve "
            "the required export licences.")
    assert stance_of("US to grant Nvidia licences to sell H20 chips", lead, FILLER) == "easing"


def test_a_market_reaction_reports_the_move_it_reacts_to():
    lead = ("Shares of Nvidia fell 3% on Wednesday after China's regulator told large "
            "companies to stop buying its RTX Pro 6000D.")
    assert stance_of("Nvidia shares fall after China bans RTX Pro 6000D purchases",
                     lead, FILLER) == "tightening"


def test_a_chinese_chipmaker_shipping_its_own_chips_is_no_change_in_access():
    lead = "Huawei Technologies will begin shipping its Ascend 950 to Chinese customers next quarter."
    assert stance_of("Huawei to begin shipping Ascend 950", lead, FILLER) == "neutral"
    assert stance_of("Nvidia to begin shipping H20 to China", FILLER) == "easing"


# Hedges, intentions and negation


def test_what_analysts_say_is_commentary_not_news():
    sentence = "Analysts said Beijing is likely to restrict purchases of the H200 soon."
    assert stance_of("Chip news", sentence, FILLER) == "neutral"


def test_a_condition_opening_the_sentence_hedges_it():
    assert stance_of("Chip news", "If licences are granted, Nvidia will resume H20 sales.",
                     FILLER) == "neutral"


def test_lobbying_a_government_for_a_move_is_no_move():
    lead = ("Huang has lobbied the Trump administration for months to let Nvidia sell a "
            "Blackwell chip in China.")
    assert stance_of("Nvidia's Huang says China market is worth $50 billion", lead, FILLER) == "neutral"


def test_an_argument_or_a_protest_is_no_move():
    argued = "Nvidia argues that keeping its chips out of China only hands the market to Huawei."
    protest = "Beijing said it firmly opposed the latest US restrictions on chip exports."
    assert stance_of("Chip news", FILLER, argued, argued) == "neutral"
    assert stance_of("Chip news", protest, FILLER) == "neutral"


def test_a_hedge_in_a_later_clause_does_not_hedge_the_news():
    assert stance_of("US allows Nvidia H200 exports; analysts could see limited demand",
                     FILLER) == "easing"


def test_an_intention_reported_as_news_is_a_move_under_way():
    lead = ("Washington approved H200 exports on Monday, and regulators in Beijing are "
            "preparing to restrict access to the chip.")
    hedged = ("Washington approved H200 exports on Monday. Regulators in Beijing could "
              "restrict access to the chip.")
    assert stance_of("H200 news", lead, FILLER) == "mixed"
    assert stance_of("H200 news", hedged, FILLER) == "easing"


def test_a_refusal_is_quoted_with_its_negation():
    found = extract_stance("White House won't allow Nvidia to sell B30A chip to China", [FILLER])
    assert (found.value, found.details["cues"]) == ("tightening", ["won't allow Nvidia to sell"])


def test_a_refusal_in_the_lead_alone_is_a_move():
    lead = "The White House will not permit Nvidia to sell its B30A chip to Chinese customers."
    assert stance_of("", lead, FILLER) == "tightening"


# Genre


@pytest.mark.parametrize("title", [
    "Nvidia Q3 Earnings Call Transcript",
    "Timeline: how US chip curbs on China evolved",
    "Senators urge Commerce to block H200 exports",
    "Opinion: Washington should ban H200 sales to China",
    "Podcast: the chip war after the truce",
    "Inside Nvidia's long goodbye to China",
])
def test_a_genre_headline_cannot_state_a_move_on_its_own(title):
    lead = "Washington has blocked H200 exports, and Beijing has banned the RTX Pro 6000D."
    assert stance_of(title, lead, FILLER) == "neutral"


# Mixed


def test_an_approval_with_strings_attached_is_mixed_when_the_strings_restrict():
    strings = ("Approved buyers must purchase domestically made AI chips in a set ratio and "
               "may not deploy the H200 in government projects.")
    title = "China clears H200 imports, but with strings attached"
    assert stance_of(title, FILLER, strings) == "mixed"


def test_an_approval_with_conditions_that_restrict_nothing_is_easing():
    conditions = "Buyers must pass security checks, and each chip is tested in the United States."
    title = "China clears H200 imports, but with strings attached"
    assert stance_of(title, FILLER, conditions) == "easing"


def test_one_move_with_the_other_way_only_as_background_is_not_mixed():
    background = ("The H20 was effectively banned in April, when the government imposed a "
                  "licence requirement that halted sales.")
    title = "US grants Nvidia licences to ship H20 chips to China"
    assert stance_of(title, FILLER, background, background) == "easing"


def test_mixed_news_lists_the_actor_of_each_move_even_when_one_move_is_smaller():
    title = "US clears H200 exports as Beijing tells firms to hold off"
    lead = ("Washington granted the first H200 export licences on Monday and approved "
            "shipments to several buyers.")
    assert stance_of(title, lead, FILLER) == "mixed"
    assert sorted(actor_of(title, lead, FILLER)) == ["china", "us"]


# Wordings seen on news pages


@pytest.mark.parametrize("title, stance", [
    ("Commerce moves H200 licences from a presumption of denial to case-by-case review", "easing"),
    ("White House tells agencies no B30A sales to China", "tightening"),
    ("Nvidia orders 300,000 H20 chips from TSMC as China demand returns", "easing"),
    ("US clears H200 for China", "easing"),
    ("US bars exports of advanced AI chips to China", "tightening"),
    ("Rules designed to cut China off from advanced chips take effect", "tightening"),
    ("AMD takes $800 million hit from new US export rules", "tightening"),
    ("Washington reinstates curbs on H20", "tightening"),
    ("Nvidia to sell H20 chips in China again", "easing"),
    ("Nvidia restarts H20 production", "easing"),
    ("China waves through first H200 shipments", "easing"),
    ("Beijing orders customs checks on Nvidia imports", "tightening"),
    ("White House closes off B30A route to China", "tightening"),
    ("Nvidia can't sell B30A in China, Trump says", "tightening"),
    ("Trump says Blackwell won't be sold to China", "tightening"),
    ("Washington says licences to ship H20 chips to China will be granted", "easing"),
    ("Nvidia shipping H20 to China again", "easing"),
    ("H20 shipments to China halted again", "tightening"),
    ("Sales of the H200 were suspended, sources say", "tightening"),
    ("Nvidia confirms first H200 shipments have reached Chinese customers", "easing"),
    ("China keeps Nvidia chips out of state data centres", "tightening"),
])
def test_more_wordings_of_a_move_are_recognised(title, stance):
    assert stance_of(title, FILLER) == stance


# Official rule pages, conditions, consequences


RULE_HEADER = ["A Rule by the Industry and Security Bureau on 03/03/2025",
               "Bureau of Industry and Security, Department of Commerce.",
               "Effective date: This rule is effective March 3, 2025, for all exporters."]
RULE_SUMMARY = ("In this rule, the Bureau of Industry and Security establishes a worldwide license requirement "
                "for advanced computing items and adds a new control on certain semiconductor manufacturing items.")


def test_a_rules_summary_states_its_move_under_the_header_block():
    title = "Revisions to the Export Administration Regulations for Advanced Computing Items"
    assert stance_of(title, *RULE_HEADER, "SUMMARY:", RULE_SUMMARY, FILLER) == "tightening"
    assert stance_of(title, *RULE_HEADER, RULE_SUMMARY, FILLER) == "neutral"  # the same words as a later paragraph


def test_model_weights_are_no_deliberation():
    title = "US imposes new controls on exports of AI model weights to China"
    assert stance_of(title, FILLER, MORE_FILLER) == "tightening"


def test_conditions_told_in_the_story_qualify_the_permission():
    lead = ("China has approved imports of Nvidia's H200 by several tech firms, and the approvals come with "
            "conditions including requirements to also purchase domestically made chips.")
    terms = "Buyers must also buy domestically made chips, and are barred from using them in government data centres."
    assert stance_of("China approves H200 imports by tech firms", lead, FILLER, terms) == "easing"


def test_a_headline_announcing_strings_attached_makes_the_conditions_news():
    lead = "China has approved imports of Nvidia's H200 by several tech firms, people familiar with the matter said."
    terms = "Buyers must also buy domestically made chips, and are barred from using them in government data centres."
    assert stance_of("China approves H200 imports by tech firms", lead, FILLER, terms) == "easing"
    assert stance_of("China approves H200 imports by tech firms, but with strings attached", lead, FILLER, terms) == "mixed"


def test_a_hedge_in_a_consequence_clause_leaves_the_move_before_it_alone():
    licences = "Commerce has started issuing H20 licences to Nvidia, so the first shipments could go out within weeks."
    summons = "At the same time the Cyberspace Administration of China summoned Nvidia over alleged backdoor risks."
    assert stance_of("Big morning", licences, FILLER) == "easing"
    assert stance_of("Big morning", licences, summons) == "mixed"
