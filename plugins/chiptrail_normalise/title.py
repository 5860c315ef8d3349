"""Find the headline, and the dek under it, in pasted article text.

Pasted pages often open with clutter before the headline (a photo caption, a date
line, the page address, a tag-page header, menu words, the site's masthead, a tagline,
section labels, buttons and links such as "Add to a list" or "Skip to content"). The
headline is recognised by what follows it: the first headline-shaped line that is
followed by article structure (a byline, also one without "By" such as "Zijing Wu in
Hong Kong and Demetri Sevastopulo in Washington", a date stamp, a dateline or the first
paragraph, with at most a dek of one or two lines and the author's name in between)
opens the article.
Chrome is headline-shaped too, but more chrome follows it. When no line opens the
article that way, the first headline-shaped line after the clutter is taken. A box over
the article (a cookie notice, a newsletter prompt) is a heading over a paragraph that
speaks to the reader ("we", "you"); a headline opened by a byline or date stamp below it
wins. Copies often repeat it (page title plus on-page heading), so later identical lines
collapse into it, and what stands between the two copies is page furniture.

A social-media or forum post has no headline (``social_posts`` finds where its text
starts under the poster's furniture): its title is derived from its first line.

The dek (``subtitle``) sits right under the headline: a second headline, or one or two
sentences set over the byline or date (also under the desk's name: "Moneycontrol News" /
"October 10, 2025"), over page furniture, or one short sentence. Some pages set it under
the byline instead; there only one short sentence that reports nothing ("said", a
weekday), over a paragraph several times its length, is the dek. A sentence under a
subheading, or running straight into the next paragraph, is the story's lead and stays in
the body.

Page titles joined with " - " or " | " are split: a known outlet, a domain or a masthead
on the right (after a pipe, any short capitalised name) is the site's name (kept as a
publisher hint, section names in between dropped), otherwise the right part is the
subtitle, so seed 001 ``Nvidia restarts AI chip sales to China - Restarting Sales of AI
Chips to China: Nvidia's New Initiative`` reads as headline plus subtitle, which is what
a reader of the archive expects to see in a list of titles. A part that goes on with the
sentence ("... to China – but Beijing moves to limit access") stays in the headline, and
so does a part after a dash that tells something new rather than naming the first part's
subject again ("USA erlauben H200-Exporte nach China – Peking bremst Käufer aus"): the
headline's own second clause.

When no headline exists (seed 000 opens with prose) the title is derived from the
first sentence, at most 90 characters cut at a word boundary, and marked as derived.
"""

from __future__ import annotations

import itertools
import re
import string

from . import boilerplate, dates, outlets, transcripts
from .body import BULLET
from .page_layout import COLONS, SUMMARY_LABEL, WRAPPED_LINE_MIN_LENGTH
from .relevance import names_the_saga
from .fields import Field
from .line_shapes import (
    TRAIL_STEP,
    PROSE_MIN_WORDS,
    HEADLINE_MAX_LENGTH,
    HEADLINE_WORDS,
    MENU_GAP,
    as_titled,
    is_gapped_menu,
    is_menu_entry,
    is_menu_run,
    is_opening_clutter,
    is_plausible_headline,
    is_programme_kicker,
    is_prose,
    page_top,
)
from .social_posts import THREAD_NUMBER, _is_post_furniture, page_post_start, post_text, profile_repeats, without_post_marks
from .source import PERSON_NAME, writers_named
from .tags import TAG_LABEL, TAG_SEPARATORS
from .text import (
    FUNCTION_WORDS,
    HAN_OR_KANA_RUN,
    byline_name,
    comparable,
    cut_at_word,
    ends_sentence,
    first_sentence,
    is_url_line,
    latin_length,
    sentence_count,
    starts_with_dateline,
    strip_dateline,
    strip_quotes,
    word_count,
)

DERIVED_TITLE_LIMIT = 90
DEK_MAX_LENGTH = 300
SHORT_DEK_LENGTH = 110  # one-sentence leads of news stories are longer than this
DEK_MAX_SENTENCES = 2
DEK_MAX_LINES = 2  # a standfirst, or the two summary bullets some outlets set under the headline
DEK_LINE_JOIN = " · "
DEK_MIN_WORDS = 4
COMMENTER_HEADER = re.compile(
    r"(?:\d+ points? by |posted by )?(?!(?:updated|posted|published|edited|modified|last|added)\b)(?:u/)?[\w.-]{2,40}"
    r"\s*(?:[•·|]\s*)?(?:\d{1,3}\s*(?:mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?)\s+ago|\d{1,3}(?:s|m|h|d|w|mo|y))"
    r"(?:\s*[|•·].*)?",
    re.IGNORECASE,
)
"""A poster's or commenter's name over their text: "kvakerlund 5 hours ago", "u/fp16_enjoyer • 3d",
"412 points by tsmcfan 5 hours ago | hide | past | favorite | 288 comments"."""
LEAD_TO_DEK_LENGTH = 3  # the line under a short label is its headline only when this many times longer
DESK_MAX_WORDS = 4  # "Moneycontrol News", "Tech Desk" between a dek and its date
PICTURE_CLUTTER = {"caption", "credits"}
PICTURE_MAX_LINES = 2
DATE_CLUTTER = {"date_line", "date_stamp", "stamp", "relative_time", "reading_time"}
SECTION_LABEL_MAX_WORDS = 4
OVER_HEADLINE_LINES = 6  # a tagline and the headline under it: a few widget lines apart
LABEL_WORD_MAX_LENGTH = 20  # longer "words" are runs of a script written without spaces
CJK_LABEL_MAX_WORDS = 5  # ten characters of Chinese or Japanese: a group's or a writer's name, a menu entry
HEADLINE_MIN_WORDS_OVER_CHROME = 4
STAMP_MAX_WORDS = 12
DATED_PARTS_MIN = 3  # "AMD (AMD) · Q2 2025 · Reported Aug 5, 2025 after close"
SITE_NAME_MIN_WORDS_UNDER_CHROME = 2  # "The Wafer Ledger"; a lone word under a menu is a section label
FILING_WRITER_MAX_WORDS = 7  # "Jack Wu, Chip Times Asia", "Jane Doe, Washington"
NAME_RUN_MAX_WORDS = 3  # "Federal Trade Commission", "Information Technology"; "Commerce Announces New Licensing Policy" is a headline's
LETTERHEAD_MAX_WORDS = 10  # words of name, connectors aside ("Ministry of Foreign Affairs of the People's Republic of China": 6); a headline says more
DATE_VALUE_MAX_WORDS_BESIDE = 2  # a labelled date's value: "August 12, 2025 10:30 ET", not an answer naming one
STAMP_MAX_WORDS_BESIDE_DATE = 8  # labels, a place, a desk; a headline ending on a date says more
WIDGET_MAX_PARAGRAPHS = 2  # a consent notice or newsletter box over the headline holds one or two
STORY_CLUTTER = {"advertisement", "related_links", "share_prompt", "newsletter", "caption"}
WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
ITEM_OPENING = re.compile(
    r"(?:first|second|third|fourth|then|next|finally|lastly)\b\s*[,:—–-]|\(?\d{1,2}[.):]\s|[A-Z][\w/&'’.-]*(?: [A-Z][\w/&'’.-]*){0,2}: ",
    re.IGNORECASE,
)
"""How an item of a list set without bullets opens: "First, ...", "2) ...", "Monday: ...", "Beijing: ..."."""
ITEMS_LOOKAHEAD = 4
TAG_LIST_MIN_PARTS = 3
TAG_MAX_WORDS_IN_A_LIST = 3  # "export controls"; a headline's clauses between its commas are longer
INITIALISM_END = re.compile(r"\b(?:[A-Z]\.){2,}$")  # "... that the U.S." over "government informed it ...": no sentence ends there
CAPITALS = frozenset(string.ascii_uppercase)  # the ``[A-Z]`` before an initialism's last stop
WRAP_WIDTH_SLACK = 1.15  # a hard-wrapped line is at most this much longer than the one above it
SPEAKER_LABEL = re.compile(r"[^\s:：?？]{1,15}(?: [^\s:：?？]{1,15}){0,2} ?[:：]\s*\S")
"""A speaker's label opening a line of a transcript: "Q: ", "问：", "Jensen Huang: ", "法新社记者："."""
BROKEN_OFF_WORDS = frozenset("a an the its their his her of and or that whose than".split())
"""Words a line of a hard-wrapped paragraph may break after, never a headline or a sentence's end."""
WAITING_PREPOSITIONS = frozenset("for from with after before into".split())
"""Prepositions still waiting for their object at the end of a line as long as a wrapped
paragraph's (``WRAPPED_PREPOSITION_MIN_LENGTH``); a headline may end on one ("… are good for",
"worth waiting for"), and a phrasal verb on a particle ("kicks in")."""
WRAPPED_PREPOSITION_MIN_LENGTH = 70
QUOTATION = re.compile(r"[\"“][^\"“”]*[\"”]")
READER_ADDRESS = re.compile(r"\b(?:we|our|you|your|yours)\b", re.IGNORECASE)
WRITER_VOICE = re.compile(r"\b(?:I|I'[a-z]{1,2}|I’[a-z]{1,2}|[Mm]y|me)\b")
UNSPOKEN_I = re.compile(r"[A-Z][a-z]+(?<![jqx]ing)ing (?:to|a|an|the|this|some) [^,;]*")
"""A poster's sentence with its "I'm" left unsaid ("Trying to make sense of this week",
"Posting a summary since the filing is short"); Beijing and Nanjing are no such verb."""
BYLINE_GENRES = "analysis|commentary|opinion|column|essay|interview|story|report|reporting|text|words|written|reported"
BYLINE_CREDIT = re.compile(rf"(?i:(?:{BYLINE_GENRES})\s+)?(?:[Bb]y|[Pp]or|[Vv]on|[Pp]ar|[Dd]oor):?\s+[^\W\d_a-z][\w.'’&-]*(?:\s+[\w.'’&,-]+){{0,8}}")
"""A byline, also under the piece's genre ("Commentary by Marcus Leung and Priya Raman"), and
in Spanish, German, French or Dutch ("Por Agencia EFE", "Von Anna Weber")."""
HONORIFIC = re.compile(r"(?:Dr|Prof|Professor|Mr|Mrs|Ms|Sir|Dame|Amb|Ambassador|Hon)\.?\s+(?=[A-Z][\w'’-]+\s+[A-Z])")
"""A title of address before a writer's or witness's name ("Dr. Valerie Ashdown")."""
WRITERS_LABEL = re.compile(r"(?i:authors?|analysts?|writers?|reporters?|contributors?)\s?:\s*(?P<names>\S.*)")
CONTINUING_WORDS = frozenset({"but", "and", "or", "as", "while", "so", "yet", "then", "even", "with", "now"})
RESTATED_MIN_WORDS = 2
JOINING_DASH = re.compile(r"[-–]")  # a headline's own punctuation; a pipe or "::" only joins a page title's parts
STEM_LENGTH = 5
TITLE_PARTS = re.compile(r"\s+(?:-|–|\||::)\s+")
SECTION_SUFFIX = re.compile(r"\s+(?:\||::)\s+[^|]{2,30}$")
SITE_SUFFIX = re.compile(r"\s+(?P<separator>-|–|—|\||::)\s+(?P<site>[^-–—|]{2,60})$")
SITE_NAME_MAX_WORDS = 4
LEADING_ICONS = re.compile("^[\u2190-\u21ff\u25a0-\u25ff\u2600-\u27bf\U0001f000-\U0001faff\ufe0f]+\\s*")
"""Arrows, shapes and pictographs set before a title: a forum's vote arrow ("▲ Trump says
..."), a "🔴 LIVE" dot; no headline's words open with one."""
LINKED_DOMAIN = re.compile(r"\s+\((?:(?:[a-z0-9-]+\.)+[a-z]{2,}|self\.\w+)\)$")
COPY_LINK_BUTTON = re.compile(r"\s*\[(?:复制链接|複製連結|copy link)\]$", re.IGNORECASE)
"""The "copy link" button a forum sets after its thread's title ("... 两边同时出手 [复制链接]")."""
THREAD_LABEL = re.compile(r"(?:(?i:thread|topic|title)\s?:|(?:標題|标题|主題|主题)\s?[:：]?)\s*(?=\S)|Question(?:\s*[:|]|\s+[–—-])\s*(?=\S)|Question\s+(?=[A-Z\d][^?]+\?$)")
"""The label a forum sets before its thread's title: "Thread: ", "Topic: ", a BBS header's
"標題 " (beside "作者" and "時間"), a thread's "Question:" or "Question –" before a question,
or a forum's "Question" prefix before a question opening with a name ("Question Nvidia B30A
for China — …?"); "Question marks over Nvidia's China sales?" is a headline."""
RUN_ON_OPENER = re.compile(r"(?:that|this|it|which|and|but|so|because)\b(?!\s*[:—–-])", re.IGNORECASE)
"""A sentence's first word pointing back to the line over it, which it goes on from."""
MENU_SEPARATOR = re.compile(r"\s+[|·•]\s+")
CONTENTS_MARKS = "·•"  # middle dot, bullet
CONTENTS_SEPARATOR = re.compile(rf"\s+[{CONTENTS_MARKS}]\s+")
CONTENTS_MIN_ITEMS = 3
CONTENTS_ITEM_MAX_WORDS = 4
LEAD_IN = re.compile(r"[^:]{1,40}:\s+")
JOINED_MENU_MIN_ENTRIES = 4
TRAIL_SEPARATOR = re.compile(r"\s*[>›»]\s*")
TRAIL_MIN_STEPS = 3  # a breadcrumb of short steps: "证券导报网 > 公司 > 公告解读"
JOINED_MENU_ENTRY_MAX_WORDS = 3
HYPHENED_ENTRIES = re.compile(r"\w+(?:-\w+){2,}")  # "popular-all-random-users"
SECTION_RUBRIC = re.compile(r"(?P<section>[A-Z][\w&'’.-]*(?: [\w&'’.-]+){0,2}) ?(?:\||\s[/›»>]\s) ?(?P<rest>\S.*)")
"""A section's name glued to what follows it: "Technology|Trump Says ...", "Business | Made
in China, with difficulty", "News / World News / US News / Nvidia H200 chips ..."."""
FORWARD_MARKER = re.compile(r"-*\s?(?:forwarded|original) message\s?-*|begin forwarded message:?", re.IGNORECASE)
"""The line a mail client sets over a forwarded e-mail: what stands above it is the
forwarder's note, the e-mail itself (and its headline) below."""
STRAPLINE = re.compile(
    r"(?:An?|Your|The)\s(?:[\w-]+\s){0,3}?(?:letter|newsletter|podcast|show|read|digest|briefing|blog|community|forum)"
    r"\s(?:on|about|for|from)\s",
    re.IGNORECASE,
)
"""A publication saying what it is under its name ("A weekly letter on chips, supply
chains and ...", "Your morning read on chips, AI infrastructure and ...", "An occasional
newsletter on AI infrastructure"), or a forum saying what it is over its threads ("A
community for discussing stocks, investing and markets."): its strapline, never a
headline, which tells news rather than what kind of publication carries it."""
NAMED_STRAPLINE = re.compile(
    r"[^\s—–|:][^—–|:]{0,40}\s[—–|-]\s(?:An?|Your|The)\s(?:[\w&'’-]+\s){0,3}?"
    r"(?:letter|newsletter|podcast|show|digest|briefing|blog)(?:\s(?:on|about|for|from)\s.*)?",
    re.IGNORECASE,
)
"""A publication's name and its strapline set on one line ("Fabs & Flops — a newsletter
about chips and ...", "Export Control Hour — a Meridian Audio podcast"): the masthead,
never the headline of the issue or episode under it."""
CHANNEL_AUDIENCE = re.compile(r"\d[\d,.]*\s?[KMB]?\s+subscribers", re.IGNORECASE)  # "5.8M subscribers" under a channel's name
MAIL_SUBJECT = re.compile(r"Subject:\s*(?P<subject>\S.*)", re.IGNORECASE)
WRAP_ENDING_WORDS = frozenset(
    "a an the and or but nor of to for from with at into amid via against than".split()
)
"""Words no headline ends on: a headline line ending on one was cut by the page's line
wrap ("BIS Imposes Sweeping New Controls on Advanced Computing and" / "Semiconductor ...").
Not "on", "in", "over", "about": a headline may end on them as a verb's particle
("... as licence limbo drags on", "... swept in")."""
ELIDED_INFINITIVE = re.compile(r"\b(?:have|has|had|want|wants|need|needs|ought|used|going|got|able|likely)\s+to$", re.IGNORECASE)
"""A "to" whose verb is left unsaid ("... so you don't have to", "... and it wants to"):
a headline may end on it, so the line is not cut there by the wrap — unless the next line
goes on in lower case with the verb ("... are likely to" / "resume after ...")."""
TITLE_CASE_MIN_LETTERS = 4  # in a title-cased headline every word this long is capitalised
WRAPPED_TITLE_MIN_WORDS = 5  # the wrap cuts a line filled to the page's width; a name over its label is shorter
ANSWER_FURNITURE = re.compile(
    r"(?i:(?:\d[\d,.]*\s?[km]?\s+)?answers?|answers?:\s*\d[\d,.]*[km]?|write (?:an )?answer|follow question"
    r"|all related \(\d+\)|.{0,80}\banswered\b.{0,30})"
)
"""What a Q&A site sets under its question: an "Answer" button, the answer count ("3
Answers", "128 answers", "Answers: 87"), "Follow question", "Write answer", Quora's "All related (34)",
an answerer's "· Answered 2y" or "Answered December 12, 2025"."""
LINK_CARD_DOMAIN = re.compile(r"[A-Z0-9-]+(?:\.[A-Z0-9-]+)*\.[A-Z]{2,}")  # "REUTERS.COM" over a shared link's title
RUNNING_HEADER_HEADLINE_MIN_WORDS = 5  # a padded row's widest column that says this much is a headline's; a newsletter's name is shorter
COLUMN_GAP = re.compile(r"\S {4,}\S")  # columns of a pasted running header, padded apart
LINK_CARD_ADDRESS = re.compile(
    r"(?:From )?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?!(?:pdf|docx?|xlsx?|pptx?|csv|txt|zip|png|jpe?g|gif|mp4)\b)[a-z]{2,}",
    re.IGNORECASE,
)  # "reuters.com", "Reuters.com", "From apnews.com": a bare site address under a shared link's headline, not a file's name or a typed link's path
POST_QUOTE_BLOCK = re.compile(r"(?:Quote|Quoted post|Replying to\b.*)", re.IGNORECASE)  # a quoted post or a reply under the post
RUNNING_HEADER_PART = re.compile(
    r"(?:page \d+(?: of \d+)?|(?:issue|no\.|vol\.?|volume)\s*[\d#].*|for immediate release|(?:media |press )?contacts?\b.*)",
    re.IGNORECASE,
)  # the page furniture one of a running header's columns holds
MEDIA_CARD_STAMP = re.compile(r"[^·]{1,40} · \d{1,2}:\d{2}")  # "SCMP · 2:18": channel and length under a shared video's title
THREAD_STAMP = re.compile(r"\d[\d,.]*k? points? by [\w.-]{2,40} \d{1,3} \w+ ago\b", re.IGNORECASE)
"""Who posted a thread and when, under its title on Hacker News and its clones."""
POST_STAMP_SEPARATOR = re.compile(r"\s+·\s+")
TITLE_FIELD = re.compile(r"^(?:Thread:|標題|标题|主題[:：]?|主题[:：]?)\s+(?=\S)")
"""The name of a forum's title field set before the thread's title ("Thread: Q2 — China at
zero", a PTT post's "標題 [新聞] ..." under "作者" and over "時間"): the field's name, not
the title's first word."""
BRACKETED_HEADLINE = re.compile(r"【(?P<headline>[^【】]+)】\s*(?P<text>.*)")
"""A headline in lenticular brackets opening a post's first paragraph, as Chinese media
accounts set one on Weibo and the like ("【英伟达：美国政府已承诺批准H20对华销售许可】据英伟达官网
14日晚发布的消息，…"): the post's headline, the text after it its first paragraph."""
FIELD_LABEL = re.compile(r"[A-Z][a-z]+:\s+(?P<value>\S.*)")
"""A field of the page's metadata over its headline: one word and a colon before a name
("Practice: Export Controls and Economic Sanctions", "Sector: Semiconductors")."""
MARKED_HEADLINE = re.compile(r"[A-Z][\w&'’.-]*(?: [\w&'’.-]+){0,2}:\s+(?P<headline>\S.*)")
"""A headline behind a marker of a few words and a colon: a live blog's "Live:", a
subject's "AMD:", "Exclusive:"."""


def extract_title(lines: list[str], given: str | None = None) -> tuple[Field, Field]:
    """The title and subtitle Fields of an article.

    ``given`` is a title from the raw header, which wins. ``title.details`` holds the
    line indices used (``lines``: for a post, its poster's profile repeated over later
    posts), where the article starts (``start``: lines above the headline are page
    furniture), whether the title was ``derived`` and a ``site`` name split off a page
    title; ``subtitle.details["lines"]`` holds the dek's line index.
    """
    top, wraps = _with_wrapped_headlines(lines, _below_a_forward(page_top(lines)))
    post = None if given else page_post_start(tuple(lines))
    if post is not None:
        text = post_text(top, post)
        title = _shared_link_title(top, post) or _derived_title(text, start=post, used=profile_repeats(lines, post), lines=lines)
        return title, Field(None, 0.0, "", {"lines": []})
    found = _given_title(given) if given else _found_headline(lines, top)
    if found is not None and found[1] is not None and _is_under_the_story(lines, top, found[1]):
        found = None
    if found is None:
        return _derived_title(_opening_prose(top), lines=lines), Field(None, 0.0, "", {"lines": []})
    text, index, confidence, reason = found
    used = _repeats(top, text) | ({index, *wraps.get(index, ())} if index is not None else set())
    title, subtitle, site = (text, None, None) if _is_video_title(top, index) else _split_page_title(text)
    credited = site is not None and _is_under_another_outlets_name(top, index, site)
    if credited:
        title, site = text, None  # "China bans foreign AI chips ... - Reuters" under "TASS": the report it cites
    site = None if credited else site or _site_of_repeats(lines, used)
    start = _article_start(top, index, used)
    dek = _find_dek(lines, top, used) if subtitle is None and used else None
    second = _second_dek_line(top, dek) if dek is not None else None
    if dek is not None and second is None and _heads_a_run_of_highlights(top, dek):
        dek = None
    if dek is not None:
        subtitle = DEK_LINE_JOIN.join(strip_quotes(lines[at]) for at in (dek, second) if at is not None)
        used = used | {dek} | ({second} if second is not None else set())
    used |= _question_furniture(top, index)
    details = {"derived": False, "lines": sorted(used), "site": site, "start": start}
    return Field(title, confidence, reason, details), _subtitle_field(subtitle, dek)


def _is_under_another_outlets_name(top: list[tuple[int, str]], index: int | None, site: str) -> bool:
    """True when an outlet named after a headline's dash ("... - FT", "... - Reuters")
    is not the one whose name stands over the headline on the page ("TASS",
    "swissinfo.ch"): a page sets its own name over its headline, and a name after the
    headline that differs from it credits the report the story retells; it is part of the
    headline as printed, not a page title's site name."""
    named = outlets.known_name(site.strip())
    if index is None or named is None:
        return False
    above = (outlets.known_name(text) for at, text in top if at < index)
    return any(name is not None and name != named for name in above)


def _is_under_the_story(lines: list[str], top: list[tuple[int, str]], index: int) -> bool:
    """True for a line found as the headline with prose above it and none below it: a
    headline opens a story, so a line under all of the page's text is its footer or a
    related link ("Terms of Service Privacy Policy" under a post, "Fine-tuning on Ascend
    NPUs 4 812 Jan 2025" in a forum's related topics), and taking it would leave the page
    without a story. The title on the card of a link or video that a page's post shares
    stands under the post, and is the title (``_shared_card_title``). Clutter over the line
    (a cookie banner's sentence) is no story above it; the text below it is judged by the
    sentences its lines add up to, as a hard-wrapped story holds no whole line of prose."""
    above = any(_is_story_line(line) for line in lines[:index])
    if not above or any(is_prose(line.strip()) for line in lines[index + 1 :]) or _holds_wrapped_prose(lines[index + 1 :]):
        return False
    position = next(position for position, (at, _) in enumerate(top) if at == index)
    return _shared_card_title(top[max(position - 1, 0) : position + 2]) != index


def _is_story_line(line: str) -> bool:
    text = " ".join(line.split())
    return is_prose(text) and not boilerplate.is_boilerplate(text)


def _holds_wrapped_prose(lines: list[str]) -> bool:
    """True when consecutive lines that are no clutter join into a sentence of prose: a
    story hard-wrapped at a fixed width ("Nvidia said on Tuesday it would resume" / "sales of
    its H20 chip to China."); a list of related links joins into no sentence."""
    run: list[str] = []
    for line in [*lines, ""]:
        text = " ".join(line.split())
        if text and not boilerplate.is_boilerplate(text):
            run.append(text)
            continue
        joined = " ".join(run)
        if len(run) > 1 and ends_sentence(joined) and word_count(joined) > PROSE_MIN_WORDS:
            return True
        run = []
    return False


def _without_thread_buttons(text: str) -> str:
    """A forum thread's title without the label before it (``THREAD_LABEL``) and the
    "copy link" button after it (``COPY_LINK_BUTTON``)."""
    return COPY_LINK_BUTTON.sub("", THREAD_LABEL.sub("", text, count=1) if THREAD_LABEL.match(text) else text)


def _with_wrapped_headlines(lines: list[str], top: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], dict[int, tuple[int]]]:
    """``top`` with each headline the page's line wrap cut in two (``_is_wrapped_headline``)
    read as one line at its first line's index, and the index of each such line's second
    half: a hard-wrapped page (a printed PDF, a client alert or a hearing record pasted as
    text) wraps its headline as it wraps its paragraphs, and only the whole is the headline."""
    joined, wraps = [], {}
    for position, (index, text) in enumerate(top):
        if wraps and index == joined[-1][0] + 1 and joined[-1][0] in wraps:
            continue
        if _is_wrapped_headline(lines, top, position):
            joined.append((index, f"{text} {top[position + 1][1]}"))
            wraps[index] = (top[position + 1][0],)
        else:
            joined.append((index, text))
    return joined, wraps


def _is_wrapped_headline(lines: list[str], top: list[tuple[int, str]], position: int) -> bool:
    """True when the line at ``position`` and the very next line are one headline cut by the
    line wrap: no sentence ends on the first, which opens a block (first on the page, under
    a blank line or a short line), the second ends it (nothing in lower case goes on under
    it), and together they are headline-shaped; and either the first ends on a word no
    headline ends on ("... and", "... on", "... THE") or the two lines are the whole block
    between blank lines, both set in title case, as a printed title wraps
    ("U.S. Export Controls on Advanced Computing" / "Chips to China: Policy Evolution, 2022-2025")."""
    if position + 1 >= len(top) or top[position + 1][0] != top[position][0] + 1:
        return False
    (index, first), second = top[position], top[position + 1][1]
    if not first[:1].isupper() or first[-1:] in ".!?:;-–—" or ends_sentence(first) or ends_sentence(second):
        return False
    if word_count(first) < HEADLINE_WORDS[0]:
        return False
    above, below = _raw_line(lines, index - 1), _raw_line(lines, index + 2)
    if len(above) >= WRAPPED_LINE_MIN_LENGTH or below[:1].islower() or second[-1:] in "-–—":
        return False
    if CHANNEL_AUDIENCE.fullmatch(below):
        return False  # a video's title over its channel's name and audience ("Silicon Tea" / "148K subscribers")
    if any(is_opening_clutter(text) or _is_stamp(text) for text in (first, second)):
        return False
    if not is_plausible_headline(f"{first} {second}") or second.rsplit(None, 1)[-1].lower() in WRAP_ENDING_WORDS:
        return False
    elided = ELIDED_INFINITIVE.search(first) and not second[:1].islower()  # the line under it is no verb going on
    if first.rsplit(None, 1)[-1].lower() in WRAP_ENDING_WORDS and not elided:
        return True
    block = not above and not below and word_count(first) >= WRAPPED_TITLE_MIN_WORDS
    return block and _is_title_cased(first) and _is_title_cased(second)


def _raw_line(lines: list[str], index: int) -> str:
    return lines[index].strip() if 0 <= index < len(lines) else ""


def _is_title_cased(text: str) -> bool:
    """Every word of ``TITLE_CASE_MIN_LETTERS`` letters or more capitalised (or a number)."""
    words = (word.lstrip("'\"‘“(") for word in text.split())
    return all(word[:1].isupper() or word[:1].isdigit() for word in words if len(word) >= TITLE_CASE_MIN_LETTERS)


def _is_video_title(top: list[tuple[int, str]], index: int | None) -> bool:
    """True for a headline set over a channel's name and its subscriber count: a video's
    title as its uploader wrote it, show name included ("... to China | DW News",
    "... AI rise? | Inside Story"). What follows its pipe is part of the title, not a site
    name a browser joined to a page's title."""
    below = [text for at, text in top if index is not None and at > index][:2]
    return len(below) == 2 and bool(CHANNEL_AUDIENCE.fullmatch(below[1]))


def _below_a_forward(top: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The top lines under a forwarded e-mail's marker, or all of them when there is none:
    the note a forwarder writes over the marker ("Adding sales ops. Short version: ...") is
    never the forwarded piece's headline or first paragraph."""
    marker = next((position for position, (_, text) in enumerate(top) if FORWARD_MARKER.fullmatch(text.strip())), None)
    return top if marker is None else top[marker + 1 :]


def _article_start(top: list[tuple[int, str]], index: int | None, repeats: set[int]) -> int:
    """Where the article starts: at the headline, or at its last repeat above the story
    (a page title over the byline block, then the on-page heading): between two copies
    of the headline stands the page's furniture, never the story's text."""
    if index is None:
        return min(repeats, default=0)
    story = next((at for position, (at, _) in enumerate(top) if at < index and _starts_the_story(top, position)), None)
    if story is not None:
        return story  # a page's post over the card of the piece it shares: the post is the text
    prose = next((at for at, text in top if at > index and is_prose(text) and at not in repeats), None)
    return max(at for at in repeats | {index} if prose is None or at < prose)


def _given_title(given: str) -> tuple[str, None, float, str]:
    return strip_quotes(given), None, 1.0, "raw header 'Title:'"


def _found_headline(lines: list[str], top: list[tuple[int, str]]) -> tuple[str, int, float, str] | None:
    """The headline's text, line index, confidence and evidence; without the icons set
    before it (``LEADING_ICONS``), a forum's label and button around it, the name of a
    forum's title field (``TITLE_FIELD``), and the domain of the shared link that a forum's
    link post sets after its title ("Huawei Ascend 910B yields reportedly still around 50%
    (tomshardware.com)"), or the "(self.LocalLLaMA)" that marks a text post there."""
    index, passed_over = _subject_repeated(top), None
    if index is None:
        turns = transcripts.speaker_turns(lines)
        first = _find_headline(top, turns)
        index = _naming_the_saga(top, first, turns)
        passed_over = first if index != first else None
    if index is None:
        return None
    if index == top[0][0]:  # a mail's subject or a window's title over the page: "Sender: headline"
        index = _repeated_without_its_sender(top, index, dict(top)[index]) or index
    confidence = 0.9 if index == top[0][0] else 0.8  # clutter skipped: a little less sure
    headline = LEADING_ICONS.sub("", _without_thread_buttons(dict(top)[index]))
    headline = LINKED_DOMAIN.sub("", strip_quotes(TITLE_FIELD.sub("", headline, count=1)))
    evidence = f"line {index + 1} {_quote(lines[index])}"
    if passed_over is not None:
        evidence += f", under line {passed_over + 1}, which names nothing of the saga"
    return headline, index, confidence, evidence


NAMING_TRIES = 3  # headline-shaped lines read further down for one naming the saga


def _naming_the_saga(top: list[tuple[int, str]], index: int | None, turns: frozenset[int]) -> int | None:
    """``index``, the headline found, unless it names nothing of the saga (no chip,
    company, government or move: ``relevance.names_the_saga``) and a line below it that
    would be found as the headline there does, and is shaped like one. Every page of this
    archive is about the saga, and so is its headline; chrome found first because
    something looked like a byline under it ("Informing the legislative debate since
    1914", "Keyboard shortcuts for audio player", a forum's "A community for discussing
    stocks") names none of it. A headline naming nothing ("Foreign Ministry
    Spokesperson's Regular Press Conference") stays when nothing headline-shaped below
    it does."""
    if index is None or names_the_saga(dict(top)[index]):
        return index
    found, rest = index, top
    for _ in range(NAMING_TRIES):
        rest = [(at, text) for at, text in rest if at > found]
        found = _find_headline(rest, turns) if rest else None
        if found is None:
            break
        text = dict(rest)[found]
        if names_the_saga(text) and _could_be_the_headline(text):
            return found
    return index


def _could_be_the_headline(text: str) -> bool:
    """Headline-shaped and more than a label ("Tariffs & Transistors", a show's name), not
    a list item."""
    return (is_plausible_headline(text) and word_count(text) >= HEADLINE_MIN_WORDS_OVER_CHROME
            and not BULLET.match(text))


def _subject_repeated(top: list[tuple[int, str]]) -> int | None:
    """The index of the line under an e-mail's header that repeats its subject ("Subject:
    Commerce pauses the affiliates rule. The White House rules out B30A." over the
    newsletter's own heading): a newsletter sends its headline as the subject, so the
    line repeating it is the headline, however it is shaped (two sentences, a question)."""
    for position, (index, text) in enumerate(top):
        match = MAIL_SUBJECT.fullmatch(text.strip())
        if match:
            subject = comparable(as_titled(match.group("subject")))
            repeat = next((at for at, later in top[position + 1 :] if comparable(later) == subject), None)
            return repeat if repeat is not None else _repeated_without_its_sender(top, index, match.group("subject"))
    return None


def _repeated_without_its_sender(top: list[tuple[int, str]], index: int, title: str) -> int | None:
    """The index of the first line under ``index`` that repeats ``title`` without the
    name and colon in front of it ("BIS Update: Suspension of the Affiliates Rule", then
    "Suspension of the Affiliates Rule"; "Semafor Technology: Washington pauses, Beijing
    shuts a door" as a mail's subject, then as the newsletter's heading), else None: an
    e-mail's subject or a page's title puts the sender's or series' name in front, the
    piece's own heading is the headline."""
    match = MARKED_HEADLINE.fullmatch(as_titled(title.strip()))
    if not match:
        return None
    rest = comparable(match.group("headline"))
    return next((at for at, later in top if at > index and comparable(later) == rest), None)


def _subtitle_field(subtitle: str | None, dek: int | None) -> Field:
    if subtitle is None:
        return Field(None, 0.0, "", {"lines": []})
    if dek is None:
        return Field(subtitle, 0.7, "second part of a joined page title", {"lines": []})
    return Field(subtitle, 0.7, f"line {dek + 1}, right under the headline", {"lines": [dek]})


def _find_headline(top: list[tuple[int, str]], turns: frozenset[int] = frozenset()) -> int | None:
    """The index of the headline: the first headline-shaped line that opens the article
    (see ``_opening``), else the first headline-shaped line after opening clutter.

    Site chrome above the headline (a tagline, a section label such as "Money &
    Markets", a "Go to Forum Home" link) is headline-shaped too, but it is followed by
    more chrome, not by the article's dek, byline or date. A widget above the article (a
    cookie notice "We value your privacy", a newsletter box) is a heading over a paragraph
    that addresses the reader; it is passed over, and only a line opened by a byline or
    date stamp displaces a heading over such a paragraph. A photo caption over its credit
    is passed over too, though it reads as a first paragraph. A transcript's first
    speaker's turn (``turns``: "HOST: Welcome back ...") starts the story. When the
    story starts before any headline, a page's post has begun: the card of the article or
    video it shares holds the title (``_shared_card_title``).
    """
    widget = card = None
    for position, (index, text) in enumerate(top):
        if _is_photo_caption(top, index, text):
            continue
        if index in turns or _starts_the_story(top, position):
            card = None if index in turns else _shared_card_title(top[position + 1 :])
            break
        if not _is_headline_candidate(top, index, text):
            continue
        if _is_masthead_tagline(top, position, turns):
            continue
        opening = _opening(top[position + 1 :], text, turns)
        if opening == "stamp" and not _is_past_a_widgets_text(top, widget, index) and not _is_tagline(top, position):
            return _headline_over_its_dek(top, position)
        if opening == "prose" and widget is None:
            return index
        if opening is None and widget is None and _asks_the_pages_question(top, position):
            return index
        if opening == "widget" and widget is None and not _addresses_reader(text):
            widget = index
    if widget is None and card is not None:
        return card
    return widget if widget is not None else _first_headline(top, turns)


def _shared_card_title(below: list[tuple[int, str]]) -> int | None:
    """The index of the title on the card of a link or video that a page's post shares,
    below the post's text, else None: the line under the link's domain ("REUTERS.COM" over
    "Nvidia says US will let it keep developing H100 chip in China"), or over the video's
    channel and length ("China blocks Nvidia's H200 at the border" over "SCMP · 2:18"). A
    page's post ("Reuters" / "September 1, 2022 ·" / what the page wrote about it) shares
    an article or video, and the shared piece's headline is what the page is about."""
    for position, (index, text) in enumerate(below[:-1]):
        following, title = below[position + 1], None
        if LINK_CARD_DOMAIN.fullmatch(text):
            title = following
        elif MEDIA_CARD_STAMP.fullmatch(following[1]):
            title = (index, text)
        if title is not None and is_plausible_headline(title[1]) and not is_opening_clutter(title[1]):
            return title[0]
    return None


def _shared_link_title(top: list[tuple[int, str]], start: int) -> Field | None:
    """The title of a post that shares a link: the headline of the link's card, the line
    set right over the card's bare domain ("reuters.com", "From apnews.com") under what
    the poster wrote, else None. A network shows the shared article as its headline over
    its site's address; the post is about that article, and its headline is the page's,
    while the poster's own words are the body (cut from them, the first sentence would
    make a headline nobody printed). The post's first line is its own text, never a card:
    a post that is only a link is titled by that line anyway. Only the post's own lines
    count, up to its first stamp or furniture: a quoted post ("Quote") or a reply
    ("Replying to @...") under it shares its own links. The headline is printed, so the
    title is not derived; ``post`` keeps the page read as a post."""
    own = list(itertools.takewhile(lambda line: not _ends_the_posts_own_lines(line[1]),
                                   [(index, line) for index, line in top if index >= start]))
    found = _link_card_headline([(index, line) for index, line in own if line.strip()][1:])
    if found is None:
        return None
    index, line, under = found
    details = {"derived": False, "post": True, "lines": [index, under], "site": None, "start": start}
    return Field(strip_quotes(line.strip()), 0.6, f"line {index + 1}: the headline of the link the post shares", details)


def _ends_the_posts_own_lines(text: str) -> bool:
    """A stamp, the poster's furniture or a quoted post's or reply's label: where a post's
    own lines end."""
    return _is_post_stamp(text) or _is_post_furniture(text) or bool(POST_QUOTE_BLOCK.fullmatch(text.strip()))


def _link_card_headline(below: list[tuple[int, str]]) -> tuple[int, str, int] | None:
    """(index, text, address index) of a link card's headline among ``below``: a plausible
    headline set right over a bare site address (``LINK_CARD_ADDRESS``), else None."""
    for (index, text), (under, address) in zip(below, below[1:]):
        headline = strip_quotes(text.strip())
        if LINK_CARD_ADDRESS.fullmatch(address.strip()) and is_plausible_headline(headline) and not is_opening_clutter(headline):
            return index, text, under
    return None


def _asks_the_pages_question(top: list[tuple[int, str]], position: int) -> bool:
    """True for a question set over a Q&A site's furniture (``ANSWER_FURNITURE``) before
    the first paragraph: the question the page is about, its title. Its answers follow
    under their writers' names and posts ("Works in semiconductor trade compliance" over
    "Answered December 12, 2025"), each opened like an article, but the question is the
    page's headline; a site's chrome asks nothing."""
    if not top[position][1].rstrip().endswith("?"):
        return False
    for _, text in top[position + 1 :]:
        if any(ANSWER_FURNITURE.fullmatch(entry) for entry in MENU_GAP.split(text.strip())):
            return True  # also in a bar pasted on one line: "Follow question   Write answer   Invite answer"
        if is_prose(text):
            return False
    return False


def _is_tagline(top: list[tuple[int, str]], position: int) -> bool:
    """True for the line right under a page's first line (the site's name, perhaps under
    the page's address) when the date
    stamp under it stands over a headline right over the story's first paragraph: a blog's tagline under its
    name ("Notes on chip design, supply chains and the rules around them"), then the post's
    date over the post's title, as blogs set them. The date opens the title under it, not
    the tagline over it. A byline naming writers and where they file ("Ines Lin, Taipei;
    Jack Wu, Chip Times Asia") between the date and the story is no post's title: there
    the line under the site's name is the headline over its date."""
    if sum(1 for _, text in top[:position] if not is_url_line(text)) != 1:
        return False  # under the site's name (and the page's address a paste may set over it)
    stamp = next((later for later, (_, text) in enumerate(top) if later > position and _is_stamp(text)), None)
    if stamp is None or stamp + 2 >= len(top) or not dates.is_date_line(top[stamp][1]):
        return False
    (index, text), story = top[stamp + 1], top[stamp + 2][1]
    headline = is_plausible_headline(text) and _is_headline_candidate(top, index, text)
    return headline and not _credits_writers_where_they_file(text) and is_prose(story) and not _is_stamp(story)


def _credits_writers_where_they_file(text: str) -> bool:
    """Writers set apart by semicolons, each with where they file from or for whom after a
    comma ("Ines Lin, Taipei; Jack Wu, Chip Times Asia"): a byline without "By", as some
    outlets set it between the date and the story, never a post's title under its date."""
    parts = [part.strip() for part in text.split(";")]
    if len(parts) < 2:
        return False
    return all(
        "," in part and word_count(part) <= FILING_WRITER_MAX_WORDS and _is_bare_name(part.split(",", 1)[0].strip())
        for part in parts
    )


def _is_masthead_tagline(top: list[tuple[int, str]], position: int, turns: frozenset[int]) -> bool:
    """True for the second line of a block of two at the page's top, the site's name and the
    line right under it, when the next block opens with a headline-shaped line that a
    byline, date stamp or the first paragraph opens with no dek in between: a site's name
    and tagline ("Fabless Friday" / "The week in chips, for people who have to explain it
    to their bosses") are set as one block, the masthead, and the headline starts a block of
    its own under it. A headline under the site's name has its dek set right under it, in
    its own block; a line apart from the masthead is never its tagline. The masthead may
    stand under blocks of page furniture only (the platform's name, "Substack", a menu
    entry): what stands over it is no headline or paragraph."""
    if position < 1 or len(top) < position + 2 or not _is_under_furniture_only(top, position - 1):
        return False
    (name, _), (index, _), (below, _) = top[position - 1], top[position], top[position + 1]
    if index != name + 1 or below == index + 1:
        return False  # the name and the tagline are one block, the line under them starts another
    for later in range(position + 1, len(top)):
        at, text = top[later]
        if later > position + 1 and at == top[later - 1][0] + 1:
            continue  # a headline opens its block
        if _is_headline_candidate(top, at, text):
            return _opening(top[later + 1 :], text, turns) in {"stamp", "prose"}
        if is_prose(text):
            return False
    return False


def _is_under_furniture_only(top: list[tuple[int, str]], position: int) -> bool:
    """True when the line at ``position`` opens a block of its own (a blank line over it)
    and every line over it is page furniture: a platform's name, a menu entry or the
    page's address, none of them a headline, a paragraph or a menu set on one line (under
    which a site sets a section label over its headline, "Semiconductors" / "Nvidia
    resumes H20 orders ...", not its masthead)."""
    if position == 0:
        return True
    if top[position][0] == top[position - 1][0] + 1:
        return False
    if word_count(top[position][1]) < SITE_NAME_MIN_WORDS_UNDER_CHROME:
        return False  # a section label ("TECHNOLOGY") over the headline
    return all(
        is_menu_entry(text) or _is_short_label(text) or is_opening_clutter(text) or is_url_line(text)
        for _, text in top[:position]
    )


def _question_furniture(top: list[tuple[int, str]], index: int | None) -> set[int]:
    """The lines between a Q&A page's question (``_asks_the_pages_question``) and the first
    paragraph of its first answer: the site's buttons and counts and the answerer's name,
    post and stamp ("Chen Hao" / "AI infrastructure engineer at an internet company" / "312
    people agreed with this answer"), none of them the answer's text."""
    position = next((at for at, (line, _) in enumerate(top) if line == index), None)
    if position is None or not _asks_the_pages_question(top, position):
        return set()
    furniture = set()
    for line, text in top[position + 1 :]:
        if is_prose(text):
            break
        furniture.add(line)
    return furniture


def _is_past_a_widgets_text(top: list[tuple[int, str]], widget: int | None, index: int) -> bool:
    """True when more paragraphs stand between the heading at ``widget`` and the line at
    ``index`` than a box holds (a consent notice or a newsletter prompt has one or two):
    the heading was over the story itself, spoken as "we" or "I" (an "Ask HN" post), and
    the stamped line is a reply's further down."""
    if widget is None:
        return False
    return sum(1 for at, text in top if widget < at < index and is_prose(text)) > WIDGET_MAX_PARAGRAPHS


def _headline_over_its_dek(top: list[tuple[int, str]], position: int) -> int:
    """The index of the headline, given a line at ``position`` that a byline or date stamp
    opens: that line, unless it reads as the dek of the line right above it. A dek is
    written in sentences and runs longer than its headline ("The B30A question" over
    "Nvidia has a Blackwell chip for China in the works. Washington hasn't decided ...");
    it is headline-length too and sits over the byline, but a page sets it under its
    headline, never over it, so the shorter line above is the headline (a kicker over a
    headline is a label, and a headline is no run of sentences longer than the label)."""
    index, text = top[position]
    if position == 0 or not is_prose(text) or is_plausible_headline(text) or outlets.is_name_cased(text):
        return index
    above, heading = top[position - 1]
    if is_opening_clutter(heading) or outlets.looks_like_masthead(heading) or BULLET.match(heading):
        return index
    if _is_menu(heading) or is_programme_kicker(heading) or _is_over_a_menu(top, above) or _is_kicker(top, above, heading):
        return index
    words = word_count(heading)
    least = LEAD_TO_DEK_LENGTH * words if _is_short_label(heading) else words + 1
    fits = HEADLINE_WORDS[0] <= words and len(heading) <= HEADLINE_MAX_LENGTH and not starts_with_dateline(heading)
    return above if fits and word_count(text) >= least else index


def _starts_the_story(top: list[tuple[int, str]], position: int) -> bool:
    """True when the line at ``position`` is the story's first paragraph: the first line
    of a hard-wrapped paragraph (``_reads_on_below``), or prose that is no
    headline, does not speak to the reader, and is neither a widget's blurb, a lone
    sentence between two lines of page furniture (a newsletter's tagline between
    "Discover more from Tensor Border" and "Over 9,000 subscribers"), nor set over a
    headline that a byline or date stamp opens (a site's tagline over the article), nor a
    headline of two sentences over its own stamp ("The Chip Security Act is law. Now every
    exported AI chip has to be findable." over "Jun 18, 2026 · 44:09")."""
    index, text = top[position]
    if _reads_on_below(top, position):
        return True
    if not is_prose(text) or is_plausible_headline(text) or _addresses_reader(text):
        return False
    if sentence_count(text) > 1 and _is_over_a_byline(text, top, index):
        return False  # a headline in two sentences over its stamp: "The Chip Security Act is law. Now ..."
    return not (_is_blurb(top, position) or _is_over_a_headline(top, position))


def _is_over_a_headline(top: list[tuple[int, str]], position: int) -> bool:
    """True when, before any more story text, a headline opened by a byline or date stamp
    follows the line at ``position``, within ``OVER_HEADLINE_LINES`` lines not counting
    the entries of a menu pasted one per line (a blog's tagline over "Home", "Portfolio",
    "Essays", ... over the headline)."""
    counted = 0
    for later, (index, text) in enumerate(top[position + 1 :], start=position + 1):
        if _is_headline_candidate(top, index, text) and _opening(top[later + 1 :], text) == "stamp":
            return True
        if _is_dated_title(top, later):
            return True
        if is_prose(text) and not is_opening_clutter(text):
            return False
        counted += not is_menu_entry(text)
        if counted == OVER_HEADLINE_LINES:
            return False
    return False


def _is_dated_title(top: list[tuple[int, str]], position: int) -> bool:
    """True for a headline-shaped line (also a short one: "Double Move Week") right under
    a line holding only a date and right over prose: a blog post's or newsletter issue's
    title, which such pages set under the day's date and over the post's text."""
    if position == 0 or position + 1 >= len(top):
        return False
    text = top[position][1]
    if not is_plausible_headline(text) or is_opening_clutter(text) or BULLET.match(text):
        return False
    story = top[position + 1][1]
    return dates.is_date_line(top[position - 1][1]) and is_prose(story) and not is_opening_clutter(story)


def _opening_prose(top: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """(index, paragraph) of the prose lines of the page's top that are no widget's text
    (``_is_blurb``); when every one is, they are the text: a short post set between its
    poster's furniture and its stamp and buttons is all a page may hold, and a widget
    stands beside a story."""
    prose = [(position, _wrapped_paragraph(top, position)) for position, (_, text) in enumerate(top)
             if is_prose(text) or _reads_on_below(top, position)]
    kept = [(position, text) for position, text in prose if not _is_blurb(top, position)] or prose
    return [(top[position][0], text) for position, text in kept]


def _reads_on_below(top: list[tuple[int, str]], position: int) -> bool:
    """True for a line of a hard-wrapped paragraph that the very next line continues in
    lower case ("... on Monday unveiled sweeping" over "new rules on exports of ..."), or
    that stops on a word no sentence or headline ends on ("... to resume shipments of its"
    over "MI308 accelerators to China ..."), or on an initialism's stop that the next line
    continues in lower case ("... that the U.S." over "government informed it ..."), the
    line stopping mid-sentence: no headline runs on into the line under it, so the story
    has begun. The line under it is
    wrapped too or ends the sentence; a byline ("by Jane Doe"), an address or clutter
    under a headline continues nothing."""
    if position + 1 >= len(top):
        return False
    (index, text), (following, below) = top[position], top[position + 1]
    return (
        following == index + 1
        and len(text) >= WRAPPED_LINE_MIN_LENGTH
        and (text[-1].isalnum() or text[-1] in ",;-–—" or _ends_on_an_initialism(text))
        and (below[:1].islower() or text.endswith(",") or _breaks_off(text))
        and (len(below) >= WRAPPED_LINE_MIN_LENGTH or ends_sentence(below))
        and not is_url_line(below)
        and byline_name(below) is None
        and not boilerplate.is_boilerplate(below)
    )


def _wrapped_paragraph(top: list[tuple[int, str]], position: int) -> str:
    """The line at ``position`` with the lines that continue it, as one paragraph."""
    end = position
    while _reads_on_below(top, end):
        end += 1
    return " ".join(text for _, text in top[position : end + 1])


def _is_blurb(top: list[tuple[int, str]], position: int) -> bool:
    """True for a line between two lines of page furniture: a widget's text."""
    above, below = top[position - 1][1] if position else "", top[position + 1][1] if position + 1 < len(top) else ""
    return bool(above and below) and is_opening_clutter(above) and is_opening_clutter(below)


def _is_headline_candidate(top: list[tuple[int, str]], index: int, text: str) -> bool:
    """Headline-shaped, and not clutter, a masthead, a short label, a list item, a menu
    set on one line, a kicker naming the programme the piece aired on, a line opening
    on a time in a recording (a video's chapter: "9:05 Software: CANN vs CUDA") or a post's
    stamp (``_is_post_stamp``)."""
    if _is_marked_headline(top, index, text):
        return True
    if is_opening_clutter(text) or outlets.looks_like_masthead(text) or _is_short_label(text) or BULLET.match(text):
        return False
    if _is_running_header(text):
        return False
    if THREAD_NUMBER.match(text) or _is_menu(text) or is_programme_kicker(text) or transcripts.TIMED_LINE.match(text):
        return False
    if _is_post_stamp(text) or _is_under_a_tag_label(top, index):
        return False
    if _is_over_a_menu(top, index) or _is_kicker(top, index, text) or _is_rubric(top, index, text):
        return False
    if _names_the_page(top, index, text):
        return False
    return is_plausible_headline(text) or _is_over_a_byline(text, top, index)


def _is_running_header(text: str) -> bool:
    """A row of parts set apart by runs of spaces (``COLUMN_GAP``), one of them page
    furniture (``RUNNING_HEADER_PART``): the running header of a PDF or print view
    ("ECONOMIC POLICY BRIEFING      PAGE 1 OF 2", a newsletter's name and issue number, a
    release's "FOR IMMEDIATE RELEASE      Media Contact:"), pasted with its columns padded
    apart. A headline can be padded too (a wide gap, or its date set beside it), so a row
    with no such furniture is judged by its widest column: a headline's words, or a
    newsletter's short name beside its date ("CHIP POLICY WIRE      17 September 2025")."""
    if not COLUMN_GAP.search(text.strip()):
        return False
    parts = re.split(r"\s{4,}", text.strip())
    widest = max(parts, key=len)
    furniture = any(RUNNING_HEADER_PART.fullmatch(part) for part in parts)
    return furniture or word_count(widest) < RUNNING_HEADER_HEADLINE_MIN_WORDS or not is_plausible_headline(widest)


def _is_under_a_tag_label(top: list[tuple[int, str]], index: int) -> bool:
    """A list of a few short words ("hardware, china, usa, nvidia, export controls") right
    under a tag list's label standing alone ("Tags"): the page's tags (``tags.extract_tags``
    reads them), never its headline, which tells something in more than a word or two a
    part (and which a menu's "Topics" may stand over)."""
    position = next((position for position, (at, _) in enumerate(top) if at == index), 0)
    label = TAG_LABEL.fullmatch(top[position - 1][1].strip()) if position > 0 else None
    if label is None or label.group("inline"):
        return False
    parts = TAG_SEPARATORS.split(top[position][1].strip())
    return len(parts) >= TAG_LIST_MIN_PARTS and all(word_count(part) <= TAG_MAX_WORDS_IN_A_LIST for part in parts)


def _names_the_page(top: list[tuple[int, str]], index: int, text: str) -> bool:
    """The letterhead of the body publishing the page, or a newsletter's strapline (also
    set after its name on one line)."""
    return _is_letterhead(top, index, text) or bool(STRAPLINE.match(text) or NAMED_STRAPLINE.fullmatch(text))


def _is_letterhead(top: list[tuple[int, str]], index: int, text: str) -> bool:
    """An official body's name ("Bureau of Industry and Security", "PETERSON INSTITUTE FOR
    INTERNATIONAL ECONOMICS") set over more of the page's chrome (its parent body, a menu,
    a breadcrumb, a section label such as "Press Release"): the letterhead of the body
    that publishes the page. A title-cased headline naming a body ("Foreign Ministry
    Spokesperson's Regular Press Conference on ...") says more, and its date stamp, byline
    or dek stands right under it."""
    if not _is_letterhead_length(text) or not outlets.names_an_institution(_as_name_cased(text)):
        return False
    below = [later for at, later in top if at > index]
    following = below[0] if below else ""
    if not following or _is_stamp(following) or _is_byline(following) or is_prose(following):
        return False
    chrome = is_opening_clutter(following) or _is_short_label(following) or _is_menu(following)
    return chrome or outlets.names_an_institution(_as_name_cased(following)) or (
        _reads_as_a_name(_as_name_cased(text)) and _is_stamped_headline_under(below)
    )


def _is_letterhead_length(text: str) -> bool:
    """At most ``LETTERHEAD_MAX_WORDS`` words, or that many words of name besides the
    connectors a long body's name joins its parts with ("Embassy of the People's Republic
    of China in the United States": six), when it reads as a name and opens on its
    institution ("Embassy", "House Committee") before the first connector. A formal title
    naming a body opens on the document ("Announcement of the Ministry of Commerce on
    ..."), a headline runs on into its verb ("Department of Commerce Closes ...")."""
    words = text.split()
    if len(words) <= LETTERHEAD_MAX_WORDS:
        return True
    if not _ends_on_a_place_or_body(text):
        return False
    name = [word for word in words if word.lower() not in outlets.MASTHEAD_CONNECTORS]
    head = " ".join(itertools.takewhile(lambda word: word.lower() not in outlets.MASTHEAD_CONNECTORS, words))
    cased = _as_name_cased(text)
    return len(name) <= LETTERHEAD_MAX_WORDS and _reads_as_a_name(cased) and outlets.has_institution_word(head)


def _ends_on_a_place_or_body(text: str) -> bool:
    """True when a long name ends on where its body sits or what it serves ("... in the
    United States", "... to the United Nations", "... on Foreign Affairs"); a subject after
    "on the" ("... on the Entity Listing of Chinese Chip Firms") ends the name, and what
    follows is a headline's."""
    if re.search(r"\bon the\b", text, re.IGNORECASE):
        return False
    tail = re.split(r"\s(?:of|on|for|and|&)\s", text)[-1]
    return bool(re.search(r"\s(?:in|to|on)\s+(?:the\s+)?[A-Z]", text)) or outlets.has_institution_word(tail) or tail.split()[-1] == "Affairs"


def _reads_as_a_name(text: str) -> bool:
    """True when no more than ``NAME_RUN_MAX_WORDS`` capitalised words follow one another
    without a connector: a body's name joins short runs with "of", "and", "for", "on"
    ("Ministry of Industry and Information Technology", "Federal Trade Commission"); a
    title-cased headline naming a body runs on into its verb and object ("Department of
    Commerce Announces New Licensing Policy")."""
    run = longest = 0
    for word in text.split():
        run = 0 if word.lower() in outlets.MASTHEAD_CONNECTORS else run + 1
        longest = max(longest, run)
    return longest <= NAME_RUN_MAX_WORDS


def _is_stamped_headline_under(below: list[str]) -> bool:
    """True when the line under a body's name is itself a headline set right over the
    page's date stamp or byline ("Bureau of Industry and Security" / "BIS Imposes Penalty
    on ..." / "October 2, 2025"): a release, notice or statement prints its publisher's
    name over its own title, and the stamp belongs to the title, not to the name, which
    would otherwise take the title for its dek."""
    if len(below) < 2 or not is_plausible_headline(below[0]) or is_opening_clutter(below[0]):
        return False
    return _is_stamp(below[1]) and not is_prose(below[1])


def _as_name_cased(text: str) -> str:
    """A name set in capitals as a name is written ("BUREAU OF INDUSTRY AND SECURITY" as
    "Bureau of Industry and Security"), other text as it is."""
    return outlets.title_cased(text) if text.isupper() else text


def _is_marked_headline(top: list[tuple[int, str]], index: int, text: str) -> bool:
    """A headline behind a marker ("Live: Trump says Nvidia can sell ...", "AMD: MI308 Is
    Back On The Table ...") set over the article's byline or date stamp, under at most a
    dek of prose. Such a line also reads as a link's teaser ("Live: ...") or as a colon
    dateline ("AMD: "), but neither is ever opened by a stamp under it; a kicker over the
    headline ("Exclusive: China's chip push" over a headline) has a headline, no stamp or
    dek, under it, and a label of page furniture ("Topics: ...") stays furniture."""
    match = MARKED_HEADLINE.fullmatch(text)
    if not match or not is_plausible_headline(match.group("headline")):
        return False
    if is_opening_clutter(text) and boilerplate.classify(text) != "related_links":
        return False
    dek = False
    for at, later in top:
        if at <= index or (is_opening_clutter(later) and not _is_stamp(later)):
            continue
        if _is_stamp(later):
            return True
        if dek or not is_prose(later):
            return False
        dek = True
    return False


def _opening(following: list[tuple[int, str]], headline: str, turns: frozenset[int] = frozenset()) -> str | None:
    """How the article opens under ``headline``: "stamp" (a byline, date stamp or
    dateline, possibly under a dek), "prose" (the first paragraph), "widget" (a paragraph
    addressing the reader, as under a cookie or newsletter heading) or None (more chrome).

    At most a dek (of one or two lines: a standfirst, or two summary bullets), the
    author's bare name, clutter and repeats of the headline or of the line above (an
    author's name under their picture's alt text) may come in between; a sentence of
    clutter ("Want to join? Log in or sign up in seconds.") is no paragraph of a story. A dek
    sits right under its headline: past a menu or other clutter, a headline-shaped line
    is the real headline, and the line above is chrome; an author's post under their
    name ("Counsel, Export Controls & Sanctions | Former Commerce Department official")
    is part of the byline, no dek; only a picture's credit
    ("Reuters file photo") may stand over one more line, the picture's caption. A
    transcript's speaker's turn (``turns``) is the story's text, whoever it addresses. A
    paragraph in the voice of "we" or "you" is a widget's, unless a byline or date stamp
    follows it: then it is a dek, written by the newsroom ("We're in Taipei for Jensen's
    keynote. Refresh for updates."). A summary's label right under the headline
    (``_is_summary_label``) opens the story as its first paragraph would."""
    dek_lines, above = DEK_MAX_LINES, headline
    for position, (index, text) in enumerate(following):
        if index in turns:
            return "prose"
        if not position and _is_summary_label(text):
            return "prose"  # "Summary" right under it: the story opens on its summary list
        previous, above = above, text
        repeat = comparable(text) in (comparable(headline), comparable(previous))
        if is_prose(text) and _addresses_reader(text):
            if not (dek_lines and _opens_the_byline([later for _, later in following[position + 1 :]])):
                return "widget"
            dek_lines -= 1  # a dek in the newsroom's voice over the byline: "We're in Taipei for the keynote."
            continue
        if _is_article_structure(text) and not (is_opening_clutter(text) and not _is_stamp(text)):
            if not is_prose(text) or starts_with_dateline(text):
                return "stamp"
            if not dek_lines and _is_stamped_headline(following[position:]):
                return None  # past a menu, a headline over its stamp: the line above is chrome
            after = next((later for _, later in following[position + 1 :]), "")
            return "stamp" if _is_stamp(after) else "prose"
        if is_opening_clutter(text):
            dek_lines = 1 if boilerplate.classify(text) in PICTURE_CLUTTER else 0  # a credit over its caption
        elif not (PERSON_NAME.fullmatch(text) or repeat or _is_post_under_name(previous, text)):
            if not dek_lines:
                return None
            dek_lines -= 1
    return None


def _is_summary_label(text: str) -> bool:
    """A one-word summary label ("Summary", "Highlights", "TL;DR"): right under a headline it
    opens the story's summary list, whose items read as headlines of their own (a live page's
    "Shares in Nvidia fall about 6%" over its byline). A longer section label ("What to
    watch", "What happens next") heads a section anywhere on a page."""
    return bool(SUMMARY_LABEL.fullmatch(text)) and word_count(text) == 1


def _is_post_under_name(above: str, text: str) -> bool:
    """A line that is no sentence right under a person's bare name (not an office's:
    "International Trade Administration", nor a menu's "Support Us" shaped as a name):
    their post."""
    person = _is_bare_name(above) and not outlets.has_institution_word(above) and not outlets.names_a_publication(above)
    return person and not is_opening_clutter(above) and not ends_sentence(text)


def _is_stamped_headline(top: list[tuple[int, str]]) -> bool:
    """True when the first of ``top`` is a headline (a question after a statement: "Huawei's
    AI chips are getting better. Can it make enough of them?") that a byline or a date
    stamp opens, under at most a dek."""
    index, text = top[0]
    return is_plausible_headline(text) and _is_headline_candidate(top, index, text) and _opening(top[1:], text) == "stamp"


def _ends_on_an_initialism(text: str) -> bool:
    """``INITIALISM_END.search(text)``, tried only on a text ending on a capital's full stop
    as every match does ("... the U.S."): anchored at the end, the pattern would otherwise
    be tried at every word of a paragraph's line."""
    end = text[:-1] if text.endswith("\n") else text  # ``$`` also matches before a final line break
    return end.endswith(".") and end[-2:-1] in CAPITALS and INITIALISM_END.search(text) is not None


def _addresses_reader(text: str) -> bool:
    """True when ``text``, outside quotations, speaks as "we" or to "you": the voice of a
    consent notice, a newsletter or paywall prompt, not of a news report. Taking the
    quotations out (a space for each, between the same non-word characters as its quote
    marks) neither makes a word nor a word boundary, so a text without such a word
    anywhere is not searched again without them."""
    return bool(READER_ADDRESS.search(text)) and bool(READER_ADDRESS.search(QUOTATION.sub(" ", text)))


def _is_article_structure(text: str) -> bool:
    """A byline, a date stamp, a story-opening dateline or a paragraph of prose."""
    return is_prose(text) or _is_stamp(text)


def _is_stamp(text: str) -> bool:
    """A byline, a date stamp, a story-opening dateline or a forum thread's stamp ("96
    points by p_lindqvist 2 days ago | hide | past | favorite | 71 comments")."""
    if _is_byline(text) or starts_with_dateline(text) or THREAD_STAMP.match(text) or _is_post_stamp(text):
        return True
    if boilerplate.classify(text) in DATE_CLUTTER:
        return True
    if ends_sentence(text) or word_count(text) > STAMP_MAX_WORDS:
        return False
    found = dates.find_date(text)
    return found is not None and word_count(text) - word_count(found.text) <= STAMP_MAX_WORDS_BESIDE_DATE


def _is_post_stamp(text: str) -> bool:
    """Short parts set apart by middle dots, one of them a time of day: when and from
    where a post was sent ("01-15 09:12 · From iPhone · Posted in Semiconductors"); or
    three or more parts, one of them a date, none a sentence: what a page's item is and
    when it was published ("AMD (AMD) · Q2 2025 · Reported Aug 5, 2025 after close")."""
    parts = POST_STAMP_SEPARATOR.split(text.strip())
    if len(parts) > 1 and all(word_count(part) <= SECTION_LABEL_MAX_WORDS for part in parts) and any(
        boilerplate.CLOCK_TIME.search(part) for part in parts
    ):
        return True
    return len(parts) >= DATED_PARTS_MIN and not ends_sentence(text) and any(
        _is_dated_part(part) for part in parts
    ) and all(word_count(part) <= STAMP_MAX_WORDS_BESIDE_DATE for part in parts)


def _is_dated_part(part: str) -> bool:
    found = dates.find_date(part)
    return found is not None and word_count(part) - word_count(found.text) <= SECTION_LABEL_MAX_WORDS


def _is_short_label(text: str) -> bool:
    """At most three words (a tagline such as "Tech policy, decoded"), or at most four
    words all capitalised but connectors (a section or menu label such as "Money &
    Markets"; links such as "Go to Forum Home" are ``is_ui_control``). Such a line is
    only taken as the headline when no longer line opens the article (short and
    title-cased headlines exist). Chinese and Japanese are counted in words of two
    characters (``word_count``), and a line of at most ``CJK_LABEL_MAX_WORDS`` of them is
    such a label (a group's name, "マイニュース"); a headline in those scripts is longer,
    however few spaces it holds."""
    words = [word for word in text.split() if word[0].isalnum()]
    if any(len(word) > LABEL_WORD_MAX_LENGTH for word in words):
        return False  # a script written without spaces (Chinese, Japanese): no words to count
    if HAN_OR_KANA_RUN.search(text):
        return word_count(text) <= CJK_LABEL_MAX_WORDS  # words of two characters, as ``word_count`` reads them
    if len(words) < HEADLINE_MIN_WORDS_OVER_CHROME:
        return True
    return len(words) <= SECTION_LABEL_MAX_WORDS and all(
        word[0].isupper() or word.lower() in outlets.MASTHEAD_CONNECTORS for word in words
    )


def _is_kicker(top: list[tuple[int, str]], index: int, text: str) -> bool:
    """A label of at most four words set right over a longer headline-shaped line: the
    kicker naming the piece's section, topic or series ("China's AI chip stockpiles" over
    "Huawei's Ascend 910C push runs into yield limits as Chinese buyers hedge"). As for
    shorter labels, it is the headline only when no longer line opens the article. A field
    of the page's metadata, one word and a colon before a name (``FIELD_LABEL``), is such
    a label however many words the name has."""
    field = FIELD_LABEL.fullmatch(text)
    if ends_sentence(text) or (word_count(text) > SECTION_LABEL_MAX_WORDS and not (field and outlets.is_name_cased(field.group("value")))):
        return False
    following = next((later for at, later in top if at > index), "")
    longer = word_count(following) > word_count(text)
    return longer and is_plausible_headline(following) and not is_opening_clutter(following)


def _is_rubric(top: list[tuple[int, str]], index: int, text: str) -> bool:
    """A section's name joined to a topic or to the headline itself ("Business | Made in
    China, with difficulty", "Technology|Trump Says Nvidia Can Sell ...", a breadcrumb
    ending on the page's title) over a headline-shaped line, before the story: the page's
    rubric, which a page sets over its headline. The line under it is the headline (or
    the page's own heading repeating it), never a section name and more. Over a byline, or
    a desk's name over a date ("Morning Brief | China clears first H200 imports ..." over
    "36Kr Editorial Team"), such a line is the headline, the series' name in front of it."""
    # Only the first line below that is no clutter counts: the lines after it are not asked.
    below = next(((position, later) for position, (at, later) in enumerate(top)
                  if at > index and not is_opening_clutter(later)), None)
    if below and _ends_on(text, below[1]):
        return True  # a breadcrumb ending on the page's title: "heise online › News › 2025 › <headline>"
    match = SECTION_RUBRIC.fullmatch(text)
    if not match or not outlets.is_name_cased(match.group("section")) or ends_sentence(match.group("section")):
        return False
    if not below or _opens_the_byline([later for at, later in top if at > index]):
        return False  # a desk's name or byline under it ("36Kr Editorial Team" / date): the line is the headline
    position, later = below
    return is_plausible_headline(later) and not _starts_the_story(top, position)


def _ends_on(text: str, headline: str) -> bool:
    """True when ``text`` ends on ``headline`` as the last step of a trail set apart by a
    separator (" › ", " | ", " / ")."""
    steps = TRAIL_STEP.split(text)
    return len(steps) > 1 and is_plausible_headline(headline) and comparable(steps[-1]) == comparable(headline)


def _first_headline(top: list[tuple[int, str]], turns: frozenset[int] = frozenset()) -> int | None:
    """The index of the first headline-shaped line, skipping opening clutter.

    A masthead ("Asia Business Daily", or any line set over the menu) above the headline
    is the page naming itself, and a menu set on one line is the site's too; a short
    label ("Client Alert", "Tech & Internet", "Advertise on Reddit") names a section, a
    document type or a link. They are passed over when a headline follows before the
    prose, and are the headline only when nothing else is (a label before a masthead; the
    last label, over its date or byline, when the first is no headline's shape:
    "Statement" over "NVIDIA Statement on H200"). A programme kicker ("Heard on All Things Considered") never is, nor a
    speaker's turn (``turns``), where the story has begun.
    """
    masthead = label = latest_label = None
    for position, (index, text) in enumerate(top):
        if index in turns or _reads_on_below(top, position):
            break
        if is_opening_clutter(text) or is_programme_kicker(text) or _is_photo_caption(top, index, text):
            continue
        if _is_running_header(text) or _is_rubric(top, index, text):
            continue
        if outlets.looks_like_masthead(text) or _is_over_a_menu(top, index) or _is_menu(text) or _names_the_page(top, index, text):
            masthead = index if masthead is None else masthead
            continue
        if THREAD_NUMBER.match(text):
            break
        if _is_short_label(text) and (is_plausible_headline(text) or _is_over_a_byline(text, top, index)):
            label = index if label is None else label
            latest_label = index
            continue
        if is_plausible_headline(text) or _is_over_a_byline(text, top, index):
            return latest_label if _is_dek_of(top, latest_label, index) else index
        if _starts_the_story(top, position):
            break
    if label is not None and not is_plausible_headline(dict(top)[label]) and _is_stamped_label(top, latest_label):
        return latest_label
    dated = next((position for position, (at, _) in enumerate(top) if at == latest_label), None)
    if dated is not None and _is_dated_title(top, dated):
        return latest_label  # a short title under the post's date, not the site's name over them
    fallback = label if label is not None else masthead
    return fallback if fallback is not None and is_plausible_headline(dict(top)[fallback]) else None


def _is_stamped_label(top: list[tuple[int, str]], index: int | None) -> bool:
    """A headline-shaped label right over a byline or date stamp ("NVIDIA Statement on H200"
    over "December 8, 2025"), not a poster's name over their handle."""
    if index is None:
        return False
    text = dict(top)[index]
    following = next((later for at, later in top if at > index), "")
    return is_plausible_headline(text) and _is_stamp(following)


def _is_menu(text: str) -> bool:
    """A site menu set on one line: capitalised single words ("Home Tech Finance
    Leadership Retail", ``is_menu_run``), or short entries set apart by wide gaps, as a
    menu bar pastes ("Asia-Pacific  Security  Politics  Economy", "首页 | Home  Tech
    Finance", "Episodes  About  Transcripts  Support the show"): a headline's words are
    set one space apart."""
    return is_menu_run(text) or is_gapped_menu(text) or _is_joined_menu(text) or _is_contents_line(text)


def _is_contents_line(text: str) -> bool:
    """An issue's contents on one line: at least ``CONTENTS_MIN_ITEMS`` topics of a few
    words set apart by middle dots or bullets, perhaps behind a lead-in ("In today's brief:
    Nvidia's next China chip · Intel stake talks · SoftBank"). A page title joins its parts
    with pipes and dashes, and a headline tells one story, not a list of them. A line
    without a middle dot or bullet has one item."""
    if not any(mark in text for mark in CONTENTS_MARKS):
        return False
    items = CONTENTS_SEPARATOR.split(LEAD_IN.sub("", text.strip(), count=1))
    return len(items) >= CONTENTS_MIN_ITEMS and all(
        0 < word_count(item) <= CONTENTS_ITEM_MAX_WORDS and not ends_sentence(item) for item in items
    )


def _is_joined_menu(text: str) -> bool:
    """A menu pasted with its entries joined by separators ("首页 | 经济 | 金融 | 公司 | 科技",
    "Hong Kong News · China · Politics · Business · Opinion"), a breadcrumb of short steps
    in any script ("证券导报网 > 公司 > 公告解读"), or entries joined by hyphens (old Reddit's
    "popular-all-random-users | AskReddit-worldnews-pics-funny"): at least
    ``JOINED_MENU_MIN_ENTRIES`` short entries, no sentence; a page title joins two or three
    parts, the headline's long."""
    for separator, least in ((MENU_SEPARATOR, JOINED_MENU_MIN_ENTRIES), (TRAIL_SEPARATOR, TRAIL_MIN_STEPS)):
        entries = separator.split(text.strip())
        if len(entries) >= least and all(
            0 < word_count(entry) <= JOINED_MENU_ENTRY_MAX_WORDS and not ends_sentence(entry) for entry in entries
        ):
            return True
    words = [word for word in text.split() if word not in {"|", "·", "•"}]
    return bool(words) and all(HYPHENED_ENTRIES.fullmatch(word) for word in words)


def _is_dek_of(top: list[tuple[int, str]], label: int | None, index: int) -> bool:
    """True when the line at ``index`` is a sentence set right under the short line at
    ``label``: a short headline over its dek ("Tech War Heats Up" / "The company has
    sought ..."), not a label over the headline."""
    text = dict(top)[index]
    if label is None or is_plausible_headline(text) or outlets.is_name_cased(text):
        return False
    return next(at for at, _ in top if at > label) == index


def _is_photo_caption(top: list[tuple[int, str]], index: int, text: str) -> bool:
    """A line set right over a picture credit ("Nvidia CEO Jensen Huang speaks at
    Computex." / "Pedro Pardo—AFP/Getty Images") is the picture's caption: neither the
    headline nor the first paragraph, even when it reads as a sentence. A question is
    none: a caption says what the picture shows, a headline may ask ("How Many AI Chips
    Are Being Smuggled into China?" over "Photo: Getty Images")."""
    if not (is_prose(text) and boilerplate.classify(text) is None) or text.rstrip().endswith("?"):
        return False
    following = next((later for at, later in top if at > index), "")
    return boilerplate.classify(following) == "caption"


def _is_over_a_menu(top: list[tuple[int, str]], index: int) -> bool:
    """A line set right over a menu or breadcrumb is the site's name: headlines sit under
    the navigation, never over it ("Ministry of Commerce" / "Home > News > Remarks")."""
    following = next((later for at, later in top if at > index), "")
    return boilerplate.is_menu_line(following)


def _is_over_a_byline(text: str, top: list[tuple[int, str]], index: int) -> bool:
    """A headline-length line set right over a byline or a date stamp, or over a dek over
    them, is the headline, even when it ends like a sentence ("... are leaking. Here's how
    to fix them.", "The H20 is selling. Just not the way Nvidia hoped.")."""
    following = [later for at, later in top if at > index][:3]
    short = word_count(text) <= HEADLINE_WORDS[1] and len(text) <= HEADLINE_MAX_LENGTH
    if not short or starts_with_dateline(text) or not following:
        return False
    return _is_stamp(following[0]) or (_is_dek_shaped(following[0]) and _opens_the_byline(following[1:]))


def _is_dek_shaped(text: str) -> bool:
    """A second headline, or one or two sentences of a standfirst's length."""
    if is_opening_clutter(text) or starts_with_dateline(text):
        return False
    return is_plausible_headline(text) or (len(text) <= DEK_MAX_LENGTH and sentence_count(text) <= DEK_MAX_SENTENCES)


def _repeats(top: list[tuple[int, str]], title: str) -> set[int]:
    """Lines near the top that repeat the headline (alone or with a site suffix). Only a
    line holding the headline's first word, case-folded, is made ``comparable``: the
    reduced line is made of its case-folded words, so one that starts with the headline
    holds that word."""
    wanted = comparable(_split_page_title(title)[0])
    first_word = wanted.split(" ", 1)[0]
    return {
        index
        for index, text in top
        if first_word in text.casefold()
        and comparable(text).startswith(wanted)
        and comparable(_split_page_title(text)[0]) == wanted
    }


def _site_of_repeats(lines: list[str], used: set[int]) -> str | None:
    """The site's name split off a page title that repeats the headline above it."""
    return next((site for index in sorted(used) if (site := _split_page_title(lines[index].strip())[2])), None)


def _split_page_title(title: str) -> tuple[str, str | None, str | None]:
    """(title, subtitle, site) from a joined page title such as "Headline - Outlet"."""
    match = SITE_SUFFIX.search(title)
    if match and _looks_like_site(match.group("site"), match.group("separator")):
        return _without_sections(title[: match.start()]), None, match.group("site").strip()
    joint = TITLE_PARTS.search(title)
    if joint is None:
        return title, None, None
    first, second = title[: joint.start()].strip(), title[joint.end() :].strip()
    if word_count(first) < 3 or word_count(second) < 3 or _continues(second):
        return title, None, None
    if JOINING_DASH.search(joint.group()) and not _restates(first, second):
        return title, None, None  # the headline's own second clause
    return first, second, None


def _restates(first: str, second: str) -> bool:
    """True when the part after a dash in a joined title names again what the first names (at
    least ``RESTATED_MIN_WORDS`` of its words, by their stems): a second title of the same
    story, as a page title joins the headline to the one written for search engines
    ("Nvidia restarts AI chip sales to China - Restarting Sales of AI Chips to China:
    Nvidia's New Initiative"). A part that tells something new is the headline's own
    second clause ("USA erlauben H200-Exporte nach China – Peking bremst Käufer aus",
    "... Earnings Call Transcript - H20 and China Excerpt"), and stays in it."""
    return len(_stems(first) & _stems(second)) >= RESTATED_MIN_WORDS


def _stems(text: str) -> set[str]:
    """The content words of ``text`` cut to their first ``STEM_LENGTH`` letters ("chip" and
    "chips", "restarts" and "restarting" alike)."""
    words = (word.strip(".,:;!?'\"’‘“”()").casefold() for word in text.split())
    return {word[:STEM_LENGTH] for word in words if len(word) > 2 and word not in FUNCTION_WORDS}


def _without_sections(title: str) -> str:
    """A page title without the section names between it and the site's name
    ("Nvidia resumes H20 sales | Technology | The Guardian")."""
    while (match := SECTION_SUFFIX.search(title)) and word_count(title[: match.start()]) >= HEADLINE_WORDS[0]:
        title = title[: match.start()]
    return title.strip()


def _continues(part: str) -> bool:
    """True when the part after a dash goes on with the headline's sentence ("... to China
    – but Beijing moves to limit access"): it opens in lower case or with a conjunction,
    where the second title of a joined page title opens as a title."""
    first = part.split(maxsplit=1)[0]
    return first[0].islower() or first.casefold() in CONTINUING_WORDS


def _looks_like_site(text: str, separator: str) -> bool:
    """A known outlet, a domain or a masthead ("Chip Policy Weekly") after a page title;
    after a pipe, any short capitalised name ("Headline | Chip Insider"): headlines use
    dashes, page titles use the pipe to join the site's name."""
    text = text.strip()
    if outlets.known_name(text) is not None or outlets.looks_like_masthead(text):
        return True
    if separator == "|" and word_count(text) <= SITE_NAME_MAX_WORDS and not ends_sentence(text):
        return outlets.is_name_cased(text)
    return bool(re.fullmatch(r"[\w-]+(\.[\w-]+)+", text))


def _second_dek_line(top: list[tuple[int, str]], dek: int) -> int | None:
    """The index of a second headline-shaped line right under the dek and set apart from
    the story by furniture or the byline (the second of two summary bullets), else None."""
    after = [(index, text) for index, text in top if index > dek][:2]
    if len(after) < 2 or not is_plausible_headline(after[0][1]) or is_opening_clutter(after[0][1]):
        return None
    if _is_credit(after[0][1]) or _is_stamp(after[0][1]):
        return None
    closing = after[1][1]
    return after[0][0] if is_opening_clutter(closing) or _is_credit(closing) or _is_stamp(closing) else None


def _heads_a_run_of_highlights(top: list[tuple[int, str]], dek: int) -> bool:
    """True when the line found as the dek has a line of its own shape right under it (a
    headline-shaped line of a dek's length, no clutter, no byline, naming again some of what
    the dek names) that no furniture closes
    off as a second dek line: the first of a press release's highlights ("Revenue of $44.1
    billion, up 12% ..." over "Data Center revenue of $39.1 billion, ..."), which run on into
    the story and are its text; a dek stands alone over the story."""
    first = next(text for at, text in top if at == dek)
    below = next(((at, text) for at, text in top if at > dek), None)
    if below is None or below[0] != dek + 1:
        return False
    text = below[1]
    if word_count(text) < DEK_MIN_WORDS or ends_sentence(text) or not is_plausible_headline(text):
        return False
    if is_opening_clutter(text) or _is_credit(text) or _is_stamp(text):
        return False
    return _restates(first, text)  # items of one list: "revenue", "record" in each


def _find_dek(lines: list[str], top: list[tuple[int, str]], used: set[int]) -> int | None:
    """The line right under the headline when it reads as a dek, else None. A dek comes
    before the byline and the date stamp: a sentence under the author's name, or under the
    story's date with no byline after it, is the story's lead (unseen pages label it so about four times as often
    as a dek), whatever it says. A title under the post's date (``_is_dated_title``) has
    none: blogs set the post's text under it."""
    headline = next((position for position, (index, _) in enumerate(top) if index == max(used)), None)
    if headline is not None and _is_dated_title(top, headline):
        return None
    after = [(index, text) for index, text in top if index > max(used)]
    stamped = False
    for position, (index, text) in enumerate(after):
        if SUMMARY_LABEL.fullmatch(text) or boilerplate.CLOCK_TIME.fullmatch(text):
            return None  # past "Key Points", or a live entry's time ("12:58 GMT"), the story has begun
        if _is_credit(text):  # past the byline: a sentence there is the story's lead
            return None
        if stamped and ends_sentence(text) and not _is_credit(after[position + 1][1] if position + 1 < len(after) else ""):
            return None  # past the story's date stamp, a sentence is its lead, unless a byline follows it
        stamped = stamped or _is_stamp(text)
        if COMMENTER_HEADER.fullmatch(text):
            return None  # a thread's first comment, under its commenter's name: no dek of the link's
        if index in used or is_opening_clutter(text) or _is_page_label(text):
            continue
        if word_count(text) < DEK_MIN_WORDS or _reads_on_below(after, position) or _wraps_into_below(after, position):
            return None  # a label or subheading ("Key events"), or a wrapped lead: the story has begun
        if _opens_an_exchange(after, position):
            return None  # "Q: ...?" over "A: ...": a press conference's or interview's first question
        following = [later for _, later in after[position + 1 :]]
        more_prose = any(is_prose(later) and not boilerplate.is_boilerplate(later) for later in lines[index + 1 :])
        return index if more_prose and _is_dek(text, following) else None
    return None


def _breaks_off(text: str) -> bool:
    """True for a line ending on a word no headline or sentence ends on, or, when it is as
    long as a wrapped paragraph's line, on a preposition waiting for its object."""
    last = text.rsplit(" ", 1)[-1]
    return last in BROKEN_OFF_WORDS or (last in WAITING_PREPOSITIONS and len(text) >= WRAPPED_PREPOSITION_MIN_LENGTH)


def _wraps_into_below(top: list[tuple[int, str]], position: int) -> bool:
    """True for the first line of a paragraph hard-wrapped at the page's width, whatever
    word the next line goes on with ("... told the country's biggest tech companies to stop
    buying" over "Nvidia's artificial intelligence chips, ..."): a line as long as a wrapped
    one that stops mid-sentence, right over a line no longer than itself (the page's
    width holds both) with which the sentence ends within the block. A dek is set as one
    line; only a paragraph breaks at the page's width and runs on under it, line by line
    as long as the first, to its stop, with no byline, stamp or clutter in between."""
    if position + 1 >= len(top):
        return False
    (index, text), (following, below) = top[position], top[position + 1]
    if following != index + 1 or len(text) < WRAPPED_LINE_MIN_LENGTH or ends_sentence(text):
        return False
    if not (text[-1].isalnum() or text[-1] in ",;") or len(below) > len(text) * WRAP_WIDTH_SLACK:
        return False
    block = [below]
    for at, line in top[position + 2 :]:
        if at != index + len(block) + 1 or ends_sentence(block[-1]) or len(block[-1]) < WRAPPED_LINE_MIN_LENGTH:
            break
        block.append(line)
    return ends_sentence(block[-1]) and not any(_stops_the_paragraph(line) for line in block)


def _stops_the_paragraph(line: str) -> bool:
    """A line no paragraph runs on into: an address, a byline, a stamp or clutter."""
    return is_url_line(line) or byline_name(line) is not None or _is_credit(line) or _is_stamp(line) or boilerplate.is_boilerplate(line)


def _opens_an_exchange(top: list[tuple[int, str]], position: int) -> bool:
    """True for a question set after a speaker's label ("Q:", "问：", "AFP: ...?") over a line
    that opens with a speaker's label too ("A:", "答：", "Mao Ning: ..."): the first exchange
    of a press conference or an interview, which is the story's text; a dek sums the story
    up and is nobody's question."""
    below = top[position + 1][1] if position + 1 < len(top) else ""
    return _is_an_exchange(top[position][1], below)


def opens_an_exchange(lines: list[str], index: int) -> bool:
    """``_opens_an_exchange`` for the line at ``index`` of ``lines``: a transcript's first
    turn, which the headline reader may take for the page's headline but which is the
    story's text."""
    below = next((line.strip() for line in lines[index + 1 :] if line.strip()), "")
    return _is_an_exchange(lines[index].strip(), below)


def _is_an_exchange(text: str, below: str) -> bool:
    """A speaker's question (``_asks``) over a speaker's turn: a labelled line whose value
    is no date ("Published: August 12, 2025" is the stamp under a rubric's "Explainer: ...?")."""
    return _asks(text) and bool(SPEAKER_LABEL.match(below)) and not _is_a_date(re.split("[:：]", below, maxsplit=1)[-1])


def _is_a_date(text: str) -> bool:
    """A date, perhaps with a word or two beside it ("August 12, 2025", "Aug 12, 2025 10:30 ET")."""
    found = dates.find_date(text)
    return found is not None and word_count(text) - word_count(found.text) <= DATE_VALUE_MAX_WORDS_BESIDE


def _asks(line: str) -> bool:
    """A question after a speaker's label ("Q: ...?", "记者：...？")."""
    return bool(SPEAKER_LABEL.match(line)) and line.rstrip().endswith(("?", "？"))


def _is_credit(text: str) -> bool:
    """A byline or the author's bare name (not a label or subheading: "What Changed")."""
    return _is_byline(text) or (_is_bare_name(text) and not outlets.looks_like_masthead(text))


def _is_bare_name(text: str) -> bool:
    text = HONORIFIC.sub("", text, count=1)
    return bool(PERSON_NAME.fullmatch(text)) and not any(word.lower() in boilerplate.label_words() for word in text.split())


def _is_byline(text: str) -> bool:
    """A byline naming a person ("By Jane Doe") or an outlet ("By Euronews with AP"), or
    only the names of several writers, or of writers and where they file from, perhaps
    under a label ("Analysts: Ren Takahashi, Olivia Brandt"), also behind a title of
    address ("Dr. Valerie Ashdown, Senior Fellow": ``HONORIFIC``)."""
    text = HONORIFIC.sub("", text, count=1)
    if byline_name(text) is not None or bool(BYLINE_CREDIT.fullmatch(text) and not ends_sentence(text)):
        return True
    labelled = WRITERS_LABEL.fullmatch(text)  # "Analysts: Ren Takahashi, Olivia Brandt"
    names = labelled.group("names") if labelled else text
    return writers_named(names) is not None or (labelled is not None and bool(PERSON_NAME.fullmatch(names)))


def _is_page_label(text: str) -> bool:
    """A bullet, a masthead or an unpunctuated stamp with a date ("Thu, Jan 29, 2026
    page10"): page furniture under a headline, never its dek."""
    if BULLET.match(text) or outlets.looks_like_masthead(text):
        return True
    return not ends_sentence(text) and dates.find_date(text) is not None


def _is_dek(text: str, following: list[str]) -> bool:
    """A second headline, or a standfirst of one or two sentences set apart from the story.

    A sentence counts as a dek when a byline, a date or a dateline opening the story
    follows it, or, unless it reports the day's news ("said on Monday"), when page
    furniture follows it or it is one short line set as a headline is, without a stop;
    otherwise a paragraph under the headline is the story's lead and stays in the body: a
    short sentence ending in its full stop right over the next paragraph ("Two moves this
    week, and they cut in opposite directions.") is the story's first paragraph, unless
    the next line is no paragraph (a subheading) or opens an interview's exchange
    ("记者：...？"): then it introduces it.
    """
    if starts_with_dateline(text) or latin_length(text) > DEK_MAX_LENGTH or _is_personal_opening(text):
        return False
    if is_plausible_headline(text):
        return True
    sentences = sentence_count(text)
    if sentences > DEK_MAX_SENTENCES:
        return False
    next_line = following[0] if following else ""
    if _opens_the_byline(_past_the_picture(following)):
        return True  # the dek stands over the byline or date, the story under them
    if WEEKDAY.search(text):
        return False  # "Trump said Monday that..." reports the news: the story's lead
    if _leads_into_items(following):
        return False  # "Two things happened this week." over "First, ..." / "Second, ...": the text's own lead-in
    set_as_a_dek = not ends_sentence(text) or _asks(next_line) or not is_prose(next_line)  # or over a subheading or an interview's question
    return _sets_dek_apart(next_line) or (sentences == 1 and latin_length(text) <= SHORT_DEK_LENGTH and set_as_a_dek)


def _leads_into_items(following: list[str]) -> bool:
    """True when the lines under a sentence open the items of a list set without bullets
    ("First, Commerce ..." and "Second, Beijing ...", "1) ..." and "2) ...", "Monday: ..." and
    "Tuesday: ...", "Washington: ..." over its paragraph and "Beijing: ..."): the sentence
    announces what they tell, so it is the text's first line. A dek sums the story up and
    stands over its lead, which tells the news in sentences, not over a list of items."""
    items = [line for line in following[: ITEMS_LOOKAHEAD + 1] if ITEM_OPENING.match(line) and not boilerplate.is_boilerplate(line)]
    return bool(following) and bool(items) and items[0] == following[0] and len(items) >= 2


def _is_personal_opening(text: str) -> bool:
    """A line that leads in to what follows ("Summary of the FT report for those hitting
    the paywall:") or in which the writer speaks as "I" ("Two things happened this week
    and I'm trying to work out what they mean"), or leaves the "I'm" unsaid ("Trying to make
    sense of this week"), also on a full-width colon ("整理一下这两天的消息："): a post's first
    line, not a dek, which sums the story up from outside it."""
    if text.rstrip().endswith(COLONS) or UNSPOKEN_I.fullmatch(text.strip()):
        return True
    return bool(WRITER_VOICE.search(QUOTATION.sub(" ", text)))


def _past_the_picture(following: list[str]) -> list[str]:
    """The lines after a photo caption and its credit ("Nvidia's H200. Photograph: Dado
    Ruvic/Reuters"), which a page may set between the dek and the byline; a credit set
    over the caption ("Reuters file photo" / "A worker inspects ...") takes it along."""
    for position, line in enumerate(following[: PICTURE_MAX_LINES + 1]):
        if boilerplate.classify(line) not in PICTURE_CLUTTER:
            credited = position == 1 and len(following) > 2 and _is_credit(following[2])
            return following[position + 1 :] if credited else following[position:]
    return []


def _opens_the_byline(following: list[str]) -> bool:
    """True when ``following`` opens with a byline or a date stamp, or with a desk's or
    site's name set over one ("Moneycontrol News" / "October 10, 2025 / 14:22 IST")."""
    if not following:
        return False
    first, second = following[0], (following[1] if len(following) > 1 else "")
    if _is_credit(first) or _is_stamp(first):
        return True
    return bool(second) and _is_desk_name(first) and _is_stamp(second)


def _is_desk_name(text: str) -> bool:
    """A few capitalised words that are no section label ("Moneycontrol News", not "What Changed")."""
    words = text.split()
    short_name = len(words) <= DESK_MAX_WORDS and not ends_sentence(text) and outlets.is_name_cased(text)
    return short_name and not any(word.lower() in boilerplate.label_words() for word in words)


def _sets_dek_apart(next_line: str) -> bool:
    """Page furniture (site name, menu) after a dek; never clutter that also stands
    between paragraphs (an ad, a caption)."""
    return is_opening_clutter(next_line) and boilerplate.classify(next_line) not in STORY_CLUTTER


LAST_RESORT_CONFIDENCE = 0.1


def title_of_last_resort(paragraphs: list[tuple[int, str]], lines: list[str] | None = None) -> Field:
    """The title of a page whose headline and story could not be told apart, derived from
    the first of its ``paragraphs`` (index, text) as a headline-less post's is, with low
    confidence: a guess for a person to check."""
    title = _derived_title(paragraphs, lines=lines)
    evidence = f"{title.evidence}; the page's framing could not be read, so its prose lines are the story"
    return Field(title.value, LAST_RESORT_CONFIDENCE, evidence, title.details)


def _derived_title(candidates: list[tuple[int, str]], start: int = 0, used: list[int] | None = None,
                   lines: list[str] | None = None) -> Field:
    """A headline-length title from the first sentence of the first candidate line (the
    first paragraph, or a post's first line), without a thread's "1/", emoji or the
    paragraph's dateline ("(Bloomberg) —": it says who filed the story, no headline does). ``used``
    holds the lines of a post's profile repeated under its start, to keep out of the body.
    A first line that is headline-shaped (a forum thread's title, a link post's headline:
    no sentence's full stop, also two parts: "TSMC stops making 7nm AI chips for Chinese
    customers. Here's the chain of events") is the post's title as its writer set it, kept
    whole, and its line is the title's, not the body's; only a sentence of prose is cut to
    ``DERIVED_TITLE_LIMIT``."""
    details = {"derived": True, "lines": list(used or []), "site": None, "start": start}
    if not candidates:
        return Field(None, 0.0, "no headline and no prose to derive one from", details)
    index, line = candidates[0][0], strip_dateline(without_post_marks(candidates[0][1]))
    bracketed = _bracketed_headline(candidates[0][1])
    if bracketed is not None:
        headline, text = bracketed
        details["cut"] = {index: text} if text else {}
        details["lines"] += [] if text else [index]
        return Field(headline, 0.6, f"line {index + 1}: the headline in 【】 opening the post", details)
    under = lines[index + 1].strip() if lines is not None and index + 1 < len(lines) else ""
    if _is_set_as_a_title(candidates[0][1], line, under):
        details["lines"].append(index)
    sentence = line if is_plausible_headline(line) else first_sentence(line)
    limit = HEADLINE_MAX_LENGTH if is_plausible_headline(sentence) else DERIVED_TITLE_LIMIT
    title = cut_at_word(strip_quotes(sentence.rstrip(".").strip()), limit)
    return Field(title, 0.3, "derived from the first sentence (no headline)", details)


def _bracketed_headline(text: str) -> tuple[str, str] | None:
    """(headline, the text after it) of a paragraph opening with a headline in lenticular
    brackets (``BRACKETED_HEADLINE``), else None; a shorter label in them is no headline:
    the outlet's name in a dateline ("【财新网】"), a tag ("【Explained】")."""
    match = BRACKETED_HEADLINE.match(text.strip())
    if not match or not is_plausible_headline(match.group("headline")):
        return None
    if outlets.known_name(match.group("headline")) is not None:
        return None
    return match.group("headline").strip(), match.group("text").strip()


def _is_set_as_a_title(text: str, words: str, under: str = "") -> bool:
    """True for a post's or page's first line that its writer set as a title over the
    text (``words``: the line without a dateline or a thread's marks): headline-shaped and
    bare, not a lead-in ending on a colon ("Wild 24 hours on the H200:") nor dressed as a
    post's opening, with emoji, a thread's number or its "🧵" ("⚡️ H200 update — both
    sides moved this week"), which opens the post's text; nor a sentence without its stop
    that the line ``under`` it runs on from, opening with a word pointing back to it ("Nvidia
    just got licences to sell the H20 in China again" / "That is a big reversal…")."""
    return not RUN_ON_OPENER.match(under) and is_plausible_headline(words) and not words.endswith(":") and without_post_marks(text) == text


def _quote(text: str) -> str:
    return repr(cut_at_word(text.strip(), 60))
