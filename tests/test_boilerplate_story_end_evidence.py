"""A page's end needs evidence: a story sentence that happens to match a pattern of the
clutter set under stories (a writer's bio, a copyright notice) loses at most itself, never
the paragraphs below it. Only a line that reads like page furniture, or one with no more
story under it, closes the story for good.

Each page is shaped like a kind of page, not copied from the corpus. Index 0 is the
headline (the only framing line).
"""

import pytest

from chiptrail_normalise import boilerplate, vocab
from chiptrail_normalise.body import build_body
from chiptrail_normalise.boilerplate import classify

HEADLINE = "Chinese buyers line up for Nvidia's H20 after licences resume"
STORY = [
    "Chinese cloud companies have placed new orders for Nvidia's H20 processors since Washington resumed issuing licences, people familiar with the matter said.",
    "The orders are smaller than last year's, the people said, because buyers expect Beijing to discourage purchases of American chips.",
    "Nvidia declined to comment on the orders, and the Commerce Department did not respond to a request for comment on Tuesday.",
    "Distributors in Shenzhen said prices for the H20 had fallen by about a tenth since the summer, when supply was tight.",
]
BELOW = [
    "Some buyers are hedging by ordering Huawei's Ascend 910C processors as well, according to two executives at cloud firms.",
    "Beijing has not said whether it will formally restrict purchases of the H20, and analysts expect guidance before the end of the year.",
]
BIO_SHAPED = "Zhang Wei is a former technology correspondent who now advises Chinese cloud firms on buying American chips."
COPYRIGHT_SHAPED = "Copyright 2023 lawsuits against chip designers have multiplied, and lawyers expect more cases to follow the ruling."


def body_texts(lines):
    return [block.text for block in build_body(lines, {0})]


def test_the_sentences_shaped_like_closing_clutter_are_taken_for_it():
    assert classify(BIO_SHAPED) == "author_bio"
    assert classify(COPYRIGHT_SHAPED) == "copyright_notice"


def test_a_story_sentence_shaped_like_a_writers_bio_loses_only_itself():
    lines = [HEADLINE, *STORY, BIO_SHAPED, *BELOW]
    assert body_texts(lines) == [*STORY, *BELOW]


def test_a_story_sentence_shaped_like_a_copyright_notice_loses_only_itself():
    lines = [HEADLINE, *STORY, COPYRIGHT_SHAPED, *BELOW]
    assert body_texts(lines) == [*STORY, *BELOW]


def test_a_copyright_notice_over_the_pages_closing_sentence_still_ends_the_story():
    lines = [HEADLINE, *STORY, *BELOW,
             "© 2025 Harbour Street Media. All rights reserved. This material may not be published, broadcast or redistributed.",
             "Accuracy and availability of transcripts may vary, and their text may be revised to correct errors or match updates."]
    assert body_texts(lines) == [*STORY, *BELOW]


def test_a_comment_sections_label_still_ends_the_story_over_the_comments():
    lines = [HEADLINE, *STORY, *BELOW, "12 Comments",
             "Nobody in Shenzhen is paying list price for these anyway, the grey market has been flooded for months.",
             "Does anyone know whether the licences cover the H20E variant or only the original part?"]
    assert body_texts(lines) == [*STORY, *BELOW]


MATCHED = "Officials weighed the request for weeks before the licences were granted in Washington on Monday."
CONCEPTS = sorted(vocab.load("boilerplate").get("patterns") or {})


@pytest.mark.parametrize("concept", CONCEPTS)
def test_a_story_sentence_taken_for_any_clutter_loses_at_most_itself(monkeypatch, concept):
    """Whatever pattern a story sentence happens to match, the paragraphs under it stay."""
    unpatched = boilerplate._classify
    monkeypatch.setattr(boilerplate, "_classify", lambda text: concept if text == MATCHED else unpatched(text))
    lines = [HEADLINE, *STORY, MATCHED, *BELOW]
    assert body_texts(lines)[-len(BELOW):] == BELOW
