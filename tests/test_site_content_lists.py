"""Without Pelican's translation handling (issue 6): articles of the same date are listed
by slug whatever order their files are found in, two files with the same address are
reported by name, the first built, and each address is formatted once."""

from __future__ import annotations

import logging
import re
from collections import Counter
from operator import attrgetter

import pytest
from pelican import contents, generators
from test_site_rebuild import FIXTURES, build, make_project, read_article, write_article

TEMPLATE = FIXTURES / "articles" / "huawei-ascend-rules.md"
SAME_DAY_SLUGS = ["ascend-rules-a", "ascend-rules-b", "ascend-rules-c"]


def add_same_day_articles(project, slugs, file_names) -> None:
    """Articles dated after every fixture (and after the day the undated one was added),
    so they open the home page."""
    meta, body = read_article(TEMPLATE)
    for slug, file_name in zip(slugs, file_names):
        changes = {"slug": slug, "title": f"Rules from {file_name}", "date": "2026-11-22"}
        write_article(project / "content" / "articles" / file_name, {**meta, **changes}, body)


def listed_slugs(page) -> list[str]:
    return re.findall(r'class="entry-title"><a href="[^"]*articles/([^/"]+)/', page.read_text())


@pytest.fixture
def files_found_in_reverse(monkeypatch):
    """Pelican finds files in set order, which varies from run to run; here the articles
    reach the ordering in reverse slug order, every time."""
    monkeypatch.setattr(generators, "process_translations",
                        lambda items, translation_id: (sorted(items, key=attrgetter("slug"),
                                                              reverse=True), []))


def test_articles_of_the_same_date_are_listed_by_slug(tmp_path, files_found_in_reverse):
    project = make_project(tmp_path / "site")
    add_same_day_articles(project, SAME_DAY_SLUGS, ["1.md", "2.md", "3.md"])
    output = build(project)
    assert listed_slugs(output / "index.html")[:3] == SAME_DAY_SLUGS


def test_two_files_with_the_same_slug_are_an_error_naming_both_and_the_first_is_built(
        tmp_path, caplog, files_found_in_reverse):
    project = make_project(tmp_path / "site")
    add_same_day_articles(project, ["ascend-rules", "ascend-rules"], ["one.md", "two.md"])
    with caplog.at_level(logging.ERROR):
        output = build(project)
    [error] = [record.getMessage() for record in caplog.records
               if record.levelno == logging.ERROR]
    assert "articles/ascend-rules/index.html" in error
    assert "one.md" in error and "two.md" in error
    assert listed_slugs(output / "index.html").count("ascend-rules") == 1
    assert "Rules from one.md" in (output / "articles/ascend-rules/index.html").read_text()


def test_an_items_address_is_formatted_from_the_settings_once_per_build(tmp_path, monkeypatch):
    formatted = []
    expand = contents.Content._expand_settings
    monkeypatch.setattr(contents.Content, "_expand_settings", lambda item, key, *rest:
                        (key == "url" and formatted.append(item.source_path))
                        or expand(item, key, *rest))
    output = build(make_project(tmp_path / "site"))
    assert formatted and max(Counter(formatted).values()) == 1
    assert (output / "articles" / "china-rejects-nvidia-h200" / "index.html").is_file()
