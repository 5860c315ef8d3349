"""Group the articles into stories in a second process while this one builds on.

Grouping 10,000 articles takes seconds on one core: ``story_cache`` spares each kept
article its fingerprint, but candidates, checks and joins run over the whole archive,
and that is most of an add-one rebuild's story work (issue 6). Nothing needs the
stories until the story pages are written, while between reading and that moment this
process builds the facets and the timeline and records every article page, and the
second core idles. So ``StoryGenerator.generate_context`` starts the grouping in a
forked process and ``generate_output`` takes its answer: the ``StoryIndex`` that the
same code makes of the same inputs in this process, sent back pickled. Nothing read in
between shows a story: pages are rendered at the end of the build (``site_writer``),
and the sitemap is written after the story pages.

Without ``fork`` or a second usable core the grouping runs here, as it always did; so it
does when the worker gives no answer (it died, or failed), so that a failure of the model
is raised by this process, with its own traceback, and the build reports it as before.
"""

from __future__ import annotations

import gc
import logging
import os
import pickle
import sys

from .site_writer import usable_cores
from .stories import StoryIndex, StoryInput, group_stories
from .story_cache import load_fingerprints, save_fingerprints

logger = logging.getLogger(__name__)


class StoriesAhead:
    """The stories of ``inputs``, grouped by a forked process when one can help."""

    def __init__(self, inputs: list[StoryInput], settings) -> None:
        self.inputs, self.settings = inputs, settings
        self.worker: tuple[int, int] | None = None
        if hasattr(os, "fork") and usable_cores() > 1:
            self.worker = self._fork()

    def index(self) -> StoryIndex:
        """The grouping: the worker's answer, or this process's own when it has none."""
        if self.worker is not None:
            answer, self.worker = _answer(*self.worker), None
            if answer is not None:
                return answer
        return group(self.inputs, self.settings)

    def _fork(self) -> tuple[int, int] | None:
        for stream in (sys.stdout, sys.stderr):
            stream.flush()  # or the worker would write out this process's buffers too
        read_end, write_end = os.pipe()
        frozen_before = gc.get_freeze_count()
        gc.freeze()  # the worker's collections leave the shared objects alone (and shared)
        try:
            pid = os.fork()
        except OSError as error:  # no process to spare: group here
            logger.debug("no story worker (%s): grouping here", error)
            pid = None
        if pid is None or pid:
            if not frozen_before:
                gc.unfreeze()
        if pid is None:
            os.close(read_end), os.close(write_end)
            return None
        if pid:
            os.close(write_end)
            return pid, read_end
        os.close(read_end)
        status = 1
        try:
            answer = pickle.dumps(group(self.inputs, self.settings), pickle.HIGHEST_PROTOCOL)
            with os.fdopen(write_end, "wb") as stream:
                stream.write(answer)
            status = 0
        finally:  # never return into the parent's code (its generators, atexit, pytest)
            os._exit(status)


def group(inputs: list[StoryInput], settings) -> StoryIndex:
    """Group with the fingerprints the last build kept, and keep this build's."""
    fingerprints = load_fingerprints(settings)  # only new and edited articles are read again
    index = group_stories(inputs, fingerprints=fingerprints)
    save_fingerprints(settings, fingerprints)
    return index


def _answer(pid: int, read_end: int) -> StoryIndex | None:
    with os.fdopen(read_end, "rb") as stream:
        sent = stream.read()
    status = os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])
    if status or not sent:
        logger.debug("story worker (pid %s) gave no answer (status %s): grouping here", pid, status)
        return None
    return pickle.loads(sent)

