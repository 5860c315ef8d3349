"""The story's closing sentence stays when it ends on marks a page adds after a sentence:
the agencies credited for the story ("... BLOOMBERG, FT") or a post's hashtags ("...
applications. #exportcontrols #AMD"). Under the story's last paragraph only sentences go
on with the story, so such a line must still read as one.

Each page is shaped like a kind of page, not copied from the corpus. Index 0 is the
headline (the only framing line).
"""

from chiptrail_normalise.body import build_body
from chiptrail_normalise.boilerplate import classify

HEADLINE = "Customs step up checks on imported Nvidia chips"
STORY = [
    "Customs officers at major Chinese ports have stepped up inspections of semiconductor shipments, people familiar with the matter said.",
    "The checks target Nvidia's H20 and RTX Pro 6000D processors as well as smuggled high-end parts, the people said on Friday.",
]
SHARE = "Share this article on social media"


def body_texts(lines):
    return [block.text for block in build_body(lines, {0})]


def test_the_share_prompt_under_the_story_is_clutter():
    assert classify(SHARE) == "share_prompt"


def test_a_closing_sentence_credited_to_two_agencies_stays():
    closing = "Nvidia said in a statement that it complies with all laws. REUTERS, AFP"
    assert body_texts([HEADLINE, *STORY, closing, SHARE]) == [*STORY, closing]


def test_a_posts_closing_sentence_followed_by_its_hashtags_stays():
    closing = "Glad to compare notes with anyone filing licence requests. #exportcontrols #chips"
    assert body_texts([HEADLINE, *STORY, closing, SHARE]) == [*STORY, closing]


def test_hashtags_without_a_sentence_before_them_are_no_closing_sentence():
    tags = "Nvidia chips customs #exportcontrols #chips"
    assert tags not in body_texts([HEADLINE, *STORY, tags, SHARE])
