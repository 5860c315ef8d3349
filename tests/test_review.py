"""`invoke review`: the table of article fields a user should check by hand."""

import datetime as dt

import yaml

from chiptrail_normalise import review as rv


def write_article(directory, name, meta, body="Body text.\n"):
    text = "---\n" + yaml.safe_dump(meta, sort_keys=False) + "---\n\n" + body
    (directory / name).write_text(text, encoding="utf-8")


CONFIDENT = {
    "title": "Nvidia to resume H20 sales",
    "title_derived": False,
    "date": dt.date(2025, 7, 15),
    "source": "Reuters",
    "chips": ["H20"],
    "stance": "easing",
    "confidence": {"title": 0.9, "date": 0.9, "source": 0.9, "chips": 0.95, "stance": 0.8},
    "evidence": {"stance": "cue 'resume sales'"},
}


def fields_listed(rows, article):
    return {row.field for row in rows if row.article == article}


def test_a_confident_complete_article_is_not_listed(tmp_path):
    write_article(tmp_path, "fine.md", CONFIDENT)
    assert rv.review(tmp_path) == []


def test_null_date_and_source_and_missing_stance_are_listed(tmp_path):
    meta = {**CONFIDENT, "date": None, "source": None}
    del meta["stance"]
    write_article(tmp_path, "gaps.md", meta)
    rows = rv.review(tmp_path)
    assert fields_listed(rows, "gaps.md") == {"date", "source", "stance"}
    date_row = next(row for row in rows if row.field == "date")
    assert date_row.value is None and "no publication date" in date_row.reason


def test_a_field_below_the_confidence_threshold_is_listed_with_its_evidence(tmp_path):
    meta = {**CONFIDENT, "confidence": {**CONFIDENT["confidence"], "stance": 0.55}}
    write_article(tmp_path, "unsure.md", meta)
    (row,) = rv.review(tmp_path)
    assert (row.field, row.value, row.confidence) == ("stance", "easing", 0.55)
    assert "cue 'resume sales'" in row.reason


def test_confidence_at_the_threshold_is_not_listed(tmp_path):
    meta = {**CONFIDENT, "confidence": {**CONFIDENT["confidence"], "source": rv.REVIEW_THRESHOLD}}
    write_article(tmp_path, "edge.md", meta)
    assert rv.review(tmp_path) == []


def test_a_derived_title_is_listed_even_when_confident(tmp_path):
    write_article(tmp_path, "derived.md", {**CONFIDENT, "title_derived": True})
    (row,) = rv.review(tmp_path)
    assert row.field == "title" and "no headline" in row.reason


def test_stance_confidence_is_used_when_the_confidence_map_lacks_stance(tmp_path):
    confidence = {k: v for k, v in CONFIDENT["confidence"].items() if k != "stance"}
    write_article(tmp_path, "old.md", {**CONFIDENT, "confidence": confidence, "stance_confidence": 0.4})
    (row,) = rv.review(tmp_path)
    assert (row.field, row.confidence) == ("stance", 0.4)


def test_rows_are_sorted_by_file_and_unreadable_files_are_reported(tmp_path):
    write_article(tmp_path, "b.md", {**CONFIDENT, "date": None})
    write_article(tmp_path, "a.md", {**CONFIDENT, "source": None})
    (tmp_path / "c.md").write_text("no front-matter here\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not an article\n", encoding="utf-8")
    rows = rv.review(tmp_path)
    assert [(row.article, row.field) for row in rows] == [("a.md", "source"), ("b.md", "date"), ("c.md", "front-matter")]


def test_the_printed_table_has_every_column_and_ends_with_how_to_correct(tmp_path, capsys):
    write_article(tmp_path, "gaps.md", {**CONFIDENT, "source": None})
    assert rv.main([str(tmp_path)]) == 0
    lines = capsys.readouterr().out.rstrip("\n").splitlines()
    assert lines[0].split() == ["article", "field", "value", "confidence", "reason"]
    assert lines[2].split()[:4] == ["gaps.md", "source", "null", "0.90"]
    assert "edit the article's front-matter" in lines[-1] and "survive re-ingest" in lines[-1]


def test_long_values_are_shortened_to_one_line():
    shown = rv.show("word " * 40)
    assert len(shown) == rv.VALUE_WIDTH and shown.endswith("…")
    assert rv.show(["H200", "H20"]) == "H200, H20"


def test_an_empty_directory_says_there_is_nothing_to_review(tmp_path, capsys):
    assert rv.main([str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "Nothing to review" in out and "front-matter" in out


def test_a_missing_directory_is_an_error(tmp_path, capsys):
    assert rv.main([str(tmp_path / "nope")]) == 2
    assert "not a directory" in capsys.readouterr().err
