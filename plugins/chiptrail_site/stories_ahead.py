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

Over half of the worker's work is each article's fingerprint (``stories.Fingerprint``),
which needs only its title and text; made after the reading, the build's process waited
for the worker ~1.5 s at 10,000 articles on one busy core. So each article is handed
over as soon as it is read (``story_pages.foresee_story`` -> ``foresee``, a batch at a
time, ``forked.Sending``): the worker fingerprints it while the others are read, on the
core the Markdown workers leave free (they finish before the reading process, which
builds every article), and after the reading only groups (~1.4 s at 10,000, less than
this process's facets and recorded pages). The text read is the article's HTML before
the build's links are put in it (``_content``; the inputs have ``content``): a
fingerprint is found by a digest of the title, text and options it was made from, so
one made in advance serves only an article whose title and text are those very ones,
and any other is made when the inputs come, as before.

Without ``fork`` or a second usable core the grouping runs here, as it always did; so it
does when the worker gives no answer (it died, or failed), so that a failure of the model
is raised by this process, with its own traceback, and the build reports it as before.
"""

from __future__ import annotations

import logging
import os
import weakref
from typing import Any, Callable

from . import forked
from .site_writer import usable_cores
from .story_model import StoryIndex, StoryInput

# ``stories`` and ``story_cache`` (numpy) are imported by ``group_when_given``: in the
# worker, once forked, so the build's process spends no time loading numpy (story_model.py).

logger = logging.getLogger(__name__)

FORESEE_BATCH = 250  # articles read per message to the worker: few messages, early work
FORESEEN, INPUTS = "foreseen", "inputs"  # the kinds of message the worker receives


class StoriesAhead:
    """The stories of the inputs ``give`` hands over, grouped by a forked process,
    started at once, when one can help."""

    def __init__(self, settings) -> None:
        self.settings = settings
        self.inputs: list[StoryInput] | None = None
        self.worker: tuple[int, int] | None = None  # its pid and the answer's read end
        self._sending: forked.Sending | None = None  # to the worker, until ``give``
        self._foreseen: list[tuple[str, str]] = []  # read, not sent yet
        if hasattr(os, "fork") and usable_cores() > 1:
            self._fork()

    def foresee(self, title: str, text: str) -> None:
        """An article just read, for the worker to fingerprint while others are read."""
        if self._sending is None or self.inputs is not None:
            return
        self._foreseen.append((title, text))
        if len(self._foreseen) >= FORESEE_BATCH:
            self._sending.put((FORESEEN, self._foreseen))
            self._foreseen = []

    def give(self, inputs: list[StoryInput]) -> None:
        """The inputs to group: to the worker, which may still be getting ready."""
        self.inputs = inputs
        if self._sending is not None:
            self._abandon.detach()
            if self._foreseen:
                self._sending.put((FORESEEN, self._foreseen))
            self._sending.put((INPUTS, inputs))
            self._sending.close()
            self._foreseen = []

    def index(self) -> StoryIndex:
        """The grouping: the worker's answer, or this process's own when it has none."""
        if self.inputs is None:
            raise RuntimeError("no story inputs were given")
        if self._sending is not None:
            self._sending.join()
            self._sending = None
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
        self.worker, self._sending = (pid, answer_end), forked.Sending(inputs_end)
        # Never given its inputs (the build failed before its articles were read): the
        # worker reads the end of its pipe and leaves.
        self._abandon = weakref.finalize(self, self._sending.close)


def group(inputs: list[StoryInput], settings) -> StoryIndex:
    """Group with the fingerprints the last build kept, and keep this build's."""
    return group_when_given(lambda: (INPUTS, inputs), settings)


def group_when_given(receive: Callable[[], Any], settings) -> StoryIndex:
    """Load the story model and the fingerprints the last build kept, fingerprint the
    articles foreseen while the inputs are awaited, then group the inputs (only new and
    edited articles not foreseen are read again), and keep this build's fingerprints.
    ``receive()`` gives ``(FORESEEN, [(title, text), ...])`` messages, then
    ``(INPUTS, inputs)``."""
    from .stories import Fingerprints, StoryOptions, group_stories
    from .story_cache import load_fingerprints, save_fingerprints

    known = load_fingerprints(settings).known
    foreseen, options = Fingerprints(known), StoryOptions()
    kind, given = receive()
    while kind == FORESEEN:
        for title, text in given:
            foreseen.of(StoryInput(key="", title=title, text=text), options)
        kind, given = receive()
    fingerprints = Fingerprints({**known, **foreseen.used})
    index = group_stories(given, options, fingerprints=fingerprints)
    save_fingerprints(settings, fingerprints)
    return index
