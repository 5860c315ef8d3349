"""The benchmark's output: one Markdown table, and a results file that also says on what
machine and with which versions it was measured, and how to measure it again."""

from __future__ import annotations

import datetime
import importlib.metadata
import os
import platform
from pathlib import Path

from chiptrail_normalise.atomic import write_atomic

from .measure import Measure

PELICAN_ROW, HUGO_ROW = "stock Pelican", "Hugo"
NOT_MEASURED = "–"


def markdown_table(results: dict[str, Measure]) -> str:
    """Rows in measuring order; ratios are wall time over stock Pelican's and Hugo's."""
    lines = [
        "| step | wall s | CPU s | peak MB | × Pelican | × Hugo |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for step, measure in results.items():
        ratios = [ratio(measure, results.get(row)) for row in (PELICAN_ROW, HUGO_ROW)]
        lines.append(
            f"| {step} | {measure.wall:.2f} | {measure.cpu:.2f} | {measure.peak_mb:.0f} | "
            + " | ".join(ratios) + " |"
        )
    return "\n".join(lines)


def ratio(measure: Measure, reference: Measure | None) -> str:
    return f"{measure.wall / reference.wall:.2f}" if reference else NOT_MEASURED


def machine_info() -> list[str]:
    """What the numbers depend on: cores, processor, Python and the tools' versions."""
    return [
        f"- machine: {os.cpu_count()} cores, {cpu_model()}, {platform.system()} {platform.release()}",
        f"- Python {platform.python_version()}; "
        + ", ".join(f"{name} {package_version(name)}" for name in ("pelican", "Markdown", "hugo", "pagefind")),
    ]


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown processor"


def package_version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def write_results(out_dir: Path, n: int, body: str) -> Path:
    """Write ``body`` to ``out_dir/<YYYY-MM-DD>-<n>.md`` (atomically); return the path."""
    path = out_dir / f"{datetime.date.today().isoformat()}-{n}.md"
    out_dir.mkdir(parents=True, exist_ok=True)
    write_atomic(path, body.encode("utf-8"))
    return path
