"""Guarantee: two builds at once never interleave their writes.

``invoke build`` holds an exclusive lock on the project folder for its whole length
(ingest, Pelican, search index); a second build started meanwhile says it is waiting and
starts only when the first is done. Real processes, in a copy of the project.
"""

from __future__ import annotations

import subprocess
from pathlib import Path
import time

import pytest

from chiptrail_normalise.atomic import exclusive_lock
from guarantee_project import copy_project, invoke_command, run, seed_variants, site_files, start

WAITING = "waiting for another build in"


@pytest.fixture
def project(tmp_path):
    return copy_project(tmp_path / "project", seed_variants(8))


def start_build(project):
    return start(invoke_command("build"), project, stdout=subprocess.PIPE,
                 stderr=subprocess.PIPE)


def first_stderr_line(process, timeout=60):
    """The build's first line on stderr (the waiting notice comes before any other)."""
    started = time.monotonic()
    line = process.stderr.readline()
    assert time.monotonic() - started < timeout
    return line


def wait_until_locked(project, timeout=60):
    """Return once a process holds a lock on the project folder, read from
    ``/proc/locks`` so that looking never takes the lock itself (a slow machine cannot
    then let the second build start first)."""
    inode = f":{project.stat().st_ino} "
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if any("FLOCK" in line and inode in line
               for line in Path("/proc/locks").read_text().splitlines()):
            return
        time.sleep(0.005)
    raise AssertionError("the first build never took the lock")


def test_a_build_waits_for_the_lock_and_writes_nothing_until_it_has_it(project):
    with exclusive_lock(project, on_wait=lambda: None):
        build = start_build(project)
        assert WAITING in first_stderr_line(build)
        time.sleep(1.0)  # the build is stuck before its first write, however long we wait
        assert build.poll() is None
        assert site_files(project) == {}
    stdout, stderr = build.communicate(timeout=120)

    assert build.returncode == 0, stderr
    assert len(list((project / "content" / "articles").glob("*.md"))) == 8
    assert (project / "output" / "index.html").is_file()


def test_two_builds_at_once_run_one_after_the_other_and_give_one_builds_result(
    project, tmp_path
):
    reference = copy_project(tmp_path / "reference", seed_variants(8))
    assert run(invoke_command("build"), reference).returncode == 0

    first = start_build(project)
    wait_until_locked(project)
    second = start_build(project)
    results = [process.communicate(timeout=120) for process in (first, second)]

    assert [first.returncode, second.returncode] == [0, 0], results
    assert [WAITING in stderr for _, stderr in results] == [False, True]
    assert "ingest: 0 new, 0 updated, 8 unchanged" in results[1][0]
    assert site_files(project) == site_files(reference)
