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
