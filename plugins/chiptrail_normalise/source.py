"""Who published this copy (``source``), which outlets it only cites, and who wrote it.

A fallback chain, strongest evidence first: raw header ``Source:`` > outlet of the page
address, or of a site's domain alone on a line over the story ("www.semiwire.net", as a
reader view prints it) (a known outlet's name; for an unknown domain the same name spelt
out in the text, "Gadget Wire India" for gadgetwireindia.in, else the domain) > a
``Source: Name`` line above the story, or under it naming a known outlet ("Source: Al
Jazeera and news agencies" is Al Jazeera) > a "Republished by Name" footer > the site's
own dateline such as ``(GlobalTimesAI.com) —`` > a site name split off the page title > a
byline crediting an outlet ("By Euronews with AP") > a known outlet's or platform's own
page furniture or domain ("This article is more than 11 months old", "theguardian.com",
the "chinadaily.com.cn" of a byline stamp, the page address pasted under the headline,
"r/stocks" over a post's flair "Company News") > a masthead above the article (``Asia
Business Daily``) > a ``© 2025 Name LLC`` footer > a lone short site-name line or site
stamp above the article (seed 003 ``digifusion``, ``TechNode Daily | Aug 22, 2025``; it
comes before the footer when the holder is named nowhere else on the page: "© Printline
Media Pvt. Ltd." is the company owning the "ThePrint" of the logo) > the site describing
itself ("China Compute Digest publishes...") > a wire agency given as ``Source:``, in the
byline, in the copyright or in the dateline such as ``WASHINGTON, July 15 (Reuters) -`` >
null.

A wire agency names the publisher only when nothing else does: small sites republish
wire copy, and then the agency is cited, not the source; the republisher names itself in
its masthead and its own copyright, set under the agency's ("Copyright 2025 The
Associated Press." / "© 2025 The Columbian Publishing Co."). Every known outlet named in
the text other than the source goes to ``cites``.

A social-media or forum post (``social_posts``) has no publisher in its text: the
person or channel posting is an account on a platform, so its source is the platform the
address names (``platforms`` in the outlet vocabulary: x.com and twitter.com are X), else
the platform whose furniture the page carries ("r/hardware", "Jane Doe’s Post") or whose
logo is the page's first line ("Bluesky", "微博" for Weibo), else null;
but a post on a known outlet's own account, or a video on its own channel ("CNBC
Television" on YouTube), is the outlet's.

An outlet's name is something that looks like one: a name in the vocabulary (also with
the word of its paywall product: "Moneycontrol PRO" is Moneycontrol), a domain, a
masthead-shaped name ("Asia Business Daily"), the page's first name line (its logo's
text, also an institution's in capitals: "BUREAU OF INDUSTRY AND SECURITY"), or a name
the page states as its own in a dateline, byline, copyright or "Source:" line. A short
line that is none of these is taken only when it is set as a brand ("MarketScreener",
"digifusion"): words of a button, a section, an edition, a breadcrumb step or a
subheading ("Share full article", "Sci-Tech", "Global Edition", "Newsroom", "Beijing
Pushes Back") never name a publisher. Nor does a person: the writer's name stamped
beside the date under the headline ("Ashley Belanger – Aug 12, 2025") is the byline.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
import string
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable

from . import boilerplate, dates, outlets, vocab
from .fields import Field
from .header import domain_of, outlet_for_url
from .line_patterns import LiteralGate
from .line_shapes import PAGE_TOP_LINES, is_ui_control, looks_like_site_name, site_stamp_name
from .social_posts import is_post_page, page_post_start, platform_of
from .text import byline_name, ends_sentence, first_sentence, is_url_line, top_lines, word_count

DATELINE = re.compile(
    r"^\s*(?:[A-Z][A-Za-z .'/-]{1,40}(?:,\s*[A-Za-z0-9 .]{1,30}){0,3}\s*)?"
    r"(?:\((?P<outlet>[^()\n]{2,60})\)\s*[—–-]{1,2}\s"
    r"|-{0,2}\((?P<tagged>[A-Z][A-Z .]{2,30})\)-{2}"  # a distributor's tag: "SAN JOSE, Calif.--(BUSINESS WIRE)--Nvidia"
    r"|/(?P<slashed>[A-Z][\w-]{2,30})/\s*[—–-]{1,2}\s)"  # "AUSTIN, Texas, June 10, 2025 /PRNewswire/ --"
)
LABELLED_SOURCE = re.compile(
    r"(?:source|publisher|published by)\s*:\s*(?P<name>[^:]{2,60}?)"
    r"(?:\s*(?:,|and|with|&|/)\s*(?:news |wire )?(?:agencies|wires|wire services|agency reports))?\.?",
    re.IGNORECASE,
)
METADATA_LABEL = re.compile(r"(?:^|\s)[A-Z][a-z]+(?: [a-z]+)?\s?:\s")
METADATA_SOURCE = re.compile(
    r"\b(?:source|from|publisher)\s?:\s*(?P<name>[^:|]{2,40}?)(?=\s+(?-i:[A-Z][a-z]+(?: [a-z]+)?)\s?:|\s*[|·•]|\s*$)",
    re.IGNORECASE,
)
SENDER = re.compile(r"(?P<label>From:\s*)?(?P<name>[^<>@\n]{2,80}?)\s*<[\w.+-]+@(?P<domain>[\w.-]+)>", re.IGNORECASE)
REPUBLISHED_BY = re.compile(r".{0,80}\b(?:re)?published by (?P<name>[A-Z][\w&.'’ -]{1,50}?)\.?", re.IGNORECASE)
REPUBLISHED_BY_WORDS = "hed by "
"""What the lowercased text of every ``REPUBLISHED_BY`` match holds: the end of its words,
whose letters ``re`` matches case-insensitively to their capitals alone ("published"
holds an "i" and an "s", which it also matches to "ı" and "ſ"). A footer line without
them is not matched whole, which tries every cut of its first 80 characters."""
COPIED_VIA = re.compile(r"(?:(?i:by)\s+)?(?P<copy>.{1,60}?)\s+via\s+(?P<name>[\w&.'’ -]{2,50}?)\.?")
"""A copy's credit of where it was carried: the story's wire before "via" and the site that
carries it after ("Reuters via theprint.in", "By Reuters Staff via marketscreener.com",
"transcript excerpt via earningscall-notes.com")."""
REPUBLISHED_ON = re.compile(
    r"(?:.{0,60}\s)?(?i:republished)\s+(?:(?i:from)\s+.{1,40}?\s+)?on\s+(?P<name>[\w&.'’ -]{2,50}?)(?:\s+(?i:with permission))?\.?"
)
"""A site stating that it republishes the copy ("Republished on ChinaBizToday.net with
permission", "republished from Business Wire on techstocksnow.com")."""
BYLINE_START = re.compile(r"(?i:by)\s+[A-Z]")
BYLINE_PARTS = re.compile(r"\s+[|·•—–]\s+")
LETTER_FOOT_LINES = 3  # the issue's last lines: its subscribe and share buttons, its mailing note
LETTER_BUTTONS = {"subscribe", "share", "subscribe now", "share this post", "leave a comment"}
LETTER_NAME_DECORATION = re.compile(r"\s+(?:by\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}|[—–|·-]\s+.{1,30}|\((?:an?\s+)?[^()]{1,20}\))$")
STAMP_MAX_WORDS = 12  # a stamp or a masthead's line, not a sentence
BYLINE_ROLE_WORDS = {"editor", "writer", "analyst", "contributor", "columnist", "producer", "director", "fellow", "reporter", "correspondent"}
SITE_DATELINE = re.compile(r"\s*(?P<site>[A-Za-z][\w-]*(?:\.[\w-]+)*\.[a-z]{2,})\s?(?:--|—|–)(?:\s+|$)")
CJK_SOURCE_LABEL = re.compile(r"(?:文章)?来源[:：]\s*(?P<name>[^\s\u3000()（）|·,，:：]{2,24})")
CJK_SOURCE_MARK = "来源"  # what every ``CJK_SOURCE_LABEL`` holds: most lines lack it, and are not searched
COPYRIGHT = re.compile(
    r"(?:copyright\s*)?(?:©|\(c\)|copyright)(?:\s*(?:©|copyright))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s*)?(?:copyright\s+)?(?P<name>[A-Z][^.|©·•∙]{1,60}?)"
    r"(?:,?\s+(?:Publishers\s+)?(?:LLC|Inc|Ltd|Limited|Corp|Corporation|plc|GmbH|L\.P|LP|Pte\.? Ltd|\(?Pty\)?\.? Ltd|Co\.,? Ltd))?(?:,?\s+\d{4}(?:\s*[-–]\s*\d{4})?)?"
    r"(?:,?\s+(?:and/or|or|and)\s+its\s+(?:affiliated\s+companies|affiliates|subsidiaries))?\.?"
    r"\s*(?:[-–—]\s*)?(?:all rights reserved\.?)?(?:\s*(?:a|an) (?:division|unit|subsidiary|part) of .{1,60})?"
    r"(?:\s*[·•∙|]\s*[^·•∙|]{1,30}){0,5}",  # footer links: "© 2025 SiliconSignal · Privacy · Unsubscribe"
    re.IGNORECASE,
)
AUTHOR_BIO = re.compile(
    r"[A-Z][\w'’-]+(?: [A-Z][\w.'’-]+){0,3} (?:covers|writes about|reports on|is an? [\w ]{1,40}?)\b.{0,120}?"
    r" (?:for|at) (?P<name>(?:The )?[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,4})(?:\.?|[,;] .*| (?=[a-z(]).*)"
)
"""A writer's bio: "Ellen Park covers technology policy for The Washington Post.", "Ashley
is a senior policy reporter at Ars Technica, dedicated to tracking ..." """
BIO_VERB = (
    r"(?:is an? (?!(?:[\w-]+ ){0,2}(?:production|podcast|show|newsletter|publication|magazine|programme|program|series|website|site|blog)\b)"
    r"|covers |writes |reports )"
)
"""What a writer's bio says of them ("Mara is a reporter", "... covers chips"); a show or
a publication presenting itself ("Silicon Statecraft is an independent production") is
no writer."""
CAPITALISED_RUN = re.compile(r"(?:[A-Z][\w'’-]*\s?){1,5}")
SELF_DESCRIPTION = re.compile(
    r"(?:^|[:.]\s|follow\s)(?P<name>[A-Z][\w&'’.-]*(?:\s[A-Z&][\w&'’.-]*){1,4})"
    r"(?=\s(?:re)?publishes\b|\sis an?\s(?:\w+\s)?(?:newsletter|publication|site|blog|digest)\b"
    r"|\sis (?:an? (?:division|unit|subsidiary|brand|property) of|(?:a )?part of|owned by)\s|$)"
    r"|\b[Ww]elcome (?:back )?to (?P<welcomed>[A-Z][\w&'’.-]*(?:\s[A-Z&][\w&'’-]*){0,4})(?=[.,!])"
    r"|\b(?:[Ss]ign up (?:for|to)|[Ss]ubscribe to|[Mm]ore from) (?:the |our )?"
    r"(?P<promoted>[A-Z][\w&'’.-]*(?:\s[A-Z&][\w&'’.-]*){0,4})"
)
SHOW_SELF_DESCRIPTION = re.compile(
    r"(?P<name>(?:The\s)?[A-Z][\w&'’.-]*(?:\s[A-Z&][\w&'’.-]*){0,4})\sis\san?\s"
    r"(?:(?:independent|weekly|daily|monthly|new|free|twice-weekly)\s)?(?:podcast|newsletter|show)\b"
)
"""A podcast or newsletter naming itself at the start of a line: "The Silicon Curtain is an
independent podcast on technology and geopolitics." """
SHOW_TITLE_WORD = r"[A-Z][\w'’-]*(?:\.[A-Za-z]+)*"  # "Semi.Watch", not the full stop after "Asia"
SHOW_TITLE = rf"(?:The\s)?{SHOW_TITLE_WORD}(?:\s(?:(?:of|in|on|and|the|for|&)\s)?{SHOW_TITLE_WORD}){{0,5}}"
SHOW_READERS_LINE = LiteralGate(re.compile(
    rf"(?i:you['’]re|you are) (?i:now )?(?i:reading) (?P<read>{SHOW_TITLE})"
    rf"|(?i:you(?:['’]re| are)? receiv\w* this (?:e-?mail |newsletter |issue )?because you (?:subscribed|signed up) (?:to|for) )"
    rf"(?P<subscribed>{SHOW_TITLE})"
    rf"|(?i:you(?:['’]re| are) receiv\w*) (?P<receiving>(?!(?i:this|these|it)\b){SHOW_TITLE}) (?i:because)\b"
    rf"|(?i:because you(?:['’]re| are) an? (?:paid |free )?subscriber (?:to|of)) (?P<paid>{SHOW_TITLE})"
    rf"|^\W*(?P<supported>{SHOW_TITLE}) is (?i:an? )?(?i:reader-supported)\b"
    rf"|^(?i:thanks for reading) (?P<thanked>{SHOW_TITLE})"
    rf"|^(?P<made>{SHOW_TITLE}) is written by\b"
    rf"|^(?P<styled>{SHOW_TITLE})\s[—–-]\s(?i:an?|the)\s(?:[\w-]+\s){{0,3}}?(?i:podcast|newsletter|show)\b"
    r"(?=\s*[.!]?\s*$|\s(?i:about|on|for|from|covering|that)\b)"
))
"""A newsletter or podcast naming itself to its readers in its own furniture: "You're
reading The Great Firewall of Silicon.", "You are receiving this because you subscribed to
Chip Week in Asia.", "You're receiving Fab Notes because you subscribed", "... because
you're a paid subscriber to Tensor Times", "-- The Semi Letter is reader-supported",
"Thanks for reading Chip Brief!" (what a newsletter's foot says of itself, never of a
story's subject or of an outlet it promotes), "Beijing Bytes is written by M. Harrow.", "Fabs & Flops — a newsletter
about chips" (its masthead and strapline on one line; the strapline ends there or goes on
"about …", not "a podcast interview with …", which is a headline). Weaker than the page's other names:
an outlet's newsletter is the outlet's ("You signed up for Asia Tech Brief" under The
Business Times), and "Commentary is produced by CSIS" names a rubric, so not "produced"."""
SHOW_STRAPLINE = re.compile(
    r"(?:An?|The)\s(?:[\w-]+\s){0,3}?(?:podcast|newsletter|show)\b(?!\s(?:host|guest|episode|issue|subscriber))", re.IGNORECASE
)
"""A strapline under a show's or newsletter's name: "A newsletter about chips, power and
geopolitics", "An occasional newsletter on AI infrastructure"."""
FOOTER_IMPRINT = re.compile(r"(?:(?i:the)\s+|©\s*(?:\d{4}\s+)?)?(?P<name>[^|·•]+?)(?:\s*[|·•]\s*\S|\s+(?P<is>is)\s)")
"""A footer line opening with the site's name: its imprint ("Lowy Institute | 31 Bligh
Street, Sydney"), copyright ("© Gradient Bandwidth · Hosted on Transistor") or
self-description ("The House of Commons Library is a research and information service")."""
IMPRINT_MARKS = ("|", "·", "•", " is ")
"""What a ``FOOTER_IMPRINT`` match needs in a line whose whitespace is single spaces: one
of its separators, or "is" between spaces (``\\s`` and ``str.split`` know the same
whitespace). Checked first: the pattern tries both endings at every character of a line
that has neither."""
SUPPORT_PROMPT = re.compile(r"(?i:support)\s+(?P<name>.+?)\s*")
EPISODE_NUMBER = re.compile(r"(?:season \d{1,3}\s*[·•|,:-]?\s*)?(?:episode|ep\.?)\s?#?\d{1,4}\b", re.IGNORECASE)
"""An episode's number opening its line ("Ep. 141: Nvidia's China line goes to zero",
"Episode 52 · August 12, 2025 · 36 min"): the page is a podcast's episode."""
SHOW_NAME_KINDS = {None, "credits"}  # a show named as a desk reads as a credit ("The Export Desk")
SHOW_NAME_REACH = 3  # the show's name sits within three lines over the episode (its category and date between)
SHOW_PROMPT = re.compile(r"^(?:discover more from|more from|subscribe to)\s+", re.IGNORECASE)
SELF_DESCRIPTION_OPENER = re.compile(r"(?=[:.]\s|follow\s|[Ww]elcome |[Ss]ign up |[Ss]ubscribe to|[Mm]ore from)")
"""What a ``SELF_DESCRIPTION`` match opens with, unless it starts the line: the only
places worth trying it (``re`` would try its alternatives at every character)."""
SELF_DESCRIPTION_CLUES = ("publishes", "elcome ", "ign up ", "ubscribe to", "ore from")
SELF_DESCRIPTION_IS = re.compile(r"\sis ")
"""What a ``SELF_DESCRIPTION`` match ends on, unless its name runs to the line's end: the
words after the name ("publishes", "is ... newsletter", "is a division of", found by
``SELF_DESCRIPTION_IS``), or those of a welcome or a promotion ("Welcome to", "Sign up
for", "Subscribe to", "More from"). Few lines hold one."""
SELF_DESCRIPTION_NAME_INITIALS = frozenset(string.ascii_uppercase + "&")
SELF_DESCRIPTION_TAIL_WORDS = 6
"""The words a match running to the line's end spans at most: the five of its name, and the
one its opener ends ("Corp." of ". ", "follow")."""
LOWER_CASE_WORD = re.compile(r"(?<!\S)[a-z]\w{3,}")  # a button's words ("Open side navigation menu"); a name's joins are short ("for a")
MENU_WORD_KINDS = {"navigation", "page_furniture"}  # a menu's sections, and its "About Us", "Donate", "Search"
BYLINE_FOLLOWERS = {"date_line", "date_stamp", "stamp", "share_prompt", "reading_time", "relative_time", "engagement"}
STAFF_SUFFIX = re.compile(
    r"\s+(?:staff(?: writers?| reporters?)?|desk|newsroom|team|reporters?|correspondents?)$", re.IGNORECASE
)
UNNAMED_DESK = {"Our", "A", "An", "The", "Staff", "Special", "Senior", "Chief", "Foreign", "Political"}
"""First words of a staff credit that name no outlet ("Our Correspondent", "A Staff Reporter")."""
BYLINE_CREDIT = re.compile(
    r"(?i:(?:written |reported |words )?by)\s+(?P<credit>[A-Z][\w.'’&-]*(?:[\s,|/&-]+[\w.'’&-]+){0,10})"
)
PARTNER_CREDIT = re.compile(r",?\s+with\s+(?=\S)")
"""Where a byline turns to the partners it credits ("By Jake Chung / Staff writer, with
CNA", "By Euronews with AP"): an outlet named after it contributed to the story; the
publisher is named before it, if at all."""
CREDIT_SEPARATOR = re.compile(r"\s*(?:,|\||/|&|\s-\s|\b(?:with|and|for|via|from)\b)\s*")
STAMP_MAX_LENGTH = 160
FULL_STOP = re.compile(r"\.\s")
NOTICE_STOPS_MAX = 3
STAMP_PARTS = re.compile(r"\s*[|·•]\s*")
BARE_DOMAIN = re.compile(r"(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,}/?", re.IGNORECASE)
PERMALINK = re.compile(
    r"(?:permalink|perma-?link|short ?link|short url|share link|link to (?:this|the) (?:article|story|page)|(?:page|original|article|story) (?:url|address))"
    r"\s*:?\s+(?P<address>https?://\S+)",
    re.IGNORECASE,
)
"""The page's own address under a label ("Permalink https://p.dw.com/p/4wQz1"): it names
the outlet wherever the page prints it."""
SITE_ADDRESS = re.compile(r"(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,}/?")
ADDRESS_CLUE = re.compile(r"[a-z0-9-]\.[a-z]{2}")
"""What a casefolded text holding a ``SITE_ADDRESS`` cannot lack: a quick search that spares
splitting a line into parts when none can be an address ("U.S." and "3.5" hold none)."""
PRINTED_FROM = re.compile(
    r"(?i:printed|retrieved|downloaded)\s+from\s+(?P<site>(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,})(?:/\S*)?"
    r"(?:\s+(?i:on|at)\s+.{1,40})?",
    re.IGNORECASE,
)
"""A printout's footer naming the site its copy came from ("Printed from semiwire.net on 22/11/2025")."""
ADDRESS_BAR = re.compile(r"(?:www\.)?(?:[a-z0-9-]+\.)+[a-z]{2,}/[\w./%?=&#@~-]+")  # "/@handle" paths too
"""A site's address alone on a line, in lower case as addresses are printed ("www.semiwire.net")."""
LEGAL_NOTICE = LiteralGate(re.compile(
    r"\b(?:copyright\s+law|subscriber\s+agreement|terms\s+of\s+(?:use|service)|non-?commercial\s+use)\b", re.IGNORECASE
))
"""The words of a notice on the terms of reading the page, which no story paragraph uses."""
CJK = r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]"
BILINGUAL_LOGO = re.compile(
    rf"{CJK}[^A-Za-z]*?\s+(?P<latin>[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){{0,3}})|(?P<after>[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){{0,3}})\s+{CJK}[^A-Za-z]*"
)
"""A logo giving the site's name in Chinese, Japanese or Korean and in Latin script, either first."""
COPYRIGHT_MARK = re.compile(r"©|\(c\)|\bcopyright\b", re.IGNORECASE)
COPYRIGHT_OPENING = re.compile(r"©|\(c\)|copyright", re.IGNORECASE)
"""What every ``COPYRIGHT`` match opens with: a footer line that does not open so and holds
no "©" further on holds no notice ``_copyright_notice`` can read (its matches all start at
the line's start or at its last "©")."""
POSTED_BY = re.compile(
    r"(?:[—–-]+\s*)?posted(?:\s+[^|·•]{1,40}?)?\s+(?:by\s+(?P<name>\S+(?:\s+[\w.'’&-]+){0,5}?)(?:\s+on\s+[^|·•]{1,30})?"
    r"|(?:by\s+[^|·•]{1,30}?\s+)?(?:on|at)\s+(?P<site>[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}))\s*(?:[|·•].*)?",
    re.IGNORECASE,
)
"""A posting line: "Posted [when or where] by Name [on date]", or "Posted [when] on|at site.example"."""
POSTING_ADDRESS = re.compile(
    r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|ai|co|news|info|biz|tech|media|blog|site|app|dev|xyz"
    r"|cn|hk|tw|jp|kr|sg|my|in|uk|de|fr|eu|us|ca|au|nz|ae|ru|br|es|it|nl|ch|se|example)"
)
"""A bare web address posting the page ("chipbrief.io"): a site's name, never a person's —
its last part is a top-level domain, where a dotted handle ends on a name ("mike.chen")."""
FOOT_ADDRESS_LINES = 3  # a site signs its page on one of its last lines
FOOT_PARTS = re.compile(r"\s*(?:[|·•]|\s[—–-]{1,2}\s|^[—–-]{1,2}\s|©|\(c\))\s*", re.IGNORECASE)
FOOT_PART_MAX_WORDS = 6
FOOT_YEAR = re.compile(r"^(?:copyright\s*)?\d{4}(?:\s*[-–]\s*\d{4})?,?\s+", re.IGNORECASE)  # "© 2025 gpugossip.net"
FOOT_ADDRESS_FILLER = re.compile(r"(?:copyright\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\.?\s*(?:all rights reserved\.?)?", re.IGNORECASE)
SIGNED_AT_BOTH_ENDS = "copyright holder named by line"
STORY_CREDITS = ("dateline on line", "byline crediting the outlet")
HOME_ROW_GAP = re.compile(r"\s*[›>»|·•/]\s*|\s{2,}|(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])")
"""The gaps of a menu or breadcrumb row, also one space between Chinese entries."""
MENU_ENTRY_MAX_WORDS = 3
MASTHEAD_MAX_WORDS = 4
NAME_WORD = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þa-zß-öø-ÿ][a-zß-öø-ÿ'’]+)*"
"""A word of a person's name, Latin-1 letters too ("Sørensen", "Müller", "Jiménez"), also
a double-barrelled one whose second part is capitalised too ("Kobayashi-Reyes", "Mei-Lin")."""
PERSON_NAME = re.compile(rf"{NAME_WORD}(?: (?:[A-Z]\.?(?= )|{NAME_WORD}|de|van|von|bin|al)){{1,3}}")
"""A person's name, also with a middle initial, with or without its full stop ("Alvin R Cabral")."""
WRITER_IN_PLACE = re.compile(
    r"(?P<name>[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2})(?: in [A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2})?"
)
WRITER_SEPARATOR = re.compile(r",? and |, ")
COINED_WORD = re.compile(r"[A-Za-z0-9]*[a-z][A-Z][A-Za-z0-9]*|[a-z0-9]{4,}|[\w-]+(?:\.[a-z]{2,})+")
"""A word set as a brand: capitals inside it ("TechStockPulse"), all lower case
("digifusion"), or a domain ("Government.nl")."""
MENU_STEP = re.compile(r"\s*[›>»/|·•]\s*|\s{2,}")
MENU_ROW_GAP = re.compile(r"\s*[›>»|·•]\s*|\s{2,}")
MENU_ROW_MIN_ENTRIES = 3
OFFICIAL_DOMAIN = re.compile(r"\.(?:gov|mil|int)(?:\.[a-z]{2})?$|\.gov\.|\.go\.[a-z]{2}$|\.gc\.ca$|\.europa\.eu$")
TAB_TITLE_GAP = re.compile(r"\s[|–—-]\s")
TAB_TITLE_HEADLINE_MIN_WORDS = 6  # a headline, not a name the page repeats ("MIT News | Massachusetts Institute of Technology")
CJK_MENU_ENTRY = re.compile(rf"{CJK}{{1,5}}")  # "首页", "国际", "ニュース"
CJK_HOME_WORDS = ("首页", "首頁", "主页", "ホーム", "홈")
PICTURE_HOLDER = re.compile(r"/|\b(?:images|photos?|pictures|photography|shutterstock|alamy)\b", re.IGNORECASE)
"""A picture's credit ("© 2025 Getty Images", "© Alex Wong/Getty Images"): it owns a
photo, not the page."""
FOOTER_LINES = 12
SHOW_NAME_MAX_WORDS = 6
HOLDER_MAX_WORDS = 5
RUNNING_HEAD = re.compile(
    r"(?P<name>[^/|\s\d][^/|\d]{1,60}?)(?:\s*[/|]\s*|\s{3,})(?:[^/|]{0,40}?(?:[/|]|\s{3,})\s*)?"
    r"(?i:vol(?:\.|ume)\s*\d+,?\s*(?:no\.|number|issue)\s*\d+)\b.*"
)
RUNNING_HEAD_REACH = 3
COOKIE_HEADING = re.compile(r"(?i:(?:about )?cookies on)\s+(?:the\s+(?=.+\swebsite$))?(?P<name>.+?)(?:\s+website)?")
DOMAIN_LEFT_OFF_WORDS = 2
ACRONYM = re.compile(r"[A-Z][A-Z&.]{1,7}")
NAME_LINKS = {"of", "and", "the", "for", "on", "in"}
"""Small words a name's initials leave out ("Bureau of Industry and Security" is BIS)."""
NOT_AN_OUTLET = re.compile(r"files?|photo.*|image.*|updated?.*|video|\d.*|ap photo.*", re.IGNORECASE)
TOP_NON_BLANK_LINES = 20
MENU_OWNER_MAX_WORDS = 8
MENU_COLUMN_LINES = 5  # a menu set one entry a line: its first five lines ...
MENU_COLUMN_MIN_SECTIONS = 1  # ... and one known menu word or button ("Politics", "About Us", "Sign in", "Subscribe") ...
MENU_COLUMN_REACH = 8  # ... among its first eight: an institution's menu opens on its own words ("Topics", "Experts")
INSTITUTION_MAX_WORDS = 12
"""An official body's full name runs longer than a masthead's ("Ministry of Foreign Affairs
of the People's Republic of China", "United States Senate Committee on Banking, Housing,
and Urban Affairs")."""
STAMP_BYLINE = re.compile(r"(?i:by)\s+\S")  # "By Staff Writer" beside the date and the address
ADDRESS_CREDIT = re.compile(r"(?:source|published by|publisher)\s*:?\s+(?P<domain>(?:www\.)?(?:[a-z0-9-]+\.)+[a-z]{2,})/?\.?", re.IGNORECASE)
CRUMB_STEP = re.compile(r"\s*[›>»|]\s*|\s+/\s+")  # "semiwatch-forum.net › Forums", "site.com / trade / chips"
CRUMB_HOME_DOMAIN = re.compile(r"(?:www\.)?(?:[a-z0-9-]+\.)+[a-z]{2,}/?")
HANDLE = re.compile(r"(?<![\w.])@[A-Za-z0-9_][\w.-]{1,40}")  # "@semis_daily", "@mina.bsky.social"
HANDLE_LINE_MAX_WORDS = 12  # a poster's attribution line, not a sentence that mentions a platform
OPEN_URL_KEY = re.compile(r"\s*URL\s*:")  # a header key left open over the text (``header.parse_header``)
BARE_HANDLE_LINE = re.compile(r"@[\w.-]{2,60}")  # "@linwei_markets", "@chipdiplomacy.bsky.social" alone on a line
AUDIENCE = re.compile(r"[\d.,]+\s?[kmb]?\s+(?:subscribers|followers|members)", re.IGNORECASE)  # "2.1M subscribers"
POSTERS_HANDLE = re.compile(r"(?:[^@·•|]{1,40}\s)?(?P<handle>@\w{1,30})(?:\s*[·•|]\s*[^@]{1,40})?")
"""The poster's handle, alone or after its name and before the post's stamp ("Dylan @semis_dylan · Oct 15, 2025")."""
ONE_WORD = re.compile(r"[A-Za-z]+")  # "Post", "Conversation": a button's word as well as a heading
ACCOUNT_INVITATION = re.compile(r"(?i:follow|subscribe)\b|.{1,60}\bis on\b.{1,30}\bat\b")  # "Follow Dana (@danawhit) on X"


def extract_source(lines: list[str], **options: Any) -> Field:
    """The publisher of this copy, or null (``_publisher``, which takes the same keyword
    ``options``), as the vocabulary names it: a known outlet's own brand or edition that the
    page names it by is the outlet ("NDTV Profit" under "NDTV", ``outlets.outlet_opening``)."""
    found = _publisher(lines, **options)
    if options.get("given") or not found.value or outlets.known_name(found.value):
        return found
    outlet = outlets.outlet_opening(found.value, lines) or outlets.outlet_of_its_desk(found.value)
    return dataclasses.replace(found, value=outlet) if outlet else found


def _publisher(
    lines: list[str],
    *,
    given: str | None = None,
    url: str | None = None,
    site: str | None = None,
    skip: frozenset[int] = frozenset(),
    author: str | None = None,
) -> Field:
    """The publisher of this copy, or null. ``site`` is a name split off the page title;
    ``skip`` holds line indices already taken (title, subtitle). ``details["lines"]`` are
    the lines that only name the publisher, to keep out of the body. A writer's name is
    never the publisher (``_is_writer``: "© 2025 Lena Marsh" under a newsletter is its
    writer's); but an author credit that is the page's first line and no person's name
    ("Text by: RFI" under the logo "RFI") is the outlet crediting its own desk."""
    if given:
        return _found(given, 1.0, "raw header 'Source:'")
    if url and _open_url_key_over_a_platforms_page(lines, url):
        url = None  # the link a post shares, pasted over it
    if is_post_page(lines):
        return _post_source(url, lines)
    first = _first_index(lines)
    if author and first is not None and _same_name(lines[first].strip(), author) and not _may_be_a_person(author):
        author, skip = None, skip - {first}  # "RFI" over the menu, "Text by: RFI": the outlet credits itself
    candidates = [found for found in _text_candidates(lines, site, skip) if not _is_writer(found[0], author, lines)]
    furniture = None if url else _platform_furniture(lines)
    url = url or (None if furniture else find_site_address(lines))  # on a platform's page: a handle ("marcus.chipwatch")
    platform = platform_of(url) if url else (furniture[1] if furniture else None)
    channel = _outlets_channel(lines, skip) if platform else None
    if channel:
        used = [channel[0], *(furniture[0] if furniture else [])]
        return _found(channel[1], 0.85, f"the outlet's own channel on line {channel[0] + 1} on {platform}", used)
    hosted = find_show_on_a_podcast_host(lines, skip)
    if hosted:  # its own source wherever it is hosted (the platform ruling)
        return _found(hosted[1], 0.8, f"the show's name on line {hosted[0] + 1} under the podcast app's logo", [hosted[0]])
    if url and _outlet_of_address(url):
        return _from_address(url, candidates, lines)
    crumb = find_domain_heading_the_crumb(lines)
    if crumb:
        return _found(crumb[1], 0.8, f"the site's domain heading its breadcrumb on line {crumb[0] + 1}", [crumb[0]])
    show = find_show_over_an_episode(lines) if not candidates or _from_copyright(candidates[0]) else None
    if show:  # its own source wherever it is hosted (the platform ruling)
        return _found(show[1], 0.75, f"the podcast's name on line {show[0] + 1} over its episode", [])
    if furniture:
        return _found(platform, 0.7, f"page furniture of {platform} on line {furniture[0][0] + 1}, on no outlet's channel",
                      furniture[0])
    account = _platform_over_a_posters_block(lines, candidates)
    if account:
        return _found(account[1], 0.65, f"the poster's block on line {account[0] + 1}, on {account[1]}", [])
    if candidates:
        return _found(*candidates[0])
    posted = _platform_a_post_shows(lines)
    if posted and _where_a_posts_furniture_stands(lines, posted[0]):
        # a post not read as one: nothing but its platform's own furniture names a site
        return _found(posted[1], 0.6, f"a post's furniture of {posted[1]} on line {posted[0] + 1}, no publisher named", [])
    handle = _platform_of_the_posters_handle(lines)
    if handle:  # a post not read as one, its poster's block all it shows
        return _found(handle[1], 0.55, f"the poster's handle on line {handle[0] + 1}, in {handle[1]}'s shape, no publisher named", [])
    credited = find_credited_site_address(lines)
    if credited:  # where nothing else names the page: an address, masthead, footer or platform outranks it
        return _found(credited[1], 0.6, f"the site's address credited on line {credited[0] + 1}", [credited[0]])
    return Field(None, 0.5, "no publisher named (header, address, dateline or site line)", {"lines": []})


@dataclass(frozen=True)
class PageNames:
    """Where the page names a publisher: each finder's (index, name), or None; for the
    page furniture, (indices, outlet)."""

    labelled: tuple[int, str] | None
    republisher: tuple[int, str] | None
    dateline: tuple[int, str] | None
    credit: tuple[int, str] | None
    chrome: tuple[list[int], str] | None
    site_line: tuple[int, str] | None
    footer: tuple[int, str] | None
    bio: tuple[int, str] | None
    self_named: tuple[int, str] | None
    sender: tuple[int, str] | None
    both_ends: tuple[int, str] | None
    foot_named: tuple[int, str] | None = None
    home_logo: tuple[int, str] | None = None


def read_page_names(lines: list[str], skip: frozenset[int] = frozenset()) -> PageNames:
    """Every place where the page names a publisher (``skip``: lines already taken)."""
    return PageNames(
        labelled=find_labelled_source(lines),
        republisher=find_republisher(lines),
        dateline=find_dateline(lines),
        credit=find_byline_credit(lines),
        chrome=find_page_chrome(lines),
        site_line=find_site_name_line(lines, skip),
        footer=find_copyright(lines),
        bio=find_author_bio(lines),
        self_named=find_self_description(lines),
        sender=find_sender(lines),
        both_ends=find_name_at_both_ends(lines, skip),
        foot_named=find_first_line_named_in_the_foot(lines, skip),
        home_logo=find_name_before_home(lines, skip),
    )


def _text_candidates(lines: list[str], site: str | None, skip: frozenset[int]) -> list[tuple]:
    """(name, confidence, reason, lines) from the text, strongest first: what the page
    states about its publisher, then its masthead, footer and self-description, then the
    wire agencies it credits (``site`` is a name split off the page title). A site whose
    logo, the page's first line, its copyright repeats ("The China Post" over the menu,
    "© The China Post") names itself at both ends: a byline or dateline crediting another
    outlet ("By CNA", "(CNA) —") is where its story comes from."""
    names = read_page_names(lines, skip)
    if names.labelled and _credits_the_news_source(names.labelled[1], names.site_line, lines):
        names = dataclasses.replace(names, labelled=None)
    if site and (_sets_a_letterhead(names.site_line, lines) or _credits_a_wire_under_a_logo(site, names.site_line)):
        site = None
    stated, own = _stated_publishers(names, site, lines), _site_publishers(names, lines)
    if own and own[0][2].startswith(SIGNED_AT_BOTH_ENDS) and own[0][3] == [_first_index(lines)]:
        credits = [found for found in stated if found[2].startswith(STORY_CREDITS)]
        stated = [found for found in stated if found not in credits] + own[:1] + credits
    posted = find_outlet_posting(lines)
    poster = [(posted[1], 0.6, f"the outlet posting the page on line {posted[0] + 1}", [])] if posted else []
    letter = find_newsletters_masthead(lines)
    poster += [(letter[1], 0.6, f"the newsletter's name on line {letter[0] + 1}, its foot speaking to subscribers", [letter[0]])] if letter else []
    signing = find_publication_beside_the_byline(lines)
    poster += [(signing[1], 0.6, f"the publication beside the byline on line {signing[0] + 1}", [])] if signing else []
    foot = find_address_in_the_foot(lines)
    signed = [(foot[1], 0.6, f"the site's address signing its page on line {foot[0] + 1}", [])] if foot else []
    stamp = None if foot else find_address_in_the_stamp(lines)
    signed += [(stamp[1], 0.6, f"the site's address in the stamp on line {stamp[0] + 1}", [])] if stamp else []
    head = find_periodical_running_head(lines)
    signed += [(head[1], 0.6, f"the periodical's running head on line {head[0] + 1}", [])] if head else []
    sourced = find_source_in_a_cjk_stamp(lines)
    cjk = [(sourced[1], 0.55, f"the source named in the stamp on line {sourced[0] + 1}", [])] if sourced else []
    return [*stated, *own, *poster, *signed, *_wire_credits(names), *cjk]


def find_newsletters_masthead(lines: list[str]) -> tuple[int, str] | None:
    """(index, name) of a newsletter's or blog's name as the page's first line ("Sinocism"
    over the issue's headline, "Stratechery by Ben Thompson", "The Export Desk — weekly
    newsletter", "Southeast Asia Tech Notes (a Substack)") when the page's last lines speak
    to its subscribers ("Subscribe", "Share", "You're receiving this because you
    subscribed"): a publication heads its issues with its name and closes them on its
    readers. Its writer's name after "by", its kind after a dash or in brackets, are not
    part of it; a generic label ("Daily Brief") or a section's kicker is no name."""
    top = _top(lines)
    if not top or not any(_speaks_to_subscribers(text) for _, text in _tail(lines)[-LETTER_FOOT_LINES:]):
        return None
    index, text = top[0]
    name = LETTER_NAME_DECORATION.sub("", text).strip()
    if not (looks_like_site_name(name) and outlets.is_name_cased(name)) or outlets.is_generic_label(name) or _is_story_text(name):
        return None
    return index, outlets.known_name(name) or name


def _speaks_to_subscribers(text: str) -> bool:
    return text.strip().casefold() in LETTER_BUTTONS or (outlets.speaks_to_readers(text) and word_count(text) <= HANDLE_LINE_MAX_WORDS * 2)


def find_publication_beside_the_byline(lines: list[str]) -> tuple[int, str] | None:
    """(index, name) of the publication a byline over the story sets beside the writer,
    apart by a bar, a dot or a dash ("By Hana Lee | Korea Tech Daily", "By Reed Vance ·
    Gridline Tech", "By Staff Reporter | TaiwanTechWire | 2025/07/29", "by Hiro Tanabe · Oct
    1, 2025 · Chiplet Times"), or a byline signing the story under it, or a stamp naming
    a masthead beside the date, the writer or the issue's label without "By"
    (``_masthead_in_a_stamp``): the byline's stamp names the writer, the date and the site
    they write for. A part that is a date, a reading time, a place or a role ("Senior
    Reporter") names no publication."""
    top = list(itertools.takewhile(lambda line: not _is_story_text(line[1]), _top(lines)))
    for index, text in [*top, *_tail(lines)]:
        if BYLINE_START.match(text):
            named = [part for part in BYLINE_PARTS.split(text.strip())[1:] if _names_a_publication_beside_a_byline(part)]
        else:
            named = _masthead_in_a_stamp(text)
        if named:
            name = named[-1]
            return index, outlets.known_name(name) or (outlets.as_printed(name, lines) if name.isupper() and " " in name else name)
    return None


def _masthead_in_a_stamp(text: str) -> list[str]:
    """The publication-shaped parts of a short line over the story whose parts a bar, dot or
    dash sets apart, without "By": a stamp naming the masthead beside the date, the writer
    or the issue's label ("May 2, 2025 · Tech Markets Today", "Thandiwe Moyo | Business Day
    Wire", "Chip Policy Daily — Thursday digest", "Client Alert | Harrow & Vance LLP"). A
    wire's name there credits the story ("Reuters | Updated: ..."), and a label many
    publications print is no name ("Daily Brief · Nov 3, 2025": ``outlets.is_generic_label``)."""
    if word_count(text) > STAMP_MAX_WORDS:  # a paragraph, whose splitting would be wasted
        return []
    parts = BYLINE_PARTS.split(text.strip())
    if len(parts) < 2:
        return []
    return [part for part in parts if outlets.looks_like_masthead(part) and _names_a_publication_beside_a_byline(part)
            and not outlets.is_generic_label(part) and not _names_wire(part)]


def _names_a_publication_beside_a_byline(part: str) -> bool:
    words = part.split()
    return (
        1 <= len(words) <= MASTHEAD_MAX_WORDS + 1
        and outlets.is_name_cased(part)
        and not any(character.isdigit() for character in part)
        and dates.find_date(part) is None
        and not outlets.is_dateline_place(part)
        and not STAFF_SUFFIX.search(f" {part}")
        and words[-1].lower() not in BYLINE_ROLE_WORDS
    )


def find_source_in_a_cjk_stamp(lines: list[str]) -> tuple[int, str] | None:
    """(index, name) of the source a Chinese page's stamp or foot names ("2025年12月12日 10:26
    来源：华南科技报", "（文章来源：财联社）"), by its known outlet's name when the vocabulary
    has it ("来源：新华网" is Xinhua), without the channel after a dash ("人民网－财经频道"). On a
    portal it names where the story comes from, as a wire's dateline does, so it is the
    copy's source only when the page names no other publisher; "来源：综合报道" (compiled
    reports) names none (``cjk_unnamed_sources`` in the vocabulary)."""
    for index, text in [*_top(lines), *_tail(lines)]:
        match = CJK_SOURCE_LABEL.search(text) if CJK_SOURCE_MARK in text else None
        name = re.split(r"\s*[－—-]\s*", match.group("name"))[0] if match else None
        if name and name not in (vocab.load("outlets").get("cjk_unnamed_sources") or []):
            return index, outlets.known_name(name) or name
    return None


def _credits_a_wire_under_a_logo(site: str, site_line: tuple[int, str] | None) -> bool:
    """True when the name after the page title's dash is a wire agency and the page's
    name line names another outlet ("TASS" over "China bans foreign AI chips ... - Reuters"):
    the headline credits the agency whose report it retells."""
    if not (site_line and outlets.is_wire(outlets.known_name(site) or site)):
        return False
    return bool(outlets.known_name(site_line[1])) and not _same_name(outlets.known_name(site_line[1]), outlets.known_name(site) or site)


def _sets_a_letterhead(site_line: tuple[int, str] | None, lines: list[str]) -> bool:
    """True when the page's first line is its letterhead (an institution's name, a name over
    the menu): a name the title line carries after its separator ("반도체 수출통제 동향 |
    Semiconductor Export Control Bulletin") is then the series or rubric the page belongs
    to, under the publisher's own letterhead."""
    first = next((index for index, line in enumerate(lines) if line.strip()), None)
    return bool(site_line) and site_line[0] == first and _is_letterhead(site_line[1], site_line[0], lines)


def _credits_the_news_source(labelled: str, site_line: tuple[int, str] | None, lines: list[str]) -> bool:
    """True when a ``Source:`` line names another news outlet than the letterhead over the
    site's menu ("igor'sLAB" / "Reviews | News | Community | Shop" ... "Source: Financial
    Times"): a tech or trade site credits the outlet whose report it retells, as a
    bank's research note its data; the outlet is cited, not the publisher."""
    if not (site_line and outlets.known_name(labelled)) or _same_name(outlets.known_name(labelled), site_line[1]):
        return False
    return _is_over_a_menu(site_line[1], site_line[0], lines) or _heads_a_menu_column(site_line[1], site_line[0], lines)


def _stated_publishers(names: PageNames, site: str | None, lines: list[str]) -> list[tuple]:
    """The page's statements of its publisher other than a wire agency: a ``Source:``
    line, a "Republished by" footer, the site's own dateline, the site name after the
    page title, a byline crediting an outlet, a known outlet's page furniture."""
    candidates = []
    labelled, dateline, credit, chrome = names.labelled, names.dateline, names.credit, names.chrome
    if labelled and not outlets.is_wire(labelled[1]):
        candidates.append((labelled[1], 0.9, f"'Source:' line {labelled[0] + 1}", [labelled[0]]))
    if names.sender:
        candidates.append((names.sender[1], 0.8, f"sender of the e-mail on line {names.sender[0] + 1}", [names.sender[0]]))
    if names.republisher:
        carried = [names.republisher[0]] if _names_only_the_carrier(names.republisher[0], lines) else []
        candidates.append((names.republisher[1], 0.85, f"'Republished by' line {names.republisher[0] + 1}", carried))
    if dateline and not outlets.is_wire(dateline[1]):
        alone = [dateline[0]] if SITE_DATELINE.fullmatch(lines[dateline[0]].strip()) else []  # "Investing.com --" over the wrapped lead
        candidates.append((dateline[1], 0.8, f"dateline on line {dateline[0] + 1}", alone))
    if site:
        candidates.append((site, 0.7, "site name after the page title", []))
    if credit and not outlets.is_wire(credit[1]):
        candidates.append((credit[1], 0.75, f"byline crediting the outlet on line {credit[0] + 1}", [credit[0]]))
    if chrome and not outlets.is_wire(chrome[1]):
        candidates.append((chrome[1], 0.65, f"page furniture of {chrome[1]} on line {chrome[0][0] + 1}", chrome[0]))
    return candidates


def _site_publishers(names: PageNames, lines: list[str]) -> list[tuple]:
    """The site's name line, its copyright footer, an author's bio and the site
    describing itself; but a podcast or newsletter naming itself is its own source,
    whatever the host's logo and footer say.

    A copyright holder that a name line above the story repeats (the logo "The National"
    over the menu, "© 2025 The National" in the footer) is the site naming itself twice:
    it comes before a masthead-shaped line further down the menu ("Gulf News", a section),
    though not before a site name set above it (the logo "Focus Taiwan" over the tagline
    "CNA English News" of its owner, who holds the copyright).
    A short line that is neither a known outlet nor masthead-shaped ("Watch Live") is
    only a guess: a known outlet named by the footer or an author's bio comes first. But a
    copyright holder the page names nowhere else ("© 2025 Printline Media Pvt. Ltd." under
    the logo "ThePrint") is the company owning the publication, which the page's name
    line gives.
    """
    site_line, footer = names.site_line, names.footer
    show = find_show_self_description(lines)
    if show:  # its own source wherever it is hosted (the platform ruling)
        return [(show[1], 0.75, f"the podcast or newsletter naming itself on line {show[0] + 1}", [])]
    own_wire = _wires_own_page(names, lines)
    if own_wire:
        return [(own_wire, 0.75, f"the agency's or distributor's logo on line {site_line[0] + 1}, which its dateline repeats",
                 [site_line[0]])]
    site_found = []
    if site_line:
        site_found = [(site_line[1], 0.6, f"site-name line {site_line[0] + 1} above the article", [site_line[0]])]
    named_site = bool(site_line) and _is_publication_name(site_line[1]) and not _names_wire(site_line[1])
    own_footer = bool(footer) and not _names_wire(footer[1])
    owner = own_footer and bool(site_line) and _is_company_holder(footer, site_line, lines)
    logo = _holder_over_the_story(footer[1], lines) if own_footer and not _may_be_a_person(footer[1]) else None
    logo = None if logo and site_line and site_line[0] < logo[0] else logo
    candidates = []
    if logo:
        candidates.append((logo[1], 0.7, f"copyright holder named by line {logo[0] + 1} above the article", [logo[0]]))
    if names.both_ends and _letterhead_over(names.both_ends[0], site_line, lines):
        candidates += site_found  # "Westbrook Institute of Technology" over its "News Office", which the foot names
        site_found, named_site = [], False
    if names.both_ends:
        index, name = names.both_ends
        candidates.append((name, 0.7, f"name on line {index + 1} that the page's foot repeats", []))
    candidates += site_found if named_site else []
    if own_footer and not owner:
        candidates.append((footer[1], 0.6, f"copyright line {footer[0] + 1}", []))
    if names.foot_named and not names.both_ends:  # after the holder: "NVIDIA" over "© 2025 NVIDIA Corporation"
        index, name = names.foot_named
        candidates.append((name, 0.65, f"first line {index + 1} named again in the page's foot", [index]))
    if names.bio:
        candidates.append((names.bio[1], 0.6, f"author's bio on line {names.bio[0] + 1}", []))
    candidates += [] if named_site else site_found
    if owner:
        candidates.append((footer[1], 0.5, f"copyright line {footer[0] + 1} (the owning company)", []))
    if names.self_named:
        index, name = names.self_named
        candidates.append((name, 0.5, f"the site describing itself on line {index + 1}", []))
    if names.home_logo:
        index, name = names.home_logo
        candidates.append((name, 0.5, f"the name before the menu's 'Home' on line {index + 1}", []))
    named_to_readers = _show_named_to_readers(lines)
    if named_to_readers:
        index, name = named_to_readers
        candidates.append((name, 0.45, f"the newsletter or podcast naming itself to its readers on line {index + 1}", []))
    return candidates


def _wires_own_page(names: PageNames, lines: list[str]) -> str | None:
    """The wire agency or press-release distributor whose own page this is: its name opens
    the page's first line, the logo ("PR Newswire" over "Cision", "GlobeNewswire by
    notified"), and its dateline credits it ("/PRNewswire/ --"). Elsewhere a wire's name is
    a credit, its copyright the parent company's ("© 2025 Cision US Inc.")."""
    site_line, dateline = names.site_line, names.dateline
    if not (site_line and dateline and outlets.is_wire(dateline[1])):
        return None
    if any(not (boilerplate.is_boilerplate(text) or is_ui_control(text)) for index, text in _top(lines) if index < site_line[0]):
        return None  # only a skip link or the like above the logo
    logo = outlets.known_name(site_line[1]) or outlets.known_name(site_line[1].split(" by ")[0])
    return dateline[1] if logo == dateline[1] else None


def _letterhead_over(index: int, site_line: tuple[int, str] | None, lines: list[str]) -> bool:
    """True when the page's letterhead, its first line (an official body's name, a logo
    over the menu, a known outlet's name), stands over line ``index``: a name under it is one of its offices,
    services or sections ("News Office", "Newsflash"), which the foot may name too, and the
    letterhead's owner publishes the page, as a department's letter goes out under the
    ministry's letterhead."""
    if not site_line or site_line[0] != _first_index(lines) or site_line[0] >= index:
        return False
    return _is_letterhead(site_line[1], site_line[0], lines) or bool(outlets.known_name(site_line[1]))


def _holder_over_the_story(holder: str, lines: list[str]) -> tuple[int, str] | None:
    """(index, name) of a line above the story that names the copyright ``holder``: the
    same name, or the name with an acronym added on either side ("Hong Kong Free Press
    HKFP" over "© Hong Kong Free Press Limited", "International Trade Administration" over
    "© International Trade Administration, MOEA"); the name is then the words both share."""
    for index, text in _top(lines):
        if _is_story_text(text):
            return None
        shared = _shared_name(holder, text)
        if shared:  # a logo in capitals shouts the name the footer prints ("CASTELLANE BROOKS", "TIME" over "TIME USA, LLC")
            return index, _spelt_as(shared, holder) if shared.isupper() and not holder.isupper() else shared
        if _abbreviates(holder, text):
            return index, text
    return None


def _spelt_as(shared: str, holder: str) -> str:
    """The words of ``shared`` as the footer's ``holder`` spells them: "Time" for the logo
    "TIME" over "© 2025 Time USA" (the company's country or edition is no part of the
    name; a firm's "LLP" is: "Castellane Brooks LLP")."""
    words = holder.split()
    extra = words[len(shared.split()) :]
    return " ".join(words[: len(words) - len(extra)]).rstrip(",") if all(map(outlets.is_edition_word, extra)) else holder


def _abbreviates(short: str, name: str) -> bool:
    """True when ``short`` is the initials of ``name``: the footer's "© M&G Media Ltd"
    under the logo "Mail & Guardian", whose name the logo spells out."""
    if not ACRONYM.fullmatch(short) or word_count(name) < 2:
        return False
    initials = "".join(word[0] for word in re.findall(r"[A-Za-z][\w'’-]*", name) if word.lower() not in NAME_LINKS)
    return len(initials) > 1 and initials.upper() == re.sub(r"[^A-Za-z]", "", short).upper()


def _may_be_a_person(name: str) -> bool:
    """Shaped like a person's name ("Mara Quinn", the writer holding a newsletter's
    copyright): no publication's or institution's word in it, no article opening it
    ("The National")."""
    if not PERSON_NAME.fullmatch(name) or name.split()[0] == "The":
        return False
    return not (outlets.names_a_publication(name) or outlets.has_institution_word(name))


def _shared_name(first: str, second: str) -> str | None:
    """The shorter of two names when they are the same name, or one is the other with an
    acronym after it, else None."""
    shorter, longer = sorted((first.split(), second.split()), key=len)
    extra = longer[len(shorter) :]
    if _folded(longer[: len(shorter)]) != _folded(shorter):
        return None
    if extra and not (len(extra) == 1 and ACRONYM.fullmatch(extra[0])):
        return None
    return " ".join(shorter).rstrip(",")


def _folded(words: list[str]) -> list[str]:
    return [word.casefold().rstrip(",") for word in words]


def _wire_credits(names: PageNames) -> list[tuple]:
    """A wire agency given as ``Source:`` (``2025-12-09 | Source: Xinhua``), in the
    copyright, in the byline, in the dateline or in its own page furniture: what a
    republishing site credits, so it names the publisher only when nothing else does."""
    candidates = []
    labelled, footer, credit, dateline = names.labelled, names.footer, names.credit, names.dateline
    if labelled and outlets.is_wire(labelled[1]):
        candidates.append((labelled[1], 0.7, f"wire agency credited on line {labelled[0] + 1}", []))
    if footer and _names_wire(footer[1]):
        candidates.append((footer[1], 0.6, f"wire agency's copyright line {footer[0] + 1}", []))
    if credit and outlets.is_wire(credit[1]):
        candidates.append((credit[1], 0.7, f"wire agency in the byline on line {credit[0] + 1}", [credit[0]]))
    if dateline and outlets.is_wire(dateline[1]):
        candidates.append((dateline[1], 0.7, f"wire dateline on line {dateline[0] + 1}", []))
    if names.chrome and outlets.is_wire(names.chrome[1]):
        used, name = names.chrome
        candidates.append((name, 0.6, f"page furniture of {name} on line {used[0] + 1}", used))
    return candidates


def find_site_address(lines: list[str]) -> str | None:
    """The address of a line above the story that is only a site's domain: a reader view
    or a clipper prints the site's address over the headline ("www.semiwire.net"); it
    names the site as a page address would. Under a known site's or platform's own
    furniture ("r/hardware") the site is named already, and a domain is that of the link
    a post shares ("ft.com" under a Reddit post's title). Without one, the site a
    printout's footer says the copy came from ("Printed from semiwire.net on 22/11/2025")."""
    return _address_over_the_story(lines) or _printed_from(lines)


def find_outlet_posting(lines: list[str]) -> tuple[int, str] | None:
    """(index, name) of a "Posted by Name" line whose name is a publication's, not a
    person's, a handle's or a desk's ("Posted by Northgate Wire", "— Posted by The Byte
    Ledger", "Posted on March 9, 2026 by Chip Policy Monitor", "Posted in Markets by
    MarketPulse Kenya", "Posted 3 days ago by TechDigest Asia"): a blog or small site credits
    its posts to itself, as a writer's byline credits the writer ("Posted by Mara Quinn").
    A web address posting the page ("Posted by chipbrief.io on May 14", "Posted June 11 on
    news.example.com") is the site itself: an address is never a person's name."""
    for index, line in enumerate(lines):
        match = POSTED_BY.fullmatch(line.strip())
        name = (match.group("name") or match.group("site") or "").strip() if match else ""
        if POSTING_ADDRESS.fullmatch(name.casefold()) or (name and name[0].isupper() and _names_a_posting_outlet(name)):
            return index, name
    return None


def _names_a_posting_outlet(name: str) -> bool:
    """A publication's name (a masthead's words, a known outlet, a coined brand:
    "MarketPulse Kenya"), not a person's nor a desk's ("Wire Desk", "Hexus Staff")."""
    if STAFF_SUFFIX.search(name) or _may_be_a_person(name):
        return False
    coined = bool(COINED_WORD.fullmatch(name.split()[0])) and not name.split()[0].islower()
    return outlets.names_a_publication(name) or bool(outlets.known_name(name)) or coined


def find_periodical_running_head(lines: list[str]) -> tuple[int, str] | None:
    """(index, name) of a periodical's name opening its running head, set apart from the
    volume and issue numbers ("Federal Register / Vol. 90, No. 75 / Monday, April 21, 2025 /
    Notices", "MERIDIAN TECH REVIEW  |  WEEKLY BRIEF    Vol. 4 No. 37"): a journal, gazette
    or newsletter printed or saved as a PDF heads its pages so; only the periodical numbers
    its issues. A date may open the line instead ("Thursday, July 31, 2025 | Vol. 9, No.
    142"): a name holds no digit. A shouted name is given as the page spells it, else in
    title case."""
    for index, text in _top(lines)[:RUNNING_HEAD_REACH]:
        match = RUNNING_HEAD.match(text)
        name = match.group("name").strip() if match else ""
        if name and _is_title_shaped(name) and outlets.is_name_cased(name) and not STAMP_PARTS.search(name):
            return index, outlets.as_printed(name, lines) if name.isupper() else name
    return None


def find_address_in_the_foot(lines: list[str]) -> tuple[int, str] | None:
    """(index, name) of the site's own address signing the page on one of its last lines,
    alone or set with its furniture: a copyright mark, a strapline after a dash, footer
    links, the writer's byline ("(c) newsbeat.asia", "globaltechbeat.com © 2025",
    "siliconstrait.com — independent coverage of the chip war", "semiwire.asia · About ·
    Contact", "By Lin Xiaomei | techasiabrief.com"). The address names the site as a page
    address does: a known outlet by its name, else a name the same line spells it with
    ("© 2025 CN AI Digest — cn-ai-digest.com"), else the bare domain. A story's own links
    sit in sentences, and a credit names its outlet with a label ("Source: ft.com"), so
    neither is a part of its own here."""
    for index, text in _tail(lines)[-FOOT_ADDRESS_LINES:]:
        if signed := _address_signing(text):
            return index, signed[0]
    return None


def find_address_in_the_stamp(lines: list[str]) -> tuple[int, str] | None:
    """(index, name) of the site's own address set in the stamp or byline row over the
    story ("Aug 28, 2025 | By Staff Writer | marketpulse-daily.com", "Sept 30 2025 ·
    chipreport.tw"): the row that dates the page signs it as its foot would, read as
    ``find_address_in_the_foot`` reads it, when one of its other parts is a date or a
    byline (a row of links alone may be a story's shared ones)."""
    for index, text in _top(lines):
        signed = _address_signing(text)
        if signed and any(dates.is_date_line(part) or STAMP_BYLINE.match(part) for part in signed[1]):
            return index, signed[0]
    return None


def _address_signing(text: str) -> tuple[str, list[str]] | None:
    """(name, other parts) when ``text`` is a bare address alone or set with short parts
    of furniture (a copyright mark or year, a strapline after a dash, links, a byline, a
    date), not in a sentence: a known outlet by its name, else a name the same line spells
    the address with, else the bare domain."""
    if "." not in text or not ADDRESS_CLUE.search(text.casefold()):  # no address: most lines end here
        return None
    parts = [FOOT_YEAR.sub("", part) for part in FOOT_PARTS.split(text)]
    parts = [part for part in parts if part and not FOOT_ADDRESS_FILLER.fullmatch(part)]
    domains = [part for part in parts if SITE_ADDRESS.fullmatch(part.casefold()) and "/" not in part.rstrip("/")]
    others = [part for part in parts if part not in domains]
    if len(domains) != 1 or any(word_count(part) > FOOT_PART_MAX_WORDS or ends_sentence(part) for part in others):
        return None
    address = f"https://{domains[0].rstrip('/').casefold()}"
    outlet = _outlet_of_address(address)
    if outlet != domain_of(address):
        return outlet, others
    spelt = next((part for part in others if _spells_domain(part, outlet)), None)
    return spelt or outlet, others


def _printed_from(lines: list[str]) -> str | None:
    for line in lines[-FOOTER_LINES:]:
        match = PRINTED_FROM.fullmatch(line.strip())
        if match:
            site = match.group("site")
            return site if "//" in site else f"https://{site}"
    return None


def _address_over_the_story(lines: list[str]) -> str | None:
    for index, text in _top(lines):
        if _is_story_text(text) or outlets.chrome_owner(text):
            return None
        if SITE_ADDRESS.fullmatch(text):
            return text if "//" in text else f"https://{text}"
        if ADDRESS_BAR.fullmatch(text) and index == _first_index(lines):
            return f"https://{text}"  # the address bar's "gpuweek.io/news/...", pasted as the page's first line
    return None


def _first_index(lines: list[str]) -> int | None:
    return next((index for index, line in enumerate(lines) if line.strip()), None)


def _post_source(url: str | None, lines: list[str]) -> Field:
    """The source of a social-media or forum post: the platform its address names (a
    forum unknown to the vocabulary by its domain), else the platform whose furniture
    the page carries ("r/hardware", "Jane Doe’s Post"). Whoever posted it is an account
    on the platform, not a publisher, so without either the source is unknown; unless
    the account is a known outlet's own (``_outlets_account``)."""
    account = _outlets_account(lines)
    if account:
        return _found(account[1], 0.85, f"the outlet's own account on line {account[0] + 1}", [account[0]])
    platform = _outlet_of_address(url) if url else None
    if platform:
        return _found(platform, 0.9, f"platform of the post's address {url}")
    logo = _platform_furniture(lines) if _platform_logo(lines) else None
    if logo:  # the site names itself over the post: furniture may be shared ("转发 12  评论 48  赞 230")
        return _found(logo[1], 0.8, f"the platform's logo on line {logo[0][0] + 1}", logo[0])
    chrome = _furniture_over_the_post(lines)
    if chrome:
        return _found(chrome[1], 0.8, f"page furniture of {chrome[1]} on line {chrome[0][0] + 1}", chrome[0])
    logo = _one_letter_logo_over_the_poster(lines)
    if logo:
        return _found(logo[1], 0.8, f"the platform's logo on line {logo[0] + 1}", [logo[0]])
    furniture = _platform_a_post_shows(lines)
    if furniture:
        return _found(furniture[1], 0.75, f"the post page's furniture of {furniture[1]} on line {furniture[0] + 1}", [])
    handle = _platform_of_the_posters_handle(lines)
    if handle:
        return _found(handle[1], 0.7, f"the poster's handle on line {handle[0] + 1}, in {handle[1]}'s shape", [])
    return Field(None, 0.5, "a post: its poster is no publisher, and nothing names the platform", {"lines": []})


def _platform_over_a_posters_block(lines: list[str], candidates: list[tuple]) -> tuple[int, str] | None:
    """(index, platform) of a page opening on a poster's block, the account's name over its
    handle alone ("Mei Lin Foster" / "@chipdiplomacy.bsky.social"), whose platform its
    furniture or the handle's shape shows: the name over the handle is an account, not a
    masthead, so the first candidate naming it gives way, unless it is a known outlet's
    own account (the platform ruling)."""
    top = [(index, text) for index, text in _top(lines) if not _is_one_word_furniture(text)][:2]
    if len(top) < 2 or not BARE_HANDLE_LINE.fullmatch(top[1][1]):
        return None
    if candidates and _outlet_or_its_desk(candidates[0][0]):
        return None
    posted = _platform_a_post_shows(lines)
    if posted and _where_a_posts_furniture_stands(lines, posted[0]):
        return posted
    return _platform_of_the_posters_handle(lines)


def _platform_of_the_posters_handle(lines: list[str]) -> tuple[int, str] | None:
    """(index, platform) of the poster's handle over the post's text, alone on its line under
    the poster's name ("Lin Wei" / "@linwei_markets") or beside it in the post's header
    ("Dylan @semis_dylan · Oct 15, 2025"), when its shape is a platform's
    (``outlets.platform_of_handle``): a post whose furniture is only its poster's block still
    shows whose page it is by the form of the handle. A handle in the text is someone the
    post names, not its poster, and one in a byline ("By Dana Whit @dwhit") a reporter's."""
    for index, text in _top(lines):
        if _is_prose(text):
            return None
        handle = POSTERS_HANDLE.fullmatch(text)
        if handle and not STAMP_BYLINE.match(text) and (platform := outlets.platform_of_handle(handle.group("handle"))):
            return index, platform
    return None


def _open_url_key_over_a_platforms_page(lines: list[str], url: str) -> bool:
    """True when ``url`` is a "URL:" key the page's first line still holds (no blank line
    closed it) and the lines under it show a platform's chrome or a post's furniture
    (Reddit's "Posted by chipwatcher_88 in r/hardware"): the key may as well be the link
    the post shares, and the page's own furniture outranks it."""
    first = _first_index(lines)
    if first is None or not OPEN_URL_KEY.match(lines[first]) or url not in lines[first]:
        return False
    under = ["" if index == first else line for index, line in enumerate(lines)]
    chrome = find_page_chrome(under)
    if chrome and outlets.hosts_posts(chrome[1]):
        return True
    posted = _platform_a_post_shows(under)
    return bool(posted) and _where_a_posts_furniture_stands(under, posted[0])


def _furniture_over_the_post(lines: list[str]) -> tuple[list[int], str] | None:
    """``find_page_chrome`` of a post's page, but an outlet's furniture or bare domain under
    the post's first line is a link the post shares ("ft.com" over the shared headline), a
    cited outlet, not the page's: only a platform's furniture counts there."""
    chrome = find_page_chrome(lines)
    start = page_post_start(tuple(lines))
    if not chrome or start is None or chrome[0][0] < start or outlets.hosts_posts(chrome[1]):
        return chrome
    return None


def _platform_a_post_shows(lines: list[str]) -> tuple[int, str] | None:
    """(index, platform) of a post page's own furniture (``outlets.post_furniture_owner``:
    X's "9:47 AM · Sep 15, 2025" stamp, a handle under bsky.social, Weibo's "来自 iPhone"),
    else of a line that names the platform beside the poster's handle, as a post pasted
    with its attribution reads ("@semis_daily · X", "@chinaai_watch on Bluesky", "Bluesky
    post by @lawnerd.bsky.social", "Mastodon · mastodon.social/@kai_sz"). Lines inviting
    the reader to an account ("Follow Dana (@danawhit) on X", "Dana is on Bluesky at
    @danawhit.bsky.social") are no post's furniture, nor is a one-word heading ("Post",
    "Conversation") but as a pair: alone it is a share or comment button."""
    lines = [line if _may_be_post_furniture(lines, index) else "" for index, line in enumerate(lines)]
    return outlets.post_furniture_owner(lines) or next(
        ((index, platform) for index, line in enumerate(lines) if (platform := _platform_beside_a_handle(line.strip()))),
        None,
    )


def _may_be_post_furniture(lines: list[str], index: int) -> bool:
    """False for a line inviting the reader to an account and for a one-word heading of
    a post page's furniture without its pair next to it ("Post" over "Conversation")."""
    text = lines[index].strip()
    if ACCOUNT_INVITATION.match(text):
        return False
    if not _is_one_word_furniture(text):
        return True
    above = next((line.strip() for line in reversed(lines[:index]) if line.strip()), "")
    below = next((line.strip() for line in lines[index + 1 :] if line.strip()), "")
    return any(_is_one_word_furniture(other) and other.casefold() != text.casefold() for other in (above, below))


def _is_one_word_furniture(text: str) -> bool:
    return bool(ONE_WORD.fullmatch(text)) and outlets.post_furniture_owner([text]) is not None


def _where_a_posts_furniture_stands(lines: list[str], index: int) -> bool:
    """True when line ``index`` stands where a post's own furniture does: over the page's
    first paragraph of prose (the poster's header), or under it, before any other, when
    that paragraph opens the page or stands under the poster's handle (a post's stamp under
    its text). Under a headline and the story's paragraphs the same line is a post the
    article embeds, or its share and comment widgets."""
    prose = [number for number, line in enumerate(lines) if _is_prose(line.strip())]
    if not prose or index < prose[0]:
        return True
    under_the_poster = all(not line.strip() for line in lines[: prose[0]]) or any(
        HANDLE.search(line) for line in lines[: prose[0]]
    )
    return under_the_poster and (len(prose) == 1 or index < prose[1])


def _platform_beside_a_handle(text: str) -> str | None:
    """The platform a short line names beside a handle ("@semis_daily · X"), else None.
    A one-letter name ("X") counts only as the line's last word after "on" or a separator:
    elsewhere it is a letter of the text."""
    if word_count(text) > HANDLE_LINE_MAX_WORDS or not HANDLE.search(text):
        return None
    for platform in outlets.platforms():
        if len(platform) == 1:
            if re.search(rf"(?:\bon|[·•|—–-])\s*{re.escape(platform)}\s*$", text):
                return platform
        elif re.search(rf"(?<![\w@./]){re.escape(platform)}(?![\w.])", text):
            return platform
    return None


def _outlets_account(lines: list[str]) -> tuple[int, str] | None:
    """(index, outlet) of a known outlet's name over a post ("Reuters" over "@Reuters ·
    2h"): a post on an outlet's own account is the outlet's."""
    start = page_post_start(tuple(lines)) or 0
    named = ((index, _outlet_or_its_desk(_name_beside_its_audience(line) or line)) for index, line in enumerate(lines[:start]))
    return next(((index, outlet) for index, outlet in named if outlet), None)


def _platform_furniture(lines: list[str]) -> tuple[list[int], str] | None:
    """(indices, platform) of a platform's name as the page's first line (its logo: "Weibo"
    over "Search Weibo"), with its own furniture, else of the page furniture of a platform
    ("92,318 views  Premiered Mar 14, 2026" under a video), for a page whose address is not
    given. The logo comes first: a count line may be printed by two platforms alike ("转发 12
    评论 48  赞 230" on Weibo and Xueqiu). A platform's furniture outranks an outlet's address
    above it: a post pasted with the link it shares is the platform's, not the linked outlet's."""
    logo = _platform_logo(lines)
    if logo:  # its logo names the site; a count line ("转发 12  评论 48  赞 230") may be another platform's too
        own = find_page_chrome(lines, among=lambda owner: owner == logo[1])
        return sorted({logo[0], *(own[0] if own else [])}), logo[1]
    return find_page_chrome(lines, among=outlets.hosts_posts)  # a post's furniture over the link it shares, a forum's (Reddit) too


def _platform_logo(lines: list[str]) -> tuple[int, str] | None:
    """(index, platform) of a platform's name as the page's first line, its logo, in its
    own script too ("Weibo" over "Search Weibo", "知乎" over "首页  会员  发现")."""
    first = next(((index, line.strip()) for index, line in enumerate(lines) if line.strip()), None)
    if not first or (len(first[1]) <= 2 and first[1].isascii()):
        return None
    platform = next(filter(None, map(outlets.platform_named, _logo_spellings(first[1]))), None)
    return (first[0], platform) if platform else None


def _logo_spellings(text: str) -> list[str]:
    """The ways a logo line may give the site's name: the whole line, its Latin-script name
    when set in two scripts ("Xueqiu 雪球"), and the first step of a home row or
    breadcrumb it opens ("V2EX › 硬件", "Xueqiu / 雪球", "Xueqiu 雪球  首页  行情  交易")."""
    home = HOME_ROW_GAP.split(text.strip())[0]
    return list(dict.fromkeys([text, _latin_name(text), home, _latin_name(home)]))


def _one_letter_logo_over_the_poster(lines: list[str]) -> tuple[int, str] | None:
    """(index, platform) of a platform named by one letter ("X") as the first line of a page
    that is a post, over the poster's name: elsewhere the letter is as often a share or
    close button (``outlets.platform_named`` never takes it), but a post's page opens on
    its platform's logo, and a button stands beside the post, not over its poster."""
    named = [(index, line.strip()) for index, line in enumerate(lines) if line.strip()][:2]
    if len(named) < 2 or _is_story_text(named[1][1]):
        return None
    platform = next((name for name in outlets.platforms() if len(name) == 1 and name == named[0][1]), None)
    return (named[0][0], platform) if platform else None


def _outlets_channel(lines: list[str], skip: frozenset[int]) -> tuple[int, str] | None:
    """(index, outlet) of a known outlet's name as the site-name line of a platform's page:
    the channel a video is on ("CNBC Television" under the title on YouTube) is the outlet's
    own, and so the video is the outlet's."""
    site_line = find_site_name_line(lines, skip)
    outlet = _outlet_or_its_desk(site_line[1]) if site_line else None
    if outlet:
        return site_line[0], outlet
    return _channel_under_the_logo(lines, skip) or _channel_beside_its_audience(lines)


def _outlet_or_its_desk(text: str) -> str | None:
    """The known outlet ``text`` names, itself or one of its desks or channels ("Bloomberg
    Technology" on YouTube, "Reuters Tech News" on X: ``outlets.outlet_of_its_desk``)."""
    return outlets.known_name(text) or outlets.outlet_of_its_desk(text)


def _channel_beside_its_audience(lines: list[str]) -> tuple[int, str] | None:
    """(index, outlet) of a known outlet's name set on one line with the channel's audience
    ("Bloomberg Television · 2.1M subscribers"), over the story's text: the channel a video
    or post is on, its name and count joined as the platform prints them. Whatever else took
    the line (a dek, an author), its count makes it the channel's."""
    for index, text in _top(lines):
        if _is_story_text(text):
            return None
        if (name := _name_beside_its_audience(text)) and (outlet := _outlet_or_its_desk(name)):
            return index, outlet
    return None


def _name_beside_its_audience(text: str) -> str | None:
    """The account's name of a line that sets it beside its audience ("Bloomberg Television
    · 2.1M subscribers"), else None."""
    name, *rest = STAMP_PARTS.split(text.strip())
    return name if rest and all(AUDIENCE.fullmatch(part) for part in rest) else None


def _channel_under_the_logo(lines: list[str], skip: frozenset[int]) -> tuple[int, str] | None:
    """(index, outlet) of a known outlet's name alone on a line between a platform's logo
    and the story ("YouTube" / "Search" / the video's title / "Bloomberg Television" /
    "1.96M subscribers"): the channel the video is on."""
    logo = _platform_logo(lines)
    if not logo:
        return None
    for index, text in _top(lines):
        if index <= logo[0] or index in skip:  # the title may run long enough to read as prose
            continue
        if _is_story_text(text):
            return None
        if (outlet := _outlet_or_its_desk(text)) and boilerplate.classify(text) in SHOW_NAME_KINDS and not is_ui_control(text):
            return index, outlet  # "Register" in the platform's menu is a button, not The Register
    return None


def _outlet_of_address(url: str) -> str | None:
    """The social network, else the known outlet, else the bare domain of ``url``."""
    return platform_of(url) or outlet_for_url(url)


def _from_address(url: str, candidates: list[tuple], lines: list[str]) -> Field:
    """The outlet of ``url``; a bare domain gives way to the same name spelt out in the text
    (a candidate line, else any capitalised run of words: "Silicon Pulse" for siliconpulse.net)."""
    outlet = _outlet_of_address(url)
    for name, _, reason, used in candidates:
        if outlet == domain_of(url) and _spells_domain(name, outlet):
            return _found(name, 0.9, f"{reason}, matching the address {url}", used)
    spelled = _spelled_out_domain(lines, outlet) if outlet == domain_of(url) else None
    if spelled and " " not in spelled[1] and OFFICIAL_DOMAIN.search(outlet):
        return _official_body_of_address(url, spelled[1], candidates)
    if spelled:
        index, name = spelled
        alone = [index] if lines[index].strip() == name else []  # a line that only names the site
        name = (outlets.mixed_case_spelling(name, lines) or name) if name.isupper() and " " in name else name  # "GPU WEEK"
        return _found(name, 0.85, f"the address {url} spelt out in the text", alone)
    used = next((used for name, _, _, used in candidates if _squashed(name) == _squashed(outlet)), [])
    return _found(outlet, 0.9, f"outlet of the address {url}", used)


def _official_body_of_address(url: str, word: str, candidates: list[tuple]) -> Field:
    """The publisher of an official body's address that names it by one word
    (commerce.gov, justice.gov): the word in the text is the body's short name ("Commerce
    said", "the Justice Department"), no site's name; its letterhead holding the word
    ("U.S. Department of Commerce") names it, else the bare domain does."""
    for name, _, reason, used in candidates:
        if word.casefold() in name.casefold().split() and _is_institution_name(name):
            return _found(name, 0.85, f"{reason}, the official body of the address {url}", used)
    return _found(domain_of(url), 0.8, f"the address {url} of an official body named by one word")


def _spells_domain(name: str, domain: str) -> bool:
    """True when the page's name for itself is the name its domain spells: exactly
    (``_spellings_of_domain``), as initials (an institution's domain is its acronym:
    "Bureau of Industry and Security" at bis.gov), or with a capitalised word or two the
    domain leaves off its end ("Ashcombe & Reyes LLP" at ashcombereyes.com, "WKRV 9 News"
    at wkrv9.com), or without its article ("The Valley Herald" at valleyherald.com)."""
    spellings = _spellings_of_domain(domain)
    words = name.split()
    if len(words) > 1 and words[0] == "The" and not domain.startswith("the"):
        words = words[1:]  # a domain leaves off the name's article ("The Brussels Times" at brusselstimes.com)
    ends = range(max(1, len(words) - DOMAIN_LEFT_OFF_WORDS), len(words) + 1)
    kept = (" ".join(words[:end]) for end in ends if all(word[0].isupper() for word in words[end:]))
    if any(_squashed(prefix) in spellings for prefix in kept):  # "under licence" is no part of "swissinfo.ch"
        return True
    return any(_abbreviates(label, name) for label in domain.upper().split(".")[:-1])


def _spellings_of_domain(domain: str) -> set[str]:
    """The whole domain and each of its labels, squashed ("gadgetwireindia.in" gives
    "gadgetwireindiain", "gadgetwireindia", "in"): a name must spell one of them exactly,
    so the agency "Bloomberg" never names bnnbloomberg.ca."""
    return {_squashed(domain), *(_squashed(label) for label in domain.split(".") if len(label) > 3)}


def _spelled_out_domain(lines: list[str], domain: str) -> tuple[int, str] | None:
    """(index, words) of a run of capitalised words in the text that spells the domain's name."""
    label = _squashed(domain.split(".")[-2] if domain.count(".") >= 1 else domain)
    if len(label) < 4:
        return None
    for index, line in enumerate(lines):
        for match in CAPITALISED_RUN.finditer(line):
            words = match.group(0).split()
            for start in range(len(words)):
                for end in range(start + 1, len(words) + 1):
                    if _squashed(" ".join(words[start:end])) == label:
                        return index, " ".join(words[start:end])
    return None


def _squashed(name: str) -> str:
    return re.sub(r"[\W_]", "", name.casefold())


def _found(name: str, confidence: float, reason: str, used: list[int] | None = None) -> Field:
    """The publisher as the vocabulary names it: a known outlet's canonical name, else the
    name as found."""
    name = name.strip()
    return Field(outlets.known_name(name) or name, confidence, reason, {"lines": list(used or [])})


def find_domain_heading_the_crumb(lines: list[str]) -> tuple[int, str] | None:
    """(index, site) of a bare domain as the first step of the page's first line, a
    breadcrumb or section row ("semiwatch-forum.net › Forums › Geopolitics", "digitalsilk.tw
    | Semiconductors"): the site's own home link, set where its logo would be, so it names
    the site (a known outlet by its name, else by the domain) over any outlet the story
    credits. A domain alone on the first line may be a link the page shares; one that opens
    a row of steps is the page's own."""
    first = _first_index(lines)
    if first is None:
        return None
    steps = [step for step in CRUMB_STEP.split(lines[first].strip()) if step]
    if len(steps) < 2 or not CRUMB_HOME_DOMAIN.fullmatch(steps[0]):
        return None
    domain = steps[0].removeprefix("www.").rstrip("/")
    return first, _outlet_of_address(f"https://{domain}") or domain


def find_labelled_source(lines: list[str]) -> tuple[int, str] | None:
    """(index, name) of a ``Source: Name`` line above the story, or of the ``From:`` /
    ``Source:`` field of a dated metadata row ("Article type: Original From: MOFCOM
    Release date: 2025-12-12", the stamp of government and agency pages), else of a
    ``Source:`` line under the story naming a known outlet ("Source: Al Jazeera and news
    agencies"; there a chart's or a study's source is no outlet)."""
    for index, text in _top(lines):
        match = LABELLED_SOURCE.fullmatch(text) or _metadata_row_source(text)
        if match:
            return index, match.group("name").strip()
        if _is_story_text(text):
            break
    for index, text in _tail(lines):
        match = LABELLED_SOURCE.fullmatch(text)
        if match and outlets.known_name(match.group("name")):
            return index, match.group("name").strip()
    return None


def find_credited_site_address(lines: list[str]) -> tuple[int, str] | None:
    """(index, site) of a line under the story crediting the page to a bare address alone
    ("Source: chinasemi.news", "Published by hkipowatch.com"), by its known outlet's name
    when the vocabulary has it ("Source: chinadaily.com.cn" is China Daily). A chart's or
    a study's source is a name ("Source: TrendForce"), not a site's address; the address
    a page is credited to is where it was published, when the page names no other
    publisher: "via scmp.com" cites a site, not the page's own."""
    for index, text in _tail(lines):
        if match := ADDRESS_CREDIT.fullmatch(text):
            domain = match.group("domain").removeprefix("www.").lower()
            return index, _outlet_of_address(f"https://{domain}") or domain
    return None


def find_sender(lines: list[str]) -> tuple[int, str] | None:
    """(index, name) of the sender of an e-mailed newsletter or alert in the ``From: Name
    <address>`` line of its header ("From: Capitol Compute <newsletter@capitolcompute.com>",
    kept when the e-mail is forwarded). A person forwarding a story ("From: Daniel Reyes
    <daniel.reyes@firm.com>") is no publisher: a name shaped like a person's counts only
    when the address's domain spells it. A mail reader's view sets the sender's line
    without its label ("Policy Circuit <editor@policycircuit.news>" under the subject):
    there the domain must spell the name. A known outlet's domain names the outlet, whichever
    of its desks sends ("Semafor Technology <technology@semafor.com>")."""
    for index, text in _top(lines):
        if "<" not in text:  # every ``SENDER`` match holds the address in angle brackets
            continue
        match = SENDER.fullmatch(text) if not text.lower().startswith("from:") else SENDER.match(text)
        if match:
            name, domain = " ".join(match.group("name").strip(" '\"").split()), match.group("domain")
            if known := _known_outlet_of(f"https://{domain}"):
                return index, known  # "Semafor Technology <technology@semafor.com>": a known outlet's desk
            spelt = _squashed(name) in {_squashed(label) for label in domain.split(".")}
            if not match.group("label"):
                return (index, name) if spelt else None
            return (index, name) if spelt or not _may_be_a_person(name) else None
    return None


def _metadata_row_source(text: str) -> re.Match[str] | None:
    if ends_sentence(text) or len(METADATA_LABEL.findall(text)) < 2 or dates.find_date(text) is None:
        return None
    return METADATA_SOURCE.search(text)


def find_byline_credit(lines: list[str]) -> tuple[int, str] | None:
    """(index, outlet) of a byline that credits an outlet rather than a person ("By
    Euronews with AP", "By Reuters", "By Jane Doe, CNBC"): the first known outlet named,
    preferring one that is not a wire agency (a partner agency is only cited)."""
    for index, text in _top(lines):
        match = BYLINE_CREDIT.fullmatch(text)
        if not match:
            continue
        parts = CREDIT_SEPARATOR.split(PARTNER_CREDIT.split(match.group("credit"))[0])
        named = [name for part in parts if (name := outlets.known_name(STAFF_SUFFIX.sub("", part)))]
        if named:
            return index, next((name for name in named if not outlets.is_wire(name)), named[0])
        desk = next((name for part in parts if (name := _desk_of(part))), None)
        if desk and any(line == desk for _, line in _top(lines)):
            return index, desk
    return None


def _desk_of(part: str) -> str | None:
    """The outlet a staff credit names, known or not ("Globes correspondent", "Nikkei staff
    writers"); not a person's name nor a possessive desk ("Our Correspondent"). It names
    the publisher when the logo's line above the story is the same name ("Globes" over
    the menu): a desk named only in the byline may be a place ("Brussels correspondent")
    or a short form ("GT staff reporters")."""
    if not STAFF_SUFFIX.search(part):
        return None
    name = STAFF_SUFFIX.sub("", part).strip()
    if not name or not name[0].isupper() or name.split()[0] in UNNAMED_DESK or _may_be_a_person(name):
        return None
    return name


def find_page_chrome(lines: list[str], among: Callable[[str], bool] | None = None) -> tuple[list[int], str] | None:
    """(indices, outlet) of the lines of a known outlet's own page furniture, or of its
    bare domain ("theguardian.com" in the footer), in the top (as far down as a long
    menu may push the byline's stamps) or the foot of the page; the first such line
    names the outlet (the first whose outlet is ``among`` those asked for, if given)."""
    ends, owners = _chrome_at_the_ends(tuple(lines))
    owners = [(position, owner) for position, owner in owners if among is None or among(owner)]
    if not owners:
        return None
    owner = min(owners)[1]
    return sorted(ends[position][0] for position, named in owners if named == owner), owner


@lru_cache(maxsize=16)
def _chrome_at_the_ends(lines: tuple[str, ...]) -> tuple[tuple[tuple[int, str], ...], tuple[tuple[int, str], ...]]:
    """The lines ``find_page_chrome`` reads (index, stripped text) and (position among
    them, outlet) of each that is an outlet's furniture or bare domain. Cached: the page's
    furniture is read for the page's names (``read_page_names``) and again for a platform's
    (``_platform_furniture``), and its scan of every outlet's furniture is not cheap."""
    numbered = [(index, line.strip()) for index, line in enumerate(lines) if line.strip()]
    ends = numbered[:PAGE_TOP_LINES] + numbered[PAGE_TOP_LINES:][-FOOTER_LINES:]
    owners = outlets.chrome_lines([text for _, text in ends])
    owners += [
        (position, owner)
        for position, (_, text) in enumerate(ends)
        if (owner := _outlet_of_domain_line(text, top=position < PAGE_TOP_LINES, first=position == 0))
    ]
    return tuple(ends), tuple(owners)


def _names_wire(name: str) -> bool:
    return outlets.is_wire(outlets.known_name(name) or name)


def _outlet_of_domain_line(text: str, top: bool = False, first: bool = False) -> str | None:
    """The known outlet of a line that is only a domain ("www.euronews.com"), or of a
    stamp holding one ("By ZHANG YI | chinadaily.com.cn | Updated: 2025-07-31"); near the
    top, also of a page address (the permalink pasted under the headline), and as the
    page's first line, of the address as an address bar shows it, without its scheme
    ("hindustantimes.com/world-news/..."; further down, such a line is a link the story
    shares), and anywhere of the address labelled as the page's own ("Permalink ...")."""
    if "." not in text or len(text) > STAMP_MAX_LENGTH:
        return None
    if permalink := PERMALINK.fullmatch(text):
        return _known_outlet_of(permalink.group("address"))
    if top and "/" in text and is_url_line(text) and ("//" in text or first):
        return _known_outlet_of(text if "//" in text else f"https://{text}")
    domain = next((part for part in STAMP_PARTS.split(text) if BARE_DOMAIN.fullmatch(part.strip())), None)
    return _known_outlet_of(domain.strip() if "//" in domain else f"https://{domain.strip()}") if domain else None


def _known_outlet_of(address: str) -> str | None:
    """The known outlet or platform of ``address``; None for a domain the vocabulary lacks."""
    outlet = _outlet_of_address(address)
    return outlet if outlet and outlet != domain_of(address) else None


def find_republisher(lines: list[str]) -> tuple[int, str] | None:
    """(index, name) of a footer such as ``© AFP. Republished by Tech In Asia Digest.``, or
    of a line over or under the story that says which site carries the copy: "Republished
    on ChinaBizToday.net with permission", "Reuters via theprint.in" (``_carried_via``). The
    wire or distributor it credits is where the story comes from; the site is this copy's
    publisher."""
    for index, text in _tail(lines):
        match = REPUBLISHED_BY.fullmatch(text) if REPUBLISHED_BY_WORDS in text.lower() else None
        if match and word_count(match.group("name")) <= 5:
            return index, match.group("name").strip()
    for index, text in [*_top(lines), *_tail(lines)]:
        if word_count(text) > HANDLE_LINE_MAX_WORDS:
            continue
        match = REPUBLISHED_ON.fullmatch(text)
        name = match.group("name").strip() if match else _carried_via(text)
        if name and word_count(name) <= 5 and not PICTURE_HOLDER.search(name):
            return index, name
    return None


def _names_only_the_carrier(index: int, lines: list[str]) -> bool:
    """True for a credit over the story that only says which wire a site carries ("Reuters
    via theprint.in"): a line naming the publisher, kept out of the body as a masthead is."""
    return bool(COPIED_VIA.fullmatch(lines[index].strip())) and not any(_is_story_text(line.strip()) for line in lines[:index])


def _carried_via(text: str) -> str | None:
    """The site after "via" in a credit whose copy is a wire's story ("Reuters via The Star")
    or that names the site by its address ("transcript excerpt via earningscall-notes.com");
    "AFP via Getty Images" credits a picture, and a source a story cites "via" a person is
    no site."""
    match = COPIED_VIA.fullmatch(text) if "via" in text else None  # its "via", in lower case
    if not match:
        return None
    name = match.group("name").strip()
    wire_copy = any(outlets.is_wire(outlet) for outlet in outlets.mentions(match.group("copy")))
    return name if wire_copy or BARE_DOMAIN.fullmatch(name) else None


def find_name_at_both_ends(lines: list[str], skip: frozenset[int] = frozenset()) -> tuple[int, str] | None:
    """(index, name) of a name set above the story, alone or as a part of a kicker
    ("Greyfield Advisory | Client Briefing"), not over the date as a writer's byline
    stands, that the page's foot repeats in its own furniture: an imprint ("Greyfield
    Advisory · Hong Kong | Singapore | London", "KSIA | Seongnam-si"), a copyright, a
    support prompt ("Support Liliputing") or the site describing itself ("PC Gamer is part
    of Future US Inc."). A site names itself at both ends of its pages; a story's subject
    over it is not named so in the footer."""
    footer = _footer_names(lines)
    if not footer:
        return None
    top = _top(lines)
    for position, (index, text) in enumerate(top):
        if index in skip:
            continue
        if _is_story_text(text):
            return None
        parts = [_supported(name) for name in STAMP_PARTS.split(text)]
        repeated = [name for name in parts if _is_title_shaped(name) and _repeats_name(name, index, footer)]
        name = next((name for name in repeated if boilerplate.classify(name) is None), None)
        if name and not (position + 1 < len(top) and _under_a_byline(top[position + 1][1])):  # a writer's name over the date
            return index, name
    return None


def find_first_line_named_in_the_foot(lines: list[str], skip: frozenset[int] = frozenset()) -> tuple[int, str] | None:
    """(index, name) of the page's first line, a name (a few capitalised words, also
    shouted: "DOJ DESK"), that the page's own furniture at its foot names again: a
    newsletter's ("You're receiving this because you subscribed to The Asia Chip Letter",
    "Export Desk is a reader-supported publication", "Silicon Tea Leaves © 2025. Powered
    by Ghost", "Posted by Tech Buzz China", the footer's logo alone on its line); under a newsletter host's logo
    ("Buttondown"), the line after it. A story's subject is named in its last
    paragraphs, not in its furniture. A headline-less newsletter's name, which the title
    reader takes for the headline (``skip``), counts when the foot names it to its readers."""
    named = [(index, line.strip()) for index, line in enumerate(lines) if line.strip()][:2]
    first = named[1] if len(named) > 1 and outlets.is_newsletter_host(named[0][1]) else next(iter(named), None)
    if not first or not _is_title_shaped(first[1]) or STAMP_PARTS.search(first[1]):
        return None
    index, name = first
    if index in skip and not _named_to_readers(name, lines):  # read as a headline: only a reader's letter may say otherwise
        return None
    named = boilerplate.classify(name) in SHOW_NAME_KINDS or _is_shouted_logo(name)  # "WION" reads as a ticker
    if not named or is_ui_control(name) or not outlets.is_name_cased(name):
        return None
    spelt_out = next((text.strip() for text in lines[index + 1 :] if text.strip()), "")
    if _is_shouted_logo(name) and _abbreviates(name, spelt_out):  # "CSIS" over "Center for Strategic and ...": the
        return None  # name under the initials is the logo's
    pattern = re.compile(rf"(?<![\w@.]){re.escape(name)}(?![\w@]|\.\w)", re.IGNORECASE)  # not in an address: "OCPA@bis.gov"
    foot = [text for at, text in _tail(lines) if at != index and pattern.search(text)]
    if not any(_is_foot_furniture(text, name) for text in foot):
        return None
    if not name.isupper():
        return index, name
    foot = [text for _, text in _tail(lines)]  # a shouted word printed nowhere in mixed case is an acronym ("WION")
    return index, outlets.mixed_case_spelling(name, foot) or (outlets.title_cased(name) if " " in name else name)


def _is_foot_furniture(text: str, name: str) -> bool:
    """A line of the page's foot that is its furniture: clutter ("Edited By: WION Web
    Team"), the publication speaking to its readers, or the name alone, the footer's logo
    ("Federal Register" over the site's notices)."""
    alone = " ".join(text.split()).casefold() == " ".join(name.split()).casefold()
    return alone or boilerplate.is_boilerplate(text) or outlets.speaks_to_readers(text)


def _named_to_readers(name: str, lines: list[str]) -> bool:
    """True when a line of the page's foot names ``name`` as the publication speaking to its
    readers ("You're receiving this because you're a paid subscriber to Silicon Tea
    Leaves"), not as a copyright holder, which a writer may be."""
    pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.IGNORECASE)
    return any(
        pattern.search(text) and outlets.speaks_to_readers(text) and not COPYRIGHT_MARK.search(text)
        for _, text in _tail(lines)
    )


def find_name_before_home(lines: list[str], skip: frozenset[int] = frozenset()) -> tuple[int, str] | None:
    """(index, name) of the page's first line when it is a name set before its menu's or
    breadcrumb's "Home" entry, on its own line over the row ("腾讯新闻" / "首页  要闻  财经")
    or opening it ("芯智讯 | 首页 | 产业", "财经快报 首页 > 科技 > 半导体"): the logo, in
    whatever script, as a site sets it before its own "Home". A name in the menu after
    "Home" is a section, and so may be a name over a lone "Home" button ("Markets and
    Trade Policy" / "Home")."""
    top = [(index, text) for index, text in _top(lines)[:2]]
    if not top or top[0][0] in skip:
        return None
    index, first = top[0]
    entries = [entry for entry in HOME_ROW_GAP.split(first) if entry]
    if len(entries) > 1 and outlets.is_home_word(entries[1]):
        return (index, entries[0]) if _may_name_a_site(entries[0]) else None
    following = [entry for entry in HOME_ROW_GAP.split(top[1][1]) if entry] if len(top) > 1 else []
    if len(entries) == 1 and len(following) > 1 and outlets.is_home_word(following[0]) and _may_name_a_site(first):
        return index, first
    return None


def _may_name_a_site(text: str) -> bool:
    """A short name: capitalised words, or a few Chinese, Japanese or Korean characters
    (which have no capitals), no button's words and no "Home". A word the clutter rules
    know as page furniture ("Menu", "English", a section such as "Technology") is what a
    menu row starts with as often as a logo is, so it names a site only when the outlet
    table knows it: a source is never made up from a menu."""
    shaped = _is_title_shaped(text) or (re.fullmatch(rf"{CJK}{{2,12}}", text) is not None)
    furniture = boilerplate.is_boilerplate(text) and not outlets.known_name(text)
    return (0 < len(text) <= 40 and shaped and not furniture
            and not is_ui_control(text) and not outlets.is_home_word(text))


def _supported(name: str) -> str:
    """The name a support button asks readers to support ("Support HKFP" is HKFP's)."""
    match = SUPPORT_PROMPT.fullmatch(name)
    return match.group("name") if match else name


def _footer_names(lines: list[str]) -> list[tuple[int, str, str]]:
    """(index, name, how) of the names the last lines open with: before a separator
    ("imprint"), before "is" ("described"), or after a support prompt ("support")."""
    names = []
    for index, text in _tail(lines):
        text = " ".join(text.split())
        if any(mark in text for mark in IMPRINT_MARKS) and (match := FOOTER_IMPRINT.match(text)):
            names.append((index, match.group("name"), "described" if match.group("is") else "imprint"))
        elif match := SUPPORT_PROMPT.fullmatch(text):
            names.append((index, match.group("name"), "support"))
    return names


def _repeats_name(name: str, index: int, footer: list[tuple[int, str, str]]) -> bool:
    """True when a footer line other than ``index`` names ``name`` as the site's own, as
    capitalised ("The company is ..." names no "Company"), or abbreviates it; a person's
    name described ("Dana Whitmore is the managing editor ...") is a writer's bio."""
    name = " ".join(name.split())
    for at, named, how in footer:
        if at == index or (how == "described" and _may_be_a_person(name)):
            continue
        if named in (name, name.removeprefix("The ")) or (how == "imprint" and " " in name and _abbreviates(named, name)):
            return True
    return False


def find_self_description(lines: list[str]) -> tuple[int, str] | None:
    """(index, name) of a site describing itself: "China Compute Digest publishes English
    summaries...", "The Wire China Brief is a weekly newsletter", "follow China Compute
    Digest", "Welcome back to Silicon Straits.", "BNN Bloomberg is a division of Bell
    Media." (the footer naming the site's owner), or promoting its own products ("Sign up
    for the Asia Tech Review morning newsletter", "Subscribe to CNBC PRO", "More from
    Houston Tech Journal"). Only publication-shaped names count (a reader is only welcomed
    to a publication), so "Nvidia publishes..." never does; nor do the wires, whose
    stories other sites promote ("More from Bloomberg")."""
    for index, line in enumerate(lines):
        for match in self_descriptions_in(line):
            name = match.group("name") or match.group("welcomed") or match.group("promoted")
            publication = match.group("welcomed") or outlets.looks_like_masthead(name)
            if publication and not outlets.is_wire(outlets.known_name(name) or name):
                return index, name
    return None


def find_show_self_description(lines: list[str]) -> tuple[int, str] | None:
    """(index, name) of a podcast or newsletter naming itself ("The Silicon Curtain is an
    independent podcast ...", or its masthead over the strapline "A newsletter about chips,
    power and geopolitics"): it is its own source, also on a host's page (Spotify's logo
    and "© 2025 Spotify AB" are the host's)."""
    masthead = _masthead_over_a_strapline(lines)
    if masthead:
        return masthead
    for index, line in enumerate(lines):
        match = SHOW_SELF_DESCRIPTION.match(line.strip())
        if match and not outlets.is_wire(outlets.known_name(match.group("name")) or match.group("name")):
            return index, match.group("name")
    return None


def _show_named_to_readers(lines: list[str]) -> tuple[int, str] | None:
    """(index, name) of a newsletter or podcast naming itself to its readers
    (``SHOW_READERS_LINE``), no wire's."""
    for index, line in enumerate(lines):
        for match in SHOW_READERS_LINE.finditer(line.strip()):
            name = next(group for group in match.groups() if group).rstrip(".,")
            if not _names_wire(name):
                return index, name
    return None


def find_show_over_an_episode(lines: list[str]) -> tuple[int, str] | None:
    """(index, name) of a podcast's name over its episode's number ("The Margin Call" over
    "Ep. 141: ..." on Spotify, "Chip Diplomacy" / "Technology" / "AUG 14, 2025" over "Ep. 88
    — ..." on Apple Podcasts): an episode page sets the show's name right above the episode,
    its category and date between them, as the podcast's own feed names it; the host's logo
    and menu stand further up."""
    top = _top(lines)
    episode = next((position for position, (_, text) in enumerate(top) if EPISODE_NUMBER.match(text)), None)
    for index, text in reversed(top[max(0, (episode or 0) - SHOW_NAME_REACH):episode or 0]):
        if boilerplate.is_boilerplate(text) or EPISODE_NUMBER.match(text):
            continue
        return (index, text) if _is_show_name(text, index, lines) else None
    return None


def find_show_on_a_podcast_host(lines: list[str], skip: frozenset[int] = frozenset()) -> tuple[int, str] | None:
    """(index, name) of the show on a podcast app's episode page: its first line the app's
    logo ("Spotify", "Pocket Casts", "Apple Podcasts Preview"), then the app's menu and
    labels ("Your Library", "Podcast Episode"), then the show's name, over or under the
    episode's title (``skip``) and its date. A name the page's top sets twice (over the
    episode and again as its byline: "The Node Report" / ... / "The Node Report") is the
    show's before any other, then a name right under the title, then one right over it: an
    app's links to its own legal pages ("Legal", "Accessibility") may stand above both."""
    top = _top(lines)
    if not top or not outlets.is_podcast_host_logo(top[0][1]):
        return None
    names = []
    for index, text in top[1:]:
        if _is_story_text(text) and index not in skip:
            break
        if _may_name_a_show(text):
            names.append((index, text))
    named = [(index, name) for index, name in names if index not in skip]
    repeated = next(((index, name) for index, name in names if sum(name == other for _, other in names) > 1), None)
    under_the_title = next(((index, name) for index, name in named if index - 1 in skip), None)
    over_the_title = next(((index, name) for index, name in named if index + 1 in skip), None)
    return repeated or under_the_title or over_the_title or (named[0] if named else None)


def _may_name_a_show(text: str) -> bool:
    """A title-shaped line that is none of the app's words, menu entries, buttons, prompts,
    dates or episode numbers."""
    if not _is_title_shaped(text) or STAMP_PARTS.search(text) or EPISODE_NUMBER.match(text) or "," in text:
        return False
    if len(LOWER_CASE_WORD.findall(text)) > 1:  # a prompt's words ("It's easy, we'll help you"), no name's
        return False
    if outlets.is_podcast_host_word(text) or boilerplate.classify(text) not in SHOW_NAME_KINDS or is_ui_control(text):
        return False
    return not (dates.is_date_line(text) or dates.find_date(text))


def _from_copyright(candidate: tuple) -> bool:
    """True for a candidate read off a copyright notice: on an episode page it is the
    host's ("© 2025 Spotify AB", "Copyright © 2025 Apple Inc."), who runs the page but
    publishes no show."""
    return candidate[2].startswith("copyright")


def _is_show_name(text: str, index: int, lines: list[str]) -> bool:
    """A show's name is title-shaped and stands alone: not the last entry of a menu set one
    entry a line ("Episodes" / "About" / "Newsletter" / "Support the show") nor a
    strapline's parts ("Podcast · Weekly"); where the show's own site sets its menu over
    the episode, the site's first line names the show."""
    if not _is_title_shaped(text) or _is_story_text(text) or STAMP_PARTS.search(text) or _is_menu_row(text):
        return False
    over = [line.strip() for line in lines[max(0, index - 2):index]]
    in_a_column = len(over) == 2 and all(_is_menu_entry_shaped(line) for line in over)
    return not (in_a_column or _is_among_menu_entries(index, lines))


def _is_title_shaped(text: str) -> bool:
    """A show's or newsletter's name: a few words, capitalised, no sentence ("Notes from
    the Fab", "Compute & Country")."""
    return text[:1].isupper() and word_count(text) <= SHOW_NAME_MAX_WORDS and not ends_sentence(text)


def _masthead_over_a_strapline(lines: list[str]) -> tuple[int, str] | None:
    """(index, name) of a name line over the strapline that says what it is ("The
    Gradient Descent" / "An occasional newsletter on AI infrastructure", "Compute &
    Country" / "A podcast from the Ridgeway Institute ..."): a show's or newsletter's
    masthead, as its first lines set it."""
    top = _top(lines)
    for (index, name), (_, strapline) in zip(top, top[1:]):
        if _is_story_text(name):
            return None
        name = SHOW_PROMPT.sub("", name)  # Substack's box: "Discover more from Tensor & Tariff"
        if SHOW_STRAPLINE.match(strapline) and _is_title_shaped(name):
            return index, name
    return None


def self_descriptions_in(line: str):
    """The matches of ``SELF_DESCRIPTION.finditer(line)``, for less work: the pattern is
    tried only at the start of the line and where one of its openers is; in a line without
    the words a match ends on (``SELF_DESCRIPTION_CLUES``), only where a name running to
    the line's end can open (``_name_at_the_end``), and in a line not ending on a name,
    nowhere. Most lines are prose, whose many full stops are then not tried."""
    if _holds_a_clue(line):
        first = 1
    elif (first := _name_at_the_end(line)) is None:
        return
    end = 0
    for start in _opener_starts(line, first):
        if start >= end and (match := SELF_DESCRIPTION.match(line, start)):
            end = match.end()
            yield match


def _holds_a_clue(line: str) -> bool:
    """True for a line holding one of ``SELF_DESCRIPTION_CLUES`` or ``SELF_DESCRIPTION_IS``
    (a loop, not ``any()`` over a generator: it runs on every line of every page)."""
    for clue in SELF_DESCRIPTION_CLUES:
        if clue in line:
            return True
    return SELF_DESCRIPTION_IS.search(line) is not None


def _name_at_the_end(line: str) -> int | None:
    """Where the openers of a ``SELF_DESCRIPTION`` match running to the line's end (its
    ``$``) start looking: it spans at most the last ``SELF_DESCRIPTION_TAIL_WORDS`` words,
    and the last is its name's, after a space (``\\s`` and ``str.split`` know the same
    whitespace) and opening on a capital or "&". None for a line that does not end so."""
    words = line.rsplit(None, SELF_DESCRIPTION_TAIL_WORDS)
    if len(words) < 2 or words[-1][0] not in SELF_DESCRIPTION_NAME_INITIALS:
        return None
    return max(1, len(words[0])) if len(words) > SELF_DESCRIPTION_TAIL_WORDS else 1


def _opener_starts(line: str, first: int = 1):
    """0, then every position from ``first`` on (overlapping ones too) where
    ``SELF_DESCRIPTION_OPENER`` matches: a lookahead, so one scan finds them all."""
    yield 0
    yield from (opener.start() for opener in SELF_DESCRIPTION_OPENER.finditer(line, first))


def find_author_bio(lines: list[str]) -> tuple[int, str] | None:
    """(index, outlet) of a footer bio such as "Ellen Park covers technology policy for
    The Washington Post." or "Ashley is a senior policy reporter for Ars Technica." Only
    a known outlet or a masthead-shaped name counts."""
    for index, text in _tail(lines):
        match = AUTHOR_BIO.fullmatch(text)
        if match and _is_publication_name(match.group("name").rstrip(".")):
            return index, match.group("name").rstrip(".")
    return None


def _is_writer(name: str, author: str | None, lines: list[str]) -> bool:
    """The author's name, or a person's the page presents as a writer: in a byline ("By
    Mara Quintero") or a bio ("Mara Quintero covers chips for ...", "Mara is a reporter"),
    each opening its line ("prepared by Halvorsen Securities" in a sentence is no byline;
    "By Semiwatch Asia Staff" credits a publication's staff, no person); but not a name the
    page's foot addresses its readers in ("... a paid subscriber to Silicon Tea Leaves"),
    though it stands over the date as a byline would."""
    if _same_name(name, author):
        return True
    if not _is_bare_name(name) or outlets.names_a_publication(name) or outlets.has_institution_word(name):
        return False  # "Lowy Institute" over "Published daily by the Lowy Institute" is no writer
    if _named_to_readers(name, lines):
        return False  # "Silicon Tea Leaves" over the issue's date, and "... a paid subscriber to Silicon Tea Leaves"
    if _signs_over_a_date(name, lines):
        return True
    name, first = re.escape(name), re.escape(name.split()[0])
    desk = STAFF_SUFFIX.pattern.removesuffix("$")  # "By Semiwatch Asia Staff" credits a publication's desk
    credit = re.compile(rf"^\s*(?:(?:{name}|{first}) {BIO_VERB}|[Bb]y:? {name}\b(?!(?i:{desk})\b))", re.MULTILINE)
    return bool(credit.search("\n".join(lines)))


def _signs_over_a_date(name: str, lines: list[str]) -> bool:
    """True when ``name`` stands alone on one line near the top, right over the date or
    the share counts: the byline of blogs and newsletters ("Oren Halevi" / "Aug 20,
    2025"), whose "© 2025 Oren Halevi" footer is the writer's, not a publisher's. A name
    that also stands alone as the page's logo is the site's ("Silicon Straits" over the
    menu and again over an episode's date)."""
    top = _top(lines)
    lone = [position for position, (_, text) in enumerate(top) if text == name]
    if not (len(lone) == 1 and lone[0] + 1 < len(top) and _under_a_byline(top[lone[0] + 1][1])):
        return False
    return not _heads_the_page_over_a_dated_headline(lone[0], top)


def _heads_the_page_over_a_dated_headline(position: int, top: list[tuple[int, str]]) -> bool:
    """True when the name is the page's first line and the line under its date is a
    headline, not the story: a byline stands under the headline it signs, so a name over
    the date that heads the headline is the site's logo ("China Economic Net" / "Feb 14
    2026" / "China chip imports jump as H200 sales open")."""
    after = top[position + 2][1] if position + 2 < len(top) else ""
    return position == 0 and bool(after) and not _is_story_text(after) and _is_title_shaped_headline(after)


def _is_title_shaped_headline(text: str) -> bool:
    return word_count(text) >= TAB_TITLE_HEADLINE_MIN_WORDS and not ends_sentence(text) and not _under_a_byline(text)


def _same_name(name: str, author: str | None) -> bool:
    return bool(author) and " ".join(name.split()).casefold() == " ".join(author.split()).casefold()


def find_copyright(lines: list[str]) -> tuple[int, str] | None:
    """(index, name) of a ``© 2025 Name. All rights reserved.`` footer line, also when
    more sentences follow ("Copyright 2025 The Associated Press. ... This material may
    not be published ..."); the name is the publication's, not its company's
    (``outlets.publication_of_holder``), and never a picture's. Under a wire story a site sets the agency's
    copyright over its own ("Copyright 2025 The Associated Press." / "© 2025 The
    Columbian Publishing Co."): the agency's covers the story, the site's the page."""
    holders = []
    for index, text in _tail(lines):
        match = _copyright_notice(text)
        if match and _is_holder_shaped(outlets.without_owner(match.group("name"))):
            holders.append((index, outlets.publication_of_holder(match.group("name"), lines)))
    return next((holder for holder in holders if not _names_wire(holder[1])), holders[0] if holders else None)


def _is_holder_shaped(name: str) -> bool:
    """A copyright holder's name: a few words (an official body's runs longer: "© 2025
    Center for a New American Security"), never a picture's credit."""
    longest = INSTITUTION_MAX_WORDS if outlets.names_an_institution(name) else HOLDER_MAX_WORDS
    return word_count(name) <= longest and not PICTURE_HOLDER.search(name)


def _copyright_notice(text: str) -> re.Match[str] | None:
    """The ``COPYRIGHT`` match of a footer line: the whole line, its first sentence, or
    the notice closing it after the terms of use ("This material may not be published,
    broadcast, rewritten, or redistributed. ©2025 FOX News Network, LLC. All rights
    reserved.")."""
    if not (COPYRIGHT_OPENING.match(text) or "©" in text):
        return None
    match = COPYRIGHT.fullmatch(text) or COPYRIGHT.fullmatch(first_sentence(text)) or _notice_before_a_stop(text)
    notice = text.rfind("©")
    return match or (COPYRIGHT.fullmatch(text[notice:]) if notice > 0 else None)


def _notice_before_a_stop(text: str) -> re.Match[str] | None:
    """The notice ending at one of the first full stops, where ``first_sentence`` reads
    the stop of a legal form as an abbreviation's ("© 2025 Tickerbeat Media LLC. Market
    data provided by third parties.")."""
    for stop in itertools.islice(FULL_STOP.finditer(text), NOTICE_STOPS_MAX):
        if match := COPYRIGHT.fullmatch(text, 0, stop.start() + 1):
            return match
    return None


def find_dateline(lines: list[str]) -> tuple[int, str] | None:
    """(index, outlet) of the first ``(Outlet) —`` dateline opening a paragraph near the top;
    a line that is no paragraph is a rating or price line ("NVIDIA Corp (NVDA US) –
    OUTPERFORM – TP US$185"), its parentheses a ticker's. A known outlet's name needs no
    paragraph after it: a wire story pasted from e-mail or a terminal is hard-wrapped, its
    first line cut mid-sentence ("WASHINGTON, Jan 14 (Reuters) - The U.S. Commerce")."""
    for index, text in _top(lines):
        match = DATELINE.match(text)
        credited = match and (match.group("outlet") or match.group("tagged") or match.group("slashed"))
        if credited and _is_outlet_name(credited):
            outlet = credited.strip()
            known = outlets.known_name(outlet) or _carrying_agency(outlet)
            if known or _is_prose(text):
                return index, known or outlet
    return _site_dateline(lines)


def _site_dateline(lines: list[str]) -> tuple[int, str] | None:
    """(index, site) of a site's name as its address opening the story's first paragraph
    before a double dash ("Investing.com -- Shares of Cambricon fell ..."), or alone on the
    paragraph's first line of a hard-wrapped copy ("Investing.com --"): the site's own
    dateline, by its known outlet's name when the vocabulary has it."""
    for index, text in _top(lines):
        match = SITE_DATELINE.match(text)
        if match and (_is_prose(text[match.end() :]) or not text[match.end() :].strip()):
            site = match.group("site")
            return index, _known_outlet_of(f"https://{site}") or outlets.known_name(site) or site
        if _is_story_text(text):
            return None
    return None


def _carrying_agency(credit: str) -> str | None:
    """The first of two news agencies a dateline credits jointly ("Bernama-Xinhua"): one
    agency carrying another's story. Both are wires, so the credit names
    no publisher of this copy while the page's letterhead does."""
    parts = [outlets.known_name(part) for part in credit.split("-")]
    if len(parts) == 2 and all(part and outlets.is_wire(part) for part in parts):
        return parts[0]
    return None


def _is_outlet_name(text: str) -> bool:
    """A name in a dateline's parentheses that may be an outlet's: no photo credit, no
    number, and no place ("(Beijing) —" says where the story is filed from)."""
    text = text.strip()
    return word_count(text) <= 5 and not NOT_AN_OUTLET.fullmatch(text) and not outlets.is_dateline_place(text)


def find_site_name_line(lines: list[str], skip: frozenset[int] = frozenset()) -> tuple[int, str] | None:
    """(index, name) of a lone short name line above the first paragraph (``digifusion``),
    or of a site stamp such as ``Stratechery Notes — August 28, 2025``.

    A name that is neither a known outlet nor masthead-shaped is a section label or a
    subject ("Nvidia" over a story about Nvidia) when the story's prose names it too,
    and a publication's name further down ("Chip Wars Weekly" under the writer's name
    "Mara Quinn") wins over it, unless it is the page's first line over the menu
    (``_heads_a_menu_column``: "Investopedia" over "Investing" / "Stocks" / ..., where
    "Markets News" further down is a section's name). A wire agency's name past the page's first line is the
    credit of a republished story ("Reuters" under a headline of ThePrint): the site's
    own name line above it wins. A name set beside the site's address ("Xinhua |
    English.news.cn") is the name alone."""
    found = _site_name_line(lines, skip)
    if not found:
        return None
    name = _without_cookie_heading(_without_site_address(found[1]))
    return found[0], _latin_name(_spaced_spelling(name, lines))


def _without_cookie_heading(name: str) -> str:
    """The site a cookie banner's heading names ("Cookies on GOV.UK", the design of UK
    government services and of many institutions' sites: "Cookies on the Office for
    National Statistics website"): the banner asks consent for the site that sets it."""
    match = COOKIE_HEADING.fullmatch(name.strip())
    return match.group("name") if match else name


def _latin_name(name: str) -> str:
    """The Latin-script name of a logo set in two scripts ("观察者网 Guancha", "界面新闻
    Jiemian News"): the name the site gives itself to readers of Latin script; a name in
    one script stays as it is ("联合早报")."""
    match = BILINGUAL_LOGO.fullmatch(name.strip())
    return (match.group("latin") or match.group("after")).strip() if match else name


def _spaced_spelling(name: str, lines: list[str]) -> str:
    """A logo's name run together ("JapanToday") as a line of the page spells it in words
    ("Japan Today" in the footer), else as it is."""
    if " " in name or not re.search(r"[a-z][A-Z]", name):
        return name
    squashed = _squashed(name)
    spelt = (line.strip() for line in lines if " " in line.strip() and word_count(line) <= MASTHEAD_MAX_WORDS)
    return next((line for line in spelt if _squashed(line) == squashed and outlets.is_name_cased(line)), name)


def _without_site_address(name: str) -> str:
    """A logo's name without the web address set beside it ("Xinhua | English.news.cn",
    "Tech Wire Asia | techwireasia.com"): the address is where the site is, not its name."""
    parts = STAMP_PARTS.split(name)
    kept = [part for part in parts if not BARE_DOMAIN.fullmatch(part)]
    return " | ".join(kept) if len(parts) > 1 and kept else name


def _site_name_line(lines: list[str], skip: frozenset[int]) -> tuple[int, str] | None:
    """``find_site_name_line`` as the page sets the name, address and all."""
    guess, wire, first = None, None, True  # first: still on the page's first line (past clutter), where the logo's text stands
    for index, text in _top(lines):
        if index in skip and not (first and _names_an_institution_here(text, lines)):  # no headline is only a body's name
            first = False
            continue
        if boilerplate.classify(text) == "navigation" or outlets.chrome_owner(text) or _is_menu_row(text):
            continue  # a menu, or a known site's furniture ("Jane Doe’s Post" heads a post on LinkedIn)
        if _is_tab_title(text, lines, skip):
            continue
        if _is_story_text(text):
            break
        if first and _is_bilingual_logo(text, index, lines, skip):
            return index, text  # "Securities Times 证券时报": the name is read in Latin script (find_site_name_line)
        if _is_publication_name(text) and (looks_like_site_name(text) or (first and outlets.outlet_opening(text))):
            if _is_among_menu_entries(index, lines):
                continue  # a section or a sister publication in the menu ("Moneyweb Insider")
            if first or not _names_wire(text):
                return index, text
            wire = wire or (index, text)  # an agency's credit, not its logo: the site may name itself above
        elif guess is None:
            guess = _site_name_guess(index, text, lines, first, skip)
            if guess and first and _is_letterhead(text, index, lines):
                return guess  # the logo's text: a section's or a rubric's name under it is no site's ("Markets News", "Issue Brief")
        first = first and (boilerplate.is_boilerplate(text) or is_ui_control(text))
    return guess or wire


def _is_bilingual_logo(text: str, index: int, lines: list[str], skip: frozenset[int]) -> bool:
    """The page's first line as a logo set in two scripts ("Hong Kong Economic Times
    香港經濟日報", "Focus Taiwan 中央社英語新聞"), whose Latin-script name is a publication's or
    reads as a site's name by the same rules as a logo set in one script: the characters
    beside it make the whole line too long or too mixed for those rules."""
    latin = _latin_name(text)
    if latin == text.strip() or not BILINGUAL_LOGO.fullmatch(text.strip()):
        return False
    return _is_publication_name(latin) or bool(_site_name_guess(index, latin, lines, True, skip))


def _is_tab_title(text: str, lines: list[str], skip: frozenset[int]) -> bool:
    """A browser tab's title pasted over the page ("Office of Public Affairs | Two Chinese
    Nationals Charged ... | United States Department of Justice"): the headline taken
    further down (``skip``) between the names of a section and a site. The logo under it
    is still the page's first name line."""
    parts = [part.strip() for part in TAB_TITLE_GAP.split(text)]
    headlines = {lines[index].strip() for index in skip if index < len(lines)}
    return len(parts) > 1 and any(part in headlines and word_count(part) >= TAB_TITLE_HEADLINE_MIN_WORDS for part in parts)


def _site_name_guess(
    index: int, text: str, lines: list[str], first: bool, skip: frozenset[int] = frozenset()
) -> tuple[int, str] | None:
    """(index, name) when a short line set as a brand (or, as the page's first line, as a
    name: "Tech Wire Asia" over the menu, the logo's text, also an institution's in
    capitals), a line over the menu or a site stamp may name the site; a step of the
    breadcrumb under it never does. The page's first line is not the story's subject for
    being named in the headline (``skip``): a newsletter titles its issues with its own
    name ("Strait Lines" over "Strait Lines #74: A truce in Washington")."""
    if _is_a_crumb(text, index, lines) or _is_among_menu_entries(index, lines):
        return None
    named = _is_brand_shaped(text) or (first and word_count(text) >= 2 and outlets.is_name_cased(text))
    if named and looks_like_site_name(text) and not _named_in_prose(text, lines, skip if first else frozenset()):
        return index, text
    if first and (_is_institution_name(text) or outlets.names_an_institution_in_cjk(text)):
        return index, text  # a CJK name taken as the headline (``skip``) is not asked: a headline may end on "商务部" too
    shouted = _shouted_name(text, index, lines) if first else None
    if shouted:
        return index, shouted
    over_a_menu = _is_over_a_menu(text, index, lines) or (first and _heads_a_menu_column(text, index, lines))
    if over_a_menu and not (boilerplate.is_boilerplate(text) or is_ui_control(text)):
        return index, text
    if first and _is_shouted_logo(text) and (_heads_a_menu_column(text, index, lines) or _is_over_a_menu(text, index, lines)):
        return index, text  # "RAND" over "Research | Topics | Experts | About", as over a menu set one entry a line
    if site_stamp_name(text):
        return index, site_stamp_name(text)
    return None


def _is_shouted_logo(text: str) -> bool:
    """One word in capitals that reads as a ticker only to the clutter rules ("MSNBC",
    "TODAY" over "Singapore" / "World" / "Big Read", "RAND" over "Research | Topics |
    About"): over the site's menu, a column or a row, it is its logo."""
    return text.isalpha() and text.isupper() and len(text) > 2 and boilerplate.classify(text) == "market_data"


def _is_letterhead(text: str, index: int, lines: list[str]) -> bool:
    """The page's first line as its logo: over the menu ("Investopedia" / "Investing" /
    "Stocks", "Neowin" / "News  Software  Reviews  Forums"), or an institution's name
    ("Council on Foreign Relations", "Lowy Institute"). Under it, a name-shaped line is
    the page's section or rubric ("Blog Post", "Issue Brief", "Research Briefing"): a
    site sets its own name first, as a letter its letterhead."""
    over_a_menu = _heads_a_menu_column(text, index, lines) or _is_over_a_menu(text, index, lines)
    return over_a_menu or _is_institution_name(text) or outlets.names_an_institution_in_cjk(text)


def _names_an_institution_here(text: str, lines: list[str]) -> bool:
    """An official body's name, also shouted as its logo sets it ("BUREAU OF INDUSTRY AND
    SECURITY", which the page's text spells "Bureau of Industry and Security")."""
    return _is_institution_name(text) or (text.isupper() and _is_institution_name(outlets.mixed_case_spelling(text, lines) or ""))


def _is_institution_name(text: str) -> bool:
    """An official body's name (``outlets.names_an_institution``: "Bureau of Industry and
    Security"). Its releases name it in their text too, so unlike a label over a story
    about its subject, it names the site though the prose repeats it."""
    if not (3 <= word_count(text) <= INSTITUTION_MAX_WORDS) or ends_sentence(text):
        return False
    return outlets.names_an_institution(text) and not (boilerplate.is_boilerplate(text) or byline_name(text))


def _shouted_name(text: str, index: int, lines: list[str]) -> str | None:
    """The name a logo sets in capitals as the page's first line ("THE SPOKESMAN-REVIEW",
    "BUREAU OF INDUSTRY AND SECURITY"), spelt as the page's text prints it ("the
    Department of Commerce's Bureau of Industry and Security (BIS) released ..."), else
    in title case when the menu or other page furniture follows it. A shouted line right
    over the headline that the page never spells in mixed case is a kicker ("CHIP WARS")."""
    if not (text.isupper() and 2 <= word_count(text) <= MENU_OWNER_MAX_WORDS) or ends_sentence(text):
        return None
    if boilerplate.is_boilerplate(text) or not outlets.is_name_cased(text):
        return None
    following = next((later.strip() for later in lines[index + 1 :] if later.strip()), "")
    over_furniture = boilerplate.is_boilerplate(following) or is_ui_control(following) or following.isupper()
    printed = outlets.mixed_case_spelling(text, lines)
    return printed or (outlets.as_printed(text, lines) if over_furniture else None)


def _is_brand_shaped(text: str) -> bool:
    """A name only a publication would have: a coined word ("MarketScreener",
    "digifusion", "Government.nl") or a known outlet's name with more words
    ("Handelsblatt Tech"). Words of a section, an edition or a button ("Sci-Tech",
    "Global Edition", "Live", "Reporting from Washington") are no publisher's name."""
    if " " in text.strip():
        return _opens_with_outlet(text)
    return bool(COINED_WORD.fullmatch(text.strip()))


def _opens_with_outlet(text: str) -> bool:
    words = text.split()
    return any(outlets.known_name(" ".join(words[:end])) for end in range(1, len(words)))


def _is_over_a_menu(text: str, index: int, lines: list[str]) -> bool:
    """A short name line right over the site menu ("Ministry of Commerce People's
    Republic of China" / "Home > News > Spokesman's Remarks", "Neowin" / "News  Software
    Reviews  Forums") is the site naming itself."""
    following = next((later.strip() for later in lines[index + 1 :] if later.strip()), "")
    menu = boilerplate.is_menu_line(following) or _is_menu_row(following)
    return word_count(text) <= MENU_OWNER_MAX_WORDS and not ends_sentence(text) and menu


def _is_menu_row(text: str) -> bool:
    """A menu pasted as one row, its entries apart by wide gaps or separators ("News
    Software  Reviews  Forums", "Research   Experts   Events   Media   Support"): a site's
    own sections, named as it likes, so only some are common menu words; short
    capitalised entries, at least ``MENU_ROW_MIN_ENTRIES`` of them, one a common menu
    word. A sentence never sets its words that way."""
    entries = [entry for entry in MENU_ROW_GAP.split(text) if entry]
    if _is_cjk_menu_row(entries):
        return True
    if len(entries) < MENU_ROW_MIN_ENTRIES or not all(_is_menu_entry_shaped(entry) and entry[0].isupper() for entry in entries):
        return False
    return any(boilerplate.classify(entry) in MENU_WORD_KINDS for entry in entries)


def _is_cjk_menu_row(entries: list[str]) -> bool:
    """A menu row in Chinese, Japanese or Korean ("要闻 | 财经 | 科技 | 国际", "首页  快讯  资讯"),
    which has no capitals to go by: short entries of the script, one a common menu word;
    or a breadcrumb from the home page ("首页 > 资讯")."""
    if not entries or not all(CJK_MENU_ENTRY.fullmatch(entry) for entry in entries):
        return False
    if len(entries) >= MENU_ROW_MIN_ENTRIES:
        return any(outlets.is_cjk_menu_word(entry) for entry in entries)
    return len(entries) == 2 and entries[0] in CJK_HOME_WORDS


def _heads_a_menu_column(text: str, index: int, lines: list[str]) -> bool:
    """The page's first line over its menu set one entry a line ("ThePrint" / "Politics"
    / "Governance" / "Economy", "NBC Bay Area" / "Weather" / "Local" / ... / "Tech"): the
    logo's text, naming the site though its stories name it too ("ThePrint holds no
    responsibility for its content"). A button's words ("Open side navigation menu") or an
    entry under another ("Hindi" under "English" in a language switch) heads no menu. A
    site names most of its sections as it likes ("Opinionista", "Firehose", "Onderwerpen"),
    so one common menu word or button among five short entries ("Contact", "Sign in") makes
    the column a menu; a line over a known outlet's name is a button over the logo."""
    following = [line.strip() for line in lines[index + 1 :] if line.strip()][:MENU_COLUMN_REACH]
    if word_count(text) > MENU_OWNER_MAX_WORDS or ends_sentence(text) or len(following) < MENU_COLUMN_LINES:
        return False
    column = following[:MENU_COLUMN_LINES]
    column += list(itertools.takewhile(_is_menu_entry_shaped, following[MENU_COLUMN_LINES:]))
    sections = sum(boilerplate.classify(line) in MENU_WORD_KINDS for line in column)
    sections += sum(boilerplate.is_boilerplate(line) and boilerplate.classify(line) not in MENU_WORD_KINDS for line in column)
    return (
        all(_is_menu_entry_shaped(line) for line in column)
        and sections >= MENU_COLUMN_MIN_SECTIONS
        and not LOWER_CASE_WORD.search(text)
        and not _is_menu_word(_line_before(index, lines))
        and not outlets.known_name(column[0])  # a button over the logo ("Accessibility Menu" / "The Motley Fool")
    )


def _is_menu_word(line: str) -> bool:
    return _is_menu_entry_shaped(line) and boilerplate.classify(line) in MENU_WORD_KINDS


def _line_before(index: int, lines: list[str]) -> str:
    return next((line.strip() for line in reversed(lines[:index]) if line.strip()), "")


def _is_among_menu_entries(index: int, lines: list[str]) -> bool:
    """A short line between two menu entries, one of them a known navigation word, is a
    menu entry too ("Europe" / "Asia-Pacific" / "Business / Tech"; "News" / "Te Ao Māori"
    / "Pacific"): a section of the site, never its name."""
    before = next((line.strip() for line in reversed(lines[:index]) if line.strip()), "")
    after = next((line.strip() for line in lines[index + 1 :] if line.strip()), "")
    kinds = [boilerplate.classify(line) for line in (before, after)]
    entries = [kind == "navigation" or (kind is None and _is_menu_entry_shaped(line))
               for kind, line in zip(kinds, (before, after))]
    return all(entries) and "navigation" in kinds


def _is_menu_entry_shaped(line: str) -> bool:
    return 0 < word_count(line) <= MENU_ENTRY_MAX_WORDS and not ends_sentence(line)


def _is_a_crumb(text: str, index: int, lines: list[str]) -> bool:
    """A step of the breadcrumb right under the line ("Newsroom" / "Home › Newsroom ›
    Press Releases"): the section the page sits in, never the site."""
    following = next((later.strip() for later in lines[index + 1 :] if later.strip()), "")
    steps = {_squashed(step) for step in MENU_STEP.split(following)}
    return len(steps) > 1 and _squashed(text) in steps and boilerplate.is_menu_line(following)


def _is_publication_name(text: str) -> bool:
    """A known outlet's name (also with another of its names or its owner's after it:
    "HONG KONG FREE PRESS HKFP", ``outlets.outlet_opening``) or a masthead's."""
    return bool(outlets.known_name(text) or outlets.outlet_opening(text)) or outlets.looks_like_masthead(text)


def _named_in_prose(name: str, lines: list[str], passed: frozenset[int] = frozenset()) -> bool:
    """True when the story's text (not its footer: "© 2025 The Columbian Publishing Co.",
    nor the lines ``passed``) names ``name``."""
    pattern = re.compile(rf"(?<!\w){re.escape(name.strip())}(?!\w)", re.IGNORECASE)
    return any(pattern.search(line) and _is_story_text(line) for at, line in enumerate(lines) if at not in passed)


def _is_company_holder(footer: tuple[int, str], site_line: tuple[int, str], lines: list[str]) -> bool:
    """True when a copyright holder is the company behind the site the name line gives:
    no known outlet, named nowhere above the page's foot, and the name line no agency's.
    The holder's name closing the longer name of the logo ("Upside" of "© Upside Media,
    Inc." in "The Daily Upside") is the company naming its publication after itself, not
    the page naming the company; opening it ("NVIDIA Investor Relations"), the logo is the
    holder's with its section's words."""
    if outlets.known_name(footer[1]) or _names_wire(site_line[1]):
        return False
    logo = re.compile(rf"(?<!\w){re.escape(site_line[1].strip())}(?!\w)", re.IGNORECASE)
    inside = re.search(rf"(?<!\w){re.escape(footer[1].strip())}(?!\w)", site_line[1], re.IGNORECASE)
    longer = bool(inside) and re.search(r"[^\W\d_]", site_line[1][: inside.start()]) is not None  # not its opening:
    # "NVIDIA Investor Relations" over "© NVIDIA Corporation" is the holder's section
    unlogoed = [logo.sub(" ", line) for line in lines] if longer else lines
    return not _named_above_the_foot(footer[1], unlogoed)


def _named_above_the_foot(name: str, lines: list[str]) -> bool:
    """True when a line above the page's foot names ``name``: the foot's other lines
    ("Motivate Media Group" over "© 2025 Motivate Media Group") are the owner's imprint."""
    foot = {index for index, _ in _tail(lines)}
    pattern = re.compile(rf"(?<!\w){re.escape(name.strip())}(?!\w)", re.IGNORECASE)
    return any(pattern.search(line) for at, line in enumerate(lines) if at not in foot)


def _is_story_text(text: str) -> bool:
    """A paragraph of the story: prose that is no page clutter (a cookie notice, a photo
    caption over the headline, a reprint notice over the masthead: "This copy is for your
    personal, non-commercial use only. ... governed by our Subscriber Agreement and by
    copyright law.")."""
    return _is_prose(text) and not boilerplate.is_boilerplate(text) and not LEGAL_NOTICE.search(text)


def _is_prose(text: str) -> bool:
    return word_count(text) > 12 or (ends_sentence(text) and word_count(text) > 5)


def extract_cites(lines: list[str], source: str | None) -> Field:
    """Known outlets the text names, other than the publisher itself, in order of mention."""
    text = "\n".join(line for line in lines if not boilerplate.is_boilerplate(line))
    cited = [name for name in outlets.mentions(text) if name != source]
    return Field(cited, 0.8 if cited else 0.5, "known outlets named in the text" if cited else "")


def extract_author(lines: list[str], given: str | None = None, skip: frozenset[int] = frozenset()) -> Field:
    """The author from the raw header, a ``By Name`` byline near the top, or a bare name
    over the date line that the page does not present as its publication (a podcast sets
    the show's name over the episode's date: "Silicon Straits" / "Published Aug 15, 2025"
    under "Welcome back to Silicon Straits", and a site its own name, the logo's: "Gulf
    Business" over the menu and over the date); ``skip`` holds the headline and dek lines."""
    if given:
        return Field(given.strip(), 1.0, "raw header 'Author:'", {"lines": []})
    top = [(index, text) for index, text in _top(lines) if index not in skip]
    headline = min(skip, default=len(lines))
    for index, text in top:
        name = byline_name(text) or (_stamp_writer(text) if index > headline else None)
        if name:
            return Field(name, 0.8, f"byline on line {index + 1}", {"lines": [index]})
    named = _name_over_date([(index, text) for index, text in _top(lines) if index > headline or not skip], skip)
    if named is not None and not (_is_self_described(named[1], lines) or _is_the_logo(named[1], named[0], lines)):
        return Field(named[1], 0.6, f"name line {named[0] + 1} over the date", {"lines": [named[0]]})
    return Field(None, 0.0, "", {"lines": []})


def _is_the_logo(name: str, index: int, lines: list[str]) -> bool:
    """True when ``name`` is also the page's first line, its logo ("Gulf Business" over the
    menu and again over the date, where a site credits its own desk)."""
    first = next(((at, line.strip()) for at, line in enumerate(lines) if line.strip()), None)
    return first is not None and first[0] != index and _same_name(first[1], name)


def _is_self_described(name: str, lines: list[str]) -> bool:
    """True when the page describes ``name`` as itself (``find_self_description``)."""
    described = find_self_description(lines)
    return described is not None and _same_name(described[1], name)


def _stamp_writer(text: str) -> str | None:
    """The person's name of a byline stamp under the headline ("Ashley Belanger – Aug
    12, 2025 5:05 PM"): there a name beside the date is the writer's, never the site's
    (a site stamps its name over the headline, or names itself with a publication's
    word: "TechNode Daily | Aug 22, 2025", "Semiconductor Today Asia · 2 hours ago")."""
    name = site_stamp_name(text) if PERSON_NAME.match(text) else None
    if not name or not _is_bare_name(name) or outlets.known_name(name):
        return None
    return None if outlets.names_a_publication(name) else name


def writers_named(text: str) -> list[str] | None:
    """The writers of a byline without "By": several names ("Mackenzie Hawkins and Zheping
    Huang"), or names with the city each files from ("Zijing Wu in Hong Kong, Eleanor
    Olcott in Beijing and Demetri Sevastopulo in Washington"), else None."""
    parts = WRITER_SEPARATOR.split(text.strip())
    matches = [WRITER_IN_PLACE.fullmatch(part) for part in parts]
    if not all(matches) or (len(parts) == 1 and " in " not in text):
        return None
    return [match.group("name") for match in matches]


def _listed(names: list[str]) -> str:
    """"A", "A and B", "A, B and C"."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def _name_over_date(top: list[tuple[int, str]], skip: frozenset[int]) -> tuple[int, str] | None:
    """(index, names) of a bare person's name, or of writers' names without "By", set
    right over the date line or the share buttons ("Ana Brightwater" / "Dec 12, 2025"),
    the byline of blogs, newsletters and many news pages. Headline and dek lines
    (``skip``) are passed over, never bridged; ``top`` starts under the headline (above
    it, a newsletter's tagline is no story text)."""
    for position, (index, text) in enumerate(top[:-1]):
        if index in skip:
            continue
        if _is_story_text(text):
            return None
        writers = [text] if _is_bare_name(text) else writers_named(text)
        if writers and _under_a_byline(top[position + 1][1]):
            return index, _listed(writers)
    return None


def _is_bare_name(text: str) -> bool:
    """A person's name alone: no article opens one ("The Rack Report" over the date is a
    newsletter naming itself where a writer's byline would stand), and no double-barrelled
    word of it is a publication's ("Austin American-Statesman" under a writer's name;
    "Kobayashi-Reyes" is a person's)."""
    if text.split(" ", 1)[0] == "The" or outlets.names_a_publication(" ".join(re.findall(r"(?<=-)[\w'’]+", text))):
        return False
    return bool(PERSON_NAME.fullmatch(text)) and not outlets.looks_like_masthead(text) and not boilerplate.is_boilerplate(text)


def _under_a_byline(text: str) -> bool:
    return dates.is_date_line(text) or boilerplate.classify(text) in BYLINE_FOLLOWERS


def _top(lines: list[str]) -> list[tuple[int, str]]:
    """(index, stripped text) of the first ``TOP_NON_BLANK_LINES`` non-blank lines."""
    return list(_page_ends(tuple(lines))[0])


def _tail(lines: list[str]) -> list[tuple[int, str]]:
    """(index, stripped text) of the last ``FOOTER_LINES`` non-blank lines."""
    return list(_page_ends(tuple(lines))[1])


@lru_cache(maxsize=16)
def _page_ends(lines: tuple[str, ...]) -> tuple[tuple[tuple[int, str], ...], tuple[tuple[int, str], ...]]:
    """The page's top and tail lines (``_top``, ``_tail``), read once per page: the
    publisher's finders each look at them, some twice (``_publisher`` asks some twenty)."""
    tail = []
    for index in range(len(lines) - 1, -1, -1):
        if stripped := lines[index].strip():
            tail.append((index, stripped))
            if len(tail) == FOOTER_LINES:
                break
    return tuple(top_lines(lines, TOP_NON_BLANK_LINES)), tuple(tail[::-1])
