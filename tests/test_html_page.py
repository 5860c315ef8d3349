"""Saved web pages become the raw text of a pasted article: header keys, then main text.

Each page in tests/fixtures/html is a realistic saved news page, read and normalised once
per module (trafilatura is slow-ish). The header is checked with the same parser the
pipeline uses, and the front-matter and body with the pipeline itself.
"""

from __future__ import annotations

import codecs
import json
import re
import time
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest

from chiptrail_normalise import raw_store
from chiptrail_normalise.fields import IngestError
from chiptrail_normalise.header import parse_header
from chiptrail_normalise.html_page import html_to_text, read_html_bytes, read_raw_html
from chiptrail_normalise.pipeline import normalise

FIXTURES = Path(__file__).parent / "fixtures" / "html"

# Any HTML tag, comment or doctype opener.
MARKUP = re.compile(r"<\s*/?\s*[A-Za-z!]")

ARTICLE_LINES = {
    "reuters_h20_licences": [
        "Nvidia said on Tuesday it expects to resume sales of its H20",
        "The H20 was designed specifically for the Chinese market",
        "Chief executive Jensen Huang said in Beijing",
        "Analysts said the decision marked an easing of export controls",
        "Lawmakers critical of the move said the H20 still gives",
    ],
    "undated_analysis": [
        "Every debate about American chip exports to China",
        "Hawks in Congress disagree.",
        "Beijing, for its part, has told its largest cloud companies",
    ],
    "cnbc_url_dated": [
        "Nvidia and AMD have agreed to pay the U.S. government 15%",
        "The deal covers Nvidia's H20 and AMD's MI308 processors",
        "Commerce Department officials began issuing the licences",
        "Critics called the revenue-sharing arrangement",
    ],
    "hostile_body": [
        "The Commerce Department told Nvidia that exports of the H20",
        "Nvidia said it would book a charge on H20 inventory",
        "Officials said the rule was meant to keep advanced computing power",
        "Industry groups warned that the requirement would hand market share",
    ],
    "cp1252_ascend": [
        "With Nvidia’s H20 held up by the new licence requirement",
        "“We cannot plan around chips that may never arrive,” one of them said.",
        "Analysts at a Shanghai brokerage estimate",
    ],
}

# Text of scripts, styles, navigation, cookie banners, comments, ads and footers.
BOILERPLATE = {
    "reuters_h20_licences": [
        "dataLayer", "trackingPixelLeaderboard", "injectedTrackerMarkup", "footerBeaconScript",
        "position: fixed", "We use cookies", "Accept all cookies", "Manage preferences",
        "Breakingviews", "Sustainability", "Sponsored", "CloudCompute", "Advertisement",
        "Most read", "Oil prices slide", "GreatReader42", "Licences mean nothing",
        "Join the conversation", "Write your comment", "Post comment", "All rights reserved",
    ],
    "undated_analysis": [
        "pendingConsentTracker", "Subscribe to the newsletter", "uses cookies",
        "Privacy policy", "Advertisement", "NextGen racks", "Leave a reply", "Post Comment",
        "Copyright ChipBrief", "chiptrail", "feed.xml",
    ],
    "cnbc_url_dated": ["font-family", "Watchlist", "Related: Watch the full interview"],
    "hostile_body": [
        "head script", "body onload", "img onerror", "onerror", "javascript:", "iframe",
        "does not support iframes", "svg", "object", "para click", "onclick",
    ],
    "cp1252_ascend": ["About us", "Tous droits réservés"],
}


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    return {path.stem: read_raw_html(path.read_bytes()).text for path in FIXTURES.glob("*.html")}


def header_of(text: str) -> dict[str, str]:
    return parse_header(text.splitlines()).fields


def body_of(text: str) -> str:
    return "\n".join(parse_header(text.splitlines()).rest).strip()


# --- metadata from the page --------------------------------------------------------


def test_page_metadata_becomes_header_keys_the_pipeline_reads(pages):
    assert header_of(pages["reuters_h20_licences"]) == {
        "url": "https://www.reuters.com/world/china/nvidia-says-us-will-grant-licences-h20-chip-sales-china/",
        "title": "Nvidia says US will grant licences for H20 chip sales to China",
        "date": "2025-07-15",
        "source": "Reuters",
        "author": "Karen Freifeld",
    }


def test_date_is_the_original_publication_not_the_update(pages):
    # The page also carries dateModified, an "Updated" <time> and a modified_time meta.
    assert header_of(pages["reuters_h20_licences"])["date"] == "2025-07-15"


def test_page_that_states_no_date_gets_no_date_even_with_a_fetch_time(pages):
    header = header_of(pages["undated_analysis"])
    assert "date" not in header
    assert header["fetched"] == "2026-11-20T08:30:00+00:00"


def test_date_in_the_url_path_is_used_when_the_page_states_none(pages):
    assert header_of(pages["cnbc_url_dated"])["date"] == "2025-08-11"


def test_site_name_that_is_only_the_domain_is_left_to_the_pipeline(pages):
    header = header_of(pages["cnbc_url_dated"])
    assert "source" not in header
    assert header["url"].startswith("https://www.cnbc.com/2025/08/11/")


def test_site_name_from_og_meta_and_author_from_meta_are_kept(pages):
    header = header_of(pages["cp1252_ascend"])
    assert header["source"] == "Asia Chip Review"
    assert header["author"] == "François Dubé"


# --- the fetcher's provenance comment ---------------------------------------------


def with_fetcher_comment(html: str, **record: str) -> str:
    return f"<!-- chiptrail: {json.dumps(record)} -->\n{html}"


def test_fetcher_url_is_used_when_the_page_has_no_canonical_url(pages):
    header = header_of(pages["undated_analysis"])
    assert header["url"] == "https://chipbrief.example.org/analysis/why-the-h200-question-will-not-go-away"
    assert header["feed"] == "https://chipbrief.example.org/feed.xml"


def test_canonical_url_wins_over_the_fetcher_url():
    html = (FIXTURES / "hostile_body.html").read_text(encoding="utf-8")
    text = html_to_text(with_fetcher_comment(html, url="https://mirror.example.net/copy?utm_source=rss"))
    assert header_of(text)["url"] == "https://techpolicywire.example.com/news/commerce-tightens-h20-licence-conditions"


def test_feed_item_date_is_the_fallback_when_the_page_states_none():
    html = (FIXTURES / "undated_analysis.html").read_text(encoding="utf-8")
    text = html_to_text(with_fetcher_comment(html, published="2025-12-09T22:15:00+00:00"))
    assert header_of(text)["date"] == "2025-12-09"


def test_page_date_wins_over_the_feed_item_date():
    html = (FIXTURES / "reuters_h20_licences.html").read_text(encoding="utf-8")
    text = html_to_text(with_fetcher_comment(html, published="2025-07-20T10:00:00Z"))
    assert header_of(text)["date"] == "2025-07-15"


def test_provenance_line_written_by_the_fetcher_is_understood():
    provenance = {
        "url": "https://chipbrief.example.org/a?<script>",
        "feed": "https://chipbrief.example.org/feed.xml",
        "fetched": "2026-11-23T03:10:00Z",
        "published": "2025-12-11T08:00:00Z",
        "sha256": "0" * 64,
    }
    page = (FIXTURES / "undated_analysis.html").read_bytes().split(b"\n", 1)[1]
    header = header_of(read_raw_html(raw_store.header_line(provenance) + page).text)
    assert header["date"] == "2025-12-11"
    assert header["fetched"] == "2026-11-23T03:10:00Z"
    assert "url" not in header  # not a bare address: the pipeline would refuse it


def test_malformed_fetcher_comment_is_ignored_not_fatal():
    html = (FIXTURES / "cnbc_url_dated.html").read_text(encoding="utf-8")
    text = html_to_text("<!-- chiptrail: {not json} -->\n" + html)
    assert header_of(text)["url"].startswith("https://www.cnbc.com/")


# --- the body: article text only, as plain lines ----------------------------------


@pytest.mark.parametrize("page", sorted(ARTICLE_LINES))
def test_every_article_paragraph_is_kept_as_its_own_line(pages, page):
    lines = body_of(pages[page]).splitlines()
    for opening in ARTICLE_LINES[page]:
        assert sum(line.startswith(opening) for line in lines) == 1, opening


def test_subheadings_are_kept_as_lines(pages):
    assert "Licence applications filed" in body_of(pages["reuters_h20_licences"]).splitlines()


@pytest.mark.parametrize("page", sorted(BOILERPLATE))
def test_scripts_styles_navigation_comments_and_ads_never_reach_the_text(pages, page):
    for unwanted in BOILERPLATE[page]:
        assert unwanted not in body_of(pages[page]), unwanted


@pytest.mark.parametrize("page", sorted(set(ARTICLE_LINES) - {"hostile_body"}))
def test_text_holds_no_markup_at_all(pages, page):
    assert not MARKUP.search(pages[page])


def test_hostile_markup_in_the_article_body_survives_only_as_quoted_text(pages):
    marked_lines = [line for line in pages["hostile_body"].splitlines() if MARKUP.search(line)]
    # Only the paragraph that quotes markup as text (&lt;script&gt; in the page) remains.
    assert len(marked_lines) == 1
    assert marked_lines[0].startswith("Security researchers noted")


def test_template_content_a_browser_never_shows_is_dropped():
    html = (FIXTURES / "cnbc_url_dated.html").read_text(encoding="utf-8")
    html = html.replace("</article>", "<template><p>Sign in to keep reading TEMPLATE</p></template></article>")
    assert "TEMPLATE" not in html_to_text(html)


@pytest.mark.parametrize(
    "data,reason",
    [
        (b"", "empty"),
        (b"<html><head><title>x</title></head><body></body></html>", "no article text"),
        (b"<html><body><nav><a href='/'>Home</a></nav><footer>Contact us</footer></body></html>", "no article text"),
    ],
)
def test_page_without_article_text_is_an_ingest_error(data, reason):
    with pytest.raises(IngestError, match=reason):
        read_raw_html(data)


def test_a_page_of_twenty_thousand_paragraphs_is_read_in_bounded_time():
    paragraphs = "".join(f"<p>Paragraph {i} about H20 export licences to China.</p>" for i in range(20_000))
    started = time.monotonic()
    text = html_to_text(f"<html><body><article>{paragraphs}</article></body></html>")
    assert time.monotonic() - started < 15  # the jusText fallback alone takes ~100 s
    assert text.count("\n") >= 19_999


def test_binary_data_is_an_ingest_error():
    with pytest.raises(IngestError, match="binary"):
        read_raw_html(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))


# --- decoding saved bytes as a browser would ---------------------------------------

PAGE = "<html><head>{meta}</head><body><p>Huawei’s Ascend — “H20” café</p></body></html>"
EXPECTED = "Huawei’s Ascend — “H20” café"


def test_meta_charset_windows_1252_page_is_decoded(pages):
    assert "With Nvidia’s H20 held up" in pages["cp1252_ascend"]
    assert "Title: Huawei’s Ascend gains as H20 sales stall" in pages["cp1252_ascend"]


@pytest.mark.parametrize("label", ["windows-1252", "iso-8859-1", "latin1", "us-ascii"])
def test_latin_labels_mean_windows_1252_as_in_browsers(label):
    data = PAGE.format(meta=f'<meta charset="{label}">').encode("cp1252")
    assert EXPECTED in read_html_bytes(data).text


def test_http_equiv_content_type_charset_is_honoured():
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">'
    data = PAGE.format(meta=meta).replace(EXPECTED, "Хуавэй").encode("koi8_r")
    assert "Хуавэй" in read_html_bytes(data).text


@pytest.mark.parametrize("bom,encoding", [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le")])
def test_byte_order_mark_wins_over_a_wrong_meta_charset(bom, encoding):
    data = bom + PAGE.format(meta='<meta charset="windows-1252">').encode(encoding)
    text = read_html_bytes(data).text
    assert EXPECTED in text and not text.startswith("\ufeff")


def test_utf16_label_on_an_ascii_readable_page_means_utf8():
    data = PAGE.format(meta='<meta charset="utf-16">').encode("utf-8")
    assert EXPECTED in read_html_bytes(data).text


@pytest.mark.parametrize("meta", ["", '<meta charset="no-such-encoding">', '<meta charset="utf-7">'])
def test_undeclared_or_unusable_charset_reads_utf8(meta):
    assert EXPECTED in read_html_bytes(PAGE.format(meta=meta).encode("utf-8")).text


def test_undeclared_non_utf8_page_is_read_as_windows_1252_with_a_warning():
    decoded = read_html_bytes(PAGE.format(meta="").encode("cp1252"))
    assert EXPECTED in decoded.text
    assert decoded.warnings


def test_page_below_the_fetcher_comment_keeps_its_own_encoding():
    page = codecs.BOM_UTF16_LE + (FIXTURES / "cnbc_url_dated.html").read_text(encoding="utf-8").encode("utf-16-le")
    data = b'<!-- chiptrail: {"feed": "https://www.cnbc.com/rss"} -->\n' + page
    text = read_raw_html(data).text
    assert header_of(text)["feed"] == "https://www.cnbc.com/rss"
    assert "The deal covers Nvidia's H20" in text


# --- through the pipeline: the same front-matter as a text file, plus url ----------


@pytest.fixture(scope="module")
def articles(pages):
    return {page: normalise(text, name=f"raw/{page}.html") for page, text in pages.items()}


def test_saved_page_gets_title_date_source_author_url_and_chips(articles):
    meta = articles["reuters_h20_licences"].meta
    assert meta["title"] == "Nvidia says US will grant licences for H20 chip sales to China"
    assert meta["title_derived"] is False
    assert meta["date"] == date(2025, 7, 15)
    assert meta["source"] == "Reuters"
    assert meta["author"] == "Karen Freifeld"
    assert meta["url"] == "https://www.reuters.com/world/china/nvidia-says-us-will-grant-licences-h20-chip-sales-china/"
    assert meta["chips"][0] == "H20" and {"H100", "A100", "H200", "Ascend"} <= set(meta["chips"])
    assert meta["summary"].startswith("Nvidia said on Tuesday it expects to resume sales")


def test_undated_page_stays_undated_and_takes_its_publisher_from_the_fetched_url(articles):
    meta = articles["undated_analysis"].meta
    assert meta["date"] is None
    assert meta["url"] == "https://chipbrief.example.org/analysis/why-the-h200-question-will-not-go-away"
    assert meta["source"] == "chipbrief.example.org"
    assert meta["chips"][0] == "H200"


def test_domain_only_page_is_named_by_the_outlet_vocabulary(articles):
    meta = articles["cnbc_url_dated"].meta
    assert meta["source"] == "CNBC"
    assert meta["date"] == date(2025, 8, 11)


def test_windows_1252_page_reaches_the_front_matter_intact(articles):
    meta = articles["cp1252_ascend"].meta
    assert meta["title"] == "Huawei’s Ascend gains as H20 sales stall"
    assert meta["author"] == "François Dubé"
    assert meta["date"] == date(2025, 5, 2)
    assert "url" not in meta


@pytest.mark.parametrize("page", sorted(ARTICLE_LINES))
def test_body_holds_the_article_paragraphs_and_no_boilerplate(articles, page):
    body = articles[page].body
    assert not body.startswith(articles[page].meta["title"])
    for opening in ARTICLE_LINES[page]:
        assert opening in body, opening
    for unwanted in BOILERPLATE[page]:
        assert unwanted not in body, unwanted


class TagCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, list]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))


@pytest.mark.parametrize("page", sorted(ARTICLE_LINES))
def test_rendered_body_has_only_plain_paragraph_markup(articles, page):
    body = articles[page].body
    assert "<" not in body
    collector = TagCollector()
    collector.feed(markdown.markdown(body))
    assert {tag for tag, _ in collector.tags} <= {"p", "h2", "h3", "ul", "li"}
    assert all(attrs == [] for _, attrs in collector.tags)


def test_markup_quoted_in_a_saved_page_is_escaped_text(articles):
    assert "&lt;script&gt;alert('quoted')&lt;/script&gt;" in articles["hostile_body"].body
