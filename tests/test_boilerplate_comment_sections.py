"""Comment sections under a story, told by their furniture rather than their words: a
comments label over a comment's "Reply" button or score, and the header a forum or a
social site sets over each comment (its commenter and a compact relative time).

Index 0 is always the headline (a framing line)."""

from chiptrail_normalise.boilerplate import classify
from chiptrail_normalise.page_layout import layout_clutter

HEADLINE = "China cracks down on Nvidia AI chip imports at customs"
STORY = [
    "Chinese customs authorities have stepped up inspections of semiconductor imports at major ports, the report says.",
    "Teams of customs officers have been deployed in recent weeks to check chip shipments across the country.",
    "The move comes after Chinese regulators told large technology companies to stop buying the RTX Pro 6000D.",
]
LONG_COMMENTS = [  # as many comments as the story has paragraphs, each as long as one
    "Ascend yields are still terrible from what I read, and this hurts China more than anyone in the short term.",
    "Makes sense from their side. Why buy a crippled H20 when Ascend is good enough and you keep the money at home.",
    "Smuggling of H100s will just move to other routes, because customs officers cannot open every box at every port.",
]


def clutter(lines):
    return [lines[index] for index in sorted(layout_clutter(lines, {0}))]


def test_a_comments_label_over_reply_buttons_starts_the_comments_however_long_they_are():
    comments = ["11 Comments", "bit_user", LONG_COMMENTS[0], "Reply", "Li Zhong", LONG_COMMENTS[1], "Reply",
                "Findecanor", LONG_COMMENTS[2], "Reply"]
    lines = [HEADLINE, *STORY, *comments]
    assert clutter(lines) == comments


def test_a_comments_label_over_a_commenters_score_starts_the_comments():
    comments = ["Comments (3)", "techwatcher88 · 2 points", LONG_COMMENTS[0], "lz_hpc · 1 point", LONG_COMMENTS[1],
                "anon · 0 points", LONG_COMMENTS[2]]
    lines = [HEADLINE, *STORY, *comments]
    assert clutter(lines) == comments


def test_a_comments_label_with_no_comment_furniture_under_it_keeps_the_story():
    lines = [HEADLINE, STORY[0], "Comments", *STORY[1:]]
    assert not set(STORY) & set(clutter(lines))


def test_a_commenters_name_with_a_compact_relative_time_is_a_relative_time():
    assert classify("lordofthepings • 2mo ago") == "relative_time"
    assert classify("•4mo ago") == "relative_time"
    assert classify("▲ kvnr 5 hours ago | next [–]") == "relative_time"


def test_a_forum_comments_header_under_a_sort_control_starts_the_comments():
    comments = ["Sort by: Best", "lordofthepings • 2mo ago", LONG_COMMENTS[0], "Reply  Share  203",
                "Kaptain_Krunch • 2mo ago", LONG_COMMENTS[1], "Reply  Share  61",
                "zen4fanboy • 2mo ago", LONG_COMMENTS[2], "Reply  Share  12"]
    lines = [HEADLINE, *STORY, *comments]
    assert clutter(lines) == comments


def test_an_add_comment_button_is_a_comment_widget():
    assert classify("add comment") == "comment_widget"


def test_a_comment_sections_label_is_clutter_however_the_page_words_it():
    for label in ("READER COMMENTS 86", "Hot comments", "Comments Section", "3 comments:", "User Comments: 62",
                  "Search 142 Comments", "Read 97 replies", "There are 72 comments.", "全部评论", "添加评论"):
        assert classify(label) == "comment_widget", label
    for text in ("Comments from Beijing were muted.", "Three replies came from the ministry.", "Top officials commented."):
        assert classify(text) is None, text


def test_below_the_story_a_comment_sections_label_closes_it_and_the_comments_go_with_it():
    lines = [HEADLINE, *STORY, "READER COMMENTS 3", "bit_user", LONG_COMMENTS[0], "Li Zhong", LONG_COMMENTS[1]]
    assert clutter(lines) == lines[4:]


def test_a_comments_title_with_its_score_starts_the_comments_from_the_widget_over_it():
    comments = ["72 comments", "Comments Filter:", "All", "Insightful", "Funny",
                "Well that escalated (Score:5, Insightful)", "by greytape on Wednesday September 17, 2025 @07:55PM",
                LONG_COMMENTS[0], "Re:Well that escalated (Score:2)", LONG_COMMENTS[1], "Re: (Score:3)", LONG_COMMENTS[2]]
    lines = [HEADLINE, *STORY, *comments]
    assert clutter(lines) == comments


def test_a_score_in_a_storys_sentence_starts_no_comments():
    story = [*STORY, "The chip earned a score of 5 in the benchmark (Score: a measure of throughput), analysts said."]
    assert not set(story) & set(clutter([HEADLINE, *story]))



def test_a_commenters_dated_stamp_over_a_reply_button_starts_the_comments():
    comments = ["Drumlin", "15 Jul 2025 10:48", LONG_COMMENTS[0], "Reply  Report  179",
                "Cassiopeia_B", "15 Jul 2025 10:53", LONG_COMMENTS[1], "Reply  Report  96"]
    lines = [HEADLINE, *STORY, *comments]
    assert set(comments[1:]) <= set(clutter(lines))


def test_a_storys_dated_stamp_over_its_paragraphs_starts_no_comments():
    lines = [HEADLINE, STORY[0], "15 Jul 2025 10:48", *STORY[1:], "Share"]
    assert not set(STORY) & set(clutter(lines))


def test_a_sort_control_under_the_story_starts_the_comments_however_many_there_are():
    """A comment section's sort control ("Sort by Oldest first") or count ("12 replies")
    set as page furniture under the story heads the comments, even when the comments
    (short replies with no buttons or stamps) outnumber the story's paragraphs."""
    comments = ["Sort by Oldest first", "ccy_dev", *LONG_COMMENTS, "hpc_anon", *LONG_COMMENTS]
    lines = [HEADLINE, *STORY, *comments]
    assert clutter(lines) == comments


def test_a_comment_count_above_the_story_starts_no_comments():
    lines = [HEADLINE, "12 comments", *STORY]
    assert not set(clutter(lines)) & set(STORY)


def test_a_forum_comments_header_around_its_fold_mark_is_a_relative_stamp():
    assert classify("ptrhvn 1 day ago [–]") == classify("[–] evanq 2 months ago") == "relative_time"
