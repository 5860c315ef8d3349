"""A forked process that does one piece of the build and sends back its answer.

The render workers (``render_pool``) and the story grouping (``stories_ahead``) run in
processes forked from the build: they see the build's objects as they were at the fork,
without pickling them, and send back one pickled answer through a pipe. The child never
returns into this process's code (its loops, ``atexit`` handlers, a test runner): it
leaves with ``os._exit``, status 0 once its answer is sent.

A child can also be started before what it works on exists (``start_awaiting``): it gets
ready (imports, cached data) while this process makes its arguments, which ``Sending``
pickles to it one after another as they are made, and the child takes one by one.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import queue
import struct
import sys
import threading
from collections.abc import Iterator
from functools import partial
from typing import Any, Callable

LENGTH = struct.Struct("=Q")  # the size of what ``Sending`` pickles, sent before it


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


def start_awaiting(work: Callable[[Callable[[], Any]], Any]) -> tuple[int, int, int]:
    """Fork a process that sends back what ``work(receive)`` returns, where ``receive()``
    waits for the next argument this process sends later (``Sending``): ``work``
    gets ready, then receives. Return the child's pid, the answer's read end (as
    ``start``) and the arguments' write end. ``OSError`` when no process can be forked."""
    read_end, write_end = os.pipe()

    def child() -> Any:
        os.close(write_end)  # this process's copy would keep the argument's end away
        return work(partial(_receive, os.fdopen(read_end, "rb")))

    try:
        pid, answer_end = start(child)
    except OSError:
        os.close(read_end), os.close(write_end)
        raise
    os.close(read_end)
    return pid, answer_end, write_end


def _receive(stream) -> Any:
    """In the child: the next argument, once all of it is sent; ``EOFError`` when it was
    not. Its length comes first, so the child need not wait for the end of the pipe, which
    other processes forked from this one meanwhile (Markdown workers) hold open too."""
    header = stream.read(LENGTH.size)
    size = LENGTH.unpack(header)[0] if len(header) == LENGTH.size else 0
    sent = stream.read(size) if size else b""
    if not size or len(sent) != size:
        raise EOFError("the argument was not sent whole")
    return pickle.loads(sent)


class Sending:
    """Arguments pickled to a child that ``start_awaiting`` started, in the order they are
    put. The bytes are written by a thread (started with the first argument), as a pipe
    holds 64 KiB and the child reads only when it is ready: this process goes on
    meanwhile. ``close`` once the last is put (or to send none), and ``join`` before
    waiting for the answer. A child that died before reading gets nothing; its missing
    answer says so."""

    def __init__(self, write_end: int) -> None:
        self.write_end = write_end
        self.thread: threading.Thread | None = None
        self._pickled: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
        self._closed = False

    def put(self, argument: Any) -> None:
        self._pickled.put(pickle.dumps(argument, pickle.HIGHEST_PROTOCOL))
        if self.thread is None:
            self.thread = threading.Thread(target=self._write, name="forked.Sending", daemon=True)
            self.thread.start()

    def close(self) -> None:
        """No more arguments: the child's next ``receive()`` raises ``EOFError``."""
        if self._closed:
            return
        self._closed = True
        if self.thread is None:
            os.close(self.write_end)
        else:
            self._pickled.put(None)

    def join(self) -> None:
        if self.thread is not None:
            self.thread.join()

    def _write(self) -> None:
        try:
            while (pickled := self._pickled.get()) is not None:
                for rest in map(memoryview, (LENGTH.pack(len(pickled)), pickled)):
                    while rest:
                        rest = rest[os.write(self.write_end, rest):]
        except BrokenPipeError:
            pass
        finally:
            os.close(self.write_end)


def wait(child: tuple[int, int]) -> tuple[int, Any]:
    """The child's exit status and its answer: None when it sent none (it failed or died)."""
    pid, read_end = child
    with os.fdopen(read_end, "rb") as stream:
        sent = stream.read()
    status = os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])
    return status, pickle.loads(sent) if sent and not status else None
