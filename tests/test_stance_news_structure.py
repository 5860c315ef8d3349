"""Stance from how news is written: the conditions listed after an approval, a status
recap on a results page, a charge booked for a new rule, what a closed loophole had let
through, a phrase that sets the past before the main clause, the headline idioms for a
government's move, and headlines that pair a statement with a question."""

import pytest

from chiptrail_normalise.stance import extract_stance

pytestmark = pytest.mark.usefixtures("rules_only")  # the rules' reading, before the model weighs it

FILLER = "Chinese cloud providers have built large data centres for language models."
MORE_FILLER = "Demand for inference hardware has grown quickly this year."


def stance_of(title, *paragraphs, subtitle=None):
    return extract_stance(title, list(paragraphs), subtitle).value


# Conditions belong to the approval


@pytest.mark.parametrize("conditions", [
    "The approvals cover several hundred thousand units, the sources said. They come with "
    "conditions: buyers must also purchase domestic accelerators and must not deploy the H200 "
    "in government-linked projects.",
    "The approvals are conditional, however. Companies receiving the chips must not deploy them "
    "in government projects, and must keep buying domestically made processors.",
])
def test_conditions_listed_after_an_approval_are_part_of_the_easing(conditions):
    title = "China clears first H200 imports for ByteDance, Alibaba and Tencent"
    assert stance_of(title, "Chinese regulators have given the three companies permission to buy the chips.",
                     conditions, FILLER) == "easing"


def test_a_sentence_pointing_back_before_the_news_is_context():
    title = "China allows H200 imports, approves ByteDance and Tencent purchases"
    recalled = ("Before this, customs had been told that the H200 was not allowed to enter, and many "
                "dealers stopped accepting orders.")
    assert stance_of(title, "Chinese departments have approved the purchases.", recalled,
                     FILLER) == "easing"


# Results and earnings: a status recap is no move; a charge booked for a new rule is


def test_a_results_page_saying_there_were_no_sales_reports_no_move():
    title = "Nvidia forecasts $54 billion in revenue as data centre sales climb"
    lead = "Nvidia said it had no sales of its H20 chip to China-based customers during the quarter."
    assert stance_of(title, lead, FILLER) == "neutral"


def test_a_charge_booked_after_a_new_licence_requirement_reports_the_requirement():
    title = "AMD takes $800m hit on China chip rule"
    lead = ("AMD expects to book up to $800 million in charges after the US government told it "
            "that its MI308 GPUs need a licence to be shipped to China.")
    detail = "The new requirement was communicated to the company last week, AMD said in a filing."
    assert stance_of(title, lead, detail, FILLER) == "tightening"


# What a move undoes is no move of its own


def test_closing_a_loophole_is_not_the_sales_it_had_let_through():
    title = "US closes loophole, bans Nvidia's A800 and H800 from China"
    lead = ("The Commerce Department has extended its export controls, closing the gap that let "
            "Nvidia sell its China-specific A800 and H800 parts after last year's rules.")
    assert stance_of(title, lead, FILLER) == "tightening"


def test_a_participle_phrase_recalling_older_rules_leaves_the_main_clause_news():
    title = "The AI Diffusion Framework: What Exporters of Advanced Chips Need to Know"
    lead = ("Building on the controls introduced in October 2022 and expanded in October 2023, the "
            "Framework imposes a worldwide licence requirement on exports of advanced chips.")
    assert stance_of(title, lead, FILLER) == "tightening"


@pytest.mark.parametrize("sentence", [
    "The Chinese telecoms giant is the closest thing China has to Nvidia, whose best chips "
    "America has for years barred from the Chinese market.",
    "Both Washington and Beijing have moved to restrict the chip at different times.",
])
def test_a_move_told_by_how_long_or_how_often_it_happened_is_context(sentence):
    assert stance_of("Huawei's AI chips are getting better", sentence, FILLER, MORE_FILLER) == "neutral"


# The headline: idioms for a government's move, and a statement paired with a question


@pytest.mark.parametrize("title", [
    "Nvidia swings as Trump clears H200 sales to China and Beijing moves to limit them",
    "H200s cleared in Washington, stopped at Chinese customs",
    "The US just loosened one China chip rule and tightened another",
    "Nvidia gets H20 licences with 15% cut to US, as Beijing tells firms to steer clear",
])
def test_a_headline_stating_a_move_each_way_is_mixed(title):
    assert stance_of(title, FILLER, MORE_FILLER) == "mixed"


@pytest.mark.parametrize("title", [
    'Same week: US starts issuing H20 licences, China summons Nvidia over "backdoors". What is going on?',
    "Washington issues H20 licences while Beijing summons Nvidia — what is going on?",
])
def test_a_statement_followed_by_a_question_is_still_news(title):
    assert stance_of(title, FILLER, MORE_FILLER) == "mixed"


def test_a_statement_before_a_dashed_question_is_not_hedged():
    assert stance_of('Beijing summons Nvidia over H20 "backdoors" — is China turning off the tap?',
                     FILLER, MORE_FILLER) == "tightening"


def test_a_hedge_in_a_trailing_participle_clause_leaves_the_move_alone():
    title = "US opens door to Nvidia chip sales"
    turn = ("But within a day, Chinese regulators were moving to limit access to the chips, telling "
            "companies they would need approval to buy them.")
    assert stance_of(title, "Trump has given Nvidia permission to sell the H200 in China.", turn,
                     FILLER) == "mixed"


def test_a_dek_saying_the_decision_is_still_weighed_makes_the_page_about_a_pending_decision():
    title = "Will the US let Nvidia sell its H200 chip to China? What we know"
    dek = "The Trump administration is weighing whether to allow exports of the H200."
    background = "Chinese regulators this year discouraged companies from buying the H20."
    assert stance_of(title, FILLER, background, MORE_FILLER, subtitle=dek) == "neutral"


def test_an_announcement_is_a_noun_not_the_verb_announcing_restrictions():
    title = "Commerce sets out licensing path for H200 exports to approved customers in China"
    lead = "BIS will review licence applications for the H200 on a case-by-case basis."
    scope = "Nothing in today's announcement changes the restrictions on parties on the Entity List."
    assert stance_of(title, lead, FILLER, MORE_FILLER, scope) == "easing"


# Earnings calls: the company's announcement of a move new in the call is its news


CALL_TITLE = "NVIDIA Corporation (NVDA) Q2 2026 Earnings Call Transcript"
OPERATOR = "Good afternoon, and welcome to the second-quarter financial results conference call."


def test_a_call_telling_of_customers_receiving_licences_and_being_told_to_pause_is_mixed():
    licences = "Over the past few weeks, a number of our China-based customers have received licenses."
    paused = ("Second, several of those customers have informed us that they have received guidance "
              "from Chinese authorities to pause H20 purchases.")
    assert stance_of(CALL_TITLE, OPERATOR, FILLER, MORE_FILLER, licences, paused) == "mixed"


def test_a_call_announcing_licences_received_in_the_last_days_is_easing():
    said = ("Following the decision in July to resume reviewing applications, we have in the last "
            "several days received licences that allow us to ship MI308 to certain customers in China.")
    assert stance_of(CALL_TITLE, OPERATOR, FILLER, said) == "easing"


def test_a_call_booking_a_charge_for_a_rule_it_was_told_of_is_tightening():
    told = ("On April 9, we were informed by the U.S. government that a license would be required for "
            "exports of our H20 products into the China market. As a result of these new export controls, "
            "we recognized a $4.5 billion charge in the first quarter.")
    assert stance_of(CALL_TITLE, OPERATOR, FILLER, told) == "tightening"


def test_a_statement_slamming_a_decision_to_sell_takes_the_decisions_direction():
    title = "Lawmaker Slams Administration Decision to Sell Advanced H200 Chips to China"
    assert stance_of(title, "Today's decision hands Beijing a shortcut to computing power.", FILLER) == "easing"


def test_a_move_the_speaker_reminds_the_audience_of_is_known_not_news():
    known = "Some of our customers received licences over the past few weeks, as you know."
    assert stance_of(CALL_TITLE, OPERATOR, FILLER, known) == "neutral"


# Context reaching past a comma, quoted rule names, exceptions


def test_what_the_news_came_months_after_is_context_to_the_end_of_the_sentence():
    title = "Nvidia to resume H20 sales in China after US signals licences will be granted"
    recalled = ("The reversal comes three months after Washington told Nvidia that the H20, a cut-down "
                "processor, would need a licence to be shipped, effectively halting sales.")
    assert stance_of(title, "Nvidia said it was filing applications to restart sales.", recalled,
                     FILLER) == "easing"


def test_a_quoted_rule_name_with_a_figure_is_still_the_rule_suspended():
    title = "Two moves, opposite directions, same week"
    us = 'Washington: BIS has suspended the 50% "affiliates rule" for one year, effective yesterday.'
    china = "Beijing: state-funded data centre projects must now use only domestic AI chips."
    assert stance_of(title, us, china, FILLER) == "mixed"


def test_revoking_authorisations_is_tightening():
    title = "What the end of VEU waivers means for Samsung and SK hynix's China plants"
    lead = ("The United States said Friday it will revoke the authorizations that let Samsung and SK hynix "
            "ship American chipmaking equipment to their factories in China.")
    assert stance_of(title, lead, FILLER) == "tightening"


def test_an_exception_to_a_new_rule_is_part_of_the_rule():
    title = "Counsel, Export Controls & Sanctions"
    lead = ("Foundries must now presume that logic chips at 16nm or below are subject to a licence requirement, "
            "unless the design comes from an approved or authorised IC designer.")
    assert stance_of(title, lead, FILLER) == "tightening"


def test_hard_to_get_licences_are_no_licences_got():
    title = "US launches third crackdown on China's chip industry"
    lead = ("The new rules add Chinese toolmakers to the entity list, which bars U.S. suppliers from "
            "shipping to them without hard-to-get licences.")
    assert stance_of(title, lead, FILLER) == "tightening"


@pytest.mark.parametrize("title", [
    "US pauses blacklist rule as Beijing pushes foreign chips out of state data centres",
    "Regulators loosen H20 purchase guidance, tighten scrutiny of RTX Pro 6000D",
    "The H200 is approved, and Beijing reaches for the brakes",
])
def test_headline_idioms_for_a_move_each_way_are_mixed(title):
    assert stance_of(title, FILLER, MORE_FILLER) == "mixed"


def test_stepped_up_pressure_is_a_tightening_move_beside_the_licences():
    title = "Washington clears first H20 licences"
    turn = "The first approvals came in the same week that China's internet regulator stepped up pressure on Nvidia."
    assert stance_of(title, "Commerce has started issuing licences for the H20.", turn, FILLER) == "mixed"


def test_a_hedged_opening_closed_by_a_colon_leaves_the_news_after_it():
    lead = ("If you only read one thing this week: the United States has agreed to let Nvidia sell the H200, "
            "and within 48 hours Chinese regulators moved to restrict who can actually buy it.")
    assert stance_of("Issue #64: the H200 week", lead, FILLER, MORE_FILLER) == "mixed"


def test_a_sentence_opening_with_recently_states_the_news():
    lead = ("Recently, the Cyberspace Administration of China summoned Nvidia and asked it to explain the "
            "backdoor security risks of the H20 chips it sells to China.")
    assert stance_of("This page has been translated from Chinese (Simplified)", lead, FILLER) == "tightening"
    recalled = "Nvidia has recently been summoned by regulators over the H20, and buyers are cautious."
    assert stance_of("Chinese AI developers adapt", FILLER, MORE_FILLER, recalled) == "neutral"


def test_a_regulators_interview_over_security_risks_is_a_summons():
    title = "Cyberspace Administration of China interviews NVIDIA over security risks of backdoors in H20 chips"
    assert stance_of(title, FILLER, MORE_FILLER) == "tightening"


def test_a_directive_to_get_approval_first_is_a_requirement_not_a_grant():
    title = "Trump lets Nvidia sell H200 chips to China"
    turn = "But China is telling its tech giants to get approval first."
    assert stance_of(title, "The U.S. will allow Nvidia to export the H200 for a cut of the sales.", turn,
                     FILLER) == "mixed"
    hoped = "Nvidia told reporters it expects to get approval soon."
    assert stance_of("Nvidia CEO in Beijing", FILLER, MORE_FILLER, hoped) != "tightening"


def test_adding_firms_to_an_export_control_list_is_tightening():
    assert stance_of("Taiwan adds Huawei, SMIC to export control list", FILLER, MORE_FILLER) == "tightening"


def test_closing_the_route_people_were_using_is_a_move():
    title = "Two export-control moves in one week, in opposite directions"
    easing = "Commerce approved the first licences for the B30A for a small group of Chinese cloud customers."
    closing = ("Two days later, Commerce told OEMs that any H200 system shipped to a Chinese-owned subsidiary "
               "now needs its own licence. That closes the route a lot of people were quietly using.")
    assert stance_of(title, FILLER, easing, closing) == "mixed"


def test_no_assurance_that_licences_will_be_granted_is_no_refusal():
    filing = "The Company is applying for licenses, but there is no assurance that licenses will be granted."
    assert stance_of("AMD applies for MI308 licences", filing, FILLER) == "neutral"


def test_a_carve_out_from_a_new_restriction_is_its_scope_not_an_easing():
    lead = ("The US Commerce Department on Monday issued new export controls on high-bandwidth memory. "
            "Japan and the Netherlands are exempted from the new rules, reflecting their own controls.")
    assert stance_of("December package: HBM controls hit China's AI chip supply chain", lead, FILLER) == "tightening"


def test_an_interview_about_concerns_is_no_summons():
    said = "Huang said in an interview about security concerns that the H20 has no backdoors."
    assert stance_of("Nvidia CEO speaks in Beijing", said, FILLER) == "neutral"


def test_a_deliberation_after_a_headline_s_move_leaves_the_move_the_news():
    lead = ("The US Commerce Department said on Tuesday it has rescinded the AI diffusion rule "
            "and will issue a replacement later.")
    assert stance_of("US scraps AI diffusion rule; Korean chipmakers weigh the impact",
                     lead, FILLER) == "easing"
    assert stance_of("Korean chipmakers weigh the impact of new US chip rules",
                     FILLER, MORE_FILLER) == "neutral"


def test_a_standing_policy_named_by_its_aim_is_no_move_of_its_own():
    lead = ("US President Donald Trump says Nvidia will be allowed to sell its H200 chips to approved "
            "customers in China. The decision marks a shift in Washington's policy of limiting "
            "China's access to advanced semiconductors.")
    assert stance_of("Trump allows Nvidia to sell H200 chips to China", lead, FILLER) == "easing"


def test_moves_told_only_below_the_lead_do_not_make_the_news_mixed():
    allies = ("Elsewhere, the Netherlands and Japan restricted sales of chipmaking equipment. "
              "Taiwan tightened its own rules on exports to Huawei. South Korea banned exports of the tools.")
    assert stance_of("US allows Nvidia to sell H200 chips to China", FILLER, MORE_FILLER, allies) == "easing"


def test_a_headline_s_contracted_refusal_or_barred_door_is_a_move():
    assert stance_of("China's customs says the H200 isn't allowed in", FILLER) == "tightening"
    assert stance_of("Beijing's customs bar the door to the H200", FILLER) == "tightening"


def test_a_past_perfect_at_a_time_the_news_reached_is_news_not_backstory():
    week = ("The Commerce Department has started issuing licences for Nvidia's H20. "
            "Within a day, Chinese authorities had told companies to avoid the H20.")
    assert stance_of("The H20 week in chips", week, FILLER) == "mixed"
    recalled = ("The Commerce Department has started issuing licences for Nvidia's H20. "
                "Chinese authorities had told companies to avoid the H20.")
    assert stance_of("The H20 week in chips", recalled, FILLER) == "easing"


def test_customs_checking_shipments_is_enforcement():
    assert stance_of("China customs is now actively checking inbound shipments for Nvidia AI chips",
                     FILLER) == "tightening"


# A headline pairing a move with a second government's action


@pytest.mark.parametrize("title", [
    "Nvidia gets the H200 green light, but China's regulators push back",
    "US approves Nvidia H200 sales while Beijing lists the chip for security review",
    "Washington opens the H200 door; Beijing's customs officers close it",
])
def test_a_headline_setting_a_second_government_against_a_move_reports_both(title):
    lead = "President Trump said Nvidia may sell the H200 to approved customers in China."
    assert stance_of(title, lead, FILLER, MORE_FILLER) == "mixed"


@pytest.mark.parametrize("title", [
    "AMD to resume MI308 shipments to China as US moves licence applications forward",
    "Nvidia cleared for RTX Pro 6000D sales as US extends licences",
    "US approves Nvidia H200 sales as China welcomes the decision",
])
def test_a_headline_s_second_clause_by_the_same_government_or_a_reaction_is_no_second_move(title):
    lead = "The Commerce Department has approved licences for shipments to Chinese customers."
    assert stance_of(title, lead, FILLER, MORE_FILLER) == "easing"


def test_two_short_moves_the_text_says_point_opposite_ways_are_mixed():
    title = "An occasional newsletter on AI infrastructure"
    paragraphs = ["Hello again, and thanks to everyone who wrote in after the last issue.",
                  "It has been a busy week for anyone who follows the chip business closely.",
                  "Two things happened this week that point opposite ways.",
                  "Commerce approved H200 exports to China under case-by-case licences.",
                  "Beijing banned the H200 at customs a day later, according to reports.",
                  "I'd watch for exceptions for universities."]
    assert stance_of(title, *paragraphs) == "mixed"


def test_a_sentence_opening_with_then_narrates_the_next_move_not_a_retold_sequence():
    title = "Nvidia and AMD get their China licences… Then Beijing tells everyone not to buy"
    lead = ("The US started issuing export licences for Nvidia's H20 and AMD's MI308 this week. "
            "Then on Thursday, Chinese regulators told companies to avoid the H20.")
    assert stance_of(title, lead, FILLER) == "mixed"


# Vocabulary: a licence granted with its holders named, the verb "license", a freeze lifted


@pytest.mark.parametrize("title, expected", [
    ("US grants Samsung, SK hynix annual licences to ship chip tools to China plants", "easing"),
    ("Washington has agreed to licence Nvidia's H20 for China", "easing"),
    ("White House tells agencies it won't license the B30A for China", "tightening"),
    ("China's AI firms cheer as US lifts H20 licence freeze", "easing"),
])
def test_licences_granted_to_named_holders_the_verb_license_and_a_lifted_freeze_are_moves(title, expected):
    assert stance_of(title, FILLER, MORE_FILLER) == expected


def test_shares_trading_higher_after_a_move_report_the_move():
    title = "Bernstein says H200 China green light could add $10 billion to Nvidia's revenue"
    lead = ("Nvidia shares are trading higher on Tuesday after President Donald Trump cleared the "
            "company to sell its H200 accelerators to approved customers in China.")
    assert stance_of(title, lead, FILLER, MORE_FILLER) == "easing"


def test_a_sentence_opening_on_the_time_since_a_move_reports_its_main_clause():
    title = "Just two days after Washington cleared the H200 for approved Chinese buyers, regulators…"
    lead = ("Just two days after Washington cleared the H200 for approved Chinese buyers, regulators "
            "in Beijing are reported to be limiting access, requiring buyers to justify purchases.")
    assert stance_of(title, lead, FILLER, MORE_FILLER) == "tightening"


# The Entity List: adding firms is a move, taking them off is the reverse, naming it is not


def test_taking_firms_off_the_entity_list_is_easing():
    title = "U.S. removes Chinese entities from export blacklist, MOFCOM says"
    lead = ("The United States has removed a number of Chinese companies and research institutes "
            "from its Entity List, the Ministry of Commerce said on Thursday.")
    assert stance_of(title, lead, FILLER, MORE_FILLER) == "easing"


def test_a_product_screening_orders_against_the_entity_list_reports_no_move():
    title = "Kestrel Compliance launches ExportGuard AI to help chipmakers screen China orders"
    lead = ("Kestrel Compliance today announced ExportGuard AI, a screening tool that checks orders "
            "for advanced semiconductors against the US Export Administration Regulations and the Entity List.")
    assert stance_of(title, lead, FILLER, MORE_FILLER) == "neutral"


def test_adding_a_long_list_of_firms_to_an_export_blacklist_is_tightening():
    title = "Commerce acts against chip procurement networks"
    lead = ("The Commerce Department on Tuesday added about 80 companies and organizations, most of "
            "them Chinese, to its export blacklist, saying they had helped develop military technology.")
    assert stance_of(title, lead, FILLER, MORE_FILLER) == "tightening"


# Dates, habits and calls: no move of the news


def test_a_move_in_late_may_is_a_dated_one_not_the_news():
    title = "Export controls reshape China's chip design flows"
    lead = ("Chinese chip design teams spent the early summer in a state of whiplash. In late May, "
            "the US told Synopsys, Cadence and Siemens EDA to stop selling to Chinese customers.")
    assert stance_of(title, lead, FILLER, MORE_FILLER) == "neutral"


def test_a_move_told_as_happening_every_few_weeks_is_a_habit_not_the_news():
    title = "China's buyers and their domestic chips"
    lead = ("Every few weeks there's a story that Beijing has told its companies to stop buying "
            "Nvidia, and every few weeks those companies find a way to buy Nvidia anyway.")
    assert stance_of(title, lead, FILLER, MORE_FILLER) == "neutral"


def test_a_call_on_a_government_to_act_is_no_move():
    title = "Chairman Calls on Commerce to Halt H20 Sales After Evidence of Diversion"
    lead = ("The Chairman of the House Select Committee today sent a letter to the Secretary of "
            "Commerce urging the Department to require licences for the export of Nvidia's H20 chip.")
    assert stance_of(title, lead, FILLER, MORE_FILLER) == "neutral"


# Both ways in one breath; idioms for a permission, a refusal and a cap raised


@pytest.mark.parametrize("summary", [
    "January 2026 saw both loosening and tightening of access to advanced AI chips in China.",
    "This week in chip policy: two moves, two capitals, opposite directions.",
])
def test_a_page_saying_its_moves_go_both_ways_is_mixed(summary):
    title = "Semiconductor export controls: developments this month"
    approval = ("Washington approved H200 exports to approved buyers in China, with a 25% share for "
                "the Treasury.")
    refusal = "On Tuesday, Chinese regulators told companies not to buy the chip."
    assert stance_of(title, summary, FILLER, MORE_FILLER, approval, refusal) == "mixed"


@pytest.mark.parametrize("title, expected", [
    ("Nvidia's H200 gets Washington's blessing", "easing"),
    ("Nvidia secured the last of the US licences it needs to sell the H20 in China", "easing"),
    ("The White House rules out B30A sales to China", "tightening"),
    ("U.S. raises Nvidia's China H200 cap", "easing"),
])
def test_a_blessing_a_licence_secured_a_ruling_out_and_a_raised_cap_are_moves(title, expected):
    assert stance_of(title, FILLER, MORE_FILLER) == expected


def test_what_a_lifting_removes_reaches_past_an_including_list():
    title = "China to terminate probes targeting US chip firms as part of trade consensus"
    lead = ("China will terminate a series of investigations targeting the US semiconductor "
            "industry, including an anti-dumping probe into certain analog chips and an "
            "anti-discrimination probe into US chip measures, the ministry said on Thursday.")
    assert stance_of(title, lead, FILLER, MORE_FILLER) == "easing"


def test_a_press_release_dateline_after_its_place_dates_the_news_not_an_earlier_move():
    title = "Ministry of Investment, Trade and Industry"
    lead = ("KUALA LUMPUR, 14 July 2025 — The Ministry announces that, effective immediately, any "
            "export of high-performance AI chips of United States origin will require a Strategic "
            "Trade Permit.")
    assert stance_of(title, lead, FILLER, MORE_FILLER) == "tightening"


def test_the_developments_an_opening_announces_are_lead_however_far_down():
    title = "Weekly Policy Digest"
    opening = "Two developments in the US–China technology relationship this week matter for members."
    first = ("The US Commerce Department revoked the Validated End-User authorisations that let "
             "Samsung and SK hynix ship US equipment to their plants in China.")
    second = "The first licences for Nvidia's H20 chips have now been issued to named Chinese customers."
    assert stance_of(title, opening, "1. VEU status revoked", first,
                     "2. H20 licences issued", second, FILLER) == "mixed"


def test_squeezing_performance_out_of_chips_pushes_nobody_out():
    title = "Is there life after Nvidia? China's AI labs learn to work with less"
    dek = "Startups are squeezing performance out of stockpiled H800s and domestic chips."
    assert stance_of(title, FILLER, MORE_FILLER, subtitle=dek) == "neutral"


def test_a_move_named_by_its_month_is_an_earlier_one():
    title = "Export controls: an uncertain year ahead for AI chips"
    lead = ("The Commission is weighing whether to propose an EU-level mechanism this spring. "
            "Meanwhile, Washington's December move to let Nvidia ship H200s to China looms over "
            "every conversation.")
    assert stance_of(title, lead, FILLER, MORE_FILLER) == "neutral"


# Where a page tells its news below its own furniture


def test_a_results_release_booking_a_charge_for_a_new_rule_reports_the_rule():
    """A company's results release speaks of itself by name, below the revenue lines
    that open it: the licence requirement it was told of and the charge it booked are the
    release's news (ruling 3), not a backdrop the headline never mentions."""
    paragraphs = [
        "Revenue of $12.0 billion, up 8% from the previous quarter and up 40% from a year ago",
        "Data centre revenue of $9.1 billion, up 6% from the previous quarter and up 52% from a year ago",
        "Acme Silicon today reported revenue for the quarter ended May 3 of $12.0 billion.",
        "Gross margin was 58.1%, down from 61.4% a year ago, as the company ramped a new product.",
        "On April 2, Acme was informed by the U.S. government of a new licence requirement for "
        "exports of its X90 accelerators to China. As a result of these new requirements, Acme "
        "incurred a $1.2 billion charge for excess inventory.",
        FILLER,
    ]
    assert stance_of("Acme Silicon Announces Financial Results for First Quarter", *paragraphs) == "tightening"


def test_a_results_release_without_a_new_rule_stays_neutral():
    paragraphs = [
        "Revenue of $12.0 billion, up 8% from the previous quarter",
        "Acme Silicon today reported revenue for the quarter ended May 3 of $12.0 billion.",
        "The company incurred a $0.2 billion charge for a restructuring of its sales offices.",
        FILLER,
    ]
    assert stance_of("Acme Silicon Announces Financial Results for First Quarter", *paragraphs) == "neutral"


def test_numbered_section_headings_each_open_on_a_development_of_the_news():
    """A newsletter that numbers its sections ("1. Washington: ...", "2. Beijing: ...")
    tells one development under each: the first paragraph under every numbered heading is
    lead, however far down it stands."""
    paragraphs = [
        "Hi all, a short issue this week.",
        "1. The US side",
        "On Monday the White House confirmed that Nvidia will receive export licences for the "
        "H20 in exchange for a 15% share of China revenue.",
        "The numbers are small next to the data-centre business, but the signal matters.",
        "Analysts expect the first shipments within weeks.",
        "2. The Beijing side",
        "Overnight, Chinese authorities sent notices to large platforms discouraging purchases "
        "of the H20 for any government-related work.",
        "That is no formal ban, but procurement teams read it as one.",
    ]
    assert stance_of("A week of two capitals", *paragraphs) == "mixed"


def test_unnumbered_section_headings_leave_later_sections_as_context():
    paragraphs = [
        "Hi all, a short issue this week.",
        "The US side",
        "On Monday the White House confirmed that Nvidia will receive export licences for the "
        "H20 in exchange for a 15% share of China revenue.",
        "The numbers are small next to the data-centre business, but the signal matters.",
        "Analysts expect the first shipments within weeks.",
        "Looking back",
        "Last year Chinese authorities sent notices to large platforms discouraging purchases "
        "of the H20 for any government-related work.",
    ]
    assert stance_of("A week of two capitals", *paragraphs) == "easing"
