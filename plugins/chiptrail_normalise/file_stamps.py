"""What was learnt from a file (its hash, a few front-matter keys), kept for as long as
the file's status says its bytes are those that were read.

A re-run over 10,000 unchanged files read and hashed every one of them (issue 6). A
write to a file changes its change time (``ctime``), which no user or copy tool can set
back, so a stamp of size, modification time, change time and inode tells an untouched
file from an edited one even when the edit kept size and modification time (``touch -d``,
``cp -p``). A file whose stamp differs is read again; if its bytes turn out the same,
nothing else happens.

As in git's index, an entry is kept only for a file whose times are older than the entry
by ``SETTLED_NS``: file systems stamp times with a coarse clock, and a second write in the
same tick as the reading would leave the stamp as it was. Such a file (one written just
now) is read again next time, and remembered then.
"""

from __future__ import annotations

import os
import pickle
import time
from pathlib import Path
from typing import Any

from .atomic import write_atomic

SETTLED_NS = 2_000_000_000
FORMAT = 1  # bump when the kept values change shape


def stamp(info: os.stat_result) -> tuple[int, int, int, int]:
    return (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino)


class FileStamps:
    """Values by ``(kind, path)``, each valid while its file keeps the stamp it had.

    Only the entries looked up or recorded in this run are saved, so files that are gone
    drop out. A missing or unreadable store is an empty one: it costs time, never output.
    """

    def __init__(self, store: Path | None):
        self.store = store
        self.kept: dict[tuple[str, str], tuple[tuple, Any]] = _load(store)
        self.current: dict[tuple[str, str], tuple[tuple, Any]] = {}

    def lookup(self, kind: str, path: str, info: os.stat_result) -> Any | None:
        """The value recorded for ``path`` if the file still has the same stamp, else None."""
        entry = self.kept.get((kind, path))
        if entry is None or entry[0] != stamp(info):
            return None
        self.current[(kind, path)] = entry
        return entry[1]

    def record(self, kind: str, path: str, info: os.stat_result, value: Any) -> None:
        """Remember ``value``, read from ``path`` while it had the status ``info``."""
        if time.time_ns() - max(info.st_mtime_ns, info.st_ctime_ns) >= SETTLED_NS:
            self.current[(kind, path)] = (stamp(info), value)

    def save(self) -> None:
        """Write the store, when it changed; a failed write only costs the next run time."""
        if self.store is None or self.current == self.kept:
            return
        data = pickle.dumps({"format": FORMAT, "entries": self.current}, pickle.HIGHEST_PROTOCOL)
        try:
            self.store.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(self.store, data)
        except OSError:
            pass


def _load(store: Path | None) -> dict:
    if store is None:
        return {}
    try:
        data = pickle.loads(store.read_bytes())
    except Exception:  # noqa: BLE001 - missing or damaged: start afresh
        return {}
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return {}
    return data.get("entries", {})
