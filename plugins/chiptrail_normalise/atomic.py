"""Crash-safe file writes: a file is either its old version or its new one, never half.

Each write goes to a hidden temp file in the same directory, is flushed to disk, then
renamed over the target (``os.replace`` is atomic on POSIX); ``sync_directory`` once after
a batch of writes makes the renames themselves durable, at the cost of one fsync rather
than one per file. A crash can leave at worst a stray temp file, which
``remove_stale_temp_files`` clears on the next run; the caller must hold
``exclusive_lock`` so that no running writer's temp file is taken for stale.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import secrets
from collections.abc import Callable, Iterator
from pathlib import Path

TEMP_SUFFIX = ".chiptrail.tmp"


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` in one step, durably."""
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}{TEMP_SUFFIX}")
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
