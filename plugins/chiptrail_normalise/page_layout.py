"""Recognise clutter by its place on the page, where its wording gives nothing away.

Pattern concepts (``boilerplate``) catch clutter that says what it is ("Reply", "3 min
read"). Much clutter is worded like the story: a commenter's sentences, the author's
bio, a "Related" headline below the story, the author's bare name over the lead, a
"Post" button between share buttons. Only the lines around it tell it apart, so these
rules look at the page's layout (the comment section under a comments label or over a
"Reply" button, the byline block between headline and lead, what follows the story's
last paragraph) rather than at words. They exist so that a page of a kind never seen is
cleaned by where its clutter sits, not by a pattern someone wrote for that site.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from . import vocab
from .boilerplate import WORD, classify, label_words, navigation_phrases
from .text import FUNCTION_WORDS, byline_name, ends_sentence, is_url_line

END_OF_STORY_MARK = re.compile(r"\s*[®■□◆◇∎]$")  # "... asked Nvidia for comment. ®"
LIST_ITEM = re.compile(r"^\s*[•\-*–·▪◦●]\s+(?=\S)")
NUMBERED_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]|\(\d{1,2}\)|[a-z]\))\s+(?=\S)")  # "1. ", "2) ", "(3) ", "a) "
STORY_STAMP = re.compile(r"(updated|posted|published|edited)\b", re.IGNORECASE)  # "Updated 2 hours ago": the story's
WEB_ADDRESS = re.compile(r"://|\bwww\.|\.[a-z]{2,6}/", re.IGNORECASE)
COMMENTS_LABEL = re.compile(r"\b(comments?|replies|responses|discussion|sort by)\b", re.IGNORECASE)
REPLY_BUTTON = re.compile(r"(\d+ )?(reply|replies|respond)( ?[·•|] ?\w+){0,3}", re.IGNORECASE)
NAME_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’.-])*")  # "Mia", "C.", "Yu-chen", "O'Brien"
POSSESSIVE = re.compile(r"['’]s$")
WRAPPED_LINE_MIN_LENGTH = 50  # a line this long that stops mid-sentence may be hard-wrapped
PROSE_MIN_WORDS = 12  # a sentence this long is a paragraph of the story...
PROSE_LONG_WORDS = 25  # ...and so is a line this long however it ends ("... a red flag.[2]")
BYLINE_PART_MAX_WORDS = 6  # names, desk credits and buttons around a byline
BYLINE_PART_MAX_LENGTH = 60
COMMENT_MAX_LINES = 6  # lines between a comment's relative time and its label or "Reply" button
BLANK, FRAMING, PAGE_TAIL = "blank", "framing", "page_tail"  # line kinds besides the concepts
INLINE_CLUTTER = frozenset(  # between paragraphs too
    {"advertisement", "caption", "related_links", "market_data", "quote_widget", "transcript_cue", "pagination"}
)
LABELLED_CLUTTER = frozenset({"document_details", "publisher_note"})  # "AGENCY:", "Editor's note:" over their value
BARE_CREDIT_MAX_WORDS = 8  # "Chip Somodevilla/Getty Images": a credit with no caption of its own
BYLINE_NEIGHBOURS = frozenset({"date_line", "stamp", "date_stamp", "reading_time", "relative_time"})
BYLINE_SIDES = BYLINE_NEIGHBOURS | {FRAMING}  # what a lone name under the headline follows
BIO_VERBS = ("is", "was", "covers", "writes", "reports", "has", "leads", "joined")


def layout_clutter(lines: list[str], framing: set[int]) -> set[int]:
    """Indices of lines that only their place on the page reveals as clutter, given the
    ``framing`` lines (headline, dek, byline, tags, link lists: known already):

    - the comment section, from its first comment on: a relative time ("4h ago") under a
      comments label or over a "Reply" button starts it;
    - everything from a mark that closes the story for good ("###", "About Huawei", the
      author's bio: "Jane Doe is a senior reporter ...");
    - the byline block between the headline and the story's first paragraph: short lines
      that only lead on to more clutter (a name above a date, "Post" between share
      buttons) and a person's name opening the story;
    - the page after the story's last paragraph: closing sentences follow that paragraph
      directly, so past the first line of page furniture everything is the page's;
    - a bare web address (a short link to the page);
    - a short sentence that clutter next to it explains: the value under a label such as
      "AGENCY:", the caption over a bare picture credit.
    """
    kinds = [_kind(line, index in framing) for index, line in enumerate(lines)]
    attached = _attached_clutter(lines, kinds)
    for index, kind in attached.items():
        kinds[index] = kind
    paragraphs = [index for index, kind in enumerate(kinds) if kind is None and _is_paragraph(lines[index])]
    if not paragraphs:
        return set(attached)
    found = set(attached) | _comment_section(lines, kinds, paragraphs[0])
    found |= _below_the_story_end(lines, kinds, paragraphs, _byline_names(lines, kinds, framing, paragraphs[0]))
    for index in found:
        kinds[index] = kinds[index] or PAGE_TAIL
    found |= {index for index, kind in enumerate(kinds) if kind is None and _is_web_address(lines[index])}
    story = [index for index in paragraphs if index not in found]
    if not story:  # the only paragraph was the author's bio
        return found
    return found | _byline_block(lines, kinds, story[0]) | _after_the_story(lines, kinds, story[-1])


def _comment_section(lines: list[str], kinds: list[str | None], first_paragraph: int) -> set[int]:
    """Indices from the first comment below the story's first paragraph to the end: a
    relative time with a comments label ("12 Comments", "Sort by") or a "Reply" button
    within ``COMMENT_MAX_LINES`` lines (a story's own "5 hr. ago" has neither)."""
    for index in range(first_paragraph + 1, len(lines)):
        if kinds[index] != "relative_time" or STORY_STAMP.match(lines[index].strip()):
            continue
        above = [other for other in _nearby(kinds, index, -1) if other > first_paragraph]
        label = next((other for other in above if kinds[other] and COMMENTS_LABEL.search(lines[other])), None)
        if label is not None:
            return set(range(label, len(lines)))
        if any(REPLY_BUTTON.fullmatch(lines[other].strip()) for other in _nearby(kinds, index, 1)):
            return set(range(index, len(lines)))
    return set()


def _attached_clutter(lines: list[str], kinds: list[str | None]) -> dict[int, str]:
    """Short sentences, no paragraphs of their own, that the clutter next to them explains,
    with that clutter's kind: the value under a label ending in a colon ("AGENCY:" over
    "Bureau of Industry and Security, Department of Commerce.", "Editor's note:" over the
    note) and a caption over a bare picture credit ("Nvidia CEO Jensen Huang." over "Chip
    Somodevilla/Getty Images"). A subheading in either place opens the text and is kept."""
    attached: dict[int, str] = {}
    written = [index for index, kind in enumerate(kinds) if kind != BLANK]
    for above, below in zip(written, written[1:]):
        if kinds[above] is None and _is_short_sentence(lines[above]) and _is_bare_credit(lines[below], kinds[below]):
            attached[above] = kinds[below]
        elif kinds[below] is None and _is_short_sentence(lines[below]) and _is_label(lines[above], kinds[above]):
            attached[below] = kinds[above]
    return attached


def _is_label(line: str, kind: str | None) -> bool:
    return kind in LABELLED_CLUTTER and line.rstrip().endswith(":")


def _is_short_sentence(line: str) -> bool:
    text = line.strip()
    return ends_sentence(text) and not _is_paragraph(text) and not _is_list_item(text)


def _is_bare_credit(line: str, kind: str | None) -> bool:
    text = line.strip()
    return kind == "caption" and len(text.split()) <= BARE_CREDIT_MAX_WORDS and not ends_sentence(text)


def _byline_names(lines: list[str], kinds: list[str | None], framing: set[int], first_paragraph: int) -> set[str]:
    """The people the byline names: in a "By ..." line ("By Reuters" names no one whose
    bio could follow), or alone above the story next to its date ("Sam Winter-Levy" over
    "Monday, September 15, 2025")."""
    names = {name for index in framing if (name := byline_name(lines[index])) and _is_person_name(name)}
    names.update(
        lines[index].strip()
        for index in range(first_paragraph)
        if kinds[index] is None
        and _is_person_name(lines[index].strip())
        and BYLINE_NEIGHBOURS.intersection((_previous_kind(kinds, index), _next_kind(kinds, index)))
    )
    return names


def _below_the_story_end(lines: list[str], kinds: list[str | None], paragraphs: list[int], authors: set[str]) -> set[int]:
    """Indices from the first mark that closes the story for good to the end: "###",
    "(END)", a press release's "About Huawei", or the author's bio, a sentence that
    presents the byline's author ("Gregory C. Allen is a senior adviser ...", "Andrew is
    a reporter at ..."). Such a mark closes the story only below most of its paragraphs;
    a bio standing under the byline, above the story, is only itself clutter."""
    openings = tuple(f"{name} {verb} " for name in authors for verb in BIO_VERBS)
    openings += tuple(f"{name.split()[0]} is a" for name in authors if " " in name)
    bios: set[int] = set()
    for index in range(len(lines)):
        text = lines[index].strip()
        is_bio = bool(openings) and kinds[index] is None and text.startswith(openings)
        closes = index > paragraphs[0] and (is_bio or _story_end_mark().fullmatch(text))
        if closes and 2 * (len(paragraphs) - bisect.bisect(paragraphs, index)) < len(paragraphs):
            return bios | set(range(index, len(lines)))
        if is_bio:
            bios.add(index)
    return bios


def _nearby(kinds: list[str | None], index: int, step: int) -> list[int]:
    """Up to ``COMMENT_MAX_LINES`` non-blank lines above (step -1) or below (step 1)
    ``index``, nearest first, stopping at another relative time."""
    nearby: list[int] = []
    other = index + step
    while 0 <= other < len(kinds) and len(nearby) < COMMENT_MAX_LINES and kinds[other] != "relative_time":
        if kinds[other] != BLANK:
            nearby.append(other)
        other += step
    return nearby


def _is_web_address(text: str) -> bool:
    """A bare address such as ``https://p.dw.com/p/4mXq2`` (not "H100/H200" or "and/or")."""
    return is_url_line(text) and bool(WEB_ADDRESS.search(text))


def _kind(line: str, framing: bool) -> str | None:
    """What a line is known to be before its neighbours are looked at: ``BLANK``,
    ``FRAMING``, a clutter concept, or None for a line that may be the story."""
    if not line.strip():
        return BLANK
    return classify(line) or (FRAMING if framing else None)


def _is_paragraph(text: str) -> bool:
    words = len(text.split())
    return words >= PROSE_LONG_WORDS or (words >= PROSE_MIN_WORDS and ends_sentence(text))


def _byline_block(lines: list[str], kinds: list[str | None], first_paragraph: int) -> set[int]:
    """Clutter of the byline block (see ``layout_clutter``).

    Walking up the page, a short line that is no sentence and leads on to a date or a
    reading time is part of a byline (and so is one leading on to it); above the story's
    first paragraph, one that leads on to clutter of any kind is clutter too, while a
    subheading ("Key Points") leads on to the story. A dek that no framing took counts
    as a paragraph, hence the first reach ("Moneycontrol News" under a dek, over a date).
    """
    found: set[int] = set()
    leads_to: str | None = None  # the kind of the next non-blank line down the page
    for index in range(len(lines) - 1, -1, -1):
        kind = kinds[index]
        if kind == BLANK:
            continue
        if kind is None and _is_byline_part(lines[index]) and (
            leads_to in BYLINE_NEIGHBOURS or (index < first_paragraph and leads_to is not None)
        ):
            found.add(index)
        else:
            leads_to = kind
    opening = next((index for index in range(first_paragraph) if kinds[index] is None and index not in found), None)
    if opening is not None and _is_lone_byline(lines, kinds, opening):
        found.add(opening)
    return found


def _is_lone_byline(lines: list[str], kinds: list[str | None], index: int) -> bool:
    """A person's name alone over the story, right under the headline or a stamp, and
    none of whose words the story uses: a subheading in that place ("Beijing Pushes
    Back") announces what the story then tells, in its words; an author's name is not
    part of the story."""
    if not (_is_person_name(lines[index]) and _previous_kind(kinds, index) in BYLINE_SIDES):
        return False
    words = {POSSESSIVE.sub("", word.lower()) for word in NAME_WORD.findall(lines[index])}
    story = (lines[later].lower() for later in range(index + 1, len(lines)) if kinds[later] is None)
    return not any(words.intersection(POSSESSIVE.sub("", word) for word in WORD.findall(line)) for line in story)


def _after_the_story(lines: list[str], kinds: list[str | None], last_paragraph: int) -> set[int]:
    """Clutter below the story's last paragraph. The story may go on in sentences, list
    items, lead-ins, hard-wrapped lines and subheadings over sentences; the first line of
    page furniture, or a line that is none of those, ends it, and everything after that
    is the page's. Clutter that also sits between paragraphs (an advertisement, a
    caption, "Also Read") ends nothing."""
    found: set[int] = set()
    wrapped = _wrapped_lines(lines, kinds)
    ended = False
    for index in range(last_paragraph + 1, len(lines)):
        kind = kinds[index]
        if kind in INLINE_CLUTTER or kind in (BLANK, FRAMING):
            continue
        if kind is None and (ended or not (index in wrapped or _goes_on_with_the_story(lines, kinds, index))):
            found.add(index)
        ended = ended or kind is not None or index in found
    return found


def _goes_on_with_the_story(lines: list[str], kinds: list[str | None], index: int) -> bool:
    """A sentence, a list item or a lead-in, or a subheading over a sentence."""
    text = END_OF_STORY_MARK.sub("", lines[index].strip())
    if ends_sentence(text) or text.endswith(":") or _is_list_item(text):
        return True
    following = next((later for later in range(index + 1, len(lines)) if kinds[later] != BLANK), None)
    return following is not None and kinds[following] is None and (
        ends_sentence(lines[following]) or _is_list_item(lines[following])
    )


def _is_list_item(text: str) -> bool:
    return bool(LIST_ITEM.match(text) or NUMBERED_ITEM.match(text))


def _wrapped_lines(lines: list[str], kinds: list[str | None]) -> set[int]:
    """Indices of hard-wrapped paragraphs: runs of adjacent story lines, all but the last
    at least ``WRAPPED_LINE_MIN_LENGTH`` long, where a line reads on into the next (a
    list of related headlines does not read on)."""
    def runs_on(index: int) -> bool:
        long_line = len(lines[index].strip()) >= WRAPPED_LINE_MIN_LENGTH
        return long_line and kinds[index] is None and index + 1 < len(lines) and kinds[index + 1] is None

    wrapped: set[int] = set()
    index = 0
    while index < len(lines):
        start = index
        while runs_on(index):
            index += 1
        if any(reads_on(lines[other - 1], lines[other]) for other in range(start + 1, index + 1)):
            wrapped.update(range(start, index + 1))
        index += 1
    return wrapped


def reads_on(previous: str, text: str) -> bool:
    """True when ``text`` reads as the continuation of ``previous`` (a lower-case start,
    or ``previous`` stopping at a comma, a dash or a word such as "the")."""
    previous, text = previous.strip(), text.strip()
    return bool(previous and text) and (
        text[0].islower()
        or previous.endswith((",", "-", "—", "–"))
        or previous.rsplit(" ", 1)[-1].lower() in FUNCTION_WORDS
    )


def _is_byline_part(text: str) -> bool:
    """Short enough for a name, a desk credit or a button, and no sentence."""
    text = text.strip()
    return (
        len(text) <= BYLINE_PART_MAX_LENGTH
        and len(text.split()) <= BYLINE_PART_MAX_WORDS
        and not ends_sentence(text)
        and not _is_list_item(text)
    )


def _is_person_name(text: str) -> bool:
    """Two or three capitalised words, none a function word or a section label's:
    "Mia Zhou", "JONAS WHITFIELD", not "Key Points" or "Why It Matters"."""
    words = text.split()
    return 2 <= len(words) <= 3 and all(
        NAME_WORD.fullmatch(word) and word[0].isupper() and word.lower() not in _not_name_words() for word in words
    )


def _previous_kind(kinds: list[str | None], index: int) -> str | None:
    return next((kinds[before] for before in range(index - 1, -1, -1) if kinds[before] != BLANK), FRAMING)


def _next_kind(kinds: list[str | None], index: int) -> str | None:
    return next((kinds[after] for after in range(index + 1, len(kinds)) if kinds[after] != BLANK), None)


@lru_cache(maxsize=1)
def _not_name_words() -> frozenset[str]:
    """Words of section labels and menus, which a person's name does not contain."""
    return label_words() | FUNCTION_WORDS | navigation_phrases()


@lru_cache(maxsize=1)
def _story_end_mark() -> re.Pattern[str]:
    marks = vocab.load("boilerplate").get("story_end_marks") or []
    return re.compile("|".join(f"(?:{mark})" for mark in marks) or "(?!)", re.IGNORECASE)
