"""A throwaway copy of the project, for the guarantee tests that run the real commands.

``invoke build`` and ``python3 -m chiptrail_normalise.ingest`` run in the copy as a user
runs them, so what they write, lock and leave behind can be checked from outside.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROJECT_PARTS = ["tasks.py", "pelicanconf.py", "publishconf.py", "plugins", "themes",
                 "content/pages"]
SEEDS = sorted((ROOT / "content" / "raw").glob("*.txt"))


def copy_project(target: Path, raw_files: dict[str, bytes]) -> Path:
    """The project's code, theme and pages in ``target``, with ``raw_files`` as its raw
    folder (name to bytes) and no articles or output yet."""
    for part in PROJECT_PARTS:
        source, copy = ROOT / part, target / part
        copy.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, copy, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, copy)
    raw = target / "content" / "raw"
    raw.mkdir(parents=True)
    for name, data in raw_files.items():
        (raw / name).write_bytes(data)
    return target


def seed_variants(count: int) -> dict[str, bytes]:
    """``count`` distinct raw files made from the seed articles."""
    return {
        f"{number:03d}.txt": SEEDS[number % len(SEEDS)].read_bytes() + f"\nVariant {number}.\n".encode()
        for number in range(count)
    }


def invoke_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "invoke", *args]


def ingest_command(project: Path) -> list[str]:
    return [sys.executable, "-m", "chiptrail_normalise.ingest",
            "--settings", str(project / "pelicanconf.py")]


def environment(project: Path) -> dict[str, str]:
    """The copy's own code comes first on the path (not the editable install, which other
    people edit while the tests run), Python writes no bytecode into the copy, and output
    is unbuffered so a killed process has shown all it did."""
    return {**os.environ, "PYTHONPATH": str(project / "plugins"), "PYTHONDONTWRITEBYTECODE": "1",
            "PYTHONUNBUFFERED": "1"}


def start(command: list[str], project: Path, **options) -> subprocess.Popen:
    return subprocess.Popen(command, cwd=project, env=environment(project), text=True,
                            **options)


def run(command: list[str], project: Path) -> subprocess.CompletedProcess:
    return subprocess.run(command, cwd=project, env=environment(project), capture_output=True,
                          text=True, timeout=120)


def files(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` by relative path, symlinks (never entered) as their
    target."""
    found = {}
    for base, folders, names in os.walk(folder):
        for name in names + [name for name in folders if Path(base, name).is_symlink()]:
            path = Path(base, name)
            key = path.relative_to(folder).as_posix()
            found[key] = (b"-> " + os.fsencode(os.readlink(path)) if path.is_symlink()
                          else path.read_bytes())
    return dict(sorted(found.items()))


# Pagefind's index is not byte-reproducible (its file names are hashes that differ from
# one build of the same pages to the next), so comparisons leave it out.
SEARCH_INDEX = "output/pagefind/"


def site_files(project: Path) -> dict[str, bytes]:
    """What a build makes: the article files and the output, search index aside."""
    return {path: data for path, data in files(project).items()
            if path.startswith(("content/articles/", "output/"))
            and not path.startswith(SEARCH_INDEX)}

