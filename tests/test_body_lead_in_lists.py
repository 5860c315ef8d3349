"""A sentence ending on a colon leads in to a list of the story's, bulleted or not ("Topics
we cover:" over an episode's topics); a tag box's own lead-in ("This article tagged
under:") heads page furniture instead."""

from chiptrail_normalise.boilerplate import link_list_lines
from chiptrail_normalise.page_layout import layout_clutter

HEADLINE = "Episode 41: The GAIN AI Act and the fight over who gets Nvidia's chips first"
STORY = [
    "Congress is debating a proposal that would make chipmakers offer advanced AI chips to US buyers before exporting them.",
    "Supporters say it stops American startups from being outbid for scarce supply, while Nvidia says it solves nothing.",
]
TOPICS = [
    "What the GAIN AI Act would actually require, and which chips it would cover",
    "Why Nvidia and the Semiconductor Industry Association are lobbying against it",
    "The odds of either provision making it into the final NDAA",
]


def test_the_lines_under_a_lead_in_after_the_last_paragraph_are_its_list():
    lines = [HEADLINE, *STORY, "Topics we cover:", *TOPICS, "Subscribe wherever you get your podcasts"]
    assert not set(TOPICS) & {lines[index] for index in layout_clutter(lines, {0})}


def test_a_tag_boxs_lead_in_heads_a_link_list():
    lines = [*STORY, "This article tagged under:", "NvidiaSanta ClaraChina", "", STORY[0]]
    assert link_list_lines(lines) >= {2, 3}


def test_a_newsletters_closing_list_of_what_its_writers_watch_goes_on_with_the_story():
    watched = ["Whether Commerce attaches conditions to the licences", "Malaysia's answer to the transit rule"]
    for label in ("What we're watching", "What I'm reading", "What we are tracking next"):
        lines = [HEADLINE, *STORY, label, *watched, "SPONSORED", "Open a brokerage account today"]
        assert not {label, *watched} & {lines[index] for index in layout_clutter(lines, {0})}
