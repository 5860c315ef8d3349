"""Guarantee: a full disk or a read-only folder gives a clear error and damages nothing
already stored.

Real failures, in real processes where the kernel can give them: the file-size limit
(``RLIMIT_FSIZE``, with ``SIGXFSZ`` ignored) makes every write past a few kilobytes fail
half-way, as a full disk does; a folder without write permission is read-only to a
process running without ``CAP_DAC_OVERRIDE`` (the tests run as root, which ignores
permissions, so the command runs under ``setpriv`` with that capability dropped). A
full disk proper (ENOSPC) is simulated in-process, failing the write half-way.
In every case the raw files and the articles already stored stay byte-identical, the
command fails with one line naming the file and the reason, and once space or
permission is back a re-run gives what an undisturbed run gives.
"""

from __future__ import annotations

import errno
import io
import os
import resource
import shutil
import signal
import stat
import subprocess

import pytest

from chiptrail_normalise import atomic
from chiptrail_normalise.ingest import Report, ingest
from guarantee_project import (copy_project, environment, files, ingest_command,
                               invoke_command, run, seed_variants, site_files)

SIZE_LIMIT = 2048  # bytes: every article and page is larger
UNPRIVILEGED = ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner"]


@pytest.fixture
def project(tmp_path):
    """An ingested project whose raw folder then changed: one file edited, one added."""
    project = copy_project(tmp_path / "project", seed_variants(6))
    assert run(ingest_command(project), project).returncode == 0
    raw = project / "content" / "raw"
    with (raw / "001.txt").open("ab") as edited:
        edited.write(b"\nA late correction at the source.\n")
    shutil.copy(raw / "002.txt", raw / "new.txt")
    with (raw / "new.txt").open("ab") as added:
        added.write(b"\nAnother copy, changed.\n")
    return project


def stored(project):
    """What must survive any failure: raw files and articles."""
    return {path: data for path, data in files(project).items()
            if path.startswith(("content/raw/", "content/articles/"))}


def limited_run(command, project, limit=SIZE_LIMIT):
    """``command`` where no file can grow past ``limit`` bytes (writes fail with EFBIG)."""
    def limit_file_size():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return subprocess.run(command, cwd=project, env=environment(project), capture_output=True,
                          text=True, timeout=120, preexec_fn=limit_file_size)


def unprivileged_run(command, project):
    """``command`` subject to file permissions, even when the tests run as root."""
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("running as root without setpriv: permissions cannot be enforced")
        command = UNPRIVILEGED + command
    return run(command, project)


def make_read_only(folder):
    for path in [folder, *folder.rglob("*")]:
        path.chmod(path.stat().st_mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))


def reference_of(project, tmp_path, command):
    """What an undisturbed ``command`` makes of the same project."""
    reference = tmp_path / "reference"
    shutil.copytree(project, reference, symlinks=True)
    assert run(command, reference).returncode == 0
    return site_files(reference)


def test_ingest_on_a_full_disk_keeps_every_stored_file_and_names_each_failed_article(
    project, tmp_path
):
    expected = reference_of(project, tmp_path, ingest_command(tmp_path / "reference"))
    before = stored(project)

    result = limited_run(ingest_command(project), project)

    assert result.returncode == 1
    assert stored(project) == before
    failures = [line for line in result.stderr.splitlines() if "cannot write" in line]
    assert len(failures) == 2 and all("previous version kept" in line for line in failures)
    assert not list((project / "content" / "articles").glob(f".*{atomic.TEMP_SUFFIX}"))
    assert run(ingest_command(project), project).returncode == 0
    assert {k: v for k, v in site_files(project).items() if k.startswith("content/")} == {
        k: v for k, v in expected.items() if k.startswith("content/")}


def test_build_on_a_full_disk_fails_clearly_keeps_stored_files_and_recovers(project, tmp_path):
    assert run(ingest_command(project), project).returncode == 0  # only Pelican writes now
    expected = reference_of(project, tmp_path, invoke_command("build"))
    before = stored(project)

    result = limited_run(invoke_command("build"), project)

    assert result.returncode != 0
    assert "File too large" in " ".join((result.stdout + result.stderr).split())
    assert stored(project) == before
    assert run(invoke_command("build"), project).returncode == 0
    assert site_files(project) == expected


def test_ingest_into_a_read_only_articles_folder_fails_clearly_and_changes_nothing(project):
    articles = project / "content" / "articles"
    make_read_only(articles)
    before = stored(project)

    result = unprivileged_run(ingest_command(project), project)

    assert result.returncode == 1
    assert stored(project) == before
    failures = [line for line in result.stderr.splitlines() if "cannot write" in line]
    assert len(failures) == 2 and all("Permission denied" in line for line in failures)


def test_build_into_a_read_only_output_folder_fails_clearly_and_changes_nothing(project):
    assert run(invoke_command("build"), project).returncode == 0
    (project / "cache" / "build-manifest.json").unlink()  # or the build is skipped as unchanged
    make_read_only(project / "output")
    before = files(project)

    result = unprivileged_run(invoke_command("build"), project)

    assert result.returncode != 0
    assert "Permission denied" in " ".join((result.stdout + result.stderr).split())
    assert stored_outside_cache(files(project)) == stored_outside_cache(before)


def stored_outside_cache(snapshot: dict) -> dict:
    """Everything but Pelican's cache, which a build may refresh even when it fails."""
    return {path: data for path, data in snapshot.items() if not path.startswith("cache/")}


def test_disk_full_half_way_through_an_article_leaves_the_old_one_and_no_temp_file(
    project, monkeypatch
):
    """ENOSPC itself, in-process: the write stops half-way, as on a full disk."""
    articles = project / "content" / "articles"
    before = stored(project)
    real_fdopen = os.fdopen

    class FullDisk(io.RawIOBase):
        def __init__(self, descriptor):
            self.file = real_fdopen(descriptor, "wb")

        def write(self, data):
            self.file.write(bytes(data[: len(data) // 2]))
            self.file.flush()
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        def close(self):
            self.file.close()

    monkeypatch.setattr(os, "fdopen", lambda fd, mode="r", *a, **k: (
        FullDisk(fd) if "w" in mode else real_fdopen(fd, mode, *a, **k)))
    report = Report(out=io.StringIO(), err=io.StringIO())

    ingest(project / "content" / "raw", articles, report=report)

    assert stored(project) == before
    assert report.counts["write-failures"] == 2
    assert report.err.getvalue().count("No space left on device") == 2
    assert not list(articles.glob(f".*{atomic.TEMP_SUFFIX}"))
