"""A synthetic corpus of raw articles for the benchmark, in the messy formats the
normaliser reads: headlines with or without a dek, date lines in several formats (or none),
wire datelines and bylines, header blocks, glued dates, category crumbs, comment widgets,
tag lists and hashtags, subheadings, and near-duplicate republications.

Article ``i`` of seed ``s`` depends only on ``(s, i)``, so the same call writes the same
bytes and the add-one-article step can write article ``n`` without rewriting the others.
Chips are taken from the normaliser's vocabulary, words and templates from
``corpus_words.yaml`` next to this file.

Command line: ``python3 -m bench.corpus --n 1000 --out DIR [--seed 0] [--start 0]``.
"""

from __future__ import annotations

import argparse
import datetime
import functools
import random
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

from chiptrail_normalise.vocab import PACKAGE_VOCAB

WORDS_FILE = Path(__file__).with_name("corpus_words.yaml")
FIRST_DAY = datetime.date(2022, 1, 1)
LAST_DAY = datetime.date(2026, 10, 31)
WORDS_MEAN, WORDS_SPREAD, WORDS_MIN, WORDS_MAX = 640, 320, 100, 2200
STANCE_WEIGHTS = {"easing": 4, "tightening": 4, "neutral": 2}
REPUBLISHED_SHARE = 0.05  # near-duplicates: an earlier story under another outlet
REPUBLISH_WINDOW = 40  # ... taken from one of the previous 40 articles
MOVE_SHARE = 0.08  # body sentences that report the move (stance cues)
STOCK_SHARE = 0.05  # body sentences of stock phrasing shared with unrelated articles
SUBHEADING_EVERY = 4  # paragraphs between subheadings, in articles that have them
SLOT_LISTS = {"agency": "agencies", "city": "cities", "weekday": "weekdays", "vendor": "vendors"}
# Words an article draws its own sentences from: a few of each grammar list, so that it
# keeps to its subject and two unrelated articles share few content words.
LEXICON_SIZES = {"noun": 14, "adj": 10, "verb": 10, "place": 4, "org": 3, "first_name": 5, "last_name": 5}


@dataclass(frozen=True)
class Story:
    """What an article says, before a web page wraps it."""

    headline: str
    dek: str
    date: datetime.date
    paragraphs: list[str]  # a paragraph starting with "## " is a subheading
    tags: list[str]


@functools.cache
def words() -> dict:
    """The corpus vocabulary, with the chips (and their vendors) from the normaliser's."""
    data = yaml.safe_load(WORDS_FILE.read_text(encoding="utf-8"))
    chips = yaml.safe_load((PACKAGE_VOCAB / "chips.yaml").read_text(encoding="utf-8"))
    data["chips"] = {name: entry["aliases"] for name, entry in chips.items()}
    data["chip_vendors"] = {name: entry["vendor"] for name, entry in chips.items()}
    return data


def write_corpus(raw_dir: Path, n: int, *, seed: int = 0, start: int = 0) -> list[Path]:
    """Write articles ``start .. start+n-1`` as ``raw_dir/<index>_<hex>.txt``; return them."""
    raw_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(start, start + n):
        name, text = raw_article(seed, index)
        path = raw_dir / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def raw_article(seed: int, index: int) -> tuple[str, str]:
    """File name and text of article ``index``: a story, maybe an earlier one, in a page."""
    rng = random.Random(f"{seed}:{index}:page")
    outlet = rng.choice(words()["outlets"])
    republished = index > 0 and rng.random() < REPUBLISHED_SHARE
    source_index = rng.randrange(max(0, index - REPUBLISH_WINDOW), index) if republished else index
    story = make_story(seed, source_index)
    lines = rng.choice(LAYOUTS)(rng, story, outlet)
    if republished:
        note = rng.choice(words()["republished_notes"])
        lines.append(note.format(outlet=rng.choice(words()["outlets"])["name"]))
    lines += rng.sample(words()["clutter"], rng.randrange(0, 4))
    return f"{index:05d}_{rng.getrandbits(64):016x}.txt", "\n".join(lines) + "\n"


def story_chips(seed: int, index: int) -> list[str]:
    """The chips story ``index`` is about, main chip first."""
    rng = random.Random(f"{seed}:{index}:chips")
    names = list(words()["chips"])
    return rng.sample(names, rng.randrange(1, 4))


def make_story(seed: int, index: int) -> Story:
    """Story ``index``: a headline, dek, date and body about its chips, leaning one way."""
    rng = random.Random(f"{seed}:{index}:story")
    stance = rng.choices(list(STANCE_WEIGHTS), weights=list(STANCE_WEIGHTS.values()))[0]
    slots = Slots(rng, story_chips(seed, index))
    date = FIRST_DAY + datetime.timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days + 1))
    return Story(
        headline=slots.fill(rng.choice(words()["headline_templates"][stance])),
        dek=slots.fill(rng.choice(words()["dek_templates"])),
        date=date,
        paragraphs=body_paragraphs(rng, slots, stance),
        tags=rng.sample(words()["tag_words"], rng.randrange(2, 6)) + [slots.chips[0]],
    )


def body_paragraphs(rng: random.Random, slots: Slots, stance: str) -> list[str]:
    """Paragraphs of about a drawn number of words; the first opens with the move."""
    target = min(WORDS_MAX, max(WORDS_MIN, int(rng.gauss(WORDS_MEAN, WORDS_SPREAD))))
    moves = words()["stance_sentences"][stance]
    subheadings = words()["subheadings"] if target > 500 and rng.random() < 0.5 else None
    paragraphs, count = [], 0
    while count < target:
        if subheadings and paragraphs and len(paragraphs) % SUBHEADING_EVERY == 0:
            paragraphs.append("## " + rng.choice(subheadings))
        sentences = [body_sentence(rng, slots, moves) for _ in range(rng.randrange(2, 6))]
        if not paragraphs:
            sentences.insert(0, slots.fill(rng.choice(moves)))
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        count += paragraph.count(" ") + 1
    return paragraphs


def body_sentence(rng: random.Random, slots: Slots, moves: list[str]) -> str:
    """A move (``MOVE_SHARE``), a stock sentence (``STOCK_SHARE``), else the article's own.

    Unrelated articles then share a few per cent of their word 3-grams, as real ones do;
    filled from one pool of templates, they shared half and every pair of them looked
    like a republication to copy detection.
    """
    draw = rng.random()
    if draw < MOVE_SHARE:
        return slots.fill(rng.choice(moves))
    if draw < MOVE_SHARE + STOCK_SHARE:
        return slots.fill(rng.choice(words()["stock_sentences"]))
    return slots.fill("{sentence}")


class Slots:
    """Fills a template's ``{slot}``s with random words; ``{chip}`` is mostly the main chip,
    spelled as one of its aliases, and a ``grammar`` slot is filled with one of its
    templates, itself filled in turn (``{Np}``: the same, starting with a capital), or
    for a word list in ``LEXICON_SIZES``, with one of the article's own few words."""

    def __init__(self, rng: random.Random, chips: list[str]):
        self.rng, self.chips = rng, chips
        self.vocab = words()
        grammar = self.vocab["grammar"]
        self.lexicon = {**grammar, **{slot: rng.sample(grammar[slot], k) for slot, k in LEXICON_SIZES.items()}}

    def fill(self, template: str) -> str:
        return template.format_map(self)

    def __getitem__(self, slot: str) -> str:
        rng, vocab = self.rng, self.vocab
        if slot == "chip":
            name = self.chips[0] if rng.random() < 0.7 else rng.choice(self.chips)
            return rng.choice(vocab["chips"][name])
        if slot == "chip2":
            return rng.choice(self.chips[1:] or list(vocab["chips"]))
        if slot == "vendor":
            return vocab["chip_vendors"][self.chips[0]] if rng.random() < 0.6 else rng.choice(vocab["vendors"])
        if slot == "number":
            return str(rng.randrange(2, 96))
        if slot == "outlet":
            return rng.choice(vocab["outlets"])["name"]
        if slot in SLOT_LISTS:
            return rng.choice(vocab[SLOT_LISTS[slot]])
        if slot[0].isupper():
            filled = self[slot.lower()]
            return filled[0].upper() + filled[1:]
        choice = rng.choice(self.lexicon[slot])
        return self.fill(choice) if "{" in choice else choice


# --- Page layouts: how a story looks once pasted from a web page --------------------------


def body_lines(story: Story) -> list[str]:
    return [p[3:] if p.startswith("## ") else p for p in story.paragraphs]


def long_date(day: datetime.date) -> str:
    return f"{day:%B} {day.day}, {day.year}"


DATE_LINES = (
    long_date,
    lambda day: f"{day.day} {day:%B}, {day.year}",
    lambda day: day.isoformat(),
    lambda day: f"Published: {day.day} {day:%B}, {day.year} 09:41 PM",
    lambda day: f"Posted on {long_date(day)} by newsdesk",
    lambda day: f"{day:%a, %d %b %Y} 14:02:11 +0000",
    lambda day: f"{day:%m/%d/%Y}",
)


def plain_page(rng: random.Random, story: Story, outlet: dict) -> list[str]:
    """Headline, dek, a date line in one of several formats, one line per paragraph."""
    lines = [story.headline, story.dek, f"Source: {outlet['name']}"]
    lines.append(rng.choice(DATE_LINES)(story.date))
    return lines + body_lines(story) + [f"Tags: {', '.join(story.tags)}"]


def spaced_page(rng: random.Random, story: Story, outlet: dict) -> list[str]:
    """Blank-line separated, headline repeated, subheadings as short lines, no source."""
    head = [story.headline, story.headline, story.dek, long_date(story.date)]
    return "\n\n".join(head + body_lines(story)).split("\n")


def header_page(rng: random.Random, story: Story, outlet: dict) -> list[str]:
    """A ``Key: value`` header block, then the page, then a tag list one per line."""
    slug = story.headline.lower().replace(" ", "-")[:60]
    header = [
        f"URL: https://www.{outlet['domain']}/news/{slug}",
        f"Title: {story.headline}",
        f"Date: {story.date.isoformat()}",
        f"Source: {outlet['name']}",
        "",
        story.headline,
    ]
    return header + body_lines(story) + ["Tags", *story.tags]


def wire_page(rng: random.Random, story: Story, outlet: dict) -> list[str]:
    """Headline, byline, time stamp, and a ``CITY, Month D (Outlet) -`` dateline."""
    city = rng.choice(words()["cities"])
    first, *rest = body_lines(story)
    dateline = f"{city.upper()}, {story.date:%B} {story.date.day} ({outlet['name']}) - {first}"
    byline = "By " + " and ".join(rng.sample(words()["bylines"], rng.randrange(1, 3)))
    stamp = f"{long_date(story.date)} 3:12 AM GMT+8"
    return [story.headline, byline, stamp, dateline, *rest, f"Reporting by {byline[3:]}"]


def glued_page(rng: random.Random, story: Story, outlet: dict) -> list[str]:
    """Blog layout: crumbs, site name, a numeric date glued to a reading time."""
    minutes = max(1, sum(p.count(" ") for p in story.paragraphs) // 200)
    head = [story.headline, story.dek, rng.choice(words()["crumbs"]), outlet["name"],
            f"{story.date:%m/%d/%Y}{minutes} min read", "", ""]
    also_read = Slots(rng, ["H20"]).fill(words()["also_read"])
    body = body_lines(story)
    return head + body[:2] + [also_read] + body[2:]


def headless_page(rng: random.Random, story: Story, outlet: dict) -> list[str]:
    """No headline and no date: the normaliser must derive a title and leave date null."""
    hashtags = " ".join("#" + tag.replace(" ", "") for tag in story.tags)
    return [p for p in story.paragraphs if not p.startswith("## ")] + [hashtags]


LAYOUTS = (plain_page, plain_page, spaced_page, header_page, wire_page, glued_page, headless_page)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench.corpus", description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, required=True, help="number of articles to write")
    parser.add_argument("--out", type=Path, required=True, help="folder to write the raw files to")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    parser.add_argument("--start", type=int, default=0, help="index of the first article (default 0)")
    args = parser.parse_args(argv)
    paths = write_corpus(args.out, args.n, seed=args.seed, start=args.start)
    print(f"{len(paths)} raw articles written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
