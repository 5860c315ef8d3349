"""Which kinds of event the stance reads as moves, and which way: what state buyers may
procure, security reviews and audits ordered, probes concluded, laws enacted, charges
booked for a new rule; and what reads like a move but is none (a merger approved). Each
rule is stated on sentences of the kind real pages carry."""

import pytest

from chiptrail_normalise.stance import extract_actor, extract_stance

pytestmark = pytest.mark.usefixtures("rules_only")  # the rules' reading, before the model weighs it

FILLER = "Chinese cloud providers have built large data centres for language models."
MORE_FILLER = "Demand for inference hardware has grown quickly this year."


def stance_of(title, *paragraphs, subtitle=None):
    return extract_stance(title, list(paragraphs), subtitle).value


def actor_of(title, *paragraphs):
    return extract_actor(title, list(paragraphs)).value


# What state buyers may procure


@pytest.mark.parametrize("title", [
    "Beijing adds homegrown AI chips to its procurement list, leaves out Nvidia and AMD",
    "Beijing publishes a new purchasing list for state buyers, leaving out chips from US firms",
    "China drops foreign accelerators from its government procurement list",
])
def test_foreign_chips_left_off_a_procurement_list_is_a_tightening(title):
    assert stance_of(title, FILLER, MORE_FILLER) == "tightening"
    assert actor_of(title, FILLER, MORE_FILLER) == "china"


def test_a_foreign_chip_added_to_an_approved_procurement_list_is_an_easing():
    title = "Industry ministry adds Nvidia's H20 to approved procurement list for commercial clusters"
    assert stance_of(title, FILLER, MORE_FILLER) == "easing"


def test_domestic_chips_added_to_a_procurement_list_open_nothing_to_foreign_ones():
    title = "Industry ministry adds Huawei and Cambricon accelerators to approved procurement list"
    assert stance_of(title, FILLER, MORE_FILLER) == "neutral"


# Security reviews and audits


@pytest.mark.parametrize("title", [
    "Beijing orders audits of companies buying Nvidia's accelerators",
    "Regulators order state data centres to audit every Nvidia chip they run",
    "China rolls out a security review for imported AI chips",
    "Cyberspace regulator opens a security review of Nvidia's H20",
])
def test_a_security_review_or_audit_ordered_is_a_tightening(title):
    assert stance_of(title, FILLER, MORE_FILLER) == "tightening"


def test_a_security_review_ordered_beside_an_approval_makes_the_news_mixed():
    title = "Washington approves more H200 licences as Beijing orders security reviews of Nvidia hardware"
    assert stance_of(title, FILLER, MORE_FILLER) == "mixed"


def test_security_checks_that_come_with_an_approval_are_its_conditions():
    title = "Washington approves H200 exports to China"
    lead = ("The approval comes with a revenue share, a list of approved customers and a set of "
            "security checks that are yet to be spelled out.")
    assert stance_of(title, lead, FILLER) == "easing"


# Probes and merger approvals


def test_a_probe_concluded_is_closed():
    lead = ("The market regulator said on Wednesday that it had concluded its antitrust investigation "
            "into Nvidia without imposing penalties.")
    assert stance_of("Regulator wraps up Nvidia case", lead, FILLER) == "easing"


@pytest.mark.parametrize("sentence", [
    "When the regulator approved the Mellanox deal in 2020, it attached supply conditions.",
    "The finding concerns the announcement on conditionally approving the concentration of undertakings.",
    "As a condition of approving the acquisition, Nvidia promised to keep supplying Chinese customers.",
])
def test_a_merger_approved_is_no_move_in_access_to_chips(sentence):
    title = "China says Nvidia violated its anti-monopoly law"
    assert stance_of(title, sentence, FILLER) == "tightening"


def test_a_merger_approval_in_chinese_is_no_move_either():
    title = "市场监管总局：英伟达违反反垄断法"
    lead = "初步调查显示，英伟达公司违反附加限制性条件批准英伟达公司收购迈络思股权案的决定。"
    assert stance_of(title, lead) != "mixed"
    assert "批准" not in extract_stance(title, [lead]).details["cues"]


# Laws


def test_a_bill_that_has_become_law_is_no_proposal():
    title = "Chip tracking bill becomes law"
    lead = ("The president on Wednesday signed into law a measure that requires advanced AI chips sold "
            "abroad to carry location-verification technology.")
    assert stance_of(title, lead, FILLER) == "tightening"


def test_a_bill_that_would_require_tracking_is_a_proposal():
    title = "Senators introduce bill to require location tracking on exported AI chips"
    lead = "The bill would require chips to carry location-verification technology within six months."
    assert stance_of(title, lead, FILLER) == "neutral"


# Charges booked (ruling 3)




def test_a_charge_booked_for_older_restrictions_is_a_recap():
    title = "Chipmaker Announces Financial Results for Second Quarter"
    figures = "Revenue of $46.7 billion, up 6% from the previous quarter and up 56% from a year ago."
    margins = "Gross margins were 72.4% and 72.7%, respectively, for the quarter."
    charge = "The company had recorded a charge in the first quarter because of the export restrictions."
    assert stance_of(title, figures, margins, FILLER, charge) == "neutral"


# The same moves on pages in other languages


@pytest.mark.parametrize("title, lead, stance", [
    ("网信办要求大型科技企业停购RTX Pro 6000D", "知情人士表示，相关企业已通知供应商暂停测试。", "tightening"),
    ("美國要求台積電停止出貨先進晶片給中國客戶", "報導說，未來這類出貨需經美國審查。", "tightening"),
    ("国家资金数据中心禁用外国AI芯片", "据报道，新建项目只能使用国产人工智能芯片。", "tightening"),
    ("英伟达H20出口到中国需要获得许可证", "美国政府通知公司，这一要求无限期有效。", "tightening"),
    ("美国正式给英伟达H20发许可了", "美国商务部已经开始给英伟达发放出口许可证。", "easing"),
    ("英伟达H20芯片获美方出口许可", "公司表示预计很快开始交付。", "easing"),
])
def test_chinese_pages_state_moves_in_simplified_and_traditional_characters(title, lead, stance):
    assert stance_of(title, lead) == stance


def test_a_chinese_lead_paragraph_is_prose_and_reports_the_news():
    title = "H200来了，谁受益？"
    lead = "昨晚美国宣布，将允许英伟达向中国经批准的客户出售H200芯片，美方抽成25%。这是近年来最大的一次放松。"
    assert stance_of(title, lead, "几点看法：") == "easing"


@pytest.mark.parametrize("lead", [
    "去年5月，监管部门要求运营者停止采购有关产品。一年过去，国产替代进展如何？",
    "隨著美國限制H20出口，中國業者轉向本土方案的意願提高。",
    "虽然不是明令禁止，但企业普遍持观望态度。",
])
def test_a_chinese_move_recalled_reasoned_or_denied_is_no_news(lead):
    assert stance_of("国产芯片产能观察", lead) == "neutral"


@pytest.mark.parametrize("title, lead, stance", [
    ("米国の対中半導体規制、A800とH800も新たに規制対象に", "米商務省は17日、規制の改定版を発表しました。", "tightening"),
    ("H200、米国は許可・中国は「入れない」", "今週は米中がほぼ同時に正反対の決定を出しました。", "mixed"),
    ("미국 HBM 대중 수출 통제 발표", "HBM2E 이상 제품은 중국으로 수출하려면 허가가 필요합니다.", "tightening"),
    ("중국 세관, 엔비디아 칩 수입 단속 강화", "중국 세관이 주요 항구에서 화물 검사를 강화했다고 함.", "tightening"),
    ("Китай запретил крупным IT-компаниям покупать Nvidia RTX Pro 6000D",
     "Регулятор обязал компании прекратить тестирование.", "tightening"),
    ("Nvidia ne pourra plus vendre sa puce H20 en Chine sans licence",
     "Le gouvernement des États-Unis exigeait désormais une licence pour exporter la puce.", "tightening"),
    ("Washington publicó la norma que permite exportar el procesador H200 a China",
     "El Gobierno de Estados Unidos publicó este martes una norma que permite la exportación del chip.", "easing"),
])
def test_pages_in_other_languages_state_the_same_moves(title, lead, stance):
    assert stance_of(title, lead) == stance


# An approval's scope and conditions, and what a reopening undoes (ruling 2)


def test_what_an_approval_leaves_out_is_its_scope():
    title = "Washington authorizes Nvidia to sell its H200 chips to China"
    dek = "The government will take a cut of the sales. The newest chips remain excluded from the deal."
    assert stance_of(title, FILLER, subtitle=dek) == "easing"


def test_what_an_exporter_must_certify_is_a_condition_of_the_licence():
    title = "Commerce publishes rule allowing H200 exports to China"
    conditions = ("Licence applications will be reviewed case by case. Exporters must certify that Chinese "
                  "buyers will not use the chips for military purposes.")
    assert stance_of(title, FILLER, conditions) == "easing"


@pytest.mark.parametrize("sentence", [
    "For Chinese cloud companies, the suspension reopens a channel that had just been closed.",
    "In practice the pause reopens the loophole the rule was written to close.",
])
def test_a_reopening_of_what_was_closed_is_one_move(sentence):
    title = "Commerce suspends the affiliates rule for a year"
    lead = "The department said on Monday that it had suspended the rule for one year."
    aside = "Separately, the department blacklists a dozen Chinese chip distributors."
    assert stance_of(title, lead, FILLER, sentence, aside) == "easing"


# Recaps and pressure: no move


def test_no_sales_in_the_quarter_is_a_status_recap():
    title = "Nvidia says no H20 sales to China in quarter as data center revenue climbs"
    assert stance_of(title, FILLER, MORE_FILLER) == "neutral"
    assert stance_of("White House tells agencies no B30A sales to China", FILLER) == "tightening"


def test_pressure_to_make_a_move_is_no_move():
    lead = ("Tokyo and The Hague discussed export controls on Thursday. The two countries have faced "
            "pressure from the United States to further restrict sales of tools in China.")
    assert stance_of("Japan and the Netherlands discuss chip tools", lead, FILLER) == "neutral"


# Company moves on a permission


@pytest.mark.parametrize("title", [
    "Nvidia confirms H200 purchase orders from Chinese customers after Beijing approval",
    "Nvidia places 300,000 H20 chipset order with TSMC after US reversal",
])
def test_orders_placed_on_a_permission_are_an_easing_by_its_government(title):
    assert stance_of(title, FILLER, MORE_FILLER) == "easing"
    assert actor_of(title, FILLER, MORE_FILLER) in ("us", "china")


def test_orders_for_a_domestic_chip_are_no_move_in_access():
    title = "Baidu's Kunlun chips win China Mobile order worth over 1 billion yuan"
    assert stance_of(title, FILLER, MORE_FILLER) == "neutral"


# A rule undone, and what it did


def test_a_suspension_with_its_duration_set_off_by_commas_is_still_one():
    lead = ("On November 10, 2025, the Bureau of Industry and Security published a final rule suspending, "
            "for one year, the so-called \"Affiliates Rule\" that it issued in September.")
    assert stance_of("Counsel, Export Controls", lead, FILLER) == "easing"
    assert actor_of("Counsel, Export Controls", lead, FILLER) == "us"




def test_a_new_rule_beside_an_undone_one_is_news():
    title = "US rescinds the diffusion rule and issues a new chip rule"
    lead = "Commerce said on Tuesday it had rescinded the diffusion rule."
    new_rule = "The new rule prohibits exports of advanced chips to Chinese data centres."
    assert stance_of(title, lead, new_rule, FILLER) == "mixed"


def test_only_chinese_made_chips_is_a_tightening():
    lead = "Beijing's guidance this week requires state-funded data centres to run only Chinese-made AI chips."
    assert stance_of("Beijing issues data-centre guidance", lead, FILLER) == "tightening"


# Official actions told in headline idioms


@pytest.mark.parametrize("title, stance", [
    ("Beijing's regulator calls in Nvidia over H20 'tracking' fears", "tightening"),
    ("Malaysia imposes permit on US AI chip exports", "tightening"),
    ("Nvidia's H200 gets the nod from Washington, a cold shoulder from Beijing", "mixed"),
    ("Beijing approves H200 purchases for three tech giants but keeps state firms out", "mixed"),
    ("Nvidia to resume H20 sales, and Malaysia shuts a side door", "mixed"),
    ("Commerce rescinds AI Diffusion Rule, issues guidance on Huawei Ascend chips", "mixed"),
    ("Diffusion rule scrapped; Huawei Ascend guidance issued", "mixed"),
])
def test_official_actions_in_headline_idioms_are_moves(title, stance):
    assert stance_of(title, FILLER, MORE_FILLER) == stance


@pytest.mark.parametrize("title", [
    "Beijing tells state-funded datacenters to rip out foreign AI chips",
    "China Requires State-Funded Data Centres to Use Domestic AI Chips",
    "Cambricon shares hit limit-up after Beijing urges data centers to buy domestic",
    "Tell HN: Our customers' H20 orders for China were frozen overnight",
])
def test_directives_to_buyers_and_orders_frozen_are_tightenings(title):
    assert stance_of(title, FILLER, MORE_FILLER) == "tightening"


def test_an_opening_saying_neither_side_moved_reports_no_move():
    lead = ("Beijing urges Chinese cloud companies to buy domestic chips, while Washington keeps "
            "debating its rules. Neither side has announced a new move in recent weeks.")
    assert stance_of("Huawei's Ascend 910C tests how far China can go", lead, FILLER) == "neutral"


def test_a_government_approving_its_own_legal_text_is_no_easing():
    title = "Cabinet Order Amending the Export Trade Control Order Approved"
    lead = ("Today the Cabinet approved an amendment to the ordinance that adds 23 chipmaking tools to "
            "the items requiring an export licence.")
    assert stance_of(title, lead, FILLER) == "tightening"


def test_a_loophole_slammed_shut_undoes_what_it_let_through():
    title = "Uncle Sam slams shut loophole that let Nvidia sell A800, H800 to China"
    assert stance_of(title, FILLER, MORE_FILLER) == "tightening"


# Hearings weigh the rules and make none


def test_testimony_is_no_move():
    title = "Commerce Secretary Testifies on Department Budget, Chip Export Policy"
    lead = "The secretary said the department had approved licences for H200 exports to vetted buyers."
    assert stance_of(title, lead, FILLER) == "neutral"


@pytest.mark.parametrize("opening", [
    "The Committee will examine how the Bureau of Industry and Security enforces export controls and "
    "how to keep restricted chips out of China.",
    "The subcommittee will come to order. The purpose of this hearing is to examine whether export "
    "controls are working. Washington added dozens of Chinese companies to the Entity List.",
])
def test_a_hearings_opening_names_it_a_hearing(opening):
    title = "Export Control Enforcement: Keeping America's Most Advanced Chips Out of Adversaries' Hands"
    assert stance_of(title, opening, FILLER) == "neutral"


def test_buyers_shunning_a_chip_is_the_market_not_a_move():
    assert stance_of("Cambricon unveils Siyuan 690 as Chinese buyers shun H20", FILLER, MORE_FILLER) == "neutral"
    assert stance_of("China urges firms to shun Nvidia's H20", FILLER, MORE_FILLER) == "tightening"
