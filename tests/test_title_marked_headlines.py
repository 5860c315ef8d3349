"""Headlines behind a marker and a colon ("Live:", a ticker's "NVDA:"), which also read as
a teaser link or a colon dateline: set over the article's stamp they are the headline;
and a title derived from the first paragraph leaves its dateline out."""

from chiptrail_normalise.pipeline import normalise
from chiptrail_normalise.title import extract_title

DEK = "The president says the same approach will apply to AMD and Intel. Follow the latest below."
LEAD = (
    "President Donald Trump said Monday that Nvidia will be allowed to ship its H200 artificial intelligence "
    "chips to approved customers in China, with the US government receiving a share of the sales."
)
MORE = "The Commerce Department is finalising the details, the president said."


def title_of(lines):
    return extract_title(lines)[0].value


def test_a_live_blogs_headline_after_its_live_marker_is_the_title_not_the_dek():
    lines = ["Skip to content", "Home", "World", "Live: Trump clears Nvidia H200 sales to China", DEK,
             "Monday 8 December 2025 22:47, UK", "Key points", "Nvidia shares up 2% after hours", "22:47",
             "Nvidia welcomes the decision", LEAD, MORE]
    assert title_of(lines) == "Live: Trump clears Nvidia H200 sales to China"


def test_a_tickers_headline_over_the_date_stamp_is_the_title_not_the_quote_line_under_it():
    lines = ["Markets", "Analysis", "NVDA: H200 Approval Reopens China, And Estimates Have Not Caught Up",
             "Dec. 9, 2025 8:30 AM ET", "NVIDIA Corporation (NVDA) Stock, AMD", "Northcove Research", LEAD, MORE]
    assert title_of(lines) == "NVDA: H200 Approval Reopens China, And Estimates Have Not Caught Up"


def test_a_live_teaser_between_paragraphs_is_never_the_title():
    headline = "Trump clears Nvidia H200 sales to China with a 25% cut"
    lines = [headline, "By Jane Doe", "Dec 8, 2025", LEAD, "Live: Follow our coverage of the chip talks", MORE]
    assert title_of(lines) == headline


def test_a_colon_dateline_opening_the_first_paragraph_is_never_the_title():
    lines = ["KUALA LUMPUR: Malaysia will require permits for exports of US AI chips, the trade ministry said on Monday.",
             MORE, LEAD]
    title = extract_title(lines)[0]
    assert title.details["derived"]
    assert title.value.startswith("Malaysia will require permits")


def test_a_derived_title_leaves_out_the_wire_dateline_of_the_first_paragraph():
    lines = [f"(Bloomberg) — {LEAD}", MORE]
    assert title_of(lines).startswith("President Donald Trump said Monday")


def test_the_key_points_list_under_a_live_headline_stays_in_the_story():
    lines = ["Live: Trump clears Nvidia H200 sales to China", DEK, "Monday 8 December 2025 22:47, UK", "Key points",
             "Trump says Nvidia can ship H200 chips to approved customers", "US government to take 25% of the proceeds",
             "22:47", "Nvidia welcomes the decision", LEAD, MORE]
    body = normalise("\n".join(lines)).body
    assert "Key points" in body
    assert "US government to take 25% of the proceeds" in body



def test_a_live_teaser_over_another_headline_is_never_the_title():
    headline = "Huawei's Ascend 910C push runs into yield limits as Chinese buyers hedge"
    lines = ["Live: Markets react to the Fed decision", headline, "By Jane Doe", "Dec 8, 2025", LEAD, MORE]
    assert title_of(lines) == headline


def test_a_marker_word_in_capitals_before_a_headline_over_the_first_paragraph_is_no_dateline():
    lines = ["Chip Trade Council", "About", "Resources", "Resources / Member Guidance",
             "FAQ: Resumed Licensing of Nvidia H200 Exports to China", LEAD, MORE]
    assert title_of(lines) == "FAQ: Resumed Licensing of Nvidia H200 Exports to China"


def test_a_paragraph_opened_by_a_one_word_colon_dateline_is_still_no_headline():
    lines = ["Wire Desk", "BEIJING: China's commerce ministry said on Tuesday it would watch the rules closely.", LEAD, MORE]
    assert title_of(lines) != lines[1]


def test_a_date_stamp_with_its_afternoon_mark_is_no_print_header_over_a_title():
    headline = "Nvidia, AMD to give US 15% of China chip revenue; Beijing urges firms to avoid H20"
    lines = ["Taiwan Wire", "Business", headline, "08/12/2025 04:55 PM", "Taipei, Aug. 12 (TW)",
             "Photo taken from Nvidia's Facebook page", "Taipei, Aug. 12 (TW) " + LEAD, MORE]
    assert title_of(lines) == headline
