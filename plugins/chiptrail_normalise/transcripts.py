"""Recognise what is said in a transcript: speakers' turns and the headers over them.

A podcast, an interview, a hearing or a broadcast transcript is the story, line by line,
even where a line is short or reads like page clutter ("MAYA LINDQVIST: We'll be right
back after this.", "Priya: ... subscribe wherever you get your podcasts."). What marks
such a page is its speakers: labels ("HOST:", "Q:", "SEN. CRUZ:", "Guo Jiakun:") that
open line after line, two or more of them each several times. An earnings call prints
each speaker's name and post on a line of its own over what they say ("Lisa Su — Chair
and Chief Executive Officer"); the same line in a run of such lines is the call's list
of participants, which is clutter. Timed transcript lines ("0:50 this comes after ...")
each start a new turn too, so they are never joined to the line above. A video page's
transcript panel prints its captions as a run of short lines, most reading straight on
into the next ("the us is letting nvidia sell the h20 in" / "china again and today"),
often each under its time in the recording: none is a sentence or a paragraph of its
own, yet the run is what the video says.
"""

from __future__ import annotations

import re
from collections import Counter

from . import boilerplate
from .page_layout import reads_on
from .text import ends_sentence

SPEAKER_LABEL = re.compile(r"(?P<label>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}): (?=\S)")
"""A speaker's label opening a line: "HOST: ", "Q: ", "SEN. CRUZ: ", "Guo Jiakun: "."""
TIME_IN_RECORDING = r"\(?\d{1,2}:\d{2}(?::\d{2})?\)?"  # "0:50", "(1:02:15)"
TIMED_LINE = re.compile(TIME_IN_RECORDING + r" (?![ap]\.?m\b)(?=\S)", re.IGNORECASE)
"""A transcript line opening on its time in the recording: "0:50 this comes after ..."."""
MIN_SPEAKERS = 2
MAIL_HEADER_KEYS = frozenset({"from", "sent", "to", "cc", "bcc", "subject", "date"})  # "From: ...", "Subject: ...": a mail's, no speaker's
MIN_TURNS_EACH = 2
PARTICIPANT = "participant"  # the boilerplate concept of "Name — Post" lines
NAME_POST_DASH = re.compile(r" [-–—] ")  # what every participant line holds: the dash between name and post
RECORDING_TIME = re.compile(TIME_IN_RECORDING)
"""A time in the recording on a line of its own, over the caption said then: "0:02"."""
CAPTION_MAX_WORDS = 10  # a caption line holds what is said in a few seconds...
CAPTION_MAX_LENGTH = 60  # ...in a few words, or characters of a script without spaces
MIN_CAPTION_LINES = 8
CAPTION_MEAN_WORDS = 4  # speech, a few words a line; tags and search terms have fewer


def speaker_turns(lines: list[str]) -> frozenset[int]:
    """Indices of the lines a speaker's label opens, on a page where at least
    ``MIN_SPEAKERS`` labels each open ``MIN_TURNS_EACH`` lines or more: a transcript. One
    label repeated ("Also Read: ...", "Related: ...") is a page's furniture, not a
    conversation, and so is a menu word ("Topic: ...") or a mail header's key (a forwarded
    mail repeats "From:", "Sent:", "Subject:" over each of its e-mails)."""
    labelled = {
        index: match.group("label")
        for index, line in enumerate(lines)
        if ": " in line and (match := SPEAKER_LABEL.match(line.strip()))  # the test for ": " spares most lines the regex
    }
    counts = Counter(labelled.values())
    menu_words = boilerplate.navigation_phrases()
    speakers = {
        label for label, count in counts.items()
        if count >= MIN_TURNS_EACH and label.lower() not in menu_words and label.lower() not in MAIL_HEADER_KEYS
    }
    if len(speakers) < MIN_SPEAKERS:
        return frozenset()
    return frozenset(index for index, label in labelled.items() if label in speakers)


def speaker_headers(lines: list[str]) -> frozenset[int]:
    """Indices of "Name — Post" lines standing alone over what the speaker says: the next
    written line is a paragraph, and the line right above is no such line (a list of
    participants is set one under another)."""
    written = [index for index, line in enumerate(lines) if line.strip()]
    headers = set()
    for position, index in enumerate(written):
        if not NAME_POST_DASH.search(lines[index]) or boilerplate.classify(lines[index]) != PARTICIPANT:
            continue
        below = written[position + 1] if position + 1 < len(written) else None
        if below is None or (index and boilerplate.classify(lines[index - 1]) == PARTICIPANT):
            continue
        following = lines[below].strip()
        if boilerplate.classify(following) is None and not SPEAKER_LABEL.match(following) and len(following.split()) > 1:
            headers.add(index)
    return frozenset(headers)


def caption_lines(lines: list[str]) -> frozenset[int]:
    """Indices of a video's captions: runs of at least ``MIN_CAPTION_LINES`` short lines
    (times in the recording between them aside), each reading on from the one above or
    into the next, or starting a sentence after one ends (a chapter's title over its first
    caption, a speaker's first words after the last one's). A line of page clutter or a
    long one ends a run, and so do two lines in a row that do not read on: a menu, a list
    of headlines, comments."""
    captions: set[int] = set()
    run: list[int] = []
    unlinked = None  # the line before, when it does not read on from the one above it
    previous = None  # the line before, when it may be a caption
    for index, line in enumerate(lines):
        text = line.strip()
        if not text or RECORDING_TIME.fullmatch(text):
            continue
        caption = len(text) <= CAPTION_MAX_LENGTH and len(text.split()) <= CAPTION_MAX_WORDS and boilerplate.classify(text) is None
        if caption and previous is not None and (reads_on(previous, text) or ends_sentence(previous)):
            run.extend((unlinked, index) if unlinked is not None else (index,))
            unlinked = None
        else:
            if unlinked is not None or not caption:
                _keep_run(lines, run, captions)
                run = []
            unlinked = index if caption else None
        previous = text if caption else None
    _keep_run(lines, run, captions)
    return frozenset(captions)


def _keep_run(lines: list[str], run: list[int], captions: set[int]) -> None:
    """Keep a run long enough, and with enough words a line, for speech: a list of
    lower-case search terms or tags ("nvidia stock" / "china ban news") reads on too."""
    words = sum(len(lines[index].split()) for index in run)
    if len(run) >= MIN_CAPTION_LINES and words >= CAPTION_MEAN_WORDS * len(run):
        captions.update(run)


def spoken_lines(lines: list[str]) -> frozenset[int]:
    """Every line a transcript's speakers own: their turns and the headers over them."""
    return speaker_turns(lines) | speaker_headers(lines)


def opens_a_turn(text: str) -> bool:
    """True when ``text`` opens on a speaker's label or a recording time: it starts a new
    paragraph, however the line above it ends."""
    return bool(TIMED_LINE.match(text) or SPEAKER_LABEL.match(text))
