"""A forked process that does one piece of the build and sends back its answer.

The render workers (``render_pool``) and the story grouping (``stories_ahead``) run in
processes forked from the build: they see the build's objects as they were at the fork,
without pickling them, and send back one pickled answer through a pipe. The child never
returns into this process's code (its loops, ``atexit`` handlers, a test runner): it
leaves with ``os._exit``, status 0 once its answer is sent.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import sys
from collections.abc import Iterator
from typing import Any, Callable


@contextlib.contextmanager
def heap_shared() -> Iterator[None]:
    """Within: forked children's garbage collections leave the objects that exist now
    alone, so the pages holding them stay shared rather than copied. Unfrozen on leaving
    unless something froze them before (the build's context may be frozen already)."""
    frozen_before = gc.get_freeze_count()
    gc.freeze()
    try:
        yield
    finally:
        if not frozen_before:
            gc.unfreeze()


def start(work: Callable[[], Any]) -> tuple[int, int]:
    """Fork a process that sends back what ``work()`` returns; return its pid and the
    pipe's read end. ``OSError`` when no process can be forked."""
    for stream in (sys.stdout, sys.stderr):
        stream.flush()  # or the child would write out this process's buffers too
    read_end, write_end = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(read_end), os.close(write_end)
        raise
    if pid:
        os.close(write_end)
        return pid, read_end
    os.close(read_end)
    status = 1
    try:
        answer = pickle.dumps(work(), pickle.HIGHEST_PROTOCOL)
        with os.fdopen(write_end, "wb") as stream:
            stream.write(answer)
        status = 0
    finally:
        for stream in (sys.stdout, sys.stderr):
            stream.flush()
        os._exit(status)


def wait(child: tuple[int, int]) -> tuple[int, Any]:
    """The child's exit status and its answer: None when it sent none (it failed or died)."""
    pid, read_end = child
    with os.fdopen(read_end, "rb") as stream:
        sent = stream.read()
    status = os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])
    return status, pickle.loads(sent) if sent and not status else None
