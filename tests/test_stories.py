"""Story grouping: articles reporting one development form one story; copies are marked."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

import numpy as np
import pytest

from chiptrail_site.evaluate_stories import DEFAULT_FIXTURE, evaluate_stories, load_articles, main
from chiptrail_site.stories import StoryInput, StoryOptions, _RecentBands, group_stories

ARTICLES = {item.key: item for item in load_articles(DEFAULT_FIXTURE)}


def pick(*keys: str) -> list[StoryInput]:
    return [ARTICLES[key] for key in keys]


# --- the labelled fixture -------------------------------------------------------------


def test_fixture_grouping_reaches_precision_and_recall_floors():
    scores = evaluate_stories(DEFAULT_FIXTURE)
    assert scores.articles >= 30 and scores.stories >= 8
    assert scores.precision >= 0.9, scores.spurious_pairs
    assert scores.recall >= 0.9, scores.missed_pairs


def test_fixture_republications_are_all_detected_and_none_invented():
    scores = evaluate_stories(DEFAULT_FIXTURE)
    assert scores.duplicate_recall == 1.0, scores.duplicate_errors
    assert scores.duplicate_precision == 1.0, scores.duplicate_errors


def test_evaluate_command_prints_scores_and_passes_the_floor(capsys):
    assert main([str(DEFAULT_FIXTURE)]) == 0
    assert "precision" in capsys.readouterr().out


# --- story identity -------------------------------------------------------------------


def test_story_slug_is_the_earliest_article_and_survives_later_coverage():
    first_day = group_stories(pick("china-approves-h200-imports", "huang-visit-brings-h200-green-light"))
    later = group_stories(
        pick("china-approves-h200-imports", "huang-visit-brings-h200-green-light", "first-h200-import-batches-cleared")
    )
    assert [story.slug for story in first_day.stories] == ["china-approves-h200-imports"]
    assert [story.slug for story in later.stories] == ["china-approves-h200-imports"]
    assert later.story_of["first-h200-import-batches-cleared"] == "china-approves-h200-imports"


def test_single_articles_form_no_story():
    index = group_stories(pick("nvidia-books-h20-charge", "huawei-unveils-ascend-roadmap"))
    assert index.stories == [] and index.story_of == {}
    assert index.also_covered("nvidia-books-h20-charge") == []


def test_also_covered_lists_the_other_articles_of_the_story():
    index = group_stories(pick("bis-blacklists-chinese-chip-firms", "commerce-adds-23-chinese-entities-to-entity-list"))
    others = index.also_covered("bis-blacklists-chinese-chip-firms")
    assert [(m.key, m.source) for m in others] == [("commerce-adds-23-chinese-entities-to-entity-list", "chipwire")]


def test_story_sources_count_independent_outlets_only():
    index = group_stories(
        pick(
            "china-approves-h200-imports",
            "report-china-approves-import-of-h200",
            "beijing-clears-h200-imports-during-huang-visit",
            "huang-visit-brings-h200-green-light",
        )
    )
    (story,) = index.stories
    assert story.sources == ["chipwire", "siliconbrief"]
    assert len(story.members) == 4


def test_grouping_does_not_depend_on_input_order():
    articles = list(ARTICLES.values())
    shuffled = random.Random(3).sample(articles, len(articles))
    assert group_stories(shuffled) == group_stories(articles)


def test_inputs_with_the_same_key_are_refused():
    with pytest.raises(ValueError):
        group_stories(pick("nvidia-books-h20-charge", "nvidia-books-h20-charge"))


# --- what joins and what does not ----------------------------------------------------


def test_same_development_within_the_window_joins():
    index = group_stories(pick("washington-signals-green-light-for-h20-shipments", "nvidia-files-for-h20-export-licences"))
    assert len(index.stories) == 1


def test_same_development_outside_the_date_window_stays_apart():
    signals, files = pick("washington-signals-green-light-for-h20-shipments", "nvidia-files-for-h20-export-licences")
    index = group_stories([signals, replace(files, date=signals.date + timedelta(days=20))])
    assert index.stories == []


def test_articles_about_different_chips_never_join():
    signals, files = pick("washington-signals-green-light-for-h20-shipments", "nvidia-files-for-h20-export-licences")
    index = group_stories([signals, replace(files, chips=["MI308"])])
    assert index.stories == []


def test_undated_article_is_not_grouped_by_the_date_window():
    wire, rewrite = pick("china-approves-h200-imports", "huang-visit-brings-h200-green-light")
    index = group_stories([wire, replace(rewrite, date=None)])
    assert index.stories == []


def test_undated_near_verbatim_copy_joins_the_story_of_its_original():
    index = group_stories(pick("trump-allows-nvidia-h200-sales-to-china", "h200-exports-to-china-approved-by-white-house"))
    assert index.duplicate_of == {"h200-exports-to-china-approved-by-white-house": "trump-allows-nvidia-h200-sales-to-china"}
    assert index.story_of["h200-exports-to-china-approved-by-white-house"] == "trump-allows-nvidia-h200-sales-to-china"


def test_a_chain_of_close_articles_cannot_stretch_a_story_beyond_the_span_cap():
    options = StoryOptions(window_days=4, max_span_days=10)
    chain = [_synthetic(i, shared="tariff board ruling", day=date(2025, 1, 1) + timedelta(days=4 * i)) for i in range(6)]
    index = group_stories(chain, options)
    assert index.stories, "neighbours four days apart should still join"
    assert all((s.last_date - s.first_date).days <= options.max_span_days for s in index.stories)


# --- republications -------------------------------------------------------------------


def test_duplicate_points_to_the_earlier_copy_whatever_the_input_order():
    wire, copy = pick("nvidia-developing-b30a-for-china", "nvidia-b30a-blackwell-chip-for-china")
    assert group_stories([copy, wire]).duplicate_of == {copy.key: wire.key}
    backdated = replace(copy, date=wire.date - timedelta(days=1))
    assert group_stories([wire, backdated]).duplicate_of == {wire.key: copy.key}


def test_dated_copy_is_the_original_of_an_undated_one_and_ties_go_by_key():
    wire, copy = pick("nvidia-developing-b30a-for-china", "nvidia-b30a-blackwell-chip-for-china")
    assert group_stories([replace(wire, date=None), copy]).duplicate_of == {wire.key: copy.key}
    same_day = replace(copy, date=wire.date)
    assert group_stories([same_day, wire]).duplicate_of == {wire.key: copy.key}  # "nvidia-b30a-…" < "nvidia-developing-…"


def test_every_copy_of_a_wire_text_points_to_the_first_copy():
    index = group_stories(
        pick("beijing-clears-h200-imports-during-huang-visit", "report-china-approves-import-of-h200", "china-approves-h200-imports")
    )
    assert set(index.duplicate_of.values()) == {"china-approves-h200-imports"}
    assert len(index.duplicate_of) == 2


# --- scaling (counted, not timed) -----------------------------------------------------


def test_candidate_pairs_stay_far_below_all_pairs_for_two_thousand_articles():
    rng = random.Random(7)
    start = date(2025, 1, 1)
    days = [start + timedelta(days=rng.randrange(730)) for _ in range(2000)]  # two years of coverage
    items = [_synthetic(i, shared=f"topic{i % 500}", day=day, rng=rng) for i, day in enumerate(days)]
    index = group_stories(items)
    all_pairs = len(items) * (len(items) - 1) // 2
    assert index.pairs_verified < all_pairs / 100
    assert index.stories, "articles sharing a topic in the same days should still be grouped"


VOCABULARY = [f"term{n}" for n in range(3000)]
SAGA_WORDS = "nvidia china export controls chips licence beijing washington commerce ai".split()


def _synthetic(number: int, shared: str, day: date, rng: random.Random | None = None) -> StoryInput:
    """An article of saga words, a topic phrase repeated as its shared core, and filler."""
    rng = rng or random.Random(number)
    core = [f"{shared} {word}" for word in random.Random(shared).sample(VOCABULARY, 30)]
    filler = rng.sample(VOCABULARY, 90)
    text = " ".join(SAGA_WORDS + core + filler)
    return StoryInput(key=f"article-{number:05d}", title=f"Article {number}", text=text, date=day, chips=["H20"])


def test_time_window_index_proposes_exactly_the_held_articles_sharing_a_band():
    """The window index keeps its bands in one array that it compacts and grows: across
    both, it proposes what comparing every held signature band by band would."""
    rng = np.random.default_rng(7)
    index, held = _RecentBands((8, 2)), {}
    for position in range(400):
        signature = rng.integers(0, 3, size=16).astype(np.uint64)
        expected = {p for p, other in held.items()
                    if (signature.reshape(8, 2) == other.reshape(8, 2)).all(axis=1).any()}
        assert index.query(signature) == expected
        index.insert(position, signature)
        held[position] = signature
        while len(held) > 1 + position % 97:  # windows that fill, drain and grow again
            index.remove_oldest()
            del held[min(held)]


def test_sorted_unique_is_numpys_unique_for_the_hash_arrays():
    import numpy as np

    from chiptrail_site.stories import _sorted_unique

    draw = np.random.default_rng(6)
    for size in (0, 1, 2, 7, 5_000):
        values = draw.integers(0, 40 if size > 7 else 2**32, size, dtype=np.uint64).astype(np.uint32)
        unique = _sorted_unique(values)
        assert unique.dtype == np.unique(values).dtype and np.array_equal(unique, np.unique(values))
