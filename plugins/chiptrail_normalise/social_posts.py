"""Recognise a social-media or forum post: where its text starts under the poster's furniture.

A post has no headline. Over its text stands the poster's furniture (a handle, a ``3w •``
stamp, a connection degree, a subscriber count, member stats, the app it was sent from),
and only the account's name or tagline over it. Its first line, often short or numbered
("1/ ..."), is the post's text, never a headline, and every line the poster wrote belongs
in the body. Whoever posts is an account on a platform, not a publisher, so the title and
the source readers both need to know that a page is a post.

A news page can carry the same marks (a byline with a handle, a video's channel and its
subscriber count), but there the headline stands above them; a post page has none.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import boilerplate, outlets
from .header import domain_of
from .line_shapes import HEADLINE_WORDS, is_gapped_menu, is_opening_clutter, is_plausible_headline, is_prose, page_top
from .text import comparable, word_count

SOCIAL_STAMP = re.compile(r"\d{1,2}(?:s|m|h|d|w|mo|y)\s*[•·∙]")
THREAD_NUMBER = re.compile(r"(?:\d{1,2}/|\(\d{1,2}/\d{1,2}\)|1/\d{1,2})\s+")  # "2/ ", "(2/7) ", "1/7 ": not "24/7 ", "9/11 "
HANDLE = re.compile(r"@\w")
BARE_HANDLE = re.compile(r"@\w{2,30}")  # "@ivasquez_chips" on a line of its own, under the account's display name
POST_NUMBER = re.compile(r"#\d{1,5}|\d{1,4} ?楼|沙发|板凳|地板")
"""A forum post's number ("#1", "1楼", "沙发" for the first reply): it numbers the post, and
the line over it, past the thread's buttons, is the thread's title, not an account's name."""
POST_SYMBOLS = re.compile(r"^[^\w\"“‘'(【「]+|[^\w.!?。！？\"”’')】」]+$")  # "🇨🇳 ", "👉 ", " 🧵" around a post's words


def is_post_page(lines: list[str]) -> bool:
    """True when ``lines`` are a social-media or forum post rather than an article (read
    on the same top lines as the headline, so that both readers agree)."""
    return page_post_start(tuple(lines)) is not None


@lru_cache(maxsize=16)
def page_post_start(lines: tuple[str, ...]) -> int | None:
    """``post_start`` of the page's top lines; cached, since the title and the source
    readers both ask it of the same page."""
    return post_start(page_top(list(lines)))


def post_start(top: list[tuple[int, str]]) -> int | None:
    """Where the post begins when the text is a social-media or forum post, else None.

    Over a post's text stands the poster's furniture (``_is_post_furniture``), with at
    most the account's name or tagline right over a stamp or count. A headline-shaped line
    anywhere else above the furniture makes the text an article whose byline carries a
    handle. The post begins at the first line of text after the first furniture, so a
    thread's short opening post stays in the body; a numbered post ("1/ ...") marks a
    thread even without furniture.
    """
    opening, first_text = _above_the_text(top)
    if first_text is None:
        return None
    furniture = [position for position, (_, text) in enumerate(opening) if _is_post_furniture(text)]
    if not furniture:
        return first_text if THREAD_NUMBER.match(dict(top)[first_text]) else None
    if any(_is_headline_over_furniture(opening, position) for position in range(furniture[0])):
        return None
    after = opening[furniture[0] + 1 :]
    return next(
        (index for position, (index, text) in enumerate(after)
         if not (is_opening_clutter(text) or _is_post_furniture(text) or _names_the_account(after, position))),
        first_text,
    )


def post_text(top: list[tuple[int, str]], start: int) -> list[tuple[int, str]]:
    """(index, text) of the lines of a post's text from ``start`` that have a few words
    (not "⚡️ BREAKING") and are neither clutter nor post furniture."""
    return [(index, text) for index, text in top
            if index >= start and word_count(without_post_marks(text)) >= HEADLINE_WORDS[0]
            and not (is_opening_clutter(text) or _is_post_furniture(text))]


def profile_repeats(lines: list[str], start: int) -> list[int]:
    """Indices of the lines under a post's start that repeat a line of the poster's profile
    above it: a thread view sets the account's name over each of its posts."""
    profile = {comparable(line) for line in lines[:start] if line.strip()}
    return [index for index, line in enumerate(lines[start:], start) if line.strip() and comparable(line) in profile]


def without_post_marks(text: str) -> str:
    """``text`` without a thread's numbering and the emoji or symbols around its words."""
    numbered = THREAD_NUMBER.match(text)
    return POST_SYMBOLS.sub("", text[numbered.end() :] if numbered else text)


def platform_of(url: str) -> str | None:
    """The social network whose page ``url`` is (``platforms`` in ``vocab/outlets.yaml``:
    "X" for x.com and twitter.com, also on subdomains such as mobile.twitter.com), else None."""
    host = domain_of(url)
    while host and "." in host:
        if host in _platform_domains():
            return _platform_domains()[host]
        host = host.split(".", 1)[1]
    return None


@lru_cache(maxsize=1)
def _platform_domains() -> dict[str, str]:
    return {
        domain.lower().removeprefix("www."): name
        for name, entry in outlets.platforms().items()
        for domain in entry.get("domains") or []
    }


def _above_the_text(top: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], int | None]:
    """The lines above the first paragraph or numbered post, and that line's index."""
    for position, (index, text) in enumerate(top):
        if is_prose(text) or THREAD_NUMBER.match(text):
            return top[:position], index
    return top, None


def _is_post_furniture(text: str) -> bool:
    """A line only a social network, forum or chat sets over a post: a ``3w •`` stamp, a
    handle, a connection degree, a subscriber count, member stats, the app it was sent
    from, a chat message's sender and time ("Maya Chen  9:12 AM": chat exports pad it
    with spaces, read as single ones)."""
    return bool(SOCIAL_STAMP.match(text)) or boilerplate.classify(" ".join(text.split())) == "post_furniture"


def _is_headline_over_furniture(opening: list[tuple[int, str]], position: int) -> bool:
    """A headline-shaped line above a post's furniture that does not name the account (nor
    the platform's menu bar: "Search  Home  Explore  Notifications")."""
    text = opening[position][1]
    headline_shaped = is_plausible_headline(text) and not (is_opening_clutter(text) or is_gapped_menu(text))
    return headline_shaped and not (_names_the_account(opening, position) or _over_a_bare_handle(opening, position))


def _over_a_bare_handle(opening: list[tuple[int, str]], position: int) -> bool:
    """The line right over a handle standing alone ("Lena Zhou" over "@lenazhou_tech"): the
    account's display name, as a network prints it over the post. A news page sets its
    byline there ("By Lena Zhou" over the reporter's handle), and its headline higher up."""
    following = opening[position + 1][1].strip() if position + 1 < len(opening) else ""
    return bool(BARE_HANDLE.fullmatch(following))


def _names_the_account(opening: list[tuple[int, str]], position: int) -> bool:
    """The line over a stamp, a count or a connection degree, with at most buttons such
    as "Follow" between (not over a handle alone, which a news byline carries too, but over
    a handle over the account's count or stamp: "China AI Chip Watch" / "@cnchipwatch" /
    "4.87K subscribers"; nor over a post's number, ``POST_NUMBER``), is the account's name
    or tagline."""
    following = (
        text for _, text in opening[position + 1 :]
        if _is_post_furniture(text) or not is_opening_clutter(text) or _is_channel_name(text)
    )
    furniture = next(following, "")
    if HANDLE.search(furniture):  # a handle over the account's audience or stamp: the account's block
        furniture = next(following, "")
    return _is_post_furniture(furniture) and not HANDLE.search(furniture) and not POST_NUMBER.fullmatch(furniture.strip())


def _is_channel_name(text: str) -> bool:
    """An outlet's or masthead's name ("CNA", "CGTN", "Die Shot Daily"): the account over
    its count, which the line above it (a video's title) therefore does not name."""
    return outlets.known_name(text) is not None or outlets.looks_like_masthead(text)
