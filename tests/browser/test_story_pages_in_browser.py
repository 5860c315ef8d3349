"""Story pages in a real browser: the stories index, a story page and an article with its
"Also covered by" list have zero axe-core violations in light and dark, and fit a
375-pixel phone. Built from the story fixture (the main fixture site has no story)."""

from __future__ import annotations

import pytest
from conftest import run_axe
from test_accessibility_and_layout import COLOUR_RULES, DESKTOP, PHONE
from test_story_pages import (
    CHINA_RESTRICTS_H200,
    LONE_ARTICLES,
    NVIDIA_B30A,
    US_ALLOWS_H200,
    build,
)

from chiptrail_site.screens import serve_site

STORY_PAGES = {
    "stories": "stories/",
    "story": f"stories/{NVIDIA_B30A[0]}/",
    "article with also covered by": f"articles/{NVIDIA_B30A[1]}/",
}


@pytest.fixture(scope="module")
def story_site_url(tmp_path_factory):
    output = build(tmp_path_factory.mktemp("story-browser-site"),
                   US_ALLOWS_H200 + CHINA_RESTRICTS_H200 + NVIDIA_B30A + LONE_ARTICLES)
    with serve_site(output) as url:
        yield url


@pytest.mark.parametrize("name", STORY_PAGES)
def test_story_page_is_accessible_and_fits_a_phone(browser, story_site_url, name):
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    response = page.goto(story_site_url + STORY_PAGES[name])
    assert response.ok, STORY_PAGES[name]
    page.emulate_media(color_scheme="light")
    light = run_axe(page)
    page.emulate_media(color_scheme="dark")
    dark = run_axe(page, rules=COLOUR_RULES)
    page.set_viewport_size(PHONE)
    width = page.evaluate("document.documentElement.scrollWidth")
    context.close()
    assert (light, dark, errors) == ([], [], [])
    assert width <= PHONE["width"]
