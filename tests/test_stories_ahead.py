"""Stories grouped in a second process while the build goes on (issue 6): the answer is
the one this process would give, the worker keeps the fingerprints for the next build,
and a worker that gives no answer costs time, never the stories or the error report.
The worker is started before its inputs exist and waits for them."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys

import pytest

from chiptrail_site import stories, stories_ahead
from chiptrail_site.evaluate_stories import DEFAULT_FIXTURE, load_articles
from chiptrail_site.stories import group_stories
from chiptrail_site.stories_ahead import StoriesAhead
from chiptrail_site.story_cache import fingerprints_path

ARTICLES = sorted(load_articles(DEFAULT_FIXTURE), key=lambda item: item.key)


@pytest.fixture
def settings(tmp_path):
    return {"CACHE_PATH": str(tmp_path / "cache")}


@pytest.fixture
def two_cores(monkeypatch):
    monkeypatch.setattr(stories_ahead, "usable_cores", lambda: 2)


def started(inputs, settings) -> StoriesAhead:
    ahead = StoriesAhead(settings)
    ahead.give(inputs)
    return ahead


def answer(index) -> tuple:
    return index.stories, index.story_of, index.duplicate_of, index.pairs_verified


def test_the_worker_answers_what_grouping_here_gives(settings, two_cores):
    ahead = started(ARTICLES, settings)
    assert ahead.worker is not None
    assert answer(ahead.index()) == answer(group_stories(ARTICLES))


def test_the_worker_keeps_the_fingerprints_for_the_next_build(settings, two_cores):
    started(ARTICLES, settings).index()
    assert fingerprints_path(settings).is_file()


def test_a_worker_that_dies_without_an_answer_leaves_the_grouping_to_this_process(settings, two_cores, monkeypatch):
    parent, real = os.getpid(), stories_ahead.group_when_given
    monkeypatch.setattr(stories_ahead, "group_when_given",
                        lambda *args: os._exit(3) if os.getpid() != parent else real(*args))
    assert answer(started(ARTICLES, settings).index()) == answer(group_stories(ARTICLES))


def test_a_failing_model_raises_its_error_in_this_process(settings, two_cores, monkeypatch):
    def broken(*args, **kwargs):
        raise ValueError("story inputs must have unique keys")

    monkeypatch.setattr(stories, "group_stories", broken)
    with pytest.raises(ValueError, match="unique keys"):
        started(ARTICLES, settings).index()


def test_the_worker_gets_ready_before_its_inputs_are_given(settings, two_cores):
    """Started, then given the inputs once they exist (a build starts the worker before
    reading its articles): the same answer, whenever they come."""
    ahead = StoriesAhead(settings)
    assert ahead.worker is not None and ahead.inputs is None
    inputs = list(ARTICLES)  # made after the fork: the worker can only know them if sent
    ahead.give(inputs)
    assert answer(ahead.index()) == answer(group_stories(ARTICLES))


def test_articles_foreseen_while_reading_are_fingerprinted_before_the_inputs_come(settings, monkeypatch):
    """Articles handed over as they are read (``foresee``) are fingerprinted while the
    inputs are awaited; once the inputs come only the others are, and the answer is the
    one grouping all at once gives."""
    made, given = [], False
    real = stories._fingerprint
    monkeypatch.setattr(stories, "_fingerprint",
                        lambda item, options: made.append(given) or real(item, options))
    foreseen = [(item.title, item.text) for item in ARTICLES[:5]]

    def receive():
        nonlocal given
        if foreseen:
            batch = [foreseen.pop(0), foreseen.pop(0)] if len(foreseen) > 1 else [foreseen.pop()]
            return stories_ahead.FORESEEN, batch
        given = True
        return stories_ahead.INPUTS, ARTICLES

    index = stories_ahead.group_when_given(receive, settings)
    assert made == [False] * 5 + [True] * (len(ARTICLES) - 5)
    assert answer(index) == answer(group_stories(ARTICLES))


def test_a_foreseen_text_unlike_the_inputs_lends_no_fingerprint(settings):
    """The text read may differ from the input's (links put in later): its fingerprint,
    found by a digest of the text, is not the input's, which is made again."""
    messages = [(stories_ahead.FORESEEN, [(item.title, item.text + " changed") for item in ARTICLES]),
                (stories_ahead.INPUTS, ARTICLES)]
    index = stories_ahead.group_when_given(lambda: messages.pop(0), settings)
    assert answer(index) == answer(group_stories(ARTICLES))


def test_the_worker_answers_the_same_for_articles_foreseen_while_reading(settings, two_cores):
    ahead = StoriesAhead(settings)
    for item in ARTICLES:
        ahead.foresee(item.title, item.text)
    ahead.give(list(ARTICLES))
    ahead.foresee("read after the inputs were given", "ignored")
    assert answer(ahead.index()) == answer(group_stories(ARTICLES))


def test_a_worker_never_given_inputs_leaves_when_its_grouping_is_dropped(settings, two_cores):
    ahead = StoriesAhead(settings)
    pid, _ = ahead.worker
    del ahead  # the build failed before its articles were read
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 1  # no answer: it read the end of its pipe


def test_with_one_usable_core_the_grouping_runs_here(settings, monkeypatch):
    monkeypatch.setattr(stories_ahead, "usable_cores", lambda: 1)
    ahead = started(ARTICLES, settings)
    assert ahead.worker is None
    assert answer(ahead.index()) == answer(group_stories(ARTICLES))


def test_the_builds_process_makes_the_inputs_and_reads_the_answer_without_numpy(tmp_path):
    """numpy is loaded by the story worker alone (story_model.py): the build's process
    imports the story generator, makes the inputs and unpickles the worker's answer."""
    index = group_stories(ARTICLES)
    answer_file = tmp_path / "answer.pickle"
    answer_file.write_bytes(pickle.dumps(index))
    code = ("import pickle, sys; from pathlib import Path; import chiptrail_site, "
            "chiptrail_site.story_pages, chiptrail_site.stories_ahead; "
            "from chiptrail_site.story_model import StoryInput; StoryInput('k', 't', 'x'); "
            f"index = pickle.loads(Path({str(answer_file)!r}).read_bytes()); "
            "assert 'numpy' not in sys.modules, 'numpy loaded'; print(len(index.stories))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(len(index.stories)) != "0"
