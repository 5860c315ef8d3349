"""Find the headline, and the dek under it, in pasted article text.

Pasted pages often open with clutter before the headline (a photo caption, a date
line, the page address, a tag-page header, menu words, the site's masthead, a tagline,
section labels). The headline is recognised by what follows it: the first headline-shaped
line that is followed by article structure (a byline, a date stamp, a dateline or the
first paragraph, with at most a dek and the author's name in between) opens the article.
Chrome is headline-shaped too, but more chrome follows it. When no line opens the
article that way, the first headline-shaped line after the clutter is taken. A
social-media post (a ``3w •`` stamp above its text) has no headline. Copies often repeat it (page title
plus on-page heading), so later identical lines collapse into it. A second headline right
under it is the dek (``subtitle``); so is one sentence set apart from the story (short,
or followed by page furniture or by the dateline that opens the story). A long sentence
that runs straight into the next paragraph is the story's lead and stays in the body.

Page titles joined with " - " or " | " are split: a known outlet or a domain on the
right is the site's name (kept as a publisher hint), otherwise the right part is the
subtitle, so seed 001 ``Nvidia restarts AI chip sales to China - Restarting Sales of AI
Chips to China: Nvidia's New Initiative`` reads as headline plus subtitle, which is what
a reader of the archive expects to see in a list of titles.

When no headline exists (seed 000 opens with prose) the title is derived from the
first sentence, at most 90 characters cut at a word boundary, and marked as derived.
"""

from __future__ import annotations

import re

from . import boilerplate, dates, outlets
from .body import BULLET
from .fields import Field
from .source import PERSON_NAME, site_stamp_name
from .text import (
    byline_name,
    comparable,
    cut_at_word,
    ends_sentence,
    first_sentence,
    is_url_line,
    sentence_count,
    starts_with_dateline,
    strip_quotes,
    top_lines,
    word_count,
)

TOP_NON_BLANK_LINES = 30  # long menus and widget stacks can precede the headline
DERIVED_TITLE_LIMIT = 90
HEADLINE_WORDS = (3, 30)
HEADLINE_MAX_LENGTH = 200
QUESTION_HEADLINE_MAX_WORDS = 15
DEK_MAX_LENGTH = 300
SHORT_DEK_LENGTH = 110  # one-sentence leads of news stories are longer than this
DATE_CLUTTER = {"date_line", "date_stamp", "stamp", "relative_time", "reading_time"}
SECTION_LABEL_MAX_WORDS = 4
HEADLINE_MIN_WORDS_OVER_CHROME = 4
STORY_CLUTTER = {"advertisement", "related_links", "share_prompt", "newsletter", "caption"}
ABBREVIATION_END = re.compile(r"(?:\b[A-Z]\.){2,}$|\b(?:Inc|Co|Corp|Ltd|Jr|Sr|No)\.$")  # "... in step with U.S."
SOCIAL_STAMP = re.compile(r"\d{1,2}(?:s|m|h|d|w|mo|y)\s*[•·∙]")
LIST_LABEL = re.compile(
    r"(?:[\w'’]+ )?(key (points|takeaways|facts)|highlights|in brief|at a glance|summary|tl;? ?dr|the big picture)\s*:?",
    re.IGNORECASE,
)
WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
TITLE_PARTS = re.compile(r"\s+(?:-|–|\||::)\s+")
SITE_SUFFIX = re.compile(r"\s+(?:-|–|—|\||::)\s+(?P<site>[^-–—|]{2,60})$")
TAG_PAGE_HEADER = re.compile(
    r"(tag|tags|tagged|topic|topics|category|categories|archive|archives|posts tagged|"
    r"articles tagged|stories tagged|posts about|news about|browsing|showing (?:posts|articles|stories|results))\b\s*[:\-–»]?\s*.{0,60}",
    re.IGNORECASE,
)


def extract_title(lines: list[str], given: str | None = None) -> tuple[Field, Field]:
    """The title and subtitle Fields of an article.

    ``given`` is a title from the raw header, which wins. ``title.details`` holds the
    line indices used (``lines``), where the article starts (``start``: lines above the
    headline are page furniture), whether the title was ``derived`` and a ``site`` name
    split off a page title; ``subtitle.details["lines"]`` holds the dek's line index.
    """
    top = top_lines(lines, TOP_NON_BLANK_LINES)
    post_start = None if given else _social_post_start(top)
    if post_start is not None:
        return _derived_title(top, start=post_start), Field(None, 0.0, "", {"lines": []})
    found = _given_title(given) if given else _found_headline(lines, top)
    if found is None:
        return _derived_title(top), Field(None, 0.0, "", {"lines": []})
    text, index, confidence, reason = found
    used = _repeats(top, text) | ({index} if index is not None else set())
    title, subtitle, site = _split_page_title(text)
    dek = _find_dek(lines, top, used) if subtitle is None and used else None
    if dek is not None:
        subtitle, used = strip_quotes(lines[dek]), used | {dek}
    start = index if index is not None else min(used, default=0)
    details = {"derived": False, "lines": sorted(used), "site": site, "start": start}
    return Field(title, confidence, reason, details), _subtitle_field(subtitle, dek)


def _given_title(given: str) -> tuple[str, None, float, str]:
    return strip_quotes(given), None, 1.0, "raw header 'Title:'"


def _found_headline(lines: list[str], top: list[tuple[int, str]]) -> tuple[str, int, float, str] | None:
    index = _find_headline(top)
    if index is None:
        return None
    confidence = 0.9 if index == top[0][0] else 0.8  # clutter skipped: a little less sure
    return strip_quotes(lines[index]), index, confidence, f"line {index + 1} {_quote(lines[index])}"


def _subtitle_field(subtitle: str | None, dek: int | None) -> Field:
    if subtitle is None:
        return Field(None, 0.0, "", {"lines": []})
    if dek is None:
        return Field(subtitle, 0.7, "second part of a joined page title", {"lines": []})
    return Field(subtitle, 0.7, f"line {dek + 1}, right under the headline", {"lines": [dek]})


def _find_headline(top: list[tuple[int, str]]) -> int | None:
    """The index of the headline: the first headline-shaped line that opens the article
    (see ``_opens_article``), else the first headline-shaped line after opening clutter.

    Site chrome above the headline (a tagline, a section label such as "Money &
    Markets", a "Go to Forum Home" link) is headline-shaped too, but it is followed by
    more chrome, not by the article's dek, byline or date.
    """
    for position, (index, text) in enumerate(top):
        if is_prose(text) and not is_plausible_headline(text):
            break
        if _is_headline_candidate(top, index, text) and _opens_article(top[position + 1 :], text):
            return index
    return _first_headline(top)


def _is_headline_candidate(top: list[tuple[int, str]], index: int, text: str) -> bool:
    """Headline-shaped, and not clutter, a masthead or a short label."""
    if is_opening_clutter(text) or outlets.looks_like_masthead(text) or _is_short_label(text):
        return False
    if _is_over_a_menu(top, index):
        return False
    return is_plausible_headline(text) or _is_over_a_byline(text, top, index)


def _opens_article(following: list[tuple[int, str]], headline: str) -> bool:
    """True when article structure (byline, date stamp, dateline or first paragraph)
    comes next, with at most a dek, the author's bare name, clutter and repeats of the
    headline in between. A dek sits right under its headline: past a menu or other
    clutter, a headline-shaped line is the real headline, and the line above is chrome."""
    dek_allowed = True
    for _, text in following:
        if _is_article_structure(text):
            return True
        if is_opening_clutter(text):
            dek_allowed = False
        elif not (PERSON_NAME.fullmatch(text) or comparable(text) == comparable(headline)):
            if not dek_allowed:
                return False
            dek_allowed = False
    return False


def _is_article_structure(text: str) -> bool:
    """A byline, a date stamp, a story-opening dateline or a paragraph of prose."""
    if byline_name(text) is not None or starts_with_dateline(text) or is_prose(text):
        return True
    if boilerplate.classify(text) in DATE_CLUTTER:
        return True
    return not ends_sentence(text) and word_count(text) <= 12 and dates.find_date(text) is not None


def _is_short_label(text: str) -> bool:
    """At most three words (a tagline such as "Tech policy, decoded"), or at most four
    words all capitalised but connectors (a section or menu label such as "Money &
    Markets", "Go to Forum Home"). Such a line is only taken as the headline when no
    longer line opens the article (short and title-cased headlines exist)."""
    words = [word for word in text.split() if word[0].isalnum()]
    if len(words) < HEADLINE_MIN_WORDS_OVER_CHROME:
        return True
    return len(words) <= SECTION_LABEL_MAX_WORDS and all(
        word[0].isupper() or word.lower() in outlets.MASTHEAD_CONNECTORS | {"to"} for word in words
    )


def _first_headline(top: list[tuple[int, str]]) -> int | None:
    """The index of the first headline-shaped line, skipping opening clutter.

    A masthead ("Asia Business Daily", or any line set over the menu) above the headline
    is the page naming itself: it is passed over when a headline follows before the
    prose, and is the headline only when nothing else is.
    """
    masthead = None
    for index, text in top:
        if is_opening_clutter(text):
            continue
        if outlets.looks_like_masthead(text) or _is_over_a_menu(top, index):
            masthead = index if masthead is None else masthead
            continue
        if is_plausible_headline(text) or _is_over_a_byline(text, top, index):
            return index
        if is_prose(text):
            break
    return masthead if masthead is not None and is_plausible_headline(dict(top)[masthead]) else None


def _is_over_a_menu(top: list[tuple[int, str]], index: int) -> bool:
    """A line set right over a menu or breadcrumb is the site's name: headlines sit under
    the navigation, never over it ("Ministry of Commerce" / "Home > News > Remarks")."""
    following = next((later for at, later in top if at > index), "")
    return boilerplate.is_menu_line(following)


def _is_over_a_byline(text: str, top: list[tuple[int, str]], index: int) -> bool:
    """A headline-length line set right over a ``By Name`` byline is the headline, even
    when it ends like a sentence ("... are leaking. Here's how to fix them.")."""
    following = next((later for at, later in top if at > index), "")
    short = word_count(text) <= HEADLINE_WORDS[1] and len(text) <= HEADLINE_MAX_LENGTH
    return short and not starts_with_dateline(text) and byline_name(following) is not None


def is_opening_clutter(text: str) -> bool:
    """True for lines that open pasted pages but are never the headline."""
    return (
        boilerplate.is_boilerplate(text)
        or is_url_line(text)
        or bool(TAG_PAGE_HEADER.fullmatch(text))
        or byline_name(text) is not None
        or site_stamp_name(text) is not None
    )


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


def _repeats(top: list[tuple[int, str]], title: str) -> set[int]:
    """Lines near the top that repeat the headline (alone or with a site suffix)."""
    wanted = comparable(title)
    repeats = set()
    for index, text in top:
        same = comparable(text)
        match = SITE_SUFFIX.search(text)
        if same == wanted or (match and comparable(text[: match.start()]) == wanted):
            repeats.add(index)
    return repeats


def _split_page_title(title: str) -> tuple[str, str | None, str | None]:
    """(title, subtitle, site) from a joined page title such as "Headline - Outlet"."""
    match = SITE_SUFFIX.search(title)
    if match and _looks_like_site(match.group("site")):
        return title[: match.start()].strip(), None, match.group("site").strip()
    parts = TITLE_PARTS.split(title, maxsplit=1)
    if len(parts) == 2 and all(word_count(part) >= 3 for part in parts):
        return parts[0].strip(), parts[1].strip(), None
    return title, None, None


def _looks_like_site(text: str) -> bool:
    text = text.strip()
    return outlets.known_name(text) is not None or bool(re.fullmatch(r"[\w-]+(\.[\w-]+)+", text))


def _find_dek(lines: list[str], top: list[tuple[int, str]], used: set[int]) -> int | None:
    """The line right under the headline when it reads as a dek, else None."""
    after = [(index, text) for index, text in top if index > max(used)]
    for position, (index, text) in enumerate(after):
        if LIST_LABEL.fullmatch(text):
            return None  # what follows "Key Points" is a list item of the story, not a dek
        if index in used or is_opening_clutter(text) or word_count(text) < 4 or _is_page_label(text):
            continue
        following = [later for _, later in after[position + 1 :]]
        more_prose = any(is_prose(later) for later in lines[index + 1 :])
        return index if more_prose and _is_dek(text, following) else None
    return None


def _is_page_label(text: str) -> bool:
    """A bullet, a masthead or an unpunctuated stamp with a date ("Thu, Jan 29, 2026
    page10"): page furniture under a headline, never its dek."""
    if BULLET.match(text) or outlets.looks_like_masthead(text):
        return True
    return not ends_sentence(text) and dates.find_date(text) is not None


def _is_dek(text: str, following: list[str]) -> bool:
    """A second headline, or a one-sentence standfirst set apart from the story.

    A sentence counts as a dek when it is short, or when what follows it is page
    furniture (date, site name, menu) or a dateline that opens the story; otherwise a
    one-sentence paragraph under the headline is the story's lead and stays in the body.
    """
    if starts_with_dateline(text) or len(text) > DEK_MAX_LENGTH:
        return False
    if is_plausible_headline(text):
        return True
    if sentence_count(text) != 1 or WEEKDAY.search(text):
        return False  # "Trump said Monday that..." reports the news: the story's lead
    next_line = following[0] if following else ""
    return len(text) <= SHORT_DEK_LENGTH or _sets_dek_apart(next_line)


def _sets_dek_apart(next_line: str) -> bool:
    """Page furniture (date, site name, menu) or a story-opening dateline after a dek."""
    if starts_with_dateline(next_line):
        return True
    return bool(next_line) and is_opening_clutter(next_line) and boilerplate.classify(next_line) not in STORY_CLUTTER


def _social_post_start(top: list[tuple[int, str]]) -> int | None:
    """Where the post begins when the text is a social-media post, else None.

    A relative stamp such as ``3w •`` or ``1d • Edited •`` above the first paragraph marks
    a post: it has no headline, and the name and profile tagline above it are furniture.
    """
    for position, (_, text) in enumerate(top):
        if is_prose(text):
            return None
        if SOCIAL_STAMP.match(text):
            return next((index for index, later in top[position + 1 :] if is_prose(later)), None)
    return None


def _derived_title(top: list[tuple[int, str]], start: int = 0) -> Field:
    """A headline-length title from the first sentence of the first paragraph."""
    details = {"derived": True, "lines": [], "site": None, "start": start}
    prose = next((text for _, text in top if is_prose(text)), None)
    if prose is None:
        return Field(None, 0.0, "no headline and no prose to derive one from", details)
    sentence = first_sentence(prose).rstrip(".").strip()
    title = cut_at_word(strip_quotes(sentence), DERIVED_TITLE_LIMIT)
    return Field(title, 0.3, "derived from the first sentence (no headline)", details)


def _quote(text: str) -> str:
    return repr(cut_at_word(text.strip(), 60))
