"""Markdown that is only paragraphs and ``#`` headings, turned into HTML without parsing.

Converting the articles' Markdown was most of a cold site build's CPU (1.5 s of about 5
at 1,000 articles), and nearly all of it went to looking for syntax that is not there: an
ingested body is paragraphs of prose and a few ``## `` headings, yet Python-Markdown runs
its 17 block processors and 15 inline patterns over every paragraph (issue 6).
``plain_html`` proves cheaply that a text holds nothing any of them acts on and writes
the HTML the converter would write: ``<p>`` per paragraph (its lines as they are),
``<hN>`` per heading, joined by newlines. Any other text gives None, and the converter
does it as before.

What the proof needs, from the processors of Pelican's default ``MARKDOWN`` settings
(``extra`` and ``codehilite``):

- none of the characters that start inline syntax or that the serializer escapes
  (backslash, backtick, ``*_[]{}<>&|~=``), and no control character but the newline
  (the converter's placeholders are made of them);
- no line that starts or ends with white space (indented code, lazy list lines, hard
  breaks; blank lines that hold spaces), and no line that starts a block of its own:
  ``-``, ``+`` or ``:`` (lists, rules, setext underlines, definitions), digits and a dot
  (ordered lists), ``#`` anywhere but at the start of a heading;
- a heading is a block (one line between blank lines) of one to six ``#``, a space and
  its text, with no other ``#``.

The converter itself must be one this reproduces (``renders_plain_text_alike``): the
processors of those settings and no other (an extension such as ``toc``, ``smarty`` or
``nl2br`` changes plain text too), and no abbreviation glossary. The tests compare the
two on every body of the evaluation corpus and on generated texts.
"""

from __future__ import annotations

import re

# Characters that start inline syntax, that the serializer escapes, or that make up the
# converter's placeholders (control characters, line separators): none may occur.
SYNTAX_CHARACTERS = re.compile(r"[\\`*_\[\]{}<>&|~=\x00-\x09\x0b-\x1f\x7f\x85\u2028\u2029]")
# The start of a line that may begin a block of its own (lists, rules, definitions,
# indented code) or carry leading white space the converter would strip.
BLOCK_START = re.compile(r"[-+:\s]|\d+\.")
HEADING = re.compile(r"(#{1,6}) ([^#\n]+)")

# The processors of Pelican's default MARKDOWN settings (``codehilite`` and ``extra``,
# without ``meta``), by registry: a converter with any other renders plain text
# differently, or might.
PLAIN_PROCESSORS = {
    "preprocessors": {"normalize_whitespace", "fenced_code_block", "html_block"},
    "parser.blockprocessors": {
        "empty", "indent", "code", "hashheader", "setextheader", "hr", "olist", "ulist",
        "quote", "reference", "paragraph", "footnote", "defindent", "deflist", "table",
        "abbr", "markdown_block"},
    "inlinePatterns": {
        "backtick", "escape", "reference", "link", "image_link", "image_reference",
        "short_reference", "short_image_ref", "autolink", "automail", "linebreak", "html",
        "entity", "em_strong", "footnote"},
    "treeprocessors": {
        "inline", "prettify", "unescape", "hilite", "footnote", "footnote-duplicate",
        "attr_list", "abbr"},
    "postprocessors": {"footnote", "amp_substitute", "raw_html"},
}


def plain_html(text: str) -> str | None:
    """The HTML the converter makes of ``text`` when it is plain paragraphs and headings
    (see the module's docstring), else None."""
    if SYNTAX_CHARACTERS.search(text):
        return None
    html = []
    for block in text.split("\n\n"):
        block = block.strip("\n")
        if not block:
            continue
        if not _plain_lines(block):
            return None
        if "#" in block:
            heading = HEADING.fullmatch(block)
            if heading is None:
                return None
            level = len(heading[1])
            html.append(f"<h{level}>{heading[2].strip()}</h{level}>")
        else:
            html.append(f"<p>{block}</p>")
    return "\n".join(html)


def _plain_lines(block: str) -> bool:
    """No line of ``block`` starts a block of its own or ends with white space."""
    for line in block.split("\n"):
        if line and (BLOCK_START.match(line) or line[-1].isspace()):
            return False
    return True


def renders_plain_text_alike(converter) -> bool:
    """Whether ``plain_html`` gives what ``converter`` (a ``markdown.Markdown``) gives:
    its processors are Python-Markdown's own of ``PLAIN_PROCESSORS``, every one of them,
    and it knows no abbreviation before it reads a text."""
    for path, names in PLAIN_PROCESSORS.items():
        registry = converter
        for attribute in path.split("."):
            registry = getattr(registry, attribute)
        if len(registry) != len(names) or not all(name in registry for name in names):
            return False
        if any(not type(registry[name]).__module__.startswith("markdown.") for name in names):
            return False
    converter.reset()
    return not getattr(converter.treeprocessors["abbr"], "abbrs", None)
