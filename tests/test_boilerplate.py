"""Page clutter is recognised by concept; article sentences never are."""

import time

import pytest

from chiptrail_normalise.boilerplate import classify, is_boilerplate, is_navigation_crumb, link_list_lines


@pytest.mark.parametrize(
    "line, concept",
    [
        ("Leave a Reply", "comment_widget"),
        ("Leave a Comment", "comment_widget"),
        ("0 replies", "comment_widget"),
        ("Want to join the discussion?", "comment_widget"),
        ("Feel free to contribute!", "comment_widget"),
        ("Your email address will not be published. Required fields are marked *", "comment_widget"),
        ("5 min read", "reading_time"),
        ("4 months ago", "relative_time"),
        ("Markets Desk · 4 months ago", "relative_time"),
        ("Also Read: Nvidia shares hit record high on China news", "related_links"),
        ("Related: Data centre boom puts pressure on Johor's power grid", "related_links"),
        ("Advertisement", "advertisement"),
        ("Anzeige", "advertisement"),
        ("Share this article", "share_prompt"),
        ("Facebook Twitter LinkedIn WhatsApp", "share_prompt"),
        ("Sign up for our daily briefing", "newsletter"),
        ("We use cookies to improve your experience on our site. Accept | Manage preferences", "cookie_notice"),
        ("(FILES) This photograph shows the logo of Nvidia. (Photo by I-Hwa Cheng / AFP)", "caption"),
        ("Nvidia logo is seen in Taipei, Taiwan, May 30, 2023. REUTERS/Ann Wang/File Photo", "caption"),
        ("Reporting by Karen Freifeld; Editing by Edwina Gibbs", "credits"),
        ("#Nvidia #H20 #China", "hashtags"),
        (",", "punctuation_only"),
        ("\u00a0", None),  # whitespace only: a blank line, not clutter
        ("This article was republished from Reuters. TechBrief Asia is an independent site.", "publisher_note"),
        ("14 Likes · 3 Restacks", "engagement"),
        ("Chen Liang is a journalist covering technology and policy in East Asia.", "author_bio"),
        ("NEWSAI UPDATESGAMING NEWS", "navigation"),
        ("Home » Tech » Semiconductors", "navigation"),
        ("Business", "navigation"),
        ("Posted on August 5, 2025 by newsdesk", "date_stamp"),
    ],
)
def test_clutter_lines_are_named_by_concept(line, concept):
    assert classify(line) == concept


@pytest.mark.parametrize(
    "line",
    [
        "Nvidia said on Tuesday it will resume sales of its H20 chip to China.",
        "Related concerns were raised by lawmakers in Washington last week.",
        "Regulatory Maze and Geopolitical Strictures",
        "Looking Ahead",
        "Tech Outlook",
        "China Rejects Nvidia H200 AI Chips Amid Export Rule Changes",
        "The H20 GPU is part of Nvidia's advanced lineup of AI chips.",
        "#1 chipmaker Nvidia said sales would resume.",
        "Dylan Patel is an analyst at SemiAnalysis, which tracks chip supply chains.",
        "Reuters reported the news first, citing people familiar with the matter.",
        "WASHINGTON, July 15 (Reuters) - Nvidia said on Tuesday it would resume sales.",
    ],
)
def test_article_text_is_never_clutter(line):
    assert not is_boilerplate(line)


def test_glued_menu_words_are_navigation_only_when_every_letter_is_a_menu_word():
    assert is_navigation_crumb("NEWSAI UPDATESGAMING NEWS")
    assert not is_navigation_crumb("NVIDIA TO RESUME SALES")


def test_a_related_posts_label_takes_the_story_links_under_it():
    lines = [
        "The last paragraph of the story.",
        "Related posts",
        "Huawei unveils three-year Ascend roadmap",
        "Why the H20 deal is about more than chips",
    ]
    assert link_list_lines(lines) == {1, 2, 3}


def test_a_link_list_stops_at_the_next_sentence():
    lines = ["You might also like", "A linked headline", "A real paragraph follows here."]
    assert link_list_lines(lines) == {0, 1}


def test_pathological_lines_are_classified_quickly():
    started = time.perf_counter()
    for line in ("a." * 500, "#" * 900, "(" * 900, "By " + "Aa " * 300, "· " * 450):
        classify(line)
    assert time.perf_counter() - started < 1.0
