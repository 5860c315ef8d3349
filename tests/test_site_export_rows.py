"""The data exports' rows kept between builds: a rebuild makes the record of a new or
edited article only, every record again when settings or code changed, and writes the
exports a clean build writes."""

from __future__ import annotations

import json

import pytest
from test_site_rebuild import add_article, build, edit_title, make_project, output_files

from chiptrail_site import export_rows
from chiptrail_site.export_rows import ROWS_NAME

EXPORTS = ("data/articles.json", "data/articles.csv")


@pytest.fixture
def project(tmp_path):
    project = make_project(tmp_path / "site")
    build(project)
    return project


@pytest.fixture
def records_made(monkeypatch):
    """The slugs of the articles whose export record a build makes."""
    made = []
    make = export_rows.article_record

    def counting(article, siteurl):
        made.append(article.slug)
        return make(article, siteurl)

    monkeypatch.setattr(export_rows, "article_record", counting)
    return made


def exports(output) -> dict[str, bytes]:
    files = output_files(output)
    return {name: files[name] for name in EXPORTS}


def test_an_add_one_rebuild_makes_only_the_new_articles_record(project, tmp_path, records_made):
    add_article(project)
    rebuilt = build(project)

    assert records_made == ["beijing-weighs-limits-on-h200-access"]
    clean = make_project(tmp_path / "clean")
    add_article(clean)
    assert exports(rebuilt) == exports(build(clean))


def test_an_edited_articles_record_is_made_again(project, records_made):
    edit_title(project)
    rebuilt = build(project)

    assert records_made == ["china-rejects-nvidia-h200"]
    titles = [record["title"] for record in json.loads((rebuilt / EXPORTS[0]).read_bytes())]
    assert "China Turns Down Nvidia H200 AI Chips" in " ".join(titles)


def test_changed_settings_make_every_record_again(project, tmp_path, records_made):
    rebuilt = build(project, SITEURL="https://archive.example")

    assert len(records_made) == 5
    assert exports(rebuilt) == exports(build(make_project(tmp_path / "clean"),
                                             SITEURL="https://archive.example"))


def test_a_damaged_store_is_ignored(project, records_made):
    (project / "cache" / ROWS_NAME).write_bytes(b"not a pickle")
    add_article(project)
    build(project)

    assert len(records_made) == 6
