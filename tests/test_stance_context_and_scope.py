"""Stance: what a page reports as news against what it recalls, describes or scopes.
Each rule is stated on sentences of the kind real pages carry: a habit or trend is the
state of things, a move named by its month and year is an earlier one, a reversal names
what it undoes, a restriction's own exceptions are part of it, a research note or a page
of questions and answers says what it is after its section headings."""

import pytest

from chiptrail_normalise.stance import extract_stance

pytestmark = pytest.mark.usefixtures("rules_only")  # the rules' reading, before the model weighs it

FILLER = "Chinese cloud providers have built large data centres for language models."
MORE_FILLER = "Demand for inference hardware has grown quickly this year."


def stance_of(title, *paragraphs, subtitle=None):
    return extract_stance(title, list(paragraphs), subtitle).value


# What the news is not: habits, trends and earlier moves


@pytest.mark.parametrize("sentence", [
    "Every time the rules tighten, the grey-market premium for restricted GPUs goes up.",
    "Whenever Washington tightens the rules, Nvidia designs a slower chip for China.",
    "Beijing has summoned Nvidia's executives several times this year over security questions.",
    "Chinese officials have increasingly steered state-linked buyers towards domestic parts.",
])
def test_a_habit_or_a_trend_is_the_state_of_things_not_a_move(sentence):
    assert stance_of("How restricted GPUs reach Chinese labs", sentence, FILLER) == "neutral"


def test_a_move_named_by_its_month_and_year_is_an_earlier_one():
    recalled = ("The US government's April 2025 decision to require export licences for the H20 "
                "has prompted Chinese cloud providers to test domestic alternatives.")
    assert stance_of("Domestic chips to take 40% of China's AI server market", recalled, FILLER) == "neutral"


def test_what_a_since_clause_dates_the_news_from_is_no_move():
    recalled = "Fewer than 100,000 H20s have entered China since the licence requirement was imposed."
    assert stance_of("China's AI compute supply in 2026", recalled, FILLER) == "neutral"


def test_a_burden_that_curbs_weigh_on_is_no_deliberation():
    title = "US curbs on HBM exports to China to weigh on Samsung"
    lead = "The US government on Monday announced new export controls on high-bandwidth memory chips to China."
    assert stance_of(title, lead, FILLER) == "tightening"


def test_a_product_described_as_the_most_it_may_be_sold_is_no_move():
    lead = ("The company expects a $5.5bn charge because of new licensing rules for its H20 chip, "
            "the most advanced product it was allowed to sell to Chinese customers.")
    assert stance_of("Nvidia takes $5.5bn hit as US restricts AI chip sales to China", lead,
                     FILLER) == "tightening"


# What a move undoes, and what a move's own scope is


@pytest.mark.parametrize("sentence", [
    "Nvidia says licences will be granted. This reverses April's de facto ban.",
    "Nvidia says licences will be granted, which reverses the April licence requirement.",
])
def test_a_reversal_names_the_restriction_it_undoes(sentence):
    assert stance_of("Nvidia to resume H20 sales", sentence, FILLER) == "easing"


def test_the_suspension_of_a_rule_named_as_a_noun_is_easing():
    title = "MOFCOM welcomes US suspension of 'affiliates rule' for one year"
    assert stance_of(title, FILLER) == "easing"


def test_a_restrictions_own_exceptions_are_part_of_it():
    lead = ("Chinese authorities have issued guidance requiring new data centre projects that receive "
            "state funding to use only domestically made AI chips. Projects further along will be "
            "decided case by case.")
    assert stance_of("Beijing tells state-funded data centres to rip out foreign AI chips", lead,
                     FILLER) == "tightening"


def test_case_by_case_licence_review_is_still_an_easing():
    lead = "Applications to export the H200 to China will now be reviewed case by case."
    assert stance_of("Commerce publishes H200 rule", lead, FILLER) == "easing"


@pytest.mark.parametrize("sentence", [
    "Nvidia must now get a government license to sell its H20 chips to China.",
    "Taiwanese companies must obtain permission from the ITA before exporting to listed entities.",
])
def test_an_obligation_to_get_permission_is_a_requirement(sentence):
    assert stance_of("Export rules change", sentence, FILLER) == "tightening"


# What the page says it is


def test_a_faq_page_says_what_it_is_after_its_section_headings():
    paragraphs = ["General", "License requirements",
                  "These frequently asked questions provide general guidance on the export controls "
                  "that apply to advanced computing chips.",
                  "Applications involving parties on the Entity List are reviewed under the policy "
                  "stated in the relevant entry.", FILLER]
    assert stance_of("Bureau of Industry and Security", *paragraphs) == "neutral"


def test_a_research_note_naming_itself_is_analysis():
    opening = ("Chinese AI developers enter 2026 with more demand for compute than ever. "
               "This note sets out three scenarios for supply.")
    body = "Chinese regulators discouraged purchases of the H20 and told projects to use domestic chips."
    assert stance_of("China AI compute supply in 2026", opening, FILLER, body) == "neutral"


def test_a_bill_introduced_by_its_name_is_a_proposal():
    title = "Vance, Okafor Introduce SAFE Chips Act to Keep Advanced AI Chips Out of China"
    assert stance_of(title, FILLER) == "neutral"


def test_a_page_on_what_to_expect_is_no_news_of_a_move():
    title = "Export Controls on Advanced Computing: What to Expect in 2026"
    lead = "Restrictions on advanced AI chips bound for China were tightened and loosened this year."
    assert stance_of(title, lead, FILLER) == "neutral"


# What the news reacts to, and a move's own words


def test_a_move_the_other_way_after_the_news_is_what_it_came_after():
    title = "Beijing Tells Tech Giants to Hold Off on H200 Orders After Trump Lifts Ban"
    assert stance_of(title, FILLER) == "tightening"


def test_a_rule_named_by_its_month_is_an_earlier_one():
    lead = ("Washington has begun granting licences for the H20, ending a four-month freeze that "
            "began with the April licence requirement.")
    assert stance_of("China licences come with a 15% toll", lead, FILLER) == "easing"


def test_a_sentence_in_a_conversation_is_no_court_sentence():
    talk = "MARCUS: \"Approved customers\" is doing a lot of work in that one sentence of the post."
    assert stance_of("Episode notes: the H200 decision, with a former official", talk, FILLER) == "neutral"


def test_a_go_ahead_given_to_named_buyers_is_easing():
    assert stance_of("China gives key tech companies go-ahead to buy Nvidia's H200 chips",
                     FILLER) == "easing"


def test_window_guidance_requiring_buyers_to_explain_a_purchase_is_tightening():
    title = "Internet Companies Told to Explain the Necessity of Purchasing H20, Some Orders Suspended"
    lead = ("Regulators have given window guidance to internet companies, requiring them to explain "
            "the necessity of purchasing Nvidia H20 chips.")
    assert stance_of(title, lead, FILLER) == "tightening"


def test_orders_said_to_be_suspended_are_tightening():
    assert stance_of("Chinese platforms' H20 orders suspended, sources say", FILLER) == "tightening"


@pytest.mark.parametrize("sentence", [
    "Regulators called in the big platforms and told them any H200 purchase needs approval.",
    "Buyers of the H200 must explain why domestic chips will not do, regulators said on Tuesday.",
])
def test_a_purchase_made_to_need_approval_or_a_justification_is_tightening(sentence):
    assert stance_of("Beijing's answer to the H200", sentence, FILLER) == "tightening"


@pytest.mark.parametrize("title", [
    "China sets quota for domestic chips in new data centres",
    "Beijing requires data centres to buy Chinese processors alongside imports",
])
def test_a_quota_or_mandate_for_chinese_chips_is_tightening(title):
    assert stance_of(title, FILLER) == "tightening"


def test_a_numbered_list_the_lead_starts_lists_the_news():
    paragraphs = [
        "Quick recap of the last 24 hours, since a lot of you are asking about it:",
        "1) Trump posted that Nvidia can ship the H200 to approved customers in China, with a 25% cut.",
        "2) Overnight, Beijing told several big platforms to hold off on orders; buyers will need approval.",
        "Our take: volumes in 2026 depend more on Beijing than on Washington.",
    ]
    assert stance_of("Semi Watch Asia", *paragraphs) == "mixed"


def test_a_campaign_told_by_its_length_is_the_state_of_things():
    sentence = "Chinese regulators have spent the last few months telling companies to avoid the H20."
    assert stance_of("A few thoughts on the B30A", "Nothing has been decided about the B30A yet.",
                     sentence, FILLER) == "neutral"


def test_a_single_move_the_headline_and_lead_never_mention_is_the_backdrop():
    feature = ["On a fenced plot east of Johannesburg's airport, a new data centre is rising.",
               "Which processors it will hold is a harder question than it was two years ago.",
               FILLER,
               "US export rules require licences for shipments to many countries, and officials "
               "have cut off customers suspected of passing chips to Chinese firms."]
    assert stance_of("The chip war comes to Africa's data centres", *feature) == "neutral"
    news = ["Washington has cut off two Chinese customers of a Johannesburg data centre.", *feature[1:]]
    assert stance_of("The chip war comes to Africa's data centres", *news) == "tightening"


def test_a_government_saying_that_using_a_chip_may_violate_its_rules_is_tightening():
    lead = ("The Bureau of Industry and Security now says that using Huawei's Ascend chips anywhere "
            "in the world may violate the EAR.")
    assert stance_of("Partner, International Trade & Export Controls", lead, FILLER) == "tightening"


def test_a_piece_naming_itself_as_no_news_of_a_decision_is_analysis():
    opening = ("Three years ago the US cut China off from the A100 and H100 with its first rules. "
               "This piece does not cover any single new decision; we score the whole regime.")
    body = "Washington then cut off the H20 outright with a licence requirement."
    retold = "Beijing discouraged H20 purchases, and Chinese buyers have largely stayed away."
    assert stance_of("Three Years of China Chip Controls: A Scorecard", opening, FILLER, body,
                     retold) == "neutral"


def test_a_charge_booked_for_a_move_makes_it_the_news_of_the_results_however_dated():
    charge = ("The company recorded a $4.5 billion charge tied to H20 inventory after the U.S. "
              "government imposed a license requirement on the chip in April.")
    recalled = "The U.S. government imposed a license requirement on the chip in April."
    title = "Nvidia beats on revenue in the quarter"
    assert stance_of(title, charge, FILLER) == "tightening"
    assert stance_of(title, recalled, FILLER) == "neutral"


def test_a_move_the_lead_only_recalls_does_not_make_a_later_one_the_news():
    """A feature whose lead names an old restriction as background ("whose best chips
    America has for years barred from China") reports no move: a restriction told further
    down is the same backdrop, not news the lead announced."""
    paragraphs = [
        "Few firms matter more to Beijing's plans than Huawei, the closest thing China has to an "
        "answer to Nvidia, whose best chips America has for years barred from the Chinese market.",
        "On paper the progress is impressive, and the newest accelerator performs well on inference.",
        "The problem is making enough of them, because yields at the domestic foundry remain poor.",
        "America has curbed exports of the memory chips that sit beside the processors.",
        FILLER,
    ]
    assert stance_of("Huawei's AI chips are getting better. Can it make enough?", *paragraphs) == "neutral"


def test_a_move_the_lead_tells_as_news_makes_a_later_one_count():
    paragraphs = [
        "Washington has barred Huawei's suppliers from shipping memory to the company, officials said.",
        "On paper the progress is impressive, and the newest accelerator performs well on inference.",
        "The problem is making enough of them, because yields at the domestic foundry remain poor.",
        "America has curbed exports of the memory chips that sit beside the processors.",
        FILLER,
    ]
    assert stance_of("Huawei's memory supply squeezed", *paragraphs) == "tightening"


def test_then_in_a_headline_tells_the_news_in_two_steps():
    """A retold sequence ("first banned it, then allowed it back") is history in a story's
    body; a headline reports what is new, so its "then" joins the news's own two moves."""
    lead = "Nvidia's H200 was cleared for export by Washington this week and stopped at the Chinese border."
    assert stance_of("US clears Nvidia H200 exports to China, then Beijing blocks them at the border",
                     lead, FILLER) == "mixed"


def test_then_in_a_body_sentence_retells_history():
    lead = "Washington banned the H20, then allowed it back in exchange for a share of revenue."
    assert stance_of("The chip war has no finish line", FILLER, lead, FILLER) == "neutral"


def test_a_since_that_measures_the_news_against_the_past_does_not_date_it():
    """"The most significant loosening of export controls since they were introduced in
    2022" ranks the move; the date belongs to the comparison, and the move is the news."""
    lead = ("The administration's decision to permit Nvidia to sell H200 accelerators to approved "
            "Chinese customers is the most significant loosening of export controls since they "
            "were introduced in 2022.")
    assert stance_of("The H200 opening, in five questions", lead, FILLER, MORE_FILLER) == "easing"


def test_a_since_without_a_superlative_still_dates_the_move():
    lead = ("Nvidia has been barred from selling the chip since it was restricted in 2022, and "
            "analysts expect little change.")
    assert stance_of("The H200 question, in five parts", lead, FILLER, MORE_FILLER) == "neutral"
