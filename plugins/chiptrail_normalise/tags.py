"""Explicit tag lists become ``tags`` (and leave the body).

Pages list their tags in several shapes: a ``Tags: a, b`` line, a label such as
"Tags & Viral Phrases:" or "Similar topics" followed by one tag per line (bulleted or
not), hashtag lines (``#Nvidia #H20``) and the raw header's ``Tags:`` key. Tags keep
their spelling; repeats (case-insensitive) are dropped.
"""

from __future__ import annotations

import re

from . import boilerplate
from .fields import Field
from .text import ends_sentence, word_count

TAG_LABEL = re.compile(
    r"(?:tags?(?: (?:&|and) viral phrases)?|tagged(?: with)?|topics|(?:suggested|similar|related|narrower|broader) topics|"
    r"(?:see )?more on|filed under|posted in|categories|category|keywords|mehr zum thema|themen)"
    r"\s*(?::\s*(?P<inline>.*))?",
    re.IGNORECASE,
)
UNLABELLED_TAG_LINE = re.compile(r"(?:posted in|filed under|tagged with)\s+(?P<inline>[^:\s].*)", re.IGNORECASE)
BULLET = re.compile(r"^\s*[•\-*–·▪◦●]\s+")
TAG_SEPARATORS = re.compile(r"\s*[,;|]\s*")
PART_LABEL = re.compile(r"^(?:tagged(?: with)?|filed under|posted in|tags?|topics|categories)\s*:?\s+", re.IGNORECASE)
TAG_MAX_WORDS = 6
BULLETED_TAG_MAX_WORDS = 10  # "viral phrases" lists are bulleted and longer
TAG_MAX_LENGTH = 80
TAG_LIKE_CLUTTER = {None, "navigation", "hashtags", "market_data"}  # "China" is a menu word, "AMD" a ticker: both tags
HASHTAG = re.compile(r"#([^\s#,]{1,60})")


def extract_tags(lines: list[str], given: str | None = None) -> Field:
    """Tags from the raw header and the text; ``details["lines"]`` are the tag lines."""
    tags = _split(given) if given else []
    used: list[int] = []
    index = 0
    while index < len(lines):
        text = lines[index].strip()
        label = TAG_LABEL.fullmatch(text) or UNLABELLED_TAG_LINE.fullmatch(text)
        if label and label.group("inline"):
            tags += _split(label.group("inline"))
            used.append(index)
        elif label:
            block = _tag_block(lines, index + 1)
            if block:
                tags += [_bare(lines[i]) for i in block]
                used += [index, *block]
                index = block[-1]
        elif boilerplate.classify(text) == "hashtags":
            tags += HASHTAG.findall(text)
            used.append(index)
        index += 1
    unique = _unique(tags)
    return Field(unique, 0.9 if unique else 0.0, "explicit tag lines" if unique else "", {"lines": used})


def _tag_block(lines: list[str], start: int) -> list[int]:
    """Indices of the one-tag-per-line list that follows a tag label."""
    block = []
    for index in range(start, len(lines)):
        text = lines[index].strip()
        if not text:
            continue
        if not is_tag_item(text) or TAG_LABEL.fullmatch(text):
            break  # the next label ("Narrower topics") starts its own list
        block.append(index)
    return block


def is_tag_item(text: str) -> bool:
    """A short label-like line: a bullet or a few words without sentence punctuation."""
    bare = BULLET.sub("", text).strip()
    max_words = BULLETED_TAG_MAX_WORDS if bare != text.strip() else TAG_MAX_WORDS
    return (
        bool(bare)
        and word_count(bare) <= max_words
        and len(bare) <= TAG_MAX_LENGTH
        and not ends_sentence(bare)
        and boilerplate.classify(bare) in TAG_LIKE_CLUTTER
    )


def _bare(line: str) -> str:
    return BULLET.sub("", line).strip()


def _split(text: str) -> list[str]:
    """The tags of a separated list, without the label a later group opens with
    ("Posted in Hardware, China | Tagged Ascend, Huawei" lists Ascend)."""
    parts = [PART_LABEL.sub("", part.strip(), count=1).lstrip("#") for part in TAG_SEPARATORS.split(text)]
    return [part for part in parts if part and boilerplate.classify(part) in TAG_LIKE_CLUTTER]


def _unique(tags: list[str]) -> list[str]:
    seen, unique = set(), []
    for tag in tags:
        key = tag.casefold()
        if key not in seen:
            seen.add(key)
            unique.append(tag)
    return unique
