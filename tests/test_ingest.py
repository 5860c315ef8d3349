"""The ingest runner, specified with a stand-in normaliser so that only the runner's own
rules are under test: one article per raw file, nothing rewritten without need, hand
edits and raw files never touched, stable slugs, atomic writes, one line per bad file."""

import datetime
import hashlib
import io
import os
import threading

import pytest
import yaml

from chiptrail_normalise import atomic, ingest as ingest_module
from chiptrail_normalise.fields import IngestError, Normalised
from chiptrail_normalise.frontmatter import HEADER_END
from chiptrail_normalise.ingest import STAMPS_NAME, Report, ingest, main

FIRST_DAY = datetime.date(2026, 1, 2)
LATER_DAY = datetime.date(2026, 3, 4)


class FakeNormaliser:
    """Title = first line, body = the rest; remembers which raw files it was given."""

    def __init__(self):
        self.names = []

    def __call__(self, text, *, name="", day_first=False):
        self.names.append(name)
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        if not any(character.isalpha() for character in text):
            raise IngestError("no usable text")
        meta = {"title": lines[0], "date": None, "chips": ["H20"], "summary": " ".join(lines[1:2])}
        return Normalised(meta, "\n\n".join(lines[1:]))


@pytest.fixture
def content(tmp_path):
    (tmp_path / "raw").mkdir()
    return tmp_path


@pytest.fixture
def normaliser():
    return FakeNormaliser()


def write_raw(content, name, text):
    path = content / "raw" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


def run(content, normaliser, today=FIRST_DAY, **options):
    report = Report(out=io.StringIO(), err=io.StringIO())
    ingest(content / "raw", content / "articles", normaliser=normaliser, today=today,
           report=report, **options)
    return report


def errors(report):
    return report.err.getvalue().splitlines()


def articles(content):
    return {path.name: path.read_bytes() for path in sorted((content / "articles").iterdir())}


def front_matter(path):
    return yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])


def snapshot(folder):
    files = (path for path in folder.rglob("*") if path.is_file())
    return {path: (path.read_bytes(), path.stat().st_mtime_ns) for path in sorted(files)}


# --- one article per raw file ------------------------------------------------------------


def test_each_raw_file_becomes_one_article_named_by_its_title_slug(content, normaliser):
    write_raw(content, "001_a.txt", "Nvidia Restarts H20 Sales\nFirst paragraph.\n")
    write_raw(content, "002_b.txt", "China Rejects H200\nAnother paragraph.\n")

    report = run(content, normaliser)

    assert sorted(articles(content)) == ["china-rejects-h200.md", "nvidia-restarts-h20-sales.md"]
    assert report.counts["new"] == 2
    assert report.out.getvalue().splitlines()[-1] == (
        "ingest: 2 new, 0 updated, 0 unchanged, 0 skipped (hand-edited), 0 errors, 0 warnings"
    )


def test_runner_adds_slug_added_raw_path_and_hashes_to_the_normaliser_fields(content, normaliser):
    raw = write_raw(content, "003_x.txt", "China Rejects H200\nBody.\n")

    run(content, normaliser)

    meta = front_matter(content / "articles" / "china-rejects-h200.md")
    assert meta["title"] == "China Rejects H200" and meta["chips"] == ["H20"]
    assert meta["slug"] == "china-rejects-h200"
    assert meta["added"] == FIRST_DAY
    assert meta["raw"] == "raw/003_x.txt"
    assert meta["raw_sha256"] == hashlib.sha256(raw.read_bytes()).hexdigest()
    assert list(meta)[-3:] == ["raw", "raw_sha256", "ingest_sha256"]


def test_raw_files_in_subfolders_keep_their_relative_path(content, normaliser):
    write_raw(content, "2025/12/a.txt", "Title\nBody.\n")

    run(content, normaliser)

    assert front_matter(content / "articles" / "title.md")["raw"] == "raw/2025/12/a.txt"


# --- incremental and idempotent ----------------------------------------------------------


def test_second_run_changes_no_byte_and_rewrites_no_file(content, normaliser):
    write_raw(content, "a.txt", "Title A\nBody.\n")
    write_raw(content, "b.txt", "Title B\nBody.\n")
    run(content, normaliser)
    before = snapshot(content)

    report = run(content, normaliser, today=LATER_DAY)

    assert snapshot(content) == before
    assert report.counts["unchanged"] == 2 and report.problems == 0


def test_only_raw_files_whose_content_changed_are_normalised_again(content, normaliser):
    write_raw(content, "a.txt", "Title A\nBody.\n")
    write_raw(content, "b.txt", "Title B\nBody.\n")
    run(content, normaliser)
    normaliser.names.clear()
    write_raw(content, "b.txt", "Title B\nBody, revised.\n")

    report = run(content, normaliser)

    assert normaliser.names == ["raw/b.txt"]
    assert report.counts["updated"] == 1 and report.counts["unchanged"] == 1


def test_force_normalises_unchanged_files_again_but_rewrites_only_what_differs(content, normaliser):
    write_raw(content, "a.txt", "Title A\nBody.\n")
    run(content, normaliser)
    before = snapshot(content)

    report = run(content, normaliser, force=True)

    assert normaliser.names == ["raw/a.txt", "raw/a.txt"]
    assert snapshot(content) == before and report.counts["unchanged"] == 1


# --- stable slugs and dates --------------------------------------------------------------


def test_changed_title_keeps_the_slug_file_name_and_added_date(content, normaliser):
    write_raw(content, "a.txt", "Old Headline\nBody.\n")
    run(content, normaliser)

    write_raw(content, "a.txt", "A Completely New Headline\nBody.\n")
    report = run(content, normaliser, today=LATER_DAY)

    assert list(articles(content)) == ["old-headline.md"]
    meta = front_matter(content / "articles" / "old-headline.md")
    assert meta["title"] == "A Completely New Headline"
    assert (meta["slug"], meta["added"]) == ("old-headline", FIRST_DAY)
    assert report.counts["updated"] == 1


def test_colliding_titles_get_numbered_slugs(content, normaliser):
    for name in ("a.txt", "b.txt", "c.txt"):
        write_raw(content, name, f"Same Headline\nBody of {name}.\n")

    run(content, normaliser)

    assert sorted(articles(content)) == [
        "same-headline-2.md", "same-headline-3.md", "same-headline.md"
    ]
    assert front_matter(content / "articles" / "same-headline-3.md")["raw"] == "raw/c.txt"


def test_slug_never_reuses_the_name_of_a_hand_written_article(content, normaliser):
    (content / "articles").mkdir()
    (content / "articles" / "headline.md").write_text("My own notes.\n")
    write_raw(content, "a.txt", "Headline\nBody.\n")

    run(content, normaliser)

    assert (content / "articles" / "headline-2.md").exists()
    assert (content / "articles" / "headline.md").read_text() == "My own notes.\n"


def test_title_without_letters_takes_its_slug_from_the_raw_file_name(content, normaliser):
    write_raw(content, "007_x.txt", "!!!\nSome body text.\n")

    run(content, normaliser)

    assert list(articles(content)) == ["007-x.md"]


# --- hand edits ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "edit",
    [
        lambda text: text.replace("Body.", "Body, corrected by hand."),
        lambda text: text.replace("title: Headline", "title: Better Headline"),
    ],
    ids=["body", "front-matter"],
)
def test_hand_edited_article_is_never_overwritten_and_both_files_are_named(
    content, normaliser, edit
):
    raw = write_raw(content, "a.txt", "Headline\nBody.\n")
    run(content, normaliser)
    article = content / "articles" / "headline.md"
    article.write_text(edit(article.read_text(encoding="utf-8")), encoding="utf-8")
    hand_edit = snapshot(content / "articles")

    write_raw(content, "a.txt", "Headline\nBody, revised at the source.\n")
    report = run(content, normaliser)

    assert snapshot(content / "articles") == hand_edit
    assert report.counts["hand-edited"] == 1
    [warning] = errors(report)
    assert str(raw) in warning and str(article) in warning and "by hand" in warning


def test_hand_edited_article_with_unchanged_raw_file_is_left_alone_quietly(content, normaliser):
    write_raw(content, "a.txt", "Headline\nBody.\n")
    run(content, normaliser)
    article = content / "articles" / "headline.md"
    article.write_text(article.read_text() + "\nMy note.\n")
    hand_edit = snapshot(content / "articles")

    report = run(content, normaliser, force=True)

    assert snapshot(content / "articles") == hand_edit
    assert errors(report) == [] and report.counts["hand-edited"] == 1


# --- duplicates and disappearances -----------------------------------------------------


def test_same_raw_content_under_two_names_gives_one_article_and_a_warning(content, normaliser):
    write_raw(content, "a.txt", "Headline\nBody.\n")
    write_raw(content, "copy of a.txt", "Headline\nBody.\n")

    report = run(content, normaliser)

    assert list(articles(content)) == ["headline.md"]
    assert front_matter(content / "articles" / "headline.md")["raw"] == "raw/a.txt"
    [warning] = errors(report)
    assert "copy of a.txt" in warning and "raw/a.txt" in warning


def test_a_later_copy_of_an_ingested_file_is_the_duplicate_even_if_it_sorts_first(
    content, normaliser
):
    write_raw(content, "b.txt", "Headline\nBody.\n")
    run(content, normaliser)
    write_raw(content, "a.txt", "Headline\nBody.\n")

    report = run(content, normaliser)

    assert front_matter(content / "articles" / "headline.md")["raw"] == "raw/b.txt"
    assert report.counts["warnings"] == 1 and report.counts["new"] == 0


def test_article_whose_raw_file_disappeared_is_kept_and_reported(content, normaliser):
    raw = write_raw(content, "a.txt", "Headline\nBody.\n")
    run(content, normaliser)
    kept = articles(content)
    raw.unlink()

    report = run(content, normaliser)

    assert articles(content) == kept
    assert report.counts["missing"] == 1 and report.problems == 0
    assert "raw/a.txt is gone" in report.out.getvalue()


# --- bad input -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        (b"12345 ... 678\n", "no usable text"),
    ],
    ids=["empty", "binary", "no-usable-text"],
)
def test_bad_file_gives_one_line_with_its_name_and_reason_and_the_others_go_on(
    content, normaliser, data, reason
):
    bad = write_raw(content, "bad.txt", data)
    write_raw(content, "good.txt", "Good Headline\nBody.\n")

    report = run(content, normaliser)

    [line] = errors(report)
    assert line.startswith(f"{bad}: {reason}")
    assert list(articles(content)) == ["good-headline.md"]
    assert report.counts["errors"] == 1


def test_cp1252_file_is_ingested_with_its_text_intact_and_a_warning(content, normaliser):
    raw = write_raw(content, "win.txt", b"\x93Caf\xe9\x94 Headline\nBody.\n")

    report = run(content, normaliser)

    meta = front_matter(content / "articles" / "cafe-headline.md")
    assert meta["title"] == "“Café” Headline"
    assert errors(report) == [f"{raw}: not valid UTF-8; decoded as cp1252"]


def test_normaliser_crash_is_reported_for_that_file_only(content):
    def broken(text, *, name="", day_first=False):
        if "boom" in text:
            raise ValueError("unexpected")
        return FakeNormaliser()(text, name=name)

    write_raw(content, "a.txt", "boom\n")
    write_raw(content, "b.txt", "Fine\nBody.\n")

    report = run(content, broken)

    raw = content / "raw" / "a.txt"
    assert errors(report) == [f"{raw}: normaliser failed (ValueError: unexpected)"]
    assert list(articles(content)) == ["fine.md"]


def test_raw_file_that_became_unreadable_keeps_its_previous_article(content, normaliser):
    write_raw(content, "a.txt", "Headline\nBody.\n")
    run(content, normaliser)
    kept = articles(content)
    write_raw(content, "a.txt", b"")

    report = run(content, normaliser)

    assert articles(content) == kept and report.counts["errors"] == 1


def test_file_without_a_reader_is_reported_and_skipped(content, normaliser):
    write_raw(content, "scan.pdf", b"%PDF-1.7")

    report = run(content, normaliser)

    raw = content / "raw" / "scan.pdf"
    assert errors(report) == [f"{raw}: no reader for '.pdf' files; skipped"]


def test_strict_exits_non_zero_after_processing_everything(content, tmp_path):
    write_raw(content, "empty.txt", b"")
    write_raw(content, "binary.txt", b"\x00\x01")
    args = ["--raw", str(content / "raw"), "--out", str(content / "articles"),
            "--settings", str(tmp_path / "none.py")]

    assert main(args) == 0
    assert main([*args, "--strict"]) == 1


# --- raw files are read-only to the tool --------------------------------------------------


def test_raw_files_are_byte_identical_and_untouched_after_ingest(content, normaliser):
    write_raw(content, "a.txt", "Headline\nBody.\n")
    write_raw(content, "b.txt", b"caf\xe9\n")
    write_raw(content, "c.txt", b"")
    before = snapshot(content / "raw")

    run(content, normaliser)
    write_raw(content, "d.txt", "Other\nBody.\n")
    run(content, normaliser)

    after = snapshot(content / "raw")
    assert {path: after[path] for path in before} == before


def test_symlink_pointing_outside_the_raw_folder_is_not_followed(content, normaliser, tmp_path):
    secret = tmp_path.parent / f"{tmp_path.name}-outside.txt"
    secret.write_text("Secret Headline\nPrivate.\n")
    (content / "raw" / "link.txt").symlink_to(secret)
    (content / "raw" / "folder").symlink_to(tmp_path.parent)

    report = run(content, normaliser)

    assert not (content / "articles").exists() or articles(content) == {}
    assert normaliser.names == []
    assert len(errors(report)) == 2 and all("not followed" in line for line in errors(report))
    secret.unlink()


def test_symlink_inside_the_raw_folder_is_one_more_name_for_the_same_content(content, normaliser):
    write_raw(content, "a.txt", "Headline\nBody.\n")
    (content / "raw" / "b.txt").symlink_to(content / "raw" / "a.txt")

    report = run(content, normaliser)

    assert list(articles(content)) == ["headline.md"] and report.counts["warnings"] == 1


# --- atomic writes ---------------------------------------------------------------------------


@pytest.mark.parametrize("step", ["fsync", "replace"])
def test_failed_write_leaves_the_old_article_intact_and_no_partial_file(
    content, normaliser, monkeypatch, step
):
    write_raw(content, "a.txt", "Headline\nBody.\n")
    run(content, normaliser)
    before = articles(content)
    write_raw(content, "a.txt", "Headline\nBody, revised.\n")

    def crash(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, step, crash)
    report = run(content, normaliser)

    assert articles(content) == before
    [line] = errors(report)
    assert line.startswith(str(content / "articles" / "headline.md")) and "No space left" in line


def test_temp_file_left_by_a_killed_run_is_removed_by_the_next_run(content, normaliser):
    write_raw(content, "a.txt", "Headline\nBody.\n")
    run(content, normaliser)
    stray = content / "articles" / f".headline.md.1234abcd{atomic.TEMP_SUFFIX}"
    stray.write_bytes(b"---\ntitle: half")

    report = run(content, normaliser)

    assert not stray.exists() and list(articles(content)) == ["headline.md"]
    assert "removed temp file" in report.out.getvalue()


def test_every_article_written_is_complete(content, normaliser):
    write_raw(content, "a.txt", "Headline\nBody.\n")

    run(content, normaliser)

    text = (content / "articles" / "headline.md").read_text(encoding="utf-8")
    assert text.startswith("---\n") and HEADER_END in text and text.endswith("Body.\n")


def test_settings_file_supplies_folders_relative_to_itself(tmp_path):
    conf = tmp_path / "pelicanconf.py"
    conf.write_text('CHIPTRAIL_INGEST = {"RAW_DIR": "in", "DAY_FIRST": True}\n')

    settings = ingest_module.load_settings(conf)

    assert settings == {"RAW_DIR": tmp_path / "in", "OUT_DIR": tmp_path / "content/articles",
                        "DAY_FIRST": True, "STAMPS": tmp_path / "cache" / STAMPS_NAME,
                        "PATTERNS": tmp_path / "cache" / ingest_module.PATTERNS_NAME}


def test_stamp_store_sits_in_the_settings_cache_folder(tmp_path):
    conf = tmp_path / "pelicanconf.py"
    conf.write_text('CACHE_PATH = "build-cache"\n')

    assert ingest_module.load_settings(conf)["STAMPS"] == tmp_path / "build-cache" / STAMPS_NAME


def test_second_ingest_into_the_same_folder_waits_for_the_first(content, normaliser):
    write_raw(content, "a.txt", "Headline\nBody.\n")
    (content / "articles").mkdir()
    finished = threading.Event()

    def second_ingest():
        run(content, normaliser)
        finished.set()

    with atomic.exclusive_lock(content / "articles", on_wait=lambda: None):
        waiting = threading.Thread(target=second_ingest)
        waiting.start()
        assert not finished.wait(timeout=0.5)
        assert articles(content) == {}
    waiting.join(timeout=30)
    assert finished.is_set() and list(articles(content)) == ["headline.md"]
