"""Group the articles into stories in a second process while this one builds on.

Grouping 10,000 articles takes seconds on one core: ``story_cache`` spares each kept
article its fingerprint, but candidates, checks and joins run over the whole archive,
and that is most of an add-one rebuild's story work (issue 6). Nothing needs the
stories until the story pages are written, while between reading and that moment this
process builds the facets and the timeline and records every article page, and the
second core idles. So a forked process groups and ``StoryGenerator.generate_output``
takes its answer: the ``StoryIndex`` that the same code makes of the same inputs in this
process, sent back pickled. Nothing read in between shows a story: pages are rendered at
the end of the build (``site_writer``), and the sitemap is written after the story pages.

The worker is forked before the articles are read (``story_pages.start_grouping``), so
that loading numpy, the story model and the fingerprints the last build kept (about a
tenth of a second, most of an add-one rebuild's story work at 1,000 articles) overlaps
the reading rather than delaying the answer; ``give`` pickles it the inputs once the
articles are read (``forked.start_awaiting``).

Without ``fork`` or a second usable core the grouping runs here, as it always did; so it
does when the worker gives no answer (it died, or failed), so that a failure of the model
is raised by this process, with its own traceback, and the build reports it as before.
"""

from __future__ import annotations

import logging
import os
import threading
import weakref
from typing import Any, Callable

from . import forked
from .site_writer import usable_cores
from .story_model import StoryIndex, StoryInput

# ``stories`` and ``story_cache`` (numpy) are imported by ``group_when_given``: in the
# worker, once forked, so the build's process spends no time loading numpy (story_model.py).

logger = logging.getLogger(__name__)


class StoriesAhead:
    """The stories of the inputs ``give`` hands over, grouped by a forked process,
    started at once, when one can help."""

    def __init__(self, settings) -> None:
        self.settings = settings
        self.inputs: list[StoryInput] | None = None
        self.worker: tuple[int, int] | None = None  # its pid and the answer's read end
        self._inputs_end: int | None = None  # where ``give`` sends the inputs
        self._sending: threading.Thread | None = None
        if hasattr(os, "fork") and usable_cores() > 1:
            self._fork()

    def give(self, inputs: list[StoryInput]) -> None:
        """The inputs to group: to the worker, which may still be getting ready."""
        self.inputs = inputs
        if self._inputs_end is not None:
            self._abandon.detach()
            self._sending = forked.send(self._inputs_end, inputs)
            self._inputs_end = None

    def index(self) -> StoryIndex:
        """The grouping: the worker's answer, or this process's own when it has none."""
        if self.inputs is None:
            raise RuntimeError("no story inputs were given")
        if self._sending is not None:
            self._sending.join()
        if self.worker is not None:
            (status, answer), self.worker = forked.wait(self.worker), None
            if answer is not None:
                return answer
            logger.debug("the story worker gave no answer (status %s): grouping here", status)
        return group(self.inputs, self.settings)

    def _fork(self) -> None:
        try:
            with forked.heap_shared():
                pid, answer_end, inputs_end = forked.start_awaiting(
                    lambda receive: group_when_given(receive, self.settings))
        except OSError as error:  # no process to spare: group here
            logger.debug("no story worker (%s): grouping here", error)
            return
        self.worker, self._inputs_end = (pid, answer_end), inputs_end
        # Never given its inputs (the build failed before its articles were read): the
        # worker reads the end of its pipe and leaves.
        self._abandon = weakref.finalize(self, os.close, inputs_end)


def group(inputs: list[StoryInput], settings) -> StoryIndex:
    """Group with the fingerprints the last build kept, and keep this build's."""
    return group_when_given(lambda: inputs, settings)


def group_when_given(receive: Callable[[], Any], settings) -> StoryIndex:
    """Load the story model and the fingerprints the last build kept, then group the
    inputs ``receive()`` gives (only new and edited articles are read again), and keep
    this build's fingerprints."""
    from .stories import group_stories
    from .story_cache import load_fingerprints, save_fingerprints

    fingerprints = load_fingerprints(settings)
    index = group_stories(receive(), fingerprints=fingerprints)
    save_fingerprints(settings, fingerprints)
    return index
