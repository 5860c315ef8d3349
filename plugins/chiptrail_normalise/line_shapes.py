"""What a line of a pasted page is shaped like: a paragraph, a headline, clutter that
opens pages, a site's name or stamp.

The headline reader (``title``), the post reader (``social_posts``) and the publisher
reader (``source``) must agree on these shapes, and each of them builds on the others'
verdicts (a post page changes whose name is a publisher). Kept below all three, so that
none of them imports another's internals.
"""

from __future__ import annotations

import re

from . import boilerplate, dates, outlets
from .text import byline_name, ends_sentence, is_url_line, starts_with_dateline, strip_quotes, word_count

PAGE_TOP_LINES = 30  # non-blank lines read for a headline or a post: long menus and widget stacks can precede it
HEADLINE_WORDS = (3, 30)
HEADLINE_MAX_LENGTH = 200
QUESTION_HEADLINE_MAX_WORDS = 15
ABBREVIATION_END = re.compile(r"(?:\b[A-Z]\.){2,}$|\b(?:Inc|Co|Corp|Ltd|Jr|Sr|No)\.$")  # "... in step with U.S."
TAG_PAGE_HEADER = re.compile(
    r"(tag|tags|tagged|topic|topics|category|categories|archive|archives|posts tagged|"
    r"articles tagged|stories tagged|posts about|news about|browsing|showing (?:posts|articles|stories|results))\b\s*[:\-–»]?\s*.{0,60}",
    re.IGNORECASE,
)
STAMP_SEPARATOR = re.compile(r"\s+[|·•—–-]\s+")
PERSON_LIKE = re.compile(r"\b(desk|staff|newsroom|team|reporter|editor|writer|correspondent)s?$", re.IGNORECASE)
SITE_NAME_MAX_WORDS = 3
SITE_NAME_MAX_LENGTH = 40
MENU_RUN_MIN_WORDS = 5
MENU_RUN_MIN_SHARE = 1 / 3  # of its words are section names ("Home", "Tech", "Finance")
SENTENCE_WORDS = frozenset(
    "a an the to of in on at for from by with as after amid over into about against "
    "and or but nor so yet if is are was were be been will would can could may might "
    "has have had do does did not no it its this that these those he she they we you".split()
)
"""Articles, prepositions, conjunctions, auxiliaries and pronouns: a headline, even set in
title case, has some; a menu of section names has none."""
PROGRAMME_KICKER = re.compile(
    r"(?i:(?:as\s+)?(?:heard|seen|featured|aired|broadcast|appeared|presented|sponsored|produced|powered)"
    r"\s+(?:on|in|by)|brought\s+to\s+you\s+by|from\s+the\s+(?:podcast|programme|program|show|series))"
    r"\s+(?:the\s+)?[A-Z0-9][^.!?]{1,60}"
)
"""A kicker naming where the piece aired or who presents it ("Heard on All Things
Considered", "As seen on Squawk Box", "Sponsored by Acme"), set over a headline."""


def is_opening_clutter(text: str) -> bool:
    """True for lines that open pasted pages but are never the headline."""
    return (
        boilerplate.is_boilerplate(text)
        or is_url_line(text)
        or bool(TAG_PAGE_HEADER.fullmatch(text))
        or byline_name(text) is not None
        or site_stamp_name(text) is not None
        or outlets.chrome_owner(text) is not None
    )


def is_menu_run(text: str) -> bool:
    """A run of capitalised single words with no sentence shape, a good share of them
    section names: a site menu pasted as one line ("Home Tech Finance Leadership Well
    Retail Lifestyle Rankings Multimedia") even when some entries are unknown names."""
    words = text.split()
    if len(words) < MENU_RUN_MIN_WORDS or not all(word.isalpha() and word[0].isupper() for word in words):
        return False
    if any(word.lower() in SENTENCE_WORDS for word in words):
        return False
    sections = sum(word.lower() in boilerplate.navigation_phrases() for word in words)
    return sections >= MENU_RUN_MIN_SHARE * len(words)


def is_programme_kicker(text: str) -> bool:
    return bool(PROGRAMME_KICKER.fullmatch(text.strip()))


def is_plausible_headline(text: str) -> bool:
    """Headline-shaped: a few words, not too long, not ending like a sentence (unless quoted)."""
    if starts_with_dateline(text):
        return False
    stripped = strip_quotes(text)
    words = word_count(stripped)
    if not (HEADLINE_WORDS[0] <= words <= HEADLINE_WORDS[1] and len(stripped) <= HEADLINE_MAX_LENGTH):
        return False
    if stripped.endswith("?") and words <= QUESTION_HEADLINE_MAX_WORDS:
        return True  # "Is the H20 ban working?"
    return stripped != text.strip() or not ends_sentence(stripped) or bool(ABBREVIATION_END.search(stripped))


def is_prose(text: str) -> bool:
    """Paragraph-shaped: long, or a full sentence of more than a few words."""
    return len(text) > HEADLINE_MAX_LENGTH or (ends_sentence(text) and word_count(text) > 8)


def site_stamp_name(text: str) -> str | None:
    """The site name of a stamp line such as ``TechNode Daily | Aug 22, 2025``."""
    parts = STAMP_SEPARATOR.split(text.strip(), maxsplit=1)
    if len(parts) == 2 and dates.is_date_line(parts[1]) and looks_like_site_name(parts[0]):
        return parts[0].strip()
    return None


def looks_like_site_name(text: str) -> bool:
    """A short name: not clutter, not a byline, not a shouted section kicker, not a desk."""
    text = text.strip()
    if outlets.known_name(text) or (outlets.looks_like_masthead(text) and not boilerplate.is_boilerplate(text)):
        return True
    return (
        1 <= word_count(text) <= SITE_NAME_MAX_WORDS
        and len(text) <= SITE_NAME_MAX_LENGTH
        and not ends_sentence(text)
        and not boilerplate.is_boilerplate(text)
        and not is_url_line(text)
        and byline_name(text) is None
        and bool(re.search(r"[a-z]", text))
        and ":" not in text
        and "_" not in text  # a user handle ("throwaway_gpu_guy"), never a publication
        and not PERSON_LIKE.search(text)
    )
