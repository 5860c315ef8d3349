"""Incremental story grouping (issue 6): fingerprints kept in the cache folder give the
answer of a run from scratch, only new and edited articles are read again, and a cache
that cannot serve is ignored without failing the build."""

from __future__ import annotations

import logging
import pickle
from dataclasses import replace

import numpy as np
import pytest

from chiptrail_site import stories
from chiptrail_site.evaluate_stories import DEFAULT_FIXTURE, load_articles
from chiptrail_site.stories import Fingerprints, StoryOptions, group_stories
from chiptrail_site.story_cache import (ARRAY_FIELDS, code_version, fingerprints_path, load_fingerprints,
                                        save_fingerprints)

ARTICLES = sorted(load_articles(DEFAULT_FIXTURE), key=lambda item: item.key)
# Few articles make a phrase stock: adding or removing one changes which are left out.
LOW_STOCK_LIMIT = StoryOptions(stock_phrase_articles=2)


@pytest.fixture
def settings(tmp_path):
    return {"CACHE_PATH": str(tmp_path / "cache")}


def answer(index) -> tuple:
    return index.stories, index.story_of, index.duplicate_of, index.pairs_verified


def cached_run(settings, items, options) -> tuple:
    """One build's grouping: load the kept fingerprints, group, keep them."""
    fingerprints = load_fingerprints(settings)
    index = group_stories(items, options, fingerprints)
    save_fingerprints(settings, fingerprints)
    return answer(index)


def edited(item):
    return replace(item, text=item.text + "\n\nThe ministry added that talks would continue next month.")


@pytest.mark.parametrize("options", [StoryOptions(), LOW_STOCK_LIMIT], ids=["default", "low-stock-limit"])
def test_kept_fingerprints_give_the_answer_of_a_run_from_scratch_after_adds_edits_and_deletes(settings, options):
    first, added = ARTICLES[:-3], ARTICLES[-3:]
    builds = [
        first,
        first + added,  # three new articles
        [edited(item) if i % 7 == 0 else item for i, item in enumerate(first + added)],  # edits
        [item for i, item in enumerate(first + added) if i % 5 != 1],  # deletes
    ]
    for items in builds:
        assert cached_run(settings, items, options) == answer(group_stories(items, options))


def test_only_new_and_edited_articles_are_fingerprinted_again(settings, monkeypatch):
    cached_run(settings, ARTICLES[:-1], StoryOptions())
    made = []
    real = stories._fingerprint
    monkeypatch.setattr(stories, "_fingerprint", lambda item, options: made.append(item.key) or real(item, options))
    changed = edited(ARTICLES[0])
    cached_run(settings, [changed, *ARTICLES[1:]], StoryOptions())
    assert sorted(made) == sorted([changed.key, ARTICLES[-1].key])


def test_changed_options_fingerprint_every_article_again(settings, monkeypatch):
    cached_run(settings, ARTICLES, StoryOptions())
    made = []
    real = stories._fingerprint
    monkeypatch.setattr(stories, "_fingerprint", lambda item, options: made.append(item.key) or real(item, options))
    wider = StoryOptions(lead_words=300)
    grouped = cached_run(settings, ARTICLES, wider)
    assert len(made) == len(ARTICLES)
    assert grouped == answer(group_stories(ARTICLES, wider))


def test_a_deleted_articles_fingerprint_is_not_kept(settings):
    cached_run(settings, ARTICLES, StoryOptions())
    cached_run(settings, ARTICLES[1:], StoryOptions())
    assert len(load_fingerprints(settings).known) == len(ARTICLES) - 1


def test_fingerprints_are_not_written_again_when_nothing_changed(settings):
    cached_run(settings, ARTICLES, StoryOptions())
    before = fingerprints_path(settings).stat().st_mtime_ns
    fingerprints_path(settings).touch()
    touched = fingerprints_path(settings).stat().st_mtime_ns
    cached_run(settings, ARTICLES, StoryOptions())
    assert fingerprints_path(settings).stat().st_mtime_ns == touched
    assert touched >= before


@pytest.mark.parametrize("kept", [
    b"not a pickle",
    pickle.dumps({"version": code_version()})[:-5],  # cut short
    pickle.dumps(["a", "list"]),
    pickle.dumps({"version": code_version(), "fingerprints": {"key": ("wrong", "shape", None, None, b"")}}),
    pickle.dumps({"version": code_version(), "keys": ["a", "b"], "copy_source": [b"", b""],
                  **{name: (np.zeros(3, np.uint64), np.array([1, 1])) for name in ARRAY_FIELDS}}),
    pickle.dumps({"version": code_version(), "keys": ["a"], "copy_source": [b""],
                  **{name: (np.zeros(1, np.uint64), np.array([-1])) for name in ARRAY_FIELDS}}),
], ids=["garbage", "truncated", "not-a-mapping", "wrong-shape", "lengths-not-adding-up",
        "no-shingles"])
def test_an_unreadable_cache_is_ignored_with_a_debug_line(settings, kept, caplog):
    fingerprints_path(settings).parent.mkdir(parents=True)
    fingerprints_path(settings).write_bytes(kept)
    with caplog.at_level(logging.DEBUG, logger="chiptrail_site.story_cache"):
        assert load_fingerprints(settings).known == {}
    assert "not used" in caplog.text
    assert cached_run(settings, ARTICLES, StoryOptions()) == answer(group_stories(ARTICLES))


def test_a_cache_made_by_other_code_is_ignored(settings, caplog):
    cached_run(settings, ARTICLES, StoryOptions())
    kept = pickle.loads(fingerprints_path(settings).read_bytes())
    fingerprints_path(settings).write_bytes(pickle.dumps({**kept, "version": ["other code"]}))
    with caplog.at_level(logging.DEBUG, logger="chiptrail_site.story_cache"):
        assert load_fingerprints(settings).known == {}
    assert "made by other code" in caplog.text


def test_no_cache_yet_means_every_article_is_fingerprinted(settings):
    fingerprints = load_fingerprints(settings)
    group_stories(ARTICLES, fingerprints=fingerprints)
    assert fingerprints.known == {} and len(fingerprints.used) == len(ARTICLES)
    assert fingerprints.changed


def test_a_copy_signature_is_made_again_when_a_phrase_of_its_text_turns_stock(settings):
    cached_run(settings, ARTICLES[:12], LOW_STOCK_LIMIT)
    kept = load_fingerprints(settings)
    sources_before = {key: fingerprint.copy_source for key, fingerprint in kept.known.items()}
    group_stories(ARTICLES, LOW_STOCK_LIMIT, kept)
    fresh = Fingerprints()
    group_stories(ARTICLES, LOW_STOCK_LIMIT, fresh)
    assert any(kept.used[key].copy_source != source for key, source in sources_before.items())  # phrases turned stock
    for key, fingerprint in fresh.used.items():
        if fingerprint.copy_signature is not None:  # the article has distinctive shingles
            assert kept.used[key].copy_signature.tobytes() == fingerprint.copy_signature.tobytes(), key


def test_a_cache_folder_that_cannot_be_written_costs_only_the_cache(tmp_path, caplog):
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("")
    settings = {"CACHE_PATH": str(blocked)}
    assert cached_run(settings, ARTICLES, StoryOptions()) == answer(group_stories(ARTICLES))
    assert "story fingerprints not kept" in caplog.text


def test_kept_fingerprints_are_read_back_field_for_field(settings):
    """Kept as columns (one array per field for all articles), each fingerprint comes back
    with its own arrays, missing signatures still missing."""
    fingerprints = load_fingerprints(settings)
    group_stories(ARTICLES, fingerprints=fingerprints)
    save_fingerprints(settings, fingerprints)
    kept = load_fingerprints(settings).known
    assert kept.keys() == fingerprints.used.keys()
    signatures = {"topic": 0, "copy": 0}
    for key, made in fingerprints.used.items():
        for name in ARRAY_FIELDS:
            made_array, kept_array = getattr(made, name), getattr(kept[key], name)
            assert (made_array is None) == (kept_array is None)
            if made_array is not None:
                assert kept_array.dtype == made_array.dtype and np.array_equal(kept_array, made_array)
        assert kept[key].copy_source == made.copy_source and not kept[key].changed
        signatures["topic"] += made.topic_signature is not None
        signatures["copy"] += made.copy_signature is not None
    assert 0 < signatures["topic"] and 0 < signatures["copy"]  # both kinds were made and kept
