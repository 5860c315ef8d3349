"""Crash-safe file writes: a file is either its old version or its new one, never half.

Each write goes to a hidden temp file in the same directory, is flushed to disk, then
renamed over the target (``os.replace`` is atomic on POSIX); ``sync_directory`` once after
a batch of writes makes the renames themselves durable, at the cost of one fsync rather
than one per file. A crash can leave at worst a stray temp file, which
``remove_stale_temp_files`` clears on the next run; the caller must hold
``exclusive_lock`` so that no running writer's temp file is taken for stale.

An fsync waits for the disk (several milliseconds each here), so writing many files one
by one spends most of its time waiting. ``WriteBatch`` writes and flushes a batch's temp
files in several threads at once (the file system commits concurrent fsyncs in one
journal transaction), and only then renames each flushed file into place: the same
guarantee per file, and a write or fsync error still stops that file's rename.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import secrets
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

TEMP_SUFFIX = ".chiptrail.tmp"
FLUSHING_THREADS = 8  # fsyncs waiting on the disk together; more gained nothing here


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` in one step, durably."""
    temp, error = _write_temp(path, data)
    if error is not None:
        raise error
    try:
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


class WriteBatch:
    """Atomic writes made durable together: ``stage`` queues each file, ``commit``
    writes and flushes them all at once, then renames each flushed one over its target.

    Until ``commit`` no target has changed; ``discard`` (or a crash) leaves them all as
    they were, with at worst temp files that ``remove_stale_temp_files`` clears. The
    temp files are written by the flushing threads too: creating a file waits while the
    file system commits its journal, which other writers' fsyncs keep it doing.
    """

    def __init__(self) -> None:
        self._staged: list[tuple[Path, bytes]] = []

    def __len__(self) -> int:
        return len(self._staged)

    def stage(self, path: Path, data: bytes) -> None:
        """Queue ``data`` to replace ``path`` at the next ``commit``."""
        self._staged.append((path, data))

    def commit(self) -> list[tuple[Path, OSError | None]]:
        """Write and flush the staged files, and rename them into place; each target with
        the error that kept its old version (None when it was replaced), in staging order."""
        staged, self._staged = self._staged, []
        if not staged:
            return []
        with ThreadPoolExecutor(min(FLUSHING_THREADS, len(staged))) as flushing:
            written = list(flushing.map(_write_temp, *zip(*staged)))
        results = []
        for (path, _), (temp, error) in zip(staged, written):
            if error is None:
                try:
                    os.replace(temp, path)
                except OSError as failure:
                    temp.unlink(missing_ok=True)
                    error = failure
            results.append((path, error))
        return results

    def discard(self) -> None:
        """Drop the staged files: every target keeps its old version."""
        self._staged = []


def _write_temp(path: Path, data: bytes) -> tuple[Path, OSError | None]:
    """A temp file beside ``path`` holding ``data`` on disk, or the error that left none."""
    temp = _temp_path(path)
    try:
        descriptor = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as error:
        return temp, error
    handle = os.fdopen(descriptor, "wb")
    try:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
        handle.close()
    except OSError as error:
        with contextlib.suppress(OSError):
            handle.close()  # its unwritten buffer would fail again
        temp.unlink(missing_ok=True)
        return temp, error
    return temp, None


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
