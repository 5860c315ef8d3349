"""A Chinese, Japanese or Korean site names itself as an English one does, by the logo
over its menu, but its menu has no capitals to go by: a row of short entries in the
script, one a common menu word ("要闻 | 财经 | 科技"), or a breadcrumb from the home page
("首页 > 资讯"). An official body's letterhead is its name alone as the page's first line,
ending on an institution's word ("…商务部", "…协会")."""

import pytest

from chiptrail_normalise.pipeline import normalise
from chiptrail_normalise.source import extract_source

HEADLINE = "美国批准H200对华出口 中方加强进口审查"
STAMP = "2025年12月10日 12:08"
LEAD = "美国总统星期一宣布，允许英伟达向中国的获批客户出口H200芯片，美方将从销售额中抽取25%。"
MORE = "据知情人士透露，中国监管部门随即着手限制H200的采购，要求企业说明采购理由。"


def source_of(lines):
    return extract_source(lines).value


def page_source_of(lines):
    return normalise("\n".join(lines)).meta["source"]


@pytest.mark.parametrize("menu", ["要闻 | 财经 | 科技 | 国际", "首页  快讯  资讯  推荐  科技", "首页 > 资讯", "ホーム  ニュース  経済  国際"])
def test_a_name_over_a_menu_in_the_sites_script_is_its_logo(menu):
    assert page_source_of(["芯潮", menu, HEADLINE, STAMP, LEAD, MORE]) == "芯潮"


def test_a_name_over_a_row_of_words_that_are_no_menu_names_no_site():
    assert page_source_of(["芯潮", "英伟达 | 华为 | 寒武纪", HEADLINE, STAMP, LEAD, MORE]) is None


@pytest.mark.parametrize("letterhead", ["中华人民共和国工业和信息化部", "中国集成电路产业协会", "东海省商务厅办公室"])
def test_an_official_bodys_name_as_the_first_line_is_its_letterhead(letterhead):
    assert source_of([letterhead, "关于美方出口管制新规的声明", STAMP, LEAD, MORE]) == letterhead


def test_a_headline_ending_on_a_ministrys_name_is_no_letterhead():
    page = normalise("\n".join(["美方制裁名单新增中国商务部", STAMP, LEAD, MORE]))
    assert page.meta["title"] == "美方制裁名单新增中国商务部"
    assert page.meta["source"] is None


def test_the_logo_of_a_known_outlet_in_its_own_script_is_the_outlet():
    assert page_source_of(["36氪", "首页 > 资讯", HEADLINE, STAMP, LEAD, MORE]) == "36Kr"


EN_HEADLINE = "SMIC shares rise as Beijing waives duties on chipmaking tools"
EN_LEAD = "Shares of SMIC rose 4% on Tuesday after the finance ministry said it would waive import duties on some chipmaking tools."
EN_MORE = "Hua Hong Semiconductor fell 2% as investors weighed its exposure to mature-node pricing."


@pytest.mark.parametrize(
    ("logo", "name"),
    [("Pearl River Business Daily 珠江商報", "Pearl River Business Daily"), ("Harbour Times 港灣時報", "Harbour Times"),
     ("Strait Finance Monitor 海峡财经", "Strait Finance Monitor")],
)
def test_the_first_line_as_a_logo_in_two_scripts_names_the_site_in_latin_script(logo, name):
    assert extract_source([logo, EN_HEADLINE, "July 29, 2025", EN_LEAD, EN_MORE]).value == name


@pytest.mark.parametrize("logo", ["Xueqiu 雪球", "Xueqiu / 雪球", "Xueqiu 雪球  首页  行情  交易", "V2EX › 硬件"])
def test_a_platforms_logo_in_two_scripts_or_over_its_breadcrumb_names_the_platform(logo):
    platform = "V2EX" if "V2EX" in logo else "Xueqiu"
    assert extract_source([logo, "芯片投资笔记", "2026-01-14 21:05", LEAD, MORE]).value == platform
