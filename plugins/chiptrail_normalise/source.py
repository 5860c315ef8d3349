"""Who published this copy (``source``), which outlets it only cites, and who wrote it.

A fallback chain, strongest evidence first: raw header ``Source:`` > outlet of the page
address (a known outlet's name; for an unknown domain the same name spelt out in the text,
"Gadget Wire India" for gadgetwireindia.in, else the domain) > a ``Source: Name`` line near
the top ("Source: Al Jazeera and news agencies" is Al Jazeera) > a "Republished by Name"
footer > the site's own dateline such as ``(GlobalTimesAI.com) —`` > a site name split
off the page title > a byline crediting an outlet ("By Euronews with AP") > a masthead,
lone short site-name line or site stamp above the article (``Asia Business Daily``, seed
003 ``digifusion``, ``TechNode Daily | Aug 22, 2025``) > a known outlet's own page
furniture or bare domain ("Reuse this content", "theguardian.com") > a ``© 2025 Name
LLC`` footer > the site describing itself ("China Compute Digest publishes...") > a wire
agency given as ``Source:``, in the byline, in the copyright or in the dateline such as
``WASHINGTON, July 15 (Reuters) -`` > null.

A wire agency names the publisher only when nothing else does: small sites republish
wire copy, and then the agency is cited, not the source. Every known outlet named in the
text other than the source goes to ``cites``.

A social-media or forum post (``social_posts``) has no publisher in its text: the
person or channel posting is an account on a platform, so its source is the platform the
address names (``platforms`` in the outlet vocabulary: x.com and twitter.com are X), else
null. A site names itself above the headline or among the byline's stamps, so a short
capitalised line right under the headline and over the story ("Beijing Pushes Back") is a
subheading, never the site's name.
"""

from __future__ import annotations

import re

from . import boilerplate, dates, outlets
from .fields import Field
from .header import domain_of, outlet_for_url
from .line_shapes import looks_like_site_name, site_stamp_name
from .social_posts import is_post_page, platform_of
from .text import byline_name, ends_sentence, first_sentence, top_lines, word_count

DATELINE = re.compile(
    r"^\s*(?:[A-Z][A-Za-z .'/-]{1,40}(?:,\s*[A-Za-z0-9 .]{1,30}){0,2}\s*)?"
    r"\((?P<outlet>[^()\n]{2,60})\)\s*[—–-]{1,2}\s"
)
LABELLED_SOURCE = re.compile(
    r"(?:source|publisher|published by)\s*:\s*(?P<name>[^:]{2,60}?)"
    r"(?:\s*(?:,|and|with|&|/)\s*(?:news |wire )?(?:agencies|wires|wire services|agency reports))?\.?",
    re.IGNORECASE,
)
METADATA_LABEL = re.compile(r"(?:^|\s)[A-Z][a-z]+(?: [a-z]+)?\s?:\s")
METADATA_SOURCE = re.compile(
    r"\b(?:source|from|publisher)\s?:\s*(?P<name>[^:|]{2,40}?)(?=\s+[A-Z][a-z]+(?: [a-z]+)?\s?:|\s*[|·•]|\s*$)",
    re.IGNORECASE,
)
REPUBLISHED_BY = re.compile(r".{0,80}\b(?:re)?published by (?P<name>[A-Z][\w&.'’ -]{1,50}?)\.?", re.IGNORECASE)
COPYRIGHT = re.compile(
    r"(?:copyright\s*)?(?:©|\(c\)|copyright)(?:\s*(?:©|copyright))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s*)?(?P<name>[A-Z][^.|©·•∙]{1,60}?)"
    r"(?:,?\s+(?:Publishers\s+)?(?:LLC|Inc|Ltd|Limited|Corp|Corporation|plc|GmbH|L\.P|LP|Pte\.? Ltd|Co\.,? Ltd))?(?:,?\s+\d{4})?"
    r"(?:,?\s+(?:and/or|or|and)\s+its\s+(?:affiliated\s+companies|affiliates|subsidiaries))?\.?"
    r"\s*(?:all rights reserved\.?)?(?:\s*(?:a|an) (?:division|unit|subsidiary|part) of .{1,60})?"
    r"(?:\s*[·•∙|]\s*[^·•∙|]{1,30}){0,5}",  # footer links: "© 2025 SiliconSignal · Privacy · Unsubscribe"
    re.IGNORECASE,
)
AUTHOR_BIO = re.compile(
    r"[A-Z][\w'’-]+(?: [A-Z][\w.'’-]+){1,3} (?:covers|writes about|reports on|is an? [\w ]{1,40}?)\b.{0,120}?"
    r" (?:for|at) (?P<name>(?:The )?[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,4})\.?"
)
CAPITALISED_RUN = re.compile(r"(?:[A-Z][\w'’-]*\s?){1,5}")
SELF_DESCRIPTION = re.compile(
    r"(?:^|[:.]\s|follow\s)(?P<name>[A-Z][\w&'’.-]*(?:\s[A-Z&][\w&'’.-]*){1,4})"
    r"(?=\s(?:re)?publishes\b|\sis an?\s(?:\w+\s)?(?:newsletter|publication|site|blog|digest)\b|$)"
    r"|\b[Ww]elcome (?:back )?to (?P<welcomed>[A-Z][\w&'’.-]*(?:\s[A-Z&][\w&'’-]*){0,4})(?=[.,!])"
)
BYLINE_FOLLOWERS = {"date_line", "date_stamp", "stamp", "share_prompt", "reading_time", "relative_time", "engagement"}
STAFF_SUFFIX = re.compile(
    r"\s+(?:staff(?: writers?| reporters?)?|desk|newsroom|team|reporters?|correspondents?)$", re.IGNORECASE
)
BYLINE_CREDIT = re.compile(
    r"(?i:(?:written |reported |words )?by)\s+(?P<credit>[A-Z][\w.'’&-]*(?:[\s,|/&-]+[\w.'’&-]+){0,10})"
)
CREDIT_SEPARATOR = re.compile(r"\s*(?:,|\||/|&|\s-\s|\b(?:with|and|for|via|from)\b)\s*")
BARE_DOMAIN = re.compile(r"(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,}/?", re.IGNORECASE)
PERSON_NAME = re.compile(r"[A-Z][a-z'’-]+(?: (?:[A-Z]\.|[A-Z][a-z'’-]+|de|van|von|bin|al)){1,3}")
FOOTER_LINES = 12
NOT_AN_OUTLET = re.compile(r"files?|photo.*|image.*|updated?.*|video|\d.*|ap photo.*", re.IGNORECASE)
TOP_NON_BLANK_LINES = 20
MENU_OWNER_MAX_WORDS = 8


def extract_source(
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
    the lines that only name the publisher, to keep out of the body. The ``author``'s
    name is never the publisher ("© 2025 Lena Marsh" under a newsletter is its writer)."""
    if given:
        return _found(given, 1.0, "raw header 'Source:'")
    if is_post_page(lines):
        return _post_source(url)
    candidates = [found for found in _text_candidates(lines, site, skip) if not _same_name(found[0], author)]
    if url and _outlet_of_address(url):
        return _from_address(url, candidates, lines)
    if candidates:
        return _found(*candidates[0])
    return Field(None, 0.5, "no publisher named (header, address, dateline or site line)", {"lines": []})


def _text_candidates(lines: list[str], site: str | None, skip: frozenset[int]) -> list[tuple]:
    """(name, confidence, reason, lines) from the text, strongest first.

    A wire agency given as ``Source:`` (``2025-12-09 | Source: Xinhua``) is what a
    republishing site credits, so it ranks with wire datelines, after the site's own name.
    A short line that is neither a known outlet nor masthead-shaped ("Watch Live") is
    only a guess: a known outlet named by the footer or an author's bio comes first.
    """
    candidates = []
    labelled = find_labelled_source(lines)
    if labelled and not outlets.is_wire(labelled[1]):
        candidates.append((labelled[1], 0.9, f"'Source:' line {labelled[0] + 1}", [labelled[0]]))
    republisher = find_republisher(lines)
    if republisher:
        candidates.append((republisher[1], 0.85, f"'Republished by' line {republisher[0] + 1}", []))
    dateline = find_dateline(lines)
    if dateline and not outlets.is_wire(dateline[1]):
        candidates.append((dateline[1], 0.8, f"dateline on line {dateline[0] + 1}", []))
    if site:
        candidates.append((site, 0.7, "site name after the page title", []))
    credit = find_byline_credit(lines)
    if credit and not outlets.is_wire(credit[1]):
        candidates.append((credit[1], 0.75, f"byline crediting the outlet on line {credit[0] + 1}", [credit[0]]))
    site_line = find_site_name_line(lines, skip)
    site_found = []
    if site_line:
        site_found = [(site_line[1], 0.6, f"site-name line {site_line[0] + 1} above the article", [site_line[0]])]
    named_site = bool(site_line) and _is_publication_name(site_line[1])
    candidates += site_found if named_site else []
    chrome = find_page_chrome(lines)
    if chrome and not outlets.is_wire(chrome[1]):
        candidates.append((chrome[1], 0.65, f"page furniture of {chrome[1]} on line {chrome[0][0] + 1}", chrome[0]))
    footer = find_copyright(lines)
    if footer and not _names_wire(footer[1]):
        candidates.append((footer[1], 0.6, f"copyright line {footer[0] + 1}", []))
    bio = find_author_bio(lines)
    if bio:
        candidates.append((bio[1], 0.6, f"author's bio on line {bio[0] + 1}", []))
    candidates += [] if named_site else site_found
    self_named = find_self_description(lines)
    if self_named:
        candidates.append((self_named[1], 0.5, f"the site describing itself on line {self_named[0] + 1}", []))
    if labelled and outlets.is_wire(labelled[1]):
        candidates.append((labelled[1], 0.7, f"wire agency credited on line {labelled[0] + 1}", []))
    if footer and _names_wire(footer[1]):
        candidates.append((footer[1], 0.6, f"wire agency's copyright line {footer[0] + 1}", []))
    if credit and outlets.is_wire(credit[1]):
        candidates.append((credit[1], 0.7, f"wire agency in the byline on line {credit[0] + 1}", [credit[0]]))
    if dateline and outlets.is_wire(dateline[1]):
        candidates.append((dateline[1], 0.7, f"wire dateline on line {dateline[0] + 1}", []))
    if chrome and outlets.is_wire(chrome[1]):
        candidates.append((chrome[1], 0.6, f"page furniture of {chrome[1]} on line {chrome[0][0] + 1}", chrome[0]))
    return candidates


def _post_source(url: str | None) -> Field:
    """The source of a social-media or forum post: the platform its address names (a
    forum unknown to the vocabulary by its domain). Whoever posted it is an account on
    the platform, not a publisher, so without an address the source is unknown."""
    platform = _outlet_of_address(url) if url else None
    if platform:
        return _found(platform, 0.9, f"platform of the post's address {url}")
    return Field(None, 0.5, "a post: its poster is no publisher, and no address names the platform", {"lines": []})


def _outlet_of_address(url: str) -> str | None:
    """The social network, else the known outlet, else the bare domain of ``url``."""
    return platform_of(url) or outlet_for_url(url)


def _from_address(url: str, candidates: list[tuple], lines: list[str]) -> Field:
    """The outlet of ``url``; a bare domain gives way to the same name spelt out in the text
    (a candidate line, else any capitalised run of words: "Silicon Pulse" for siliconpulse.net)."""
    outlet = _outlet_of_address(url)
    for name, _, reason, used in candidates:
        if outlet == domain_of(url) and _squashed(name) in _spellings_of_domain(outlet):
            return _found(name, 0.9, f"{reason}, matching the address {url}", used)
    spelled = _spelled_out_domain(lines, outlet) if outlet == domain_of(url) else None
    if spelled:
        return _found(spelled, 0.85, f"the address {url} spelt out in the text")
    used = next((used for name, _, _, used in candidates if _squashed(name) == _squashed(outlet)), [])
    return _found(outlet, 0.9, f"outlet of the address {url}", used)


def _spellings_of_domain(domain: str) -> set[str]:
    """The whole domain and each of its labels, squashed ("gadgetwireindia.in" gives
    "gadgetwireindiain", "gadgetwireindia", "in"): a name must spell one of them exactly,
    so the agency "Bloomberg" never names bnnbloomberg.ca."""
    return {_squashed(domain), *(_squashed(label) for label in domain.split(".") if len(label) > 3)}


def _spelled_out_domain(lines: list[str], domain: str) -> str | None:
    """A run of capitalised words in the text that spells the domain's name."""
    label = _squashed(domain.split(".")[-2] if domain.count(".") >= 1 else domain)
    if len(label) < 4:
        return None
    for line in lines:
        for match in CAPITALISED_RUN.finditer(line):
            words = match.group(0).split()
            for start in range(len(words)):
                for end in range(start + 1, len(words) + 1):
                    if _squashed(" ".join(words[start:end])) == label:
                        return " ".join(words[start:end])
    return None


def _squashed(name: str) -> str:
    return re.sub(r"[\W_]", "", name.casefold())


def _found(name: str, confidence: float, reason: str, used: list[int] | None = None) -> Field:
    name = name.strip()
    return Field(outlets.known_name(name) or name, confidence, reason, {"lines": list(used or [])})


def find_labelled_source(lines: list[str]) -> tuple[int, str] | None:
    """(index, name) of a ``Source: Name`` line near the top, or of the ``From:`` /
    ``Source:`` field of a dated metadata row ("Article type: Original From: MOFCOM
    Release date: 2025-12-12", the stamp of government and agency pages)."""
    for index, text in _top(lines):
        match = LABELLED_SOURCE.fullmatch(text) or _metadata_row_source(text)
        if match:
            return index, match.group("name").strip()
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
        parts = CREDIT_SEPARATOR.split(match.group("credit"))
        named = [name for part in parts if (name := outlets.known_name(STAFF_SUFFIX.sub("", part)))]
        if named:
            return index, next((name for name in named if not outlets.is_wire(name)), named[0])
    return None


def find_page_chrome(lines: list[str]) -> tuple[list[int], str] | None:
    """(indices, outlet) of the lines of a known outlet's own page furniture, or of its
    bare domain ("theguardian.com" in the footer), in the top or the foot of the page;
    the first such line names the outlet."""
    numbered = [(index, line.strip()) for index, line in enumerate(lines) if line.strip()]
    ends = numbered[:TOP_NON_BLANK_LINES] + numbered[TOP_NON_BLANK_LINES:][-FOOTER_LINES:]
    owners = outlets.chrome_lines([text for _, text in ends])
    owners += [(position, owner) for position, (_, text) in enumerate(ends) if (owner := _outlet_of_domain_line(text))]
    if not owners:
        return None
    owner = min(owners)[1]
    return sorted(ends[position][0] for position, named in owners if named == owner), owner


def _names_wire(name: str) -> bool:
    return outlets.is_wire(outlets.known_name(name) or name)


def _outlet_of_domain_line(text: str) -> str | None:
    """The known outlet of a line that is only a domain ("www.euronews.com")."""
    if not BARE_DOMAIN.fullmatch(text):
        return None
    address = text if "//" in text else f"https://{text}"
    outlet = outlet_for_url(address)
    return outlet if outlet and outlet != domain_of(address) else None


def find_republisher(lines: list[str]) -> tuple[int, str] | None:
    """(index, name) of a footer such as ``© AFP. Republished by Tech In Asia Digest.``."""
    tail = [(i, line.strip()) for i, line in enumerate(lines) if line.strip()][-FOOTER_LINES:]
    for index, text in tail:
        match = REPUBLISHED_BY.fullmatch(text)
        if match and word_count(match.group("name")) <= 5:
            return index, match.group("name").strip()
    return None


def find_self_description(lines: list[str]) -> tuple[int, str] | None:
    """(index, name) of a site describing itself: "China Compute Digest publishes English
    summaries...", "The Wire China Brief is a weekly newsletter", "follow China Compute
    Digest", "Welcome back to Silicon Straits." Only publication-shaped names count (a
    reader is only welcomed to a publication), so "Nvidia publishes..." never does."""
    for index, line in enumerate(lines):
        for match in SELF_DESCRIPTION.finditer(line):
            name = match.group("name") or match.group("welcomed")
            publication = match.group("welcomed") or outlets.looks_like_masthead(name)
            if publication and not outlets.is_wire(outlets.known_name(name) or name):
                return index, name
    return None


def find_author_bio(lines: list[str]) -> tuple[int, str] | None:
    """(index, outlet) of a footer bio such as "Ellen Park covers technology policy for
    The Washington Post." Only a known outlet or a masthead-shaped name counts."""
    tail = [(i, line.strip()) for i, line in enumerate(lines) if line.strip()][-FOOTER_LINES:]
    for index, text in tail:
        match = AUTHOR_BIO.fullmatch(text)
        if match and _is_publication_name(match.group("name").rstrip(".")):
            return index, match.group("name").rstrip(".")
    return None


def _same_name(name: str, author: str | None) -> bool:
    return bool(author) and " ".join(name.split()).casefold() == " ".join(author.split()).casefold()


def find_copyright(lines: list[str]) -> tuple[int, str] | None:
    """(index, name) of a ``© 2025 Name. All rights reserved.`` footer line, also when
    more sentences follow ("Copyright 2025 The Associated Press. ... This material may
    not be published ..."); the name is the publication's, not its company's
    (``outlets.publication_of_holder``)."""
    tail = [(i, line.strip()) for i, line in enumerate(lines) if line.strip()][-FOOTER_LINES:]
    for index, text in tail:
        match = COPYRIGHT.fullmatch(text) or COPYRIGHT.fullmatch(first_sentence(text))
        if match and word_count(match.group("name")) <= 5:
            return index, outlets.publication_of_holder(match.group("name"), lines)
    return None


def find_dateline(lines: list[str]) -> tuple[int, str] | None:
    """(index, outlet) of the first ``(Outlet) —`` dateline opening a paragraph near the top."""
    for index, text in _top(lines):
        match = DATELINE.match(text)
        if match and _is_outlet_name(match.group("outlet")):
            outlet = match.group("outlet").strip()
            return index, outlets.known_name(outlet) or outlet
    return None


def _is_outlet_name(text: str) -> bool:
    text = text.strip()
    return word_count(text) <= 5 and not NOT_AN_OUTLET.fullmatch(text)


def find_site_name_line(lines: list[str], skip: frozenset[int] = frozenset()) -> tuple[int, str] | None:
    """(index, name) of a lone short name line above the first paragraph (``digifusion``),
    or of a site stamp such as ``Stratechery Notes — August 28, 2025``.

    A name that is neither a known outlet nor masthead-shaped is a section label or a
    subject ("Nvidia" over a story about Nvidia) when the story's prose names it too,
    and a publication's name further down ("Chip Wars Weekly" under the writer's name
    "Mara Quinn") wins over it."""
    guess = None
    for index, text in _top(lines):
        if index in skip or boilerplate.classify(text) == "navigation":
            continue
        if _is_prose(text):
            break
        if _is_publication_name(text) and looks_like_site_name(text):
            return index, text
        if guess is None:
            guess = _site_name_guess(index, text, lines, skip)
    return guess


def _site_name_guess(index: int, text: str, lines: list[str], skip: frozenset[int]) -> tuple[int, str] | None:
    """(index, name) when a short line, a line over the menu or a site stamp may name the site."""
    if looks_like_site_name(text) and not _named_in_prose(text, lines) and not _is_subheading(index, text, lines, skip):
        return index, text
    if _is_over_a_menu(text, index, lines):
        return index, text
    if site_stamp_name(text):
        return index, site_stamp_name(text)
    return None


def _is_subheading(index: int, text: str, lines: list[str], skip: frozenset[int]) -> bool:
    """A few capitalised words set right under the headline or dek (lines in ``skip``) and
    right over a paragraph ("Beijing Pushes Back") open a section of the story: a site
    names itself above the headline or among the byline's stamps, never there, unless
    the name opens with a known outlet's ("Handelsblatt Tech", an outlet's section)."""
    above = next((at for at in range(index - 1, -1, -1) if lines[at].strip()), None)
    below = next((lines[at].strip() for at in range(index + 1, len(lines)) if lines[at].strip()), "")
    capitalised = word_count(text) >= 2 and outlets.is_name_cased(text) and not _opens_with_outlet(text)
    return capitalised and above in skip and _is_prose(below)


def _opens_with_outlet(text: str) -> bool:
    words = text.split()
    return any(outlets.known_name(" ".join(words[:end])) for end in range(1, len(words)))


def _is_over_a_menu(text: str, index: int, lines: list[str]) -> bool:
    """A short name line right over the site menu ("Ministry of Commerce People's
    Republic of China" / "Home > News > Spokesman's Remarks") is the site naming itself."""
    following = next((later.strip() for later in lines[index + 1 :] if later.strip()), "")
    return word_count(text) <= MENU_OWNER_MAX_WORDS and not ends_sentence(text) and boilerplate.is_menu_line(following)


def _is_publication_name(text: str) -> bool:
    return bool(outlets.known_name(text)) or outlets.looks_like_masthead(text)


def _named_in_prose(name: str, lines: list[str]) -> bool:
    pattern = re.compile(rf"(?<!\w){re.escape(name.strip())}(?!\w)", re.IGNORECASE)
    return any(_is_prose(line) and pattern.search(line) for line in lines)


def _is_prose(text: str) -> bool:
    return word_count(text) > 12 or (ends_sentence(text) and word_count(text) > 5)


def extract_cites(lines: list[str], source: str | None) -> Field:
    """Known outlets the text names, other than the publisher itself, in order of mention."""
    text = "\n".join(line for line in lines if not boilerplate.is_boilerplate(line))
    cited = [name for name in outlets.mentions(text) if name != source]
    return Field(cited, 0.8 if cited else 0.5, "known outlets named in the text" if cited else "")


def extract_author(lines: list[str], given: str | None = None, skip: frozenset[int] = frozenset()) -> Field:
    """The author from the raw header, a ``By Name`` byline near the top, or a bare name
    over the date line; ``skip`` holds the headline and dek lines."""
    if given:
        return Field(given.strip(), 1.0, "raw header 'Author:'", {"lines": []})
    top = [(index, text) for index, text in _top(lines) if index not in skip]
    for index, text in top:
        name = byline_name(text)
        if name:
            return Field(name, 0.8, f"byline on line {index + 1}", {"lines": [index]})
    named = _name_over_date(_top(lines), skip)
    if named is not None:
        return Field(named[1], 0.6, f"name line {named[0] + 1} over the date", {"lines": [named[0]]})
    return Field(None, 0.0, "", {"lines": []})


def _name_over_date(top: list[tuple[int, str]], skip: frozenset[int]) -> tuple[int, str] | None:
    """(index, name) of a bare person's name set right over the date line or the share
    buttons ("Ana Brightwater" / "Dec 12, 2025"), the byline of blogs, newsletters and
    many news pages. Headline and dek lines (``skip``) are passed over, never bridged."""
    for position, (index, text) in enumerate(top[:-1]):
        if index in skip:
            continue
        if _is_prose(text):
            return None
        if _is_bare_name(text) and _under_a_byline(top[position + 1][1]):
            return index, text
    return None


def _is_bare_name(text: str) -> bool:
    return bool(PERSON_NAME.fullmatch(text)) and not outlets.looks_like_masthead(text) and not boilerplate.is_boilerplate(text)


def _under_a_byline(text: str) -> bool:
    return dates.is_date_line(text) or boilerplate.classify(text) in BYLINE_FOLLOWERS


def _top(lines: list[str]) -> list[tuple[int, str]]:
    return top_lines(lines, TOP_NON_BLANK_LINES)
