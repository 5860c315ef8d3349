"""Skip a build whose inputs and output are exactly as the last build left them.

A no-change rebuild must cost less than Hugo's full build (issue 6), and Pelican re-reads
and re-renders everything. After each build, ``build-manifest.json`` in ``CACHE_PATH``
records a digest of every input (the files under ``PATH`` and ``THEME``, the settings,
the source of the loaded plugins, the versions of the libraries that render) and the
size and modification time of every output file. A build whose digest matches, over an
output folder nobody touched since, would write the same bytes again: it is skipped.

Any changed input (an article, a raw file, a template, a setting, plugin code) makes the
digest differ and the build runs in full. A changed setting or plugin also stops the run
from loading Pelican's content cache, which knows its files but not the settings they
were read with.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import sys
from functools import partial
from importlib import metadata
from pathlib import Path

from pelican.log import console

from .output_files import SEARCH_INDEX_FOLDER, write_atomic

MANIFEST_NAME = "build-manifest.json"
# Set by ``run_if_changed`` itself during a build, so not part of what decides the output.
RUN_SETTINGS = ("LOAD_CONTENT_CACHE",)
RENDERING_PACKAGES = ("pelican", "markdown", "jinja2", "markupsafe", "pyyaml",
                      "python-dateutil", "datasketch", "numpy")


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
    path = manifest_path(settings)
    path.unlink(missing_ok=True)  # a failed build leaves no manifest behind
    run()
    manifest = {"inputs": current, "output": output_stamps(settings)}
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
    """Every file under ``PATH``: articles, pages, raw files."""
    digest = hashlib.sha256()
    _hash_tree(digest, Path(settings["PATH"]))
    return digest.hexdigest()


def output_stamps(settings) -> dict[str, list[int]]:
    """Size and modification time of each output file, so an edited or deleted output
    file is noticed and rebuilt. The search index is left out: it is written after
    Pelican has run (``tasks.index_search``), as are its hidden temporary folders."""
    root = Path(settings["OUTPUT_PATH"])
    stamps = {}
    for path in _files(root):
        name = path.relative_to(root).as_posix()
        if name.startswith((f"{SEARCH_INDEX_FOLDER}/", ".")):
            continue
        info = path.stat()
        stamps[name] = [info.st_size, info.st_mtime_ns]
    return stamps


def _hash_tree(digest, root: Path) -> None:
    for path in _files(root):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        try:
            digest.update(hashlib.sha256(path.read_bytes()).digest())
        except OSError as error:  # unreadable: Pelican reports it if it needs the file
            digest.update(f"unreadable: {error.errno}".encode())


def _files(root: Path) -> list[Path]:
    """Regular files under ``root`` (or ``root`` itself if a file) in a stable order,
    compiled bytecode left out. Folder links are followed, as Pelican follows them, each
    real folder once; devices and pipes are never read."""
    if root.is_file():
        return [root]
    found, seen = [], set()
    for folder, subfolders, names in os.walk(root, followlinks=True):
        real = os.path.realpath(folder)
        if real in seen:
            subfolders[:] = []
            continue
        seen.add(real)
        subfolders[:] = sorted(name for name in subfolders if name != "__pycache__")
        found += [Path(folder, name) for name in sorted(names) if _is_regular(Path(folder, name))]
    return found


def _is_regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:  # a dangling link
        return False


def _plugin_folder(module) -> str:
    """A plugin package's folder, or a single-module plugin's file."""
    path = Path(module.__file__)
    return str(path.parent if path.name == "__init__.py" else path)


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "absent"
