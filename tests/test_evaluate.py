"""The scoring rules of `invoke evaluate`, checked with a stand-in normaliser on tiny cases."""

import datetime as dt

import pytest
import yaml

from chiptrail_normalise import evaluate as ev
from chiptrail_normalise.fields import Normalised


def write_case(directory, case_id, raw, expected, body=None):
    (directory / f"{case_id}.txt").write_text(raw, encoding="utf-8")
    (directory / f"{case_id}.yaml").write_text(yaml.safe_dump(expected), encoding="utf-8")
    if body is not None:
        (directory / f"{case_id}.body.md").write_text(body, encoding="utf-8")


def answering(answers):
    """A normaliser that returns canned results keyed by raw file name."""

    def normalise(text, *, name, day_first):
        meta, body = answers[name]
        return Normalised(meta=meta, body=body)

    return normalise


def test_chips_f1_is_the_harmonic_mean_of_set_precision_and_recall():
    assert ev.chips_f1(["H20", "H100"], ["H20", "A100", "B30A"]) == pytest.approx(2 * (1 / 3) * (1 / 2) / (1 / 3 + 1 / 2))
    assert ev.chips_f1(["H20"], ["H20"]) == 1.0
    assert ev.chips_f1(["H20"], ["H100"]) == 0.0


def test_chips_f1_ignores_order_and_treats_two_empty_sets_as_agreement():
    assert ev.chips_f1(["H20", "H100"], ["H100", "H20"]) == 1.0
    assert ev.chips_f1([], []) == 1.0
    assert ev.chips_f1([], ["H20"]) == 0.0


def test_titles_match_across_curly_quotes_surrounding_quotes_and_whitespace():
    assert ev.same_title("China summons Nvidia over 'backdoor' risks", "China summons Nvidia over ‘backdoor’  risks")
    assert ev.same_title("Green light in Washington", "“Green light in Washington”")
    assert not ev.same_title("Nvidia resumes H20 sales", "nvidia resumes h20 sales")


def test_sources_match_case_insensitively_and_null_only_matches_null():
    assert ev.same_source("GlobalTimesAI.com", "globaltimesai.com")
    assert not ev.same_source(None, "Reuters")
    assert ev.same_source(None, None)


def test_invented_dates_count_only_where_null_was_expected(tmp_path):
    write_case(tmp_path, "a", "text a", {"date": None})
    write_case(tmp_path, "b", "text b", {"date": dt.date(2025, 7, 15)})
    write_case(tmp_path, "c", "text c", {"date": None})
    normaliser = answering({
        "a.txt": ({"date": dt.date(2025, 1, 1)}, ""),
        "b.txt": ({"date": dt.date(2025, 7, 16)}, ""),
        "c.txt": ({"date": None}, ""),
    })
    result = ev.evaluate(tmp_path, normaliser=normaliser)
    assert result.invented_dates == 1
    assert result.accuracy("date") == pytest.approx(1 / 3)


def test_stance_confusion_matrix_counts_expected_against_got(tmp_path):
    for case_id, expected, got in [("a", "easing", "easing"), ("b", "easing", "mixed"), ("c", "neutral", None)]:
        write_case(tmp_path, case_id, "text", {"stance": expected})
    normaliser = answering({"a.txt": ({"stance": "easing"}, ""), "b.txt": ({"stance": "mixed"}, ""),
                            "c.txt": ({}, "")})
    result = ev.evaluate(tmp_path, normaliser=normaliser)
    assert result.stance_confusion == {("easing", "easing"): 1, ("easing", "mixed"): 1, ("neutral", ev.NO_VALUE): 1}
    assert result.accuracy("stance") == pytest.approx(1 / 3)


def test_first_chip_is_scored_only_when_chips_are_expected(tmp_path):
    write_case(tmp_path, "a", "text", {"chips": ["H200", "H20"]})
    write_case(tmp_path, "b", "text", {"chips": []})
    normaliser = answering({"a.txt": ({"chips": ["H20", "H200"]}, ""), "b.txt": ({"chips": []}, "")})
    result = ev.evaluate(tmp_path, normaliser=normaliser)
    assert result.accuracy("chips F1") == 1.0
    assert result.scores["first chip"].cases == 1
    assert result.accuracy("first chip") == 0.0


def test_fields_absent_from_the_labels_are_not_scored(tmp_path):
    write_case(tmp_path, "a", "text", {"source": "Reuters"})
    result = ev.evaluate(tmp_path, normaliser=answering({"a.txt": ({"title": "Anything", "source": "reuters"}, "")}))
    assert result.scores["title"].cases == 0
    assert result.accuracy("source") == 1.0
    assert result.misses == []


def test_body_scoring_separates_boilerplate_removed_from_content_dropped(tmp_path):
    raw = "Headline\nAdvertisement\nFirst paragraph [with] brackets.\nSubhead\n• a list item\nShare this article\n"
    expected_body = "First paragraph [with] brackets.\n\n## Subhead\n\n- a list item\n"
    write_case(tmp_path, "a", raw, {}, body=expected_body)
    produced = "First paragraph \\[with\\] brackets.\n\n### Subhead\n\nShare this article\n"
    result = ev.evaluate(tmp_path, normaliser=answering({"a.txt": ({}, produced)}))
    assert (result.content_lines, result.content_dropped) == (3, 1)
    assert (result.boilerplate_lines, result.boilerplate_removed) == (3, 2)
    assert ev.Miss("a", "content dropped", "a list item", None) in result.misses
    assert ev.Miss("a", "boilerplate kept", None, "Share this article") in result.misses


def test_a_long_paragraph_with_its_dateline_stripped_still_counts_as_kept(tmp_path):
    paragraph = "(Reuters) - Nvidia said on Tuesday it will resume sales of its H20 chip to China after assurances."
    write_case(tmp_path, "a", f"Title\n{paragraph}\n", {}, body=paragraph + "\n")
    produced = paragraph.removeprefix("(Reuters) - ") + "\n"
    result = ev.evaluate(tmp_path, normaliser=answering({"a.txt": ({}, produced)}))
    assert result.content_dropped == 0


@pytest.mark.parametrize("produced", [
    "The Commerce Department said on Tuesday\nthat H20 exports now need a licence.\n",  # as pasted
    "The Commerce Department said on Tuesday that H20 exports now need a licence.\n",  # joined
])
def test_the_lines_of_a_hard_wrapped_paragraph_are_content_kept_as_pasted_or_joined(tmp_path, produced):
    raw = "Headline\nThe Commerce Department said on Tuesday\nthat H20 exports now need a licence.\nShare\n"
    paragraph = "The Commerce Department said on Tuesday that H20 exports now need a licence."
    write_case(tmp_path, "a", raw, {}, body=paragraph + "\n")
    result = ev.evaluate(tmp_path, normaliser=answering({"a.txt": ({}, produced)}))
    assert (result.content_lines, result.content_dropped) == (2, 0)
    assert (result.boilerplate_lines, result.boilerplate_removed) == (2, 2)


def test_the_lines_of_a_hard_wrapped_paragraph_count_as_dropped_when_missing(tmp_path):
    raw = "Headline\nThe Commerce Department said on Tuesday\nthat H20 exports now need a licence.\n"
    paragraph = "The Commerce Department said on Tuesday that H20 exports now need a licence."
    write_case(tmp_path, "a", raw, {}, body=paragraph + "\n")
    result = ev.evaluate(tmp_path, normaliser=answering({"a.txt": ({}, "Headline\n")}))
    assert (result.content_lines, result.content_dropped) == (2, 2)
    assert (result.boilerplate_lines, result.boilerplate_removed) == (1, 0)


def test_a_wrapped_paragraph_repeated_by_a_teaser_box_is_content_once(tmp_path):
    wrapped = "Nvidia resumes sales\nof the H20 to China.\n"
    raw = "Nvidia resumes sales of the H20 to China.\n" + wrapped + "More stories\n" + wrapped
    paragraph = "Nvidia resumes sales of the H20 to China."
    write_case(tmp_path, "a", raw, {}, body=paragraph + "\n")
    produced = paragraph + "\n" + wrapped + wrapped  # the dek, the story and the teaser's copy
    result = ev.evaluate(tmp_path, normaliser=answering({"a.txt": ({}, produced)}))
    assert (result.content_lines, result.content_dropped) == (3, 0)  # the dek and the story
    assert (result.boilerplate_lines, result.boilerplate_removed) == (3, 1)  # teaser kept


def test_a_wrapped_piece_is_kept_only_as_its_own_line_or_inside_the_joined_paragraph(tmp_path):
    raw = "Headline\nThe rule limits sales\nto China.\nIt also covers exports to China.\n"
    body = "The rule limits sales to China.\n\nIt also covers exports to China.\n"
    write_case(tmp_path, "a", raw, {}, body=body)
    produced = "The rule limits sales\n\nIt also covers exports to China.\n"  # the tail is gone
    result = ev.evaluate(tmp_path, normaliser=answering({"a.txt": ({}, produced)}))
    assert (result.content_lines, result.content_dropped) == (3, 1)


def test_a_crash_on_one_case_is_listed_and_the_others_are_still_scored(tmp_path):
    write_case(tmp_path, "a", "text", {"stance": "easing"})
    write_case(tmp_path, "b", "text", {"stance": "easing"})

    def normaliser(text, *, name, day_first):
        if name == "a.txt":
            raise ValueError("boom")
        return Normalised(meta={"stance": "easing"}, body="")

    result = ev.evaluate(tmp_path, normaliser=normaliser)
    assert result.cases == 2
    assert result.misses[0].case == "a" and "boom" in result.misses[0].got
    assert result.accuracy("stance") == 0.5


def test_day_first_is_passed_to_the_normaliser(tmp_path):
    write_case(tmp_path, "a", "05/08/2025", {"date": dt.date(2025, 8, 5)})

    def normaliser(text, *, name, day_first):
        return Normalised(meta={"date": dt.date(2025, 8, 5) if day_first else dt.date(2025, 5, 8)}, body="")

    assert ev.evaluate(tmp_path, normaliser=normaliser).accuracy("date") == 0.0
    assert ev.evaluate(tmp_path, normaliser=normaliser, day_first=True).accuracy("date") == 1.0


def test_report_lists_scores_confusion_and_every_miss(tmp_path):
    write_case(tmp_path, "a", "text", {"title": "Right", "stance": "easing", "date": None})
    result = ev.evaluate(tmp_path, normaliser=answering({"a.txt": ({"title": "Wrong", "stance": "easing",
                                                                     "date": "2025-01-02"}, "")}))
    report = ev.format_report(result)
    assert "title" in report and "0.000" in report
    assert "invented dates: 1" in report
    assert "stance confusion" in report
    assert "a  title: expected 'Right', got 'Wrong'" in report


def test_evaluation_writes_nothing_into_the_case_directory(tmp_path):
    write_case(tmp_path, "a", "text", {"stance": "neutral"}, body="text\n")
    before = sorted(p.name for p in tmp_path.iterdir())
    ev.evaluate(tmp_path, normaliser=answering({"a.txt": ({"stance": "neutral"}, "text")}))
    assert sorted(p.name for p in tmp_path.iterdir()) == before
