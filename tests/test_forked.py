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
    assert render_pool._wait(worker) == (f"a render worker (pid {worker[0]}) exited with status 3", {}, {})


def send(write_end: int, argument) -> forked.Sending:
    """One argument, then no more."""
    sending = forked.Sending(write_end)
    sending.put(argument)
    sending.close()
    return sending


def test_a_child_started_before_its_argument_receives_it_when_sent():
    def work(receive):
        ready = "model loaded"  # what the child does before its argument exists
        return ready, receive()

    pid, answer_end, argument_end = forked.start_awaiting(work)
    articles = ["h20-licences"] * 50_000  # made after the fork, and more than a pipe holds
    sending = send(argument_end, articles)
    sending.join()
    assert forked.wait((pid, answer_end)) == (0, ("model loaded", articles))


def test_sending_does_not_wait_for_a_child_that_is_not_reading_yet():
    release_end, hold_end = os.pipe()

    def work(receive):
        os.read(release_end, 1)  # still getting ready until the parent lets it go on
        return len(receive())

    pid, answer_end, argument_end = forked.start_awaiting(work)
    sending = send(argument_end, b"x" * 1_000_000)  # returns though nothing is read
    os.write(hold_end, b"go")
    sending.join()
    assert forked.wait((pid, answer_end)) == (0, 1_000_000)
    os.close(release_end), os.close(hold_end)


def test_a_child_whose_argument_never_comes_sends_no_answer():
    pid, answer_end, argument_end = forked.start_awaiting(lambda receive: receive())
    os.close(argument_end)
    assert forked.wait((pid, answer_end)) == (1, None)


def test_the_argument_arrives_while_another_process_holds_its_pipe_open():
    """A process forked from this one after the child (a Markdown worker) keeps a copy
    of the argument's write end: the child still takes its argument as soon as it is sent."""
    pid, answer_end, argument_end = forked.start_awaiting(lambda receive: receive())
    held = os.dup(argument_end)  # as a later fork's copy would be
    try:
        send(argument_end, ["h20-licences"]).join()
        assert forked.wait((pid, answer_end)) == (0, ["h20-licences"])
    finally:
        os.close(held)


def test_arguments_sent_one_after_another_are_received_in_order():
    """A child can take its work in pieces as this process makes them (stories_ahead
    hands over articles as they are read), each piece more than a pipe holds."""
    pid, answer_end, argument_end = forked.start_awaiting(
        lambda receive: [len(receive()) for _ in range(3)])
    sending = forked.Sending(argument_end)
    for size in (70_000, 1, 200_000):
        sending.put(b"x" * size)
    sending.close()
    sending.join()
    assert forked.wait((pid, answer_end)) == (0, [70_000, 1, 200_000])


def test_closing_a_sending_that_sent_nothing_ends_the_childs_wait():
    pid, answer_end, argument_end = forked.start_awaiting(lambda receive: receive())
    forked.Sending(argument_end).close()
    assert forked.wait((pid, answer_end)) == (1, None)
