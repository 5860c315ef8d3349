"""Stance by the round-9 rulings: the news and not its context, conditions as part of the
approval, results neutral unless they carry a new move, and commentary on one move taking
its direction. Each rule is stated on sentences of the kind real pages carry."""

import pytest

from chiptrail_normalise.stance import extract_actor, extract_stance

pytestmark = pytest.mark.usefixtures("rules_only")  # the rules' reading, before the model weighs it

FILLER = "Chinese cloud providers have built large data centres for language models."
MORE_FILLER = "Demand for inference hardware has grown quickly this year."


def stance_of(title, *paragraphs, subtitle=None):
    return extract_stance(title, list(paragraphs), subtitle).value


# Ruling 1: the news, not its context


@pytest.mark.parametrize("sentence", [
    "Since Nvidia's A800 and H800 were cut off last October, buyers have turned to domestic chips.",
    "When the United States first restricted exports of AI chips, Nvidia designed slower parts.",
    "Nvidia built the H20 only because US rules forbade anything better.",
    "The rule had automatically applied Entity List restrictions to thousands of subsidiaries.",
    "Licences have historically been granted or refused on national-security grounds.",
    "Beijing has spent a year telling its big platforms to buy domestic chips.",
])
def test_a_move_recalled_as_context_reports_no_move(sentence):
    assert stance_of("Chinese AI developers adapt", sentence, FILLER) == "neutral"


def test_a_company_described_as_barred_is_a_state_not_a_move():
    lead = "Chinese firms barred from buying Nvidia's top-end accelerators are renting them instead."
    assert stance_of("Chinese labs rent GPUs abroad", lead, FILLER) == "neutral"
    assert stance_of("Chinese labs rent GPUs abroad", "Washington barred Chinese firms from buying them.",
                     FILLER) == "tightening"


def test_a_move_told_a_day_after_another_is_the_news_alone():
    title = "China blocks the H200 a day after the US approved it"
    assert stance_of(title, FILLER) == "tightening"
    assert extract_actor(title, [FILLER]).value == "china"


def test_no_schedule_for_a_move_is_no_move():
    lead = "Huang said he hoped for licences soon but did not give a specific schedule for resuming shipments."
    assert stance_of("Nvidia CEO visits Beijing", lead, FILLER) == "neutral"


def test_a_standing_state_is_no_move_but_its_news_is():
    state = "The A800 is an alternative to the A100, which Nvidia is barred from selling in China."
    assert stance_of("Nvidia rolls out the A800 for China", state, FILLER) == "neutral"
    news = "The A800 is an alternative to the A100, which Nvidia has been barred from selling in China."
    assert stance_of("Nvidia rolls out the A800 for China", news, FILLER) == "tightening"


def test_nobody_having_agreed_is_a_decision_still_pending():
    lead = "Nvidia has prepared a Blackwell chip for China, but nobody in Washington has agreed to let it sell it."
    assert stance_of("Nvidia's B30A waits", lead, FILLER) == "neutral"


def test_a_breach_that_none_of_them_commits_is_no_move():
    lead = "None of them breach US export controls, the researchers found."
    assert stance_of("Chinese labs rent GPUs abroad", lead, FILLER) == "neutral"


@pytest.mark.parametrize("text", [
    "The door has opened on one side and narrowed on the other.",
    "For commercial buyers the door is open again, but the public sector is closing its own.",
    "Industry insiders said the two moves pull in opposite directions.",
    "It is a carrot-and-stick approach.",
    "Washington gives with one hand and Beijing takes with the other.",
    "For Chinese buyers, this is a mixed signal.",
])
def test_a_text_saying_the_moves_go_both_ways_makes_a_second_clear_move_mixed(text):
    licences = "Commerce has started issuing H20 licences to Nvidia's Chinese customers."
    summons = "On July 31 Beijing told large platforms to stop buying the chip."
    assert stance_of("H20 week", licences, MORE_FILLER, FILLER, summons) == "easing"
    assert stance_of("H20 week", licences, MORE_FILLER, FILLER, summons, text) == "mixed"


# Ruling 2: conditions belong to the approval


def test_what_the_holders_of_a_permission_must_do_is_part_of_the_easing():
    lead = "Beijing has approved the first imports of Nvidia's H200 for three tech giants."
    terms = ("Companies allowed to buy the H200 must also purchase domestically made chips, "
             "and may not deploy the Nvidia processors in government projects.")
    assert stance_of("China clears H200 imports", lead, terms) == "easing"


def test_a_restriction_on_others_beside_an_approval_is_still_a_second_move():
    lead = "Washington approved H200 exports, but Beijing told state-linked data centres to keep using domestic accelerators."
    assert stance_of("Two capitals, two directions", lead, FILLER) == "mixed"


def test_a_revenue_share_paid_for_chip_sales_is_the_easing():
    assert stance_of("Nvidia, AMD agree to pay US government 15% of China chip revenue", FILLER) == "easing"


# Ruling 3: results and earnings


def test_results_that_report_no_sales_are_no_move():
    lead = ("The company said there were no H20 sales to Chinese customers in the quarter, and its "
            "forecast assumes none either.")
    assert stance_of("Nvidia results: revenue jumps 56%", lead, FILLER) == "neutral"
    assert stance_of("Nvidia Excludes H20 China Sales From Outlook", FILLER) == "neutral"
    assert stance_of("White House says no B30A sales to China", FILLER) == "tightening"


def test_an_earnings_call_is_neutral_unless_the_company_announces_a_new_move():
    title = "Corvane Systems (CRVN) Q4 2025 Earnings Call Transcript"
    recap = ("As you know, in January the Commerce Department moved the H200 to case-by-case review. "
             "Licences are under review and our outlook assumes no China revenue.")
    news = "I'm pleased to say that earlier this month we received our first licences to ship H200 systems to China."
    assert stance_of(title, FILLER, MORE_FILLER, recap) == "neutral"
    assert stance_of(title, FILLER, MORE_FILLER, recap, news) == "easing"
    told = "Last week we were informed by the US government that H20 exports to China now require a licence."
    assert stance_of(title, FILLER, MORE_FILLER, recap, told) == "tightening"
    customers = "Some of our customers received licences over the past few weeks, as you know."
    assert stance_of(title, FILLER, MORE_FILLER, recap, customers) == "neutral"


# Ruling 4: commentary on one move takes its direction


def test_an_alert_on_one_new_rule_takes_the_rule_s_direction():
    title = "BIS revises licence review policy for H200-class chips: what exporters need to know"
    lead = "Licence applications for the H200 will now be reviewed case by case rather than under a presumption of denial."
    assert stance_of(title, lead, FILLER) == "easing"
    assert stance_of("Commerce makes it official: H200 licences will now be judged case by case", FILLER) == "easing"


def test_an_explainer_of_one_loophole_closed_is_tightening_but_a_timeline_stays_neutral():
    lead = "The Commerce Department has closed the A800 loophole."
    assert stance_of("Explainer: what the October update changes", lead, FILLER) == "tightening"
    assert stance_of("Timeline: what the October update changes", lead, FILLER) == "neutral"


def test_an_opinion_arguing_for_a_move_reports_none():
    lead = "Washington should ban H200 sales to China before Beijing stockpiles them."
    assert stance_of("Opinion: the H200 decision is a mistake", lead, FILLER) == "neutral"


# Moves in general form


def test_a_rule_left_unenforced_is_lifted():
    dek = "Commerce will not enforce its expanded Entity List rule for a year, a concession made in Busan."
    assert stance_of("Trade truce puts the affiliates rule on ice", FILLER, subtitle=dek) == "easing"
    assert extract_actor("Trade truce puts the affiliates rule on ice", [FILLER], dek).value == "us"


def test_letting_a_company_keep_operating_is_easing():
    assert stance_of("US lets Samsung, SK hynix keep China fabs running", FILLER) == "easing"
    assert stance_of("US tightens AI chip rules but lets Samsung, SK hynix keep China fabs running",
                     FILLER) == "mixed"


@pytest.mark.parametrize("lead, stance", [
    ("Washington opens the H20 door with a 15% toll.", "easing"),
    ("Beijing has told state-linked data centres to keep using domestic accelerators.", "tightening"),
    ("New data centres are being steered toward domestic chips, regulators said.", "tightening"),
    ("Regulators asked several large internet companies to explain why they need the H20.", "tightening"),
    ("Beijing keeps the door half shut.", "tightening"),
    ("Regulators are closing their door to foreign accelerators.", "tightening"),
    ("Beijing slams the door on Nvidia's H20.", "tightening"),
    ("Beijing did not close the door on Nvidia's H20.", "neutral"),
    ("US clears the H200, but Beijing keeps the door shut.", "mixed"),
])
def test_door_and_steering_phrases_name_their_move(lead, stance):
    assert stance_of("Chip news", lead, FILLER) == stance


def test_widening_the_reach_of_controls_is_tightening():
    lead = "BIS paired the reversal with fresh guidance that widens the reach of its controls on Chinese AI chips."
    assert stance_of("Chip news", lead, FILLER) == "tightening"


def test_a_government_warning_that_using_a_chip_may_break_its_rules_is_a_move():
    lead = "Commerce warned that using Huawei's Ascend chips anywhere in the world may violate US export controls."
    assert stance_of("Chip news", lead, FILLER) == "tightening"
    hedged = "Analysts said Washington may restrict the use of Huawei's Ascend chips."
    assert stance_of("Chip news", hedged, FILLER) == "neutral"


def test_a_chip_left_off_a_procurement_list_is_a_tightening():
    title = "US clears H200 sales as Beijing leaves Nvidia off its new government procurement list"
    assert stance_of(title, FILLER) == "mixed"
    assert stance_of("Beijing leaves Nvidia off its procurement list", FILLER) == "tightening"


def test_handing_out_licences_is_granting_them():
    assert stance_of("Chip news", "Washington has started handing out licences for Nvidia's H20.",
                     FILLER) == "easing"


def test_a_warning_that_using_a_chip_breaches_controls_is_a_move():
    assert stance_of("US warns use of Huawei Ascend chips breaches controls", FILLER) == "tightening"


# Hedges and dates reach only as far as their own clause


def test_a_hedge_in_a_closed_relative_clause_leaves_the_main_clause_alone():
    lead = ("Commerce rescinded the diffusion rule, which would have capped exports to much of the world, "
            "and issued guidance stating that using Huawei's Ascend chips anywhere could violate US export controls.")
    assert stance_of("Chip news", lead, FILLER) == "mixed"
    hedged = "Commerce could rescind the diffusion rule and issue guidance on Huawei's Ascend chips."
    assert stance_of("Chip news", hedged, FILLER) == "neutral"


def test_a_hedge_before_a_but_leaves_the_clause_after_it_alone():
    text = ("Large platforms may now buy the H200, but state-linked data centres will be "
            "steered toward domestic chips.")
    hedged = "Large platforms may now buy the H200, and data centres may be steered toward domestic chips."
    assert stance_of("H200 week", text, FILLER) == "tightening"
    assert stance_of("H200 week", hedged, FILLER) == "neutral"


def test_a_story_opening_with_its_own_date_reports_that_day_s_move():
    lead = ("On January 13, 2026, the Bureau of Industry and Security published a final rule moving "
            "H200 licence applications to case-by-case review.")
    title = "BIS revises licence review policy: what exporters need to know"
    assert stance_of(title, lead, FILLER) == "easing"
    recalled = ("Exporters are still adjusting. On January 13, 2026, the Bureau of Industry and Security "
                "published a final rule moving H200 licence applications to case-by-case review.")
    assert stance_of(title, recalled, FILLER) == "neutral"
