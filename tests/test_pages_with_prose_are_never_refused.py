"""A page that holds a sentence of prose is never refused: its framing is read where it
can be (a post in a script written without spaces, a headline's brackets, a footer taken
for a headline), and where it cannot, the page becomes an article of its prose lines under
a derived title marked for review. Only a page with no prose at all is refused."""

import pytest

from chiptrail_normalise import pipeline
from chiptrail_normalise.fields import Field, IngestError
from chiptrail_normalise.line_shapes import is_plausible_headline, is_prose
from chiptrail_normalise.pipeline import normalise
from chiptrail_normalise.review import rows_for

STORY = "Nvidia said on Tuesday it would resume sales of its H20 chips to China after Washington granted export licences."
MORE = "The company did not say how many licences had been granted or when shipments would begin."

CHINESE_POST_TEXT = [
    "今天早上，商务部宣布对几家美国芯片企业开展调查，要求其说明在华销售的产品是否存在安全隐患。",
    "我的看法：这次调查的范围比上次大得多，国内客户短期内会更谨慎地下单，国产替代的节奏可能会加快。",
]
CHINESE_POST = ["微博", "首页", "登录", "芯片评论员小王", "2025-8-2 09:15 来自 Android客户端", *CHINESE_POST_TEXT,
                "#芯片# #出口管制#", "转发 120", "评论 45"]


def body_lines(result):
    return [line.replace("\\", "") for line in result.body.split("\n") if line]


def test_a_chinese_paragraph_is_prose_and_a_chinese_question_a_headline():
    assert is_prose(CHINESE_POST_TEXT[0])
    assert not is_prose("热门评论")
    assert is_plausible_headline("H20也被卡了，英伟达在国内还能卖什么？")  # a question, under its full-width mark
    assert not is_plausible_headline("首页")


def test_a_post_written_in_chinese_keeps_its_paragraphs():
    result = normalise("\n".join(CHINESE_POST))
    assert body_lines(result)[:2] == CHINESE_POST_TEXT
    assert result.meta["title_derived"] is True


def test_a_headline_in_lenticular_brackets_is_a_posts_title_and_stays_at_the_start_of_its_paragraph():
    """The headline is the title, and like a dateline it stays where it was printed: the
    archive keeps the post's first paragraph whole, as its writer set it."""
    headline = "商务部：对美国芯片企业开展安全调查"
    lines = ["微博", "环球时报", "2025-8-2 09:15 来自 微博网页版", f"【{headline}】{CHINESE_POST_TEXT[0]}", CHINESE_POST_TEXT[1]]
    result = normalise("\n".join(lines))
    assert result.meta["title"] == headline
    assert body_lines(result) == [f"【{headline}】{CHINESE_POST_TEXT[0]}", CHINESE_POST_TEXT[1]]


def test_an_outlets_name_in_brackets_is_a_dateline_not_a_headline():
    lines = ["微博", "2025-8-2 09:15 来自 微博网页版", f"【财新网】{CHINESE_POST_TEXT[0]}", CHINESE_POST_TEXT[1]]
    result = normalise("\n".join(lines))
    assert result.meta["title"] != "财新网"
    assert body_lines(result)[0] == f"【财新网】{CHINESE_POST_TEXT[0]}"


@pytest.mark.parametrize("footer", ["Terms of Service Privacy Policy", "Fine-tuning on Ascend NPUs 4 812 Jan 2025"])
def test_a_line_under_all_of_the_pages_prose_is_no_headline(footer):
    post = f"{STORY} {MORE}"
    lines = ["Truth Social", "Home", "Sign In", "Donald J. Trump", "@realDonaldTrump", post,
             "Dec 08, 2025, 3:24 PM", "Reply", "Share", "Trending", footer]
    result = normalise("\n".join(lines))
    assert result.meta["title"] != footer
    assert body_lines(result)[0] == post


def test_a_summary_pages_bullets_of_prose_are_its_story():
    lines = ["Ground News", "Home", "Sign In", "Trump administration to allow Nvidia H200 sales to China",
             "Published 2 days ago", "Summary by Ground News", f"• {STORY}", f"• {MORE}", "Bias Distribution", "48% Left"]
    result = normalise("\n".join(lines))
    assert result.meta["title"] == "Trump administration to allow Nvidia H200 sales to China"
    assert body_lines(result) == [f"- {STORY}", f"- {MORE}"]


def test_a_page_the_framing_cannot_read_becomes_an_article_of_its_prose_marked_for_review(monkeypatch):
    unread = Field(None, 0.0, "", {"derived": True, "lines": [], "site": None, "start": 0})
    monkeypatch.setattr(pipeline, "extract_title", lambda lines, given=None: (unread, Field(None, 0.0, "", {"lines": []})))
    result = normalise("\n".join(["Home", "Sign in", STORY, "Share", MORE, "Terms of Service"]))
    assert body_lines(result) == [STORY, MORE]
    assert result.meta["title"].startswith("Nvidia said on Tuesday it would resume sales")
    assert result.meta["confidence"]["title"] < 0.3 and "framing could not be read" in result.meta["evidence"]["title"]
    assert [row.field for row in rows_for("page.md", result.meta) if row.field == "title"] == ["title"]


def test_a_headline_left_without_a_story_gives_way_to_the_pages_prose():
    lines = [STORY, "Terms of Service Privacy Policy", "Lena Hart", "@lenahart", "Menu", "Sign in"]
    result = normalise("\n".join(lines))
    assert STORY in body_lines(result)


@pytest.mark.parametrize("sentence", ["全联接大会2025：昇腾910C超节点正式商用，支持384卡互联。",
                                      "财政资金项目不得采购外国AI芯片，寒武纪又涨了。",
                                      "美方批准H20出口许可，网信办同日约谈英伟达。#英伟达H20#",
                                      "终于！H200批下来了，公司下个月到货🎉 #AI #芯片"])
def test_a_post_of_one_short_sentence_is_kept(sentence):
    result = normalise("\n".join(["Weibo", "芯片观察", "2025年9月18日 14:00", sentence, "转发 88  评论 21  赞 302"]))
    assert body_lines(result) == [sentence]


@pytest.mark.parametrize("notice", ["Your session has expired. Please sign in again.", "This video is not available in your country.",
                                    "You have reached your limit of free articles.", "该内容已被发布者删除。", "视频加载失败，请刷新页面重试。"])
def test_a_sites_notice_of_one_sentence_is_still_refused(notice):
    with pytest.raises(IngestError, match="no usable text"):
        normalise("\n".join(["Weibo", notice, "转发 88  评论 21  赞 302"]))


@pytest.mark.parametrize("text", ["Menu\nHome\nSign in\n", "热门评论\n回复\n转发 12\n", "Terms of Service Privacy Policy\n© 2025"])
def test_a_page_without_prose_is_still_refused(text):
    with pytest.raises(IngestError, match="no usable text"):
        normalise(text)



HEADLINE = "Nvidia wins licence to sell H20 chips in China"


def test_a_cookie_banners_sentence_over_the_headline_is_no_story_above_it():
    lead = "Nvidia said on Tuesday it would resume sales of its H20 artificial intelligence chip to China"
    lines = ["We use cookies to improve your experience on our site and to show you relevant ads.", "Accept",
             HEADLINE, "By Lena Hart", "December 8, 2025", lead]
    result = normalise("\n".join(lines))
    assert result.meta["title"] == HEADLINE
    assert body_lines(result) == [lead]


def test_a_hard_wrapped_story_under_the_headline_keeps_it():
    wrapped = ["Nvidia said on Tuesday it would resume sales of its H20", "artificial intelligence chip to China after the US",
               "government assured it would grant the licences."]
    lines = ["Home", "Menu", "A short note from the desk on what we saw this week and why it matters to readers.",
             HEADLINE, "By Lena Hart", *wrapped]
    assert normalise("\n".join(lines)).meta["title"] == HEADLINE


@pytest.mark.parametrize(
    ("text", "paragraph"),
    [("Menu\nNvidia said on Tuesday it would resume sales of its H20 chip to China after licences came through",
      "Nvidia said on Tuesday it would resume sales of its H20 chip to China after licences came through"),
     ("<p>Nvidia said it would resume sales of its H20 chip.</p>", "Nvidia said it would resume sales of its H20 chip."),
     ("| Nvidia said it would resume sales of its H20 chip. |", "Nvidia said it would resume sales of its H20 chip."),
     ("เอ็นวิเดียกล่าวว่าจะกลับมาขายชิป H20 ให้กับจีนอีกครั้งหลังจากได้รับใบอนุญาตจากรัฐบาลสหรัฐ",
      "เอ็นวิเดียกล่าวว่าจะกลับมาขายชิป H20 ให้กับจีนอีกครั้งหลังจากได้รับใบอนุญาตจากรัฐบาลสหรัฐ")],
)
def test_a_line_of_prose_without_a_stop_or_in_markup_is_never_refused(text, paragraph):
    assert body_lines(normalise(text)) == [paragraph]


def test_the_last_resort_reads_a_bracketed_headline_as_the_title_and_keeps_its_paragraph_whole(monkeypatch):
    unread = Field(None, 0.0, "", {"derived": True, "lines": [], "site": None, "start": 0})
    monkeypatch.setattr(pipeline, "extract_title", lambda lines, given=None: (unread, Field(None, 0.0, "", {"lines": []})))
    headline = "商务部：对美国芯片企业开展安全调查"
    result = normalise("\n".join(["微博", f"【{headline}】{CHINESE_POST_TEXT[0]}", CHINESE_POST_TEXT[1]]))
    assert result.meta["title"] == headline
    assert body_lines(result) == [f"【{headline}】{CHINESE_POST_TEXT[0]}", CHINESE_POST_TEXT[1]]


def test_the_last_resort_keeps_a_short_sentence_between_the_prose(monkeypatch):
    """On a page read as its prose lines, a line closing a sentence is the story's however
    short; a menu word or a button is not."""
    unread = Field(None, 0.0, "", {"derived": True, "lines": [], "site": None, "start": 0})
    monkeypatch.setattr(pipeline, "extract_title", lambda lines, given=None: (unread, Field(None, 0.0, "", {"lines": []})))
    result = normalise("\n".join(["Home", STORY, "The company declined to comment.", MORE, "Share"]))
    assert body_lines(result) == [STORY, "The company declined to comment.", MORE]


def test_the_last_resort_keeps_no_label_exclamation_or_sign_off_around_the_prose(monkeypatch):
    """Only a line of three words or more (or closing a hard-wrapped one) may be a short sentence
    of the story; a label ("Advertisement."), a bare exclamation ("Yes!") or a sign-off
    ("Thanks for reading!") is not."""
    unread = Field(None, 0.0, "", {"derived": True, "lines": [], "site": None, "start": 0})
    monkeypatch.setattr(pipeline, "extract_title", lambda lines, given=None: (unread, Field(None, 0.0, "", {"lines": []})))
    page = ["Log in.", STORY, "Advertisement.", MORE, "Yes!", "No.", "Thanks for reading!", "Continue reading."]
    assert body_lines(normalise("\n".join(page))) == [STORY, MORE]
