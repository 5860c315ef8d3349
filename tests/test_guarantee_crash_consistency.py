"""Guarantee: killing ingest or a build at any moment loses nothing.

``python3 -m chiptrail_normalise.ingest`` and ``python3 -m invoke build`` run in copies
of the project (30 raw files, one article edited by hand whose raw file changed since)
and are killed with SIGKILL — the whole process group, Pagefind's helper included — at
seeded random moments: while articles are written (after a random number of them),
while Pelican renders, or while the search index is written. After every kill: the raw files are byte-identical, every article
file is complete (its ``ingest_sha256`` stamp checks out) or is the untouched hand edit,
and a re-run exits cleanly and gives exactly what one uninterrupted run gives (same
bytes in ``content/articles`` and ``output``). The Pagefind index in ``output/pagefind``
is left out of the comparison: it is not byte-reproducible, and even an uninterrupted
build under load sometimes leaves its ``pagefind-entry.json`` empty (reported to the
search step's owner), which would make this test flaky rather than wrong.

By default a few trials run; ``CHIPTRAIL_FUZZ=ci`` runs the CI budget (30 ingest and
20 build kills, on two workers, about 90 s).
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from chiptrail_normalise import frontmatter
from guarantee_project import (copy_project, files, ingest_command, invoke_command, run,
                               seed_variants, site_files, start)

CI_BUDGET = os.environ.get("CHIPTRAIL_FUZZ") == "ci"
KILLS = {"ingest": 30, "build": 20} if CI_BUDGET else {"ingest": 2, "build": 2}
WORKERS = 2
RAW_FILES = 30
HAND_NOTE = b"\nA note added by hand; it must survive every run.\n"


@dataclass(frozen=True)
class Start:
    """The state every trial starts from, and what one uninterrupted run makes of it."""

    project: Path
    raw: dict[str, bytes]
    hand_edited: str  # the article file edited by hand, relative to the project
    hand_edit: bytes
    expected: dict[str, bytes]  # site_files after one uninterrupted run


def articles(project):
    return {path: data for path, data in files(project).items()
            if path.startswith("content/articles/")}


@pytest.fixture(scope="module")
def initial(tmp_path_factory):
    """A project whose first article was edited by hand, and its raw file changed since."""
    project = copy_project(tmp_path_factory.mktemp("crash") / "initial", seed_variants(RAW_FILES))
    assert run(ingest_command(project), project).returncode == 0
    for path in (project / "content" / "articles").glob("*.md"):
        if frontmatter.read_header(path)["raw"] == "raw/000.txt":
            edited = path
        else:
            path.unlink()
    with edited.open("ab") as article:
        article.write(HAND_NOTE)
    with (project / "content" / "raw" / "000.txt").open("ab") as raw:
        raw.write(b"\nCorrected at the source.\n")
    return project, edited.relative_to(project).as_posix()


def reference(initial, tmp_path_factory, command) -> Start:
    project, hand_edited = initial
    copy = tmp_path_factory.mktemp("reference") / "project"
    shutil.copytree(project, copy, symlinks=True)
    assert run(command(copy), copy).returncode == 0
    expected = site_files(copy) if command is build_command else articles(copy)
    raw = {k: v for k, v in files(project).items() if k.startswith("content/raw/")}
    return Start(project, raw, hand_edited, (project / hand_edited).read_bytes(), expected)


def build_command(project):
    return invoke_command("build")


@dataclass(frozen=True)
class Moment:
    """When to kill: ``delay`` seconds after the run printed ``count`` lines holding
    ``marker`` (count 0: after the start)."""

    marker: str
    count: int
    delay: float


def random_moment(kind: str, number: int) -> Moment:
    """A seeded moment, spread over the phases where files are written."""
    chance = random.Random(f"{kind}-{number}")
    target = chance.choice(["ingest", "ingest", "pelican", "index"] if kind == "build" else ["ingest"])
    if target == "pelican":
        return Moment("ingest: ", 1, chance.uniform(0.0, 1.0))
    if target == "index":
        return Moment("Done: Processed", 1, chance.uniform(0.0, 0.4))
    count = chance.randrange(RAW_FILES)
    return Moment("new: ", count, chance.uniform(0.0, 0.6 if count == 0 else 0.03))


def kill_at(moment: Moment, command, project) -> str | None:
    """Run ``command`` and SIGKILL its process group at ``moment``; return what it printed
    by then, or None when it finished first."""
    process = start(command, project, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                    start_new_session=True)
    printed, seen = [], 0
    while seen < moment.count and (line := process.stdout.readline()):
        printed.append(line)
        seen += moment.marker in line
    if seen < moment.count:
        process.wait()
        return None
    try:
        process.wait(timeout=moment.delay)
        return None
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
    printed.append(process.communicate()[0])
    return "".join(printed)


def check_nothing_lost(start_state: Start, project: Path) -> None:
    """What must hold right after a kill, before anything runs again."""
    raw = {k: v for k, v in files(project).items() if k.startswith("content/raw/")}
    assert raw == start_state.raw
    for path, data in articles(project).items():
        if path == start_state.hand_edited:
            assert data == start_state.hand_edit
        elif path.endswith(".md"):
            assert data and not frontmatter.is_hand_edited(data.decode("utf-8")), path


def trial(start_state: Start, command, worker: Path, number: int, kind: str) -> str | None:
    """One kill and one re-run in ``worker``'s copy; the phase the kill hit, or None."""
    project = worker / "project"
    shutil.rmtree(project, ignore_errors=True)
    shutil.copytree(start_state.project, project, symlinks=True)
    output = kill_at(random_moment(kind, number), command(project), project)
    if output is None:
        return None
    check_nothing_lost(start_state, project)

    rerun = run(command(project), project)

    assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    check_nothing_lost(start_state, project)
    if command is build_command:
        assert site_files(project) == start_state.expected
    else:
        assert articles(project) == start_state.expected
    return phase(output)


def phase(output: str) -> str:
    """How far the killed run got, from the last step it reported."""
    for marker, name in (("Search index:", "after the search index"),
                         ("Done: Processed", "in the search index"),
                         ("ingest: ", "after ingest (build: in Pelican)"),
                         ("new: ", "while writing articles")):
        if marker in output:
            return name
    return "before the first article"


def run_trials(start_state: Start, command, kind: str, tmp_path: Path) -> dict[str, int]:
    """Kill until ``KILLS[kind]`` kills have landed; count them by phase."""
    workers = [tmp_path / f"worker-{n}" for n in range(WORKERS)]
    landed: dict[str, int] = {}
    number = 0
    with ThreadPoolExecutor(WORKERS) as pool:
        while sum(landed.values()) < KILLS[kind]:
            batch = [pool.submit(trial, start_state, command, worker, number + n, kind)
                     for n, worker in enumerate(workers)]
            number += len(batch)
            for future in batch:
                if (hit := future.result()) is not None:
                    landed[hit] = landed.get(hit, 0) + 1
            assert number < 4 * KILLS[kind], "runs keep finishing before the kill"
    print(f"\n{kind}: {sum(landed.values())} SIGKILLs in {number} runs, by phase {landed}")
    return landed


@pytest.mark.fuzz
def test_ingest_killed_at_random_moments_loses_nothing_and_a_rerun_converges(
    initial, tmp_path_factory, tmp_path
):
    start_state = reference(initial, tmp_path_factory, ingest_command)

    landed = run_trials(start_state, ingest_command, "ingest", tmp_path)

    assert sum(landed.values()) >= KILLS["ingest"]


@pytest.mark.fuzz
def test_build_killed_at_random_moments_loses_nothing_and_a_rerun_converges(
    initial, tmp_path_factory, tmp_path
):
    start_state = reference(initial, tmp_path_factory, build_command)

    landed = run_trials(start_state, build_command, "build", tmp_path)

    assert sum(landed.values()) >= KILLS["build"]
