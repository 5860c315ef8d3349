"""Turn the article's remaining lines into a clean, inert Markdown body.

Pasted text has one paragraph per line (seeds 000, 001, 003), blank-line separated
paragraphs (002, 004) or hard-wrapped lines; all become Markdown paragraphs separated by
blank lines. Short title-like lines between paragraphs become ``##`` headings, bullet
lines become ``-`` lists. Lines already used for the headline, dek, byline, tags and
page clutter (see ``boilerplate`` and ``page_layout``) are left out.

Every character of raw text is escaped (``escape_paragraph``) so that HTML or Markdown
syntax typed into a page is shown as text and can never become a live tag or link.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import boilerplate, page_layout, transcripts
from .text import ends_sentence, word_count

BULLET = page_layout.LIST_ITEM
TURN = "turn"  # a unit a transcript's speaker says: a paragraph, never a heading
HEADING_MAX_WORDS = 12
HEADING_MAX_LENGTH = 90
HTML_SPECIAL = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
HTML_SPECIAL_CHARACTER = re.compile(r"[&<>]")
MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]#+])")
ESCAPED_CHARACTER = re.compile(r"[&<>\\`*_{}\[\]#+]")
"""Any character that ``HTML_SPECIAL_CHARACTER`` or ``MARKDOWN_SPECIAL`` finds, in one class:
most paragraphs hold none, and one scan tells so."""
LINE_START_STRUCTURE = re.compile(r"^(\d+)([.)])(?=\s|$)|^([-=:>~])")
LIST_ITEM_END = re.compile(r";(?: (?:and|or))?$")  # "... three tiers;", "... obligations; and"
WRAP_MAX_WIDTH = 100  # e-mail and terminal text is wrapped at 60-80 columns; longer lines are unwrapped
WRAP_MIN_LINES = 5  # lines filled to the wrap width that a text must have to be hard-wrapped
WRAP_FILL = 15  # a wrapped line is this close to the wrap width
WRAP_SHARE = 4  # a wrapped text has this many times more lines filled to its width than longer ones


@dataclass(frozen=True)
class Block:
    """One unit of the body: a ``paragraph``, a ``heading`` or a ``list`` item. A
    hard-wrapped paragraph keeps its pasted ``lines``: Markdown reads them as one paragraph,
    and the body shows the author's text line for line. The text and lines are words set
    one space apart (``render`` escapes them as they stand)."""

    kind: str
    text: str
    lines: tuple[str, ...] = field(default=(), compare=False)


def build_body(lines: list[str], drop: set[int]) -> list[Block]:
    """The body's blocks from ``lines``, leaving out the indices in ``drop`` and clutter,
    whether a line says what it is or only its place on the page does. What a
    transcript's speakers or a video's captions say is kept however it reads
    (``transcripts``)."""
    captions = transcripts.caption_lines(lines)
    spoken = transcripts.spoken_lines(lines) | captions
    units = _units(lines, (drop | page_layout.layout_clutter(lines, drop, captions)) - spoken, spoken)
    blocks = []
    for position, (kind, wrapped) in enumerate(units):
        text = " ".join(wrapped)
        following = units[position + 1][0] if position + 1 < len(units) else None
        if kind == "paragraph" and following is not None and is_heading(text):
            kind = "heading"
        blocks.append(Block("paragraph" if kind == TURN else kind, text, wrapped if len(wrapped) > 1 else ()))
    return blocks


def render(blocks: list[Block]) -> str:
    """Markdown for ``blocks``: escaped text, list items grouped, blank lines between.
    A block's text and lines are words set one space apart, as ``build_body`` makes them
    (``_units`` reads each line's words): they are escaped as they stand, not split into
    words and joined again (a tenth of a millisecond per article)."""
    chunks: list[str] = []
    for block in blocks:
        if block.kind == "list" and chunks and chunks[-1].startswith("- "):
            chunks[-1] += "\n- " + _escape_spaced(block.text)
        elif block.kind == "list":
            chunks.append("- " + _escape_spaced(block.text))
        elif block.kind == "heading":
            chunks.append("## " + _escape_spaced(block.text))
        else:
            chunks.append("\n".join(_escape_spaced(line) for line in block.lines or (block.text,)))
    return "\n\n".join(chunks) + ("\n" if chunks else "")


def _units(lines: list[str], drop: set[int], spoken: frozenset[int]) -> list[tuple[str, tuple[str, ...]]]:
    """(kind, lines) per paragraph, list item or speaker's turn, joining hard-wrapped lines."""
    units: list[tuple[str, tuple[str, ...]]] = []
    joinable = False
    texts = [" ".join(line.split()) for line in lines]  # each line's words, read once for the width and the units
    width = wrap_width(texts)
    for index, text in enumerate(texts):
        if index in drop or not text or (index not in spoken and boilerplate.is_boilerplate(text)):
            joinable = False
            continue
        if BULLET.match(text):
            units.append(("list", (BULLET.sub("", text),)))
            joinable = False
        elif index in spoken:  # a speaker's turn, however short, is said, never a heading
            units.append((TURN, (text,)))
            joinable = True
        elif joinable and units and _continues(units[-1][1][-1], text, width):
            units[-1] = (units[-1][0], units[-1][1] + (text,))
        else:
            units.append(("paragraph", (text,)))
            joinable = True
    return units


def _continues(previous: str, text: str, width: int | None) -> bool:
    """True when ``text`` is the next line of a hard-wrapped paragraph: the previous line
    is long and stops mid-sentence (a lower-case start, a trailing comma or "to" says so,
    or, in a text wrapped at ``width``, the next word would not have fitted on it).
    A line closing on a lead-in's colon or a list item's semicolon ("... three tiers;",
    "... obligations; and") ends its item, and the next line starts another, as does a
    transcript line opening on its speaker or its time in the recording."""
    filled = _filled(previous, text, width)
    return (
        len(previous) >= page_layout.WRAPPED_LINE_MIN_LENGTH
        and (filled or not ends_sentence(previous))
        and not previous.endswith(":")
        and not LIST_ITEM_END.search(previous)
        and (filled or page_layout.reads_on(previous, text))
        and not transcripts.opens_a_turn(text)
    )


def _filled(previous: str, text: str, width: int | None) -> bool:
    """The previous line broke only because ``text``'s first word would not fit in ``width``."""
    return width is not None and len(previous) + 1 + len(text.split(" ", 1)[0]) > width


def wrap_width(texts: list[str]) -> int | None:
    """The column a hard-wrapped text was wrapped at (``texts``: its lines with their runs
    of spaces collapsed, as the body reads them): the longest line of at most
    ``WRAP_MAX_WIDTH`` in the band that its ``WRAP_MIN_LINES`` longest lines reach (a stray
    longer line is an address or an ad), when ``WRAP_SHARE`` times more lines fill it than run past it; None for text
    with a paragraph per line (its headings and short paragraphs are no wrapped lines)."""
    lengths = [len(text) for text in texts]
    fitting = sorted((length for length in lengths if length <= WRAP_MAX_WIDTH), reverse=True)
    if len(fitting) < WRAP_MIN_LINES:
        return None
    width = max(length for length in fitting if length <= fitting[WRAP_MIN_LINES - 1] + WRAP_FILL)
    filled = sum(1 for length in fitting if width - WRAP_FILL < length <= width)
    longer = sum(1 for length in lengths if length > width)
    return width if width >= page_layout.WRAPPED_LINE_MIN_LENGTH and filled >= WRAP_SHARE * longer else None


def is_heading(text: str) -> bool:
    """A short title-like line without final punctuation: a subheading.

    A question mark is allowed ("Why Beijing Is Hesitant?"); a colon inside is allowed
    ("2022: the first cut-off"), a colon at the end is a lead-in to a list, not a heading.
    """
    return (
        word_count(text) <= HEADING_MAX_WORDS
        and len(text) <= HEADING_MAX_LENGTH
        and (text[0].isupper() or text[0].isdigit())
        and not re.search(r"[.,;:!…\"”’']$", text)
        and not (ends_sentence(text) and not text.endswith("?"))
    )


def escape_paragraph(text: str) -> str:
    """``text`` as inert Markdown: HTML specials as entities, Markdown syntax escaped.

    Markers that only act at the start of a line (``1.``, ``-``, ``=``, ``:``, ``>``) are
    neutralised too, so a paragraph can never turn into a list, heading or definition.
    """
    return _escape_spaced(" ".join(text.split()))


def _escape_spaced(text: str) -> str:
    """``escape_paragraph`` of a text whose words are already set one space apart. Most
    paragraphs hold nothing to escape but the markers that open a line: one scan for any
    special character, not a scan for each kind and a substitution that changes nothing."""
    if ESCAPED_CHARACTER.search(text):
        if HTML_SPECIAL_CHARACTER.search(text):  # rare; translating every paragraph is slow
            text = text.translate(HTML_SPECIAL)
        text = MARKDOWN_SPECIAL.sub(r"\\\1", text)
    return LINE_START_STRUCTURE.sub(_neutralise_start, text)


def _neutralise_start(match: re.Match[str]) -> str:
    if match.group(1):
        return match.group(1) + "\\" + match.group(2)
    return f"&#{ord(match.group(3))};"
