"""Garbage collection during a build (issue 6): off while the context is built, then on
with the built context frozen out of collections, as it was once the run ends, and
frozen for good when the process exits."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import textwrap

import pytest
from pelican import Pelican, signals
from test_site_rebuild import make_project, site_settings

from chiptrail_site.garbage_collection import run_with_collections_paused


@pytest.fixture
def states():
    """(collector on, objects frozen) when articles are read and when pages are rendered."""
    seen = {}

    def read(generator):
        seen["reading"] = (gc.isenabled(), gc.get_freeze_count() > 0)

    def rendering(pelican):
        seen["writing"] = (gc.isenabled(), gc.get_freeze_count() > 0)

    signals.article_generator_finalized.connect(read)
    signals.finalized.connect(rendering)
    yield seen
    signals.article_generator_finalized.disconnect(read)
    signals.finalized.disconnect(rendering)


def test_collections_pause_while_reading_and_skip_the_built_context_while_writing(tmp_path, states):
    Pelican(site_settings(make_project(tmp_path / "site"))).run()
    assert states == {"reading": (False, False), "writing": (True, True)}
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_a_failed_run_gives_the_collector_back():
    def failing_run():
        raise RuntimeError("build failed")

    with pytest.raises(RuntimeError):
        run_with_collections_paused(failing_run)
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_a_process_with_the_collector_off_keeps_it_off():
    gc.disable()
    try:
        run_with_collections_paused(lambda: None)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_exit_of_a_process_that_built_freezes_what_it_leaves(tmp_path):
    """The interpreter's last collections at exit then scan nothing; the exit handler
    runs once, however many builds the process ran."""
    project = make_project(tmp_path / "site")
    script = textwrap.dedent(f"""
        import atexit, gc
        atexit.register(lambda: print("frozen at exit:", gc.get_freeze_count() > 0))
        from pelican import Pelican
        from test_site_rebuild import site_settings
        import pathlib
        for _ in range(2):
            Pelican(site_settings(pathlib.Path({str(project)!r}))).run()
        print("frozen after the builds:", gc.get_freeze_count() > 0)
    """)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}  # this test's modules
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         cwd=tmp_path, env=env)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines()[-2:] == ["frozen after the builds: False", "frozen at exit: True"]
