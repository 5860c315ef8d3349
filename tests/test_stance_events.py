"""Which kinds of event the stance reads as moves, and which way: what state buyers may
procure, security reviews and audits ordered, probes concluded, laws enacted, charges
booked for a new rule; and what reads like a move but is none (a merger approved). Each
rule is stated on sentences of the kind real pages carry."""

import pytest

from chiptrail_normalise.stance import extract_actor, extract_stance

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


def test_a_charge_booked_for_a_new_rule_is_the_news_of_a_results_page():
    title = "Chipmaker Announces Financial Results for First Quarter"
    figures = "Revenue of $44.1 billion, up 12% from the previous quarter and up 69% from a year ago."
    margins = "Gross margins were 60.5% and 61.0%, respectively, for the quarter."
    charge = ("On April 9, the company was informed by the U.S. government that a license is required "
              "for exports of its H20 products into the China market. As a result of these new "
              "requirements, the company incurred a $4.5 billion charge in the first quarter.")
    assert stance_of(title, figures, margins, FILLER, charge) == "tightening"


def test_a_charge_booked_for_older_restrictions_is_a_recap():
    title = "Chipmaker Announces Financial Results for Second Quarter"
    figures = "Revenue of $46.7 billion, up 6% from the previous quarter and up 56% from a year ago."
    margins = "Gross margins were 72.4% and 72.7%, respectively, for the quarter."
    charge = "The company had recorded a charge in the first quarter because of the export restrictions."
    assert stance_of(title, figures, margins, FILLER, charge) == "neutral"
