"""Guarantee: no raw input can break the normaliser or smuggle markup into an article.

Whatever text or bytes a user drops in — arbitrary Unicode, control characters, NUL
bytes, bidi overrides, several encodings in one file, one 10 MB line, 100,000 short
lines, punctuation-only lines, fake front-matter, Jinja, Markdown links and images, raw
HTML and entities — the normaliser either raises the documented ``IngestError`` or gives
an article file that ``yaml.safe_load`` reads back exactly as written, that Pelican's
YAML reader accepts, and whose rendered body and summary hold only the tags our escaping
allows (paragraphs, subheadings, lists), with no attribute at all.

The properties run a small number of examples by default so the suite stays fast; CI
sets ``CHIPTRAIL_FUZZ=ci`` for a fixed, larger budget (the figures in the README).
"""

from __future__ import annotations

import datetime
import io
import os
import tempfile
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from pelican.plugins.yaml_metadata.yaml_metadata import HEADER_RE, YAMLMetadataReader
from pelican.settings import DEFAULT_CONFIG

from chiptrail_normalise import frontmatter
from chiptrail_normalise.decode import decode_text
from chiptrail_normalise.fields import IngestError
from chiptrail_normalise.ingest import Report, ingest, read_saved_page
from chiptrail_normalise.pipeline import normalise

CI_BUDGET = os.environ.get("CHIPTRAIL_FUZZ") == "ci"
FUZZ = settings(
    max_examples=1000 if CI_BUDGET else 40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# What escaped Markdown may render to: the body's blocks, nothing from the input.
ALLOWED_TAGS = {"p", "h2", "ul", "li"}

# One line of an article that makes the text article-like (so most examples get past
# "no usable text" and exercise the whole pipeline).
STORY_LINE = ("Nvidia said on Tuesday it would resume sales of its H20 chips to China after "
              "Washington granted export licences, easing restrictions.")

HOSTILE_LINES = [
    "---", "...", "title: injected", "url: javascript:alert(1)", "tags: [x, '<b>']",
    "ingest_sha256: " + "0" * 64, "key: value", "Date: 99/99/9999", "Source: <script>",
    "{{ config.__class__ }}", "{% include 'base.html' %}", "{# comment #}", "{{ SITEURL }}",
    "[click](javascript:alert(1))", "![img](x onerror=alert(1))", "[x]: javascript:alert(1)",
    "<javascript:alert(1)>", "<https://evil.example/>", "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>", "<iframe src=//evil.example></iframe>",
    "<a href=\"javascript:alert(1)\">x</a>", "<svg><script>alert(1)</script></svg>",
    "<svg onload=alert(1)>", "<object data=x></object>", "<embed src=x>",
    "<!-- comment -->", "<![CDATA[x]]>", "<style>*{}</style>", "<b data-canary=1>bold</b>",
    "&lt;script&gt;", "&amp;lt;", "&#106;avascript:alert(1)", "&#x3C;script&#x3E;", "&nbsp;",
    "*em* _em_ **strong** `code` ~~del~~", "# heading", "## sub", "> quote", "1. item",
    "- item", "* item", "+ item", "| a | b |", "----", "====", "    indented code",
    "```", "~~~", "Term\n: definition", "{: onclick=alert(1)}", "\\", "!!!", "???", "—",
    ".,;:!?", "\u202eevil\u202c", "\u2066isolate\u2069", "\x00", "\x07\x08\x1b[31m",
    "\x85\u2028\u2029", "\ufeff", "\u200b\u200d", "华为 Ascend 910B", "مرحبا", "🙂" * 10,
    "Leave a Reply", "0 replies", "12/11/20255 min read", "", "   ", STORY_LINE,
]

SPECIAL_CHARACTERS = st.sampled_from(
    list("\x00\x01\x07\x0b\x0c\x1b\x7f\x85\xa0\u200b\u200e\u200f\u202a\u202b\u202c\u202d"
         "\u202e\u2028\u2029\u2066\u2067\u2068\u2069\ufeff\ufffd<>&\"'`*_[]()!#{}%|\\")
)

LINES = st.one_of(
    st.sampled_from(HOSTILE_LINES),
    st.text(max_size=120),
    st.text(alphabet=st.one_of(SPECIAL_CHARACTERS, st.characters()), max_size=80),
    st.text(alphabet=".,;:!?-—–*#=_~|/\\'\"()[]{}<>", min_size=1, max_size=40),
)

# Hostile lines around one story line, so that most examples become articles.
HOSTILE_TEXT = st.tuples(st.lists(LINES, max_size=40), st.lists(LINES, max_size=40)).map(
    lambda parts: "\n".join([*parts[0], STORY_LINE, *parts[1]])
)

ENCODINGS = ["utf-8", "cp1252", "latin-1", "utf-16"]

MIXED_BYTES = st.lists(
    st.tuples(st.sampled_from(HOSTILE_LINES + ["Café “déjà vu” — naïve", "€ 5 ‰ ™"]),
              st.sampled_from(ENCODINGS)),
    max_size=30,
).map(lambda parts: b"\n".join(line.encode(codec, "replace") for line, codec in parts))

RUNNER_KEYS = {"slug": "x", "added": datetime.date(2026, 1, 1), "raw": "raw/x.txt",
               "raw_sha256": "0" * 64}


class TagCollector(HTMLParser):
    """Every start tag and every attribute in a fragment of HTML."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.attributes = set(), set()

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.attributes.update(name for name, _ in attrs)


def rendered_markup(html: str) -> TagCollector:
    collector = TagCollector()
    collector.feed(html)
    collector.close()
    return collector


def check_article(meta: dict, body: str) -> None:
    """The article the runner would write for ``meta`` and ``body`` loads back exactly,
    passes Pelican's reader, and renders to nothing but our own block tags."""
    meta = {**meta, **RUNNER_KEYS}
    document = frontmatter.render_stamped(meta, body)
    header = HEADER_RE.fullmatch(document)
    assert header, "front-matter block not recognised"
    loaded = yaml.safe_load(header["metadata"])
    assert {key: value for key, value in loaded.items() if key != "ingest_sha256"} == meta
    assert not frontmatter.is_hand_edited(document)
    html, metadata = read_with_pelican(document)
    assert metadata["title"] == meta["title"]
    for fragment in (html, str(metadata.get("summary") or "")):
        markup = rendered_markup(fragment)
        assert markup.tags <= ALLOWED_TAGS, (markup.tags, fragment[:500])
        assert not markup.attributes, (markup.attributes, fragment[:500])


def read_with_pelican(document: str) -> tuple[str, dict]:
    with tempfile.NamedTemporaryFile("w", suffix=".md", encoding="utf-8", delete=False) as f:
        f.write(document)
    try:
        return YAMLMetadataReader(dict(DEFAULT_CONFIG)).read(f.name)
    finally:
        os.unlink(f.name)


def normalise_and_check(text: str) -> str:
    """What became of ``text``: a checked "article", or the documented "IngestError"."""
    try:
        normalised = normalise(text, name="raw/x.txt")
    except IngestError as error:
        assert str(error)
        return "IngestError"
    check_article(normalised.meta, normalised.body)
    return "article"


@pytest.mark.fuzz
@FUZZ
@given(text=HOSTILE_TEXT)
def test_hostile_text_gives_a_safe_loadable_article_or_the_documented_error(text):
    event(normalise_and_check(text))


@pytest.mark.fuzz
@FUZZ
@given(text=st.text(max_size=3000))
def test_arbitrary_unicode_gives_a_safe_loadable_article_or_the_documented_error(text):
    event(normalise_and_check(text + "\n" + STORY_LINE))


@pytest.mark.fuzz
@FUZZ
@given(data=st.one_of(MIXED_BYTES, st.binary(max_size=3000)))
def test_bytes_in_mixed_encodings_give_an_article_or_one_error_line_through_the_runner(data):
    with tempfile.TemporaryDirectory() as folder:
        content = Path(folder)
        (content / "raw").mkdir()
        (content / "raw" / "x.txt").write_bytes(data + b"\n" + STORY_LINE.encode())
        report = Report(out=io.StringIO(), err=io.StringIO())

        ingest(content / "raw", content / "articles", report=report)

        written = list((content / "articles").glob("*.md"))
        if report.counts["errors"]:
            event("IngestError")
            assert written == [] and report.counts["errors"] == 1
            assert report.err.getvalue().count("raw/x.txt: ") >= 1
        else:
            event("article")
            [path] = written
            document = path.read_text(encoding="utf-8")
            meta = yaml.safe_load(HEADER_RE.fullmatch(document)["metadata"])
            check_article({k: v for k, v in meta.items() if k not in RUNNER_KEYS
                           and k != "ingest_sha256"}, HEADER_RE.fullmatch(document)["content"])


@pytest.mark.fuzz
@settings(FUZZ, max_examples=1000 if CI_BUDGET else 10)
@given(lines=st.lists(st.sampled_from(HOSTILE_LINES), max_size=30))
def test_hostile_saved_html_pages_give_a_safe_article_or_the_documented_error(lines):
    paragraphs = "".join(f"<p>{line}</p>" for line in lines)  # markup left live on purpose
    page = (f"<html><head><title>{lines[0] if lines else ''}</title><script>alert(1)</script>"
            f"</head><body onload=alert(1)><article><h1>H20 sales resume</h1>{paragraphs}"
            f"<p>{STORY_LINE}</p><img src=x onerror=alert(1)><iframe src=x></iframe>"
            f"</article></body></html>").encode()
    try:
        decoded = read_saved_page(page)
    except IngestError:
        event("IngestError")
        return
    event(normalise_and_check(decoded.text))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Nvidia H20 China export licences " * 330_000, id="10MB-single-line"),
        pytest.param("Short line.\n" * 100_000, id="100000-short-lines"),
        pytest.param("H20\n" * 100_000 + STORY_LINE, id="100000-short-lines-then-story"),
        pytest.param(".,;:!?\n" * 50_000, id="punctuation-only-lines"),
        pytest.param("\x00" * 1_000_000, id="1MB-of-NUL"),
        pytest.param("\u202e" * 500_000 + STORY_LINE, id="bidi-overrides"),
        pytest.param("<" * 1_000_000, id="1MB-of-angle-brackets"),
        pytest.param("[" * 200_000 + "](javascript:alert(1))", id="deeply-nested-link"),
    ],
)
def test_pathological_sizes_finish_within_seconds_with_an_article_or_the_error(text):
    started = time.monotonic()

    normalise_and_check(text)

    assert time.monotonic() - started < 20


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"Nvidia H20 China " * 620_000, id="10MB-single-line-bytes"),
        pytest.param(b"x\n" * 100_000 + STORY_LINE.encode(), id="100000-lines-bytes"),
        pytest.param("Café".encode("cp1252") + "Café\n".encode() + STORY_LINE.encode("utf-16-le"),
                     id="utf8-cp1252-utf16-in-one-file"),
    ],
)
def test_pathological_raw_bytes_through_the_decoder_finish_with_an_article_or_the_error(data):
    started = time.monotonic()
    try:
        decoded = decode_text(data)
    except IngestError:
        return
    normalise_and_check(decoded.text)
    assert time.monotonic() - started < 20
