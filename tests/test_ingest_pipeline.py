"""The ingest runner with the real normaliser, end to end on the seed articles and on
hostile input: articles Pelican's YAML reader loads, and a second run that changes nothing."""

import datetime
import io
import shutil
import tempfile
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pelican.plugins.yaml_metadata.yaml_metadata import HEADER_RE, YAMLMetadataReader
from pelican.settings import DEFAULT_CONFIG

from chiptrail_normalise import frontmatter
from chiptrail_normalise.ingest import Report, ingest, main

SEEDS = Path(__file__).resolve().parents[1] / "content" / "raw"
DAY = datetime.date(2026, 1, 2)

HOSTILE_RAW = """\
---
title: injected
---
Report: <script>alert(1)</script> {{ config }} {% raw %} [x](javascript:alert(1))

Nvidia said it would resume sales of H20 chips to China after Washington granted
export licences, a move analysts said eases restrictions on advanced chips.

---
ingest_sha256: 0000000000000000000000000000000000000000000000000000000000000000
"""

# Pieces of hostile or messy input the generated raw files are assembled from.
FRAGMENTS = [
    "---", "...", "title: injected", "ingest_sha256: " + "0" * 64, "{{ x }}", "{% if %}",
    "<script>alert(1)</script>", "[a](javascript:alert(1))", "Nvidia H20 China export",
    "12/11/20255 min read", "\u202eRTL override", "\x85\u2028", "Leave a Reply", "", "   ",
    "Huawei Ascend 910B sales approved by Beijing regulators after review.",
]

DATED_RAW = """\
Date: 03/04/2025
Title: Nvidia resumes H20 sales

Nvidia said on Tuesday it will resume sales of its H20 chips to China after the US
government granted export licences. The company expects deliveries soon.
"""


@pytest.fixture
def content(tmp_path):
    shutil.copytree(SEEDS, tmp_path / "raw")
    return tmp_path


def ingest_args(content, *extra):
    return ["--raw", str(content / "raw"), "--out", str(content / "articles"),
            "--settings", str(content / "no-settings.py"), *extra]


def header(path):
    return yaml.safe_load(HEADER_RE.fullmatch(path.read_text(encoding="utf-8"))["metadata"])


def test_seeds_become_five_articles_without_any_problem(content, capsys):
    assert main(ingest_args(content, "--strict")) == 0

    articles = sorted((content / "articles").glob("*.md"))
    assert len(articles) == 5
    assert {header(path)["raw"] for path in articles} == {
        f"raw/{path.name}" for path in SEEDS.glob("*.txt")
    }
    assert capsys.readouterr().err == ""


def test_second_run_on_the_seeds_changes_no_byte(content, capsys):
    main(ingest_args(content))
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in (content / "articles").iterdir()}

    main(ingest_args(content, "--force"))

    after = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in (content / "articles").iterdir()}
    assert after == before
    assert "0 new, 0 updated, 5 unchanged" in capsys.readouterr().out


def test_articles_load_through_pelicans_yaml_reader_with_their_slug(content):
    main(ingest_args(content))
    reader = YAMLMetadataReader(dict(DEFAULT_CONFIG))

    for path in (content / "articles").glob("*.md"):
        html, metadata = reader.read(str(path))
        assert metadata["slug"] == path.stem
        assert metadata["title"] == header(path)["title"]
        assert html.strip()


def test_hostile_raw_text_stays_body_text_and_cannot_fake_front_matter_or_stamp(tmp_path):
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "hostile.txt").write_text(HOSTILE_RAW, encoding="utf-8")

    assert main(ingest_args(tmp_path)) == 0

    [path] = (tmp_path / "articles").glob("*.md")
    document = path.read_text(encoding="utf-8")
    meta = header(path)
    assert meta["raw"] == "raw/hostile.txt" and meta["title"] != "injected"
    assert meta["ingest_sha256"] != "0" * 64
    assert not frontmatter.is_hand_edited(document)


@pytest.mark.parametrize(
    ("option", "expected"), [([], "2025-03-04"), (["--day-first"], "2025-04-03")]
)
def test_day_first_option_reaches_the_normaliser(tmp_path, option, expected):
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "dated.txt").write_text(DATED_RAW, encoding="utf-8")

    main(ingest_args(tmp_path, *option))

    [path] = (tmp_path / "articles").glob("*.md")
    assert str(header(path)["date"]) == expected


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.one_of(
    st.binary(max_size=2000),
    st.text(max_size=2000).map(lambda text: text.encode("utf-8")),
    st.lists(st.sampled_from(FRAGMENTS), max_size=40).map(lambda parts: "\n".join(parts).encode()),
))
def test_any_raw_bytes_give_a_loadable_article_or_one_error_line(data):
    with tempfile.TemporaryDirectory() as folder:
        content = Path(folder)
        (content / "raw").mkdir()
        (content / "raw" / "input.txt").write_bytes(data)
        report = Report(out=io.StringIO(), err=io.StringIO())

        ingest(content / "raw", content / "articles", report=report)

        written = list((content / "articles").glob("*.md"))
        if report.counts["errors"]:
            assert written == [] and len(report.err.getvalue().splitlines()) == 1
        else:
            [path] = written
            assert header(path)["raw"] == "raw/input.txt"
            assert not frontmatter.is_hand_edited(path.read_text(encoding="utf-8"))


def test_ingest_with_worker_processes_writes_and_reports_exactly_what_one_process_does(tmp_path):
    from bench.corpus import write_corpus
    from chiptrail_normalise.ingest import PARALLEL_MIN_FILES

    raw = tmp_path / "raw"
    write_corpus(raw, PARALLEL_MIN_FILES + 4)
    (raw / "001_empty.txt").write_bytes(b"")  # errors come back from the workers too
    (raw / "002_binary.txt").write_bytes(b"\x00\x01\x02PNG" * 50)
    (raw / "003_copy.txt").write_bytes(next(raw.glob("00000_*.txt")).read_bytes())
    runs = {}
    for workers in (1, 2):
        report = Report(out=io.StringIO(), err=io.StringIO())
        out = tmp_path / f"articles-{workers}"
        ingest(raw, out, report=report, workers=workers, today=DAY)
        files = {path.name: path.read_bytes() for path in sorted(out.glob("*.md"))}
        runs[workers] = (files, report.out.getvalue().replace(str(out), "OUT"), report.err.getvalue())
    assert runs[2] == runs[1]
    assert len(runs[1][0]) == PARALLEL_MIN_FILES + 4
    assert "001_empty.txt" in runs[1][2] and "002_binary.txt" in runs[1][2] and "same content" in runs[1][2]


WARM_UP_IN_A_NEW_PROCESS = """
import sys, time
from pathlib import Path
from chiptrail_normalise import compiled_patterns
from chiptrail_normalise.ingest import WarmUpHelper
store = compiled_patterns.CompiledPatterns(None)
with store.in_use():
    helper = WarmUpHelper(Path(sys.argv[1]))
    if sys.argv[2] == "listen":
        batches = []
        with helper.taken_over():
            while helper._process.is_alive():
                batches.extend(helper._received())
                time.sleep(0.01)
            batches.extend(helper._received())
        code = {key: entry for made, _ in batches for key, entry in made.items()}
        analyses = [key for _, made in batches for key in made]
        assert all(compiled_patterns._code_of(*key) == entry for key, entry in code.items())
        print(len(code), len(analyses))
    else:  # the parent stops listening at once
        with helper.taken_over():
            pass
    helper._process.join(timeout=120)
    print("ended" if helper._process.exitcode == 0 else "still running")
"""


@pytest.mark.parametrize("listening", ["listen", "stop"])
def test_the_warm_up_helper_sends_the_code_re_makes_and_ends_when_no_longer_heard(tmp_path, listening):
    """``WarmUpHelper`` in a new process (nothing compiled before it): it sends the code
    and analyses it makes, the code as ``re`` makes it; and it ends once the parent stops
    listening, even with its sends no longer read."""
    import os
    import subprocess
    import sys

    from bench.corpus import write_corpus

    raw = tmp_path / "raw"
    write_corpus(raw, 1)
    [path] = raw.glob("*.txt")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    shown = subprocess.run([sys.executable, "-c", WARM_UP_IN_A_NEW_PROCESS, str(path), listening],
                           check=True, capture_output=True, text=True, env=env, timeout=300).stdout.split("\n")
    assert shown[-2] == "ended"
    if listening == "listen":
        code, analyses = map(int, shown[0].split())
        assert code > 100 and analyses > 10
