"""Measure a command as a whole process: wall time, CPU time and peak memory.

``os.wait4`` returns the resource usage of exactly the child we started (and of the
processes it waited for), so concurrent steps of the runner cannot leak into it, and
``ru_maxrss`` is the peak resident memory of that process tree's largest member -- what
``/usr/bin/time -v`` calls "Maximum resident set size".
"""

from __future__ import annotations

import os
import statistics
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

KIB_PER_MB = 1024  # ru_maxrss is in KiB on Linux


class StepFailed(RuntimeError):
    """A measured command exited non-zero; the message ends with its log's last lines."""


@dataclass(frozen=True)
class Measure:
    wall: float  # seconds
    cpu: float  # user + system seconds, all threads
    peak_mb: float  # peak resident memory, MiB


def run_measured(command: list[str], *, cwd: Path, log: Path, env: dict | None = None) -> Measure:
    """Run ``command`` to completion with its output appended to ``log``; measure it."""
    with log.open("ab") as sink:
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=sink, stderr=sink,
                                   stdin=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        tail = "\n".join(log.read_text(errors="replace").splitlines()[-15:])
        raise StepFailed(f"{' '.join(command)} exited {process.returncode}; {log} ends:\n{tail}")
    return Measure(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / KIB_PER_MB)


def in_sequence(measures: list[Measure]) -> Measure:
    """Processes run one after the other: times add up, the peak is the largest one."""
    return Measure(
        sum(m.wall for m in measures), sum(m.cpu for m in measures), max(m.peak_mb for m in measures)
    )


def median(measures: list[Measure]) -> Measure:
    """The median of several runs, field by field."""
    return Measure(
        statistics.median(m.wall for m in measures),
        statistics.median(m.cpu for m in measures),
        statistics.median(m.peak_mb for m in measures),
    )
