"""Browser tests: the fixture site (with its search index) served on 127.0.0.1 and opened
in Debian's Chromium through Playwright. Nothing is downloaded: no ``playwright install``;
``.ci/run`` installs ``chromium`` with apt-get and axe-core with npm (package.json here).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/sitebuild.py

from sitebuild import built_site  # noqa: E402

from chiptrail_site.screens import CHROMIUM, launch_chromium, serve_site  # noqa: E402

AXE = Path(__file__).resolve().parent / "node_modules" / "axe-core" / "axe.min.js"

# One address per page type of the fixture site; the story pages found in the build are
# added below, so every test (axe, overflow, dark mode) covers them too.
PAGES = {
    "home": "",
    "article": "articles/china-rejects-nvidia-h200/",
    "undated article": "articles/what-the-h20-means/",
    "chips": "chips/",
    "chip": "chips/h200/",
    "source": "sources/digifusion/",
    "stance": "stances/tightening/",
    "timeline": "timeline/",
    "search": "search/?q=H200",
    "about": "about/",
    "not found": "404.html",
}


def story_pages(output: Path) -> dict[str, str]:
    """The stories index and the first story page, when the build has them."""
    stories = sorted(p.parent.name for p in (output / "stories").glob("*/index.html"))
    index = {"stories": "stories/"} if (output / "stories" / "index.html").is_file() else {}
    return {**index, **({"story": f"stories/{stories[0]}/"} if stories else {})}


PAGES.update(story_pages(built_site()))


def pytest_collection_modifyitems(config, items):
    missing = [what for what, path in (("Chromium", Path(CHROMIUM)), ("axe-core", AXE))
               if not path.is_file()]
    if missing:
        reason = (f"{' and '.join(missing)} not installed: apt-get install chromium; "
                  "npm install --prefix tests/browser (`invoke test` does both)")
        if os.environ.get("CI"):  # in CI a missing tool is a failure, never a skip
            raise pytest.UsageError(reason)
        for item in items:
            if Path(str(item.fspath)).parent == Path(__file__).parent:
                item.add_marker(pytest.mark.skip(reason=reason))


@pytest.fixture(scope="session")
def base_url():
    with serve_site(built_site()) as url:
        yield url


@pytest.fixture(scope="session")
def browser(base_url):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        yield browser
        browser.close()


@pytest.fixture
def open_page(browser, base_url):
    """Open a page of the site in a fresh context; fails the test on any script error."""
    contexts, errors = [], []

    def open_(path, **context_options):
        context = browser.new_context(**context_options)
        contexts.append(context)
        page = context.new_page()
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("dialog", lambda dialog: errors.append(f"dialog: {dialog.message}"))
        page.goto(base_url + path)
        return page

    yield open_
    for context in contexts:
        context.close()
    assert errors == []


def run_axe(page, rules=None) -> list[dict]:
    """axe-core's violations on the page as it is now: every rule (WCAG 2.x A and AA and
    best practices), or only ``rules``."""
    if not page.evaluate("typeof axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    options = {"resultTypes": ["violations"], **({"runOnly": rules} if rules else {})}
    return page.evaluate("""async (options) => {
        const result = await axe.run(document, options);
        return result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
            nodes: v.nodes.map(n => n.target.join(" ") + ": " + n.failureSummary)}));
    }""", options)


def wait_for_results(page, count=None):
    """Wait until Pagefind shows loaded results (``count`` of them, if given)."""
    links = "document.querySelectorAll('.pagefind-ui__result-link').length"
    condition = f"{links} === {count}" if count is not None else f"{links} > 0"
    page.wait_for_function(condition, timeout=10_000)
