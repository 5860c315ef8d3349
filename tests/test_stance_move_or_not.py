"""Whether a page reports a move: a move the lead states outright is the news, a commitment
reported after an abbreviation is still reported, a "now" clause tells the news against a
past it names, a date a move takes effect from looks ahead, an acronym can end a sentence,
and revenue left out of a forecast is no restriction."""

import pytest

from chiptrail_normalise.stance import extract_actor, extract_stance

pytestmark = pytest.mark.usefixtures("rules_only")  # the rules' reading, before the model weighs it

FILLER = "Chinese cloud providers have built large data centres for language models."
MORE_FILLER = "Demand for inference hardware has grown quickly this year."


def stance_of(title, *paragraphs, subtitle=None):
    return extract_stance(title, list(paragraphs), subtitle).value


# A move the lead states outright is the news


def test_a_clear_move_stated_in_the_second_paragraph_of_the_lead_is_the_news():
    title = "A note for clients on this week's guidance"
    opening = "Several clients have asked us about the guidance published yesterday afternoon."
    news = "Commerce now says that using Huawei Ascend processors anywhere in the world risks violating US export controls."
    assert stance_of(title, opening, news, FILLER, MORE_FILLER) == "tightening"


def test_a_clear_move_told_only_further_down_still_needs_the_bar():
    title = "A note for clients on this week's guidance"
    opening = "Several clients have asked us about the guidance published yesterday afternoon."
    later = "Commerce now says that using Huawei Ascend processors anywhere in the world risks violating US export controls."
    assert stance_of(title, opening, FILLER, MORE_FILLER, later) == "neutral"


def test_revenue_a_forecast_leaves_out_is_no_restriction():
    title = "AMD beats estimates as data centre sales grow"
    lead = "Guidance for the third quarter excludes any MI308 revenue from China, the company said."
    assert stance_of(title, lead, FILLER) == "neutral"


# Reporting verbs and tense


@pytest.mark.parametrize("lead", [
    "On Monday, President Trump said the U.S. would allow Nvidia to sell its H200 processors to approved buyers in China.",
    "The White House said on Monday that the U.S. government would allow Nvidia to sell the H200 to vetted Chinese buyers.",
])
def test_a_commitment_reported_after_an_abbreviation_is_reported_not_hedged(lead):
    title = "Chip stocks climb in early trading"
    assert stance_of(title, lead, FILLER) == "easing"
    assert extract_actor(title, [lead, FILLER]).value == "us"


def test_a_now_clause_tells_the_news_against_the_past_it_names():
    title = "Commerce publishes final rule on advanced computing licence reviews"
    lead = ("Applications for H200-class processors, previously reviewed under a presumption of "
            "denial, will now be reviewed case by case.")
    assert stance_of(title, lead, FILLER) == "easing"


def test_a_past_without_a_now_clause_is_still_background():
    title = "Commerce publishes final rule on advanced computing licence reviews"
    lead = ("Applications for H200-class processors were previously reviewed case by case, "
            "according to the notice.")
    assert stance_of(title, lead, FILLER) == "neutral"


@pytest.mark.parametrize("title, lead", [
    ("Japan to restrict exports of 23 chipmaking tools from July",
     "Japan will require licences for exports of 23 types of advanced chipmaking equipment from "
     "July 23, the trade ministry said on Tuesday."),
    ("Tokyo sets out its chip tool rules",
     "Exporters will need licences for 23 kinds of chipmaking equipment bound for China "
     "from September, the ministry said."),
])
def test_a_date_a_move_takes_effect_from_looks_ahead(title, lead):
    assert stance_of(title, lead, FILLER) == "tightening"


def test_a_date_a_move_took_effect_from_is_still_the_past():
    title = "Tokyo chip tool makers report steady orders"
    lead = ("Exporters have needed licences for 23 kinds of chipmaking equipment bound for China "
            "from July, the ministry said.")
    assert stance_of(title, lead, FILLER) == "neutral"


# Where a sentence ends


def test_an_acronym_ends_the_sentence_before_a_reporters_question():
    title = "Foreign Ministry Spokesperson's Regular Press Conference"
    turn = ("Reporter: President Trump said on Monday that the US will allow Nvidia to ship its "
            "H200 processors to approved buyers in China, with a quarter of the proceeds going to "
            "the US. What is China's response?")
    answer = "Spokesperson: We have noted the reports and refer you to the competent authorities."
    assert stance_of(title, turn, answer) == "easing"


# A saga retold is no move


@pytest.mark.parametrize("retold", [
    "Designed for China, the chip has been blocked, released, taxed and finally shunned by its own buyers.",
    "Its story so far: banned, unbanned, taxed, boycotted.",
    "Washington has imposed controls, tightened them, loosened them and reversed itself.",
])
def test_a_series_of_moves_told_in_a_row_is_a_saga_retold(retold):
    title = "The chip nobody can quite sell"
    assert stance_of(title, retold, FILLER, MORE_FILLER) == "neutral"


@pytest.mark.parametrize("span", [
    "Over the last three years, US chip policy has tightened export controls again and again.",
    "In a little over three years, Washington has imposed controls on most advanced processors.",
    "For most of the past three years, Washington has told Nvidia to stop selling its best chips in China.",
])
def test_moves_told_across_a_span_of_years_are_a_trend(span):
    title = "Where the chip war goes from here"
    assert stance_of(title, span, FILLER, MORE_FILLER) == "neutral"


def test_one_move_told_with_its_own_steps_is_still_news():
    title = "Commerce adds licence requirement for H20 exports"
    lead = "The Commerce Department has imposed a licence requirement on exports of the H20 to China."
    assert stance_of(title, lead, FILLER) == "tightening"


# What dates a move, and what only looks like a date


@pytest.mark.parametrize("lead", [
    "A separate rule published this week requires chip foundries to apply stricter checks before making advanced chips.",
    "Market rules aside, the Commerce Department this week imposed new restrictions on advanced chip exports.",
])
def test_a_word_that_starts_like_a_month_dates_nothing(lead):
    assert stance_of("Foundries face new paperwork", lead, FILLER) == "tightening"


def test_a_month_by_its_abbreviation_still_dates_a_rule():
    lead = "The Sept. rules required licences for exports of advanced chips to China."
    assert stance_of("Chip exporters look back on a busy year", lead, FILLER) == "neutral"


def test_the_year_a_permission_is_valid_for_is_no_earlier_move():
    lead = ("The trade ministry said the US Commerce Department has granted the two memory makers "
            "annual licences to ship equipment to their plants in China for 2026.")
    assert stance_of("Seoul welcomes the news for its chipmakers", lead, FILLER) == "easing"


def test_a_model_number_ends_a_sentence():
    lead = ("Two engineers confirmed today that the regulator has told them to stop ordering the RTX Pro 6000D. "
            "Orders already placed are being cancelled.")
    assert stance_of("Notes from the big platforms", lead, FILLER) == "tightening"


def test_last_week_tells_when_the_news_happened():
    title = "Beijing's change of heart on the H200"
    lead = "Last week Chinese regulators approved purchases of the H200 by three large platforms."
    assert stance_of(title, lead, FILLER) == "easing"


def test_last_month_still_recalls_an_earlier_move():
    title = "Chinese platforms plan their data centres"
    lead = "Last month Chinese regulators approved purchases of the H200 by three large platforms."
    assert stance_of(title, FILLER, MORE_FILLER, lead) == "neutral"


# Kinds of phrase that report a move (verb families and constructions)


@pytest.mark.parametrize("lead", [
    "Chinese regulators told tech firms they may resume buying Nvidia chips.",
    "Beijing dropped its guidance that discouraged companies from buying the H20.",
    "Beijing has stopped discouraging purchases of the H20.",
    "China's regulators have backed off their push against Nvidia's H20.",
    "The administration dropped its objection to H200 sales to China.",
    "The Commerce Department will now accept licence applications for the B30A.",
    "US officials unfroze pending licence applications for H20 exports.",
    "The US government has started processing licences for the H20 again.",
    "Beijing allowed ByteDance, Alibaba and Tencent to buy the H200.",
    "The Commerce Department widened the list of Chinese buyers eligible for H200 licences.",
    "The US handed Nvidia licences to export H20 chips to China.",
    "The US agreed to issue export permits for the MI308.",
    "The ban on H20 sales to China has been lifted.",
    "The US has eased its stance on exports of AI chips to China.",
    "China's commerce ministry called off its probe into US analog chips.",
    "Washington made an exception for Nvidia's H20.",
    "Beijing has quietly lifted the informal boycott of Nvidia chips.",
    "The Commerce Department restored Samsung's validated end-user status.",
    "Washington relaxes AI chip export curbs on China after months of talks.",
    "Beijing removed the H20 from its list of discouraged products this week.",
    "The Commerce Department decided to license exports of the H200 to China.",
    "The government reinstated licences for H20 shipments to China.",
])
def test_phrases_that_report_an_easing(lead):
    assert stance_of("Chip news roundup", lead, FILLER) == "easing"


@pytest.mark.parametrize("lead", [
    "The US revoked Samsung's validated end-user status for its China plants.",
    "The US froze licence applications for chip exports to Huawei.",
    "The US narrowed the list of chips Nvidia can sell to China.",
    "China pulled the plug on H200 orders.",
    "Washington lowered the performance threshold for chips that need a licence.",
    "US officials stopped issuing licences for chip exports to Huawei.",
    "Washington has stopped approving licences for H20 exports.",
    "Beijing ordered an end to purchases of Nvidia's RTX Pro 6000D.",
    "The US expanded the Entity List to include 80 Chinese firms.",
    "China's regulators told firms to phase out foreign AI chips.",
    "China has told its companies to refrain from buying the H20.",
    "Washington broadened its chip export restrictions to cover HBM.",
])
def test_phrases_that_report_a_tightening(lead):
    assert stance_of("Chip news roundup", lead, FILLER) == "tightening"


@pytest.mark.parametrize("lead", [
    "The United States restricts the sale of its best processors to many countries.",
    "Commerce is reviewing licence applications for the H200.",
    "Nvidia reported record revenue from its data centre business.",
    "Senators introduced a bill to restrict exports of advanced chips to China.",
])
def test_standing_states_and_pending_reviews_report_no_move(lead):
    assert stance_of("Chip news roundup", lead, FILLER) == "neutral"


# A permission in the simple present passive is a state or a condition


@pytest.mark.parametrize("lead", [
    "The chipmaker says it will update its forecast for Chinese customers once its licences are approved.",
    "Every accelerator the company ships to the region is approved by the relevant authorities, it said.",
])
def test_a_permission_in_the_simple_present_passive_is_a_state_or_a_condition(lead):
    assert stance_of("Chipmaker's outlook for the region", lead, FILLER) == "neutral"


@pytest.mark.parametrize("lead", [
    "The chipmaker's licences to ship the accelerator to Chinese customers were approved on Tuesday.",
    "The chipmaker's licences to ship the accelerator to Chinese customers have been approved, it said.",
    "The chipmaker's licences to ship the accelerator to Chinese customers are now approved, it said.",
])
def test_a_permission_given_is_told_in_the_past_the_perfect_or_with_now(lead):
    assert stance_of("Chipmaker's licences for the region", lead, FILLER) == "easing"


@pytest.mark.parametrize("lead", [
    "The company said licence applications to resume shipments of the accelerator to China are still under review.",
    "The chipmaker said it will resume shipments of the accelerator to China pending approval from Commerce.",
])
def test_a_permission_still_being_weighed_is_no_move(lead):
    assert stance_of("Chipmaker's quarter in review", lead, FILLER) == "neutral"
