"""Photographs of the built site, light, dark and phone-sized, for the README and for a
person to look at (``invoke screens``); the browser tests use the same server and browser.

The site is served from a ``ThreadingHTTPServer`` on 127.0.0.1, as any static host would
serve it, and opened in Debian's Chromium through Playwright (never a downloaded browser).
"""

from __future__ import annotations

import contextlib
import functools
import json
import sys
import threading
from html.parser import HTMLParser
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urljoin

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 812}
MODES = {  # name: (viewport, colour scheme)
    "light": (DESKTOP, "light"),
    "dark": (DESKTOP, "dark"),
    "phone": (PHONE, "light"),
}


class QuietHandler(SimpleHTTPRequestHandler):
    extensions_map = {**SimpleHTTPRequestHandler.extensions_map,
                      ".wasm": "application/wasm", ".pagefind": "application/octet-stream",
                      ".pf_meta": "application/octet-stream", ".js": "text/javascript"}

    def log_message(self, format, *args):
        pass


class LocalServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        """A browser dropping a connection it no longer needs is not an error."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@contextlib.contextmanager
def serve_site(output_dir):
    """Serve ``output_dir`` on a free port of 127.0.0.1; yields the base URL."""
    handler = functools.partial(QuietHandler, directory=str(output_dir))
    server = LocalServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def launch_chromium(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


class _FirstRowLink(HTMLParser):
    """The first link in a table row header: the most covered chip on chips/index.html."""

    def __init__(self):
        super().__init__()
        self.in_row_header, self.href = False, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "th" and attrs.get("scope") == "row":
            self.in_row_header = True
        elif tag == "a" and self.in_row_header and self.href is None:
            self.href = attrs.get("href")

    def handle_endtag(self, tag):
        if tag == "th":
            self.in_row_header = False


def page_types(output_dir) -> dict[str, str]:
    """One address (relative to the site root) per page type: the newest article, the
    most covered chip, and the fixed pages."""
    output = Path(output_dir)
    records = json.loads((output / "data" / "articles.json").read_text(encoding="utf-8"))
    parser = _FirstRowLink()
    parser.feed((output / "chips" / "index.html").read_text(encoding="utf-8"))
    pages = {"home": "", "article": records[0]["archive_url"] if records else None,
             "chips": "chips/", "chip": urljoin("chips/", parser.href or "") or None,
             "timeline": "timeline/", "search": "search/?q=H200", "about": "about/"}
    return {name: path for name, path in pages.items() if path is not None}


def take(output_dir, dest, pages: dict[str, str] | None = None, browser=None) -> list[Path]:
    """Save ``<page>-<mode>.png`` for every page type and mode under ``dest``, with
    ``browser`` (a Playwright browser) or a Chromium launched for the purpose."""
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    pages = pages or page_types(output_dir)
    with serve_site(output_dir) as base:
        if browser is not None:
            return _photograph(browser, base, pages, dest)
        from playwright.sync_api import sync_playwright

        with sync_playwright() as playwright:
            browser = launch_chromium(playwright)
            try:
                return _photograph(browser, base, pages, dest)
            finally:
                browser.close()


def _photograph(browser, base: str, pages: dict[str, str], dest: Path) -> list[Path]:
    saved = []
    for mode, (viewport, scheme) in MODES.items():
        context = browser.new_context(viewport=viewport, color_scheme=scheme)
        page = context.new_page()
        for name, path in pages.items():
            page.goto(base + path, wait_until="networkidle")
            saved.append(dest / f"{name}-{mode}.png")
            page.screenshot(path=str(saved[-1]), full_page=True)
        context.close()
    return saved
