"""Stance on pages written in Chinese or Japanese: the moves told in their own words, and
cues glued to a Latin name or a number (those scripts set no space between words)."""

import pytest

from chiptrail_normalise.stance import extract_stance

pytestmark = pytest.mark.usefixtures("rules_only")  # the rules' reading, before the model weighs it

FILLER = "国内云厂商近年建设了大量面向大模型的数据中心。"


def stance_of(title, *paragraphs, subtitle=None):
    return extract_stance(title, list(paragraphs), subtitle).value


# A cue glued to what comes before it: a model number, a company's Latin name.

def test_a_cue_right_after_a_model_number_is_read():
    assert stance_of("AMD MI308恢复对华供应", FILLER) == "easing"


def test_a_cue_right_after_a_company_name_is_read():
    assert stance_of("美方要求AMD停止对华供货", FILLER) == "tightening"


# Easing told in Chinese or Japanese.

def test_firms_approved_to_buy_is_easing():
    assert stance_of("三家云厂商获准采购MI308", FILLER) == "easing"


def test_an_approval_still_needed_is_no_easing():
    assert stance_of("云厂商采购MI308前需要获批", FILLER) != "easing"


def test_a_ban_turned_into_review_case_by_case_is_easing():
    assert stance_of("美方把MI308对华出口改为逐案审查", FILLER) == "easing"


def test_a_japanese_sanction_of_exports_is_easing():
    assert stance_of("米政府、MI308の対中輸出を容認", "輸出量には上限を設ける。") == "easing"


def test_revoking_a_rule_is_easing():
    assert stance_of("美方撤销芯片扩散规则", FILLER) == "easing"


# Tightening told in Chinese: imports checked harder, held, put under procedures or quotas.

def test_stricter_checks_on_imports_are_tightening():
    assert stance_of("海关加强进口GPU服务器查验", FILLER) == "tightening"


def test_shipments_held_at_the_border_are_tightening():
    assert stance_of("多批MI308服务器在口岸暂缓通关", FILLER) == "tightening"


def test_not_allowed_in_is_a_refusal_not_a_permission():
    assert stance_of("口岸暂不允许MI308进口", FILLER) == "tightening"


def test_an_import_quota_is_tightening():
    assert stance_of("工信部宣布GPU进口登记及配额制度", FILLER) == "tightening"


def test_buyers_told_off_buying_is_tightening():
    assert stance_of("多家大厂收到窗口指导", "MI308先别买了。") == "tightening"


def test_smugglers_arrested_is_tightening():
    assert stance_of("两名男子涉嫌非法出口GPU被捕", FILLER) == "tightening"


# Both directions in one post: each government's move is read.

def test_one_government_allows_and_the_other_sets_a_procedure_is_mixed():
    assert stance_of("美方批准MI308对华出口，北京同日设立进口审批程序", FILLER) == "mixed"


def test_approved_on_one_side_and_blocked_on_the_other_is_mixed():
    assert stance_of("本周：高校MI308采购获批；商业订单在海关继续受阻。", FILLER) == "mixed"
