"""Recognise page clutter: lines that came with the copied page but are not the article.

Comment widgets, "Also Read" links, share prompts, paywall and newsletter prompts, cookie
notices, photo captions and credits, syndication and editor's notes, disclosures and
disclaimers, press-office headers, sponsors' messages, copyright notices, audio players,
reading times, stray punctuation and glued navigation crumbs ("NEWSAI UPDATESGAMING
NEWS") are recognised by the patterns in ``vocab/boilerplate.yaml``, named by concept so
that the evidence says *why* a line was dropped and users can add what their sites add.
Publish stamps, breadcrumbs and menus are recognised by their shape (a date among short
separated parts, menu words); link lists and pull quotes by the lines around them.
Clutter that only its place on the page reveals (comment threads, the byline block, what
follows the story) is found in ``page_layout``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import dates, outlets, vocab
from .line_patterns import LinePatterns, LiteralGate
from .text import ends_sentence, words_up_to

MAX_CLASSIFIED_LENGTH = 1000  # longer lines are prose, never clutter
SPACE_BEFORE_COLON = LiteralGate(re.compile(r"(?<=\w) +:(?= |$)"))
CRUMB_SEPARATORS = re.compile(r"[\s›»>/|·•:,&\-–—]+")
CRUMB_MAX_LENGTH = 80
MENU_SEPARATOR = re.compile(r"[›»>/|·•]|\S {2,}\S")
BREADCRUMB_STEP = re.compile(r"\s*[›»>|]\s*|\s*/\s+|\s+/\s*")
MENU_MIN_WORDS = 4  # "Home About Archive Subscribe": four capitalised menu words in a row
PULL_QUOTE = re.compile(r"[\"“‘'](?P<quote>[^\"”’]{8,300}?)[\"”’']")
PULL_QUOTE_MAX_LENGTH = 200
SECTION_LEAD_MIN_WORDS = 25  # a section's first paragraph under its heading
PULL_QUOTE_MIN_WORDS = 3
PULL_QUOTE_MAX_COUNT = 20
WORD = re.compile(r"[\w'’-]+")
STAMP_MARKS = "|·•∙—–-"
STAMP_SEPARATOR = re.compile(rf"\s+[{STAMP_MARKS}]\s+")
STAMP_PART_MAX_WORDS = 6
SECTION_STAMP_MAX_WORDS = 10
STAMP_MAX_DATES = 3  # a stamp's publication and update dates, and its print date
STAMP_WORD = re.compile(r"(updated|posted|published|edited|last modified)\b", re.IGNORECASE)  # "09:36 BST – Updated 10 July"
ENTRY_HEADING_MIN_WORDS = 2  # "11:30 AM – NVLink Fusion"; "10:05 ET – Reuters" credits a stamp
STAMP_FILLER = re.compile(r"(?i:\b(?:by|on|at|updated?|posted|published|last modified)\b)|[():|·•,/–—-]")
NAME_WORD = re.compile(r"[^\W\d_][^\W\d_'’.-]*(?:['’.-][^\W\d_]+)*\.?")  # "Ahmet", "O'Brien", "Yu-chen", "C."
NAME_MAX_WORDS = 4
CREDIT_WORD = re.compile(r"\b(?:by|updated?|posted|published)\b", re.IGNORECASE)
DAY_NAME = re.compile(r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?", re.IGNORECASE)
PRINT_PAGE = re.compile(r"\b(?:page|p\.)\s?[A-Z]?\d{1,3}\b", re.IGNORECASE)
CLOCK_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*(?:[A-Z]{2,4}|GMT[+-]\d{1,2}))?", re.IGNORECASE)
TIME_ZONE = re.compile(r"\b(?:[A-Z]{1,4}T|UTC|GMT)(?:[+-]\d{1,2}(?::?\d{2})?)?\b")  # HKT, EDT, GMT+8
ENTRY_TIME = re.compile(r"\d[:.]\d{2}\s*(?:[ap]\.?m\b|[A-Z]{2,4}\b)", re.IGNORECASE)  # "11:05 AM EST", "10.41 BST"; a bare "02:41" is a clip's length
ENTRY_LOOKAHEAD = 4  # lines under a live entry's stamp where its headline, byline and first paragraph stand
ENTRY_HEADLINE_MIN_WORDS, ENTRY_HEADLINE_MAX_WORDS = 3, 20  # a headline, not a comment count ("17") under the page's stamp
ENTRY_PARAGRAPH_MIN_WORDS = 12
LIST_END = re.compile(r"end of list", re.IGNORECASE)  # the close of a list announced to screen readers ("list of 3 items")
RANK = re.compile(r"\d{1,2}\.?")  # "1", "2." numbering a most-read list
LEADING_SYMBOLS = re.compile(r"[^\w\s\"'“‘«(\[#@$€£¥%&*+−.,:;!?/\\-]{1,3}\s*")  # "📬 ", "👉 ", "→ ", "▶ "
CALLS_TO_ACTION = frozenset(  # the prompts an emoji or an arrow opens; "⚡️ BREAKING" is a post's own label
    {"newsletter", "share_prompt", "related_links", "paywall", "audio_player", "event_promotion", "advertisement"}
)
OUTLET_IN_PARENS = re.compile(r"\([A-Z][\w&.'’ -]{1,40}\)")  # "January 28, 2026 (Mainichi Japan)"
KICKER_SEPARATOR = re.compile(r"\s+[·•|/›»]\s+")
KICKER_PART_MAX_WORDS = 3
SUMMARY_LABEL = re.compile(
    r"(?:[\w'’]+ )?(key (points|facts|dates|numbers)|takeaways?|highlights|in brief|at a glance|summary|tl;? ?dr|the big picture"
    r"|what(['’]s| happens| comes)? next|what to watch( for)?|what (we|i)(['’]re|['’]m| are| am) (watching|reading|tracking)( (for|next))?"
    r"|by the numbers)\s*:?",
    re.IGNORECASE,
)
"""The label over a story's summary list ("Key points", "At a glance", "What happens next", "The Takeaway"),
or over a newsletter's closing list of what its writers follow ("What we're watching")."""


def classify(line: str) -> str | None:
    """The boilerplate concept ``line`` belongs to, or None when it may be article text."""
    return _classify(line.strip())


@lru_cache(maxsize=8192)
def _classify(text: str) -> str | None:
    """Cached: title, source, tags and body all ask about the same lines."""
    if not text:
        return None
    if len(text) > MAX_CLASSIFIED_LENGTH:
        return None
    text = SPACE_BEFORE_COLON.sub(":", text)  # "Reporter : Kim Ji-yeon", "Source : AFP", as French and CJK pages set it
    concept = _concepts().first_match(text)
    if concept:
        return concept
    symbols = LEADING_SYMBOLS.match(text)
    if symbols and symbols.end() < len(text):  # "📬 Sign up for the Daily Brief"
        prompt = _concepts().first_match(text[symbols.end() :])
        if prompt in CALLS_TO_ACTION:
            return prompt
    if dates.is_date_line(text):
        return "date_line"
    if is_stamp_line(text):
        return "stamp"
    if is_navigation_crumb(text) or is_breadcrumb(text) or is_kicker(text):
        return "navigation"
    return None


def is_stamp_line(text: str) -> bool:
    """True for a publish stamp made of short separated parts, one of them a date:
    ``AFP | 9 December 2025 | 10:32 IST``, ``2025-12-09 21:07:45 | Source: Xinhua``.

    Every part must be short and none a sentence, so prose containing a date is kept.
    The parts' shape is tested before their dates: most separated lines are prose.
    """
    parts = STAMP_SEPARATOR.split(text) if any(mark in text for mark in STAMP_MARKS) else [text]
    if len(parts) < 2:
        return _is_section_stamp(text)
    if _is_timed_entry_heading(parts):
        return False
    if all(words_up_to(part, STAMP_PART_MAX_WORDS + 1) <= STAMP_PART_MAX_WORDS and not part.endswith(".")
           for part in parts):
        return any(dates.is_date_line(part) for part in parts) or _is_section_stamp(text)
    return _is_section_stamp(text) and not any(dates.is_date_line(part) for part in parts)


def _is_timed_entry_heading(parts: list[str]) -> bool:
    """True for a live page's entry heading led by its time of day ("11:47 AM – RTX Pro
    servers", "11:03 AM – And we're off"): a clock time with no date and a phrase of a
    few words says what happened then; a publish stamp dates the page and credits it."""
    return (
        len(parts) == 2
        and bool(CLOCK_TIME.fullmatch(parts[0]))
        and len(parts[1].split()) >= ENTRY_HEADING_MIN_WORDS
        and dates.find_date(parts[1]) is None
        and not STAMP_WORD.match(parts[1])
    )


def _is_section_stamp(text: str) -> bool:
    """A date with only a section name, clock times or a print page around it:
    ``All News 16:05 April 16, 2025``, ``Thu, Jan 29, 2026 page10``."""
    if words_up_to(text, SECTION_STAMP_MAX_WORDS + 1) > SECTION_STAMP_MAX_WORDS:
        return False
    found = dates.find_date(text)
    if found is None:
        return False
    end = found.start + len(found.text)
    if found.start == 0 and CLOCK_TIME.match(text[end:].lstrip()) and not ends_sentence(text):
        return True  # a stamp glued to what followed it: "Aug. 27, 2025 8:12 PM ETNVIDIA Corporation"
    rest = _without_dates(text[: found.start] + " " + text[end:])
    for around_a_date in (CLOCK_TIME, PRINT_PAGE, DAY_NAME, TIME_ZONE, OUTLET_IN_PARENS):
        rest = around_a_date.sub(" ", rest)
    rest = rest.strip(" ,|·•-–—")
    return not rest or is_navigation_crumb(rest) or _is_credited_name(rest) or _is_credited_outlet(rest)


def _without_dates(text: str) -> str:
    """``text`` without the dates it still holds: a stamp dates the story twice, its first
    publication and its update ("Emir Yildirim |13.10.2025 - Update : 13.10.2025")."""
    for _ in range(STAMP_MAX_DATES):
        found = dates.find_date(text)
        if found is None:
            break
        text = text[: found.start] + " " + text[found.start + len(found.text) :]
    return text


def _is_credited_outlet(text: str) -> bool:
    """The outlet a stamp credits, once its dates and times are gone: "Reuters Published
    Updated", "AFP", "Reuters ,". A headline with a date says what happened, never only
    who published it."""
    words = STAMP_FILLER.sub(" ", text).split()
    return bool(words) and outlets.known_name(" ".join(words)) is not None


def _is_credited_name(text: str) -> bool:
    """The writer a stamp credits, once its date and times are gone: "By Jeffrey Feldstein
    Updated", "BY: Matthew Wilson ON", "Anil Ganti (Update: )", "Ahmet Furkan Mercan |
    - Update :": a name of two to four capitalised words, with a "By" before it and the
    stamp's own words around it. A heading with a date names what happened ("Trump meets
    Xi"), and one in title case has no "By" or "Updated" ("Nvidia Beats Estimates")."""
    if not CREDIT_WORD.search(text):
        return False  # "Nvidia Beats Estimates, Nov 19, 2025" may head a live page's entry
    words = STAMP_FILLER.sub(" ", text).split()
    return 2 <= len(words) <= NAME_MAX_WORDS and all(NAME_WORD.fullmatch(word) and word[0].isupper() for word in words)


def link_list_lines(lines: list[str]) -> set[int]:
    """Indices of "Related posts"-style labels and the story links listed under them.

    A line after a rank number ("1", "2.") is a listed headline however it ends
    ("The stock market is near records. Here's why."); ranks count up from 1, so a
    number out of that order is no rank (a comment count "17" under the byline, over the
    story's first paragraph). A heading set apart by blank lines over sentences ends the
    list: the story's next section, or a live blog's next entry (which may open on its
    clock time: "12:58"). A list announced to screen readers closes on its "end of list",
    whatever follows (the story's next subheading). A label with no link under it, only
    sentences ("Elsewhere" over a newsletter's short items), heads a section of the text."""
    return set(_link_list_lines(tuple(lines)))


@lru_cache(maxsize=4)
def _link_list_lines(lines: tuple[str, ...]) -> frozenset[int]:
    """``link_list_lines``, cached: the framing (lines the source reader skips) and the
    lines outside the story both ask it of the same page."""
    found: set[int] = set()
    index = 0
    while index < len(lines):
        if _is_link_list_label(lines[index].strip()):
            label, index = index, index + 1
            items = {label}
            ranked, rank = False, 0
            while index < len(lines) and (ranked or _is_link_line(lines[index])) and not _ends_a_link_list(lines, index):
                items.add(index)
                if LIST_END.fullmatch(lines[index].strip()):
                    index += 1
                    break
                if _is_next_rank(lines[index].strip(), rank):
                    ranked, rank = True, rank + 1
                else:
                    ranked = ranked and not lines[index].strip()
                index += 1
            if any(lines[item].strip() for item in items - {label}):
                found |= items
        else:
            index += 1
    return frozenset(found)


def _is_next_rank(text: str, rank: int) -> bool:
    """True when ``text`` is the rank number after ``rank`` ("1" first, then "2.")."""
    return bool(RANK.fullmatch(text)) and int(text.rstrip(".")) == rank + 1


def pull_quote_lines(lines: list[str]) -> set[int]:
    """Indices of pull quotes: a short line that opens with a quotation and is not a
    sentence of its own (a quote, then a caption such as "- the phrase officials used"),
    whose quoted words all appear again in a longer line of the story.

    A page has a few pull quotes; a text with more quote-shaped lines than
    ``PULL_QUOTE_MAX_COUNT`` is a transcript or a list of quotes, and keeps them all.
    """
    quotes = {index: words for index, line in enumerate(lines) if (words := _pull_quote_words(line.strip()))}
    if not quotes or len(quotes) > PULL_QUOTE_MAX_COUNT:
        return set()
    lines_with: dict[str, set[int]] = {}
    for index, line in enumerate(lines):
        if index not in quotes:
            for word in WORD.findall(line.lower()):
                lines_with.setdefault(word, set()).add(index)
    return {
        index
        for index, words in quotes.items()
        if any(len(lines[other]) > len(lines[index]) for other in set.intersection(*(lines_with.get(w, set()) for w in words)))
    }


def _pull_quote_words(text: str) -> set[str] | None:
    """The quotation's words when ``text`` is shaped like a pull quote, else None."""
    match = PULL_QUOTE.match(text)
    if not match or len(text) > PULL_QUOTE_MAX_LENGTH:
        return None
    tail = text[match.end() :].strip()
    if tail and ends_sentence(tail):
        return None  # a quotation with its attribution ("..., he said.") is the story
    words = set(WORD.findall(match.group("quote").lower()))
    return words if len(words) >= PULL_QUOTE_MIN_WORDS else None


def _is_link_list_label(text: str) -> bool:
    return 0 < len(text) <= CRUMB_MAX_LENGTH and _link_list_label().fullmatch(text) is not None


def _ends_a_link_list(lines: list[str], index: int) -> bool:
    text = lines[index].strip()
    return bool(SUMMARY_LABEL.fullmatch(text)) or _opens_a_section(lines, index) or _stamps_an_entry(lines, index)


def _stamps_an_entry(lines: list[str], index: int) -> bool:
    """True for a live page's entry stamp, its time of day with a meridiem or a zone
    ("11:05 AM EST", "Thu, November 20, 2025 at 9:12 AM EST"), over the entry's headline,
    its writer's name perhaps, and its first paragraph: the story starts there, whatever
    list ran above it (a quote strip's "In this article:" tickers, pasted with no blank
    line). A list's items are not followed by a paragraph that way; the page's own
    "Updated ..." stamp over its dek, and a clip's bare length ("02:41") over its title,
    are no entry's."""
    text = lines[index].strip()
    if not ENTRY_TIME.search(text) or STAMP_WORD.search(text) or not (CLOCK_TIME.fullmatch(text) or dates.is_date_line(text)):
        return False
    following = [line.strip() for line in lines[index + 1 : index + 1 + ENTRY_LOOKAHEAD] if line.strip()][:3]
    if len(following) < 2 or ends_sentence(following[0]) or not ENTRY_HEADLINE_MIN_WORDS <= len(following[0].split()) <= ENTRY_HEADLINE_MAX_WORDS:
        return False
    return any(_is_entry_paragraph(line) for line in following[1:])


def _is_entry_paragraph(text: str) -> bool:
    return len(text.split()) >= ENTRY_PARAGRAPH_MIN_WORDS and ends_sentence(text) and classify(text) is None


def _opens_a_section(lines: list[str], index: int) -> bool:
    """True for a heading, perhaps under its clock time, with blank lines above and below
    it and a sentence under it, or with a blank line above it and a paragraph of
    ``SECTION_LEAD_MIN_WORDS`` right under it: a list's items are not set apart from the
    text that way."""
    if index == 0 or lines[index - 1].strip() or not lines[index].strip():
        return False
    heading = index
    if CLOCK_TIME.fullmatch(lines[index].strip()):
        heading = next((later for later in range(index + 1, min(index + 3, len(lines))) if lines[later].strip()), index)
    if heading + 1 < len(lines) and _is_link_line(lines[heading]) and _is_lead_paragraph(lines[heading + 1]):
        return True  # "Europe watching closely" over its section's first paragraph, with no blank line between
    if heading + 1 >= len(lines) or lines[heading + 1].strip() or not _is_link_line(lines[heading]):
        return False
    following = next((line for line in lines[heading + 2 : heading + 4] if line.strip()), "")
    return bool(following) and not _is_link_line(following)


def _is_lead_paragraph(line: str) -> bool:
    """A paragraph's worth of sentences: no teaser under a listed headline is this long."""
    text = line.strip()
    return len(text.split()) >= SECTION_LEAD_MIN_WORDS and ends_sentence(text)


def _is_link_line(line: str) -> bool:
    """Blank, or a short headline-like line (no full stop) such as a linked story title."""
    text = line.strip()
    return not text or (len(text) <= 160 and not re.search(r"[.!]$", text))


def is_boilerplate(line: str) -> bool:
    """True when ``line`` is clutter of any kind (see ``classify``)."""
    return classify(line) is not None


def is_button_among_clutter(text: str, above: str, below: str) -> bool:
    """True for a word that a video page sets as a button ("Clip", "Thanks", "Join") where
    the lines written right ``above`` and ``below`` it are clutter too: a row of buttons
    ("Share" / "Thanks" / "Save"). Anywhere else the same word may be said and is kept."""
    return text.strip().lower() in player_buttons() and is_boilerplate(above) and is_boilerplate(below)


def is_navigation_crumb(text: str) -> bool:
    """True for a menu or category line made only of navigation words.

    A line that is exactly one navigation word or phrase ("Business") is a menu entry.
    Words are also found when the page glued them together ("NEWSAI UPDATES"), but only
    in lines without lower-case letters or in separator-joined lists ("Home › Tech",
    "Top Stories   For You   Markets": menus pasted with wide gaps between items) and in
    runs of four or more capitalised menu words ("Home About Archive Subscribe"), so
    an ordinary short heading such as "Tech Outlook" is never mistaken for a menu.
    """
    if len(text) > CRUMB_MAX_LENGTH or not re.search(r"[A-Za-z]", text):
        return False
    if " ".join(text.lower().split()) in navigation_phrases():
        return True
    letters = CRUMB_SEPARATORS.sub("", text).lower()
    if not letters.isalpha():
        return False
    shouting = text.upper() == text
    separated = bool(re.search(r"[›»>/|·•]|\S {2,}\S", text))
    titled_menu = len(text.split()) >= MENU_MIN_WORDS and all(word[0].isupper() for word in text.split())
    return (shouting or separated or titled_menu) and _segments_into_words(letters)


def is_menu_line(text: str) -> bool:
    """A menu or breadcrumb of several items ("Home > News > Remarks", "Markets  Tech
    Video"), as opposed to a lone section label such as "News"."""
    several = bool(MENU_SEPARATOR.search(text)) or len(text.split()) >= MENU_MIN_WORDS - 1
    return several and classify(text) == "navigation"


def is_breadcrumb(text: str) -> bool:
    """True for a breadcrumb trail that ends in the page's own title:
    ``Home > Tech > Nvidia H200 export licences: what changes``. Every step but the
    last is a menu word, and there are at least two of them. A trail that starts at
    "Home" is a breadcrumb whatever its section names ("Home > News Release > Press")."""
    if len(text) > CRUMB_MAX_LENGTH * 2:
        return False
    steps = BREADCRUMB_STEP.split(text)
    if len(steps) < 3:
        return False
    return steps[0].strip().lower() == "home" or all(is_navigation_crumb(step) for step in steps[:-1])


def is_kicker(text: str) -> bool:
    """True for a section kicker over a headline: a few short labels between separators,
    one of them a menu word ("Tech · Nvidia", "Business | Chips with everything",
    "Flashpoints | Economy | East Asia"). A headline after a section name is longer
    than a label ("Tech · Nvidia says it will resume H20 sales") and is kept."""
    if len(text) > CRUMB_MAX_LENGTH:  # before splitting: most lines are longer
        return False
    parts = KICKER_SEPARATOR.split(text)
    if not 2 <= len(parts) <= 4:
        return False
    labels = all(
        len(part.split()) <= KICKER_PART_MAX_WORDS and part[:1].isupper() and not ends_sentence(part) for part in parts
    )
    return labels and any(is_navigation_crumb(part) for part in parts)


def _segments_into_words(letters: str) -> bool:
    """True when ``letters`` splits into navigation words (linear in the length: each
    reachable position only tries the words that start with its letter)."""
    by_first_letter = _navigation_words()
    reachable = [True] + [False] * len(letters)
    for start in range(len(letters)):
        if reachable[start]:
            for word in by_first_letter.get(letters[start], ()):
                if letters.startswith(word, start):
                    reachable[start + len(word)] = True
    return reachable[-1]


@lru_cache(maxsize=1)
def navigation_phrases() -> frozenset[str]:
    words = vocab.load("boilerplate").get("navigation_words") or []
    return frozenset(" ".join(word.lower().split()) for word in words)


@lru_cache(maxsize=1)
def _navigation_words() -> dict[str, tuple[str, ...]]:
    """Navigation words without spaces or punctuation, by first letter."""
    words = vocab.load("boilerplate").get("navigation_words") or []
    squashed = {re.sub(r"\W", "", word.lower()) for word in words if word.strip()}
    by_first_letter: dict[str, list[str]] = {}
    for word in sorted(squashed):
        by_first_letter.setdefault(word[0], []).append(word)
    return {letter: tuple(group) for letter, group in by_first_letter.items()}


@lru_cache(maxsize=1)
def player_buttons() -> frozenset[str]:
    return frozenset(word.lower() for word in vocab.load("boilerplate").get("player_buttons") or [])


@lru_cache(maxsize=1)
def label_words() -> frozenset[str]:
    """Words of section labels and subheadings ("Key Points", "Why It Matters")."""
    return frozenset(word.lower() for word in vocab.load("boilerplate").get("label_words") or [])


@lru_cache(maxsize=1)
def _link_list_label() -> re.Pattern[str]:
    labels = vocab.load("boilerplate").get("link_list_labels") or []
    return re.compile("|".join(f"(?:{label})" for label in labels), re.IGNORECASE)


@lru_cache(maxsize=1)
def _concepts() -> LinePatterns:
    """The concepts' patterns, in the order the vocabulary lists them: the first concept
    with a pattern matching the whole line names it."""
    return LinePatterns(vocab.load("boilerplate").get("patterns") or {})
