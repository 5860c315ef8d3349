"""Plain Markdown (paragraphs and headings) written as HTML without the converter: the
same bytes as Python-Markdown with Pelican's settings, or no answer at all."""

from __future__ import annotations

import copy
import random
from pathlib import Path

import markdown
import pytest
from pelican.settings import DEFAULT_CONFIG

from chiptrail_site.plain_markdown import plain_html, renders_plain_text_alike
from chiptrail_site.reader import FrontMatterReader

CORPUS = Path(__file__).resolve().parent / "corpus"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def pelican_converter(**changes) -> markdown.Markdown:
    """The reader's converter: Pelican's MARKDOWN settings (without ``meta``), with
    ``changes``."""
    settings = copy.deepcopy(DEFAULT_CONFIG)
    settings["MARKDOWN"].update(changes)
    return FrontMatterReader(settings)._markdown


@pytest.fixture(scope="module")
def converter() -> markdown.Markdown:
    return pelican_converter()


def assert_alike(converter, text: str) -> bool:
    """``plain_html`` gives the converter's HTML, or nothing; True when it gave it."""
    html = plain_html(text)
    if html is not None:
        assert html == converter.reset().convert(text), repr(text)
    return html is not None


def test_the_readers_converter_is_one_plain_html_reproduces(converter):
    assert renders_plain_text_alike(converter)


def test_paragraphs_and_headings_are_written_as_the_converter_writes_them(converter):
    text = ("\n\nFirst paragraph, with \"quotes\", 3.5% and the H20's price (maybe)!\n\n"
            "## A heading\n\nA paragraph\nover two lines.\n\n\n###### Six deep\n\n"
            "# Spaced   heading\n\nLast: 12 units.\n")
    assert assert_alike(converter, text)
    assert plain_html("One.\n\n## Two\n") == "<p>One.</p>\n<h2>Two</h2>"
    assert plain_html("") == plain_html("\n\n") == converter.reset().convert("") == ""


@pytest.mark.parametrize("text", [
    "Some *emphasis* here.", "Some_snake_case.", "A `code` span.", "A [link](x).",
    "Tom & Jerry.", "1 < 2.", "Escaped \\# hash.", "A | table | row.", "A {: .class}",
    "- a list item", "+ a list item", "1. an ordered item", "Term\n: definition",
    "    indented code", " leading space", "trailing space ", "hard  \nbreak",
    "Text\n## heading in a paragraph", "#hashtag at a line start", "A # in a line.",
    "####### seven", "Heading\n===", "~~~\nfenced\n~~~", "\ttab", "nbsp\u00a0",
    "carriage\rreturn", "line\u2028separator",
])
def test_anything_else_is_left_to_the_converter(converter, text):
    assert plain_html(text) is None
    assert_alike(converter, text)  # and the converter is still right


def test_the_evaluation_corpus_bodies_come_out_the_same(converter):
    """Every fifth body of the evaluation corpus, as it is and with the blank lines that
    follow a front-matter header."""
    bodies = sorted(CORPUS.glob("*/*.body.md"))[::5]
    assert bodies
    plain = sum(assert_alike(converter, text) + assert_alike(converter, "\n\n" + text)
                for text in (path.read_text(encoding="utf-8") for path in bodies))
    assert plain > len(bodies)  # most of them are plain: the shortcut is taken


def test_generated_texts_come_out_the_same(converter):
    """Short texts made of the characters and line starts near the gate's edges."""
    pieces = [*"ab cd\n\n\n#:-+.129!?\"'(),;%$/@^é\u00a0\u2003\t\r\x0c\u2028\ufeff",
              "## ", "# ", "###### ", "####### ", "\n## ", "1. ", "  \n", "    ", "a:b",
              "---", "\n\n", "*", "_", "[", "<", "&"]
    generator = random.Random(6)
    plain = 0
    for _ in range(20_000):
        text = "".join(generator.choice(pieces) for _ in range(generator.randint(0, 20)))
        plain += assert_alike(converter, text)
    assert plain > 1_000


@pytest.mark.parametrize("changes", [
    {"extensions": ["markdown.extensions.extra", "markdown.extensions.toc"]},
    {"extensions": ["markdown.extensions.extra", "markdown.extensions.smarty"]},
    {"extensions": ["markdown.extensions.extra", "markdown.extensions.nl2br"]},
    {"extensions": ["markdown.extensions.codehilite"],
     "extension_configs": {"markdown.extensions.codehilite": {}}},
    {"extensions": ["markdown.extensions.codehilite", "markdown.extensions.extra",
                    "markdown.extensions.abbr"],
     "extension_configs": {"markdown.extensions.abbr": {"glossary": {"H20": "a chip"}}}},
], ids=["toc", "smarty", "nl2br", "fewer", "glossary"])
def test_another_converter_is_not_reproduced(changes):
    assert not renders_plain_text_alike(pelican_converter(**changes))


def test_a_reader_with_other_markdown_settings_converts_everything():
    settings = copy.deepcopy(DEFAULT_CONFIG)
    settings["MARKDOWN"]["extensions"] = ["markdown.extensions.toc"]
    reader = FrontMatterReader(settings)
    assert reader.convert_markdown("## A heading\n\nText.") == (
        '<h2 id="a-heading">A heading</h2>\n<p>Text.</p>')


def test_the_reader_writes_plain_markdown_without_the_converter(monkeypatch):
    reader = FrontMatterReader(DEFAULT_CONFIG)
    monkeypatch.setattr(reader._markdown, "convert", None)  # would fail if called
    assert reader.convert_markdown("## A heading\n\nText.") == "<h2>A heading</h2>\n<p>Text.</p>"
