"""A menu bar pasted as one line is never the headline, and a forum's link post is titled
without the linked site's domain and keeps its comments: they are all the text it has."""

import pytest

from chiptrail_normalise.pipeline import normalise
from chiptrail_normalise.title import extract_title

HEADLINE = "Do AI chip export controls work?"
LEAD = (
    "Three years after Washington first restricted exports of advanced AI chips to China, the policy's record "
    "is, at best, mixed, according to analysts who have tracked the rules since 2022."
)
MORE = "The October 2022 rules stopped sales of the A100 and H100, but Nvidia quickly designed compliant versions."


@pytest.mark.parametrize(
    "menu",
    ["Asia-Pacific  Security  Politics  Economy  Society", "首页 | Home  Tech  Finance  Companies  Opinion",
     "Episodes  About  Transcripts  Support the show"],
)
def test_a_menu_bar_pasted_as_one_line_is_never_the_headline(menu):
    lines = ["The Meridian", menu, HEADLINE, "By Marcus Hale", "October 20, 2025", LEAD, MORE]
    assert extract_title(lines)[0].value == HEADLINE


def test_a_menu_row_of_sections_set_apart_by_dots_is_never_the_headline():
    headline = "Nvidia begins H200 deliveries to China after Beijing gives the nod"
    lines = ["HARBOUR DAILY PRESS", "Harbour News · China · Politics · Business · Opinion · Support HDP", headline,
             "AFP 10:45, 10 February 2026", LEAD, MORE]
    assert extract_title(lines)[0].value == headline


def test_a_headline_with_a_double_space_is_still_a_headline():
    headline = "Nvidia  wins US licences to sell H200 chips in China"
    lines = [headline, "By Jane Doe", "Dec 9, 2025", LEAD, MORE]
    assert extract_title(lines)[0].value == headline


def test_a_link_posts_title_leaves_out_the_linked_domain_and_its_comments_stay_in_the_body():
    first = ("The interesting part isn't the yield number, it's that they're shipping anyway. If the H100 isn't an "
             "option, a chip that exists beats a better chip you can't buy.")
    reply = "Sure, but yield drives cost and volume. If SMIC can only make so many good dies, the chip stays scarce."
    lines = ["Hacker News new | past | comments | ask | show | jobs | submit login",
             "Huawei Ascend 910B yields reportedly still around 50% (tomshardware.com)",
             "214 points by kvothe_ 9 hours ago | hide | past | favorite | 167 comments", "", "add comment", "",
             "throwaway_hpc 8 hours ago | next [–]", "", first, "", "reply", "",
             "mnemonic 7 hours ago | parent | next [–]", "", reply, "", "reply"]
    result = normalise("\n".join(lines))
    assert result.meta["title"] == "Huawei Ascend 910B yields reportedly still around 50%"
    assert first in result.body and reply in result.body


def test_comments_under_a_story_still_leave_the_body():
    comment = "Sure, but yield drives cost and volume. If SMIC can only make so many good dies, the chip stays scarce."
    lines = [HEADLINE, "By Marcus Hale", "October 20, 2025", LEAD, MORE, "12 Comments", "mnemonic 7 hours ago", comment, "Reply"]
    assert comment not in normalise("\n".join(lines)).body


CHINESE_HEADLINE = "美国放行H200对华出口 中方要求企业审慎采购"
CHINESE_STORY = ["美国总统特朗普12月8日宣布，将允许英伟达向中国“经批准的客户”出售H200芯片，美国政府将从中抽取25%的收入。",
                 "财新从多位知情人士处获悉，中国相关部门随即召集部分互联网企业开会，要求其审慎采购H200。"]


@pytest.mark.parametrize("menu", ["首页 | 经济 | 金融 | 公司 | 科技 | 世界", "证券导报网 > 公司 > 公告解读"])
def test_a_menu_joined_by_separators_or_a_breadcrumb_of_short_steps_is_never_the_headline(menu):
    lines = ["财新网", menu, CHINESE_HEADLINE, "文｜财新 记者 张某某", "2025年12月09日 14:32", *CHINESE_STORY]
    assert extract_title(lines)[0].value == CHINESE_HEADLINE


def test_a_menu_of_names_joined_by_middle_dots_is_never_the_headline():
    headline = "Nvidia begins H200 deliveries to China after Beijing gives nod"
    menu = "Hong Kong News · China · Politics · Business · Opinion · Support HKFP"
    lines = ["Hong Kong Free Press", menu, headline, "Hans Tse", "10:30, 3 December 2025", LEAD, MORE]
    assert extract_title(lines)[0].value == headline


def test_old_reddits_menu_of_hyphened_entries_is_never_the_headline():
    headline = 'DD: Is Cambricon the "Nvidia of China" or a bubble? Looking at Ascend 910C supply and valuation'
    lines = ["jump to content", "my subreddits", "popular-all-random-users | AskReddit-worldnews-pics-funny", "stocks",
             "comments", "want to join? Log in or sign up in seconds.|", "English", f"{headline} (self.stocks)",
             "submitted 5 days ago by quant_in_shenzhen", "Company Discussion", LEAD, MORE]
    assert extract_title(lines)[0].value == headline


def test_a_page_title_joining_two_or_three_parts_is_still_read_as_a_title():
    headline = "Nvidia resumes H20 sales | Technology | The Guardian"
    lines = [headline, "By Marcus Hale", "October 20, 2025", LEAD, MORE]
    assert extract_title(lines)[0].value == "Nvidia resumes H20 sales"


@pytest.mark.parametrize(
    ("line", "title"),
    [("Thread: Q2 — China at zero, and that's fine", "Q2 — China at zero, and that's fine"),
     ("標題 [新聞] 網信辦要求陸企停購輝達RTX Pro 6000D", "[新聞] 網信辦要求陸企停購輝達RTX Pro 6000D"),
     ("Question Nvidia B30A for China — does it actually get approved?", "Nvidia B30A for China — does it actually get approved?"),
     ("Question time for Nvidia as Beijing weighs the H20", "Question time for Nvidia as Beijing weighs the H20"),
     ("Question marks over Nvidia's China sales?", "Question marks over Nvidia's China sales?"),
     ("Question: will the B30A ever get a licence?", "will the B30A ever get a licence?"),
     ("Question – will the B30A ever get a licence?", "will the B30A ever get a licence?")],
)
def test_a_forums_label_before_the_threads_title_is_no_part_of_it(line, title):
    lines = ["ChipTalk Forums", "Forums", line, "Author: HenryTheHedger", "Date: 8/28/2025 9:14 AM", LEAD, MORE]
    assert extract_title(lines)[0].value == title


def test_a_videos_title_ending_on_a_short_word_is_not_joined_to_the_channels_name_under_it():
    title = "Ascend 910C vs H20: I read every benchmark so you don't have to"
    lines = ["YouTube", "Search", title, "Silicon Tea", "148K subscribers", "Subscribe", "45,019 views  8 months ago", LEAD, MORE]
    assert extract_title(lines)[0].value == title


def test_an_issues_contents_on_one_line_over_the_headline_is_not_the_headline():
    headline = "Nvidia prepares a Blackwell chip for China more powerful than the H20"
    lead = "Nvidia is developing a new AI chip for China based on its Blackwell architecture, people familiar with the matter said."
    more = "The chip would use a single-die design delivering about half the compute of the company's flagship part."
    lines = ["The Tokenomics Brief", "Tuesday 19 August 2025", "",
             "In today's brief: Nvidia's next China chip · Intel stake talks · SoftBank", "", headline, "", lead, "", more]
    assert extract_title(lines)[0].value == headline


def test_a_headline_with_one_middle_dot_is_no_contents_line():
    headline = "Nvidia's China chip · what the B30A means for the H20"
    lines = ["The Tokenomics Brief", headline, "August 19, 2025",
             "Nvidia is developing a new AI chip for China based on its Blackwell architecture, people familiar said."]
    assert extract_title(lines)[0].value == headline
