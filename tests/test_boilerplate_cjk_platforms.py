"""Chinese, Japanese and Korean platforms (Weibo, Zhihu, Bilibili, Douban, Tieba, Xueqiu,
note, Naver and their kin) set the same furniture around a post as the others, in their
own words: counts, buttons, comment-section labels, a post's stamp and floor number,
disclaimers and the licence footer. Their lines are clutter, their posts' sentences text,
and a page's layout (comments under their label, what follows the story) is read the same
way whatever script it is written in."""

import pytest

from chiptrail_normalise.boilerplate import classify
from chiptrail_normalise.pipeline import normalise

FURNITURE = {
    "engagement": ["转发 1843", "评论 956", "赞 1.2万", "点赞(213)", "阅读 (8421)", "조회 4,112", "いいね 42",
                   "32.6万位订阅者", "5.1万次观看 2025年9月15日 #英伟达 #芯片", "1,024 人赞同了该回答", "查看: 28143 | 回复: 96"],
    "share_prompt": ["回复", "举报", "收起", "只看楼主", "关注问题", "写回答", "이웃추가"],
    "comment_widget": ["热门评论", "全部评论", "按热度", "热度排序", "共 236 条评论", "12 个回答", "写下你的评论..."],
    "post_furniture": ["发布于 2025-12-09 10:21・IP 属地上海", "编辑于 2 天前・IP 属地北京", "发表于 2025-12-10 09:12", "1楼", "沙发", "已编辑"],
    "publisher_note": ["本文不构成任何投资建议。", "个人观点，仅供参考，股市有风险。", "免责声明：本文仅代表作者个人观点。本文不构成投资建议。",
                       "以上内容仅代表个人观点。不构成任何投资建议。", "风险提示！股市有风险，投资需谨慎。"],
    "copyright_notice": ["京ICP证100780号", "沪ICP备13030189号 © 2014-2025 行吟信息科技（上海）有限公司",
                         "本站版权说明：凡注明来源为本站的作品，未经允许不得转载。"],
    "hashtags": ["#英伟达# #H20# #芯片#"],
    "credits": ["作者：科创板老韭菜"],
    "date_stamp": ["发布时间：2023-10-18 17:30  来源：新闻办公室", "来源：新华社"],
    "page_furniture": ["下载豆瓣客户端"],
}
STORY_SENTENCES = [
    "评论人士认为，美方这次放行H200，是过去两年出口管制的最大一次松动。",
    "转发这条消息的多家券商都认为，国产算力链短期承压。",
    "未经许可，不得向中国出口先进芯片。",
    "英伟达的版权和专利问题并不是这次调查的重点。",
    "来源：据路透社报道，英伟达今天宣布恢复对华销售H20芯片。",
    "记者：英伟达这次为何要放弃H20的中国市场？",
    "分析师表示，这一预测仅供参考。",
    "据悉，该公司未经授权复制了英伟达的芯片设计，并在国内销售。",
    "刚看到消息，商务部同意部分企业进口H200，用于研发。利好服务器链。个人看法，不构成投资建议。",  # a post signing off on a disclaimer
]

POST = [
    "今天早上，商务部宣布对几家美国芯片企业开展调查，要求其说明在华销售的产品是否存在安全隐患。",
    "我的看法：这次调查的范围比上次大得多，国内客户短期内会更谨慎地下单，国产替代的节奏可能会加快。",
]
COMMENTS = ["热门评论", "硬件小白兔", "这波操作懂的都懂", "2025-8-2 09:40", "回复", "赞 322",
            "杭州码农甲", "国产替代加速", "2025-8-2 09:52", "回复", "赞 210"]


@pytest.mark.parametrize(("concept", "line"), [(concept, line) for concept, lines in FURNITURE.items() for line in lines])
def test_a_cjk_platforms_furniture_is_clutter_of_its_kind(concept, line):
    assert classify(line) == concept


@pytest.mark.parametrize("sentence", STORY_SENTENCES)
def test_a_story_sentence_using_the_same_words_is_text(sentence):
    assert classify(sentence) is None


def body_lines(text_lines):
    body = normalise("\n".join(text_lines)).body
    return [line.removeprefix("## ").replace("\\", "") for line in body.split("\n") if line]


def test_a_chinese_posts_comments_counts_and_footer_leave_its_body():
    page = ["微博", "首页", "芯片评论员小王", "2025-8-2 09:15 来自 Android客户端", *POST, "#芯片# #出口管制#",
            "转发 120", "评论 45", "赞 980", *COMMENTS, "微博客服 自助服务 京ICP证100780号"]
    assert body_lines(page) == POST


def test_a_posts_sentence_closed_by_an_emoji_its_lead_in_and_keycap_items_stay_in_the_story():
    closed_by_emoji = "简单说就是：4月份被卡住的H20，现在可以重新卖给中国客户了✅ 但是要交过路费💰"
    items = ["1️⃣ 这15%是拿许可证的条件，本质上还是放行", "2️⃣ 国内大厂买不买，还要看国内的态度"]
    page = ["小红书", "发现", "芯片姐姐Lily", "关注", POST[0], closed_by_emoji, "我的几点小看法：", *items,
            "#英伟达 #H20 #芯片", "08-12 广东", "共 236 条评论", "芯片小白", "15%也太狠了吧", "08-12", "回复"]
    assert body_lines(page)[1:] == [closed_by_emoji, "我的几点小看法：", *items]


def test_a_qa_pages_questions_and_a_story_sentence_about_copying_stay_in_the_story():
    intro = "本报记者日前专访了芯片行业分析师张明，请他谈谈英伟达在中国市场的处境。"
    interview = ["记者：英伟达这次为何要放弃H20的中国市场？",
                 "张明：因为出口许可的条件太苛刻，公司在中国的客户也在转向国产芯片。",
                 "记者：国产芯片能接得住吗？",
                 "张明：短期内还不行，但是华为和寒武纪的进展比很多人预想的要快。",
                 "调查还发现，该公司未经授权复制了英伟达的芯片设计，并在国内销售了三年。",
                 "分析师表示，这一预测仅供参考。",
                 "张明：这件事对整个行业都是一个警告，知识产权的保护会越来越严格。"]
    page = ["专访：英伟达中国业务的下一步", "2025-8-2 09:15", intro, *interview, "本站版权说明：凡注明来源为本站的作品，未经允许不得转载。"]
    assert body_lines(page) == [intro, *interview]  # under the date stamp, the intro is the story's lead
