"""A Chinese page's stamp or foot names where its story comes from ("2025年11月3日 10:26
来源：华南科技报", "（文章来源：财联社）"). On a portal that is the original publisher, cited as a
wire's dateline is; where the page names no other publisher, it is the copy's source, by
its known outlet's name when the vocabulary has one ("来源：新华网" is Xinhua) and without
the channel after a dash ("人民网－财经频道")."""

from source_pages import source_of

HEADLINE = "美国商务部开始向英伟达发放H20出口许可"
STORY = "据知情人士透露，美国商务部已开始向英伟达发放H20芯片对华出口许可证，首批货物预计下月交付。"
MORE = "英伟达方面未回应置评请求。"


def test_the_source_a_stamp_names_is_the_pages_when_nothing_else_names_one():
    assert source_of([HEADLINE, "2025年11月3日 10:26  来源：江南科技报", STORY, MORE]) == "江南科技报"


def test_the_source_named_at_the_foot_counts_too():
    assert source_of([HEADLINE, "2025-11-03 10:26", STORY, MORE, "（文章来源：沪港财经快讯）"]) == "沪港财经快讯"


def test_a_known_outlets_chinese_name_is_its_canonical_name():
    assert source_of([HEADLINE, "2025-11-03 10:26 来源：新华网", STORY, MORE]) == "Xinhua"


def test_a_channel_after_the_dash_is_not_part_of_the_name():
    assert source_of([HEADLINE, "2025年11月03日08:31 | 来源：江南日报－财经频道", STORY, MORE]) == "江南日报"


def test_a_portals_own_logo_outranks_the_source_it_credits():
    page = ["搜狐", "首页  新闻  财经  科技", HEADLINE, "2025-11-03 10:26  来源：江南科技报", STORY, MORE]
    assert source_of(page) == "Sohu"


def test_compiled_reports_name_no_source():
    assert source_of([HEADLINE, "2025-11-03 10:26 来源：综合报道", STORY, MORE]) is None
