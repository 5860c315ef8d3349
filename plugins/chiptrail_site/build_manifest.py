"""Skip a build whose inputs and output are exactly as the last build left them.

A no-change rebuild must cost less than Hugo's full build (issue 6), and Pelican re-reads
and re-renders everything. After each build, ``build-manifest.json`` in ``CACHE_PATH``
records a digest of every input (the files under ``PATH`` and ``THEME``, the settings,
the source of the loaded plugins, the versions of the libraries that render) and the
size and modification time of every output file (and the stamp of every output folder,
so that this record is taken after the next build without listing the folders that
build left alone: ``output_record``). A build whose digest matches, over an output folder
nobody touched since, would write the same bytes again: it is skipped.

Any changed input (an article, a raw file, a template, a setting, plugin code) makes the
digest differ and the build runs in full. A changed setting or plugin also stops the run
from loading Pelican's content cache, which knows its files but not the settings they
were read with.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import stat
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from importlib import metadata
from itertools import chain
from pathlib import Path

from chiptrail_normalise.file_stamps import FileStamps
from pelican.log import console

from .output_files import (SEARCH_INDEX_FOLDER, file_stamp, is_unfinished_write,
                           regular_file_status, write_atomic)

MANIFEST_NAME = "build-manifest.json"
# Each content file's hash by its stamp (chiptrail_normalise.file_stamps), so a rebuild
# reads only the content files whose status changed.
CONTENT_STAMPS_NAME = "content-stamps.pickle"
# Set by ``run_if_changed`` itself during a build, so not part of what decides the output.
RUN_SETTINGS = ("LOAD_CONTENT_CACHE", "CONTENT_HASHES", "CODE_DIGEST", "OUTPUT_WRITTEN")
# Path of each file under ``PATH`` (as joined to ``PATH``) -> sha256 of its bytes (hex).
CONTENT_HASHES = "CONTENT_HASHES"
# This build's ``code_digest``, taken once when it starts (for the pages' digests).
CODE_DIGEST = "CODE_DIGEST"
# Set by the site's writer at the end of a build: output name -> [size, modification time]
# of each file it wrote or left in place, so the record of the output need not stat them.
OUTPUT_WRITTEN = "OUTPUT_WRITTEN"
# A folder's modification time younger than this when it is listed may still change
# within the same clock tick: the folder is listed again next time (as FileStamps does).
SETTLED_NS = 2_000_000_000
HASH_CHUNK = 256  # files each thread reads and hashes at a time (``_read_hashes``)
RENDERING_PACKAGES = ("pelican", "markdown", "jinja2", "markupsafe", "pyyaml",
                      "python-dateutil", "numpy")


def skip_unchanged_builds(pelican) -> None:
    """Handler for ``initialized``: wrap this Pelican's ``run`` (the digest is taken when
    the run starts, after every plugin has adjusted the settings)."""
    pelican.run = partial(run_if_changed, pelican, pelican.run)


def run_if_changed(pelican, run) -> None:
    """``run`` the build unless the manifest says its output is already there."""
    settings = pelican.settings
    previous, current = read_manifest(settings), current_inputs(pelican)
    if up_to_date(previous, current, settings):
        console.print(f"Done: nothing changed since the last build of {settings['OUTPUT_PATH']}.")
        return
    if previous.get("inputs", {}).get("code") != current["code"]:
        settings["LOAD_CONTENT_CACHE"] = False
    settings[CODE_DIGEST] = current["code"]
    path = manifest_path(settings)
    path.unlink(missing_ok=True)  # a failed build leaves no manifest behind
    settings.pop(OUTPUT_WRITTEN, None)  # the writer sets it anew
    run()
    output, folders = output_record(settings, previous)
    manifest = {"inputs": current, "output": output, "folders": folders}
    write_atomic(path, json.dumps(manifest, sort_keys=True).encode("utf-8"))


def up_to_date(previous: dict, current: dict, settings) -> bool:
    """Same inputs as the last build, and its output files as it left them."""
    return previous.get("inputs") == current and previous.get("output") == output_stamps(settings)


def current_inputs(pelican) -> dict[str, str]:
    return {"code": code_digest(pelican), "content": content_digest(pelican.settings)}


def manifest_path(settings) -> Path:
    return Path(settings["CACHE_PATH"], MANIFEST_NAME)


def read_manifest(settings) -> dict:
    try:
        return json.loads(manifest_path(settings).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def code_digest(pelican) -> str:
    """Everything but the content that decides the output: settings, theme, plugin
    source, and the versions of Python and of the rendering libraries. The same before
    and after a run (``site_writer`` takes it when the pages have been generated)."""
    settings = {key: value for key, value in pelican.settings.items() if key not in RUN_SETTINGS}
    digest = hashlib.sha256(json.dumps(settings, sort_keys=True, default=repr).encode())
    digest.update(sys.version.encode())
    for package in RENDERING_PACKAGES:
        digest.update(f"{package}={_version(package)}".encode())
    for folder in [pelican.settings["THEME"], *map(_plugin_folder, pelican.plugins)]:
        _hash_tree(digest, Path(folder))
    return digest.hexdigest()


def content_digest(settings) -> str:
    """Every file under ``PATH``: articles, pages, raw files. The hash of each file is
    kept in ``settings[CONTENT_HASHES]``, for the pages' digests of this build; a file
    whose stamp is as when it was last hashed is not read again."""
    digest = hashlib.sha256()
    cache = settings.get("CACHE_PATH")
    known = FileStamps(Path(cache, CONTENT_STAMPS_NAME) if cache else None)
    settings[CONTENT_HASHES] = _hash_tree(digest, settings["PATH"], known)
    known.save()
    return digest.hexdigest()


def output_stamps(settings, remove_unfinished: bool = False) -> dict[str, list[int]]:
    """Size and modification time of each output file, so an edited or deleted output
    file is noticed and rebuilt. The search index is left out: it is written after
    Pelican has run (``tasks.index_search``), as are its hidden temporary folders.
    After a build (``remove_unfinished``), the temporary files of writes a killed build
    never finished are removed: every write of this build has been renamed into place."""
    stamps = {}
    for name, path, info in _files(str(settings["OUTPUT_PATH"])):
        if remove_unfinished and is_unfinished_write(name):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(path)
        elif not name.startswith((f"{SEARCH_INDEX_FOLDER}/", ".")):
            stamps[name] = [info.st_size, info.st_mtime_ns]
    return stamps


def output_record(settings, previous: dict) -> tuple[dict[str, list[int]], dict[str, list | None]]:
    """``output_stamps`` after a build (unfinished writes removed), and each output
    folder's stamp, without listing the folders the last build's record shows unchanged.

    Adding one article rewrites a few dozen of ~12,000 output folders at 10,000 articles,
    and listing them all cost 0.2-0.4 s of CPU, and over a second of a busy machine's
    wall time (issue 6). A folder's modification time changes
    whenever a name in it is added, removed or renamed, so a folder whose stamp is as the
    last record has it holds the same names (files and subfolders) as then: only a
    changed or new folder is listed. Each file is still looked at, since an edit changes
    the file and not its folder: the files this build's writer wrote or left
    (``OUTPUT_WRITTEN``) by the stamps it took, any other (the theme's static files,
    anything a user put there) by a ``stat``. A folder that may change unseen is recorded
    as None, and so listed again: one changed within ``SETTLED_NS`` of being listed, or
    one holding a name that was not a regular file (a dangling link may get its target).
    A folder link in the output makes the walk whole (``output_stamps``), and records no
    folders, as a record without folders does."""
    root = str(settings["OUTPUT_PATH"])
    if not os.path.isdir(root):
        return output_stamps(settings, remove_unfinished=True), {}
    last_folders = previous.get("folders") or {}
    files_in, subfolders_in = _names_by_folder(previous.get("output") or {}, last_folders)
    written = settings.get(OUTPUT_WRITTEN) or {}
    stamps: dict[str, list[int]] = {}
    folders: dict[str, list | None] = {}
    pending = [""]
    while pending:
        prefix = pending.pop()
        path = f"{root}/{prefix}" if prefix else root
        try:
            info = os.stat(path)
        except OSError:  # gone: as os.walk, nothing under it
            continue
        if not stat.S_ISDIR(info.st_mode):
            continue
        stamp = [info.st_mtime_ns, info.st_ino]
        settled = time.time_ns() - info.st_mtime_ns >= SETTLED_NS
        if last_folders.get(prefix) == stamp:
            names = [prefix + name for name in files_in.get(prefix, ())]
            stamps.update(_recorded_file_stamps(root, names, written))
            pending.extend(prefix + name + "/" for name in subfolders_in.get(prefix, ()))
        else:
            listed = _list_folder(path, prefix, written, stamps)
            if listed is None:
                return output_stamps(settings, remove_unfinished=True), {}
            subfolders, only_regular_files = listed
            settled = settled and only_regular_files
            pending.extend(subfolders)
        folders[prefix] = stamp if settled else None
    return stamps, folders


def _recorded_file_stamps(root: str, names: list[str], written: dict) -> dict[str, list[int]]:
    """The stamps of the files ``names`` of an unchanged folder: as this build's writer
    took them, or by a ``stat`` (none for a file gone or no longer regular)."""
    found = {}
    for name in names:
        status = written.get(name) or file_stamp(f"{root}/{name}")
        if status is not None:
            found[name] = status
    return found


def _list_folder(path: str, prefix: str, written: dict,
                 stamps: dict[str, list[int]]) -> tuple[list[str], bool] | None:
    """Add the stamp of each regular file of the changed or new folder ``path`` to
    ``stamps`` (removing unfinished writes); return its subfolders' prefixes and whether
    every other name was a regular file, or None when it holds a folder link."""
    try:
        with os.scandir(path) as listing:
            entries = list(listing)
    except OSError:  # unreadable: nothing in it now, listed again next time
        return [], False
    subfolders, only_regular_files = [], True
    for entry in entries:
        if entry.is_dir():
            if entry.is_symlink():
                return None
            if entry.name != "__pycache__":
                subfolders.append(f"{prefix}{entry.name}/")
            continue
        name = prefix + entry.name
        if is_unfinished_write(name):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(entry.path)
        elif not name.startswith((f"{SEARCH_INDEX_FOLDER}/", ".")):
            status = written.get(name) or file_stamp(entry.path)
            if status is None:
                only_regular_files = False
            else:
                stamps[name] = status
    return subfolders, only_regular_files


def _names_by_folder(files: dict, folders: dict) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """The recorded file names and subfolder names of each recorded folder (by prefix)."""
    files_in: dict[str, list[str]] = {}
    for name in files:
        folder, _, base = name.rpartition("/")
        files_in.setdefault(f"{folder}/" if folder else "", []).append(base)
    subfolders_in: dict[str, list[str]] = {}
    for prefix in folders:
        if prefix:
            parent, _, base = prefix[:-1].rpartition("/")
            subfolders_in.setdefault(f"{parent}/" if parent else "", []).append(base)
    return files_in, subfolders_in


def _hash_tree(digest, root, known: FileStamps | None = None) -> dict[str, str]:
    """Add each file under ``root`` to ``digest``; return each file's own hash (taken
    from ``known`` when the file's stamp is there, kept in it when read)."""
    files = _files(str(root))
    hashes = {path: known.lookup("sha256", path, info) for _, path, info in files} if known else {}
    hashes.update(_read_hashes([(path, info) for _, path, info in files if not hashes.get(path)],
                               known))
    for name, path, _ in files:
        digest.update(name.encode() + b"\0")
        if isinstance(hashes[path], OSError):  # unreadable: Pelican reports it if it needs the file
            digest.update(f"unreadable: {hashes.pop(path).errno}".encode())
            continue
        digest.update(bytes.fromhex(hashes[path]))
    return hashes


def _read_hashes(files: list[tuple[str, os.stat_result]],
                 known: FileStamps | None) -> dict[str, str | OSError]:
    """The SHA-256 of each of ``files`` (path and status), or why it could not be read;
    each kept in ``known`` as it is read. Many files are read by a thread per usable core,
    a chunk at a time: reading a file and hashing it let go of the GIL, and a cold build
    at 10,000 articles starts by hashing 20,000 content files (~0.3 s of one core)."""
    chunks = [files[start:start + HASH_CHUNK] for start in range(0, len(files), HASH_CHUNK)]
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1
    read = partial(_read_chunk, known=known)
    if len(chunks) < 2 or cores < 2:
        return dict(chain.from_iterable(map(read, chunks)))
    with ThreadPoolExecutor(min(cores, len(chunks))) as pool:
        return dict(chain.from_iterable(pool.map(read, chunks)))


def _read_chunk(files: list[tuple[str, os.stat_result]],
                known: FileStamps | None) -> list[tuple[str, str | OSError]]:
    hashes = []
    for path, info in files:
        try:
            with open(path, "rb") as stream:
                hashes.append((path, hashlib.sha256(stream.read()).hexdigest()))
        except OSError as error:
            hashes.append((path, error))
            continue
        if known:
            known.record("sha256", path, info, hashes[-1][1])
    return hashes


def _files(root: str) -> list[tuple[str, str, os.stat_result]]:
    """Regular files under ``root`` (or ``root`` itself if a file, named ".") in a stable
    order, compiled bytecode left out: each file's name relative to ``root`` (with "/"),
    its path, and its status. Folder links are followed, as Pelican follows them, each
    real folder once; devices and pipes are never read. Plain strings and one ``stat``
    per file: with ``Path`` objects this walk cost seconds over 20,000 output files, and
    resolving each folder's real path another third of it (only links are resolved now;
    a folder reached without one is its parent's real path plus its name)."""
    if os.path.isfile(root):
        return [(".", root, os.stat(root))]
    found: list = []
    if os.path.isdir(root):
        real = os.path.realpath(root)
        _scan(root, "", real, found, {real})
    return found


def _scan(folder: str, prefix: str, real: str, found: list, seen: set[str]) -> None:
    """Add the files of ``folder`` (whose real path is ``real``) to ``found``, then walk
    its subfolders, in name order."""
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError:  # unreadable or gone: as os.walk, nothing under it
        return
    subfolders = []
    for entry in entries:
        if entry.is_dir():
            if entry.name != "__pycache__":
                subfolders.append(entry)
            continue
        info = regular_file_status(entry.path)
        if info is not None:
            found.append((prefix + entry.name, entry.path, info))
    for entry in subfolders:
        entry_real = os.path.realpath(entry.path) if entry.is_symlink() else f"{real}/{entry.name}"
        if entry_real not in seen:
            seen.add(entry_real)
            _scan(entry.path, f"{prefix}{entry.name}/", entry_real, found, seen)


def _plugin_folder(module) -> str:
    """A plugin package's folder, or a single-module plugin's file."""
    path = Path(module.__file__)
    return str(path.parent if path.name == "__init__.py" else path)


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "absent"
