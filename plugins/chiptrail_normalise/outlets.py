"""The known-outlet vocabulary (``vocab/outlets.yaml``) seen from the extractors' side."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from . import vocab
from .line_patterns import LiteralGate
from .pattern_set import longest_first, trie_pattern


NAME_DECORATION = re.compile(
    r"[®™©℠]|^go to\s+|\s+(?:[-–|:]\s+)?(?:(?:back|go) to )?(?:home(?:page)?|logo|icon)$|(?<=\w)\.$"
    r"|\s+[-–|:]\s+(?:mobile(?: site| edition)?|print(?:er)?(?:[- ]friendly)?(?: version| edition)?|amp)$",
    re.IGNORECASE,
)


@lru_cache(maxsize=8192)
def known_name(text: str) -> str | None:
    """The canonical outlet name when ``text`` is a known outlet name or alias, with or
    without a leading "The" ("The Taipei Times" is Taipei Times), without the
    decorations of a site's logo link ("The Register®", "Reuters home", "Go to Reddit Home",
    "The Guardian - Back to home", the full stop of the "euronews." logo) or of the view
    it was printed from ("The Register - Print Version", "Focus Taiwan - Mobile"), without the
    name of its subscription product ("Moneycontrol PRO" is Moneycontrol) or of its
    edition or channel ("36Kr English", "CNBC Television"), and also as a logo sets it,
    with its words run together ("FOXBusiness" is Fox Business)."""
    spelling = " ".join(NAME_DECORATION.sub("", text.strip()).split()).casefold()
    return _name_of_spelling(spelling) or _name_of_spelling(_without_product_word(spelling))


def _name_of_spelling(spelling: str) -> str | None:
    names = _names_by_spelling()
    found = names.get(spelling) or names.get(spelling.removeprefix("the ")) or names.get(f"the {spelling}")
    return found or (_names_run_together().get(spelling) if " " not in spelling else None)


def _without_product_word(spelling: str) -> str:
    """An outlet's name without the word of a subscription product sold under it
    ("Moneycontrol PRO", "Mint Premium", "Times Plus" are their outlets' paywalls) or of
    the edition, regional site or channel it names ("36Kr English", "Yahoo Finance UK",
    "CNBC Television": an outlet's own editions and channels are the outlet), also when
    the edition joins two such words by a hyphen ("NHK WORLD-JAPAN")."""
    name, _, last = spelling.rpartition(" ")
    return name if name and set(last.split("-")) <= _product_and_edition_words() else ""


def outlet_opening(text: str, lines: list[str] = ()) -> str | None:
    """The known outlet whose name opens ``text`` when the rest names its owner, another
    known outlet with its edition ("Focus Taiwan CNA English News": the tagline of the
    agency owning it), or one of its own brands, a word or two that name no other
    publication ("NDTV Profit" under the logo "NDTV"), where the page also sets the
    outlet's name alone on one of ``lines``; never a publication of its own ("The Star
    Tribune" is no edition of The Star)."""
    words = " ".join(text.split()).split(" ")
    for end in range(len(words) - 1, 0, -1):
        outlet, rest = known_name(" ".join(words[:end])), words[end:]
        if not outlet:
            continue
        if known_name(" ".join(rest)) or known_name(" ".join(rest[:1])):
            return outlet
        own_brand = len(rest) <= 2 and all(word[:1].isupper() for word in rest) and not names_a_publication(" ".join(rest))
        return outlet if own_brand and any(known_name(line) == outlet for line in lines) else None
    return None


DESK_MAX_WORDS = 2
COINED_BRAND = re.compile(r"[a-z][A-Z]")  # "BusinessLine": a brand's coined word, not a desk's


def outlet_of_its_desk(text: str) -> str | None:
    """The known outlet whose name opens ``text`` when the rest names one of its desks,
    newsletters or channels in a word or two ("Semafor Technology", "Reuters Tech News",
    "Bloomberg First Word", "Axios AM", "NHK WORLD-JAPAN News", "Politico China Watcher"),
    also where the page never sets the outlet's name alone: a desk is the outlet's own.
    Never a publication or an institution of its own ("The Star Tribune", "Atlantic
    Council"), nor an account whose name only opens on the outlet's ("Hill Tracker"); a
    separate publication whose second word reads like a desk ("Bloomberg Línea") has its
    own entry in the vocabulary, which names it first, and a coined word is a brand of its
    own ("The Hindu BusinessLine")."""
    words = " ".join(text.split()).split(" ")
    while len(words) > 1 and is_edition_word(words[-1].strip("+")):
        words.pop()  # "NHK WORLD-JAPAN News": its edition words first
    for end in range(len(words) - 1, 0, -1):
        outlet, rest = _spelt_in_full(" ".join(words[:end])), " ".join(words[end:])
        if not outlet:
            continue
        desk = len(words) - end <= DESK_MAX_WORDS and is_name_cased(rest) and not COINED_BRAND.search(rest)
        return outlet if desk and not (names_a_publication(rest) or has_institution_word(rest)) else None
    return _spelt_in_full(" ".join(words)) if len(words) < len(text.split()) else None


def _spelt_in_full(text: str) -> str | None:
    """``known_name`` of ``text`` when it spells the outlet's name whole: "Hill" opening an
    account's name ("Hill Tracker") is a word, not The Hill; "Atlantic" opening "Atlantic
    Council" is not The Atlantic."""
    outlet = known_name(text)
    spelling = " ".join(text.split()).casefold()
    return outlet if outlet and spelling.removeprefix("the ") in _names_by_spelling() else None


MASTHEAD_MAX_WORDS = 4
MENTION_START = r"(?<![\w.])"  # a mention starts a word, and is not the tail of a domain
MASTHEAD_MAX_LENGTH = 50
MASTHEAD_CONNECTORS = frozenset({"&", "and", "of", "the", "for", "on", "in", "+"})
ACRONYM_MAX_LENGTH = 3
INSTITUTION_JOINS = frozenset({"of", "for", "and", "on", "a", "to"})  # "Center for a New American Security", "Mission to the EU"
CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+")
CJK_INSTITUTION_MAX_LENGTH = 14  # "中华人民共和国工业和信息化部" is 14 characters
INSTITUTION_HEADED_MIN_WORDS = 3  # "Federal Communications Commission"; "Press Office" is a section


def looks_like_masthead(text: str) -> bool:
    """True for a line that names a publication: a known outlet, or a short capitalised
    name ending in a publication word ("Asia Business Daily", "MERIDIAN TECH REVIEW").

    Every word but connectors must be capitalised, so a headline in sentence case
    ("Nvidia gets good news") never reads as a masthead.
    """
    text = " ".join(text.split())
    if known_name(text):
        return True
    words = text.split(" ")
    if words[0].lower() == "by":  # "By Bloomberg News" is a byline
        return False
    if not (2 <= len(words) <= MASTHEAD_MAX_WORDS and len(text) <= MASTHEAD_MAX_LENGTH):
        return False
    if words[-1].lower().strip(".,") not in _publication_words():
        return False
    return is_name_cased(text)


def is_generic_label(text: str) -> bool:
    """True for a name made only of publication, edition and issue-time words ("Daily
    Brief", "Morning Brief", "Asia Brief", "News Brief"): a section's or product's label,
    which many publications print, not one publication's own name."""
    words = [word.lower().strip(".,") for word in text.split()]
    generic = _publication_words() | _product_and_edition_words() | _issue_time_words()
    return bool(words) and all(word in generic for word in words)


@lru_cache(maxsize=1)
def _issue_time_words() -> frozenset[str]:
    return frozenset(str(word).lower() for word in vocab.load("outlets").get("issue_time_words") or [])


def names_a_publication(text: str) -> bool:
    """True when a word of ``text`` is a publication's ("Semiconductor Today Asia",
    "Daily Tech Brief"), also in a hyphenated word ("Spokesman-Review"): no person's name,
    though it may be shaped like one ("Kobayashi-Reyes" is)."""
    return any(part.lower().strip(".,") in _publication_words() for word in text.split() for part in word.split("-"))


def names_an_institution(text: str) -> bool:
    """True for an official body's name: capitalised words, one of them an institution's
    ("Bureau", "Ministry", "Center"), joined by "of", "for", "and" or "on" ("Bureau of
    Industry and Security", "House Committee on Foreign Affairs"), or three or more words
    that end on the institution's word as their head noun ("International Trade
    Administration", "Federal Communications Commission"); "Science and Technology" is a
    section."""
    words = text.split()
    joined = any(word in INSTITUTION_JOINS for word in words[1:-1])
    headed = len(words) >= INSTITUTION_HEADED_MIN_WORDS and words[-1].lower() in _institution_words()
    name_cased = is_name_cased(" ".join(word for word in words if word not in INSTITUTION_JOINS))
    return (joined or headed) and name_cased and has_institution_word(text)


def names_an_institution_in_cjk(text: str) -> bool:
    """True for an official body's name in Chinese or Japanese, a short run of CJK
    characters ending on an institution's word ("中华人民共和国商务部", "中国半导体行业协会");
    a headline runs longer and carries punctuation or Latin words ("美国商务部发布新规")."""
    name = text.strip()
    if not (3 <= len(name) <= CJK_INSTITUTION_MAX_LENGTH and CJK_RUN.fullmatch(name)):
        return False
    return name.endswith(tuple(vocab.load("outlets").get("cjk_institution_endings") or []))


def is_cjk_menu_word(text: str) -> bool:
    """True for a common entry of a site's menu in Chinese, Japanese or Korean ("首页", "财经")."""
    return text.strip() in frozenset(vocab.load("outlets").get("cjk_menu_words") or [])


def has_institution_word(text: str) -> bool:
    """True when a word of ``text`` is an official body's ("Administration", "Ministry")."""
    return any(word.lower() in _institution_words() for word in text.split())


def is_name_cased(text: str) -> bool:
    """Every word capitalised (or a number) but connectors, as names are written."""
    return all(word[0].isupper() or word[0].isdigit() or word.lower() in MASTHEAD_CONNECTORS for word in text.split())


OWNER_CLAUSE = re.compile(r",\s*(?:an?|part of the)\s+\S[^,]{0,60}?\s+(?:company|brand|business|group)$", re.IGNORECASE)
"""The owner a copyright line adds after the publication's name ("© 2025 CNET, a Ziff Davis
company", "Tom's Hardware, a Future brand"): the page is the publication's, not its owner's."""


def without_owner(holder: str) -> str:
    """A copyright holder's name without the owner it may add (``OWNER_CLAUSE``)."""
    return OWNER_CLAUSE.sub("", " ".join(holder.split()))


def publication_of_holder(holder: str, lines: list[str] = ()) -> str:
    """The publication a copyright holder's name stands for, without the owner it may add
    ("CNET, a Ziff Davis company" is CNET: ``OWNER_CLAUSE``): a known outlet as it is, else
    the company's name without the words of its legal form ("THE MAINICHI NEWSPAPERS" is
    The Mainichi, "Caixin Media Co., Ltd." is Caixin, "Fortune Media IP Limited" is
    Fortune), spelt as the page prints it elsewhere in mixed case (its masthead), else in
    title case when shouted in several words."""
    holder = without_owner(holder)
    if known_name(holder):
        return holder
    words = holder.split(" ")
    while len(words) > 1 and words[-1].lower().strip(".,") in _company_suffixes() and words[-2].lower() != "the":
        words.pop()
    name = " ".join(words).rstrip(",")
    return as_printed(name, lines) if name.isupper() and " " in name else name


def as_printed(name: str, lines: list[str]) -> str:
    """``name`` as the page spells it in mixed case, else in title case."""
    return mixed_case_spelling(name, lines) or title_cased(name)


def title_cased(name: str) -> str:
    """A shouted name in title case ("BUREAU OF INDUSTRY AND SECURITY" as "Bureau of
    Industry and Security"; see ``_title_cased``)."""
    return " ".join(_title_cased(word, first=position == 0) for position, word in enumerate(name.split()))


def mixed_case_spelling(name: str, lines: list[str]) -> str | None:
    """``name`` as one of ``lines`` spells it in mixed case ("Bureau of Industry and
    Security" for a logo's "BUREAU OF INDUSTRY AND SECURITY"), else None."""
    spelling = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.IGNORECASE)
    for line in lines:
        for match in spelling.finditer(line):
            if not match.group(0).isupper():
                return match.group(0)
    return None


def _title_cased(word: str, first: bool) -> str:
    """A shouted word in title case; connectors in lower case, short acronyms ("NHK") kept."""
    if word.lower() in MASTHEAD_CONNECTORS:
        return word.capitalize() if first else word.lower()
    if len(word) <= ACRONYM_MAX_LENGTH:
        return word
    return "-".join(part.capitalize() for part in word.split("-"))  # "SPOKESMAN-REVIEW": "Spokesman-Review"


def is_dateline_place(name: str) -> bool:
    """True for a city or country a story is filed from ("Beijing", "Hong Kong"): in a
    dateline's parentheses it says where, not who."""
    return " ".join(name.split()).casefold() in _dateline_places()


@lru_cache(maxsize=1)
def _dateline_places() -> frozenset[str]:
    return frozenset(str(place).casefold() for place in vocab.load("outlets").get("dateline_places") or [])


def speaks_to_readers(text: str) -> bool:
    """True for a line in which a publication speaks of itself to its readers ("You're
    receiving this because you subscribed to ...", "Get Policy Silicon in your inbox",
    "GPU Week is reader-supported", "Posted by ..."): ``reader_furniture`` in the vocabulary."""
    return bool(_reader_furniture().search(text))


@lru_cache(maxsize=1)
def _reader_furniture() -> LiteralGate:
    """Searched only in lines holding one of its literals ("subscribe", "posted by" ...)."""
    words = vocab.load("outlets").get("reader_furniture") or []
    return LiteralGate(re.compile("|".join(f"(?:{word})" for word in words) or "(?!)", re.IGNORECASE))


def is_home_word(text: str) -> bool:
    """True for the "Home" entry of a menu or breadcrumb ("首页", "Home", "Accueil")."""
    return text.strip().casefold() in _home_words()


@lru_cache(maxsize=1)
def _home_words() -> frozenset[str]:
    return frozenset(str(word).casefold() for word in vocab.load("outlets").get("home_words") or [])


def is_newsletter_host(text: str) -> bool:
    """True for a newsletter service's logo line ("Buttondown", "beehiiv"), over the
    newsletter's own name."""
    return " ".join(text.split()).casefold() in _newsletter_hosts()


@lru_cache(maxsize=1)
def _newsletter_hosts() -> frozenset[str]:
    return frozenset(str(name).casefold() for name in vocab.load("outlets").get("newsletter_hosts") or [])


def is_podcast_host_logo(text: str) -> bool:
    """True for a podcast app's or host's logo line ("Spotify", "Apple Podcasts Preview")."""
    spelling = " ".join(text.split()).casefold().removesuffix(" preview")
    return spelling in _podcast_hosts()


def is_podcast_host_word(text: str) -> bool:
    """True for a podcast app's own menu entry or label ("Your Library", "Podcast Episode")."""
    return " ".join(text.split()).casefold() in _podcast_host_words()


@lru_cache(maxsize=1)
def _podcast_hosts() -> frozenset[str]:
    return frozenset(str(name).casefold() for name in vocab.load("outlets").get("podcast_hosts") or [])


@lru_cache(maxsize=1)
def _podcast_host_words() -> frozenset[str]:
    return frozenset(str(word).casefold() for word in vocab.load("outlets").get("podcast_host_words") or [])


def writes_day_first(name: str | None) -> bool:
    """True for outlets whose numeric dates put the day first (Euronews, Indian papers)."""
    return bool((_entries().get(name or "") or {}).get("day_first"))


def is_wire(name: str) -> bool:
    """True for news agencies whose stories other sites republish (Reuters, AFP...)."""
    return bool((_entries().get(name) or {}).get("wire"))


def hosts_posts(name: str) -> bool:
    """True for a platform, and for a forum listed among the outlets whose pages are its
    users' posts (``posts: true``, Reddit): its furniture over a post is the page's own."""
    return name in platforms() or bool((_entries().get(name) or {}).get("posts"))


@lru_cache(maxsize=8192)
def chrome_owner(line: str) -> str | None:
    """The outlet whose page furniture ``line`` is ("This article is more than 11 months
    old" and "Reuse this content" only appear on The Guardian's pages), or None. Cached:
    the title asks about the same top lines many times. A line without a line break can
    only match from its start, so it is matched there, not searched position by position."""
    text = line.strip()
    if "\n" in text:
        return next((owner for _, owner in chrome_lines([text])), None)
    pattern, owners = _chrome_pattern()
    match = pattern.match(text)
    return owners[match.lastgroup] if match else None


def chrome_lines(lines: list[str]) -> list[tuple[int, str]]:
    """(position, outlet) of each of ``lines`` (stripped) that is a known outlet's page
    furniture; one scan of the joined lines rather than a match per line."""
    joined = "\n".join(lines)
    pattern, owners = _chrome_pattern()
    return [(joined.count("\n", 0, match.start()), owners[match.lastgroup]) for match in pattern.finditer(joined)]


@lru_cache(maxsize=1)
def _chrome_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """Every outlet's and platform's ``chrome`` lines as one multi-line alternation, a
    group per owner."""
    chrome = _chrome_by_owner()
    owners = {f"o{number}": name for number, name in enumerate(chrome)}
    alternatives = "|".join(
        f"(?P<{group}>{'|'.join(f'(?:{line})' for line in chrome[name])})" for group, name in owners.items()
    )
    return re.compile(rf"^(?:{alternatives or '(?!)'})$", re.IGNORECASE | re.MULTILINE), owners


def _chrome_by_owner() -> dict[str, list[str]]:
    """Outlet or platform name → the lines of its own page furniture."""
    entries = [*_entries().items(), *platforms().items()]
    return {name: entry["chrome"] for name, entry in entries if (entry or {}).get("chrome")}


def post_furniture_owner(lines: list[str]) -> tuple[int, str] | None:
    """(position, platform) of the first of ``lines`` that is a platform's post-page
    furniture (``post_furniture`` in the vocabulary: "Post" over "Conversation" on X,
    "@mina.bsky.social", "14:21 来自 iPhone客户端" on Weibo), else None. Only for a page that
    is a post: an article shows the same lines under a post it embeds."""
    pattern, owners = _post_furniture_pattern()
    match = pattern.search("\n".join(line.strip() for line in lines))
    if not match:
        return None
    return match.string.count("\n", 0, match.start()), owners[match.lastgroup]


@lru_cache(maxsize=1)
def _post_furniture_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    furniture = dict(vocab.load("outlets").get("post_furniture") or {})
    owners = {f"p{number}": name for number, name in enumerate(furniture)}
    alternatives = "|".join(
        f"(?P<{group}>{'|'.join(f'(?:{line})' for line in furniture[name])})" for group, name in owners.items()
    )
    return re.compile(rf"^(?:{alternatives or '(?!)'})$", re.IGNORECASE | re.MULTILINE), owners


def platform_of_handle(handle: str) -> str | None:
    """The platform whose handles take the shape of ``handle`` ("@linwei_markets" is X's:
    ``handle_shapes`` in the vocabulary), else None."""
    return next((name for name, shape in _handle_shapes().items() if shape.fullmatch(handle.strip())), None)


@lru_cache(maxsize=1)
def _handle_shapes() -> dict[str, re.Pattern[str]]:
    return {name: re.compile(shape) for name, shape in (vocab.load("outlets").get("handle_shapes") or {}).items()}


def platform_named(text: str) -> str | None:
    """The platform whose name or alias ``text`` is, as its logo sets it ("Bluesky",
    "知乎" for Zhihu, "哔哩哔哩" for Bilibili), else None; never a one-letter name ("X" is
    as often a share button)."""
    return _platforms_by_spelling().get(" ".join(NAME_DECORATION.sub("", text.strip()).split()).casefold())


@lru_cache(maxsize=1)
def _platforms_by_spelling() -> dict[str, str]:
    spellings = {}
    for name, entry in platforms().items():
        for spelling in [name, *((entry or {}).get("aliases") or [])]:
            if len(spelling) > 1:
                spellings[" ".join(spelling.split()).casefold()] = name
    return spellings


@lru_cache(maxsize=1)
def platforms() -> dict[str, dict]:
    """Social networks and forums: name → ``domains``, ``aliases`` and ``chrome`` (see the vocabulary)."""
    return dict(vocab.load("outlets").get("platforms") or {})


@lru_cache(maxsize=1)
def by_domain() -> dict[str, str]:
    """Domain (without ``www.``) → outlet name."""
    table = {}
    for name, entry in _entries().items():
        for domain in (entry or {}).get("domains", []):
            table[domain.lower().removeprefix("www.")] = name
    return table


def mentions(text: str) -> list[str]:
    """Known outlets named in ``text``, in order of first mention, as canonical names."""
    found: dict[str, int] = {}
    for match in _spelled_mentions(text):
        name = _names_by_spelling()[match.group(0).casefold()]
        found.setdefault(name, match.start())
    return sorted(found, key=found.get)


def _spelled_mentions(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_mention_pattern()``, found by scanning for the spellings alone
    (``re`` then skips quickly to their first letters; a leading look-behind makes it try
    every position) and checking the start boundary of each candidate afterwards."""
    spelled, start_boundary = _mention_parts()
    position = 0
    while match := spelled.search(text, position):
        if start_boundary.match(text, match.start()):
            yield match
            position = match.end()
        else:
            position = match.start() + 1


@lru_cache(maxsize=1)
def _mention_parts() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The spellings as a trie (``re`` tries one branch per letter instead of every
    spelling; greedy, it finds the longest spelling first, as the longest-first
    alternation does), then the whole-word check; and the start boundary."""
    spellings = {spelling for name, entry in _entries().items() for spelling in [name, *((entry or {}).get("aliases") or [])]}
    return re.compile(rf"(?:{trie_pattern(spellings) or '(?!)'})(?![\w])"), re.compile(MENTION_START)


@lru_cache(maxsize=1)
def _publication_words() -> frozenset[str]:
    return frozenset(word.lower() for word in vocab.load("outlets").get("publication_words") or [])


@lru_cache(maxsize=1)
def _institution_words() -> frozenset[str]:
    return frozenset(word.lower() for word in vocab.load("outlets").get("institution_words") or [])


@lru_cache(maxsize=1)
def _product_words() -> frozenset[str]:
    return frozenset(str(word).lower() for word in vocab.load("outlets").get("product_words") or [])


@lru_cache(maxsize=1)
def is_edition_word(word: str) -> bool:
    """True for the word of an outlet's edition, country or product after its name
    ("USA", "English", "PRO")."""
    return word.lower() in _product_and_edition_words()


def _product_and_edition_words() -> frozenset[str]:
    edition_words = {str(word).lower() for word in vocab.load("outlets").get("edition_words") or []}
    return _product_words() | edition_words


@lru_cache(maxsize=1)
def _company_suffixes() -> frozenset[str]:
    return frozenset(str(word).lower().strip(".,") for word in vocab.load("outlets").get("company_suffixes") or [])


@lru_cache(maxsize=1)
def _entries() -> dict[str, dict]:
    return dict(vocab.load("outlets").get("outlets") or {})


@lru_cache(maxsize=1)
def _names_by_spelling() -> dict[str, str]:
    spellings = {}
    for name, entry in _entries().items():
        for spelling in [name, *((entry or {}).get("aliases") or [])]:
            spellings[" ".join(spelling.split()).casefold()] = name
    return spellings


@lru_cache(maxsize=1)
def _names_run_together() -> dict[str, str]:
    """Each spelling of several words with its words run together ("foxbusiness"), as a
    logo's text is often pasted."""
    return {spelling.replace(" ", ""): name for spelling, name in _names_by_spelling().items() if " " in spelling}


@lru_cache(maxsize=1)
def _mention_pattern() -> re.Pattern[str]:
    """Whole-word, case-sensitive spellings, longest first ("Bloomberg News" > "Bloomberg")."""
    spellings = [
        spelling
        for name, entry in _entries().items()
        for spelling in [name, *((entry or {}).get("aliases") or [])]
    ]
    alternatives = "|".join(re.escape(s) for s in longest_first(set(spellings)))
    return re.compile(rf"{MENTION_START}(?:{alternatives})(?![\w])")
