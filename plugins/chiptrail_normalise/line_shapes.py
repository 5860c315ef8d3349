"""What a line of a pasted page is shaped like: a paragraph, a headline, clutter that
opens pages, a site's name or stamp.

The headline reader (``title``), the post reader (``social_posts``) and the publisher
reader (``source``) must agree on these shapes, and each of them builds on the others'
verdicts (a post page changes whose name is a publisher). Kept below all three, so that
none of them imports another's internals.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from . import boilerplate, dates, outlets, vocab
from .line_patterns import LiteralGate
from .text import SENTENCE_BREAK, byline_name, ends_sentence, is_url_line, starts_with_dateline, strip_quotes, word_count

PAGE_TOP_LINES = 30  # non-blank lines read for a headline or a post: long menus and widget stacks can precede it
MENU_ENTRY_MAX_WORDS = 2  # a menu pasted one entry per line: such short lines do not use up the top window
MENU_ENTRY_MAX_LENGTH = 16  # (in characters too: word_count counts a run of Chinese as a word per two characters)
PAGE_TOP_MAX_LINES = 90  # however long the menu, the headline is read within this many non-blank lines
HEADLINE_WORDS = (3, 30)
HEADLINE_MAX_LENGTH = 200
QUESTION_MARKS = ("?", "？")  # and the full-width mark of Chinese and Japanese
QUESTION_HEADLINE_MAX_WORDS = 25  # a forum's or Q&A site's question runs long: "Ask HN: How should we read ...?"
PROSE_MIN_WORDS = 8  # a sentence of more words is a paragraph, not a label or heading
LEAD_IN_MIN_WORDS = 6  # "Two things happened within about 24 hours:"; a label with a colon is shorter ("Key takeaways:")
ABBREVIATION_END = re.compile(r"(?:\b[A-Z]\.){2,}$|\b(?:Inc|Co|Corp|Ltd|Jr|Sr|No)\.$")  # "... in step with U.S."
TAG_PAGE_HEADER = re.compile(
    r"(tag|tags|tagged|topic|topics|category|categories|archive|archives|posts tagged|"
    r"articles tagged|stories tagged|posts about|news about|browsing|showing (?:posts|articles|stories|results))\b\s*[:\-–»]?\s*.{0,60}",
    re.IGNORECASE,
)
STAMP_SEPARATOR = LiteralGate(re.compile(r"\s+[|·•—–-]\s+"))
PERSON_LIKE = re.compile(r"\b(desk|staff|newsroom|team|reporter|editor|writer|correspondent)s?$", re.IGNORECASE)
SITE_NAME_MAX_WORDS = 3
SITE_NAME_MAX_LENGTH = 40
MENU_RUN_MIN_WORDS = 5
MENU_GAP = re.compile(r"\s{2,}")
GAPPED_MENU_MIN_ENTRIES = 3
GAPPED_MENU_ENTRY_MAX_WORDS = 4
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
TITLE_CASED_MIN_WORDS = 4
HEADLINE_MARKER = re.compile(r"[A-Z]{2,12}:\s")
TRAIL_STEP = LiteralGate(re.compile(r"\s+[/›»>|]\s+"))
TRAIL_STEP_MAX_WORDS = 4
MENU_DOT = LiteralGate(re.compile(r"\s+[·•]\s+"))
MENU_DOT_MIN_STEPS = 4  # a row of sections; two or three parts set apart by dots are a stamp ("Podcast · Weekly", "38 min")
CASELESS_STEP_MAX_LENGTH = 8  # characters of a label in a script without spaces or capitals ("首页", "公告解读")
CLIENT_STAMP = re.compile(
    r"^(?:(?:re|fwd?|fw|aw|wg|tr)\s?:\s*)+"  # a mail client's reply or forward: "Fwd: ", "RE: FW: "
    r"|^\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?\s+(?=\S)(?![AaPp]\.?[Mm]\b)",  # a browser's print header
    re.IGNORECASE,
)
"""What a program sets before a page's title: a mail client's "Fwd:" or "RE:" on the
subject of a forwarded newsletter, and the date and time a browser prints at the top of
each printed page ("12/5/24, 9:14 AM New BIS Rules ... | Ashby Kline LLP"); never the
"PM" of a date stamp set on its own line ("08/12/2025 04:55 PM"), which is no title."""
UI_CONTROL_MAX_WORDS = 6
UI_VERBS = frozenset(vocab.load("boilerplate")["ui_verbs"])
"""Verbs of a page's buttons and links ("Add to a list", "Share full article", "Skip
links", "Search in r/hardware", "Accept additional cookies"): a short line opening with
one of them is an instruction to the reader, never a headline or a publication's name."""


def page_top(lines: list[str]) -> list[tuple[int, str]]:
    """(index, text as titled) of the lines read for a headline: the first
    ``PAGE_TOP_LINES`` non-blank lines, not counting the entries of a menu pasted one per
    line (lines of one or two short words), which can push the headline far down a page; each
    line without what a mail client or browser set before it (``as_titled``). A button
    word in a row of buttons ("Clip" between "Download" and "Save" under a video) is
    left out: it is no label, dek or headline."""
    return list(_page_top(tuple(lines)))


@lru_cache(maxsize=16)
def _page_top(lines: tuple[str, ...]) -> tuple[tuple[int, str], ...]:
    """``page_top``, cached: the title reader and the post reader (``social_posts``) both
    read the top of the same page."""
    top, counted = [], 0
    for index, line in enumerate(lines):
        text = line.strip()
        if not text:
            continue
        top.append((index, as_titled(text)))
        counted += not is_menu_entry(text)
        if counted == PAGE_TOP_LINES or len(top) == PAGE_TOP_MAX_LINES:
            break
    return tuple(
        line
        for position, line in enumerate(top)
        if not 0 < position < len(top) - 1
        or not boilerplate.is_button_among_clutter(line[1], top[position - 1][1], top[position + 1][1])
    )


def is_menu_entry(text: str) -> bool:
    """A line of one or two short words: an entry of a menu pasted one per line."""
    return word_count(text) <= MENU_ENTRY_MAX_WORDS and len(text) <= MENU_ENTRY_MAX_LENGTH


def as_titled(text: str) -> str:
    """``text`` without a mail client's "Fwd:" / "RE:" or a browser's print-header date
    and time in front of it (``CLIENT_STAMP``)."""
    return CLIENT_STAMP.sub("", text, count=1) if text[:1].isalnum() else text


@lru_cache(maxsize=8192)
def is_opening_clutter(text: str) -> bool:
    """True for lines that open pasted pages but are never the headline.

    Cached: the title's rules ask it of the same opening lines many times over (headline
    candidates, blurbs, deks, kickers): four in ten of its calls repeat an earlier one."""
    return (
        boilerplate.is_boilerplate(text)
        or is_url_line(text)
        or bool(TAG_PAGE_HEADER.fullmatch(text))
        or byline_name(text) is not None
        or site_stamp_name(text) is not None
        or outlets.chrome_owner(text) is not None
        or is_ui_control(text)
        or is_trail(text)
    )


def is_trail(text: str) -> bool:
    """A breadcrumb trail or section path: two or more short labels joined by a separator,
    the first capitalised as a section's name ("Newsletters / Asia Tech Policy Watch",
    "BUSINESS / TECH", "Markets › Asia", "Guides › Data center GPUs"), or short in a
    script without capitals ("首页 > 新闻发布", "中国 | 国际 | 财经"), with no sentence
    in any step; or a row of four or more such labels set apart by dots and naming no
    date (a menu: "Hong Kong News · China · Politics · Business · Opinion"). A headline is
    a sentence; where a page title joins one to the site's name, the headline's part is
    longer than a label."""
    steps = TRAIL_STEP.split(text)
    if len(steps) < 2:
        steps = MENU_DOT.split(text)  # a menu row set apart by dots: "Hong Kong News · China · Politics · ..."
        if len(steps) < MENU_DOT_MIN_STEPS or dates.find_date(text) is not None:
            return False
    if not (outlets.is_name_cased(steps[0]) or _is_caseless_label(steps[0])):
        return False
    return all(
        0 < word_count(step) <= TRAIL_STEP_MAX_WORDS
        and (step[0].isupper() or step[0].isdigit() or _is_caseless_label(step))
        and not ends_sentence(step)
        for step in steps
    )


def _is_caseless_label(step: str) -> bool:
    """A short label in a script with no capitals to mark a name (Chinese, Japanese:
    "首页", "新闻发布", "财经快报 首页"): a section's name in a trail there is told by its
    length alone, where a headline's part runs on for a clause."""
    first = step.strip()[:1]
    return first.isalpha() and not (first.isupper() or first.islower()) and len(step.strip()) <= CASELESS_STEP_MAX_LENGTH


def is_ui_control(text: str) -> bool:
    """A button or link label: a few words opening with a command to the reader ("Add to
    a list", "Skip to contentSkip to site index"). A headline opening with such a verb
    marks it ("Watch: ...") or runs longer. Only words count, not the "&" of a search
    box's "Search for symbols, analysis, authors, & more"."""
    words = list(itertools.islice((word for word in text.split() if any(character.isalnum() for character in word)),
                                  UI_CONTROL_MAX_WORDS + 1))  # one word too many is enough to tell
    if not words or len(words) > UI_CONTROL_MAX_WORDS:
        return False
    return words[0].casefold() in UI_VERBS


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


def is_gapped_menu(text: str) -> bool:
    """A menu bar pasted on one line, its entries set apart by wide gaps ("Asia-Pacific
    Security  Politics  Economy", "Search  Home  Explore  Notifications  Chat"): at least
    ``GAPPED_MENU_MIN_ENTRIES`` short entries, none a sentence; a headline's words are set
    one space apart."""
    entries = MENU_GAP.split(text.strip())
    return len(entries) >= GAPPED_MENU_MIN_ENTRIES and all(
        word_count(entry) <= GAPPED_MENU_ENTRY_MAX_WORDS and not ends_sentence(entry) for entry in entries
    )


def is_programme_kicker(text: str) -> bool:
    return bool(PROGRAMME_KICKER.fullmatch(text.strip()))


def is_plausible_headline(text: str) -> bool:
    """Headline-shaped: a few words, not too long, not ending like a sentence (unless
    quoted), not a paragraph opened by a dateline. One capitalised word and a colon before
    words that end no sentence ("FAQ: Resumed Licensing of ...", "BREAKING: US Starts
    Issuing ...") mark a headline: a dateline opens a paragraph, which ends in a stop."""
    if starts_with_dateline(text) and not (HEADLINE_MARKER.match(text) and not ends_sentence(text)):
        return False
    stripped = strip_quotes(text)
    words = word_count(stripped)
    if not (HEADLINE_WORDS[0] <= words <= HEADLINE_WORDS[1] and len(stripped) <= HEADLINE_MAX_LENGTH):
        return False
    if stripped.rstrip("!！").endswith(QUESTION_MARKS) and word_count(last_sentence(stripped)) <= QUESTION_HEADLINE_MAX_WORDS:
        return True  # "Is the H20 ban working?", "Nvidia is back in China. Now what?", "... on the same day?!"
    if _leads_in(stripped):
        return False
    if stripped != text.strip() or not ends_sentence(stripped) or bool(ABBREVIATION_END.search(stripped)):
        return True
    return _is_title_cased(stripped)  # "Nvidia's China Deal Comes With a Price. Beijing Has Its Own Conditions."


def _is_title_cased(text: str) -> bool:
    """At least ``TITLE_CASED_MIN_WORDS`` words of four letters or more, every one of them
    capitalised: a headline set in title case, also in sentences ending in stops, which a
    paragraph's sentences never are."""
    long_words = [word.lstrip("'\"‘“(") for word in text.split() if len(word.strip("'\"‘“(),.:;!?")) >= 4]
    return len(long_words) >= TITLE_CASED_MIN_WORDS and all(word[:1].isupper() or word[:1].isdigit() for word in long_words)


def last_sentence(text: str) -> str:
    """The last sentence of ``text`` (all of it when it holds one)."""
    breaks = list(SENTENCE_BREAK.finditer(text))
    return text[breaks[-1].end() :].strip() if breaks else text


def is_prose(text: str) -> bool:
    """Paragraph-shaped: long, or a full sentence of more than a few words, or a sentence
    leading in to what follows ("Summary of what the reports say, for anyone who missed
    it:")."""
    return len(text) > HEADLINE_MAX_LENGTH or (ends_sentence(text) and word_count(text) > PROSE_MIN_WORDS) or _leads_in(text)


def _leads_in(text: str) -> bool:
    """A sentence of more than a few words ending in a colon: it introduces a list or a
    quote below it, as a paragraph does; a label ending in a colon is a few words."""
    return text.endswith(":") and word_count(text) >= LEAD_IN_MIN_WORDS


def site_stamp_name(text: str) -> str | None:
    """The site name of a stamp line such as ``TechNode Daily | Aug 22, 2025`` (never the
    label of a date: "Updated - July 15, 2025")."""
    parts = STAMP_SEPARATOR.split(text.strip(), maxsplit=1)
    if len(parts) == 2 and dates.is_date_line(parts[1]) and looks_like_site_name(parts[0]) and not _is_date_label(text):
        return parts[0].strip()
    return None


def _is_date_label(text: str) -> bool:
    return bool(dates.PUBLISHED_LABEL.match(text) or dates.UPDATED_LABEL.match(text))


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
        and not is_ui_control(text)
        and not is_url_line(text)
        and byline_name(text) is None
        and bool(re.search(r"[a-z]", text))
        and ":" not in text
        and "_" not in text  # a user handle ("throwaway_gpu_guy"), never a publication
        and not PERSON_LIKE.search(text)
    )
