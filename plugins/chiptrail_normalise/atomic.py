"""Crash-safe file writes: a file is either its old version or its new one, never half.

Each write goes to a hidden temp file in the same directory, is flushed to disk, then
renamed over the target (``os.replace`` is atomic on POSIX); ``sync_directory`` once after
a batch of writes makes the renames themselves durable, at the cost of one fsync rather
than one per file. A crash can leave at worst a stray temp file, which
``remove_stale_temp_files`` clears on the next run; the caller must hold
``exclusive_lock`` so that no running writer's temp file is taken for stale.

An fsync waits for the disk (several milliseconds each here), so writing many files one
by one spends most of its time waiting. ``WriteBatch`` writes a batch's temp files first,
flushes them together (the file system commits concurrent fsyncs in one journal
transaction), and only then renames each flushed file into place: the same guarantee per
file, and an fsync error still stops that file's rename.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import secrets
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import BinaryIO

TEMP_SUFFIX = ".chiptrail.tmp"
FLUSHING_THREADS = 8  # fsyncs waiting on the disk together; more gained nothing here


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` in one step, durably."""
    temp = _temp_path(path)
    descriptor = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


class WriteBatch:
    """Atomic writes made durable together: ``stage`` writes each file's temp file,
    ``commit`` flushes them all, then renames each flushed one over its target.

    Until ``commit`` no target has changed; ``discard`` (or a crash) leaves them all
    as they were, with at worst temp files that ``remove_stale_temp_files`` clears.
    """

    def __init__(self) -> None:
        self._staged: list[tuple[Path, Path, BinaryIO]] = []  # (target, temp, its open file)

    def __len__(self) -> int:
        return len(self._staged)

    def stage(self, path: Path, data: bytes) -> None:
        """Write ``data`` to a temp file beside ``path``; raises ``OSError`` (and leaves
        nothing behind) when it cannot."""
        temp = _temp_path(path)
        handle = os.fdopen(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), "wb")
        try:
            handle.write(data)
            handle.flush()
        except BaseException:
            _close_quietly(handle)  # its unwritten buffer would fail again
            temp.unlink(missing_ok=True)
            raise
        self._staged.append((path, temp, handle))

    def commit(self) -> list[tuple[Path, OSError | None]]:
        """Flush the staged files and rename them into place; each target with the
        error that kept its old version (None when it was replaced), in staging order."""
        staged, self._staged = self._staged, []
        if not staged:
            return []
        with ThreadPoolExecutor(min(FLUSHING_THREADS, len(staged))) as flushing:
            flushed = list(flushing.map(_flush_and_close, [handle for _, _, handle in staged]))
        results = []
        for (path, temp, _), error in zip(staged, flushed):
            try:
                if error is not None:
                    raise error
                os.replace(temp, path)
            except OSError as failure:
                temp.unlink(missing_ok=True)
                error = failure
            results.append((path, error))
        return results

    def discard(self) -> None:
        """Drop the staged files: every target keeps its old version."""
        staged, self._staged = self._staged, []
        for _, temp, handle in staged:
            _close_quietly(handle)
            temp.unlink(missing_ok=True)


def _flush_and_close(handle: BinaryIO) -> OSError | None:
    try:
        os.fsync(handle.fileno())
        handle.close()
    except OSError as error:
        _close_quietly(handle)
        return error
    return None


def _close_quietly(handle: BinaryIO) -> None:
    with contextlib.suppress(OSError):
        handle.close()


def _temp_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.{secrets.token_hex(4)}{TEMP_SUFFIX}")


def remove_stale_temp_files(directory: Path) -> list[Path]:
    """Delete temp files an interrupted run of ours left in ``directory``; return them."""
    stale = sorted(directory.glob(f".*{TEMP_SUFFIX}"))
    for path in stale:
        path.unlink(missing_ok=True)
    return stale


@contextlib.contextmanager
def exclusive_lock(directory: Path, on_wait: Callable[[], None]) -> Iterator[None]:
    """Hold an exclusive lock on ``directory``; if another writer holds it, call
    ``on_wait`` (to tell the user) and wait for it to finish."""
    descriptor = os.open(directory, os.O_RDONLY)
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            on_wait()
            fcntl.flock(descriptor, fcntl.LOCK_EX)
        yield
    finally:
        os.close(descriptor)


def sync_directory(directory: Path) -> None:
    """Flush ``directory``'s entries (the renames done in it) to disk."""
    descriptor = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
