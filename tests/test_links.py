"""Every internal link and resource in the built site resolves to a written file."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from sitebuild import built_site, html_pages, parse

SVG_A = "{http://www.w3.org/2000/svg}a"
LINKING_ATTRIBUTES = (("a", "href"), (SVG_A, "href"), ("link", "href"), ("img", "src"),
                      ("script", "src"), ("source", "src"))


@pytest.fixture(scope="module")
def site():
    return built_site()


def internal_targets(page: Path, site: Path):
    """(reference, target path) for every link in ``page`` that stays on the site."""
    tree = parse(page)
    for tag, attribute in LINKING_ATTRIBUTES:
        for element in tree.iter(tag):
            reference = element.get(attribute)
            if reference is None:
                continue
            parts = urlsplit(reference)
            if parts.scheme or parts.netloc or not parts.path:
                continue  # external address, or a #fragment on the same page
            yield reference, resolve(page, unquote(parts.path), site)


def resolve(page: Path, path: str, site: Path) -> Path:
    """A site-absolute path (the 404 page's links) starts from the site's root."""
    target = site / path.lstrip("/") if path.startswith("/") else page.parent / path
    return target / "index.html" if path.endswith("/") or target.is_dir() else target


def test_fixture_site_has_internal_links_to_check(site):
    assert sum(1 for page in html_pages(site) for _ in internal_targets(page, site)) > 100


def test_every_internal_link_resolves_to_a_file(site):
    broken = [
        f"{page.relative_to(site)}: {reference}"
        for page in html_pages(site)
        for reference, target in internal_targets(page, site)
        if not target.resolve().is_file() or not target.resolve().is_relative_to(site.resolve())
    ]
    assert broken == []


def test_status_chart_marks_are_checked_links(site):
    chart_links = [ref for ref, _ in internal_targets(site / "chips" / "index.html", site)
                   if ref.startswith("../articles/")]
    svg = parse(site / "chips" / "index.html").iter(SVG_A)
    assert {a.get("href") for a in svg} <= set(chart_links) and chart_links
