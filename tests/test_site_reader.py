"""The front-matter reader: pelican-yaml-metadata's results, parsed by libyaml."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
import yaml
from pelican.plugins.yaml_metadata.yaml_metadata import YAMLMetadataReader
from pelican.settings import DEFAULT_CONFIG

from chiptrail_site.reader import SAFE_LOADER, FrontMatterReader

FIXTURES = Path(__file__).resolve().parent / "fixtures"
ARTICLES = sorted((FIXTURES / "articles").glob("*.md")) + sorted((FIXTURES / "stories").glob("*.md"))[:10]


@pytest.mark.skipif(not yaml.__with_libyaml__, reason="PyYAML built without libyaml")
def test_front_matter_is_parsed_by_libyaml_when_available():
    assert SAFE_LOADER is yaml.CSafeLoader


@pytest.mark.parametrize("path", ARTICLES, ids=lambda path: path.stem)
def test_reader_gives_what_pelican_yaml_metadata_gives(path):
    fast, stock = FrontMatterReader(DEFAULT_CONFIG), YAMLMetadataReader(DEFAULT_CONFIG)
    assert fast.read(str(path)) == stock.read(str(path))


def test_malformed_front_matter_gives_no_metadata_and_an_error(tmp_path, caplog):
    path = tmp_path / "broken.md"
    path.write_text("---\ntitle: [unclosed\n---\nBody.\n", encoding="utf-8")
    with caplog.at_level(logging.ERROR):
        _, metadata = FrontMatterReader(DEFAULT_CONFIG).read(str(path))
    assert metadata == {}
    assert "broken.md" in caplog.text


def test_an_impossible_date_gives_no_metadata_rather_than_a_crash(tmp_path):
    path = tmp_path / "bad-date.md"
    path.write_text("---\ntitle: T\ndate: 2025-13-45\n---\nBody.\n", encoding="utf-8")
    assert FrontMatterReader(DEFAULT_CONFIG).read(str(path))[1] == {}


YAML_DATE_HEADERS = [
    "title: T\ndate: 2023-09-08\ntags: [a, b]\n",
    "date: 2023-09-08\ntitle: T\nmodified: 2024-02-29\nauthor: [A, B]\n",
    "title: T\nDate: 1999-12-31\nsummary: '*S*'\n",
    "title: T\ndate: 2023-09-08 10:30:00\n",  # a datetime: the parent's way
    "title: T\ndate: '2023-09-08'\n",  # text: the parent's way
    "title: T\ndate: 2023-09-08\nDATE: 2024-01-01\n",  # twice: the parent's way
    "author: A\nauthors: [B, C]\ndate: 2023-09-08\n",
    "title: T\ndate: 2023-09-08\nadded: 2026-11-25\n",
]


@pytest.mark.parametrize("header", YAML_DATE_HEADERS)
def test_yaml_dates_give_pelican_yaml_metadatas_values_types_and_order(header):
    fast, stock = FrontMatterReader(DEFAULT_CONFIG), YAMLMetadataReader(DEFAULT_CONFIG)
    meta = yaml.safe_load(header)
    made, expected = fast._parse_yaml_metadata(meta, "a.md"), stock._parse_yaml_metadata(meta, "a.md")
    assert [(name, type(value), repr(value)) for name, value in made.items()] == \
           [(name, type(value), repr(value)) for name, value in expected.items()]


def test_a_yaml_date_is_made_without_dateutils_parser(monkeypatch):
    from pelican.plugins.yaml_metadata import yaml_metadata

    def parser_called(text):
        raise AssertionError(f"get_date({text!r})")

    monkeypatch.setattr(yaml_metadata, "get_date", parser_called)
    made = FrontMatterReader(DEFAULT_CONFIG)._parse_yaml_metadata(
        yaml.safe_load(YAML_DATE_HEADERS[1]), "a.md")
    assert [made["date"].isoformat(), made["modified"].isoformat()] == \
           ["2023-09-08T00:00:00", "2024-02-29T00:00:00"]
