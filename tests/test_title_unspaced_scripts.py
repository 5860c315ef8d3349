"""Headlines of pages in Chinese and Japanese, scripts written without spaces between words:
a headline there is measured by its characters, not by the one or two "words" between its
spaces, a section trail is told by the shortness of its labels (no capitals mark them), and
the story's first paragraph is no dek for being short in characters."""

from chiptrail_normalise.text import sentence_count, word_count
from chiptrail_normalise.title import extract_title

HEADLINE = "美国放宽对华芯片出口限制 国内厂商加快验证进度"
STAMP = "2025-12-10 09:30  来源：科技日报  编辑：王明"
LEAD = "据外媒报道，美国商务部周一宣布将放宽部分人工智能芯片的对华出口限制，相关企业可以重新申请许可证。"
MORE = "业内人士表示，国内多家云服务厂商此前已经开始测试国产芯片，短期内采购计划不会有大的变化。分析人士认为，这一调整的实际影响仍有待观察。"


def title_and_dek(lines):
    title, subtitle = extract_title(lines)
    return title.value, subtitle.value


def test_two_characters_of_chinese_count_as_a_word():
    assert word_count("美国放宽对华芯片出口限制") == 6
    assert word_count("首页") == 1
    assert word_count("Nvidia 芯片") == 2


def test_a_full_width_stop_before_more_text_ends_a_sentence():
    assert sentence_count(MORE) == 2
    assert sentence_count(LEAD) == 1


def test_a_chinese_headline_of_two_halves_is_headline_shaped_under_the_sites_name():
    lines = ["科技日报", HEADLINE, STAMP, LEAD, MORE]
    assert title_and_dek(lines)[0] == HEADLINE


def test_a_breadcrumb_of_short_chinese_labels_is_no_headline():
    lines = ["科技日报", "首页 > 科技 > 半导体", HEADLINE, STAMP, LEAD, MORE]
    assert title_and_dek(lines)[0] == HEADLINE


def test_a_menu_of_chinese_sections_set_apart_by_pipes_is_no_headline():
    lines = ["科技日报", "中国 | 国际 | 财经 | 观点 | 科技", HEADLINE, STAMP, LEAD, MORE]
    assert title_and_dek(lines)[0] == HEADLINE


def test_a_chinese_lead_under_the_stamp_is_no_dek_for_being_short_in_characters():
    lines = ["科技日报", HEADLINE, STAMP, LEAD, MORE]
    assert title_and_dek(lines) == (HEADLINE, None)


def test_a_byline_naming_a_writer_in_a_script_without_capitals_opens_the_headline_over_its_dek():
    headline, dek = "미국은 허가하고 중국은 말리고", "H20을 둘러싼 엇갈린 신호"
    lead = "지난주 미국 상무부가 엔비디아 H20의 대중국 수출 허가를 내주기 시작했다. 그런데 중국 당국은 자국 기업들에 사용 자제를 권고했다고 한다."
    lines = ["blog story", "로그인", headline, dek, "by 실리콘밸리 김과장", "Aug 13. 2025", lead, lead]
    title, subtitle = extract_title(lines)
    assert (title.value, subtitle.value) == (headline, dek)


def test_a_headline_in_chinese_under_a_groups_name_is_no_short_label():
    lines = ["豆瓣", "下载豆瓣客户端", "", "硬件发烧友", "H20也被卡了，英伟达在国内还能卖什么？", "来自: 一只显卡", "", LEAD, MORE]
    assert extract_title(lines)[0].value == "H20也被卡了，英伟达在国内还能卖什么？"


def test_a_japanese_headline_of_two_spaced_runs_is_no_short_label():
    headline = "米、AI半導体規則を撤回　同時にファーウェイ製チップ使用に警告"
    lines = ["ニュース", "マイニュース", "プロピッカー", "", headline, "", "［ワシントン　13日　ロイター］ - 米商務省は13日、前政権が導入した人工知能向け半導体の輸出規則を撤回すると発表した。", MORE]
    assert extract_title(lines)[0].value == headline
