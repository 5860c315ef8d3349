"""Small facts about a line of pasted text that several extractors need.

Kept apart so that title, source and body agree on what a URL line, a byline or a
"same line" is; each check is one small function with a name saying what it tests.
"""

from __future__ import annotations

import re
from functools import lru_cache

QUOTES = "\"'“”‘’«»„‟‹›「」『』"
SENTENCE_STOPS = (".", "!", "?", "…", "。", "！", "？")  # and the full-width stops of Chinese and Japanese
CLOSING_MARKS = "\"'”’)]"  # may follow the stop: 'He said "no."' and "(as planned.)" end sentences
SENTENCE_BREAK = re.compile(r"(?<=[a-z0-9)”’\"%])[.!?](?=[\"”’]?\s+[\"“‘]?[A-Z])|[。！？](?=[^\s”’」』）)。！？])")
"""Where a sentence ends and the next begins: an English stop before a capital, or a
full-width stop of Chinese or Japanese before more text (they set no space after it)."""
URL_LINE = re.compile(
    r"(https?://\S+|www\.\S+|[\w-]+(\.[\w-]+)+/\S*|/?[\w.%-]+(/[\w.%-]+)+/?"
    r"|[a-z0-9]+(-[a-z0-9]+){3,}(\.html?)?)",
    re.IGNORECASE,
)
BYLINE = re.compile(
    r"(?:by|written by|words by|text by:|author:)\s+"
    r"(?P<name>[A-Z][\w.'’-]{0,30}(?:\s+(?:[A-Z0-9][\w.'’-]{0,30}|and|&|de|van|von|bin)){0,6})"
    r"\s*(?:$|\(\S+@\S+\)$|[,|•·–—/-]\s*.{0,120}$|\s+(?:in|for|on|published|posted|updated)\b.{0,120}$)"
)
DATELINE_OPENING = re.compile(
    # "BEIJING —", "WASHINGTON, July 15 (Reuters) -", "(GlobalTimesAI.com) —", "KUALA LUMPUR:"
    r"^(\([^)]{2,60}\)|[A-Z][A-Z .'-]{1,40}(,\s[^—–()-]{3,40}){0,2}(\s*\([^)]{2,40}\))?)\s*[—–:-]{1,2}\s"
)
FUNCTION_WORDS = frozenset(
    "a an and as at but by for from in into of on or the to with its their his her "
    "that which who whose while than".split()
)


def top_lines(lines: list[str], count: int) -> list[tuple[int, str]]:
    """(index, stripped text) of the first ``count`` non-blank lines."""
    top = []
    for index, line in enumerate(lines):
        if stripped := line.strip():
            top.append((index, stripped))
            if len(top) == count:
                break
    return top


def comparable(text: str) -> str:
    """``text`` reduced for equality tests: no quotes, no case, single spaces."""
    return " ".join(strip_quotes(text).casefold().split())


def strip_quotes(text: str) -> str:
    """``text`` without a pair of quote marks wrapped around all of it."""
    stripped = text.strip()
    while len(stripped) >= 2 and stripped[0] in QUOTES and stripped[-1] in QUOTES:
        stripped = stripped[1:-1].strip()
    return stripped


EMOJI = "[\u2190-\u21ff\u2300-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\ufe0f\u200d]"
"""Arrows, symbols and pictographs (with their joiners) that posts close on: "👇", "🎉"."""
WIDE_SCRIPT_CHARACTER = "[\u3000-\ud7af]"
"""A character of Chinese, Japanese or Korean (their punctuation, kana, ideographs, hangul): scripts
that set no space between words."""
HAN_OR_KANA_RUN = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
CHARACTERS_PER_WORD = 2  # a word of Chinese or Japanese is written with about two characters


LATIN_LETTERS_PER_CHARACTER = 3  # a word of two Chinese characters says what six Latin letters and a space do


def latin_length(text: str) -> int:
    """The length ``text`` would run to in a Latin script: a Chinese or Japanese character
    counts as ``LATIN_LETTERS_PER_CHARACTER`` letters, so that a length bar set for English
    (a short dek of 110 characters) reads a sentence of Chinese as just as long."""
    if text.isascii():
        return len(text)
    dense = sum(len(run) for run in HAN_OR_KANA_RUN.findall(text))
    return len(text) + (LATIN_LETTERS_PER_CHARACTER - 1) * dense


def words_up_to(text: str, most: int) -> int:
    """How many whitespace-separated words ``text`` holds, counted no further than ``most``
    (at least 1): a test against ``most`` or less gives what the full count gives, and a
    long paragraph is not split into a list of all its words. Most lines the rules test
    for a few words are prose."""
    return len(text.split(maxsplit=most - 1))


# Cached, as are ``ends_sentence`` and ``byline_name``: title, source, body and layout
# ask them of the same lines (on the bench corpus nine in ten calls repeat an earlier one).
@lru_cache(maxsize=8192)
def word_count(text: str) -> int:
    """How many words ``text`` holds. Chinese and Japanese are written without spaces: a
    run of their characters counts as one word per ``CHARACTERS_PER_WORD`` characters, so
    that a sentence of them is as long as its English counterpart (a headline of twenty
    characters, a paragraph of sixty), not one "word" whatever its length."""
    words = len(text.split())
    if text.isascii():
        return words
    return words + sum(-(-len(run) // CHARACTERS_PER_WORD) - 1 for run in HAN_OR_KANA_RUN.findall(text))


@lru_cache(maxsize=8192)
def ends_sentence(text: str) -> bool:
    """True when ``text`` ends like a sentence (full stop, question mark, ...).

    Tested on the end of the text only: a search for a stop followed by nothing but
    closing marks would try every stop in a paragraph, and this runs on most lines."""
    return text.strip().rstrip(CLOSING_MARKS).endswith(SENTENCE_STOPS)


def sentence_count(text: str) -> int:
    """Roughly how many sentences ``text`` holds (abbreviations like U.S. do not split)."""
    return len(SENTENCE_BREAK.findall(text)) + 1


def first_sentence(text: str) -> str:
    match = SENTENCE_BREAK.search(text)
    return text[: match.start() + 1] if match else text


def starts_with_dateline(text: str) -> bool:
    """True when ``text`` opens with a dateline such as ``BEIJING —`` or ``(Reuters) -``."""
    return bool(DATELINE_OPENING.match(text))


def strip_dateline(text: str) -> str:
    """``text`` without its opening dateline."""
    return DATELINE_OPENING.sub("", text, count=1).strip()


def is_url_line(text: str) -> bool:
    """True for a web address, a page path or a slug (``nvidia-h20-china-sales``)."""
    stripped = text.strip()
    return " " not in stripped and bool(URL_LINE.fullmatch(stripped))


@lru_cache(maxsize=8192)
def byline_name(text: str) -> str | None:
    """The author's name when ``text`` is a byline such as ``By Jane Doe, Reuters``."""
    stripped = text.strip()
    if len(stripped) > 160 or (ends_sentence(stripped) and word_count(stripped) > 6):
        return None
    match = BYLINE.match(stripped) or BYLINE.match(stripped[:1].lower() + stripped[1:])
    return match.group("name").strip() if match else None


def cut_at_word(text: str, limit: int, ellipsis: str = "…") -> str:
    """``text`` shortened to at most ``limit`` characters at a word boundary.

    Trailing punctuation and function words are dropped before the ellipsis so that a
    cut never ends in "... of the …".
    """
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    words = text[: limit - len(ellipsis) + 1].split(" ")
    words = words[:-1] if len(words) > 1 else words
    while len(words) > 1 and words[-1].lower().strip(",;:—–-") in FUNCTION_WORDS:
        words.pop()
    return " ".join(words).rstrip(" ,;:—–-") + ellipsis
