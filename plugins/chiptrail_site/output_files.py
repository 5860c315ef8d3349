"""How output files are written: atomically (a reader or a killed build never sees half a
file), and not at all when the file already holds the same bytes, so a rebuild leaves
unchanged pages untouched (issue 6). Pelican's own writes go the same way through
``KeepIdenticalFiles``, a mixin of the site's writer (``feeds.ArchiveWriter``, and
``site_writer.SiteWriter`` built on it)."""

from __future__ import annotations

import io
import itertools
import logging
import os
import pickle
import stat
from pathlib import Path
from typing import BinaryIO, Callable

from pelican.writers import FileOverwriteFailedError

from chiptrail_normalise.atomic import TEMP_SUFFIX

logger = logging.getLogger(__name__)

# Written into the output folder by search.index_site after Pelican has run.
SEARCH_INDEX_FOLDER = "pagefind"
# Pages are served to everyone: the mode open() would give, as Pelican's own writes have.
PUBLIC_FILE_MODE = 0o666
# A file being written is ".<pid>-<number><UNFINISHED_SUFFIX>" beside its target until
# renamed; one still there after a build was left by a killed build (build_manifest
# removes it).
UNFINISHED_SUFFIX = TEMP_SUFFIX  # the normaliser's: one name for our temp files
# A new file only (O_EXCL), never through a link, closed in any process this one starts.
TEMPORARY_FLAGS = (os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
                   | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))
_temporary_numbers = itertools.count()  # this process's temporary files, numbered


def write_atomic(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` through a temporary file in the same directory."""
    write_atomic_with(target, lambda stream: stream.write(data))


def write_atomic_with(target: Path, write: Callable[[BinaryIO], object]) -> None:
    """``write_atomic`` for data that ``write`` streams into the file (a large pickle,
    which would otherwise be held in memory twice, as objects and as bytes). The folder
    is made only when the temporary file cannot be made for want of it: most writes go
    to a folder that exists (a thousand raw copies in one), where asking to make it
    first cost two calls to the file system each, taking the folder's lock."""
    try:
        handle, temporary = _temporary_beside(target)
    except FileNotFoundError:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = _temporary_beside(target)
    try:
        with os.fdopen(handle, "wb") as stream:
            write(stream)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _temporary_beside(target: Path) -> tuple[int, str]:
    """A new file beside ``target``, open for writing, and its name: short (the target's
    own may already be at the 255-byte limit) and unique, by this process's id (a forked
    render worker has its own) and a number counted in it; a name a killed build left is
    stepped over. The kernel gives it the mode ``open()`` would (``PUBLIC_FILE_MODE``
    less the umask). ``tempfile.mkstemp`` made a private file that took a ``chmod`` and
    two ``umask`` calls after it, and random names: a quarter of the CPU of writing a
    page (10 of 45 us; 20,000 pages and raw copies in a cold build at 10,000 articles)."""
    while True:
        temporary = os.path.join(target.parent,
                                 f".{os.getpid()}-{next(_temporary_numbers)}{UNFINISHED_SUFFIX}")
        try:
            return os.open(temporary, TEMPORARY_FLAGS, PUBLIC_FILE_MODE), temporary
        except FileExistsError:
            continue


def is_unfinished_write(name: str) -> bool:
    """Whether the output file ``name`` (relative, with "/") is a write never finished."""
    base = name.rpartition("/")[2]
    return base.startswith(".") and base.endswith(UNFINISHED_SUFFIX)


def file_stamp(path) -> list[int] | None:
    """Size and modification time of a regular file, or None when the file is missing,
    is not a regular file, or is a dangling link."""
    info = regular_file_status(path)
    return info and [info.st_size, info.st_mtime_ns]


def regular_file_status(path) -> os.stat_result | None:
    try:
        info = os.stat(path)
    except OSError:  # missing, or a dangling link
        return None
    return info if stat.S_ISREG(info.st_mode) else None


def load_kept(path: Path, **made_by) -> dict | None:
    """The mapping a last build pickled at ``path`` (``write_atomic``), if its ``made_by``
    entries are these ("code": the code digest that made it); None when it is missing,
    damaged or made by other code. A store that cannot serve costs the build time, never
    its output, so no error goes further than a debug line."""
    try:
        with path.open("rb") as stream:  # streamed: a large store is not also held as bytes
            kept = pickle.load(stream)
    except FileNotFoundError:
        return None
    except Exception as error:  # noqa: BLE001 - whatever a damaged file raises
        logger.debug("%s: unreadable (%s), not used", path, error)
        return None
    if not isinstance(kept, dict) or any(kept.get(key) != value for key, value in made_by.items()):
        return None
    return kept


def write_if_changed(target: Path, data: bytes) -> bool:
    """``write_atomic`` unless ``target`` already holds ``data``; True if it wrote."""
    try:
        same = target.stat().st_size == len(data) and target.read_bytes() == data
    except FileNotFoundError:
        same = False
    if not same:
        write_atomic(target, data)
    return not same


class KeepIdenticalFiles:
    """Writer mixin: a page or feed is rendered into memory and then written with
    ``write_if_changed``. A file written twice in one build follows Pelican's rules
    (``claim``), but is still written atomically."""

    def _open_w(self, filename, encoding, override=False):
        if not self.claim(filename, override):
            return io.StringIO()  # skipped: the overriding write is kept
        return _WrittenOnClose(Path(filename), encoding)

    def claim(self, filename, override: bool) -> bool:
        """Pelican's rules (``Writer._open_w``) for a file written twice in one build: the
        second write fails unless one of the two overrides, and once a write has
        overridden, later ones are skipped. True when this write goes ahead."""
        if filename in self._overridden_files:
            if override:
                raise FileOverwriteFailedError(
                    f"Failed to overwrite {filename!r} a second time (was previously overwritten)")
            logger.info("Skipping %r, not overwriting", filename)
            return False
        if filename in self._written_files and not override:
            raise FileOverwriteFailedError(
                f"Failed to overwrite {filename!r} as Pelican has already written to it "
                "previously (set `override=True` if intended)")
        if override:
            self._overridden_files.add(filename)
        self._written_files.add(filename)
        return True


class _WrittenOnClose(io.StringIO):
    """A text buffer that goes to ``path`` through ``write_if_changed`` when closed."""

    def __init__(self, path: Path, encoding: str):
        super().__init__()
        self.path, self.target_encoding = path, encoding

    def close(self) -> None:
        if not self.closed:
            write_if_changed(self.path, self.getvalue().encode(self.target_encoding))
        super().close()


def absolute_url(siteurl: str, url: str) -> str:
    """``url`` (relative to the site root) under ``SITEURL``, or as it is when the site
    has no address yet (a local build): nothing invents a host."""
    return f"{siteurl.rstrip('/')}/{url}" if siteurl else url
