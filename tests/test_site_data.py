"""The data exports: every article's metadata as JSON and CSV, as analysts load them."""

from __future__ import annotations

import csv
import json

import pytest
from sitebuild import built_site, published_site

from chiptrail_site.data_export import COLUMNS

SLUGS = ["what-the-h20-means", "china-rejects-nvidia-h200", "us-grants-h20-licences",
         "h200-mixed-signals", "us-warns-huawei-ascend"]


@pytest.fixture(scope="module")
def records():
    return json.loads((built_site() / "data" / "articles.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def rows():
    with open(built_site() / "data" / "articles.csv", newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def by_slug(items):
    return {item["slug"]: item for item in items}


def test_json_has_one_record_per_article_newest_first_with_every_column(records):
    assert [r["slug"] for r in records] == SLUGS
    assert all(list(r) == list(COLUMNS) for r in records)


def test_csv_has_the_same_rows_and_columns_as_the_json(rows, records):
    assert [r["slug"] for r in rows] == SLUGS
    assert list(rows[0]) == list(COLUMNS)
    assert [r["title"] for r in rows] == [r["title"] for r in records]


def test_record_carries_the_articles_metadata_and_addresses(records):
    record = by_slug(records)["china-rejects-nvidia-h200"]
    assert record == {
        "slug": "china-rejects-nvidia-h200",
        "title": "China Rejects Nvidia H200 AI Chips Amid Export Rule Changes",
        "date": "2025-12-11", "undated": False, "added": "2026-11-20",
        "source": "digifusion", "cites": [], "chips": ["H200", "H100", "Ascend"],
        "chips_about": ["H200"], "stance": "tightening", "stance_confidence": 0.8,
        "actor": ["china"], "tags": ["export controls", "China"],
        "summary": "China rejected the H200 even after the US softened its rules.",
        "url": "https://example.com/h200-rejected",
        "archive_url": "articles/china-rejects-nvidia-h200/",
        "raw_url": "raw/003_h200.txt",
    }


def test_undated_article_has_an_empty_date_and_the_undated_flag(records, rows):
    assert by_slug(records)["what-the-h20-means"]["date"] == ""
    assert by_slug(records)["what-the-h20-means"]["undated"] is True
    assert by_slug(records)["what-the-h20-means"]["source"] == ""
    row = by_slug(rows)["what-the-h20-means"]
    assert (row["date"], row["undated"], row["added"]) == ("", "true", "2026-11-21")


def test_csv_joins_lists_with_semicolons(rows):
    row = by_slug(rows)["h200-mixed-signals"]
    assert row["chips"] == "H200; H20" and row["actor"] == "us; china"


def test_title_markup_is_kept_as_plain_text(records):
    assert by_slug(records)["us-warns-huawei-ascend"]["title"] == (
        "US Warns: Using Huawei <b>Ascend</b> Chips & Others Breaks Rules")


def test_published_export_has_absolute_addresses():
    records = json.loads((published_site() / "data" / "articles.json").read_text())
    record = by_slug(records)["china-rejects-nvidia-h200"]
    assert record["archive_url"] == "https://chiptrail.example.org/articles/china-rejects-nvidia-h200/"
    assert record["raw_url"] == "https://chiptrail.example.org/raw/003_h200.txt"
