"""A throw-away copy of the project to benchmark in, and the commands run inside it.

The copy (settings, theme, plugins, pages, plus a generated ``content/raw``) isolates the
measurement from the real ``content/`` and from edits made to the project while a long
run is going; ``PYTHONPATH`` points at the copied plugins so ingest and Pelican both run
the copied code. The copied plugins are byte-compiled once, as the first run in a
checkout leaves them: where the environment forbids writing bytecode
(``PYTHONDONTWRITEBYTECODE``), every measured process would otherwise compile them from
source again, a cost no rebuild pays on a machine that keeps ``__pycache__``.
"""

from __future__ import annotations

import compileall
import os
import shutil
import sys
import tempfile
from pathlib import Path

from .measure import Measure, run_measured

PROJECT_ROOT = Path(__file__).resolve().parent.parent
COPIED = ["pelicanconf.py", "tasks.py", "themes", "plugins", "content/pages"]
NOT_COPIED = shutil.ignore_patterns("__pycache__", "*.egg-info", "output", "cache")
SETTINGS = "pelicanconf.py"  # ours, as `invoke build` uses it
OUTPUT, CACHE = "output", "cache"  # Pelican's defaults; pelicanconf.py keeps them

# Stock Pelican: its defaults (theme "notmyidea", feeds, category/author/tag pages, no
# pagination) with the one reader plugin it needs to read our YAML front-matter.
STOCK_SETTINGS = {
    "SITENAME": "Stock Pelican",
    "PLUGINS": ["pelican.plugins.yaml_metadata"],
    "TIMEZONE": "UTC",
    # Undated articles (date: null) would be skipped without a default date; "fs" dates
    # them by file time, so stock Pelican renders the same articles we do.
    "DEFAULT_DATE": "fs",
}


class Workspace:
    """A copy of the project in a temporary folder; ``run`` measures a command there."""

    def __init__(self, root: Path | None = None):
        self.root = root or Path(tempfile.mkdtemp(prefix="chiptrail-bench-"))
        for name in COPIED:
            source, target = PROJECT_ROOT / name, self.root / name
            if source.is_dir():
                shutil.copytree(source, target, ignore=NOT_COPIED)
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, target)
        compileall.compile_dir(self.root / "plugins", quiet=1)
        self.raw = self.root / "content" / "raw"
        self.articles = self.root / "content" / "articles"
        self.output = self.root / OUTPUT
        self.stock_output = self.root / "stock-output"
        self.hugo_site, self.hugo_output = self.root / "hugo", self.root / "hugo-output"
        self.logs = self.root / "logs"
        self.logs.mkdir()
        python_path = [str(self.root / "plugins"), os.environ.get("PYTHONPATH", "")]
        self.env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, python_path))}

    def remove(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)

    def run(self, name: str, command: list[str]) -> Measure:
        return run_measured(command, cwd=self.root, log=self.logs / f"{name}.log", env=self.env)

    def clean(self) -> None:
        """Remove every article, output and cache folder, for a cold start."""
        for folder in (self.articles, self.output, self.root / CACHE, self.stock_output, self.hugo_output):
            shutil.rmtree(folder, ignore_errors=True)

    def ingest(self) -> Measure:
        return self.run("ingest", [sys.executable, "-m", "chiptrail_normalise.ingest",
                                   "--settings", SETTINGS])

    def pelican(self, name: str = "site", settings: str = SETTINGS) -> Measure:
        return self.run(name, [sys.executable, "-m", "pelican", "--fatal", "errors", "-s", settings])

    def invoke_build(self) -> Measure:
        """``invoke build --no-search`` as a user runs it: ingest, then the site, in one
        process (``tasks.py``)."""
        return self.run("invoke-build", [sys.executable, "-m", "invoke", "build", "--no-search"])

    def write_stock_settings(self) -> str:
        """Write the stock Pelican settings file; return its name."""
        settings = {
            **STOCK_SETTINGS,
            "PATH": str(self.articles),
            "OUTPUT_PATH": str(self.stock_output),
        }
        lines = [f"{key} = {value!r}" for key, value in settings.items()]
        path = self.root / "stockconf.py"
        path.write_text('"""Stock Pelican over the same Markdown (bench/workspace.py)."""\n'
                        + "\n".join(lines) + "\n", encoding="utf-8")
        return path.name
