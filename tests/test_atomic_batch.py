"""A batch of atomic writes: nothing changes before the commit, each file is then its old
or its new version, and no temp file stays behind."""

from __future__ import annotations

import os

from chiptrail_normalise.atomic import TEMP_SUFFIX, WriteBatch


def temp_files(folder):
    return list(folder.glob(f".*{TEMP_SUFFIX}"))


def test_staged_files_replace_their_targets_only_at_commit(tmp_path):
    (tmp_path / "a.md").write_bytes(b"old a")
    batch = WriteBatch()
    batch.stage(tmp_path / "a.md", b"new a")
    batch.stage(tmp_path / "b.md", b"new b")

    assert (tmp_path / "a.md").read_bytes() == b"old a" and not (tmp_path / "b.md").exists()
    results = batch.commit()

    assert results == [(tmp_path / "a.md", None), (tmp_path / "b.md", None)]
    assert (tmp_path / "a.md").read_bytes() == b"new a" and (tmp_path / "b.md").read_bytes() == b"new b"
    assert not temp_files(tmp_path) and len(batch) == 0


def test_a_file_that_cannot_be_written_keeps_its_old_version_and_the_others_are_written(tmp_path, monkeypatch):
    (tmp_path / "a.md").write_bytes(b"old a")
    batch = WriteBatch()
    batch.stage(tmp_path / "a.md", b"new a")
    batch.stage(tmp_path / "b.md", b"new b")
    real_fsync = os.fsync

    def fsync(descriptor):
        if os.readlink(f"/proc/self/fd/{descriptor}").startswith(str(tmp_path / ".a.md.")):
            raise OSError(5, "Input/output error")
        real_fsync(descriptor)

    monkeypatch.setattr(os, "fsync", fsync)
    [(first, error), (second, no_error)] = batch.commit()

    assert first == tmp_path / "a.md" and error.errno == 5 and no_error is None
    assert (tmp_path / "a.md").read_bytes() == b"old a" and (tmp_path / "b.md").read_bytes() == b"new b"
    assert not temp_files(tmp_path)


def test_a_file_in_a_missing_folder_is_reported_and_the_others_are_written(tmp_path):
    batch = WriteBatch()
    batch.stage(tmp_path / "gone" / "a.md", b"new a")
    batch.stage(tmp_path / "b.md", b"new b")

    [(_, error), (_, no_error)] = batch.commit()

    assert isinstance(error, FileNotFoundError) and no_error is None
    assert (tmp_path / "b.md").read_bytes() == b"new b" and not temp_files(tmp_path)


def test_discarded_batch_changes_nothing(tmp_path):
    (tmp_path / "a.md").write_bytes(b"old a")
    batch = WriteBatch()
    batch.stage(tmp_path / "a.md", b"new a")

    batch.discard()

    assert batch.commit() == []
    assert (tmp_path / "a.md").read_bytes() == b"old a" and not temp_files(tmp_path)
