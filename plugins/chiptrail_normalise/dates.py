"""Publication date of a raw article, or ``None`` when the text does not state one.

Pasted pages carry their date in many shapes (``16 July, 2025``, ``Tue, 15 Jul 2025``,
``12/11/20255 min read``, a ``Published:`` line, a dated page address). We run a fallback
chain from the most to the least explicit source and stop at the first plausible date:

1. a labelled ``Published: …`` / ``Posted on …`` line (or a ``Release date:`` field on a
   row of ``Key: value`` fields, which beats a date in a press-conference title),
2. a date stamp or dateline in the top lines of the text, above what a short story has
   under it (comments, other posts) and never in a linked page's address or in a document's
   page footer,
3. a labelled ``Updated: …`` line,
4. a date in the page address, or in the page's own address printed on it (a copy-link
   field or a printout's footer whose slug repeats the headline),
5. a yearless dateline (``WASHINGTON, July 15 (Reuters) -``) completed by a year in the
   page address.

Dates inside article prose ("in October 2023 the US imposed…") and relative times
("4 months ago") are never taken: an undated article must stay undated, not get a guess.
Numeric dates whose two parts could both be the month are read month-first unless the
caller asks for day-first, the page's own unambiguous dates are day-first (``17/09/2025``),
or the address is of a day-first country or outlet (a dotted ``04.12.2025`` likewise);
the order used is reported so it can be checked. Two-digit years (``12/04/25``, ``4 Dec
25``) are read as 20YY when recent and not followed by another number.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from dataclasses import dataclass
from datetime import date

from . import outlets, vocab
from .fields import Field
from .header import domain_of, outlet_for_url
from .line_patterns import GatedSearch
from .pattern_set import longest_first, trie_pattern

HEAD_LINES = 15
"""Dates stamped on the page sit in its first non-blank lines; lower down, dates are prose."""
HEAD_LINES_MAX = 40
"""Until the first prose paragraph, the top extends to this many lines that are not menu
entries."""
MENU_LINES_MAX = 120
"""Menu entries are not counted towards ``HEAD_LINES_MAX`` (a news site's menu pasted one
section a line runs to 60 entries and more), but the top ends this many entries down."""
MENU_ITEM_MAX_WORDS = 3
"""A line this short without a digit (a menu entry, a section label: "Careers", "Big
Tech") is page furniture: it does not use up the top's ``HEAD_LINES``."""

STAMP_LINE_MAX = 100
"""A date on a line this short is a stamp (date, byline, reading time), not prose."""

WRAPPED_PROSE_MIN = 50
"""Two lines under a count each this long run on as one hard-wrapped paragraph (~70 chars)."""
BYLINE_OPENING = re.compile(r"^\s*(?i:by)\s+")
"""The "By" opening a byline, before the writer's name."""
BYLINE_START = re.compile(r"(?i:by)\s+[A-Z]")
"""A byline under a comment count: the count stands over the story, not the comments."""

SENTENCE_MIN_WORDS = 8
QUESTION_MIN_WORDS = 3
CLAUSE_MIN_WORDS = 2
HEADING_MIN_WORDS = 3  # "Press Conference of MOFCOM (November 6, 2025)": a heading naming an event's date
DATE_LINE_MAX = 160
"""Lines longer than this are never treated as a bare date line."""

EARLIEST_YEAR = 2000

_WORDS = vocab.load("dates")
MONTH_NUMBERS: dict[str, int] = {name.lower(): num for name, num in _WORDS["months"].items()}
DAY_FIRST_COUNTRY_DOMAINS = frozenset(_WORDS["day_first_country_domains"])


def _alternation(words) -> str:
    """Regex alternation of ``words``, longest first so ``Sept`` wins over ``Sep``."""
    ordered = longest_first({w.lower() for w in words})
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


MONTH = rf"(?i:{_alternation(MONTH_NUMBERS)})"
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
YEAR = r"(?P<year>(?:19|20)\d{2})"
GLUED_AFTER_YEAR = (
    # What a pasted stamp may glue to a year: "20227:41 AM", "202511 Nov 2025",
    # "12/11/20255 min read". Any other digit makes the year part of a longer number.
    rf"\d{{1,2}}:\d\d|\d{{1,3}}\s*(?i:min)|[0-3]?\d\s+{MONTH}\b|[0-3]?\d[/.][0-3]?\d[/.]"
)
YEAR_END = rf"(?:(?!\d)|(?={GLUED_AFTER_YEAR}))"
AFTER_GLUED_YEAR = r"(?<=(?:19|20)\d\d)"
"""A date may start right after the year of a stamp it is glued to."""

DAY_MONTH_YEAR = re.compile(  # 16 July, 2025; 15th of July 2025; 31-Jul-2025; 07/OCT/2025; 17. September 2025; 15 de julio de 2025
    rf"(?:(?<![\w/.])|{AFTER_GLUED_YEAR}){DAY}(?:\.?\s+(?:(?i:of|de)\s+)?|-|/)(?P<month>{MONTH})\b\.?"
    rf"(?:,?\s+(?:(?i:de)\s+)?|-|/){YEAR}{YEAR_END}"
)
ENDS_SEGMENT = r"(?=[0-3]\d\.\d{2}\s*$)"
SHORT_DOTTED_STAMP = (
    rf"\.(?=[0-3]?\d\.\d{{2}},?\s+[0-2]?\d:[0-5]\d)|(?<=^[0-3]\d)\.{ENDS_SEGMENT}"
    rf"|(?<=[|•·:]\s[0-3]\d)\.{ENDS_SEGMENT}|(?<=[|•·:][0-3]\d)\.{ENDS_SEGMENT}"
)
SHORT_YEAR = r"(?P<year>\d{2})(?![\d/.:-]|,?\s+\d{1,4}(?![\d:.]))"
"""A two-digit year ("12/04/25", "4 Dec 25"), read as 20YY and only when recent; never
one followed by another number (a clock time may follow)."""
SHORT_DAY_MONTH_YEAR = re.compile(rf"(?<![\w/.:]){DAY}[\s-]+(?P<month>{MONTH})\b\.?[\s-]+'?{SHORT_YEAR}")
SHORT_NUMERIC_DATE = re.compile(
    rf"(?<![\d/.-])(?P<first>[0-3]?\d)(?P<sep>/|{SHORT_DOTTED_STAMP})(?P<second>[0-3]?\d)(?P=sep){SHORT_YEAR}"
)
"""04/12/25; with dots only as a stamp: a clock time right after it ("[11.11.25 08:42]" of an
exported chat, "Published: 07.15.25, 14:21") or nothing else on its line or in the last segment of
a byline ("03.24.26" under a press release's headline, "Omer Kabir | 15.09.25"); "version 3.11.25"
in a sentence is no date."""
SHORT_YEAR_MAX_AGE = 10
MONTH_DAY_YEAR = re.compile(rf"\b(?P<month>{MONTH})\b\.?\s+{DAY}(?:,\s*|\.\s+|\s+){YEAR}{YEAR_END}")  # also "Oct 12,2025", "Aug 13. 2025"
CTIME_DATE = re.compile(  # Tue Dec  9 08:31:22 2025: a Unix clock's stamp (a BBS post's header, a log)
    rf"\b(?P<month>{MONTH})\s+{DAY}\s+[0-2]?\d:[0-5]\d(?::[0-5]\d)?\s+{YEAR}{YEAR_END}"
)
CJK_DATE = re.compile(  # 2025年7月15日, 2025년 7월 15일
    r"(?P<year>(?:19|20)\d{2})\s*[年년]\s*(?P<month>[01]?\d)\s*[月월]\s*(?P<day>[0-3]?\d)\s*[日일]"
)
ISO_DATE = re.compile(  # 2025-07-15, also 2025/07/15, 2025.07.15 and 2025. 11. 11. (a Korean page's stamp)
    r"(?<![\d/.])(?P<year>(?:19|20)\d{2})(?P<sep>\.\s|[-/.])(?P<month>[01]?\d)(?P=sep)"
    r"(?P<day>[0-3]?\d)(?!\d)"
)
NUMERIC_DATE = re.compile(
    rf"(?:(?<![\d/.-])|{AFTER_GLUED_YEAR})(?P<first>[0-3]?\d)(?P<sep>[/.-])(?P<second>[0-3]?\d)(?P=sep)"
    rf"(?P<year>(?:19|20)\d{{2}}){YEAR_END}"
)
MONTH_DAY = re.compile(rf"\b(?P<month>{MONTH})\b\.?\s+{DAY}(?!\d)")
DATELINE = re.compile(
    # "WASHINGTON, July 15 (Reuters) -": a place, a month and day, then the dash.
    rf"^\s*(?:[A-Z][A-Za-z .'-]{{1,40}},\s+)?(?P<month>{MONTH})\b\.?\s+(?P<day>[0-3]?\d)(?!\d)"
    r"(?!,?\s*(?:19|20)\d{2})\s*(?:\([^)]{1,40}\)\s*)?[-–—]"
)


class DateForms(tuple):
    """Date patterns for ``find_date`` to read, hashed and compared by identity: its cache is
    keyed by the forms asked for, and a compiled pattern's hash is worked out from its whole
    program each time it is asked (some 30 µs for ``STAMP_FORMS``, longer than the cached
    answer takes to find)."""

    __hash__ = object.__hash__

    def __eq__(self, other: object) -> bool:
        return self is other

    def __ne__(self, other: object) -> bool:
        return self is not other


DATE_FORMS = DateForms((ISO_DATE, CJK_DATE, DAY_MONTH_YEAR, MONTH_DAY_YEAR, NUMERIC_DATE, SHORT_NUMERIC_DATE,
                        SHORT_DAY_MONTH_YEAR))
"""The full dates (day, month and year) ``find_date`` reads, the earliest in the text winning."""
SHORT_YEAR_FIRST_STAMP = re.compile(  # 25-12-10 10:45, 25-8-12 10:20: a microblog's stamp, year first, with its time
    r"(?<![\w/.:-])(?P<year>[1-3]\d)-(?P<month>1[0-2]|0?[1-9])-(?P<day>3[01]|[12]\d|0?[1-9])"
    r"(?=\s+(?:[0-2]?\d:[0-5]\d(?!\d)|来自|來自))"
)
"""Read only as a stamp, with its time or the posting client's credit after it ("25-12-9 来自
iPhone客户端"), and only when recent (``SHORT_YEAR_MAX_AGE``): "25-12-10" read day first would
be 25 December 2010."""
STAMP_FORMS = DateForms((*DATE_FORMS, CTIME_DATE, SHORT_YEAR_FIRST_STAMP))
"""With the forms that only a stamp is written in (a Unix clock's "Tue Dec  9 08:31:22 2025"),
read where the chain looks for the page's stamp; other modules ask ``find_date`` for dates
as prose and bylines write them."""
NUMBERS_JOINED = re.compile(r"\d[-/.]\s?\d")
MONTH_NAME = re.compile(rf"\b(?:{trie_pattern(set(MONTH_NUMBERS))})\b", re.IGNORECASE)
CJK_YEAR_MARK = re.compile("[年년]")
FULL_YEAR = re.compile(r"(?:19|20)\d\d")  # ``YEAR`` of the forms that write the year in full
FORM_CLUES = {
    ISO_DATE: (FULL_YEAR, NUMBERS_JOINED), NUMERIC_DATE: (FULL_YEAR, NUMBERS_JOINED),
    SHORT_NUMERIC_DATE: (NUMBERS_JOINED,),
    DAY_MONTH_YEAR: (FULL_YEAR, MONTH_NAME), MONTH_DAY_YEAR: (FULL_YEAR, MONTH_NAME), CTIME_DATE: (FULL_YEAR, MONTH_NAME),
    SHORT_DAY_MONTH_YEAR: (MONTH_NAME,),
    SHORT_YEAR_FIRST_STAMP: (NUMBERS_JOINED,),
    CJK_DATE: (FULL_YEAR, CJK_YEAR_MARK),
}
"""What each date form cannot be written without: one quick search for each clue spares
running the forms that cannot occur (most text has no date at all; a month's name without
a full year, "may" in a sentence, "Dec 4" in a stamp, spares the forms that need one).
Each clue the forms asked for need is searched once per text, before any form is tried:
the forms with a two-digit year need the month names and the joined numbers whatever
else the text holds, so searching them all costs no more than asking form by form."""

URL_YEAR_MONTH_DAY = re.compile(
    r"/(?P<year>(?:19|20)\d{2})[/-](?P<month>[01]?\d)[/-](?P<day>[0-3]?\d)(?=[/._-]|$)"
)
URL_DAY_MONTH_YEAR = re.compile(
    r"/(?P<first>[0-3]?\d)/(?P<second>[0-3]?\d)/(?P<year>(?:19|20)\d{2})(?=/|$)"
)
URL_COMPACT_DATE = re.compile(  # /20250715/: only with a two-digit month and day
    r"[/_-](?P<year>20\d{2})(?P<month>0[1-9]|1[0-2])(?P<day>0[1-9]|[12]\d|3[01])(?=[/._-]|$)"
)
URL_SLUG_END_DATE = re.compile(  # /nvidia-resume-h20-sales-2025-07-15/: the date a slug ends on
    r"-(?P<year>20\d{2})-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])(?=[/.?#]|$)"
)
URL_YEAR = re.compile(r"/(?P<year>20\d{2})/")
ADDRESS_LINE = re.compile(
    r"\s*(?:[\w .]{1,30}(?::|\s[-–—|])\s*)?(?P<url>(?:https?://)?[\w-]+(?:\.[\w-]+)+/\S+?)/?(?:\s+\d{1,3}/\d{1,3})?\s*"
)
"""A line holding only an address, perhaps after a label and without its scheme: a
copy-link field, a "URL: …" row, a printout's footer ("https://… 1/3", "Le Monde -
https://…"), the address bar pasted under the site's name ("example.com/2023/10/17/…")."""
PRINTED_ADDRESS = re.compile(r"(?:https?://)?[\w-]+(?:\.[\w-]+)+/[^\s<>\"')]+")
"""An address printed anywhere on the page, with or without its scheme."""
FILE_EXTENSION = re.compile(r"\.[a-z]{2,5}$")
SLUG_MIN_WORDS = 4
SLUG_SHARE_IN_HEAD = 0.8
"""An address is the page's own when this share of its slug's words (at least
``SLUG_MIN_WORDS``) stand in the top lines, the headline the slug was made from."""

LABEL_START = r"(?:^\s*|[|·•/]\s*|^\s*(?i:by)\s+(?:[A-Z][\w'’.-]*\s+){1,4}?)"
"""A label opens the line or a segment of it ("Updated: … | Published: …"), or follows the
byline that opens it ("By Global Times Published: Dec 10, 2025"), never prose."""


def _label(words: list[str]) -> re.Pattern:
    """A label opening the line or a segment, or a ``Label:`` with its colon after another
    ``Key: value`` field on one metadata row ("From: MOFCOM Release date: 2025-12-12"),
    never the end of a longer label ("Effective date:", "Earnings date:"); also glued to
    the date when the page set them in two spans without a space ("Published14 Jan 2026")."""
    label = rf"(?i:{_alternation(words)})"
    return re.compile(rf"(?:{LABEL_START}{label}(?:\b|(?=\d))\s*[:|–—-]?|:[^:]{{1,60}}?\s{label}\s*:)\s*(?P<rest>.+)$")


PUBLISHED_LABEL = _label(_WORDS["published_labels"])
CREATION_LABEL = re.compile(rf"(?i:\b(?:{_alternation(_WORDS['creation_labels'])})\b)")
UPDATED_LABEL = _label(_WORDS["updated_labels"])
PRINT_EDITION = re.compile(r"in\s+(?:the\s+)?(?:print|[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3})\b[^\d]{0,20}?[,:]?\s")
""""Published in Dawn, July 16th, 2025", "Published in print: ...": the date of the print
edition, another copy than this page."""
PRINT_HEADER = re.compile(r"\s*\d{1,2}/\d{1,2}/\d{2,4},\s*[0-2]?\d:[0-5]\d\s?[AaPp]\.?[Mm]\.?\s+\S")
"""The date and time a browser prints over each printed page, before the page's title
("12/5/24, 9:14 AM New BIS Rules … | Ashby Kline LLP"): the day the reader printed it."""
COPY_STAMP = re.compile(
    rf"(?i:\b(?:{_alternation(_WORDS['copy_stamp_words'])})(?:\s+(?:from|via|by)(?:\s+\S+){{1,2}}?)?(?:\s+(?:on|at))?)\s*:?\s*$"
)
"""The stamp of the reader's or an archive's copy, perhaps naming where it came from ("Printed
from example.org on", "Saved from the web on"); its words are in ``vocab/dates.yaml``."""
FORWARD_MARK = re.compile(
    r"\s*(?:-{2,}\s*(?i:forwarded message|original message)\s*-{2,}|(?i:begin forwarded message):?)\s*$"
)
QUOTED_MESSAGE = re.compile(
    rf"\s*>|.*(?i:\b(?:{_alternation(_WORDS['quote_attribution_verbs'])}))(?:\s+[^\s：]+){{0,6}}?\s*[:：]\s*$"
    rf"|\s*(?i:(?:{_alternation(_WORDS['quote_attribution_openers'])}))\b"
)
"""A reply's quote of an older message: the line introducing it ("On Mon, 25 Aug 2025 at
11:02, Wang Lei <…> wrote:", "Am 25.08.2025 um 11:02 schrieb Wang Lei:", "Quote from: kaspar
on May 12, 2025") or a quoted line ("> …"). Its date is the older message's; the reply above
it is dated, if at all, by its own header."""
REPORT_PERIOD_ADDRESS = re.compile("|".join(_WORDS["report_period_addresses"]), re.IGNORECASE)
"""A filing archive's document address, whose date is the reported period's ("nvda-20251026.htm")."""
MAIL_DATE_HEADER = re.compile(r"\s*(?:Sent|Date):\s*(?P<rest>.+)$")
OTHER_LABEL = re.compile(r"(?P<label>[^\W\d][\w ]{0,30}):\s*$")
PERIOD_BOUND = re.compile(
    rf"(?:\b(?i:{_alternation(_WORDS['period_words'])})\s+(?:on\s+|the\s+)?"
    rf"|(?:(?<![\d:.,])(?:[12]?\d|3[01])(?:st|nd|rd|th)?|\b{MONTH})\.?\s*(?:[–—-]|\b(?i:to|and)\b)\s*)$"
)
"""What stands before a date that ends or starts a period: "for the quarterly period ended",
"since", the first day of a range ("8–12 December 2025", "30 November – 5 December 2025")."""
CREDIT_IN_BRACKETS = re.compile(r"[(\[]\s*(?P<name>[^()\[\],]{2,40}),\s*$")
"""An outlet's name and a comma opening the brackets a date closes ("(Taipei Times, Sept
4, 2025)"): how a post or a paper credits the story it cites."""
STAMP_PARTS_AFTER = re.compile(r"(?i:by\s|updated\b|\d+\s*min(?:ute)?s?\s+read\b|reading time\b)")
"""What follows a stamp on its line as more of the stamp: a byline, an update, a reading time."""
SENTENCE_BEFORE_MIN_WORDS = 3
SENTENCE_END_BEFORE = re.compile(r"[^\W\d_]{2,}[.?!][\"”’)]?\s+$")
"""A sentence's last word and its stop right before a date ("… Is this priced in? Apr 17 2025")."""
ITEM_NUMBER = re.compile(r"\s*(?:\[\d{1,3}\]|\(\d{1,3}\)|\d{1,3}[.)](?=\s))\s*")
"""The number opening an entry of a numbered list or of a page's notes ("1. Nvidia, Form
10-Q, May 28, 2025", "[2] Reuters, August 12, 2025"): what it numbers is an item of the
page, never the page's stamp."""
DATED_ITEM_JOIN = re.compile(r"\s*(?::|\s[–—-])\s*[^\W\d]")
"""A date's join to what happened that day in a timeline's entry ("Oct 7, 2022: BIS …")."""
RANGE_DASH = re.compile(r"\s*(?:[–—-]|\b(?i:to|through|until|till)\b)\s*")
"""What joins the first day of a range to the last ("2025-12-08 – 2025-12-12")."""
WIRE_CREDIT = re.compile(r"/[A-Z][\w .&-]{1,30}/\s*(?:[-–—.:]|$)")
"""The wire or release service between slashes that closes a dateline ("SAN JOSE, Calif.,
Oct. 18, 2023 /PRNewswire/ --", "MOSCOW, March 3, 2025 /TASS/."): the date is the release's."""
SHARED_LINK_LABEL = re.compile(
    rf"\s*(?i:{_alternation(_WORDS['link_labels'] + _WORDS['shared_link_labels'])})\s*(?::|\s[-–—|»>])"
)
"""A label putting another page's address on this one ("Link: …", "Via …", "Read more: …"):
a link shared in a post or listed in the text, whose slug may repeat the headline (a link post
takes the story's title) and whose date is the linked story's."""
LINK_LABEL = re.compile(rf"\s*(?i:{_alternation(_WORDS['link_labels'])})\s*[:»>|–—-]")
"""A line opening with a label pointing to another page ("Related: …", "Read more — …")."""
ENTRY_LABEL = re.compile(rf"\b(?i:{_alternation(_WORDS['entry_labels'])})\b\.?\s*(?i:on\s+|at\s+)?:?\s*$")
"""What stands before the time of another entry under the page ("answered Nov 20, 2023")."""
ACCOUNT_LABEL = re.compile(rf"\b(?i:{_alternation(_WORDS['account_labels'])})\s*:?\s*$")
"""What stands before the date of a member's account beside a post ("Joined Mar 12, 2019")."""
MEMBER_LABEL = re.compile(rf"^\s*@?[\w./-]{{2,40}}\s*[·|•]\s*(?i:{_alternation(_WORDS['member_labels'])})\s*:?\s*$")
"""A username, a separator and a label dating the member's account ("chipwatcher · Last
seen Dec 4, 2025"): the member block beside a post."""
BYLINE_ON = re.compile(r"(?i:\bby)\s+[^\s|·•:]+(?:\s+[^\s|·•:]+){0,3}?(?:\s+(?i:on):?|\s*[|·•,])\s*")
"""A writer's credit before the stamp's date, closed by "on" or by the separator of the
next span ("Posted by BeauHD on", "by Jane Doe on:", "Posted by u/someone · 11/6/2025")."""
STORY_END_HEADING = re.compile(
    rf"\s*(?:\d[\d,.]*[kK]?\s+)?(?i:{_alternation(_WORDS['story_end_headings'])})(?:\s*\(\d[\d,.]*[kK]?\)|\s+\d[\d,.]*[kK]?)?\s*:?\s*$"
    r"|\s*(?i:sort\s+by)\b.{0,40}$"
)
"""A line heading what stands under the story ("COMMENTS", "312 comments", "Sort by: Best",
"More posts you may like"): dates under it are the comments' or other posts', not this copy's."""
STORY_MIN_PARAGRAPHS = 2
"""Paragraphs of prose read before a comments heading ends the search: a dek or a teaser
over the byline is one, and a "12 comments" count or a "Comment" rubric may stand above the stamp."""
CLOSING_LINES = 3
"""The last non-blank lines of a page, where its closing furniture stands."""
DOCUMENT_PAGE_MARK = re.compile(r"(?i:\bpage\s+(?P<page>\d{1,4})\s+(?:of|/)\s+\d{1,4}\b)")
"""The page count of a document's page header or footer ("… Filed 11/19/25 Page 3 of 14")."""
FILING_MARK = re.compile(r"\b(?:Filed|Document|Doc\.|Case|PageID)\b")
"""The words a court filing's page stamp repeats on every page ("Case 8:25-cr-00419 Document 1 Filed …")."""
# A commenter's handle (one word, no spaces), a separator and a stamp, alone on a line,
# maybe under a reply's mark: "Reader_8812 · Jan 20, 2026", "↳ Tom_K · Jan 20, 2026".
HANDLE_STAMP = re.compile(r"\s*(?:[↳└]\s*)?(?P<handle>[@\w][\w./-]{1,40})\s+[·•|–—-]\s+(?P<stamp>.+)$")
COMMENT_THREAD_MIN_HANDLES = 2
REPLY_MARK = re.compile(r"\s*[↳└]")
WORDS_IN_TEXT = re.compile(r"[^\W\d_]{2,}")
TIMELINE_ENTRY_MIN_WORDS = 3
# A month and year with no day ("December 2025"), and the clause a date in prose goes on
# into ("…, 2025, the President announced").
MONTH_YEAR = re.compile(rf"\b(?P<month>{MONTH})\b\.?,?\s+{YEAR}{YEAR_END}")
PROSE_AFTER_DATE = re.compile(r",\s+[^\W\d_]+\s+[^\W\d_]")
LABEL_DATE_MAX_OFFSET = 16
"""A labelled line's date must follow the label closely (room for a weekday), unless
only stamp parts (a clock time, a weekday) stand between them."""

READING_TIME = re.compile(r"(?<!\d)\d{1,3}\s*(?i:min(?:ute)?s?)\.?\s+(?i:read)\b")
RELATIVE_TIME = re.compile(
    rf"(?i:(?:\d+|an?|one)\s+(?:{_alternation(_WORDS['relative_units'])})s?\s+ago"
    rf"|\b(?:{_alternation(_WORDS['relative_words'])})\b)"
)
TIME_ZONE = rf"(?i:{_alternation(_WORDS['time_zones'])})\b"
CLOCK_TIME = re.compile(  # 10:32, 05:46PM, 3:12 AM GMT+8, 14:02:11 +0000, T16:05:00+01:00
    r"(?:\bT)?(?<!\d)[0-2]?\d:[0-5]\d(?::[0-5]\d(?:\.\d+)?)?\s*(?i:[ap]\.?m\.?)?"
    rf"(?:\s*{TIME_ZONE})?(?:\s*[+-]\d{{1,2}}(?::?\d{{2}})?|Z\b)?"
)
DOTTED_CLOCK_TIME = re.compile(  # 10.32 BST, 5.47pm: a dot only counts with a zone or am/pm
    rf"(?<![\d.])[0-2]?\d\.[0-5]\d\s*(?:(?i:[ap]\.?m\.?)|{TIME_ZONE})"
)
STAMP_WORDS = re.compile(
    rf"(?i:\b(?:{_alternation(_WORDS['weekdays'])}|{_alternation(_WORDS['published_labels'])}"
    rf"|{_alternation(_WORDS['updated_labels'])}|{_alternation(_WORDS['time_zones'])}|on|at)\b\.?)"
)
WEEKDAY_FIRST = re.compile(rf"(?i:{_alternation(_WORDS['weekdays'])})\b")
STAMP_CORE = (NUMERIC_DATE, ISO_DATE, CJK_DATE, DAY_MONTH_YEAR, MONTH_DAY_YEAR, SHORT_NUMERIC_DATE,
              SHORT_DAY_MONTH_YEAR, MONTH_DAY, READING_TIME, RELATIVE_TIME, DOTTED_CLOCK_TIME, CLOCK_TIME)
"""Parts of which at least one makes a line a date stamp; removed in this order."""
STAMP_CORE_NAMES_A_MONTH = tuple(
    part in (DAY_MONTH_YEAR, MONTH_DAY_YEAR, SHORT_DAY_MONTH_YEAR, MONTH_DAY) for part in STAMP_CORE)
"""Which of ``STAMP_CORE`` cannot match without a month's name (``MONTH``)."""
MONTH_ANYWHERE = re.compile(trie_pattern(set(MONTH_NUMBERS)), re.IGNORECASE) if all(
    name.isalpha() for name in MONTH_NUMBERS) else None
"""A month's name anywhere in a text, even inside a word ("mar" in "market"). A line
without one holds none after ``is_date_line`` has blanked parts of it either (a blank
joins no letters), so the parts written with a month's name (most of the time spent
trying parts) need not be tried on it. None, so always tried, if a name held a character
that is not a letter."""

CAPTION = GatedSearch(re.compile("|".join(_WORDS["caption_markers"]), re.IGNORECASE))
SEPARATORS_ONLY = re.compile(r"^[\W_]*$")
SEGMENT_SEPARATOR = re.compile(r"\s[|•·/]\s|\s//\s|\s{2,}")
"""What parts a byline or stamp bar: a bar, a bullet, a slash, or a run of spaces where the
page set its parts in spans side by side ("41,220 views  Mar 20, 2024  In this episode …")."""
DIGIT = re.compile(r"\d")
WORD = re.compile(r"[a-z]+")
"""The words of a lowercased headline or of an address's slug, compared letters only."""
RELATIVE_WORD = re.compile(rf"(?i:\b(?:{_alternation(_WORDS['relative_words'])})\b)")


@dataclass(frozen=True)
class Candidate:
    """A date read from a piece of text, with how it was read."""

    value: date
    text: str
    form: str
    start: int
    order: str | None = None  # "month-first"/"day-first" when an ambiguous order decided it


def extract_date(lines: list[str], *, url: str | None = None, day_first: bool = False,
                 source: str | None = None) -> Field:
    """Return the publication date as a ``Field``; value ``None`` when none is stated.
    An ambiguous numeric date is read in the order the page itself, or its publisher
    (``source``, when known), writes dates in."""
    found = _first_found(lines, url, day_first, source)
    if (found.details and found.details.get("order") == "month-first"
            and _page_writes_day_first(lines, url, source)):
        return _first_found(lines, url, True, source)
    return found


def _first_found(lines: list[str], url: str | None, day_first: bool, source: str | None = None) -> Field:
    finders = (_from_forwarded_mail, _from_published_line, functools.partial(_from_head, source=source),
               _from_updated_line, _from_url,
               functools.partial(_from_address_on_page, source=source), _from_dateline_and_url_year,
               _from_dateline_and_address_on_page)
    for finder in finders:
        found = finder(lines, url, day_first)
        if found is not None:
            return found
    return Field(None, 0.0, "no publication date stated")


def _page_writes_day_first(lines: list[str], url: str | None, source: str | None = None) -> bool:
    """True when the page's own numeric dates show the day-first order (a date such as
    ``17/09/2025`` anywhere on it, none such as ``09/17/2025``), or, when they show no
    order, when its address is on a country domain or of an outlet (``vocab/outlets.yaml``)
    whose dates are written day-first, or, without an address, when the publisher is such
    an outlet or its name stands alone on a line at the top (its logo: "euronews.")."""
    orders = _numeric_orders("\n".join(lines))
    if orders:
        return orders == {"day-first"}
    if url:
        host = domain_of(url) or ""
        return host.rsplit(".", 1)[-1] in DAY_FIRST_COUNTRY_DOMAINS or outlets.writes_day_first(outlet_for_url(url))
    if source and outlets.writes_day_first(outlets.known_name(source) or source):
        return True
    names = (outlets.known_name(line) for _, line in itertools.islice(_non_blank(lines), HEAD_LINES_MAX))
    return any(outlets.writes_day_first(name) for name in names)


def _numeric_orders(text: str) -> set[str]:
    """The orders that the unambiguous numeric dates of ``text`` are written in."""
    orders = set()
    for match in NUMERIC_DATE.finditer(text):
        first, second = int(match["first"]), int(match["second"])
        if first > 12 >= second:
            orders.add("day-first")
        elif second > 12 >= first:
            orders.add("month-first")
    return orders


def is_date_line(line: str) -> bool:
    """True for a line that is only a date, time, reading time or relative-time stamp:
    one where blanking the stamp parts, then the stamp words, leaves only separators (the
    words are not blanked where no part was)."""
    text = line.strip()
    if not text or len(text) > DATE_LINE_MAX:
        return False
    if not DIGIT.search(text) and not RELATIVE_WORD.search(text):
        return False  # every stamp but "yesterday"/"today" has a digit: a fast reject
    removed = 0
    month_named = MONTH_ANYWHERE is None or MONTH_ANYWHERE.search(text) is not None
    for part, names_a_month in zip(STAMP_CORE, STAMP_CORE_NAMES_A_MONTH):
        if names_a_month and not month_named:
            continue  # no month's name to match (``MONTH_ANYWHERE``)
        text, count = part.subn(" ", text)
        removed += count
    return removed > 0 and SEPARATORS_ONLY.match(STAMP_WORDS.sub(" ", text)) is not None


def is_plausible(value: date, today: date | None = None) -> bool:
    """A publication date lies between 2000 and next year; older or later is a misread."""
    today = today or date.today()
    return EARLIEST_YEAR <= value.year <= today.year + 1


def _from_published_line(lines, url, day_first) -> Field | None:
    """The first line labelled as the publication's; a creation label ("Created Jan 25,
    2008") only among the top lines, below which it dates a community or an account."""
    head = {number for number, _ in _head(lines)}
    return _from_labelled_line(lines, PUBLISHED_LABEL, "published line", 0.95, day_first,
                               lambda number, label: number in head or not CREATION_LABEL.search(label))


def _from_forwarded_mail(lines, url, day_first) -> Field | None:
    """The date in the header of the message a forwarded e-mail quotes ("---------- Forwarded
    message ---------" / "From: ..." / "Date: Tue, Dec 3, 2024 at 6:02 PM"): the newsletter
    or alert was published when its sender sent it; the forward's own header, above, dates
    only its passing on."""
    marks = [number for number, line in enumerate(lines) if FORWARD_MARK.match(line)]
    if not marks:
        return None
    for number, line in enumerate(lines[marks[-1]:], start=marks[-1] + 1):
        header = MAIL_DATE_HEADER.match(line)
        found = header and find_date(header.group("rest"), day_first, STAMP_FORMS)
        if found and _follows_label(header.group("rest")[:found.start]):
            return _field(found, number, "header of the forwarded message", 0.9)
    return None


def _from_updated_line(lines, url, day_first) -> Field | None:
    return _from_labelled_line(lines, UPDATED_LABEL, "updated line", 0.8, day_first)


def _from_labelled_line(lines, label, form, confidence, day_first, accepts=None) -> Field | None:
    """The first line (or ``… | segment``) opened by ``label`` with a date right after it
    (and, with ``accepts``, whose line number and label text it accepts)."""
    for number, line in enumerate(lines, start=1):
        if len(line) > DATE_LINE_MAX or not DIGIT.search(line):
            continue
        match = label.search(line)
        if not match or (accepts and not accepts(number, line[:match.start("rest")])) or QUOTED_MESSAGE.match(line):
            continue
        rest = match.group("rest")
        found = find_date(rest, day_first, STAMP_FORMS)
        if found and _follows_label(rest[:found.start]) and not PRINT_EDITION.match(rest):
            return _field(found, number, form, confidence)
    return None


def _follows_label(between: str) -> bool:
    """Only a weekday, a clock time, the writer's credit or separators stand between a
    label and its date ("Updated 3:41 PM EDT, Tue July 15, 2025", "Posted by BeauHD on
    Wednesday August 31, 2022"): the date is the label's, not prose's."""
    if len(between) <= LABEL_DATE_MAX_OFFSET:
        return True
    rest = STAMP_WORDS.sub(" ", CLOCK_TIME.sub(" ", BYLINE_ON.sub(" ", between)))
    return SEPARATORS_ONLY.match(rest) is not None


def _from_head(lines, url, day_first, source: str | None = None) -> Field | None:
    """A date stamp or full dateline in the top lines, never one inside a paragraph; a
    heading's bracketed date only when no stamp follows (a transcript titled by its event's
    day, "Regular Press Conference ... (October 16, 2025)", and stamped by nothing else). A
    site's date of the day over its menu ("Wednesday, July 16, 2025") gives way to the
    story's own stamp under it when that is earlier: the page was read on or after the day
    its story was published."""
    heading, bar, prose_above, above, post_said = None, None, 0, "", False
    for number, line in _head(lines):
        prose_above, above = prose_above + _is_prose_paragraph(above), line
        if STORY_END_HEADING.match(line) and (prose_above >= STORY_MIN_PARAGRAPHS or (
                post_said and not _prose_under(lines, number) and not _stamp_under(lines, number))):
            break  # the comments or other posts under a short story: their dates are not this copy's
        post_said = post_said or (_below_the_headline(lines, number) and _is_undated_sentence(line))
        found = find_date(line[:300], day_first, STAMP_FORMS)
        if found and (_in_an_address(line, found) or _is_page_footer(lines, number)):
            continue  # a linked page's address, or a document's page footer: another page's date
        if found and QUOTED_MESSAGE.match(line):
            continue  # an older message quoted in a reply
        if found and not _is_labelled(line, found) and _names_another_date(line[:found.start]):
            found = _after_the_other_date(line, found, day_first)  # "chipwatcher · Joined Mar 12, 2019 · Dec 4, 2025"
        if found and (_is_labelled(line, found) or _names_another_date(line[:found.start])):
            continue  # labelled dates have their own place in the chain
        if found and (_dates_something_else(line[:found.start], prose_above) or _opens_a_range(line, found)
                      or PRINT_HEADER.match(line) or LINK_LABEL.match(line) or _is_dated_item(lines, number, day_first)
                      or _is_numbered_item(line, found) or _credits_another_outlet(line, found, source)
                      or _stands_between_sentences(line, found) or _is_comment_stamp(lines, number, day_first)
                      or _is_timeline_entry(lines, number, day_first)
                      or _is_event_in_a_months_issue(lines, number, found, day_first)):
            continue
        if found and _closes_a_heading(line, found):
            heading = heading or _field(found, number, "date closing a heading, no stamp under it", 0.7)
        elif found and _is_stamp_position(line, found, _next_line(lines, number)):
            closing = prose_above and _closes_the_page(lines, number)
            stamp = _field(found, number, *(("top of text, closing the page under its prose", 0.7) if closing
                                             else ("top of text", 0.9)))
            if bar is None and _is_date_of_the_day(line, _next_non_blank(lines, number)):
                bar = stamp
                continue
            return stamp if bar is None or stamp.value < bar.value else bar
    return bar or heading


def _closes_the_page(lines: list[str], number: int) -> bool:
    """True when line ``number`` is among the last ``CLOSING_LINES`` non-blank lines: a stamp
    there, under the story's prose, is most often a post's own (a social post ends on its
    time), but it is also where a comment's or a footer's date stands: the three dates
    round 19's unseen pages were given where they show none (pb01, pg70, qg26, now in dev)
    came from there, so it is given with less confidence."""
    return sum(1 for line in lines[number:] if line.strip()) < CLOSING_LINES


def _is_page_footer(lines: list[str], number: int) -> bool:
    """True for a document's page header or footer ("Case 8:25-cr-00419 Document 1 Filed
    11/19/25 Page 3 of 14") under the document's text: the stamp repeated on each of its
    pages closes this one. Over the text, where the filing opens ("… Page 1 of 14" on the
    first line), it dates the document; a page count beside a stamp on page 1 with no filing's
    words is a site's own stamp ("March 3, 2026 | Page 1 of 3")."""
    line = lines[number - 1]
    mark = DOCUMENT_PAGE_MARK.search(line)
    if not mark or not (FILING_MARK.search(line) or int(mark["page"]) > 1):
        return False  # "March 3, 2026 | Page 1 of 3" under a headline: the page's own stamp
    return any(len(earlier.split()) >= SENTENCE_MIN_WORDS for earlier in lines[:number - 1])


def _in_an_address(line: str, found: Candidate) -> bool:
    """True when the date found is part of an address printed on the line ("Link:
    reuters.com/…/h200-chips-china-2025-12-08/" shared in a post): the linked page's date.
    The page's own address (the header's ``URL:``, a copy-link field, the address bar over
    the page) is read by ``_from_url`` and ``_from_address_on_page``."""
    if "/" not in line:
        return False
    return any(address.start() <= found.start < address.end() for address in PRINTED_ADDRESS.finditer(line))


def _is_date_of_the_day(line: str, next_line: str) -> bool:
    """True for a weekday and a date alone on a line, without a time on it or on the line
    under it ("Wednesday, July 16, 2025"): how a site shows the day's date over its menu, as
    a story's stamp may too; a story's stamp has its time ("Wednesday, 16 Apr 2025" / "7:12
    AM MYT")."""
    text = line.strip()
    return (WEEKDAY_FIRST.match(text) is not None and is_date_line(text) and not CLOCK_TIME.search(text)
            and not CLOCK_TIME.match(next_line.strip()))


def _next_non_blank(lines: list[str], number: int) -> str:
    """The first non-blank line under line ``number`` (counted from 1); empty at the end."""
    return next((line for line in lines[number:] if line.strip()), "")


def _dates_something_else(before: str, prose_above: bool) -> bool:
    """True when the words before a date make it the bound of a period ("for the quarterly
    period ended October 26, 2025", "8–12 December 2025": a report's or a digest's span),
    a page's own stamp is never written so; or, under a paragraph of the page's own text
    (a question's body), the time of another entry ("answered Nov 20, 2023 at 14:02"). An
    answer over the first paragraph is the page's story (a Q&A site's answer page)."""
    if PERIOD_BOUND.search(before):
        return True
    return prose_above and ENTRY_LABEL.search(before) is not None


def _is_undated_sentence(line: str) -> bool:
    """True for a whole sentence naming no date ("Well that escalated quickly, anyone know if
    this covers the H20 too?"): a short post says what it has to say in one, so a comments
    heading under it ("142 comments") heads the readers' comments, whose dates are theirs,
    unless a paragraph of prose stands under it: then the sentence was a dek, and the count
    stood over the story's byline and stamp."""
    return _is_sentence(line) and find_date(line) is None


def _prose_under(lines: list[str], number: int) -> bool:
    """True when a paragraph of prose stands under line ``number``: then the one sentence
    over the count was a dek, and the count stands over the story, not over the readers'
    comments closing a post of one sentence. A paragraph is judged joined over its wrapped
    lines: a page hard-wrapped at ~70 characters breaks each one over lines no longer than
    a stamp's, so a long line stopping mid-sentence is read with the line under it."""
    wrapped = [line.strip() for line in lines[number:] if line.strip()]
    joined = [" ".join(wrapped[start:start + 2]) for start in range(len(wrapped) - 1)
              if min(len(wrapped[start]), len(wrapped[start + 1])) > WRAPPED_PROSE_MIN
              and not wrapped[start].endswith((".", "!", "?"))]
    return any(_is_prose_paragraph(text) for text in [*wrapped, *joined])


def _below_the_headline(lines: list[str], number: int) -> bool:
    """True when a non-blank line stands over line ``number``: the first is the headline,
    which may ask a question ("Is Nvidia about to ship H20 chips to China again?") but is
    not the post's sentence."""
    return any(line.strip() for line in lines[:number - 1])


def _stamp_under(lines: list[str], number: int) -> bool:
    """True when a byline or a date stamp stands right under line ``number`` ("142
    comments" / "By Jane Doe" / "December 4, 2025"): the count heads a story, not comments."""
    following = _next_non_blank(lines, number).strip()
    return bool(following) and (BYLINE_START.match(following) is not None or is_date_line(following))


def _is_prose_paragraph(line: str) -> bool:
    return len(line.strip()) > STAMP_LINE_MAX and _is_sentence(line)


def _is_dated_item(lines: list[str], number: int, day_first: bool) -> bool:
    """True for an entry of a timeline or digest: the line and the line next to it (above
    or under) each open with a date, a dash or colon and what happened that day ("Oct 7,
    2022: BIS issues its first rules" / "Oct 17, 2023: the rules are tightened"). The
    dates are the items', not the page's."""
    if not _opens_with_dated_text(lines[number - 1], day_first):
        return False
    neighbours = (_next_non_blank(lines, number), next((line for line in reversed(lines[:number - 1]) if line.strip()), ""))
    return any(_opens_with_dated_text(line, day_first) for line in neighbours)


def _is_comment_stamp(lines: list[str], number: int, day_first: bool) -> bool:
    """True for a stamp beside a commenter's handle in a thread of such stamps ("Reader_8812 ·
    Jan 20, 2026", "↳ Tom_K · Jan 20, 2026", "Reader_0021 · Jan 21, 2026") whose entries
    reply to one another (a reply's mark before a handle): each dates a comment, not the
    page. A post's own stamp beside its author ("u/chipwatcher · Sep 17, 2025") and a chat
    log's first message, with no reply marks, are still read (gb40, tb16 in dev), and a
    reporter's byline names a person, not a handle of one word."""
    if _stamped_handle(lines[number - 1], day_first) is None:
        return False
    # The reply marks first: most pages have none, and then no line's date is read again.
    if not any(REPLY_MARK.match(line) and _stamped_handle(line, day_first) for line in lines):
        return False
    handles = {_stamped_handle(line, day_first) for line in lines if line.strip()} - {None}
    return len(handles) >= COMMENT_THREAD_MIN_HANDLES


def _stamped_handle(line: str, day_first: bool) -> str | None:
    """The handle on a line holding only a handle, a separator and a stamp, or ``None``."""
    match = HANDLE_STAMP.match(line)
    if not match:
        return None
    found = find_date(match["stamp"], day_first, STAMP_FORMS)
    if found is None or not is_date_line(match["stamp"]):
        return None
    return match["handle"].lower()


def _is_timeline_entry(lines: list[str], number: int, day_first: bool) -> bool:
    """True for an entry of a log or timeline whose lines open with a date and go on into a
    sentence of what happened that day ("2025-08-08 US: first H20 licences issued." /
    "2025-08-12 CN: guidance urging firms to avoid H20."): one of several such lines, its
    date is the entry's. A stamp line never goes on into a sentence."""
    if not _opens_with_dated_sentence(lines[number - 1], day_first):
        return False
    neighbours = (_next_non_blank(lines, number), next((line for line in reversed(lines[:number - 1]) if line.strip()), ""))
    return any(_opens_with_dated_sentence(line, day_first) for line in neighbours)


def _opens_with_dated_sentence(line: str, day_first: bool) -> bool:
    found = find_date(line[:120], day_first)
    if not found or line[:found.start].strip():
        return False
    after = CLOCK_TIME.sub(" ", line[found.start + len(found.text):]).strip()
    return after.endswith((".", "!", "?")) and len(WORDS_IN_TEXT.findall(after)) >= TIMELINE_ENTRY_MIN_WORDS


def _is_event_in_a_months_issue(lines: list[str], number: int, found: Candidate, day_first: bool) -> bool:
    """True for a date inside a sentence of prose ("On December 8, 2025, the President
    announced that …") on a page that dates itself by a month alone above it (a newsletter's
    or a firm's update titled "Export Controls Update – December 2025"): the issue has no day
    of its own, and the day its prose names is the news's, an event's."""
    line = lines[number - 1]
    after = line[found.start + len(found.text):]
    if not PROSE_AFTER_DATE.match(after) or len(line.split()) < SENTENCE_MIN_WORDS:
        return False
    return any(MONTH_YEAR.search(above) and find_date(above, day_first) is None for above in lines[:number - 1])


def _credits_another_outlet(line: str, found: Candidate, source: str | None) -> bool:
    """True for a date credited in brackets to an outlet other than the page's publisher
    ("TL;DR of the linked article (Taipei Times, Sept 4, 2025):", "(Reuters, 9 Dec 2025)"):
    the date of the story cited, not of this copy. With the page's source unknown, the
    credit is another outlet's only when prose stands before the bracket ("As reported
    earlier (Bloomberg, …)"); a row of only a name or a place and the credit ("WASHINGTON
    (Reuters, Dec 4, 2025)", "By Jane Doe (Reuters, …)") is how an outlet stamps its own copy."""
    credit = CREDIT_IN_BRACKETS.search(line[:found.start])
    if not credit or not line[found.start + len(found.text):].lstrip().startswith((")", "]")):
        return False
    outlet = outlets.known_name(credit["name"].strip())
    if outlet is None:
        return False
    if source is not None:
        return _publisher_letters(source) != _letters(outlet)
    before = BYLINE_OPENING.sub("", line[:credit.start()]).strip()
    return any(word[:1].islower() for word in before.split())


def _stands_between_sentences(line: str, found: Candidate) -> bool:
    """True for a date with a sentence ended before it and another one after it on its line
    ("priced in? Apr 17 2025 -7% premarket."): a date the text names, inside its prose. A
    post's own stamp may be glued after its last sentence, but nothing follows it then."""
    after = line[found.start + len(found.text):].strip()
    return (_ends_a_real_sentence(line[:found.start]) and after.endswith((".", "!", "?"))
            and re.search(r"[^\W\d_]{2}", after) is not None and not STAMP_PARTS_AFTER.match(after))


def _ends_a_real_sentence(before: str) -> bool:
    """True when a sentence of several words, in lower case past its first, ends right
    before the date ("... Is this priced in? Apr 17 2025"); a section's label ("Opinion.",
    "Analysis.") or a byline ("By Jane Doe.") over the stamp is no sentence."""
    if SENTENCE_END_BEFORE.search(before) is None:
        return False
    if before.strip()[:1].islower():
        return True  # "priced in? Apr 17 2025": the end of a sentence wrapped from the line above
    sentence = re.split(r"(?<=[.?!])\s+", before.strip()[:-1])[-1].split()
    return len(sentence) >= SENTENCE_BEFORE_MIN_WORDS and any(word[:1].islower() for word in sentence[1:])


def _is_numbered_item(line: str, found: Candidate) -> bool:
    """True for a date in an entry of a numbered list or of the notes under a paper ("[1]
    Nvidia Form 8-K, April 15, 2025."): the date of what the entry names, a filing, a cited
    story, a step of a timeline. A day opening the line ("10. Dezember 2025") is no number."""
    number = ITEM_NUMBER.match(line)
    return number is not None and number.end() <= found.start


def _opens_with_dated_text(line: str, day_first: bool) -> bool:
    found = find_date(line[:120], day_first)
    if not found or line[:found.start].strip():
        return False
    after = line[found.start + len(found.text):]
    return DATED_ITEM_JOIN.match(after) is not None


def _opens_a_range(line: str, found: Candidate) -> bool:
    """True for the first date of a range, another full date right after a dash or "to"
    ("2025-12-08 – 2025-12-12", "1 December 2025 to 5 December 2025"): a span, not a stamp;
    a clock time after the dash ("8 December 2025 - 10:30") is the stamp's time."""
    after = line[found.start + len(found.text):]
    dash = RANGE_DASH.match(after)
    if not dash or not dash.group().strip():
        return False
    following = find_date(after[dash.end():dash.end() + 40])
    return following is not None and following.start == 0


def _next_line(lines: list[str], number: int) -> str:
    """The line right under line ``number`` (counted from 1); empty at the end."""
    return lines[number] if number < len(lines) else ""


def _closes_a_heading(line: str, found: Candidate) -> bool:
    """True for a date in brackets closing a heading ("Regular Press Conference of the
    Ministry of Commerce (November 6, 2025)"): the date of the event the heading names; the
    page's own stamp, where it has one, stands on a line of its own ("2025-11-07 10:24")."""
    before, after = line[:found.start].rstrip(), line[found.start + len(found.text):].strip()
    return before.endswith(("(", "[")) and after in (")", "]") and len(before[:-1].split()) >= HEADING_MIN_WORDS


def _is_labelled(line: str, found: Candidate) -> bool:
    """True when a ``Published``/``Updated`` label stands before the date found; a date
    ahead of the label ("July 15, 2025 / 6:12 PM / Updated 3 hours ago") is the stamp's."""
    labels = (PUBLISHED_LABEL.search(line), UPDATED_LABEL.search(line))
    return any(label is not None and label.start() <= found.start for label in labels)


def _after_the_other_date(line: str, found: Candidate, day_first: bool) -> Candidate | None:
    """The next date on ``line`` after ``found``, another thing's date ("chipwatcher ·
    Joined Mar 12, 2019 · Dec 4, 2025": the member's, then the post's), placed on the line."""
    offset = found.start + len(found.text)
    following = find_date(line[offset:300], day_first, STAMP_FORMS)
    return dataclasses.replace(following, start=following.start + offset) if following else None


def _names_another_date(before: str) -> bool:
    """True when a label other than a stamp's stands before the date ("Comment deadline:
    January 15, 2026", "Event: Dec 4, 2025"): the date of something the page announces; or
    when the date is the reader's copy's ("Printed on February 5, 2026", "Accessed 3 May
    2025"): the day it was printed or fetched, not published; or a member's account's
    ("Joined Mar 12, 2019")."""
    if COPY_STAMP.search(before) or ACCOUNT_LABEL.search(before) or MEMBER_LABEL.search(before):
        return True
    match = OTHER_LABEL.search(before)
    if not match or match.group("label").isupper():  # "BEIJING:" is a dateline's place
        return False
    if BYLINE_ON.fullmatch(match.group("label") + ":"):  # "by Hilbert Hagedoorn on: 01/22/2026" is the byline's stamp
        return False
    return not SEPARATORS_ONLY.match(STAMP_WORDS.sub(" ", match.group("label")))


def _head(lines: list[str]) -> tuple[tuple[int, str], ...]:
    """(line number, line) of the first ``HEAD_LINES`` non-blank lines, or more of them
    (up to ``HEAD_LINES_MAX``) when no paragraph of prose has started yet; menu entries
    are not counted (a site menu set one entry a line pushes the stamp down, and a long
    headline of two sentences reads as the first prose), and photo captions are left
    out, their dates are the photo's."""
    return _head_of(tuple(lines))


@functools.lru_cache(maxsize=16)
def _head_of(lines: tuple[str, ...]) -> tuple[tuple[int, str], ...]:
    """``_head`` of a page, read once: the chain's finders each read the head (the
    published line's, the stamp's, the datelines'), and the date of a page whose numeric
    dates are ambiguous is looked for twice."""
    head = []
    prose_seen, count = False, 0
    for number, line in itertools.islice(_non_blank(lines), HEAD_LINES_MAX + MENU_LINES_MAX):
        if (count >= HEAD_LINES and prose_seen) or count >= HEAD_LINES_MAX:
            break
        if not CAPTION.search(line):
            head.append((number, line))
        prose_seen = prose_seen or (len(line) > STAMP_LINE_MAX and _is_sentence(line))
        count += not _is_menu_item(line)
    return tuple(head)


def _is_menu_item(line: str) -> bool:
    return len(line.split()) <= MENU_ITEM_MAX_WORDS and not DIGIT.search(line)


def _non_blank(lines: list[str]):
    return ((number, line) for number, line in enumerate(lines, start=1) if line.strip())


def _is_stamp_position(line: str, found: Candidate, next_line: str = "") -> bool:
    """A short stamp line, a stamp segment of a byline (``By X | Nov. 19, 2025 5:47 PM
    ET | 14 Comments``, ``By X and Y / Aug 01, 2025 08:45 p.m.``, whose "p.m." makes it
    end like a sentence), or a date opening a dateline (``July 15, 2025 — …``). A short
    line of a hard-wrapped paragraph (``next_line`` goes on with its sentence) is read
    like the long line it was cut from."""
    if is_date_line(_segment_at(line, found.start)) or _opens_with_its_time(line, found):
        return True
    after = CLOCK_TIME.sub("", line[found.start + len(found.text):], count=1).lstrip()
    if found.start <= 40 and WIRE_CREDIT.match(after):
        return True
    if len(line.strip()) <= STAMP_LINE_MAX and not _runs_on(line, found, next_line):
        return not _is_sentence(line)
    return found.start <= 40 and after[:1] in ("-", "–", "—", "(", "|")


def _opens_with_its_time(line: str, found: Candidate) -> bool:
    """True for a line opened by a date and its clock time, whatever follows ("Mar. 11,
    2026 10:22 AM ETNVIDIA Corporation (NVDA) Stock …", a stamp bar's spans run together):
    a sentence never opens so."""
    if line[:found.start].strip():
        return False
    return CLOCK_TIME.match(line[found.start + len(found.text):].lstrip(" ,")) is not None


def _segment_at(line: str, offset: int) -> str:
    """The ``|``/``•``/``·``/`` / ``-separated part of ``line`` that holds character ``offset``."""
    start = 0
    for separator in SEGMENT_SEPARATOR.finditer(line):
        if separator.start() > offset:
            return line[start:separator.start()]
        start = separator.end()
    return line[start:]


def _is_sentence(line: str) -> bool:
    """A full stop after many words marks prose ("On July 15, 2025, Nvidia said …."),
    which a byline or date stamp never is; so does a question mark after a few ("What
    changed on 17 October 2023?"): a stamp asks nothing."""
    text = line.strip()
    words = len(text.split())
    if text.endswith("?"):
        return words >= QUESTION_MIN_WORDS
    return text.endswith((".", "!")) and words >= SENTENCE_MIN_WORDS


def _runs_on(line: str, found: Candidate, next_line: str) -> bool:
    """True for a line cut from a hard-wrapped paragraph (a PDF or print paste) inside a
    sentence: many words besides its stamp parts, a clause before the date (words in lower
    case), no stop at its end, and the line under it going on in lower case ("When BIS
    updated its rules on 17 October 2023, the test swept in the A800" / "and H800, …"). A
    date opening the paragraph ("On December 15, 2025, the Bureau …", "BEIJING, Aug. 26,
    2025 —") dates a press release's news and stays a stamp."""
    text = line.strip()
    clause = [word for word in _without_stamp_parts(line[:found.start]).split() if word[:1].islower()]
    return (not text.endswith((".", "!", "?")) and next_line.lstrip()[:1].islower()
            and len(clause) >= CLAUSE_MIN_WORDS
            and len(_without_stamp_parts(text).split()) >= SENTENCE_MIN_WORDS)


def _without_stamp_parts(text: str) -> str:
    """``text`` without its dates, times and stamp words: what is left of a stamp line
    is its separators, of a sentence its words."""
    for part in STAMP_CORE:
        text = part.sub(" ", text)
    return STAMP_WORDS.sub(" ", text)


def _from_url(lines, url, day_first) -> Field | None:
    """The date in the page address; none in a filing archive's, whose document names
    carry the reported period's last day or the reported event's, not the filing's."""
    if not url or REPORT_PERIOD_ADDRESS.search(url):
        return None
    match = URL_YEAR_MONTH_DAY.search(url) or URL_SLUG_END_DATE.search(url) or URL_COMPACT_DATE.search(url)
    if match:
        found = _calendar(match, int(match["month"]), int(match["day"]), "URL path")
    else:
        match = URL_DAY_MONTH_YEAR.search(url)
        found = match and _numeric(match, day_first, form="URL path")
    if not found or not is_plausible(found.value):
        return None
    confidence = 0.55 if found.order else 0.7
    return Field(found.value, confidence, f"URL path '{found.text.strip('/')}' ({found.form})",
                 _order_details(found))


def _from_address_on_page(lines, url, day_first, source: str | None = None) -> Field | None:
    """Without an address given with the page, the page's own address printed on it: a
    copy-link field or a printout's footer whose slug repeats the headline. Addresses of
    other stories (related links) have other slugs and are never read, unless opening the
    paste (the address bar copied over the page, whatever its slug); nor is an address
    on another outlet's site than the page's publisher (``source``): a link post on a
    forum repeats the headline of the story it links to, whose date is not the post's."""
    if url:
        return None
    head_words = None
    for number, line in enumerate(lines, start=1):
        match = ADDRESS_LINE.fullmatch(line) if "/" in line and "." in line else None
        if not match or not _may_be_publishers(match["url"], source) or _is_shared_link(line, match["url"], source):
            continue
        head_words = head_words or {word for _, text in _head(lines) for word in WORD.findall(text.lower())}
        own = number == _first_line_number(lines) or _is_own_slug(match["url"], head_words)
        found = _from_url(lines, match["url"], day_first) if own else None
        if found:
            return Field(found.value, found.confidence, f"line {number}: the page's own {found.evidence}", found.details)
    return None


def _first_line_number(lines: list[str]) -> int | None:
    """The number of the first non-blank line, where a paste opens with the page's own address
    (the address bar copied above the page, "finance.sina.com.cn/tech/2025-09-01/doc-h20.shtml")."""
    return next((number for number, _ in _non_blank(lines)), None)


def _may_be_publishers(address: str, source: str | None) -> bool:
    """False when the page's publisher is known and ``address`` is on the site of another
    known outlet (``vocab/outlets.yaml``); an unknown site's domain may spell its
    publisher's name any way ("the-chip-ledger.com"), so it is never ruled out."""
    if not source:
        return True
    outlet, host = _site_of(address)
    if outlet is None or outlet == host:
        return True
    return _publisher_letters(source) == _letters(outlet)


def _is_shared_link(line: str, address: str, source: str | None) -> bool:
    """True for an address under a label putting another page on this one ("Link: …", "Via
    …"), unless it is on the site of the page's known publisher (a copy-link field)."""
    if not SHARED_LINK_LABEL.match(line):
        return False
    if not source:
        return True
    outlet, host = _site_of(address)
    publisher = _publisher_letters(source)
    return publisher != _letters(outlet or "") and publisher not in _letters(host or "")


def _site_of(address: str) -> tuple[str | None, str | None]:
    """The known outlet (``vocab/outlets.yaml``) and the domain of an address printed with or
    without its scheme."""
    address = address if "://" in address else f"https://{address}"
    return outlet_for_url(address), domain_of(address)


def _publisher_letters(source: str) -> str:
    return _letters(outlets.known_name(source) or source)


def _letters(name: str) -> str:
    return "".join(WORD.findall(name.lower()))


def _is_own_slug(address: str, head_words: set[str]) -> bool:
    """True when the last part of ``address`` is a slug made of the headline's words."""
    slug = WORD.findall(FILE_EXTENSION.sub("", address.rstrip("/").rsplit("/", 1)[-1].lower()))
    shared = sum(word in head_words for word in slug)
    return len(slug) >= SLUG_MIN_WORDS and shared >= SLUG_SHARE_IN_HEAD * len(slug)


def _from_dateline_and_url_year(lines, url, day_first) -> Field | None:
    """A yearless dateline is only usable when the page address gives the year."""
    year_match = URL_YEAR.search(url or "")
    if not year_match:
        return None
    for number, line in _head(lines):
        match = DATELINE.match(line[:200])
        if not match:
            continue
        month = MONTH_NUMBERS[match["month"].lower()]
        value = _safe_date(int(year_match["year"]), month, int(match["day"]))
        if value and is_plausible(value):
            text = line[match.start("month"):match.end("day")]
            return Field(value, 0.6, f"line {number} dateline '{text}' with year "
                         f"{year_match['year']} from URL path")
    return None


def _from_dateline_and_address_on_page(lines, url, day_first) -> Field | None:
    """A yearless dateline ("BEIJING, Nov 5 (Reuters) -") with an address printed on the
    page whose date has the dateline's month and day ("reuters.com/world/china/2025-11-05/"):
    the two agree on the day, and the address gives its year."""
    if url:
        return None
    dateline = next(((number, match) for number, line in _head(lines) if (match := DATELINE.match(line[:200]))), None)
    if dateline is None:
        return None
    number, match = dateline
    month, day = MONTH_NUMBERS[match["month"].lower()], int(match["day"])
    for line in lines:
        for address in PRINTED_ADDRESS.findall(line) if "/" in line else ():
            found = _from_url(lines, address, day_first)
            if found and (found.value.month, found.value.day) == (month, day) and not found.details:
                return Field(found.value, 0.6, f"line {number} dateline '{match.group().strip()}' with the date "
                             f"of the address '{address}' printed on the page")
    return None


def find_date(text: str, day_first: bool = False, forms=DATE_FORMS) -> Candidate | None:
    """The earliest plausible full date (day, month and year) written in ``text`` in one of
    ``forms``."""
    if not DIGIT.search(text):
        return None
    return _find_date(text, day_first, forms, date.today().year)


@functools.lru_cache(maxsize=4096)
def _find_date(text: str, day_first: bool, forms: tuple[re.Pattern, ...], this_year: int) -> Candidate | None:
    """``find_date`` of a text holding a digit. Cached (a ``Candidate`` is frozen): the
    date, title, source and layout readers ask it of the same lines, a third of its calls
    on the bench corpus repeating an earlier one. ``this_year`` keys the cache because
    what is plausible (``is_plausible``, a recent two-digit year) depends on it."""
    clued, clues = _with_clues(forms)
    held = {key for key, clue in clues if clue.search(text)}
    found = []
    for pattern, needed in clued:
        if not needed <= held:
            continue
        for match in pattern.finditer(text):
            candidate = _read(pattern, match, day_first)
            if candidate and _is_plausible_reading(candidate, match):
                found.append(candidate)
                break
    return min(found, key=lambda c: c.start, default=None)


@functools.lru_cache(maxsize=16)
def _with_clues(
    forms: tuple[re.Pattern, ...],
) -> tuple[tuple[tuple[re.Pattern, frozenset[int]], ...], tuple[tuple[int, re.Pattern], ...]]:
    """((pattern, its ``FORM_CLUES``) of each of ``forms``, and (key, clue) of each clue they
    need, once), looked up once: a lookup hashes the pattern's whole program (``DateForms``).
    A clue is keyed by its identity, for the same reason: hashing ``MONTH_NAME`` costs more
    than searching for it."""
    clues = {id(clue): clue for pattern in forms for clue in FORM_CLUES[pattern]}
    return tuple((pattern, frozenset(map(id, FORM_CLUES[pattern]))) for pattern in forms), tuple(clues.items())


def _is_plausible_reading(candidate: Candidate, match: re.Match) -> bool:
    """A plausible date; one with a two-digit year also a recent one ("25/12/04" is no
    date of 2004 but a year-first stamp we do not read, "15:03 August 11, 2025" no 2011)."""
    if len(match["year"]) == 2 and candidate.value.year < date.today().year - SHORT_YEAR_MAX_AGE:
        return False
    return is_plausible(candidate.value)


def _read(pattern, match, day_first) -> Candidate | None:
    if pattern in (NUMERIC_DATE, SHORT_NUMERIC_DATE):
        return _numeric(match, day_first, form="numeric")
    if pattern in (ISO_DATE, CJK_DATE, SHORT_YEAR_FIRST_STAMP):
        form = {ISO_DATE: "ISO", CJK_DATE: "CJK"}.get(pattern, "year first")
        return _calendar(match, int(match["month"]), int(match["day"]), form)
    return _calendar(match, MONTH_NUMBERS[match["month"].lower()], int(match["day"]), "text")


def _numeric(match, day_first: bool, form: str) -> Candidate | None:
    """Read ``first/second/year``; the order is only a choice when both could be months.
    A dotted date (``04.12.2025``) is read like a slashed one: the dot shows no order (US
    trade sites print "12.03.2024" for 3 December); the page's own dates or address do
    (``extract_date``)."""
    first, second = int(match["first"]), int(match["second"])
    ambiguous = first <= 12 and second <= 12 and first != second
    reads_day_first = first > 12 or (ambiguous and day_first)
    day, month = (first, second) if reads_day_first else (second, first)
    order = "day-first" if reads_day_first else "month-first"
    candidate = _calendar(match, month, day, f"{form}, {order}")
    if candidate and ambiguous:
        return Candidate(candidate.value, candidate.text, candidate.form, candidate.start, order)
    return candidate


def _calendar(match, month: int, day: int, form: str) -> Candidate | None:
    year = int(match["year"])
    value = _safe_date(year + 2000 if year < 100 else year, month, day)
    if value is None:
        return None
    return Candidate(value, match.group(0), form, match.start())


def _safe_date(year: int, month: int, day: int) -> date | None:
    """The date, or ``None`` for a day that is not on the calendar (31/02)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _field(found: Candidate, number: int, where: str, confidence: float) -> Field:
    if found.order:
        confidence = min(confidence, 0.6)
    evidence = f"line {number} '{found.text}' ({found.form}; {where})"
    return Field(found.value, confidence, evidence, _order_details(found))


def _order_details(found: Candidate) -> dict | None:
    return {"order": found.order} if found.order else None
