"""A piece of the build run in a forked process (render workers, story grouping): its
answer comes back whole, and a child that fails or dies sends none, never returning
into the parent's code, so the parent can report it or do the work itself."""

from __future__ import annotations

import os

from chiptrail_site import forked, render_pool


def test_the_child_sees_the_parents_objects_and_sends_back_its_answer():
    articles = {"h20-licences": ["Reuters", "Bloomberg"]}  # not pickled to the child: forked
    status, answer = forked.wait(forked.start(lambda: sorted(articles["h20-licences"], reverse=True)))
    assert (status, answer) == (0, ["Reuters", "Bloomberg"])


def test_a_child_that_raises_sends_no_answer_and_exits_with_status_1():
    def failing():
        raise ValueError("no stories")

    status, answer = forked.wait(forked.start(failing))
    assert (status, answer) == (1, None)


def test_a_child_that_dies_sends_no_answer_and_its_status_is_reported():
    worker = forked.start(lambda: os._exit(3))
    assert render_pool._wait(worker) == (f"a render worker (pid {worker[0]}) exited with status 3", {})
