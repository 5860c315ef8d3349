"""Group the articles into stories in a second process while this one builds on.

Grouping 10,000 articles takes seconds on one core: ``story_cache`` spares each kept
article its fingerprint, but candidates, checks and joins run over the whole archive,
and that is most of an add-one rebuild's story work (issue 6). Nothing needs the
stories until the story pages are written, while between reading and that moment this
process builds the facets and the timeline and records every article page, and the
second core idles. So ``story_pages.start_grouping`` starts the grouping in a
forked process and ``StoryGenerator.generate_output`` takes its answer: the ``StoryIndex`` that the
same code makes of the same inputs in this process, sent back pickled. Nothing read in
between shows a story: pages are rendered at the end of the build (``site_writer``),
and the sitemap is written after the story pages.

Without ``fork`` or a second usable core the grouping runs here, as it always did; so it
does when the worker gives no answer (it died, or failed), so that a failure of the model
is raised by this process, with its own traceback, and the build reports it as before.
"""

from __future__ import annotations

import logging
import os

from . import forked
from .site_writer import usable_cores
from .story_model import StoryIndex, StoryInput

# ``stories`` and ``story_cache`` (numpy) are imported by ``group``: in the worker, once
# forked, so the build's process spends no time loading numpy (story_model.py).

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
            (status, answer), self.worker = forked.wait(self.worker), None
            if answer is not None:
                return answer
            logger.debug("the story worker gave no answer (status %s): grouping here", status)
        return group(self.inputs, self.settings)

    def _fork(self) -> tuple[int, int] | None:
        try:
            with forked.heap_shared():
                return forked.start(lambda: group(self.inputs, self.settings))
        except OSError as error:  # no process to spare: group here
            logger.debug("no story worker (%s): grouping here", error)
            return None


def group(inputs: list[StoryInput], settings) -> StoryIndex:
    """Group with the fingerprints the last build kept, and keep this build's."""
    from .stories import group_stories
    from .story_cache import load_fingerprints, save_fingerprints

    fingerprints = load_fingerprints(settings)  # only new and edited articles are read again
    index = group_stories(inputs, fingerprints=fingerprints)
    save_fingerprints(settings, fingerprints)
    return index

