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
