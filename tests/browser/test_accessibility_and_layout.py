"""Every page type: zero axe-core violations in light and dark, nothing wider than a
375-pixel phone, and a dark scheme that really changes the colours.

Each page is loaded once (``page_of``) and every check runs on that tab: the checks are
independent of each other, since each sets the colour scheme or viewport it needs.
"""

from __future__ import annotations

import pytest
from conftest import PAGES, run_axe, wait_for_results

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 812}
# Dark mode changes only colours, so in dark only the rules about colour are run again.
COLOUR_RULES = ["color-contrast", "link-in-text-block"]


@pytest.fixture(scope="module")
def page_of(browser, base_url):
    context = browser.new_context(viewport=DESKTOP)
    pages, errors = {}, {}

    def load(name):
        if name not in pages:
            page = pages[name] = context.new_page()
            errors[name] = []
            page.on("pageerror", lambda error: errors[name].append(str(error)))
            page.goto(base_url + PAGES[name])
            if name == "search":
                wait_for_results(page)
            page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
        return pages[name], errors[name]

    yield load
    context.close()


def background(page) -> str:
    return page.evaluate("getComputedStyle(document.body).backgroundColor")


@pytest.mark.parametrize("name", PAGES)
def test_page_has_no_axe_violations_in_light_or_dark(page_of, name):
    page, errors = page_of(name)
    page.set_viewport_size(DESKTOP)
    page.emulate_media(color_scheme="light")
    light = run_axe(page)
    page.emulate_media(color_scheme="dark")
    dark = run_axe(page, rules=COLOUR_RULES)
    assert (light, dark, errors) == ([], [], [])


@pytest.mark.parametrize("name", PAGES)
def test_page_fits_a_375_pixel_phone_without_sideways_scrolling(page_of, name):
    page, _ = page_of(name)
    page.set_viewport_size(PHONE)
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


def test_dark_scheme_changes_background_and_text_colours(page_of):
    page, _ = page_of("chips")
    colours = "[getComputedStyle(document.body).backgroundColor, " \
              "getComputedStyle(document.querySelector('h1')).color]"
    page.emulate_media(color_scheme="light")
    light = page.evaluate(colours)
    page.emulate_media(color_scheme="dark")
    dark = page.evaluate(colours)
    assert light[0] == "rgb(255, 255, 255)"
    assert dark[0] not in (light[0], "rgba(0, 0, 0, 0)") and dark[1] != light[1]
