"""Ingest re-runs trust a file's stamp (size, times, inode) instead of reading it again,
and read it again whenever the stamp says it may have changed: the result is always the
one a run that reads every file would give."""

import datetime
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from chiptrail_normalise import file_stamps, frontmatter, ingest as ingest_module
from chiptrail_normalise.fields import Normalised
from chiptrail_normalise.file_stamps import FileStamps
from chiptrail_normalise.ingest import Report, ingest

TODAY = datetime.date(2026, 1, 2)
PLUGINS = Path(__file__).resolve().parent.parent / "plugins"


class TitleFirstLine:
    """Stand-in normaliser: the first line is the title; remembers the files it was given."""

    def __init__(self):
        self.names = []

    def __call__(self, text, *, name="", day_first=False):
        self.names.append(name)
        title, _, body = text.partition("\n")
        return Normalised({"title": title, "date": None}, body.strip() or "Body.")


@pytest.fixture
def content(tmp_path):
    (tmp_path / "raw").mkdir()
    return tmp_path


@pytest.fixture
def settled_at_once(monkeypatch):
    """Files count as settled as soon as they are read (tests cannot wait two seconds)."""
    monkeypatch.setattr(file_stamps, "SETTLED_NS", 0)


def run(content, normaliser, stamps=True):
    report = Report(out=io.StringIO(), err=io.StringIO())
    ingest(content / "raw", content / "articles", normaliser=normaliser, today=TODAY,
           report=report, workers=1, stamps=content / "cache" / "stamps.pickle" if stamps else None)
    return report


def articles(content):
    return {path.name: path.read_bytes() for path in sorted((content / "articles").glob("*.md"))}


def no_reading(*args, **kwargs):
    raise AssertionError("a file with a known stamp was read")


def test_rerun_reads_no_file_whose_stamp_is_known(content, settled_at_once, monkeypatch):
    (content / "raw" / "a.txt").write_text("Alpha\nText.\n")
    run(content, TitleFirstLine())
    run(content, TitleFirstLine())  # the articles written by the first run are stamped now
    monkeypatch.setattr(ingest_module.hashlib, "file_digest", no_reading)
    monkeypatch.setattr(frontmatter, "read_keys", no_reading)

    report = run(content, TitleFirstLine())

    assert report.counts["unchanged"] == 1


def test_raw_file_rewritten_with_same_size_and_time_is_normalised_again(content, settled_at_once):
    raw = content / "raw" / "a.txt"
    raw.write_text("Alpha\nText.\n")
    run(content, TitleFirstLine())
    before = raw.stat()
    raw.write_text("Gamma\nText.\n")  # same length
    os.utime(raw, ns=(before.st_atime_ns, before.st_mtime_ns))
    normaliser = TitleFirstLine()

    run(content, normaliser)

    assert normaliser.names == ["raw/a.txt"]
    assert b"title: Gamma" in articles(content)["alpha.md"]


def test_touched_but_unchanged_raw_file_is_hashed_and_left_alone(content, settled_at_once):
    raw = content / "raw" / "a.txt"
    raw.write_text("Alpha\nText.\n")
    run(content, TitleFirstLine())
    written = articles(content)
    os.utime(raw)
    normaliser = TitleFirstLine()

    report = run(content, normaliser)

    assert normaliser.names == [] and report.counts["unchanged"] == 1
    assert articles(content) == written


def test_hand_edited_article_is_read_again_and_kept(content, settled_at_once):
    (content / "raw" / "a.txt").write_text("Alpha\nText.\n")
    run(content, TitleFirstLine())
    article = content / "articles" / "alpha.md"
    article.write_text(article.read_text().replace("Text.", "Edited by hand."))
    (content / "raw" / "a.txt").write_text("Alpha\nNew text.\n")

    report = run(content, TitleFirstLine())

    assert report.counts["hand-edited"] == 1 and "Edited by hand." in article.read_text()


def test_damaged_stamp_store_means_reading_every_file(content, settled_at_once):
    (content / "raw" / "a.txt").write_text("Alpha\nText.\n")
    run(content, TitleFirstLine())
    written = articles(content)
    (content / "cache" / "stamps.pickle").write_bytes(b"not a pickle")
    (content / "raw" / "a.txt").write_text("Alpha\nOther text.\n")

    run(content, TitleFirstLine())

    assert articles(content) != written and b"Other text." in articles(content)["alpha.md"]


def test_runs_with_and_without_stamps_write_the_same_articles(tmp_path, settled_at_once):
    results = []
    for stamps, folder in ((True, tmp_path / "with"), (False, tmp_path / "without")):
        (folder / "raw").mkdir(parents=True)
        for name, text in (("a.txt", "Alpha\nOne.\n"), ("b.txt", "Beta\nTwo.\n")):
            (folder / "raw" / name).write_text(text)
        run(folder, TitleFirstLine(), stamps)
        (folder / "raw" / "b.txt").write_text("Beta\nThree.\n")
        (folder / "raw" / "c.txt").write_text("Gamma\nFour.\n")
        run(folder, TitleFirstLine(), stamps)
        results.append(articles(folder))

    assert results[0] == results[1]


def test_file_changed_moments_ago_is_not_remembered(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("fresh")
    stamps = FileStamps(tmp_path / "stamps.pickle")

    stamps.record("sha256", str(path), path.stat(), "digest")
    stamps.save()

    assert FileStamps(tmp_path / "stamps.pickle").lookup("sha256", str(path), path.stat()) is None


def test_run_with_nothing_to_normalise_does_not_load_the_normaliser(content):
    (content / "raw" / "a.txt").write_text("Alpha\nText.\n")
    run(content, TitleFirstLine())
    program = ("import sys; from pathlib import Path; from chiptrail_normalise.ingest import ingest; "
               "ingest(Path(sys.argv[1]), Path(sys.argv[2]), workers=1); "
               "assert 'chiptrail_normalise.pipeline' not in sys.modules")

    subprocess.run([sys.executable, "-c", program, content / "raw", content / "articles"],
                   check=True, env={**os.environ, "PYTHONPATH": str(PLUGINS)}, capture_output=True)
