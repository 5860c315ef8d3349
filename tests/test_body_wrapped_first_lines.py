"""The first line of a hard-wrapped paragraph stays in the body when the headline reader
takes it: a post or a lead pasted from e-mail or a PDF breaks its sentences at the wrap
width, and its first line, cut off mid-sentence, can look like a headline. A headline is
printed whole (one wrapped over two lines is taken whole), so a taken line that runs on
into the next one, stopping on a comma or a word such as "to" or "the", or over a line
opening in lower case, is the story's first line. A headline over a byline or clutter
continues nothing and is still left out."""

import pytest

from chiptrail_normalise.pipeline import normalise

WRAPPED_POST = [
    "r/semiconductors",
    "Posted by u/wafer_watcher • 2025-12-30",
    "",
    "So Beijing's customs desk apparently began clearing H200 servers in Shenzhen this week,",
    "with buyers signing end-use pledges first. Anyone at a cloud provider seeing deliveries?",
    "",
    "Last I heard the older H20 stock is still sitting in bonded warehouses.",
]
WRAPPED_LEAD = [
    "Chip Policy Daily",
    "",
    "The chipmaker's finance chief said it had received licences to ship some MI308 parts to",
    "China and would restart deliveries this quarter, subject to the agreed remittance.",
    "",
    "Analysts said the licences cover only a fraction of last year's China revenue.",
]
HEADLINE_OVER_A_BYLINE = [
    "Commerce moves H200 licence reviews to a case-by-case basis for",
    "by Jane Ostrova",
    "",
    "The Commerce Department said on Tuesday it would review H200 licence requests case by case.",
]


def body_lines(text: str) -> list[str]:
    return [line.replace("\\", "") for line in normalise(text).body.split("\n") if line]


def test_a_posts_first_wrapped_line_taken_for_a_title_stays_in_the_body():
    assert body_lines("\n".join(WRAPPED_POST))[:2] == WRAPPED_POST[3:5]


def test_a_leads_first_wrapped_line_taken_for_the_headline_stays_in_the_body():
    assert body_lines("\n".join(WRAPPED_LEAD))[:2] == WRAPPED_LEAD[2:4]


def test_a_headline_over_a_byline_in_lower_case_is_still_left_out():
    assert HEADLINE_OVER_A_BYLINE[0] not in body_lines("\n".join(HEADLINE_OVER_A_BYLINE))


@pytest.mark.parametrize("page", [
    ["Musk's AI startup signs deal for 300,000 Nvidia Blackwell chips",
     "xAI wants them in Memphis by the end of next year, people familiar say", "",
     "The startup has signed a deal to buy 300,000 Nvidia Blackwell accelerators for its Colossus 2 cluster in Memphis, according to two people familiar with the matter."],
    ["Nvidia wins licences to ship H20 chips to China, ending pause,",
     "The chipmaker can resume sales after a months-long halt", "By Jane Doe", "December 4, 2025", "",
     "The Commerce Department has started granting licences for Nvidia's H20 accelerator, according to two people familiar with the matter."],
])
def test_a_headline_over_its_dek_is_left_out(page):
    assert page[0] not in body_lines("\n".join(page))
