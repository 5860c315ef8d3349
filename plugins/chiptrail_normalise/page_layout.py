"""Recognise clutter by its place on the page, where its wording gives nothing away.

Pattern concepts (``boilerplate``) catch clutter that says what it is ("Reply", "3 min
read"). Much clutter is worded like the story: a commenter's sentences, the author's
bio, a "Related" headline below the story, the author's bare name over the lead, a
"Post" button between share buttons. Only the lines around it tell it apart, so these
rules look at the page's layout (the comment section under a comments label or over a
"Reply" button, the byline block between headline and lead, what follows the story's
last paragraph) rather than at words. They exist so that a page of a kind never seen is
cleaned by where its clutter sits, not by a pattern someone wrote for that site.
"""

from __future__ import annotations

import bisect
import itertools
import re
from functools import lru_cache

from . import dates, outlets, vocab
from .boilerplate import CLOCK_TIME, ENTRY_TIME, SUMMARY_LABEL, WORD, classify, is_button_among_clutter, label_words, navigation_phrases
from .line_shapes import is_ui_control
from .outlets import is_name_cased
from .text import EMOJI, FUNCTION_WORDS, byline_name, ends_sentence, is_url_line, word_count

END_OF_STORY_MARK = re.compile(r"\s*(?:[®■□◆◇∎]|\(end\)|-30-|/ ?(?:end|fin))$", re.IGNORECASE)  # "... for comment. ®", "... exporters. (END)", a thread's "... Yeah. /end"
THREAD_COUNTER = re.compile(r"\s+\(?\d{1,2}/\d{1,2}\)?$")  # "... a separate question. 7/7": a thread's post number
SOURCE_CREDIT = re.compile(
    r"(?:(?<=[.!?\"”])\s*(?:\([A-Z][\w&.'’ -]{1,30}\)|[-–—] ?[A-Z][\w&.'’ ]{1,30})|(?<=[a-z0-9%][.!?])\s+[A-Z]{2,12}(?:(?:/|, ?)[A-Z]{2,12}){0,3})$"
)  # "... according to earlier reports. (Bloomberg)", "... on Wednesday. – Reuters", "... opposed the move. REUTERS", "... AFP/XINHUA", "... all laws. BLOOMBERG, FT"
TRAILING_HASHTAGS = re.compile(r"(?<=[.!?\"”])(?:\s+#[^\s#]{1,60}){1,30}$")  # a post's sentence, then its tags: "... working through applications. #exportcontrols #AMD"
TRAILING_EMOJI = re.compile(rf"\s*{EMOJI}+$")  # "... the same thing. 👇"
PRINTED_PAGE_NUMBER = re.compile(
    r"(?:.{0,80}\s)?page\s?\d{1,3}\s?(?:of|/)\s?\d{1,3}|(?:[^|]{1,40}\|\s?){1,4}page\s?\d{1,3}", re.IGNORECASE)
"""A printed page's number, alone or closing its running footer: "Page 1 of 2", "Harlow &
Finch LLP | Client Alert | Page 1 of 2", "Client Alert | Page 3". A line ending on a bare
"page N" ("Go to page 2", "Comments page 1", "Risk factors, page 22") is a link or a
reference, not a printed page's number."""
DATE_LAST_MARKS = frozenset("日일")  # a CJK date ends on its day mark: "2025年7月15日"
LIST_ITEM = re.compile(r"^\s*[•\-*–·▪◦●]\s+(?=\S)")
NUMBERED_ITEM = re.compile(r"^\s*(?:(?:\d{1,2}[.)]|\(\d{1,2}\)|[a-z]\))\s+|\d\ufe0f?\u20e3\s*)(?=\S)")  # "1. ", "2) ", "(3) ", "a) ", a post's keycap "1️⃣ "
SCHEDULE_ITEM = re.compile(
    r"^\s*(?:\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\.?)?|\d{1,2}\s?[ap]\.?m\.?)(?:\s?[A-Z]{2,4})?\s?[:–—-]\s+\S", re.IGNORECASE
)
"""An entry of an agenda or a schedule, its time of day first ("9.30am BST: UK labour market
report", "14:00 – Press conference"): an item of a list, though it is no sentence."""
LABELLED_FIGURE = re.compile(r"[A-Z][\w&/' -]{1,25}: [^:]*?(?:[$€£¥] ?\d|\d ?%)")  # "Revenue: $7.69B vs. $7.42B consensus", "Q3 guide: $8.7B"; not "Phone: 408 ..."
BYLINE_OPENING = re.compile(r"(?:[A-Z][a-z]+ )?[Bb]y:? ")  # "By Claire Dubois (Shanghai, correspondent)", "Reporting by"
STORY_STAMP = re.compile(r"(updated|posted|published|edited)\b", re.IGNORECASE)  # "Updated 2 hours ago": the story's
WEB_ADDRESS = re.compile(r"://|\bwww\.|\.[a-z]{2,6}/", re.IGNORECASE)
COMMENTS_LABEL = re.compile(r"\b(comments?|replies|responses|discussion|sort by)\b", re.IGNORECASE)
COMMENTS_HEADING = re.compile(r"\(?\d[\d,.]*k? (?:comments?|replies|responses)\)?|sort by\b.{0,40}", re.IGNORECASE)  # "37 Replies", "Sort by Oldest first": over a comment section
REPLY_BUTTON = re.compile(r"(\d+ )?(reply|replies|respond)((?: ?[·•|] ?| {2,})\w+){0,3}", re.IGNORECASE)  # "Reply · Share", "Reply  Report  179"
COMMENT_SCORE = re.compile(r"(?:.{1,40}\s[·•|]\s)?[+-]?\d+ points?|(?:upvote|downvote)s? ?\d+", re.IGNORECASE)
"""A comment's score, alone or after its commenter's name: "techwatcher88 · 2 points", "Upvote 31"."""
SCORED_COMMENT_HEADER = re.compile(r"(?:re: ?)?.{0,120}\(score: ?[+-]?\d{1,2}(?:, ?[a-z]{2,20})?\)", re.IGNORECASE)
"""A comment's title with the score readers gave it: "Well that escalated (Score:5, Insightful)",
"Re: (Score:2)". A story's subheading may ("Singapore (Score: 81)"), so one starts the comments
only under a comments label or control, or on a page whose scored titles show a moderation word
or a reply's "Re:" (``MODERATED_COMMENT_HEADER``)."""
MODERATED_COMMENT_HEADER = re.compile(r"re: ?.{0,120}\(score: ?[+-]?\d{1,2}(?:, ?[a-z]{2,20})?\)|.{0,120}\(score: ?[+-]?\d{1,2}, ?[a-z]{2,20}\)", re.IGNORECASE)
NAME_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’.-])*")  # "Mia", "C.", "Yu-chen", "O'Brien"
POSSESSIVE = re.compile(r"['’]s$")
COLONS = (":", "：")  # and the full-width colon of Chinese and Japanese
LEAD_IN_MIN_WORDS = 3  # "Topics we cover:"; a label's one or two words ("Sources:", "Photo:") lead in to no list of the story's
WRAPPED_LINE_MIN_LENGTH = 50  # a line this long that stops mid-sentence may be hard-wrapped
WRAPPED_MIN_LINES = 3  # a hard-wrapped paragraph under a subheading: a section, not a comment over its buttons
PROSE_MIN_WORDS = 12  # a sentence this long is a paragraph of the story...
PROSE_LONG_WORDS = 25  # ...and so is a line this long however it ends ("... a red flag.[2]")
BYLINE_PART_MAX_WORDS = 6  # names, desk credits and buttons around a byline
BYLINE_PART_MAX_LENGTH = 60
DATED_BYLINE_MAX_WORDS = 9  # "November 20, 2025 Timothy Prickett Morgan", with a clock time perhaps
COMMENT_MAX_LINES = 6  # lines between a comment's relative time and its label or "Reply" button
COMMENT_DATES = frozenset({"date_line", "stamp", "date_stamp"})  # a comment's date with its time: "15 Jul 2025 10:48"
BLANK, FRAMING, PAGE_TAIL = "blank", "framing", "page_tail"  # line kinds besides the concepts
BUTTON = "page_furniture"  # the concept of a button word in a row of clutter
CAPTION = "caption"
BYLINE = "byline"  # the kind of a writer's name that only its place reveals
AGENCY_SIGNATURE = re.compile(r"\w[.!?\"”]?\s+[-–—]\s?(?P<agency>[A-Z][\w&.' ]{1,25})$")  # "... in China - AFP", "... 2022. — Reuters"
AGENCY_SIGNATURE_END = re.compile(r"[-–—]\s?[A-Z][\w&.' ]{1,25}$")
"""How every ``AGENCY_SIGNATURE`` ends. ``re`` skips to the dashes of a line to look for it,
where the signature, opening on any letter, is tried at every character (36 µs a line)."""
INLINE_CLUTTER = frozenset(  # between paragraphs too
    {"advertisement", "caption", "related_links", "market_data", "quote_widget", "transcript_cue", "pagination"}
)
LABELLED_CLUTTER = frozenset({"document_details", "publisher_note"})  # "AGENCY:", "Editor's note:" over their value
CAPTION_MIN_WORDS = 9  # a line under a picture credit this long is no subheading...
OPENING_CAPTION_MIN_WORDS = 4  # ...nor this long above the story, where only labels stand
BARE_CREDIT_MAX_WORDS = 8  # "Chip Somodevilla/Getty Images": a credit with no caption of its own
BYLINE_NEIGHBOURS = frozenset({"date_line", "stamp", "date_stamp", "reading_time", "relative_time"})
BYLINE_SIDES = BYLINE_NEIGHBOURS | {FRAMING}  # what a lone name under the headline follows
ENTRY_STAMPS = frozenset({"date_line", "stamp", "date_stamp", "relative_time"})  # over a live page's entries
ENTRY_CLOSES_MIN = 2  # a live page's entries each close on the same button ("Share"): seen twice above, it closes the last one too
ENTRY_LOOKAHEAD = 4  # lines under an entry's headline where its stamp and byline stand, blank ones included
STORY_END_KINDS = frozenset({"comment_widget", "hashtags", "author_bio", "copyright_notice"})  # under a story, never in it
UNTIL_THE_END = frozenset({"comment_widget", "author_bio", "copyright_notice"})  # only the page follows these
IN_STORY_CLUTTER = INLINE_CLUTTER | {
    "newsletter", "share_prompt", "date_line", "stamp", "date_stamp", "relative_time", "post_furniture", "punctuation_only",
    "engagement",  # the counters under each post of a channel or a thread
}
FURNITURE_GAP_MIN = 3  # lines of story-ending clutter between the story and a stray paragraph of the page's
ISLAND_MAX_PARAGRAPHS = 2  # the page's stray paragraphs under its furniture...
ISLAND_SHARE = 4  # ...are at most a quarter of the paragraphs
BIO_VERBS = ("is", "was", "covers", "writes", "reports", "has", "leads", "joined")


def layout_clutter(lines: list[str], framing: set[int], captions: frozenset[int] = frozenset()) -> set[int]:
    """Indices of lines that only their place on the page reveals as clutter, given the
    ``framing`` lines (headline, dek, byline, tags, link lists: known already) and a
    video's ``captions`` (``transcripts.caption_lines``: its text, though none of them is a
    paragraph on its own):

    - the comment section, from its first comment on: a relative time ("4h ago") under a
      comments label or over a "Reply" button starts it (on a video page, where the
      captions are the story, even above them);
    - everything from a mark that closes the story for good ("###", "About Huawei", the
      author's bio: "Jane Doe is a senior reporter ...");
    - the byline block between the headline and the story's first paragraph: short lines
      that only lead on to more clutter (a name above a date, "Post" between share
      buttons) and a person's name opening the story;
    - the page after the story's last paragraph: closing sentences follow that paragraph
      directly, so past the first line of page furniture everything is the page's;
    - a bare web address (a short link to the page) and a second byline;
    - a short sentence that clutter next to it explains: the value under a label such as
      "AGENCY:", the caption over a bare picture credit, and a button word in a row of
      buttons ("Thanks" between "Share" and "Save").
    """
    kinds = [_kind(line, index in framing) for index, line in enumerate(lines)]
    attached = _attached_clutter(lines, kinds) | dict.fromkeys(_buttons_among_clutter(lines, kinds), BUTTON)
    attached |= dict.fromkeys(_signed_captions(lines, kinds), CAPTION)
    attached |= dict.fromkeys(_dated_bylines(lines, kinds), "stamp")
    attached |= dict.fromkeys(_entry_bylines(lines, kinds), BYLINE)
    for index, kind in attached.items():
        kinds[index] = kind
    paragraphs = [index for index, kind in enumerate(kinds) if kind is None and _is_paragraph(lines[index])]
    comments = _comments(lines, kinds, paragraphs, captions)
    if not paragraphs:
        return set(attached) | comments
    found = set(attached) | comments | _thread_replies(lines, kinds, paragraphs[0])
    found |= _below_the_story_end(lines, kinds, paragraphs, _byline_names(lines, kinds, framing, paragraphs[0]))
    for index in found:
        kinds[index] = kinds[index] or PAGE_TAIL
    found |= {index for index, kind in enumerate(kinds) if kind is None and _is_link_or_byline(lines[index])}
    found |= {index for index, kind in enumerate(kinds) if kind is None and _is_lone_button_label(lines, kinds, index)}
    story = [index for index in paragraphs if index not in found]
    if not story:  # the only paragraph was the author's bio
        return found
    return found | _byline_block(lines, kinds, story[0]) | _after_the_story(lines, kinds, _last_paragraph(kinds, story))


def _comments(lines: list[str], kinds: list[str | None], paragraphs: list[int], captions: frozenset[int]) -> set[int]:
    """The comment section: on a video page, whose captions are its story, from the first
    comment wherever it stands; elsewhere below the story's first paragraph, unless that
    paragraph is itself a comment (a discussion)."""
    if captions:
        return _comment_section(lines, kinds, -1)
    if not paragraphs or _is_a_discussion(lines, kinds, paragraphs[0]):
        return set()
    return _comment_section(lines, kinds, paragraphs[0])


def _comment_section(lines: list[str], kinds: list[str | None], first_paragraph: int) -> set[int]:
    """Indices from the first comment below the story's first paragraph to the end: a
    relative time with a comments label ("12 Comments", "Sort by") or a "Reply" button
    within ``COMMENT_MAX_LINES`` lines (a story's own "5 hr. ago" has neither), or a
    comments label over a comment's "Reply" button or score (``_heads_comments``)."""
    for index in range(first_paragraph + 1, len(lines)):
        if _heads_comments(lines, kinds, index):
            return set(range(index, len(lines)))
        if SCORED_COMMENT_HEADER.fullmatch(lines[index].strip()):
            start = _comment_widget_above(lines, kinds, index, first_paragraph)
            if start < index or any(MODERATED_COMMENT_HEADER.fullmatch(line.strip()) for line in lines[index:]):
                return set(range(start, len(lines)))
        if kinds[index] in COMMENT_DATES and _over_a_reply_button(lines, kinds, index):
            return set(range(index, len(lines)))
        if kinds[index] != "relative_time" or STORY_STAMP.match(lines[index].strip()):
            continue
        above = [other for other in _nearby(kinds, index, -1) if other > first_paragraph]
        label = next((other for other in above if kinds[other] and COMMENTS_LABEL.search(lines[other])), None)
        if label is not None:
            return set(range(label, len(lines)))
        if any(REPLY_BUTTON.fullmatch(lines[other].strip()) for other in _nearby(kinds, index, 1)):
            return set(range(index, len(lines)))
    return set()


def _over_a_reply_button(lines: list[str], kinds: list[str | None], index: int) -> bool:
    """True for a date with its time ("15 Jul 2025 10:48") over a comment and its "Reply"
    button, before the next date: a comment's header. A story's date stands over
    paragraphs and share buttons, never over a reply."""
    if not CLOCK_TIME.search(lines[index]) or STORY_STAMP.match(lines[index].strip()):
        return False
    below: list[int] = []
    for other in range(index + 1, min(len(lines), index + 1 + 2 * COMMENT_MAX_LINES)):
        if kinds[other] in COMMENT_DATES or kinds[other] == "relative_time" or len(below) == COMMENT_MAX_LINES:
            break
        if kinds[other] != BLANK:
            below.append(other)
    return any(REPLY_BUTTON.fullmatch(lines[other].strip()) for other in below)


def _comment_widget_above(lines: list[str], kinds: list[str | None], index: int, first_paragraph: int) -> int:
    """Where the comment section over the first comment at ``index`` starts: its label or
    its controls ("72 comments", "Comments Filter:") among the short lines between the
    story's last paragraph and the comment, else the comment itself."""
    start = index
    for above in range(index - 1, first_paragraph, -1):
        if kinds[above] is None and _is_paragraph(lines[above]):
            break
        if kinds[above] == "comment_widget":
            start = above
    return start


def _heads_comments(lines: list[str], kinds: list[str | None], index: int) -> bool:
    """True for a comments label ("11 Comments", "Comments (3)") with a comment's "Reply"
    button or score ("lz_hpc · 1 point", "Upvote 31") within ``COMMENT_MAX_LINES`` lines
    under it: the label heads the comments, whose commenters' names and sentences are
    worded like the story, and whatever their length the page has nothing else to follow."""
    if kinds[index] != "comment_widget" or not COMMENTS_LABEL.search(lines[index]):
        return False
    below = (lines[other].strip() for other in _nearby(kinds, index, 1))
    return any(REPLY_BUTTON.fullmatch(text) or COMMENT_SCORE.fullmatch(text) for text in below)


def _is_a_discussion(lines: list[str], kinds: list[str | None], first_paragraph: int) -> bool:
    """True when the first paragraph is itself a comment (under its commenter's "8 hours
    ago", over a "reply" button): a forum thread or a link post, whose comments are all
    the text there is, not a comment section under a story."""
    above = _previous_written(kinds, first_paragraph)
    if above is None or kinds[above] != "relative_time":
        return False
    return first_paragraph in _comment_section(lines, kinds, -1)


def _thread_replies(lines: list[str], kinds: list[str | None], first_paragraph: int) -> set[int]:
    """On a post's page (a poster's name over their handle, "Kelsey Armand" over
    "@kelarmand_chips", heads the story), the name lines repeating the poster over each
    post of their thread, and every post by someone else: a reply, from its poster's name
    to the next post's. A reply is short: a paragraph as long as a story's after it is
    the story again (an article quoting posts by several people)."""
    if "post_furniture" not in kinds:
        return set()
    headers = [
        index
        for index, kind in enumerate(kinds)
        if kind in (None, FRAMING)
        and _is_person_name(lines[index].strip())
        and _next_kind(kinds, index) == "post_furniture"
    ]
    if not headers or headers[0] > first_paragraph:
        return set()
    poster = lines[headers[0]].strip()
    found: set[int] = set()
    for header, following in zip(headers, headers[1:] + [len(lines)]):
        if lines[header].strip() == poster:
            found.add(header)
            continue
        long_paragraph = (
            index for index in range(header + 1, following)
            if kinds[index] is None and word_count(lines[index]) >= PROSE_LONG_WORDS
        )
        found.update(range(header, next(long_paragraph, following)))
    return found


def _signed_captions(lines: list[str], kinds: list[str | None]) -> list[int]:
    """Sentences signed by a news agency ("... seen in this illustration. — Reuters", "...
    sales of a Blackwell chip in China - AFP") above the story's second paragraph: the
    captions of its pictures, since a story carries its agency's name only after its
    last sentence."""
    paragraphs = (index for index, kind in enumerate(kinds) if kind is None and _is_paragraph(lines[index]))
    second = next(itertools.islice(paragraphs, 1, None), None)
    if second is None:
        return []
    return [index for index in range(second) if kinds[index] is None and _is_signed_by_an_agency(lines[index])]


def _is_signed_by_an_agency(text: str) -> bool:
    signed = AGENCY_SIGNATURE.search(text) if AGENCY_SIGNATURE_END.search(text) else None
    agency = outlets.known_name(signed.group("agency")) if signed else None
    return agency is not None and outlets.is_wire(agency)


def _buttons_among_clutter(lines: list[str], kinds: list[str | None]) -> list[int]:
    """Button words in a row of clutter (``boilerplate.is_button_among_clutter``)."""
    written = [index for index, kind in enumerate(kinds) if kind != BLANK]
    return [
        index
        for above, index, below in zip(written, written[1:], written[2:])
        if kinds[index] is None and is_button_among_clutter(lines[index], lines[above], lines[below])
    ]


def _attached_clutter(lines: list[str], kinds: list[str | None]) -> dict[int, str]:
    """Sentences, mostly short and no paragraphs of their own, that the clutter next to them
    explains, with that clutter's kind: the value under a label ending in a colon ("AGENCY:"
    over "Bureau of Industry and Security, Department of Commerce.", "Editor's note:" over
    the note, a sponsor's "A message from TechNet:" over its message) and a caption over a
    bare picture credit ("Nvidia CEO Jensen Huang." over "Chip Somodevilla/Getty Images"),
    or under it when too long for a subheading and no sentence ("Getty Images" over "Nvidia's
    chief executive Jensen Huang has called China a $50bn market opportunity"). A
    subheading in any of these places opens the text and is kept."""
    attached: dict[int, str] = {}
    written = [index for index, kind in enumerate(kinds) if kind != BLANK]
    paragraphs = (index for index in written if kinds[index] is None and _is_paragraph(lines[index]))
    first_paragraph, second_paragraph = next(paragraphs, 0), next(paragraphs, 0)  # only these two are asked for
    for above, below in zip(written, written[1:]):
        if (  # the credit first: most pages have none, and the caption's tests cost more
            kinds[above] is None
            and _is_bare_credit(lines[below], kinds[below])
            and (_is_caption(lines[above]) or (above < second_paragraph and ends_sentence(lines[above].strip())))
        ):
            attached[above] = kinds[below]
        elif kinds[below] is None and _is_bare_credit(lines[above], kinds[above]) and _is_caption_under(
            lines, below, opens_the_story=below < first_paragraph
        ):
            attached[below] = kinds[above]
        elif kinds[below] is None and _is_labelled_value(lines[above], kinds[above], lines[below]):
            attached[below] = kinds[above]
    return attached


def _is_labelled_value(label: str, kind: str | None, value: str) -> bool:
    """The short sentence under a register's or a publisher's label, or the message under an
    advertiser's, which may be as long as a paragraph."""
    if not label.rstrip().endswith(":") or _is_list_item(value.strip()):
        return False
    return (kind in LABELLED_CLUTTER and _is_short_sentence(value)) or (kind == "advertisement" and ends_sentence(value))


def _is_caption_under(lines: list[str], index: int, opens_the_story: bool) -> bool:
    """A line longer than a subheading that is no sentence and does not read on into the
    next line (a hard-wrapped paragraph does). Above the story's first paragraph only a
    label stands as a subheading ("Introduction", "Key points"), so there a caption can
    be shorter ("Nvidia logo at a trade show in Beijing")."""
    text = lines[index].strip()
    following = lines[index + 1] if index + 1 < len(lines) else ""
    least = OPENING_CAPTION_MIN_WORDS if opens_the_story else CAPTION_MIN_WORDS
    return least <= word_count(text) and _is_no_sentence(text) and not reads_on(text, following)


def _is_caption(line: str) -> bool:
    """A short sentence, or one that ends on the day the picture was taken, as wire photo
    captions do ("... attends a news conference in Taipei, Taiwan, May 19, 2025.")."""
    text = line.strip()
    if _is_short_sentence(text):
        return True
    if not (ends_sentence(text) and _may_end_on_a_date(text)):
        return False  # spares the date search on most lines
    found = dates.find_date(text)
    return found is not None and not text[found.start + len(found.text) :].strip(" .")


def _may_end_on_a_date(text: str) -> bool:
    """False when ``text`` cannot end on a full date: every form ``dates.find_date``
    reads ends on a digit of its year or day, or on a CJK day mark ("15日")."""
    last = text.rstrip(" .")[-1:]
    return last.isdigit() or last in DATE_LAST_MARKS


def _is_short_sentence(line: str) -> bool:
    text = line.strip()
    return ends_sentence(text) and not _is_paragraph(text) and not _is_list_item(text)


def _is_bare_credit(line: str, kind: str | None) -> bool:
    if kind != "caption":
        return False
    text = line.strip()
    return word_count(text) <= BARE_CREDIT_MAX_WORDS and not ends_sentence(text)


def _byline_names(lines: list[str], kinds: list[str | None], framing: set[int], first_paragraph: int) -> set[str]:
    """The people the byline names: in a "By ..." line ("By Reuters" names no one whose
    bio could follow), or alone above the story next to its date ("Sam Winter-Levy" over
    "Monday, September 15, 2025")."""
    names = {name for index in framing if (name := byline_name(lines[index])) and _is_person_name(name)}
    names.update(
        lines[index].strip()
        for index in range(first_paragraph)
        if kinds[index] is None
        and _is_person_name(lines[index].strip())
        and BYLINE_NEIGHBOURS.intersection((_previous_kind(kinds, index), _next_kind(kinds, index)))
    )
    return names


def _below_the_story_end(lines: list[str], kinds: list[str | None], paragraphs: list[int], authors: set[str]) -> set[int]:
    """Indices from a mark that closes the story: "###", "(END)", the footer's "About Us"
    (over a paragraph, a press release's "About Huawei" heads a section of the release),
    what a page sets under a story and never inside it (the comment section's "212
    Comments", the tag list, a reporter's bio, the copyright notice), or the author's bio:
    a sentence that presents the byline's author ("Gregory C. Allen is a senior adviser
    ...", "Andrew is a reporter at ..."), or sentences presenting anyone that end the story
    ("Marcus Leung is a senior fellow with ..."). Such a mark closes the story only below
    most of its paragraphs; a bio standing under the byline, above the story, is only
    itself clutter. Comments, bios and copyright notices run to the page's end; a tag list
    or an end mark only to the next paragraph long enough to be text (a channel's next
    post after a post's hashtags), if any. A comment section's count or sort control set
    as furniture ("37 Replies", "Sort by Oldest first") heads the comments below the
    story's first paragraph however many paragraphs the replies under it make: a forum's
    replies can outnumber its opening post's paragraphs."""
    openings = tuple(f"{name} {verb} " for name in authors for verb in BIO_VERBS)
    openings += tuple(f"{name.split()[0]} is a" for name in authors if " " in name)
    closing_bios = _closing_bios(lines, paragraphs)
    found: set[int] = set()
    closed_until = 0
    for index in range(len(lines)):
        text = lines[index].strip()
        is_bio = (bool(openings) and kinds[index] is None and text.startswith(openings)) or index in closing_bios
        is_mark = bool(_story_end_mark().fullmatch(text)) and not _heads_prose(lines, kinds, index)
        below_most = 2 * (len(paragraphs) - bisect.bisect(paragraphs, index)) < len(paragraphs)
        signs_off = below_most and _is_bio_over_furniture(lines, kinds, index)
        heads_comments = kinds[index] not in (None, BLANK, FRAMING) and bool(COMMENTS_HEADING.fullmatch(text))
        ends_stories = kinds[index] in STORY_END_KINDS and not _is_story_sentence_over_prose(lines, kinds, index)
        closes = index > paragraphs[0] and (is_bio or signs_off or is_mark or heads_comments or ends_stories)
        if closes and (below_most or heads_comments):
            end = len(lines) if is_bio or signs_off or heads_comments or kinds[index] in UNTIL_THE_END else _next_long_paragraph(lines, paragraphs, index)
            closed_until = max(closed_until, end)
        if is_bio or signs_off or index < closed_until:
            found.add(index)
    return found


def _is_story_sentence_over_prose(lines: list[str], kinds: list[str | None], index: int) -> bool:
    """True for a line worded like a paragraph of the story, with a paragraph of the story
    right under it: a sentence that happens to match clutter a page sets under its story
    ("Zhang Wei is a former correspondent who now advises chip buyers in Shenzhen.", a
    sentence on a copyright suit that ends "... all rights reserved."). It is one line taken
    for clutter, no evidence that the page ends there: a comment section's label, a tag
    list or a copyright notice is no sentence of a paragraph's length."""
    if not _is_paragraph(lines[index]):
        return False
    following = _next_written(kinds, index)
    return following is not None and _heads_prose(lines, kinds, index) and _heads_prose(lines, kinds, following)


def _is_bio_over_furniture(lines: list[str], kinds: list[str | None], index: int) -> bool:
    """True for sentences presenting people ("Kenny Lau is a researcher in technology
    policy.", "Liedtke covers technology for The Associated Press.") with page furniture or
    nothing under them: the writers' bio closing the story, whatever paragraphs the page
    sets further down (its comments, a publisher's note). Clutter that a page also sets
    inside a story (an advertisement, a newsletter box, a share row) may stand under a
    person the story introduces, and the story go on below it."""
    if kinds[index] is not None or not _bio_sentences().fullmatch(lines[index].strip()):
        return False
    following = _next_written(kinds, index)
    return following is None or kinds[following] not in IN_STORY_CLUTTER | {None, FRAMING}


def _next_long_paragraph(lines: list[str], paragraphs: list[int], mark: int) -> int:
    """The first paragraph below ``mark`` of at least ``PROSE_LONG_WORDS`` words, or the end."""
    below = paragraphs[bisect.bisect(paragraphs, mark) :]
    return next((index for index in below if word_count(lines[index]) >= PROSE_LONG_WORDS), len(lines))


def _closing_bios(lines: list[str], paragraphs: list[int]) -> set[int]:
    """The story's last paragraphs while each only presents people ("Marcus Leung is a
    senior fellow with the Economics Program. Priya Raman is a research associate ...")."""
    bios: set[int] = set()
    for index in reversed(paragraphs):
        if not _bio_sentences().fullmatch(lines[index].strip()):
            break
        bios.add(index)
    return bios


def _heads_prose(lines: list[str], kinds: list[str | None], index: int) -> bool:
    """True when the next written line below ``index`` is a paragraph of the story."""
    following = _next_written(kinds, index)
    return following is not None and kinds[following] is None and _is_paragraph(lines[following])


def _nearby(kinds: list[str | None], index: int, step: int) -> list[int]:
    """Up to ``COMMENT_MAX_LINES`` non-blank lines above (step -1) or below (step 1)
    ``index``, nearest first, stopping at another relative time."""
    nearby: list[int] = []
    other = index + step
    while 0 <= other < len(kinds) and len(nearby) < COMMENT_MAX_LINES and kinds[other] != "relative_time":
        if kinds[other] != BLANK:
            nearby.append(other)
        other += step
    return nearby


def _is_link_or_byline(text: str) -> bool:
    """A bare web address, or a byline that the framing did not take (a wire story's
    "By Lin Qiaowen and Joanna Sutter" over its dateline, under the site's own byline)."""
    return _is_web_address(text) or byline_name(text) is not None


def _is_lone_button_label(lines: list[str], kinds: list[str | None], index: int) -> bool:
    """A button or link label of the page ("Copy Shortlink", "Follow him", "Print friendly
    pdf", "Add to/Remove from Watchlist"): a few words opening with a command to the reader
    (``line_shapes.is_ui_control``), capitalised as a label is and closing on no sentence's
    mark. The story's sentences ("See you next week.") and lines going on from the one
    above ("back and forth") are no labels, and a subheading right over a sentence of the
    story ("Follow along", "Back on the menu") heads it. So do the items of a list the story
    leads into ("... four steps lawmakers should take:" over "Close the H20 loophole"), and a
    subheading between a paragraph and its lead-in to a list ("Follow the money")."""
    text = lines[index].strip()
    if not (text[:1].isupper() and not ends_sentence(text) and is_ui_control(text)):
        return False
    above, following = _previous_written(kinds, index), _next_written(kinds, index)
    lead_in = above
    while lead_in is not None and kinds[lead_in] is None and is_ui_control(lines[lead_in]):
        lead_in = _previous_written(kinds, lead_in)  # up a run of such lines to what leads into it
    if lead_in is not None and kinds[lead_in] is None and lines[lead_in].rstrip().endswith(":"):
        return False
    if (
        following is not None and kinds[following] is None and lines[following].rstrip().endswith(":")
        and above is not None and kinds[above] is None and ends_sentence(lines[above])
    ):
        return False
    return following is None or kinds[following] is not None or not ends_sentence(_without_closing_marks(lines[following]))


def _is_web_address(text: str) -> bool:
    """A bare address such as ``https://p.dw.com/p/4mXq2`` (not "H100/H200" or "and/or")."""
    return is_url_line(text) and bool(WEB_ADDRESS.search(text))


def _kind(line: str, framing: bool) -> str | None:
    """What a line is known to be before its neighbours are looked at: ``BLANK``,
    ``FRAMING``, a clutter concept, or None for a line that may be the story."""
    if not line.strip():
        return BLANK
    return classify(line) or (FRAMING if framing else None)


def _is_paragraph(text: str) -> bool:
    words = word_count(text)
    return words >= PROSE_LONG_WORDS or (words >= PROSE_MIN_WORDS and ends_sentence(_without_closing_marks(text)))


def _byline_block(lines: list[str], kinds: list[str | None], first_paragraph: int) -> set[int]:
    """Clutter of the byline block (see ``layout_clutter``).

    Walking up the page, a short line that is no sentence and leads on to a date or a
    reading time is part of a byline (and so is one leading on to it), unless, below the
    story's first paragraph, it is a heading in sentence case ("Markets react" over
    "10:05 GMT": a live page's entry); above the story's
    first paragraph, a short one that leads on to clutter of any kind is clutter too, and
    so is any line that is no sentence and leads on to page clutter (a kicker, the page's
    own wording of the headline, a dek without a full stop) rather than to framing (a
    thread's opening post over the poster's repeated name), while a subheading ("Key
    Points") leads on to the story. A dek that no framing took counts as a paragraph,
    hence the first reach ("Moneycontrol News" under a dek, over a date).
    """
    found: set[int] = set()
    leads_to: str | None = None  # the kind of the next non-blank line down the page
    for index in range(len(lines) - 1, -1, -1):
        kind = kinds[index]
        if kind == BLANK:
            continue
        above_the_story = index < first_paragraph and leads_to is not None
        if kind is None and (
            (
                (leads_to in BYLINE_NEIGHBOURS or above_the_story)
                and _is_byline_part(lines[index])
                and (index < first_paragraph or not (_is_entry_heading(lines[index]) or _heads_a_signed_entry(lines, index)))
            )
            or (above_the_story and leads_to != FRAMING and _is_no_sentence(lines[index]))
        ):
            found.add(index)
        else:
            leads_to = kind
    found -= _summary_list(lines, found, first_paragraph)
    opening = next((index for index in range(first_paragraph) if kinds[index] is None and index not in found), None)
    if opening is not None and _is_lone_byline(lines, kinds, opening):
        found.add(opening)
    return found


def _is_entry_heading(text: str) -> bool:
    """A heading in sentence case ("What to watch", "Analysis: A truce, not a deal"): a
    byline's names, desks and posts are capitalised word by word, and an address or a
    "By ..." credit is no heading."""
    text = text.strip()
    return text[:1].isupper() and not is_name_cased(text) and "@" not in text and not BYLINE_OPENING.match(text)


def _heads_a_signed_entry(lines: list[str], index: int) -> bool:
    """True for a line over a time stamp over a "By ..." byline: a live page's entry,
    its headline ("Nvidia Beats Estimates" / "Nov 19, 2025, 4:24 pm EST" / "By Ellen
    Moravec") in title case or not; the byline names the writer, so the line over the
    stamp is no name of theirs."""
    following = [line for line in lines[index + 1 : index + 1 + ENTRY_LOOKAHEAD] if line.strip()][:2]
    return len(following) == 2 and classify(following[0]) in ENTRY_STAMPS and byline_name(following[1]) is not None


def _summary_list(lines: list[str], found: set[int], first_paragraph: int) -> set[int]:
    """A summary list over the story, its label and the items under it ("Key points" over
    "US government to take 25% of the proceeds", pasted without bullets): no item is a
    sentence, and clutter may follow them (a live page's time stamp over its first
    entry), but the label announces them as the story's."""
    opening = sorted(index for index in found if index < first_paragraph)
    label = next((index for index in opening if SUMMARY_LABEL.fullmatch(lines[index].strip())), None)
    if label is None:
        return set()
    items = {label}
    for index in range(label + 1, first_paragraph):
        if index not in found and lines[index].strip():
            break
        items.add(index)
    return items


def _is_lone_byline(lines: list[str], kinds: list[str | None], index: int) -> bool:
    """A person's name alone over the story, right under the headline or a stamp, and
    none of whose words the story uses: a subheading in that place ("Beijing Pushes
    Back") announces what the story then tells, in its words; an author's name is not
    part of the story."""
    if not (_is_person_name(lines[index]) and _previous_kind(kinds, index) in BYLINE_SIDES):
        return False
    return not _story_uses(lines, kinds, index, lines[index])


def _story_uses(lines: list[str], kinds: list[str | None], index: int, name: str) -> bool:
    """True when a word of ``name`` appears in a line of the story below ``index``."""
    words = {POSSESSIVE.sub("", word.lower()) for word in NAME_WORD.findall(name)}
    story = (lines[later].lower() for later in range(index + 1, len(lines)) if kinds[later] is None)
    return any(words.intersection(POSSESSIVE.sub("", word) for word in WORD.findall(line)) for line in story)


def _entry_bylines(lines: list[str], kinds: list[str | None]) -> set[int]:
    """On a live page, the writer's name under an entry's time stamp ("6:41 PM EDT" over
    "Ines Caldwell" over the entry's headline): a person's name none of whose words the
    page's paragraphs use. A subheading under a stamp says, in the story's words, what
    the entry then tells."""
    paragraph_words: set[str] | None = None
    found: set[int] = set()
    for index, kind in enumerate(kinds):
        text = lines[index].strip()
        if kind is not None or not _is_person_name(text):
            continue
        above = _previous_written(kinds, index)
        if above is None or not (kinds[above] in ENTRY_STAMPS or CLOCK_TIME.fullmatch(lines[above].strip())):
            continue
        if _next_kind(kinds, index) is not None:
            continue
        if CLOCK_TIME.fullmatch(lines[above].strip()) and not ENTRY_TIME.search(lines[above]):
            continue  # a bare "10:02" over a name is a transcript's time code over its speaker
        if paragraph_words is None:
            paragraph_words = {
                POSSESSIVE.sub("", word)
                for other, line in enumerate(lines)
                if kinds[other] is None and _is_paragraph(line)
                for word in WORD.findall(line.lower())
            }
        if not paragraph_words.intersection(POSSESSIVE.sub("", word.lower()) for word in NAME_WORD.findall(text)):
            found.add(index)
    return found


def _dated_bylines(lines: list[str], kinds: list[str | None]) -> set[int]:
    """A date with a person's name after it ("November 20, 2025 Timothy Prickett Morgan",
    "October 18, 2023 Bartholomew Quaid") none of whose words the story uses: a publish
    stamp crediting its writer, above the story's first paragraph. A live page's entry
    heading after its date ("Nov 19, 2025 Nvidia Beats Estimates") names what the story then
    tells, in its words, and a dated line under a paragraph ("October 7, 2022 Sweeping
    Controls") is the story's own timeline."""
    found: set[int] = set()
    for index, kind in enumerate(kinds):
        text = lines[index].strip()
        if kind is None and _is_paragraph(text):
            break
        if kind is not None or not text[:1].isalnum() or word_count(text) > DATED_BYLINE_MAX_WORDS:
            continue
        date = dates.find_date(text)
        if date is None or date.start != 0:
            continue
        name = CLOCK_TIME.sub(" ", text[len(date.text) :]).strip(" ,|·•-–—")
        if _is_person_name(name) and not _story_uses(lines, kinds, index, name):
            found.add(index)
    return found


def _after_the_story(lines: list[str], kinds: list[str | None], last_paragraph: int) -> set[int]:
    """Clutter below the story's last paragraph. The story may go on in sentences, list
    items, lead-ins, hard-wrapped lines and subheadings over sentences; the first line of
    page furniture, or a line that is none of those, ends it, and everything after that
    is the page's. Clutter that also sits between paragraphs (an advertisement, a
    caption, "Also Read") ends nothing, nor does a time stamp over a live page's next
    entry, nor a printed page's number (``_numbers_a_printed_page``). Under a summary's label ("Key points", "What
    happens next") the items go on with the story however they end, up to the next line
    of clutter of any kind; so do the lines over the button that closes a live page's
    last entry (``_last_entrys_close``)."""
    found: set[int] = set()
    wrapped = _wrapped_lines(lines, kinds)
    entry_end = _last_entrys_close(lines, kinds, last_paragraph)
    ended = listed = False
    for index in range(last_paragraph + 1, len(lines)):
        kind = kinds[index]
        if kind == BLANK:
            continue
        listed = kind is None and (listed or bool(SUMMARY_LABEL.fullmatch(lines[index].strip())) or _leads_in(lines[index]))
        if kind in INLINE_CLUTTER or kind == FRAMING or _heads_an_entry(lines, kinds, index):
            continue
        if _numbers_a_printed_page(lines[index]):
            found.update([index] if kind is None else [])
            continue
        goes_on = (
            listed
            or index < entry_end
            or index in wrapped
            or _goes_on_with_the_story(lines, kinds, index)
            or _heads_a_wrapped_paragraph(wrapped, kinds, index)
        )
        if kind is None and (ended or not goes_on):
            found.add(index)
        ended = ended or kind is not None or index in found
    return found


def _numbers_a_printed_page(line: str) -> bool:
    """A printed page's number, alone or closing the running footer a document repeats at
    the foot of each page ("Page 1 of 2", "Harlow & Finch LLP | Client Alert | Page 1 of
    2"): a letter, a filing or a client alert pasted from a PDF goes on over the next page,
    so the footer is clutter that ends nothing, as an advertisement between paragraphs is."""
    text = line.strip()
    return not ends_sentence(text) and bool(PRINTED_PAGE_NUMBER.fullmatch(text))


def _last_paragraph(kinds: list[str | None], story: list[int]) -> int:
    """The story's last paragraph: the last of ``story`` unless the last few stand apart
    from the rest, below a stretch of page furniture (``FURNITURE_GAP_MIN`` lines of
    clutter that ends a story, with no paragraph among them): a sentence a page sets among
    its footer ("Write an article and join a growing community of ...", a promotion under
    the tag list) is no paragraph of the story, however it reads. A story goes on past
    clutter a page also sets inside it (an advertisement, a caption, "Also read", a
    newsletter box, a share row, a live entry's stamp, a thread's post furniture), so only
    the furniture of a page's end (menus, tags, counters, credits, notes) makes a gap."""
    for position in range(len(story) - 1, max(0, len(story) - 1 - ISLAND_MAX_PARAGRAPHS), -1):
        above, below = story[position - 1], story[position]
        gap = [kind for kind in kinds[above + 1 : below] if kind not in (None, BLANK, FRAMING) and kind not in IN_STORY_CLUTTER]
        if len(gap) >= FURNITURE_GAP_MIN and ISLAND_SHARE * (len(story) - position) <= len(story):
            return above
    return story[-1]


def _last_entrys_close(lines: list[str], kinds: list[str | None], last_paragraph: int) -> int:
    """The index of the button that closes a live page's last entry, when the first
    clutter under the story's last paragraph is a button that already closed
    ``ENTRY_CLOSES_MIN`` entries above it, each time right under a paragraph ("Share"
    under each entry of a live blog, not a share bar by the headline): the lines above it
    belong to that entry however they read (an agenda, "Also coming up today" over its
    items). Otherwise ``last_paragraph``."""
    button = next(
        (index for index in range(last_paragraph + 1, len(lines))
         if kinds[index] not in (None, BLANK, FRAMING) and kinds[index] not in INLINE_CLUTTER),
        None,
    )
    if button is None:
        return last_paragraph
    text = lines[button].strip()
    closes = sum(1 for index in range(last_paragraph) if lines[index].strip() == text and _closes_a_paragraph(lines, kinds, index))
    return button if closes >= ENTRY_CLOSES_MIN else last_paragraph


def _closes_a_paragraph(lines: list[str], kinds: list[str | None], index: int) -> bool:
    above = _previous_written(kinds, index)
    return above is not None and kinds[above] is None and _is_paragraph(lines[above])


def _leads_in(line: str) -> bool:
    """A sentence of the story ending on a colon ("Topics we cover:", "The rule does three
    things:"): the lines under it are its list, whether or not they carry bullets."""
    text = line.strip()
    return text.endswith(COLONS) and word_count(text) >= LEAD_IN_MIN_WORDS


def _heads_a_wrapped_paragraph(wrapped: set[int], kinds: list[str | None], index: int) -> bool:
    """A subheading over a hard-wrapped paragraph ("THE TAKE" over a newsletter's wrapped
    section): the paragraph's first line reads on, so it is no sentence, yet the story goes
    on. Two lines that read on are not yet a wrapped paragraph (a comment over its buttons)."""
    following = _next_written(kinds, index)
    return following is not None and all(line in wrapped for line in range(following, following + WRAPPED_MIN_LINES))


def _heads_an_entry(lines: list[str], kinds: list[str | None], index: int) -> bool:
    """A time stamp over more of the story: a live page's next entry ("1 hr ago" over
    "Nvidia shares slip 2%" over its sentence)."""
    if kinds[index] not in ENTRY_STAMPS and not CLOCK_TIME.fullmatch(lines[index].strip()):
        return False
    following = _next_written(kinds, index)
    return following is not None and kinds[following] is None and _goes_on_with_the_story(lines, kinds, following)


def _goes_on_with_the_story(lines: list[str], kinds: list[str | None], index: int) -> bool:
    """A sentence, a list item (also an agenda's entry: "9.30am BST: UK labour market
    report", below the story; above it, time-stamped lines are a live page's jump list)
    or a lead-in, or a line over a sentence, a list item or a lead-in (a subheading, or a
    post's sentence closed by an emoji instead of a stop: "... 但是要“交过路费”💰")."""
    text = _without_closing_marks(lines[index])
    if ends_sentence(text) or text.endswith(COLONS) or _is_list_or_agenda_item(text) or _is_figure_in_a_list(lines, kinds, index):
        return True
    following = _next_written(kinds, index)
    return following is not None and kinds[following] is None and (
        ends_sentence(_without_closing_marks(lines[following]))
        or _is_list_or_agenda_item(lines[following])
        or _leads_in(lines[following])
    )


def _is_figure_in_a_list(lines: list[str], kinds: list[str | None], index: int) -> bool:
    """A labelled figure next to another one ("Revenue: $7.69B vs. $7.42B consensus" over
    "Data center: $3.24B, up 14% y/y"): a list of key figures set without bullets."""
    if not LABELLED_FIGURE.match(lines[index].strip()):
        return False
    neighbours = (_next_written(kinds, index), _previous_written(kinds, index))
    return any(other is not None and kinds[other] is None and LABELLED_FIGURE.match(lines[other].strip()) for other in neighbours)


def _without_closing_marks(line: str) -> str:
    """``line`` without the marks a paragraph may close on ("... for comment. ®", "... exporters.
    (END)", a thread's "... a separate question. 7/7", a post's "... the same thing. 👇", the
    agency or agencies credited for it: "... earlier reports. (Bloomberg)", "... on Wednesday. – Reuters",
    "... all laws. BLOOMBERG, FT"; the hashtags a post closes on: "... through applications. #exportcontrols
    #AMD"), so that its sentence shows."""
    text = END_OF_STORY_MARK.sub("", TRAILING_EMOJI.sub("", TRAILING_HASHTAGS.sub("", line.strip())))
    return SOURCE_CREDIT.sub("", THREAD_COUNTER.sub("", text))


def _is_list_item(text: str) -> bool:
    return bool(LIST_ITEM.match(text) or NUMBERED_ITEM.match(text))


def _is_list_or_agenda_item(text: str) -> bool:
    """A list item, or an agenda's entry (``SCHEDULE_ITEM``): below the story, both go on with it."""
    return _is_list_item(text) or bool(SCHEDULE_ITEM.match(text))


def _wrapped_lines(lines: list[str], kinds: list[str | None]) -> set[int]:
    """Indices of hard-wrapped paragraphs: runs of adjacent story lines, all but the last
    at least ``WRAPPED_LINE_MIN_LENGTH`` long, where a line reads on into the next (a
    list of related headlines does not read on)."""
    def runs_on(index: int) -> bool:
        long_line = len(lines[index].strip()) >= WRAPPED_LINE_MIN_LENGTH
        return long_line and kinds[index] is None and index + 1 < len(lines) and kinds[index + 1] is None

    wrapped: set[int] = set()
    index = 0
    while index < len(lines):
        start = index
        while runs_on(index):
            index += 1
        if any(reads_on(lines[other - 1], lines[other]) for other in range(start + 1, index + 1)):
            wrapped.update(range(start, index + 1))
        index += 1
    return wrapped


def reads_on(previous: str, text: str) -> bool:
    """True when ``text`` reads as the continuation of ``previous`` (a lower-case start,
    or ``previous`` stopping at a comma, a dash or a word such as "the")."""
    previous, text = previous.strip(), text.strip()
    return bool(previous and text) and (
        text[0].islower()
        or previous.endswith((",", "-", "—", "–"))
        or previous.rsplit(" ", 1)[-1].lower() in FUNCTION_WORDS
    )


def _is_byline_part(text: str) -> bool:
    """Short enough for a name, a desk credit or a button, and no sentence."""
    text = text.strip()
    return len(text) <= BYLINE_PART_MAX_LENGTH and word_count(text) <= BYLINE_PART_MAX_WORDS and _is_no_sentence(text)


def _is_no_sentence(text: str) -> bool:
    """Neither a sentence nor a list item nor a paragraph's worth of words."""
    text = text.strip()
    return not ends_sentence(text) and not _is_list_item(text) and word_count(text) < PROSE_LONG_WORDS


def _is_person_name(text: str) -> bool:
    """Two or three capitalised words, none a function word or a section label's:
    "Mia Zhou", "JONAS WHITFIELD", not "Key Points" or "Why It Matters"."""
    words = text.split(None, 3)  # a fourth part, however long, is enough to say no: a paragraph is not split up
    return 2 <= len(words) <= 3 and all(
        NAME_WORD.fullmatch(word) and word[0].isupper() and word.lower() not in _not_name_words() for word in words
    )


def _previous_kind(kinds: list[str | None], index: int) -> str | None:
    before = _previous_written(kinds, index)
    return FRAMING if before is None else kinds[before]


def _next_kind(kinds: list[str | None], index: int) -> str | None:
    after = _next_written(kinds, index)
    return None if after is None else kinds[after]


def _next_written(kinds: list[str | None], index: int) -> int | None:
    """The index of the first line below ``index`` that is not blank, or None."""
    return next((after for after in range(index + 1, len(kinds)) if kinds[after] != BLANK), None)


def _previous_written(kinds: list[str | None], index: int) -> int | None:
    """The index of the last line above ``index`` that is not blank, or None."""
    return next((before for before in range(index - 1, -1, -1) if kinds[before] != BLANK), None)


@lru_cache(maxsize=1)
def _not_name_words() -> frozenset[str]:
    """Words of section labels and menus, which a person's name does not contain."""
    return label_words() | FUNCTION_WORDS | navigation_phrases()


@lru_cache(maxsize=1)
def _bio_sentences() -> re.Pattern[str]:
    sentences = vocab.load("boilerplate").get("bio_sentences") or []
    return re.compile("|".join(f"(?:{sentence})" for sentence in sentences) or "(?!)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _story_end_mark() -> re.Pattern[str]:
    marks = vocab.load("boilerplate").get("story_end_marks") or []
    return re.compile("|".join(f"(?:{mark})" for mark in marks) or "(?!)", re.IGNORECASE)
