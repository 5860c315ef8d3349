"""Every built page is well-formed HTML5, has one h1 and a language, and works offline."""

from __future__ import annotations

import html5lib
import pytest
from html5lib.html5parser import ParseError
from sitebuild import built_site, html_pages, parse

EXTERNAL = ("http:", "https:", "//")


@pytest.fixture(scope="module")
def site():
    return built_site()


def parse_error(page) -> str | None:
    try:
        html5lib.HTMLParser(strict=True).parse(page.read_text(encoding="utf-8"))
    except ParseError as error:
        return f"{page.name}: {error}"
    return None


def external_resources(root) -> list[str]:
    """Stylesheets, scripts, images and frames loaded from another host (feeds excepted)."""
    resources = [e.get("href") for e in root.iter("link") if e.get("rel") != "alternate"]
    resources += [e.get("src") for e in root.iter() if e.tag in ("script", "img", "iframe")]
    return [r for r in resources if r and r.startswith(EXTERNAL)]


def test_site_has_every_page_type_to_check(site):
    assert len(html_pages(site)) >= 25


def test_every_page_parses_without_html5_errors(site):
    errors = [parse_error(page) for page in html_pages(site)]
    assert [e for e in errors if e] == []


def test_every_page_has_exactly_one_h1_and_a_language(site):
    for page in html_pages(site):
        root = parse(page)
        assert root.get("lang") == "en", page
        assert len(list(root.iter("h1"))) == 1, page


def test_no_page_loads_an_external_stylesheet_script_or_font(site):
    assert {str(p): external_resources(parse(p)) for p in html_pages(site)
            if external_resources(parse(p))} == {}


def test_stylesheet_imports_no_external_font_or_resource(site):
    css = (site / "theme" / "css" / "main.css").read_text()
    assert "@import" not in css and "url(" not in css and "@font-face" not in css


def test_strict_parsing_catches_a_broken_page(tmp_path):
    broken = tmp_path / "broken.html"
    broken.write_text("<!DOCTYPE html><html lang=en><title>x</title><p>text</div>")
    assert parse_error(broken)
