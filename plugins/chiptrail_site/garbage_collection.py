"""Fewer full garbage collections while a build runs.

Python's cyclic garbage collector scans every live object in a full collection, and runs
one whenever the objects that survived since the last grew by a quarter. A build that
reads 10,000 articles grows the heap for seconds on end: ten full collections over
millions of objects, a sixth of a rebuild after adding one article (issue 6), and
nearly all of them find nothing, since what the build reads it keeps until the end.

So while the generators build the context, the collector is off; once every generator
has its context (``all_generators_finalized``), everything alive is frozen out of later
collections (``gc.freeze``: they then scan only what writing and rendering add) and the
collector runs again. When the run ends, failed or not, the frozen objects are returned
to it, so a process that builds many times (tests, Pelican's autoreload) collects the
garbage of each build.
"""

from __future__ import annotations

import gc
from functools import partial

from pelican import signals


def pause_collections(pelican) -> None:
    """Handler for ``initialized``: wrap this Pelican's ``run``."""
    pelican.run = partial(run_with_collections_paused, pelican.run)


def run_with_collections_paused(run) -> None:
    """``run`` with the collector off until the context is built (a process that had it
    off keeps it off)."""
    if not gc.isenabled():
        return run()
    gc.disable()
    signals.all_generators_finalized.connect(freeze_built_context)
    try:
        return run()
    finally:
        signals.all_generators_finalized.disconnect(freeze_built_context)
        gc.unfreeze()
        gc.enable()


def freeze_built_context(*_generators) -> None:
    """What the context holds is kept to the end of the build: later collections leave
    it out."""
    gc.freeze()
    gc.enable()
