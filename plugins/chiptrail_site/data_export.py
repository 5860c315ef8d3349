"""``data/articles.json`` and ``data/articles.csv``: every article's metadata, for
analysts who load the archive into pandas.

One record per article, newest first, with the same columns in both files. An undated
article has an empty ``date`` and ``undated`` true; nothing is filled in. In the CSV,
list fields are joined with ``"; "``; the JSON keeps them as lists.
"""

from __future__ import annotations

import csv
import io
import json

from markupsafe import Markup

from .output_files import absolute_url

COLUMNS = ("slug", "title", "date", "undated", "added", "source", "cites", "chips",
           "chips_about", "stance", "stance_confidence", "actor", "tags", "summary",
           "url", "archive_url", "raw_url")
LIST_COLUMNS = frozenset({"cites", "chips", "chips_about", "actor", "tags"})
CSV_LIST_SEPARATOR = "; "


def article_record(article, siteurl: str) -> dict:
    """The article's metadata as plain JSON values, in ``COLUMNS`` order."""
    undated = bool(getattr(article, "undated", False))
    raw_url = getattr(article, "raw_url", None)
    values = {
        "slug": article.slug,
        "title": str(article.title),
        "date": "" if undated else article.date.strftime("%Y-%m-%d"),
        "undated": undated,
        "added": str(getattr(article, "added", "") or ""),
        "stance_confidence": getattr(article, "stance_confidence", None),
        "summary": Markup(getattr(article, "summary", "") or "").striptags(),
        "url": getattr(article, "original_url", None) or "",
        "archive_url": absolute_url(siteurl, article.url),
        "raw_url": absolute_url(siteurl, raw_url) if raw_url else "",
    }
    for name in ("source", "stance"):
        values[name] = str(getattr(article, name, None) or "")
    for name in LIST_COLUMNS:
        values[name] = _as_list(getattr(article, name, None))
    return {column: values[column] for column in COLUMNS}


def _as_list(value) -> list[str]:
    if value is None or value == "":
        return []
    return [str(item) for item in (value if isinstance(value, (list, tuple)) else [value])]


def json_line(record: dict) -> str:
    """The record's line of the JSON file (without the separating comma). One record per
    line is as easy to read and diff as an indented file, and is made by the json
    module's C encoder (an ``indent`` makes it fall back to its Python one, a second per
    10,000 articles)."""
    return json.dumps(record, ensure_ascii=False)


def csv_line(record: dict) -> str:
    """The record's row of the CSV file, with its line end."""
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow(
        [_csv_value(column, record[column]) for column in COLUMNS])
    return out.getvalue()


def join_json(lines: list[str]) -> bytes:
    return ("[\n" + ",\n".join(lines) + "\n]\n" if lines else "[]\n").encode("utf-8")


def join_csv(lines: list[str]) -> bytes:
    return (csv_header() + "".join(lines)).encode("utf-8")


def csv_header() -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow(COLUMNS)
    return out.getvalue()


def _csv_value(column: str, value):
    if column in LIST_COLUMNS:
        return CSV_LIST_SEPARATOR.join(value)
    if value is None:
        return ""
    return str(value).lower() if isinstance(value, bool) else value
