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
from typing import Any

from . import chips, dates, outlets, stance
from .boilerplate import link_list_lines, pull_quote_lines
from .body import build_body, render
from .fields import Field, IngestError, Normalised
from .header import parse_header
from .source import extract_author, extract_cites, extract_source
from .summary import extract_summary
from .tags import extract_tags
from .text import byline_name
from .title import extract_title

MAX_TEXT_LENGTH = 1_000_000
MAX_LINE_LENGTH = 20_000
MAX_LINES = 5_000
LINE_BREAK_CHARACTERS = "\r\x0b\x0c\x85\u2028\u2029"
LINE_BREAKS = re.compile(rf"\r\n|[{LINE_BREAK_CHARACTERS}]")
INVISIBLE = re.compile(  # and lone surrogates, which no file can hold
    "[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
    "\ud800-\udfff]"
)
SPACES = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000]")


def normalise(text: str, *, name: str = "", day_first: bool = False) -> Normalised:
    """Front-matter ``meta`` (without the runner's keys) and the Markdown body of ``text``.

    ``name`` only labels warnings. Raises ``IngestError`` when nothing article-like remains.
    """
    text, warnings = sanitise(text)
    header = parse_header(text.split("\n"))
    lines = header.rest
    fields = _extract_framing(lines, header.fields)
    drop = _lines_outside_the_story(lines, fields)
    blocks = build_body(lines, drop)
    if not any(block.kind == "paragraph" for block in blocks):
        raise IngestError("no usable text")
    story = [line for index, line in enumerate(lines) if index not in drop]
    fields["date"] = _extract_date(lines, header.fields, day_first, fields["source"].value)
    fields["cites"] = extract_cites(story, fields["source"].value)
    fields["summary"] = extract_summary(blocks)
    fields.update(_read_subject(fields["title"].value, fields["subtitle"].value, [block.text for block in blocks]))
    meta = build_meta(fields, url=header.fields.get("url"))
    return Normalised(meta, render(blocks), [f"{name}: {w}" if name else w for w in warnings])


def _extract_framing(lines: list[str], header: dict[str, str]) -> dict[str, Field]:
    """Headline, dek, publisher, author and tags: what frames the story."""
    title, subtitle = extract_title(lines, header.get("title"))
    if title.value is None:
        raise IngestError("no usable text")
    taken = frozenset(title.details["lines"]) | frozenset(subtitle.details["lines"])
    if title.details["derived"]:  # a post or essay: lines above it are the poster's profile
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
    """Indices of lines the framing used, lines above the headline, link lists and pull
    quotes (clutter that only the surrounding lines reveal)."""
    drop = set(range(fields["title"].details["start"]))  # above the headline: page furniture
    for key in ("title", "subtitle", "source", "author", "tags"):
        drop.update(fields[key].details["lines"])
    named = _lines_naming(lines, fields["author"].value) | _lines_naming(lines, fields["source"].value)
    return drop | named | link_list_lines(lines) | pull_quote_lines(lines)


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
