"""Stance on the kinds of page the rules had not been tuned on (round 14's pages): a
restriction undone whatever it is called, two governments' moves set against each other,
a newsletter's greeting above its news, and an approval's conditions."""

import pytest

from chiptrail_normalise.stance import extract_stance

pytestmark = pytest.mark.usefixtures("rules_only")  # the rules' reading, before the model weighs it

FILLER = "Chinese cloud providers have built large data centres for language models."


def stance_of(title, *paragraphs, subtitle=None):
    return extract_stance(title, list(paragraphs), subtitle).value


# A restriction undone, whatever it is called: a requirement, a cap, a boycott, a probe.

def test_dropping_a_licence_requirement_is_easing_not_the_requirement_itself():
    assert stance_of("Washington to drop export licence requirement for AMD's MI308", FILLER) == "easing"


def test_removing_a_volume_cap_is_easing():
    assert stance_of("Commerce removes 50% volume cap on H200 shipments to China", FILLER) == "easing"


def test_closing_an_antitrust_probe_is_easing():
    assert stance_of("Beijing closes antitrust probe into Nvidia without a fine", FILLER) == "easing"


def test_a_chip_freed_from_a_rule_is_easing():
    assert stance_of("US frees Nvidia workstation GPU from licence requirement", FILLER) == "easing"


def test_a_lower_end_chip_is_no_end_of_a_rule():
    assert stance_of("US adds licence rules for lower-end AMD accelerators", FILLER) == "tightening"


def test_no_longer_requiring_a_licence_is_easing():
    assert stance_of("Chip news", "Exports of the L20 to China will no longer require an individual "
                     "licence, the Commerce Department said on Tuesday.", FILLER) == "easing"


def test_an_end_user_named_before_a_requirement_is_no_undoing():
    assert stance_of(
        "Malaysia sets rules on AI chip transit",
        "Exports of such chips shall require a permit issued under the Strategic Trade Act.",
        "Exporters must notify the ministry of any end user of concern. This requirement "
        "applies to all companies in the country.") == "tightening"


# Two governments' moves set against each other in a headline: the uncued one runs the
# other way, whichever clause it is.

def test_a_first_clause_without_a_cue_set_against_another_governments_move_is_the_other_way():
    assert stance_of("Beijing waves Nvidia's RTX chips in as Washington bans the B30A", FILLER) == "mixed"


def test_a_kicker_before_the_first_government_leaves_the_pairing_alone():
    assert stance_of("Chip week: Washington relents, Beijing slams the brakes", FILLER) == "mixed"


def test_a_first_clause_that_only_reacts_is_no_second_move():
    assert stance_of("Washington protests as Beijing bans the H200", FILLER) == "tightening"


def test_pulled_licences_are_a_revocation():
    assert stance_of("Chip news", "The Commerce Department pulled three export licences held by "
                     "Chinese distributors on Friday.", FILLER) == "tightening"


# The headline idiom for a government's answer: "says yes", "says no", "says not so fast".

def test_saying_yes_and_not_so_fast_are_two_moves():
    assert stance_of("Washington says yes to Nvidia's B30A; Beijing says: not so fast", FILLER) == "mixed"


def test_saying_no_to_a_chip_is_a_refusal():
    assert stance_of("Beijing says no to the RTX Pro 6000D", FILLER) == "tightening"


def test_saying_no_before_a_noun_counts_something_and_refuses_nothing():
    assert stance_of("Commerce said no decision on B30A licences had been made", FILLER) == "neutral"


def test_a_bet_on_what_a_government_will_do_is_a_guess():
    assert stance_of("Nvidia's new China chip is a bet that Washington will say yes", FILLER) == "neutral"


# A newsletter's greeting tells no news: the first paragraph of news after it is the lead.

def test_a_newsletters_greeting_leaves_the_lead_to_the_news_below_it():
    assert stance_of(
        "Chip Letter #40: licences out, warnings in",
        "Hello from Taipei, and welcome to this week's issue. Today's newsletter is 900 words.",
        "Here is what we are covering.",
        "Licences are back",
        "The Commerce Department has begun issuing export licences for Nvidia's H20.",
        "Chinese regulators have sent notices to large platforms discouraging purchases of the H20.") == "mixed"


def test_a_greeting_followed_by_the_news_is_the_lead():
    assert stance_of(
        "Good morning",
        "Good morning. Commerce last night told Nvidia it will need a licence to export the H20 "
        "to China, effectively ending sales of the chip.",
        "Shares of Nvidia fell 6% in early trading in Frankfurt and in after-hours trading in New York.",
        "Analysts at two brokerages cut their price targets for the stock on Wednesday morning.") == "tightening"


# A campaign told by how long it has run is the state of things, however the stretch is counted.

def test_a_campaign_counted_in_years_is_no_new_move():
    assert stance_of("Export controls need a goal",
                     "Washington has spent three years tightening restrictions on AI chips to China.",
                     FILLER) == "neutral"


def test_a_campaign_over_much_of_the_past_year_is_no_new_move():
    assert stance_of("Can Chinese GPUs replace Nvidia?",
                     "Chinese regulators have spent much of the past year steering buyers towards "
                     "domestic accelerators.", FILLER) == "neutral"


# An obligation told with a government's approval is its condition, part of the easing.

def test_a_domestic_chip_quota_told_with_an_approval_is_its_condition():
    assert stance_of(
        "Beijing approves Moore Threads customers' purchases of Nvidia's H200",
        "Chinese regulators have approved purchases of Nvidia's H200 by four cloud companies, "
        "people familiar with the matter said.",
        "The buyers will be required to purchase a share of domestically made accelerators "
        "alongside the Nvidia chips, one of the people said.") == "easing"


def test_a_domestic_chip_mandate_from_another_government_is_a_second_move():
    assert stance_of(
        "US approves H200 exports to China",
        "The Commerce Department approved licences for Nvidia's H200 to Chinese customers on Monday.",
        "Beijing, for its part, now requires buyers to purchase domestic chips alongside any "
        "Nvidia order.") == "mixed"


# The text saying the news goes both ways, in other words than "opposite directions".

def test_moves_said_to_cut_in_different_directions_are_mixed():
    assert stance_of(
        "Nvidia's week: the H20 returns, and a Thai permit rule",
        "Washington has told Nvidia it will receive licences to sell the H20 in China again.",
        FILLER, FILLER,
        "On the same day Thailand said exports of US-made AI chips through its ports would need "
        "government permits, closing a route used to smuggle chips into China.",
        "For investors the two moves cut in different directions.") == "mixed"


def test_a_rule_killed_is_a_rule_undone():
    assert stance_of("Commerce kills the AI diffusion rule days before it takes effect", FILLER) == "easing"


# A permission's holders listed between the verb and what it grants.

def test_a_nod_given_to_a_list_of_buyers_is_easing():
    assert stance_of("Beijing gives Baidu, JD.com and Meituan the nod to buy Nvidia's H200", FILLER) == "easing"


def test_letting_a_list_of_buyers_purchase_is_easing():
    assert stance_of("Chip news", "Regulators have agreed to let Baidu, JD.com and Meituan purchase "
                     "Nvidia's H200 chips, people familiar said.", FILLER) == "easing"


# Pages that weigh or forecast moves without making one; a government moving to control buyers.

def test_a_hearing_decides_nothing():
    assert stance_of("Senate Hearing on Blocking Sales of Nvidia Chips to China", FILLER) == "neutral"


def test_a_chip_kept_out_of_a_companys_outlook_is_no_move():
    assert stance_of("Earnings: Nvidia keeps H20 out of its guidance, data centre sales jump", FILLER) == "neutral"


def test_investors_weighing_two_moves_hedge_neither():
    assert stance_of(
        "Kospi ends flat as Washington, Beijing send conflicting H200 signals",
        "SEOUL — Shares ended flat on Tuesday as investors weighed Washington's decision to allow "
        "H200 exports against a report that Beijing will restrict purchases of the chip.",
        FILLER) == "mixed"


def test_a_government_moving_to_control_who_can_buy_is_tightening():
    assert stance_of("Chip news", "Beijing is moving to control who can buy the H200, people familiar "
                     "with the matter said.", FILLER) == "tightening"


# An institution saying what it did today states the page's news, wherever it stands.

def test_a_spokespersons_announcement_made_today_is_the_news():
    assert stance_of(
        "Regular Press Conference of the Ministry of Commerce (March 4, 2026)",
        "Spokesperson: Good afternoon. I have no announcements today and will take your questions.",
        "Xinhua: What is MOFCOM's assessment of foreign trade in February?",
        "Spokesperson: Foreign trade grew steadily. We will support enterprises in stabilising orders.",
        "Reuters: Can MOFCOM comment on the semiconductor investigations?",
        "Spokesperson: The Ministry of Commerce has today issued an announcement terminating the "
        "anti-dumping investigation into analog chips from the United States.") == "easing"


# An explainer about a pair of recent moves, one each way, takes both: mixed (ruling 4).

def test_an_explainer_of_a_move_each_way_is_mixed():
    assert stance_of(
        "What Washington's B30A licences and Beijing's customs block mean for Nvidia",
        "Within two days, the United States granted Nvidia licences to export the B30A to China, "
        "and Chinese customs officials blocked the chips at the border.", FILLER) == "mixed"


def test_a_question_setting_two_standing_states_side_by_side_is_no_pair_of_moves():
    assert stance_of(
        "How do export controls decide which chips can be sold to China?",
        "I keep reading that Nvidia can't sell the H100 to China but can sell the H20. Who decides?",
        FILLER) == "neutral"


# A headline's kicker is no speaker; letting chips in is a permission, refusing to a refusal.

def test_a_headline_kicker_before_a_question_hedges_no_move():
    assert stance_of("Explained: US says yes to Nvidia's B30A, China says not so fast. What now?",
                     FILLER) == "mixed"


def test_letting_chips_into_a_country_is_easing_and_refusing_to_is_tightening():
    assert stance_of("Beijing will let Nvidia's H200 into China", FILLER) == "easing"
    assert stance_of("Chip news", "Customs officials reportedly won't let the chips in.", FILLER) == "tightening"


def test_what_a_country_lets_in_named_before_the_verb_is_no_permission():
    assert stance_of("Chip news", "Beijing will decide for itself how much US compute it lets in.",
                     FILLER) == "neutral"


def test_a_move_dated_in_may_is_background():
    assert stance_of("Poland still waits for new US chip rules",
                     "The administration rescinded the diffusion rule in May and promised a replacement "
                     "that has not been published.", FILLER) == "neutral"


# A permission said in the same breath to have gone unused is a status recap (ruling 3).

def test_licences_received_but_not_used_are_a_status_not_a_move():
    assert stance_of(
        "AMD Q3: data centre revenue up 22%",
        "AMD reported third-quarter revenue of $9.2 billion on Tuesday, ahead of estimates.",
        "Lisa Su said some China-based customers have received licences over the past few weeks, "
        "but that AMD has not shipped any MI308 under those licences.") == "neutral"


def test_licences_received_and_shipped_against_are_the_news():
    assert stance_of(
        "AMD Q3: data centre revenue up 22%",
        "AMD reported third-quarter revenue of $9.2 billion on Tuesday, ahead of estimates.",
        "Lisa Su said some China-based customers have received licences over the past few weeks, "
        "and that AMD has begun shipping the MI308 under those licences.") == "easing"


# An official notice's own words for its controls.

def test_expanding_national_export_control_measures_is_tightening():
    assert stance_of("Netherlands: update on chip inspection tools",
                     "The government is expanding its national export control measures for advanced "
                     "semiconductor equipment as of 1 March.", FILLER) == "tightening"


def test_suspending_the_implementation_of_control_measures_imposes_none():
    assert stance_of("MOFCOM suspends October measures for one year",
                     "The ministry said it would suspend the implementation of export control measures "
                     "announced on October 9 for one year.", FILLER) != "tightening"


# Placing firms on a list is adding them to it.

def test_placing_firms_on_the_entity_list_is_tightening():
    assert stance_of("Commerce places a dozen Chinese AI firms on the Entity List", FILLER) == "tightening"


def test_firms_put_on_a_trade_blacklist_are_tightening():
    assert stance_of("Chip news", "Washington on Tuesday put 14 Chinese server makers on a trade "
                     "blacklist.", FILLER) == "tightening"


# A question after a headline's colon asks about the move the statement before it reports.

def test_a_question_after_a_headlines_colon_leaves_the_statement_unhedged():
    assert stance_of("US grants Nvidia H20 export licences: what does it mean for Huawei?",
                     FILLER) == "easing"


# German and Chinese pages state their moves in their own words.

def test_a_german_headline_releasing_a_chip_and_one_braking_it_is_mixed():
    assert stance_of("USA genehmigen Export des B30A, China verschärft Kontrollen", FILLER) == "mixed"


def test_a_german_licence_grant_is_easing():
    assert stance_of("Handelsministerium erteilt Nvidia Lizenzen für den H20", FILLER) == "easing"


def test_a_chinese_ban_on_purchases_is_tightening():
    assert stance_of("监管部门叫停互联网企业采购英伟达芯片", FILLER) == "tightening"


def test_a_chinese_approval_of_exports_is_easing():
    assert stance_of("美国商务部批准英伟达H20对华出口许可证", FILLER) == "easing"


# Pages in other languages and scripts state their moves in their own words too.

@pytest.mark.parametrize("title", [
    "海关通知代理：H200芯片不被允许进入",          # a refusal, ahead of the word it negates
    "網信辦要求陸企停購輝達RTX Pro 6000D",          # traditional Chinese: stop buying
    "国家资金数据中心禁用外国AI芯片",              # a ban on use
    "중국 세관, 엔비디아 칩 수입 단속 강화",        # Korean: a crackdown
    "미국 상무부, HBM 수출에 허가 필요",            # Korean: a licence needed is no licence
    "米国の対中半導体規制、A800とH800も対象に",     # Japanese: newly covered by the rules
    "中東など40以上の国への輸出に許可が必要に",     # Japanese: a licence needed is no licence
    "Китай запретил IT-компаниям покупать Nvidia RTX Pro 6000D",
    "Nvidia ne pourra plus vendre sa puce H20 en Chine sans licence",
    "Pekín prohíbe la compra de chips de Nvidia",
])
def test_a_restriction_in_another_language_is_tightening(title):
    assert stance_of(title, FILLER) == "tightening"


@pytest.mark.parametrize("title", [
    "美國允許輝達向中國出售H200",                  # traditional Chinese: allow
    "美国暂停'50%规则'一年",                        # a rule paused
    "미국, 엔비디아 H20 대중국 수출 허가",           # Korean: a licence granted
    "США разрешат Nvidia снова продавать H20 в Китай",
    "Estados Unidos autoriza la venta del chip H200 a China",
])
def test_an_opening_in_another_language_is_easing(title):
    assert stance_of(title, FILLER) == "easing"


@pytest.mark.parametrize("title", [
    "H200 – USA öffnen, China blockt",
    "미국은 허가하고 중국은 말리고, H20을 둘러싼 엇갈린 신호",
    "Estados Unidos autoriza la venta del H200, pero Pekín frena las importaciones",
])
def test_two_moves_in_another_language_are_mixed(title):
    assert stance_of(title, FILLER) == "mixed"


# A reporter's statement before a question reports the news the answer responds to.

def test_a_reporters_premise_in_a_press_conference_states_the_move():
    assert stance_of(
        "Foreign Ministry Spokesperson's Regular Press Conference on March 3, 2026",
        "Reuters: The US on Monday added 30 Chinese chip firms to its Entity List. "
        "What is China's response?",
        "Spokesperson: China firmly opposes the US abuse of export controls and will take "
        "necessary measures.", FILLER) == "tightening"


# A permit put on the road chips take is a restriction, whoever puts it.

@pytest.mark.parametrize("title", [
    "Malaysia imposes permits on US AI chip exports",
    "Singapore now wants a permit for every high-end GPU shipment",
    "Exports and transit of US-origin AI chips are subject to a Strategic Trade Permit",
])
def test_a_permit_put_on_chip_exports_is_tightening(title):
    assert stance_of(title, FILLER) == "tightening"


def test_a_move_paired_with_a_permit_elsewhere_is_mixed():
    title = "H20 sales to resume, but Malaysia now wants a permit for every US AI chip export"
    assert stance_of(title, FILLER) == "mixed"


def test_shutting_a_side_door_is_tightening():
    assert stance_of("Malaysia shuts a side door for US AI chips bound for China", FILLER) == "tightening"


# Chinese and Japanese paragraphs are read like English ones: their characters count as
# words, "。" ends a sentence, and their own words date a move or give its reason.



def test_a_chinese_sentence_dated_weeks_ago_is_background():
    lead = ("据知情人士透露，中国有关部门已批准三家企业采购H200芯片。"
            "就在两周前，海关曾叫停H200进口。")
    assert stance_of("中国批准三家企业采购H200", lead, FILLER) == "easing"




def test_asking_firms_to_buy_prudently_is_a_restriction():
    assert stance_of("美国放行H200对华出口 中方要求企业审慎采购", FILLER) == "mixed"


def test_a_chinese_negation_glued_to_the_permission_is_a_refusal():
    """"H200不被允许进入" (is not allowed in) negates the permission it is glued to."""
    assert stance_of("海关通知报关代理：H200不被允许进入中国", FILLER) == "tightening"


# A headline's second clause sets a second government's move against the first only when
# it can state one: a clause of its own, not pending, not a mere remark, with the
# government as its subject.

@pytest.mark.parametrize("title", [
    "US, China suspend chip-related export curbs for a year",              # a list of subjects
    "Nvidia wins approval to ship H200 to Chinese cloud firms; Beijing has yet to sign off",
    "US to allow Nvidia H200 exports; MOFCOM says cooperation benefits both sides",
])
def test_a_second_clause_that_states_no_move_leaves_the_easing_alone(title):
    assert stance_of(title, FILLER) == "easing"


def test_a_government_name_describing_a_noun_is_no_second_government():
    title = "Nvidia confirms it was told the H20 needs a licence; China sales hit"
    assert stance_of(title, FILLER) == "tightening"


def test_a_second_government_ordering_something_uncued_is_still_a_second_move():
    title = "US clears more AI chip exports to China as Beijing orders reviews of Nvidia hardware"
    assert stance_of(title, FILLER) == "mixed"


def test_easing_the_licensing_process_is_easing():
    assert stance_of("US eases H20 licensing for Chinese cloud buyers", FILLER) == "easing"


def test_a_sentence_about_the_rule_being_undone_describes_it():
    """On a page reporting a rule suspended, "The rule, issued in late September, extended
    export restrictions to ..." tells what the suspension undoes, not a second move."""
    lead = "The Commerce Department said Monday it is suspending the affiliates rule for one year."
    described = ("The rule, issued by the Bureau of Industry and Security on Sept 29, extended export "
                 "restrictions to companies at least 50 percent owned by listed entities.")
    assert stance_of("China welcomes US suspension of 50% affiliates rule", lead, described, FILLER) == "easing"


def test_a_rule_described_on_a_page_that_undoes_nothing_is_still_its_move():
    lead = ("The rule, issued by the Bureau of Industry and Security on Monday, extends export "
            "restrictions to companies at least 50 percent owned by listed entities.")
    assert stance_of("US widens export blacklist to subsidiaries", lead, FILLER) == "tightening"


def test_loosening_one_cap_is_easing():
    assert stance_of("US loosens cap on Nvidia H200 exports to China", FILLER) == "easing"


@pytest.mark.parametrize("title, stance", [
    ("Beijing's customs bars H200 imports", "tightening"),
    ("US formalizes H200 exports as Beijing's customs bars the chips", "mixed"),
])
def test_barring_chips_is_a_restriction(title, stance):
    """The verb "bar" with what it stops; paired with an uncued US clause, the headline
    sets the two governments' moves against each other."""
    assert stance_of(title, FILLER) == stance


@pytest.mark.parametrize("title", [
    "Beijing tells state-funded datacenters to rip out foreign AI chips",
    "Projects under 30% complete must remove installed foreign AI chips",
])
def test_foreign_chips_ordered_out_is_a_restriction(title):
    assert stance_of(title, FILLER) == "tightening"


def test_allowing_installed_tools_to_be_serviced_is_easing():
    assert stance_of("ASML allowed to service Chinese DUV machines again", FILLER) == "easing"
