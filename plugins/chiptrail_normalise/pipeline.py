"""From the text of one raw file to front-matter fields and a Markdown body.

The steps run in the order each needs the last: raw header → headline and dek →
date → publisher, cited outlets and author → tags → body → chips, stance and actor
(which read the clean body) → summary. Each extractor returns a ``Field``; this module
only sequences them and lays their values out under the front-matter keys.

``normalise`` accepts any ``str``: control characters (except newline and tab) and
bidirectional-override marks are removed, and pathological sizes are capped, so the
only exception it raises is ``IngestError`` for text with nothing article-like in it.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, NamedTuple

from . import boilerplate, chips, dates, outlets
from .boilerplate import link_list_lines, pull_quote_lines
from .body import Block, build_body, render
from .fields import Field, IngestError, Normalised
from .header import Header, parse_header
from .line_shapes import PROSE_MIN_WORDS, is_prose
from .page_layout import LIST_ITEM, NUMBERED_ITEM, WRAPPED_LINE_MIN_LENGTH, reads_on
from .relevance import names_the_saga
from .source import extract_author, extract_cites, extract_source
from .summary import extract_summary
from .tags import extract_tags
from .text import EMOJI, byline_name, ends_sentence, strip_quotes, word_count
from .title import extract_title, opens_an_exchange, title_of_last_resort

# Imported last: ingest's warm-up helper starts from the stance readers while the parent
# imports the rest and reads its first page (ingest.WarmUpHelper).
from . import stance  # noqa: E402, I001

MAX_TEXT_LENGTH = 1_000_000
MAX_LINE_LENGTH = 20_000
MAX_LINES = 5_000
LINE_BREAK_CHARACTERS = "\r\x0b\x0c\x85\u2028\u2029"
LINE_BREAKS = re.compile(rf"\r\n|[{LINE_BREAK_CHARACTERS}]")
INVISIBLE = re.compile(  # and lone surrogates, which no file can hold
    "[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
    "\ud800-\udfff]"
)
WRAPPING_MARKUP = re.compile(r"</?[A-Za-z][^<>]{0,200}>|^\s*\|+|\|+\s*$")
"""Tags and table pipes wrapping a pasted line ("<p>…</p>", "| … |"), taken off before the
last resort asks whether it is prose."""
LAST_RESORT_MIN_WORDS = 12  # for the last resort only: a line this long is prose without a stop
LAST_RESORT_MIN_LENGTH = 60  # ... or this many characters (a line of Thai has no spaces)
SHORT_SENTENCE_MIN_WORDS = 3  # for the last resort: a line closing a sentence this long may be a short sentence of it
LAST_RESORT_SENTENCE_MIN_WORDS = 5  # before refusing a page: one whole sentence this long is a post
POST_SIGN_OFF = re.compile(rf"(?:\s*(?:#[^\s#]{{1,60}}#?|{EMOJI}))+$")
"""The hashtags and emoji a post closes on: "… 约谈英伟达。#英伟达H20#", "… 到货🎉 #AI #芯片"."""
SENTENCE_STOP = re.compile("[。！？!?]")
LEAD_IN_END = re.compile("[:：]$")
MARKDOWN_HEADING = re.compile(r"#{2,6} ")  # "## Top story: ...": a section of a text pasted as Markdown
CHAT_MESSAGE = re.compile(r"\[[^\[\]]{4,30}\]\s*[\w.-]{1,30}:\s+\S")
"""A chat export's message, its time and sender before it: "[Jan 14, 2026 6:41 AM] ticker_tom: BIS final rule ..."."""
SPACES = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000]")


def normalise(text: str, *, name: str = "", day_first: bool = False) -> Normalised:
    """Front-matter ``meta`` (without the runner's keys) and the Markdown body of ``text``.

    ``name`` only labels warnings. Raises ``IngestError`` when nothing article-like remains.
    """
    warnings, header, (fields, lines, drop, blocks) = _read(text)
    story = [line for index, line in enumerate(lines) if index not in drop]
    fields["date"] = _extract_date(lines, header.fields, day_first, fields["source"].value)
    fields["cites"] = extract_cites(story, fields["source"].value)
    fields["summary"] = extract_summary(blocks)
    fields.update(_read_subject(*_subject_texts(fields, blocks)))
    meta = build_meta(fields, url=header.fields.get("url"))
    return Normalised(meta, render(blocks), [f"{name}: {w}" if name else w for w in warnings])


def subject_texts(text: str) -> tuple[str, str | None, list[str]]:
    """The headline, dek and paragraphs that chips and stance read in ``text``: what the
    stance model is trained on (``stance_training``)."""
    reading = _read(text)[2]
    return _subject_texts(reading.fields, reading.blocks)


def _read(text: str) -> tuple[list[str], Header, PageReading]:
    """The sanitising warnings, the raw header and the page's reading: what both
    ``normalise`` and ``subject_texts`` start from."""
    text, warnings = sanitise(text)
    header = parse_header(text.split("\n"))
    return warnings, header, _read_the_page(header.rest, header.fields)


def _subject_texts(fields: dict[str, Field], blocks: list[Block]) -> tuple[str, str | None, list[str]]:
    return fields["title"].value, fields["subtitle"].value, [block.text for block in blocks]


class PageReading(NamedTuple):
    """What reading a page gives the rest of ``normalise``."""

    fields: dict[str, Field]
    lines: list[str]  # a headline cut off the paragraph it opened
    drop: set[int]  # indices of the lines outside the story
    blocks: list[Block]


def _read_the_page(lines: list[str], header: dict[str, str]) -> PageReading:
    """The framing fields, the page's lines (a headline cut off the paragraph it opened),
    the indices of the lines outside the story, and the body's blocks.

    When the framing cannot read the page (no headline found and no prose to derive one
    from, or a body left without text), the page is read as its prose lines under a
    derived title (``_read_as_prose``): a page that holds a sentence of prose is never
    refused, only one without any.

    A post's headline in 【】 is cut off its paragraph for the framing and the date, but the
    body is built from the lines as printed: like a dateline, the headline stays at the
    start of its paragraph (45 of the 48 such dev pages are labelled so).
    """
    title, subtitle = extract_title(lines, header.get("title"))
    framed = None
    if title.value is not None:
        fields = _extract_framing(lines, header, title, subtitle)
        cut = _without_cut_headlines(lines, title.details.get("cut", {}))
        drop = _lines_outside_the_story(cut, fields)
        framed = PageReading(fields, cut, drop, build_body(lines, drop))
        if _holds_text(framed.blocks):
            return framed
    prose = [index for index, line in enumerate(lines) if _is_prose_line(line)]
    if prose or framed is None or not any(block.kind == "paragraph" for block in framed.blocks):
        return _read_as_prose(lines, header, prose)
    return framed  # a page of short lines ("Good Headline" / "Body."): its paragraphs are all it has


def _holds_text(blocks: list[Block]) -> bool:
    """A body holding a paragraph or list item of prose, or short paragraphs that add up
    to more than a sentence (a video's caption lines): a story, not a name or a link left
    under headings."""
    text = [block.text for block in blocks if block.kind != "heading"]
    return any(is_prose(paragraph) for paragraph in text) or sum(map(word_count, text)) > PROSE_MIN_WORDS


def _read_as_prose(lines: list[str], header: dict[str, str], prose: list[int]) -> PageReading:
    """The last resort for a page whose framing fails: its ``prose`` lines (``is_prose``, no
    clutter) as the body's paragraphs, under the header's title or one derived from the
    first of them as a headline-less post's is, with low confidence (``invoke review``
    lists it); failing those, its lines of one short sentence (a headline in 【】 kept at the
    start of its paragraph, as ``_read_the_page`` keeps it). Raises ``IngestError`` for a
    page without either."""
    prose = prose or [index for index, line in enumerate(lines) if _is_one_sentence_line(line)]
    if not prose:
        raise IngestError("no usable text")
    prose = sorted(set(prose) | {index for index, line in enumerate(lines) if _closes_a_sentence(line, lines[index - 1] if index else "")})
    title = _given_or_derived_title(lines, prose, header.get("title"))
    body = [index for index in prose if index not in title.details["lines"]] or prose
    blocks = [Block("paragraph", _unwrapped(lines[index])) for index in body]
    lines = _without_cut_headlines(lines, title.details.get("cut", {}))
    fields = _extract_framing(lines, header, title, Field(None, 0.0, "", {"lines": []}))
    return PageReading(fields, lines, set(range(len(lines))) - set(body), blocks)


def _is_prose_line(line: str) -> bool:
    """Prose for the last resort: a line, its wrapping markup taken off, that is a
    paragraph (``is_prose``) or as long as one without a stop, and no clutter."""
    text = _unwrapped(line)
    long_enough = word_count(text) >= LAST_RESORT_MIN_WORDS or len(text) >= LAST_RESORT_MIN_LENGTH
    return bool(text) and (is_prose(text) or long_enough) and not boilerplate.is_boilerplate(text)


def _closes_a_sentence(line: str, above: str) -> bool:
    """On a page read as its prose, a line closing a sentence of ``SHORT_SENTENCE_MIN_WORDS``
    or more, however short otherwise, and no clutter: a short sentence of the story ("The
    company did not identify the customer.", "Same Monday. Peak 2025."), or the last line
    of a hard-wrapped one, under a line that stops mid-sentence ("... remains" over
    "certain."); not a label ("Log in.", "Advertisement."), a bare exclamation or a
    sign-off ("Yes!", "Thanks for reading!")."""
    text, wrapped = _unwrapped(line), _unwrapped(above)
    long_enough = word_count(text) >= SHORT_SENTENCE_MIN_WORDS or (bool(wrapped) and not ends_sentence(wrapped))
    return (long_enough and bool(ends_sentence(text)) and not text.endswith(("!", "！"))
            and not boilerplate.is_boilerplate(text))


def _is_one_sentence_line(line: str) -> bool:
    """Before a page is refused: a line that is one short whole sentence, perhaps closing on
    hashtags or emoji, naming a chip or the saga, and no clutter — a post of one line (often
    in Chinese, whose sentences count few words), which refusing would lose entirely. A short
    sentence naming neither is a site's notice ("Your session has expired.", "该内容已被发布者删除。")."""
    text = _unwrapped(line)
    sentence = POST_SIGN_OFF.sub("", text)
    signed_off = sentence != text and SENTENCE_STOP.search(sentence)  # "终于！… 到货🎉 #AI": a post's sentence
    return (word_count(sentence) >= LAST_RESORT_SENTENCE_MIN_WORDS and bool(ends_sentence(sentence) or signed_off)
            and bool(chips.extract_chips("", [sentence]).value or names_the_saga(sentence))
            and not boilerplate.is_boilerplate(text))


def _unwrapped(line: str) -> str:
    return " ".join(WRAPPING_MARKUP.sub(" ", line).split())


def _given_or_derived_title(lines: list[str], prose: list[int], given: str | None) -> Field:
    if given:
        return Field(strip_quotes(given), 1.0, "raw header 'Title:'", {"derived": False, "lines": [], "site": None, "start": 0})
    return title_of_last_resort([(index, _unwrapped(lines[index])) for index in prose], lines)


def _extract_framing(lines: list[str], header: dict[str, str], title: Field, subtitle: Field) -> dict[str, Field]:
    """Headline, dek, publisher, author and tags: what frames the story."""
    taken = frozenset(title.details["lines"]) | frozenset(subtitle.details["lines"])
    if title.details["derived"] or title.details.get("post"):  # a post or essay: lines above it are the poster's profile
        taken |= frozenset(range(title.details["start"]))
    author = extract_author(lines, header.get("author"), skip=taken)
    person = None if outlets.known_name(author.value or "") else author.value  # "Text by: FRANCE 24" credits the outlet
    return {
        "title": title,
        "subtitle": subtitle,
        "source": extract_source(
            lines,
            given=header.get("source"),
            url=header.get("url"),
            site=title.details["site"],
            skip=taken | _lines_naming(lines, person) | link_list_lines(lines),
            author=person,
        ),
        "author": author,
        "tags": extract_tags(lines, header.get("tags")),
    }


def _without_cut_headlines(lines: list[str], cut: dict[int, str]) -> list[str]:
    """``lines`` with each line that opens with the headline (``cut``: its index and the
    text after the headline, as in "【headline】text") holding only that text."""
    return [cut.get(index, line) for index, line in enumerate(lines)] if cut else lines


def _lines_naming(lines: list[str], person: str | None) -> frozenset[int]:
    """Lines that are only the author's or the publisher's name, or repeat the byline
    ("By Jane Doe (jane@example.com)" signing off the story): never body text (and an
    author's name line is never a site name)."""
    if not person:
        return frozenset()
    return frozenset(
        index for index, line in enumerate(lines) if line.strip() == person or byline_name(line) == person
    )


def _lines_outside_the_story(lines: list[str], fields: dict[str, Field]) -> set[int]:
    """Indices of lines the framing used, lines above the headline (but a sentence of the
    story, ``_is_a_sentence_above``, when the reader took a line inside the text for the
    headline or no menu row stands between them: over a menu row, a sentence is the
    site's strapline or a banner), link lists and pull quotes (clutter that only the
    surrounding lines reveal)."""
    title = fields["title"].details
    storys = {index for index in title["lines"] if _is_the_storys_line(lines, index)
              or _runs_on_into_the_text(lines, index, title["lines"])}
    inside = title["derived"] or bool(title.get("post")) or bool(storys)
    kept_above = {index for index in range(title["start"]) if _is_a_sentence_above(lines[index])
                  and (inside or _menu_words_below(lines[index + 1 : title["start"]]) < MENU_ROW_MIN_WORDS)}
    drop = set(range(title["start"])) - kept_above
    for key in ("title", "subtitle", "source", "author", "tags"):
        drop.update(fields[key].details["lines"])
    drop -= storys
    named = _lines_naming(lines, fields["author"].value) | _lines_naming(lines, fields["source"].value)
    return drop | named | link_list_lines(lines) | pull_quote_lines(lines)


ABOVE_MIN_WORDS = 10  # a sentence this long above the headline is the story's, not the page's...
MENU_ROW_MIN_WORDS = 2  # ...unless this many menu words ("Home", "Markets") stand between them
MENU_WORD_MAX_WORDS = 2


def _menu_words_below(between: list[str]) -> int:
    """How many lines of ``between`` are a menu's entry: a word or two, no sentence."""
    return sum(0 < word_count(line) <= MENU_WORD_MAX_WORDS and not ends_sentence(line.strip()) for line in between)


def _is_a_sentence_above(line: str) -> bool:
    """A whole sentence of ``ABOVE_MIN_WORDS`` or more, and no clutter, above the line read
    as the headline: page furniture there is menus, names, dates and labels, not
    sentences. When the reader took a line inside the text for the headline (a call
    transcript's question, a forum answer's second point), what stands above it is the
    story, and only the body's own clutter rules judge it."""
    text = line.strip()
    return bool(ends_sentence(text)) and word_count(text) >= ABOVE_MIN_WORDS and not boilerplate.is_boilerplate(text)


def _is_the_storys_line(lines: list[str], index: int) -> bool:
    """A line the headline reader took that its shape gives to the story: a lead-in closing
    on a colon ("Two headlines from today:", "The Grand Jury charges that:"), which
    introduces what follows as no headline does, a chat export's message ("[Jan 14,
    2026 6:41 AM] ticker_tom: BIS final rule ..."), a line whose first word is all in lower
    case, as no headline is printed ("h20 ban lifted?? anyone know ...": a post typed in
    haste; a brand's "iPhone" or "eBay" may open a headline, ``_opens_in_lower_case``), or
    a line on a list's bullet or number or a Markdown heading's marks ("1. Nvidia to resume
    H20 sales", "## Top story: ...": a digest's first item or section). It
    stays in the body, whatever the title became: on a page without a headline the
    reader's pick is the story's first line, and a stamp taken for one is still judged by
    the body's own clutter rules. So does a transcript's first question, answered under it
    (``opens_an_exchange``: "Reporter: Will China allow imports of the H200?" over "Mao
    Ning: ...")."""
    text = lines[index].strip()
    listed = LIST_ITEM.match(text) or NUMBERED_ITEM.match(text) or MARKDOWN_HEADING.match(text)
    return bool(LEAD_IN_END.search(text) or CHAT_MESSAGE.match(text) or _opens_in_lower_case(text) or listed) or opens_an_exchange(lines, index)


def _runs_on_into_the_text(lines: list[str], index: int, taken: list[int]) -> bool:
    """A line the headline reader took that runs on into the next line, which it did not
    take, as the first line of a hard-wrapped paragraph does ("So China's customs started
    letting H200 servers through this week," over "with buyers signing end-use pledges.",
    "... received US licences to ship some MI308 chips to" over "China and will restart
    ..."): it stops mid-sentence, on a comma or a word such as "to" or "the", or the line
    under it opens in lower case (``page_layout.reads_on``). A headline is printed whole on
    its lines (one wrapped over two is taken whole), so the line opens the story's first
    paragraph and stays in the body; a byline or clutter under it continues nothing. A
    headline over its dek ("... 300,000 Nvidia Blackwell chips" over "xAI wants them in
    Memphis ...", "..., ending pause," over "The chipmaker can resume ...") is no paragraph's
    first line: the dek ends no sentence, and a brand opening it ("xAI") is no lower case."""
    if index + 1 >= len(lines) or index + 1 in taken:
        return False
    text, following = lines[index].strip(), lines[index + 1].strip()
    runs_on = reads_on(text, following) and (not following[:1].islower() or _opens_in_lower_case(following))
    after = lines[index + 2].strip() if index + 2 < len(lines) else ""
    goes_on = bool(ends_sentence(following)) or (  # a third wrapped line under it: the paragraph goes on
        len(following) >= WRAPPED_LINE_MIN_LENGTH and len(after) >= WRAPPED_LINE_MIN_LENGTH and byline_name(after) is None)
    return (len(text) >= WRAPPED_LINE_MIN_LENGTH and runs_on and goes_on
            and byline_name(following) is None and not boilerplate.is_boilerplate(following))


def _opens_in_lower_case(text: str) -> bool:
    """A first word in lower case from its first letter to its last ("h20 ban lifted??"),
    not a brand's ("iPhone", "eBay", "xAI")."""
    return text[:1].islower() and text.split()[0].islower()


def sanitise(text: str) -> tuple[str, list[str]]:
    """``text`` with unified line breaks, no invisible controls, and capped sizes."""
    warnings = []
    if len(text) > MAX_TEXT_LENGTH:
        text = text[:MAX_TEXT_LENGTH]
        warnings.append(f"text cut to its first {MAX_TEXT_LENGTH} characters")
    # ``re`` finds no quick start for LINE_BREAKS and tries it at every character, and
    # SPACES holds no ASCII character: both are run only on texts that need them.
    if any(character in text for character in LINE_BREAK_CHARACTERS):
        text = LINE_BREAKS.sub("\n", text)
    text = INVISIBLE.sub("", text)
    if not text.isascii():
        text = SPACES.sub(" ", text)
    text = text.replace("\t", " ")
    lines = text.split("\n")
    if len(lines) > MAX_LINES:
        lines = lines[:MAX_LINES]
        warnings.append(f"text cut to its first {MAX_LINES} lines")
    if any(len(line) > MAX_LINE_LENGTH for line in lines):
        lines = [line[:MAX_LINE_LENGTH] for line in lines]
        warnings.append(f"lines longer than {MAX_LINE_LENGTH} characters were cut")
    return "\n".join(lines), warnings


def _extract_date(lines: list[str], header: dict[str, str], day_first: bool, source: str | None) -> Field:
    """The header's ``Date:`` when it reads as a date, else the date stated in the text
    (an ambiguous numeric one read in the order the publisher writes dates in)."""
    if header.get("date"):
        given = dates.extract_date([header["date"]], day_first=day_first)
        if given.value is not None:
            return Field(given.value, 1.0, "raw header 'Date:'", given.details)
    return dates.extract_date(lines, url=header.get("url"), day_first=day_first, source=source)


def _read_subject(title: str, subtitle: str | None, paragraphs: list[str]) -> dict[str, Field]:
    """What the story is about and which way it moves; the dek is read with the headline."""
    return {
        "chips": chips.extract_chips(title, paragraphs),
        "stance": stance.extract_stance(title, paragraphs, subtitle),
        "actor": stance.extract_actor(title, paragraphs, subtitle),
    }


def build_meta(fields: dict[str, Field], *, url: str | None) -> dict[str, Any]:
    """Front-matter values from the extracted ``fields``; optional keys only when known."""
    date_field = fields["date"]
    meta: dict[str, Any] = {
        "title": fields["title"].value,
        "title_derived": bool(fields["title"].details.get("derived")),
        "subtitle": fields["subtitle"].value,
        "date": date_field.value if isinstance(date_field.value, date) else None,
        "date_order": (date_field.details or {}).get("order"),
        "source": fields["source"].value,
        "cites": list(fields["cites"].value),
        "url": url,
        "author": fields["author"].value,
        "chips": list(fields["chips"].value or []),
        "chips_about": list((fields["chips"].details or {}).get("about") or []),
        "stance": fields["stance"].value,
        "stance_confidence": round(float(fields["stance"].confidence), 2),
        "stance_evidence": list((fields["stance"].details or {}).get("cues") or []),
        "actor": fields["actor"].value,
        "tags": list(fields["tags"].value),
        "summary": fields["summary"].value,
    }
    for optional in ("subtitle", "date_order", "url", "author"):
        if meta[optional] is None:
            del meta[optional]
    meta["confidence"] = {key: round(float(fields[key].confidence), 2) for key in CONFIDENCE_KEYS}
    meta["evidence"] = {key: fields[key].evidence for key in CONFIDENCE_KEYS}
    return meta


CONFIDENCE_KEYS = ("title", "date", "source", "chips", "stance")
