"""Chips named in an article: canonical names, whole-name matching, salience order."""

import pytest

from chiptrail_normalise.chips import extract_chips


def chips_of(title, *paragraphs):
    return extract_chips(title, list(paragraphs)).value


def about_of(title, *paragraphs):
    return extract_chips(title, list(paragraphs)).details["about"]


@pytest.mark.parametrize(
    "text, chip",
    [("Nvidia's H-20 is back", "H20"), ("Orders for H20s rose", "H20"),
     ("a batch of H20 chips", "H20"), ("the MI308X accelerator", "MI308"),
     ("Huawei's Ascend 910B", "Ascend 910B"), ("the 910C", "Ascend 910C"),
     ("Alibaba's Hanguang 800", "Hanguang"), ("Baidu's Kunlun chips", "Kunlun"),
     ("the RTX Pro 6000D", "RTX Pro 6000D"), ("the 6000D card", "RTX Pro 6000D"),
     ("a B30A sample", "B30A"),
     ("Cambricon's Siyuan line", "Cambricon"), ("an RTX 4090D card", "RTX 4090D"),
     ("寒武纪发布半年度报告", "Cambricon"), ("昇腾芯片", "Ascend")],
)
def test_aliases_map_to_the_canonical_name(text, chip):
    assert chips_of("", text) == [chip]


def test_h200_is_never_counted_as_h20():
    assert chips_of("", "The H200 is faster.") == ["H200"]


def test_a_longer_model_code_is_not_counted_as_the_code_it_contains():
    assert chips_of("", "The GB20 board, the B200X and the H100") == ["H100"]


def test_look_alike_words_are_no_chips():
    assert chips_of("", "H2O cooling, an A1000 printer, the XH20 router and MLUX.") == []


def test_a_word_alias_matches_only_as_written_so_the_verb_ascend_is_no_chip():
    assert chips_of("", "Prices ascend as Huawei's Ascend chips ship.") == ["Ascend"]


def test_a_name_alias_also_matches_in_an_all_caps_headline():
    assert chips_of("HUAWEI'S ASCEND AND BAIDU'S KUNLUN GAIN GROUND") == ["Ascend", "Kunlun"]


def test_a_model_code_matches_in_any_case():
    assert chips_of("", "the h20 and the h200") == ["H20", "H200"]


def test_the_series_name_is_dropped_when_a_model_of_the_series_is_named():
    found = chips_of("Huawei Ascend chips draw US warning", "Using the Ascend 910B risks penalties.")
    assert found == ["Ascend 910B"]


def test_a_chip_in_the_headline_comes_first_even_if_named_less_often():
    found = chips_of("China rejects Nvidia H200", "The H20 sold well. The H20 was cut down. H20 again.")
    assert found == ["H200", "H20"]


def test_headline_chips_keep_their_headline_order():
    assert chips_of("Nvidia readies B30A as Trump weighs Blackwell", "Blackwell Blackwell") == [
        "B30A", "Blackwell"]


def test_without_a_headline_chip_the_most_named_chip_comes_first():
    assert chips_of("Nvidia restarts sales", "The H100 is banned.", "The H20 ships.", "H20 H20") == [
        "H20", "H100"]


def test_a_tie_goes_to_the_chip_named_first():
    assert chips_of("", "The H100 and the H20 differ.") == ["H100", "H20"]


def test_the_article_is_about_its_headline_chips():
    assert about_of("China rejects Nvidia H200", "Huawei's Ascend chips and the H20.") == ["H200"]


def test_without_headline_chips_the_article_is_about_the_dominant_ones():
    about = about_of("Nvidia restarts sales", "H20 H20 H20", "H20 and the H100", "H200")
    assert about == ["H20"]


def test_an_article_naming_no_chip_gets_an_empty_list():
    found = extract_chips("Singapore charges three in fraud case", ["Servers were shipped."])
    assert (found.value, found.details) == ([], {"about": []})


def test_the_evidence_counts_each_chips_mentions():
    found = extract_chips("China rejects Nvidia H200", ["The H200 and the H20."])
    assert found.evidence == "H200 2× (title); H20 1×"


def test_a_clear_leader_is_more_certain_than_a_near_tie():
    clear = extract_chips("", ["H20 H20 H20 H20 H100"]).confidence
    close = extract_chips("", ["H20 H100"]).confidence
    assert clear > close


def test_odd_input_never_raises():
    assert chips_of("\x00" * 10, "H" * 100_000, "H20 " * 20_000 + "\x1b") == ["H20"]


def test_a_model_named_by_its_short_number_counts_towards_its_salience():
    text = ("We compared the RTX Pro 6000D with the H20. The 6000D uses GDDR7, unlike the H20. "
            "The 6000D is cheaper.")
    assert chips_of("", text) == ["RTX Pro 6000D", "H20"]


def test_chips_named_only_in_a_list_of_related_links_are_not_counted():
    story = "The U.S. has begun issuing licences that allow Nvidia to ship its H20 to China."
    related = ["Latest in Tech Industry", "Nvidia's B30A could be the next China chip, report claims",
               "Huawei details Ascend 950 roadmap with in-house HBM", "See more latest"]
    assert chips_of("US starts issuing H20 licences", story, *related) == ["H20"]


def test_a_list_of_links_does_not_outvote_the_story_for_the_main_chip():
    story = "Washington has cleared the H200 for export to approved customers in China."
    related = ["H20 demand slumps", "Why the H20 still matters", "H20 rival from Huawei ships"]
    assert chips_of("", story, *related) == ["H200"]


def test_a_lone_subheading_still_counts():
    found = chips_of("", "Huawei is shipping a new accelerator.", "The Ascend 910C",
                     "It pairs two dies in one package.")
    assert found == ["Ascend 910C"]


def test_a_text_pasted_without_full_stops_has_no_link_lists():
    assert chips_of("", "Nvidia H20 supply", "H20 orders resume") == ["H20"]


def test_a_series_named_as_a_kind_of_chip_counts_for_the_model_of_that_series():
    paragraphs = ["Lots of questions from clients this week about the B30A.",
                  "There is no licence policy for a Blackwell-based China chip.",
                  "The H20 licences came with a revenue share.",
                  "Buyers avoid the H20, so even a licensed Blackwell derivative may not sell."]
    assert chips_of("", *paragraphs) == ["B30A", "Blackwell", "H20"]
    plain = [text.replace("Blackwell-based", "Blackwell").replace("Blackwell derivative", "Blackwell")
             for text in paragraphs]
    assert chips_of("", *plain)[0] == "Blackwell"  # the series itself, named more often


def test_a_videos_lower_case_caption_lines_are_speech_not_a_list_of_links():
    captions = ["so how did nvidia go from selling billions of dollars of gpus",
                "step one october 2022 the us bans", "exports of the a100 and h100 to china",
                "and nvidia responds with the a800 and h800"]
    field = extract_chips("The H20 Story: How Nvidia Lost China", ["Three years of export controls in 12 minutes.", *captions])
    assert set(field.value) == {"H20", "A100", "H100", "A800", "H800"}


def test_a_series_in_the_headline_puts_its_models_first_the_most_named_leading():
    title = "BIS Rescinds the AI Diffusion Rule and Warns Industry on Huawei Ascend Chips"
    body = ["The rule would have capped exports of chips such as the A100 and H100 to most countries.",
            "Using the Ascend 910B, Ascend 910C or Ascend 910C-based systems anywhere may breach US controls."]
    field = extract_chips(title, body)
    assert field.value[:2] == ["Ascend 910C", "Ascend 910B"]
    assert set(field.details["about"]) == {"Ascend 910B", "Ascend 910C"}


def test_a_series_named_in_the_headline_as_a_scaled_down_chip_gives_its_place_to_the_model_the_text_names():
    title = "Washington allows Nvidia to sell a scaled-down Blackwell chip in China"
    paragraphs = ["The Commerce Department approved licences for the B30A, a processor with half the power of the "
                  "flagship Blackwell parts.", "Blackwell chips remain barred; the B30A is the only one cleared."]
    assert extract_chips(title, paragraphs).value[0] == "B30A"


def test_a_series_headed_for_china_in_the_headline_stays_the_series():
    title = "White House says no to Nvidia's China-bound Blackwell chip"
    paragraphs = ["Officials said Blackwell chips would not be sold to China, including the B30A.",
                  "Blackwell is Nvidia's newest series; Blackwell demand is strong elsewhere."]
    assert extract_chips(title, paragraphs).value[0] == "Blackwell"
