"""``invoke ingest`` and ``invoke build`` as a user runs them, in a copy of the project,
and ``ingest`` killed at random moments: it never leaves a partial article behind."""

import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from chiptrail_normalise import frontmatter

ROOT = Path(__file__).resolve().parents[1]
PROJECT_PARTS = ["tasks.py", "pelicanconf.py", "publishconf.py", "plugins", "themes",
                 "content/raw", "content/pages"]


@pytest.fixture
def project(tmp_path):
    for part in PROJECT_PARTS:
        source, target = ROOT / part, tmp_path / part
        if source.is_dir():
            shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target)
    return tmp_path


def invoke(project, *args):
    return subprocess.run([sys.executable, "-m", "invoke", *args], cwd=project,
                          capture_output=True, text=True, timeout=120)


def test_build_ingests_then_renders_the_site(project):
    result = invoke(project, "build")

    assert result.returncode == 0, result.stderr
    assert len(list((project / "content" / "articles").glob("*.md"))) == 5
    assert (project / "output" / "index.html").is_file()


def test_a_build_without_search_leaves_the_index_to_the_next_build_with_search(project):
    index = project / "output" / "pagefind"
    assert invoke(project, "build").returncode == 0
    (project / "content" / "raw" / "new.txt").write_text(
        "Title: US grants first H20 export licences\nDate: 2025-08-08\n\n"
        "The Commerce Department has begun issuing licences for Nvidia's H20 to China.\n")

    quick = invoke(project, "build", "--no-search")
    assert quick.returncode == 0, quick.stderr
    assert "not updated (--no-search)" in quick.stdout
    assert (index / "STALE").is_file()  # the site changed under the index

    full = invoke(project, "build")  # nothing left to render, yet the index is redone
    assert full.returncode == 0, full.stderr
    assert "Search index: 6 article pages" in full.stdout
    assert not (index / "STALE").exists()


def test_a_build_without_search_on_an_unchanged_site_keeps_the_index_current(project):
    assert invoke(project, "build").returncode == 0

    quick = invoke(project, "build", "--no-search")

    assert quick.returncode == 0 and "not updated" not in quick.stdout
    assert "Search index: up to date" in invoke(project, "build").stdout


def test_build_fails_when_pelican_reports_an_error(project):
    (project / "content" / "articles").mkdir()
    (project / "content" / "articles" / "broken.md").write_text("---\ntitle: [unclosed\n---\n\nx\n")

    assert invoke(project, "build").returncode != 0


def test_a_strict_build_stops_before_the_site_when_ingest_fails(project):
    """Ingest runs in a forked process while the build loads Pelican: its exit code
    still decides whether the site is built."""
    (project / "content" / "raw" / "empty.txt").write_bytes(b"")

    strict = invoke(project, "build", "--strict", "--no-search")

    assert strict.returncode != 0
    assert "content/raw/empty.txt: empty file" in strict.stderr
    assert len(list((project / "content" / "articles").glob("*.md"))) == 5
    assert not (project / "output").exists()


def test_ingest_strict_fails_on_a_bad_raw_file_after_ingesting_the_others(project):
    (project / "content" / "raw" / "empty.txt").write_bytes(b"")

    lenient, strict = invoke(project, "ingest"), invoke(project, "ingest", "--strict")

    assert lenient.returncode == 0 and strict.returncode != 0
    assert "content/raw/empty.txt: empty file" in lenient.stderr
    assert len(list((project / "content" / "articles").glob("*.md"))) == 5


def articles(folder):
    return {path.name: path.read_bytes() for path in sorted(folder.glob("*.md"))}


def test_ingest_killed_at_random_moments_never_leaves_a_partial_article(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    seeds = sorted((ROOT / "content" / "raw").glob("*.txt"))
    for number in range(60):
        text = seeds[number % len(seeds)].read_text(encoding="utf-8")
        (raw / f"{number:03d}.txt").write_text(f"{text}\nVariant {number}.\n", encoding="utf-8")
    raw_before = {path: path.read_bytes() for path in raw.iterdir()}

    def ingest(out):
        command = [sys.executable, "-m", "chiptrail_normalise.ingest", "--raw", str(raw),
                   "--out", str(out), "--settings", str(tmp_path / "none.py")]
        return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    reference = tmp_path / "reference"
    started = time.monotonic()
    ingest(reference).wait(timeout=120)
    duration = time.monotonic() - started
    chance = random.Random(7)
    for trial in range(5):
        out = tmp_path / f"killed-{trial}"
        process = ingest(out)
        time.sleep(chance.uniform(0.4, 1.0) * duration)  # mostly while articles are written
        process.send_signal(signal.SIGKILL)
        process.wait()
        for path in out.glob("*.md"):
            assert not frontmatter.is_hand_edited(path.read_text(encoding="utf-8")), path
        assert ingest(out).wait(timeout=120) == 0
        assert articles(out) == articles(reference)
        assert not list(out.glob(".*.tmp"))
    assert {path: path.read_bytes() for path in raw.iterdir()} == raw_before
