"""Guarantee: nothing in an article can put live code on a page of the archive.

A real site is built the way ``invoke build`` builds it — the ingest runner over hostile
raw text and saved HTML pages, then Pelican with ``pelicanconf.py`` and our plugin and
theme — plus article files whose front-matter values are hostile (a hand edit, or a file
written by another tool). Then an HTML parser walks every page of the output: the only
scripts are the theme's own, no element has an event-handler attribute or a
``javascript:`` address, there is no iframe, object or embed, no element or attribute of
the input survives as markup (the canary ``<marquee>``/``data-canary`` never does, while
its text is on the page), and raw files are published only as ``.txt``.
"""

from __future__ import annotations

import io
import json
import re
import shutil
from pathlib import Path

import html5lib
import pytest
import yaml
from pelican import Pelican
from pelican.settings import read_settings

from chiptrail_normalise.ingest import Report, ingest
from sitebuild import build_site

ROOT = Path(__file__).resolve().parents[1]
HOSTILE_PAGE = ROOT / "tests" / "fixtures" / "html" / "hostile_body.html"

STORY = ("Nvidia said on Tuesday it would resume sales of its H20 chips to China after "
         "Washington granted export licences, easing restrictions on advanced chips.")

# Markup in every hostile input; none of it may come out as markup.
PAYLOADS = [
    "<script>alert('script')</script>", "<img src=x onerror=alert('img')>",
    "<iframe src=//evil.example/></iframe>", "<a href=\"javascript:alert('a')\">link</a>",
    "<svg onload=alert('svg')><script>alert('svg script')</script></svg>",
    "<object data=javascript:alert('object')></object>", "<embed src=javascript:alert(1)>",
    "<marquee data-canary=1>canary</marquee>", "[md link](javascript:alert('md'))",
    "![md image](x\" onerror=\"alert('md'))", "<javascript:alert('autolink')>",
    "{{ config }} {% include 'base.html' %}", "&#106;avascript:alert('entity')",
    "\"><script>alert('attribute')</script>", "' onmouseover='alert(1)",
]
PAYLOAD_LINE = " ".join(PAYLOADS)

HOSTILE_RAW_TEXTS = {
    "title.txt": f"<script>alert('title')</script> Nvidia H20 sales resume <marquee>\n\n{STORY}\n{PAYLOAD_LINE}\n",
    "header.txt": (
        "Title: <img src=x onerror=alert('header title')> H20 licences granted\n"
        "Source: <script>alert('source')</script>\n"
        "URL: javascript:alert('url')\n"
        "Author: <svg onload=alert('author')>\n"
        "Tags: <script>alert('tag')</script>, javascript:alert(1), \" onmouseover=\"alert(1)\n"
        "Date: 2025-07-15\n\n"
        f"{STORY}\n\n## <iframe src=x></iframe> Subheading\n\n- {PAYLOADS[1]} item\n{PAYLOAD_LINE}\n"
    ),
    "front-matter.txt": f"---\ntitle: '<script>alert(1)</script>'\nurl: javascript:alert(1)\n---\n{STORY}\n{PAYLOAD_LINE}\n",
    "markdown.txt": "\n".join(f"{payload} {STORY}" for payload in PAYLOADS) + "\n",
}

HOSTILE_SAVED_PAGE = f"""<!DOCTYPE html><html><head>
<title>&lt;script&gt;alert('page title')&lt;/script&gt; H200 imports approved</title>
<meta property="og:url" content="javascript:alert('og url')">
<meta name="author" content="<img src=x onerror=alert('meta author')>">
<meta property="og:site_name" content="<svg onload=alert('site')> Wire">
<script>alert('head')</script></head><body onload="alert('onload')"><article>
<h1>H200 imports approved <marquee data-canary=1>canary</marquee></h1>
<p>{STORY} <img src=x onerror=alert('img')></p>
<p>{' '.join(PAYLOADS).replace('<', '&lt;')}</p>
<p>China approved imports of H200 chips; <a href="javascript:alert('link')">the notice</a>
was posted <iframe src="//evil.example/"></iframe> today.</p>
</article></body></html>"""

# Article files another tool or a hand edit wrote: every front-matter value hostile.
HOSTILE_FRONT_MATTER = {
    "title": "<script>alert('fm title')</script><marquee data-canary=1>x</marquee>",
    "title_derived": False,
    "subtitle": "<img src=x onerror=alert('fm subtitle')>",
    "date": "2025-06-01",
    "added": "2026-01-01",
    "source": "<svg onload=alert('fm source')> Daily",
    "cites": ["<script>alert('fm cite')</script>", "javascript:alert(1)"],
    "url": "javascript:alert('fm url')",
    "author": "\"><script>alert('fm author')</script>",
    "chips": ["<script>alert('fm chip')</script> X1", "H20", "javascript:alert(1)"],
    "chips_about": ["<script>alert('fm chip')</script> X1"],
    "stance": "\" onmouseover=\"alert('fm stance')",
    "stance_confidence": 0.5,
    "stance_evidence": ["<iframe src=x></iframe>"],
    "actor": ["<script>alert('fm actor')</script>", "china"],
    "tags": ["<script>alert('fm tag')</script> t", "javascript:alert(1)", "' onfocus='alert(1)"],
    "summary": "&lt;script&gt;alert('escaped summary')&lt;/script&gt;",
    "slug": "hostile-front-matter",
    "confidence": {"title": "<script>alert(1)</script>", "date": 0.5},
    "evidence": {"title": "<img src=x onerror=alert('fm evidence')>", "date": "javascript:alert(1)"},
    "raw": "raw/front-matter.txt",
    "raw_sha256": "<script>alert('sha')</script>",
}

# The theme's own scripts, by the end of their address; structured data by type.
OWN_SCRIPT_SOURCES = ("/pagefind/pagefind-ui.js", "/pagefind/shards.js", "/theme/js/search.js")
DATA_SCRIPT_TYPES = {"application/ld+json"}
FORBIDDEN_ELEMENTS = {"iframe", "frame", "frameset", "object", "embed", "applet", "base",
                      "marquee", "meta[http-equiv=refresh]"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "poster", "xlink:href",
                  "srcset", "background", "cite", "longdesc", "ping"}
DANGEROUS_SCHEMES = re.compile(r"^(javascript|vbscript|data):", re.IGNORECASE)
WHITESPACE_AND_CONTROLS = re.compile(r"[\x00-\x20\x7f]+")
# What may be served from the output folder; anything else is an unexpected file type.
SERVED_SUFFIXES = {".html", ".css", ".js", ".svg", ".xml", ".json", ".csv", ".txt", ".ico",
                   ".png", ".woff2", ".webmanifest"}


# A facet term (source, tag or chip) whose Pelican slug is empty: markup only, or
# punctuation only. Kept out of the main build until the site plugin handles it.
EMPTY_SLUG_TERMS = ["<svg onload=alert(1)>", "!!!"]


def build(workdir: Path) -> Path:
    """Ingest the hostile raw files and build the site as ``invoke build`` does."""
    content = workdir / "content"
    raw = content / "raw"
    raw.mkdir(parents=True)
    for name, text in HOSTILE_RAW_TEXTS.items():
        (raw / name).write_text(text, encoding="utf-8")
    (raw / "saved.html").write_text(HOSTILE_SAVED_PAGE, encoding="utf-8")
    shutil.copy(HOSTILE_PAGE, raw / "fixture-hostile.html")
    shutil.copytree(ROOT / "content" / "pages", content / "pages")
    ingest(raw, content / "articles", report=Report(out=io.StringIO(), err=io.StringIO()))
    document = "---\n" + yaml.safe_dump(HOSTILE_FRONT_MATTER) + "---\n\nPlain body text.\n"
    (content / "articles" / "hostile-front-matter.md").write_text(document, encoding="utf-8")
    output = workdir / "output"
    settings = read_settings(str(ROOT / "pelicanconf.py"), override={
        "PATH": str(content),
        "OUTPUT_PATH": str(output),
        "THEME": str(ROOT / "themes" / "chiptrail"),
        "PLUGIN_PATHS": [str(ROOT / "plugins")],
        "CACHE_PATH": str(workdir / "cache"),
    })
    Pelican(settings).run()
    return output


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    return build(tmp_path_factory.mktemp("hostile-site"))


@pytest.fixture(scope="module")
def pages(site):
    """Every HTML page of the output, parsed as a browser would (html5lib)."""
    return {
        path: html5lib.parse(path.read_bytes(), namespaceHTMLElements=False)
        for path in sorted(site.rglob("*"))
        if path.suffix in {".html", ".htm", ".xhtml"}
    }


def elements(pages):
    for path, tree in pages.items():
        for element in tree.iter():
            if isinstance(element.tag, str):
                yield path.name if path.name != "index.html" else str(path.parent.name), element


def test_the_hostile_articles_were_all_built(site):
    articles = {path.parent.name for path in (site / "articles").glob("*/index.html")}
    assert len(articles) == len(HOSTILE_RAW_TEXTS) + 3  # + two saved pages + front-matter file


def test_the_payloads_reach_the_pages_as_visible_text(site, pages):
    text = " ".join(" ".join(tree.itertext()) for tree in pages.values())
    for visible in ("<script>alert('fm title')</script>", "<marquee data-canary=1>",
                    "[md link](javascript:alert('md'))", "{{ config }}"):
        assert visible in text


def test_the_only_scripts_are_the_themes_own_or_inert_structured_data(pages):
    for page, element in elements(pages):
        if element.tag != "script":
            continue
        source, kind = element.get("src"), element.get("type")
        if source:
            assert source.endswith(OWN_SCRIPT_SOURCES), (page, source)
        else:
            assert kind in DATA_SCRIPT_TYPES, (page, element.text)
            assert "</" not in element.text and "<!--" not in element.text, page
            json.loads(element.text)


def test_no_element_carries_an_event_handler_attribute(pages):
    for page, element in elements(pages):
        handlers = [name for name in element.attrib if name.lower().startswith("on")]
        assert not handlers, (page, element.tag, handlers)


def test_no_address_uses_a_script_or_data_scheme(pages):
    for page, element in elements(pages):
        for name in URL_ATTRIBUTES & set(element.attrib):
            value = WHITESPACE_AND_CONTROLS.sub("", element.attrib[name])
            assert not DANGEROUS_SCHEMES.match(value), (page, element.tag, name, value)


def test_no_frame_object_embed_or_markup_from_the_input(pages):
    for page, element in elements(pages):
        assert element.tag not in FORBIDDEN_ELEMENTS, (page, element.tag)
        assert "data-canary" not in element.attrib, (page, element.tag)
        refresh = element.tag == "meta" and element.get("http-equiv", "").lower() == "refresh"
        assert not refresh, page


def test_inline_svg_holds_no_script_or_foreign_content(pages):
    for page, element in elements(pages):
        if element.tag == "svg":
            inner = {child.tag for child in element.iter()}
            assert not inner & {"script", "foreignObject", "foreignobject", "iframe"}, page


def test_raw_files_are_published_only_as_plain_text(site):
    published = sorted((site / "raw").iterdir())
    assert len(published) == len(HOSTILE_RAW_TEXTS) + 2
    assert all(path.suffix == ".txt" for path in published)
    assert (site / "raw" / "saved.html.txt").read_text(encoding="utf-8") == HOSTILE_SAVED_PAGE


def test_every_output_file_is_of_a_type_we_serve_and_scripts_are_only_the_themes(site):
    for path in site.rglob("*"):
        if path.is_file():
            assert path.suffix in SERVED_SUFFIXES, path
            if path.suffix == ".js":
                assert path.relative_to(site).parts[0] in {"theme", "pagefind"}, path


def test_svg_files_hold_no_script_or_event_handler(site):
    for path in site.rglob("*.svg"):
        text = path.read_text(encoding="utf-8").lower()
        assert "<script" not in text and not re.search(r"\son\w+\s*=", text), path


@pytest.mark.parametrize("field", ["source", "tags", "chips"])
def test_a_facet_term_with_an_empty_slug_does_not_break_the_build(tmp_path, field):
    meta = dict(HOSTILE_FRONT_MATTER, source="Wire", tags=["t"], chips=["H20"])
    meta[field] = EMPTY_SLUG_TERMS if field != "source" else EMPTY_SLUG_TERMS[0]
    document = "---\n" + yaml.safe_dump(meta) + "---\n\nPlain body text.\n"

    output = build_site(tmp_path, extra_articles={"empty-slug.md": document})

    assert (output / "articles" / "hostile-front-matter" / "index.html").is_file()
