"""Stance on pages written in Chinese or Japanese: the moves told in their own words, and
cues glued to a Latin name or a number (those scripts set no space between words)."""

import pytest

from chiptrail_normalise.stance import extract_stance, read_by_rules, rules_reading

FILLER = "国内云厂商近年建设了大量面向大模型的数据中心。"


def stance_of(title, *paragraphs, subtitle=None):
    """The rules' reading, before the model weighs it: the rules' own specification."""
    return read_by_rules(title, list(paragraphs), subtitle).value


def model_stance_of(title, *paragraphs, subtitle=None):
    """The stance the shipped model decides (as test_stance_model.py reads plain pages)."""
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


# Cue words in another sense: not accurate, can't tell, criticised, a shop's advice.

def test_not_accurate_is_no_refusal():
    assert stance_of("英伟达回应H20传闻：相关报道不准确",
                     "针对媒体称H20将停产的报道，英伟达中国区发言人表示，相关报道不准确，公司没有任何新的安排。") == "neutral"


def test_cant_tell_is_no_refusal():
    assert stance_of("H20明年还能卖吗？业内：说不准",
                     "谈到H20明年在华前景，多位渠道商都表示说不准，要看美方后续政策。") == "neutral"


def test_a_driver_criticised_is_no_approval():
    assert stance_of("英伟达H20新驱动被网友批了", "英伟达本周为H20推送的新驱动被不少开发者批了，称其存在兼容性问题。") == "neutral"


def test_a_reviews_dont_buy_is_no_window_guidance():
    assert stance_of("RTX 5090D评测：这个价格先别买",
                     "我们测试了RTX 5090D，性能提升有限，溢价却高达三成，建议普通玩家先别买。") == "neutral"


def test_a_gamers_dont_buy_glued_to_a_model_number_is_no_move():
    assert stance_of("4090D别买了？聊聊这代显卡的性价比", "说实话4090D别买了，价格太高，等新品吧。") == "neutral"


def test_a_reader_asking_whether_buying_is_not_allowed_is_no_refusal():
    assert stance_of("H20到底能不能买？一文读懂现行规定", "很多读者问：现在是不是不允许国内企业采购H20？",
                     "答案是：目前并没有新的规定，企业可以按原有流程采购。") == "neutral"


# A question asked with the full-width question mark: hedged as one asked with "?", but
# only in its own clause, since a stated premise comes before it after a comma.

def cue_weights(title, *paragraphs):
    """The weight the rules give each cue phrase of the page."""
    return {hit.text: hit.score for hit in rules_reading(title, list(paragraphs)).hits}


def test_a_full_width_question_is_hedged_as_a_question_mark_is():
    asked = cue_weights("英伟达H200芯片观察", "美国会批准更多芯片对华出口吗？")
    stated = cue_weights("英伟达H200芯片观察", "美国会批准更多芯片对华出口。")
    english = cue_weights("Nvidia H200 watch", "Will the US approve more chip exports to China?")
    assert asked["批准"] < stated["批准"]
    assert asked["批准"] == english["approve"]


def test_a_premise_before_the_clause_a_full_width_question_asks_is_not_hedged():
    asked = cue_weights("英伟达H200芯片观察", "美国已批准H200对华出口，中国企业还会买吗？")
    stated = cue_weights("英伟达H200芯片观察", "美国已批准H200对华出口，中国企业仍在观望。")
    assert asked["批准"] == stated["批准"]


def test_a_reporters_premise_before_asking_for_comment_is_not_hedged():
    title = "商务部新闻发言人答记者问"
    asked = cue_weights(title, "问：10月17日，美国商务部发布了对华半导体出口管制新规，请问商务部对此有何评论？")
    stated = cue_weights(title, "问：10月17日，美国商务部发布了对华半导体出口管制新规，商务部对此作出评论。")
    assert asked["新规"] == stated["新规"]



# A press conference's turns (the ministries' "问：…… 答：……"): a reporter asking about a
# move still to be made reports no move, premise and all, as "Reporter: ...?" does in
# English; the spokesperson's answer is read as any statement.

PRESS_CONFERENCE = "商务部新闻发言人答记者问"


@pytest.mark.parametrize("turn", [
    "问：美方已宣布允许英伟达向中国出口H200芯片，中方是否会批准企业采购？",
    "法新社记者：美方已宣布允许英伟达向中国出口H200芯片。中方是否会允许企业购买？",
    "Q：美方已宣布允许英伟达向中国出口H200芯片，中方是否会批准企业采购？",
], ids=["问", "记者", "Q"])
def test_a_reporters_turn_asking_about_a_move_still_to_be_made_reports_no_move(turn):
    answer = "答：我们注意到有关报道。中方一贯主张企业根据市场原则自主决策。"
    assert stance_of(PRESS_CONFERENCE, turn, answer) == "neutral"


def test_a_japanese_reporters_turn_asking_about_a_move_reports_no_move():
    turn = "記者：米政府はH200の対中輸出を容認しました。日本も輸出規制を緩和しますか？"
    assert stance_of("官房長官記者会見", turn, "官房長官：政府として引き続き注視していく。") == "neutral"


def test_the_spokespersons_answer_is_the_move_not_the_reporters_question():
    turn = "问：美方已宣布允许英伟达向中国出口H200芯片，中方是否会允许企业采购？"
    assert stance_of(PRESS_CONFERENCE, turn, "答：商务部已要求国内企业暂停采购H200芯片。") == "tightening"


def test_a_reporters_turn_asking_for_comment_leaves_the_premise_the_news():
    turn = "问：10月17日，美国商务部发布了对华半导体出口管制新规，请问商务部对此有何评论？"
    assert stance_of(PRESS_CONFERENCE, turn, "答：我们注意到有关情况。中方坚决反对。") == "tightening"

# Moves about other goods or other events: quotas, blocks, pauses, checks, arrests, approvals.

def test_a_rare_earth_quota_is_no_chip_quota():
    assert stance_of("英伟达H20在华销量回升，渠道商称库存偏紧",
                     "另据海关消息，中国本月起对稀土出口实施配额管理，市场关注其对下游的影响。") == "neutral"


def test_a_memory_allotment_and_a_firms_own_quota_are_no_import_quota():
    assert stance_of("記憶體配額吃緊，H20伺服器交期拉長", "由於HBM記憶體產能配額吃緊，多家廠商的H20伺服器交期拉長至三個月。") == "neutral"
    assert stance_of("H20配额之外：大厂如何分配算力", "在内部，各业务线按季度分配H20配额，大模型团队占了六成。") == "neutral"


def test_logistics_held_up_by_snow_is_no_block():
    assert stance_of("寒潮致华北物流受阻，H20服务器交付推迟",
                     "受大范围降雪影响，华北多条高速封闭，多家服务器厂商的H20整机交付在途中受阻，预计推迟一周。") == "neutral"


def test_a_share_price_held_back_is_no_block():
    assert stance_of("寒武纪股价上行受阻，市场观望财报", "寒武纪股价本周冲高后上行受阻，收盘微跌。") == "neutral"


def test_sales_recalled_as_blocked_in_the_background_is_no_move():
    assert stance_of("国产算力芯片迎来替代窗口",
                     "业内人士认为，在英伟达H20对华销售受阻的背景下，国内客户加快了对昇腾910B的测试与采购。") == "neutral"


def test_a_tariff_pause_is_no_chip_move():
    assert stance_of("中美宣布暂缓加征部分商品关税", "双方在日内瓦会谈后宣布，暂缓对部分消费品加征新关税90天。") == "neutral"


def test_food_checked_harder_is_no_chip_check():
    assert stance_of("海关加强冷链食品查验", "海关总署今日宣布加强进口冷链食品查验。") == "neutral"


def test_phone_smugglers_or_an_insider_trader_arrested_is_no_chip_move():
    assert stance_of("英伟达H20在华售价回落", "此外，深圳警方通报一宗走私手机案，两名嫌疑人被捕。") == "neutral"
    assert stance_of("英伟达发布季度财报", "另据报道，一名前员工因涉嫌内幕交易在加州被捕，公司称不予置评。") == "neutral"


def test_an_exchanges_listing_rule_revoked_is_no_easing():
    assert stance_of("交易所撤销一项上市规则，寒武纪股价波动", "上交所撤销了一项关于科创板做市的规则，寒武纪等个股盘中波动加大。") == "neutral"


def test_an_ipo_or_a_plant_approved_is_no_easing():
    assert stance_of("摩尔线程科创板IPO获批", "上交所上市委员会审议通过摩尔线程首发申请，公司科创板IPO获批。") == "neutral"
    assert stance_of("华为昇腾新产线获批建设", "据地方政府公告，华为合作伙伴的昇腾910C封装产线项目获批，预计明年投产。") == "neutral"


# The direction of the move, not its word: a rule paused or a procedure dropped eases, a quota raised eases.

def test_a_new_rule_paused_is_easing():
    assert stance_of("美方暂缓实施对华芯片新规，H20出口不受影响",
                     "美国商务部周四宣布，原定下月生效的对华AI芯片出口新规将暂缓实施，H20对华出口可继续进行。") == "easing"


def test_an_approval_procedure_dropped_or_simplified_is_easing():
    assert stance_of("海关对H20取消审批程序", FILLER) == "easing"
    assert stance_of("商务部简化GPU进口审批程序，H20通关提速", FILLER) == "easing"


def test_a_quota_raised_is_easing():
    assert stance_of("美方上调H20对华出口配额",
                     "美国商务部周四宣布，将H20对华出口的单一客户配额由两万片上调至五万片。") == "easing"


def test_cannot_accept_in_japanese_is_no_sanction():
    assert stance_of("米、H20の対中輸出を禁止　中国は「容認できない」と反発",
                     "米商務省はNvidiaのH20の対中輸出を禁止すると発表した。中国外務省の報道官は「到底容認できない」と強く反発した。") == "tightening"


# Asked, pending or recalled moves are no moves.

def test_whether_approved_is_no_easing():
    assert stance_of("H20能否获准进入中国市场？分析师看法不一",
                     "市场关注英伟达H20是否获准对华销售。分析师表示，目前尚无任何决定。") == "neutral"


def test_not_yet_or_applied_for_approval_is_no_easing():
    assert stance_of("三家云厂商H20采购尚未获批", "据知情人士透露，三家云厂商此前提交的H20采购申请目前尚未获批，美方仍在审核。") == "neutral"
    assert stance_of("多家企业申请获批H20出口许可", "据报道，多家服务器厂商正在向美国商务部申请获批H20对华出口许可，目前仍在等待中。") == "neutral"


def test_waiting_to_see_whether_it_is_approved_is_no_move():
    assert stance_of("H20许可证申请已交，接下来就看批不批了", "接下来就看美方批不批了。") == "neutral"


def test_japanese_undecided_or_rumoured_moves_are_no_easing():
    assert stance_of("H20の対中輸出、容認するかは未定",
                     "米商務省は、NvidiaのH20の対中輸出を容認するかどうかについて、まだ決定していないと述べた。") == "neutral"
    assert stance_of("H20輸出は個別審査に移行か、専門家が見通し", "米政府は何も発表していない。") == "neutral"


def test_review_case_by_case_still_in_place_is_no_easing():
    assert stance_of("H20许可进展：仍在逐案审查", "管理层表示，美方对H20许可申请仍按逐案审查处理，目前没有新的进展。") == "neutral"


def test_an_english_page_quoting_a_chinese_post_reads_the_english_move():
    assert stance_of("US approves H20 licences for Chinese buyers",
                     "The Commerce Department granted Nvidia licences to ship the H20 to China on Thursday.",
                     'A Chinese buyer posted on Weibo: "终于批了，但物流还在受阻".') == "easing"


# The shipped model on plain pages of the same kinds (findings 1-4 of the review).

def test_the_model_reads_no_move_in_other_senses_or_other_goods():
    assert model_stance_of("英伟达回应H20传闻：相关报道不准确",
                           "针对媒体称H20将停产的报道，英伟达中国区发言人表示，相关报道不准确，公司没有任何新的安排。") == "neutral"
    assert model_stance_of("寒潮致华北物流受阻，H20服务器交付推迟",
                           "受大范围降雪影响，华北多条高速封闭，多家服务器厂商的H20整机交付在途中受阻，预计推迟一周。") == "neutral"
    assert model_stance_of("摩尔线程科创板IPO获批", "上交所上市委员会审议通过摩尔线程首发申请，公司科创板IPO获批。") == "neutral"


def test_the_model_reads_a_paused_rule_and_a_raised_quota_as_easing():
    assert model_stance_of("美方暂缓实施对华芯片新规，H20出口不受影响",
                           "美国商务部周四宣布，原定下月生效的对华AI芯片出口新规将暂缓实施，H20对华出口可继续进行。") == "easing"
    assert model_stance_of("美方上调H20对华出口配额",
                           "美国商务部周四宣布，将H20对华出口的单一客户配额由两万片上调至五万片。") == "easing"


def test_the_model_reads_no_move_in_a_pending_decision():
    assert model_stance_of("H20能否获准进入中国市场？分析师看法不一",
                           "市场关注英伟达H20是否获准对华销售。分析师表示，目前尚无任何决定。") == "neutral"
    assert model_stance_of("H20の対中輸出、容認するかは未定",
                           "米商務省は、NvidiaのH20の対中輸出を容認するかどうかについて、まだ決定していないと述べた。") == "neutral"
