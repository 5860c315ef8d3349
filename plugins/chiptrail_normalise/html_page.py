"""Saved web pages: turn an ``.html``/``.htm`` raw file into the text the pipeline reads.

A saved page is mostly not the article: scripts, styles, navigation, cookie banners,
comment sections and ads surround a few paragraphs. trafilatura finds the main text and
the page's own metadata (title, site name, author, canonical URL; htmldate for the
original publication date). We hand both to the text pipeline in the raw header
convention (``Key: value`` lines, a blank line, then the text), so chips, stance, tags,
summary and escaping are decided in one place, and whatever the page does not state is
left to the same text heuristics as a pasted article.

The output is plain text: no markup of the page can reach an article body, and the
pipeline escapes the text like any other raw input.
"""

from __future__ import annotations

import codecs
import json
import re
from datetime import datetime

import trafilatura

from .decode import Decoded, check_is_text, decode_text
from .fields import IngestError
from .header import BARE_ADDRESS, domain_of

# The feed fetcher records where a page came from in a leading HTML comment.
FETCHER_COMMENT = re.compile(r"\A\s*<!--\s*chiptrail:\s*(\{.*?\})\s*-->", re.DOTALL)
FETCHER_COMMENT_START = b"<!-- chiptrail:"

# How a page declares its encoding; browsers look only near the top of the file.
META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
CHARSET_PRESCAN_BYTES = 4096
BYTE_ORDER_MARKS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# WHATWG Encoding: these labels all mean windows-1252 in a browser; a UTF-16/32 label in
# a meta tag that we could read as ASCII is a mislabelled UTF-8 page.
WINDOWS_1252_ALIASES = {"ascii", "latin-1", "iso8859-1", "cp1252"}
NOT_WEB_ENCODINGS = {"utf-7"}  # browsers refuse it: a classic way to smuggle markup
ASCII_INCOMPATIBLE = {"utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"}

# Main text only, precision over recall; the original (not the updated) date, found in
# markup or the URL, never guessed from free text or from today. <template> content is
# inert markup a browser never shows (sign-in dialogs, comment widgets). ``fast`` skips
# the jusText/readability fallbacks: jusText is quadratic in the number of paragraphs
# (100 s for a 20,000-paragraph page), and on a page with no article they return the
# navigation links as "text".
EXTRACTION_OPTIONS = {
    "prune_xpath": ["//template"],
    "fast": True,
    "include_comments": False,
    "include_tables": False,
    "include_images": False,
    "include_links": False,
    "favor_precision": True,
    "with_metadata": True,
    "date_extraction_params": {
        "original_date": True,
        "extensive_search": False,
        "deferred_url_extractor": True,
    },
}


def read_raw_html(data: bytes) -> Decoded:
    """Bytes of a saved page → header lines + main text, ready for ``normalise``.

    Same shape as ``decode_text`` so the ingest runner can dispatch ``.html`` to it. The
    fetcher's comment line is ASCII and the page below it keeps its own encoding (and
    maybe its own BOM), so the two are decoded apart.
    """
    first, newline, page = data.partition(b"\n")
    if not first.lstrip().startswith(FETCHER_COMMENT_START):
        first, newline, page = b"", b"", data
    decoded = read_html_bytes(page)
    comment = (first + newline).decode("ascii", errors="replace")
    return Decoded(html_to_text(comment + decoded.text), decoded.warnings)


def read_html_bytes(data: bytes) -> Decoded:
    """Decode a saved page as a browser would: BOM, then meta charset, then UTF-8.

    Without a BOM or a declaration the page is read like a raw text file (UTF-8, else
    cp1252, with a warning); binary data raises ``IngestError``.
    """
    declared = None if data.startswith(BYTE_ORDER_MARKS) else _declared_encoding(data)
    if declared is None:
        return decode_text(data)
    check_is_text(data)
    return Decoded(data.decode(declared, errors="replace"))


def _declared_encoding(data: bytes) -> str | None:
    match = META_CHARSET.search(data[:CHARSET_PRESCAN_BYTES])
    if not match:
        return None
    try:
        name = codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None
    if name in NOT_WEB_ENCODINGS:
        return None
    if name in WINDOWS_1252_ALIASES:
        return "cp1252"
    if name in ASCII_INCOMPATIBLE:
        return "utf-8"
    return name


def html_to_text(html: str) -> str:
    """The page's metadata as raw header lines, a blank line, then its main text.

    Raises ``IngestError`` when the page holds no article text, and for any failure
    inside the extractor: one hostile page must not stop the ingest of the others.
    """
    fetched, html = _split_fetcher_comment(html)
    try:
        document = trafilatura.bare_extraction(html, url=fetched.get("url"), **EXTRACTION_OPTIONS)
    except Exception as error:  # lxml and trafilatura raise many kinds on broken pages
        raise IngestError(f"HTML extraction failed ({type(error).__name__}: {error})") from error
    if document is None or not (document.text or "").strip():
        raise IngestError("no article text found in the HTML page")
    header = _header_lines(document, fetched)
    text = document.text.strip()
    return "\n".join(header + ["", text]) if header else text


def _split_fetcher_comment(html: str) -> tuple[dict, str]:
    """The fetcher's record (url, feed, fetched, published) and the page without it.

    The comment is removed before extraction so that its fetch time can never be
    mistaken for the publication date.
    """
    page = html.lstrip("\ufeff")
    match = FETCHER_COMMENT.match(page)
    if not match:
        return {}, html
    try:
        record = json.loads(match.group(1))
    except json.JSONDecodeError:
        record = None
    items = record.items() if isinstance(record, dict) else ()
    return {key: value for key, value in items if isinstance(value, str)}, page[match.end():]


def _header_lines(document, fetched: dict) -> list[str]:
    """Header keys for what the page states; unknown keys are left out, never guessed.

    Values are kept to one line, and a URL the header parser would refuse (not http)
    is dropped, so the header block always parses as a header.
    """
    values = {
        "URL": document.url if document.url and BARE_ADDRESS.match(document.url) else None,
        "Title": document.title,
        "Date": document.date or _feed_date(fetched.get("published")),
        "Source": _publisher(document.sitename, document.url),
        "Author": document.author,
        "Feed": fetched.get("feed"),
        "Fetched": fetched.get("fetched"),
    }
    lines = []
    for key, value in values.items():
        single_line = " ".join(str(value or "").split())
        if single_line:
            lines.append(f"{key}: {single_line}")
    return lines


def _feed_date(published: str | None) -> str | None:
    """The day of the feed item's own date, the fallback when the page states none."""
    try:
        return datetime.fromisoformat(published).date().isoformat() if published else None
    except ValueError:
        return None


def _publisher(sitename: str | None, url: str | None) -> str | None:
    """The site name, unless it is only the URL's host.

    trafilatura falls back to the bare domain; the pipeline maps a URL to a known
    outlet name ("cnbc.com" → "CNBC") itself, so a bare domain is left to it.
    """
    if not sitename or (url and sitename.lower().removeprefix("www.") == domain_of(url)):
        return None
    return sitename

