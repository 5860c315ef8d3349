"""Issue 7, in a real browser: a site built from hostile raw files (script tags, event
handlers, javascript: links, iframes, SVG with script, fake front-matter, Jinja) loads in
Chromium with no dialog, no script error and no console error on any page — the payloads
are shown as text and never run."""

from __future__ import annotations

import pytest

from chiptrail_site.screens import serve_site
from chiptrail_site.search import index_site
from test_guarantee_no_injection import PAYLOADS, build


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    output = build(tmp_path_factory.mktemp("hostile-browser-site"))
    index_site(output)
    with serve_site(output) as url:
        yield output, url


def every_page(output) -> list[str]:
    return sorted(str(path.relative_to(output)) for path in output.rglob("*.html")
                  if not path.name.startswith("."))


def test_no_page_of_a_hostile_site_opens_a_dialog_or_logs_an_error(browser, hostile_site):
    output, url = hostile_site
    pages = every_page(output)
    context = browser.new_context()
    page = context.new_page()
    events = []
    page.on("dialog", lambda dialog: (events.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    page.on("pageerror", lambda error: events.append(f"script error: {error}"))
    page.on("console", lambda m: events.append(f"console: {m.text}") if m.type == "error" else None)
    for path in pages:
        page.goto(url + path)
        page.wait_for_load_state("load")
        assert events == [], (path, events)
    context.close()
    assert len(pages) > 20


def test_the_payloads_are_shown_as_text_on_the_article_pages(browser, hostile_site):
    output, url = hostile_site
    page = browser.new_page()
    shown = []
    for path in (p for p in every_page(output) if p.startswith("articles/")):
        page.goto(url + path)
        shown.append(page.locator("main").inner_text())
    page.close()
    visible = {payload for payload in PAYLOADS for text in shown if payload in text}
    assert "<script>alert('script')</script>" in visible
    assert "<img src=x onerror=alert('img')>" in visible
