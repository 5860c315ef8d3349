"""Page chrome over a headline: a section path in sentence case, a skip link glued to the masthead."""

from chiptrail_normalise.boilerplate import classify
from chiptrail_normalise.line_shapes import is_trail
from chiptrail_normalise.pipeline import normalise


def test_a_section_path_whose_last_step_is_in_sentence_case_is_a_trail_not_a_headline():
    assert is_trail("Guides › Data center GPUs")
    assert not is_trail("Tech › Nvidia says it will resume H20 sales to China")
    text = (
        "GPU Ledger\nGuides\nBenchmarks\nGuides › Data center GPUs\n"
        "Nvidia H20 explained: specs, export status and the Chinese alternatives\n"
        "Written by the GPU Ledger team\nReviewed by our hardware editors\nOn this page\nWhat is the H20?\nSpecifications\nExport status\nAlternatives in China\nFAQ\n"
        "The H20 is a data center accelerator that Nvidia designed for the Chinese market after US export rules blocked its faster chips.\n"
    )
    assert normalise(text).meta["title"] == "Nvidia H20 explained: specs, export status and the Chinese alternatives"


def test_a_skip_link_glued_to_the_masthead_is_furniture():
    assert classify("Skip next section DW - Made for minds") == "page_furniture"
    assert classify("Skip to main content") == "page_furniture"
    assert classify("Skip the middleman: Chinese buyers go straight to Nvidia's resellers") is None
