"""Stance read the way a careful reader reads a news page: the news is where the page
states it (headline, dek, lead), background and commentary weigh less, the genre of the
page counts, and mixed needs a move each way reported as news."""

import pytest

from chiptrail_normalise.stance import extract_actor, extract_stance

pytestmark = pytest.mark.usefixtures("rules_only")  # the rules' reading, before the model weighs it

FILLER = "Chinese cloud providers have built large data centres for language models."
MORE_FILLER = "Demand for computing power in China keeps growing as models get larger."


def stance_of(title, *paragraphs, subtitle=None):
    return extract_stance(title, list(paragraphs), subtitle).value


def actor_of(title, *paragraphs, subtitle=None):
    return extract_actor(title, list(paragraphs), subtitle).value


# Where the news is stated


def test_the_dek_is_read_as_part_of_the_headline():
    title = "Nvidia and AMD strike an unusual deal with the White House"
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


def test_an_approval_with_strings_attached_is_easing_conditions_and_all():
    strings = ("Approved buyers must purchase domestically made AI chips in a set ratio and "
               "may not deploy the H200 in government projects.")
    title = "China clears H200 imports, but with strings attached"
    assert stance_of(title, FILLER, strings) == "easing"
    assert stance_of(title, strings, FILLER) == "easing"


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
    ("US says using Huawei's Ascend chips anywhere breaks its export rules", "tightening"),
    ("US to restrict Nvidia's H20 chip", "tightening"),
    ("US makes it illegal to use Huawei's Ascend chips", "tightening"),
    ("Nvidia H200 exports to China now allowed, Commerce says", "easing"),
    ("Beijing allows ByteDance, Alibaba to buy H200", "easing"),
    ("China customs let H200 shipments through", "easing"),
    ("US drops plan to restrict H20", "easing"),
    ("China pressures firms to ditch Nvidia chips", "tightening"),
    ("China probes Nvidia over H20 security risks", "tightening"),
    ("Nvidia pulls H20 from China after Beijing pressure", "tightening"),
    ("Nvidia stops H20 production", "tightening"),
    ("Washington stopped short of sales bans on H20", "neutral"),
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


def test_a_headline_announcing_strings_attached_still_reports_one_easing():
    lead = "China has approved imports of Nvidia's H200 by several tech firms, people familiar with the matter said."
    terms = "Buyers must also buy domestically made chips, and are barred from using them in government data centres."
    assert stance_of("China approves H200 imports by tech firms", lead, FILLER, terms) == "easing"
    assert stance_of("China approves H200 imports by tech firms, but with strings attached", lead, FILLER, terms) == "easing"


def test_a_hedge_in_a_consequence_clause_leaves_the_move_before_it_alone():
    licences = "Commerce has started issuing H20 licences to Nvidia, so the first shipments could go out within weeks."
    summons = "At the same time the Cyberspace Administration of China summoned Nvidia over alleged backdoor risks."
    assert stance_of("Big morning", licences, FILLER) == "easing"
    assert stance_of("Big morning", licences, summons) == "mixed"


# Questions, summaries and sections


def test_a_rhetorical_question_after_the_news_leaves_the_news_alone():
    post = "US approves H200 exports, China immediately tells companies not to buy them. So what was the point?"
    assert stance_of("Search in r/hardware", post, FILLER) == "mixed"
    assert stance_of(post, FILLER) == "mixed"


def test_a_headline_that_is_a_single_question_still_marks_analysis():
    lead = "Washington has blocked H200 exports, and Beijing has banned the RTX Pro 6000D."
    assert stance_of("Will the U.S. let Nvidia sell the H200 in China?", lead, FILLER) == "neutral"


def test_the_key_points_and_the_first_full_paragraph_after_them_are_the_lead():
    points = ["Key Points",
              "The arrangement is the first of its kind for U.S. chip exports.",
              "The arrangement covers Nvidia's H20 and AMD's MI308.",
              "Legal experts questioned whether the payment structure is permissible."]
    story = ("Nvidia and AMD have agreed to pay the U.S. government 15% of the revenue they make selling "
             "certain chips in China, in exchange for export licences, according to a person familiar with it.")
    title = "Nvidia and AMD strike an unusual deal with the U.S. government"
    assert stance_of(title, *points, story, FILLER) == "easing"
    assert stance_of(title, *points[1:], FILLER, story) == "neutral"  # no summary: the story is far down


def test_a_backstory_section_is_background():
    story = "Chinese buyers have placed large orders for the H20 this quarter, distributors said."
    history = "The Commerce Department banned exports of the A100 and H100 and cut China off from advanced chips."
    assert stance_of("H20 orders pile up", story, "Background", history) == "neutral"
    assert stance_of("H20 orders pile up", story, "What it means", history) == "tightening"


# The second move of mixed news


def test_an_intention_in_the_lead_states_the_second_move():
    lead = ("Chipmakers stand to benefit from Washington's decision to let Nvidia sell its H200 in China, "
            "but reports that Beijing plans to restrict purchases have tempered expectations.")
    assert stance_of("Suppliers eye boost from H200 approval", lead, FILLER) == "mixed"


def test_a_paragraph_turning_to_the_other_side_near_the_top_is_news():
    title = "Nvidia wins licences to sell H20 chips in China"
    lead = "The Commerce Department has granted Nvidia licences to ship the H20 to Chinese customers."
    turn = "However, Chinese regulators have told companies to stop buying the chip, people familiar said."
    aside = "Separately, Chinese regulators have told companies to stop buying the chip, people familiar said."
    assert stance_of(title, lead, FILLER, turn, MORE_FILLER) == "mixed"
    assert stance_of(title, lead, FILLER, MORE_FILLER, FILLER, aside) == "easing"


def test_a_refusal_in_an_aside_beside_a_headline_and_lead_full_of_one_move_is_not_mixed():
    lead = ("The United States will suspend for one year a rule that extended export restrictions to "
            "subsidiaries, and China will halt its investigations into US chip firms.")
    aside = ("The White House said Beijing would also terminate its antitrust probes, and Trump said "
             "the top Blackwell chips would not be sold to other people.")
    assert stance_of("Trade truce pauses US affiliates rule as China lifts Nvidia probe threat",
                     lead, aside, FILLER) == "easing"
    assert stance_of("Trade truce agreed in Busan", lead, aside, FILLER) == "mixed"


def test_a_state_that_carries_on_beside_the_news_is_no_second_move():
    title = "US grants Nvidia licences to ship H20 chips to China"
    lead = "The Commerce Department has started issuing licences for Nvidia's H20, the company said."
    still = "But Nvidia's Blackwell chips remain barred from China."
    new = "But Washington has barred Nvidia's Blackwell chips from China."
    assert stance_of(title, lead, FILLER, still) == "easing"
    assert stance_of(title, lead, FILLER, new) == "mixed"


def test_a_move_said_to_be_absent_is_no_refusal():
    absent = "But the deal did not include any loosening of controls on advanced AI chips."
    title = "Trade truce pauses US affiliates rule"
    lead = "The United States will suspend for one year a rule that extended export restrictions to subsidiaries."
    assert stance_of(title, lead, absent, FILLER) == "easing"
    assert stance_of("Chip news", "Commerce did not approve the licences.", FILLER) == "tightening"


# Analysis and background that name moves


def test_a_commentary_on_one_move_takes_its_direction_and_only_its_opening_counts():
    lead = "On December 8, President Trump announced that Nvidia will be permitted to sell its H200 in China."
    aim = "This commentary sets out what the United States has conceded and what it may have gained."
    retold = "Beijing has told firms to stop buying the RTX Pro 6000D and barred foreign chips from data centres."
    assert stance_of("The H200 decision", lead, aim, retold) == "easing"
    assert stance_of("The H200 decision", FILLER, aim, retold) == "neutral"
    assert stance_of("The H200 decision", lead, FILLER, retold) == "mixed"


def test_a_commentary_whose_opening_states_several_moves_is_analysis():
    both = "President Trump let Nvidia sell its H200 in China, and Beijing told firms to stop buying it."
    aim = "This commentary sets out what each government has gained."
    assert stance_of("The H200 decision", both, aim, FILLER) == "neutral"
    assert stance_of("The H200 decision", both, FILLER, FILLER) == "mixed"


def test_a_headline_asking_what_or_why_after_a_colon_marks_analysis():
    lead = "Washington has blocked H200 exports, and Beijing has banned the RTX Pro 6000D."
    assert stance_of("The H200 Decision: What Washington Gave Up", lead, FILLER) == "neutral"


def test_a_move_told_as_recent_is_background():
    lead = "The Cyberspace Administration of China has recently summoned Nvidia over the H20."
    assert stance_of("", lead, FILLER) == "neutral"
    assert stance_of("", lead.replace("has recently summoned", "summoned"), FILLER) == "tightening"


def test_a_company_leaving_china_out_of_its_guidance_is_no_move():
    lead = "Nvidia reported no H20 sales to China and excluded China from its third-quarter guidance."
    assert stance_of("Nvidia Q2 results", lead, FILLER) == "neutral"
    assert stance_of("", "Washington excluded China from the programme.", FILLER) == "tightening"


def test_a_mandate_to_buy_domestic_chips_alongside_an_approval_is_its_condition():
    """Ruling 2: conditions attached to an approval are part of the easing."""
    lead = "Chinese authorities have approved imports of the H200 for several tech giants."
    quota = "Buyers must also purchase a quota of domestic accelerators, regulators said."
    assert stance_of("China approves H200 imports", lead, quota) == "easing"


def test_a_possessive_names_whose_decision_it_is():
    lead = "Suppliers stand to benefit from Washington's decision to let Nvidia sell its H200 in China."
    assert actor_of("", lead, FILLER) == "us"


def test_a_move_told_in_the_past_perfect_is_backstory():
    title = "US starts issuing licences for Nvidia H20 chip sales to China"
    dek = "The chipmaker had halted H20 shipments after the government imposed the licence requirement."
    lead = "The Commerce Department has started issuing licences to Nvidia to export its H20 chips to China."
    assert stance_of(title, lead, FILLER, subtitle=dek) == "easing"
    assert stance_of(title, lead, FILLER, subtitle=dek.replace("had halted", "halted")) == "mixed"


def test_the_past_perfect_of_reported_news_is_still_news():
    reported = "Regulators had told ByteDance and Alibaba to stop buying the H20, people familiar with the matter said."
    assert stance_of("", reported, FILLER) == "tightening"
    assert stance_of("", "Regulators had told ByteDance and Alibaba to stop buying the H20.", FILLER) == "neutral"


def test_a_participle_opening_the_subject_of_a_verb_is_no_move():
    lead = ("Huawei is trying to double output of its Ascend 910C, but limited access to advanced "
            "manufacturing is keeping production below what buyers need.")
    assert stance_of("Huawei's Ascend push runs into yield limits", lead, FILLER) == "neutral"
    move = "The U.S. government limited exports of its H20 artificial intelligence chip to China."
    assert stance_of("", move, FILLER) == "tightening"


def test_a_participle_phrase_set_off_from_its_sentence_describes_a_situation():
    opening = ("Blocked from buying Nvidia's top chips at home, Chinese AI startups are renting "
               "servers in Malaysia.")
    apposition = "SMIC, barred from buying advanced lithography tools, cannot make enough wafers."
    assert stance_of("China's AI startups rent compute abroad", opening, FILLER) == "neutral"
    assert stance_of("SMIC is China's AI bottleneck", apposition, FILLER) == "neutral"
    assert stance_of("", "SMIC has been barred from buying advanced lithography tools.", FILLER) == "tightening"


@pytest.mark.parametrize("lead", [
    "Neither Washington nor Beijing has announced any new restrictions on AI processors.",
    "Neither government has approved the sale of the B30A.",
    "Washington has announced no new restrictions on AI chips.",
])
def test_a_sentence_saying_no_one_has_moved_is_no_move(lead):
    assert stance_of("Chip market update", lead, FILLER) == "neutral"
    assert stance_of("Chip market update", "Washington has announced new restrictions on AI chips.",
                     FILLER) == "tightening"


# Page kinds: threads, newsletters, blog posts


def test_a_thread_post_number_does_not_hide_a_turn_to_the_other_side():
    title = "Two H200 moves today"
    first = "1/ Commerce has granted Nvidia licences to ship H200 chips to approved Chinese customers."
    turn = "2/ Meanwhile, Chinese customs officers were told that H200 shipments are not permitted to enter."
    assert stance_of(title, first, FILLER, turn) == "mixed"
    assert stance_of(title, first, FILLER, turn.replace("Meanwhile, ", "")) == "easing"


def test_licence_review_case_by_case_in_the_rules_own_wording_is_easing():
    lead = "Commerce moved H200-class chips for China to case-by-case license review under its new rule."
    assert stance_of("Commerce publishes H200 rule", lead, FILLER) == "easing"


def test_a_recap_label_makes_its_paragraph_background_and_leaves_the_lead_to_the_news():
    recap = "2/ Recap: yesterday Commerce told Nvidia that exports of the A100 and H100 now need a licence."
    news = "3/ Today the government has authorized Nvidia to keep exporting to fulfil its A100 orders."
    assert stance_of("Quick thread on the Nvidia filing", recap, news, FILLER) == "easing"
    assert stance_of("Quick thread on the Nvidia filing",
                     recap.replace("Recap: ", ""), news, FILLER) == "mixed"


def test_a_verdict_label_sums_up_the_news_wherever_it_stands():
    verdict = ("Washington has let Nvidia sell more to China than in the spring, but Chinese buyers are "
               "being told not to buy it.")
    title = "China tells ByteDance to stop buying Nvidia's RTX Pro 6000D"
    body = ("The Cyberspace Administration has told ByteDance and Alibaba to stop buying the RTX Pro 6000D, "
            "people familiar said.", FILLER, MORE_FILLER)
    assert stance_of(title, *body, "Net effect: " + verdict) == "mixed"
    assert stance_of(title, *body, "And " + verdict) == "tightening"
    state = "Net effect: Nvidia is allowed to sell more to China than in the spring, but buyers are told not to buy it."
    assert stance_of(title, *body, state) == "tightening"  # a standing permission is no second move


def test_a_newsletter_lead_label_starts_the_lead_at_the_story_under_it():
    story = "Commerce has started issuing export licences for the H20 to Chinese customers, officials said."
    assert stance_of("Strait Compute Brief", "Good morning, here is today's brief for you.", FILLER,
                     "THE LEAD", story, MORE_FILLER) == "easing"
    assert stance_of("Strait Compute Brief", "Good morning, here is today's brief for you.", FILLER,
                     MORE_FILLER, "MARKETS", story, MORE_FILLER) == "neutral"


def test_a_move_told_as_going_the_other_way_in_the_text_makes_the_weaker_move_news():
    lead = "Commerce has granted Nvidia licences to ship the H20 to Chinese customers."
    turn = "Overnight, Beijing pushed the other way. It discouraged companies from using the H20."
    assert stance_of("H20 licences granted", lead, FILLER, MORE_FILLER, FILLER, turn) == "mixed"


# Feared moves, concessions and status reports


def test_a_move_feared_is_no_move():
    assert stance_of("Chinese firms rush to buy Nvidia chips amid fears of tighter US curbs",
                     FILLER) == "neutral"
    assert stance_of("Chinese firms rush to buy Nvidia chips as US tightens curbs", FILLER) == "tightening"


def test_a_concession_is_background_to_the_rest_of_its_sentence():
    conceded = ("Although some Chinese customers have received licences over the past few weeks, we have "
                "not shipped any H20 based on those licences, the finance chief said.")
    told = "Some Chinese customers have received licences over the past few weeks, the finance chief said."
    assert stance_of("Nvidia results beat forecasts", conceded, FILLER) == "neutral"
    assert stance_of("Nvidia results beat forecasts", told, FILLER) == "easing"


def test_an_opening_saying_nothing_moved_marks_a_status_report():
    post = ("Some licences for Chinese customers have been approved by Commerce, but no shipments yet. "
            "Nothing new from either Washington or Beijing today; the status quo holds.")
    assert stance_of("Nvidia CFO on the call", post) == "neutral"
    assert stance_of("Nvidia CFO on the call", post.split(" Nothing")[0]) == "easing"


def test_a_word_that_only_begins_with_ban_names_no_ban():
    lead = "The new rule drops interconnect bandwidth as a control parameter for advanced chips."
    assert stance_of("What the update does", lead) == "neutral"
    assert stance_of("Commerce update", lead) == "neutral"


# How a sentence tells a move


def test_a_past_perfect_with_two_adverbs_still_recalls_the_earlier_move():
    """"The chip the company had only just been cleared to sell" describes the chip by an
    earlier move; the summons is the news, not a move each way."""
    lead = ("China's internet regulator summoned Nvidia on Thursday over security risks in the H20, "
            "the accelerator the company had only just been cleared to sell to Chinese customers again.")
    assert stance_of("Beijing summons Nvidia over H20 'backdoor' claims", lead, FILLER) == "tightening"


def test_a_requirement_to_get_a_licence_is_no_grant_of_one():
    """"A new requirement for US citizens, residents and green-card holders to get a
    licence" obliges people to ask; "to get a licence" is a purpose or an obligation,
    never a licence granted."""
    item = ("US persons: a new requirement for US citizens, residents and green-card holders to get a "
            "licence to support production at covered fabs in China.")
    title = "The October rules, in three parts"
    lead = "On Friday the Commerce Department restricted exports of advanced chips and tools to China."
    assert stance_of(title, lead, item, FILLER) == "tightening"
    actor = extract_actor(title, [lead, item, FILLER]).value
    assert actor == "us"


def test_a_headline_clearing_a_list_of_buyers_to_buy_is_an_approval():
    assert stance_of("China clears ByteDance, Alibaba, Tencent to buy Nvidia H200 chips", FILLER) == "easing"


def test_a_company_saying_it_had_no_sales_reports_its_business_not_a_move():
    """"Nvidia says no H20 sales to China in quarter" is a results page's status recap
    (ruling 3); a government saying "no sales" is a directive."""
    assert stance_of("Nvidia says no H20 sales to China in quarter as revenue climbs", FILLER) == "neutral"
    assert stance_of("White House says no B30A sales to China", FILLER) == "tightening"


def test_a_move_a_company_hopes_for_is_not_yet_made():
    title = "Nvidia readies a China Blackwell it hopes Trump will approve"
    assert stance_of(title, FILLER, MORE_FILLER) == "neutral"


def test_a_sentence_opening_on_whether_asks_rather_than_reports():
    lead = "Whether it can sell the chip depends on a decision in Washington that has not been made."
    assert stance_of("The B30A is in limbo", lead, FILLER) == "neutral"



