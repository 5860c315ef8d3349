"""A line the headline reader takes stays in the body when its shape says no headline was
set that way: a lead-in closing on a colon introduces what follows it, a chat export's
message carries its time and sender, a headline as printed never opens in lower case nor on
a list's bullet or number or a Markdown heading's marks (a digest's first item), and a
transcript's first question is answered under it.
On a page without a headline the reader's pick is the story's first line, and losing it
loses the text; keeping it costs at most a repeated title."""

import pytest

from chiptrail_normalise.pipeline import normalise

ITEMS = [
    "- Washington granted the first H20 export licences to Nvidia on Monday.",
    "- Beijing's internet regulator summoned Nvidia over the chip's security the next day.",
    "- Malaysia said it would require permits for US-origin AI chips from this week.",
]
CHAT = [
    "[Jan 14, 2026 6:41 AM] ticker_tom: BIS final rule on H200 is live, licences case by case",
    "[Jan 14, 2026 6:43 AM] mira_k: does that include the 50% volume cap we heard about last week?",
    "[Jan 14, 2026 6:45 AM] ticker_tom: yes, and third-party testing before every shipment leaves the US",
]
LOWER_CASE_POST = [
    "anyone know if the h20 licences are actually going out yet??",
    "Our distributor says nothing has shipped since August and nobody at the vendor will give a date.",
    "We have a cluster waiting on these parts and the quarter ends in three weeks.",
]


def body_lines(text: str) -> list[str]:
    return [line.replace("\\", "").removeprefix("- ") for line in normalise(text).body.split("\n") if line]


@pytest.mark.parametrize("lead_in", ["This week in chip controls:", "本周中美芯片政策三条主线："])
def test_a_lead_in_closing_on_a_colon_stays_over_the_items_it_introduces(lead_in):
    assert lead_in in body_lines("\n".join([lead_in, *ITEMS]))


def test_a_chat_exports_first_message_stays_in_the_body():
    assert body_lines("\n".join(CHAT))[0] == CHAT[0]


def test_a_posts_first_line_in_lower_case_stays_in_the_body():
    assert body_lines("\n".join(LOWER_CASE_POST))[0] == LOWER_CASE_POST[0]


def test_a_transcripts_first_question_answered_under_it_stays_in_the_body():
    question = "Reporter: Will China allow imports of the H200?"
    answer = ("Spokesperson Li Chao: Relevant departments are studying the matter in accordance with laws and "
              "regulations. No decision has been made.")
    page = ["Ministry of Commerce", "Press Conference Transcript (excerpt)", "", "January 16, 2026", "", question, "", answer]
    assert [line.removeprefix("## ") for line in body_lines("\n".join(page))[:2]] == [question, answer]


DIGESTS = [
    ["1. Nvidia to resume H20 sales in China",
     "The company said Washington had assured it that licences would be granted and that deliveries would start soon.",
     "2. Malaysia tightens permits for US chips",
     "Exporters of US-origin AI chips now need a strategic trade permit for every shipment leaving the country."],
    ["• Trump tariff announcement expected today",
     "• Nvidia to resume H20 sales in China after licence assurance from Washington",
     "• Malaysia tightens permits for US-origin AI chips leaving the country"],
    ["## Top story: H20 now needs a licence",
     "Nvidia told investors the US government had informed it that the H20 requires an export licence for China.",
     "## Also this week",
     "AMD said its MI308 faces the same requirement and expects a charge of up to 800 million dollars."],
]


@pytest.mark.parametrize("digest", DIGESTS, ids=["numbered", "bulleted", "markdown"])
def test_a_digests_first_item_stays_in_the_body(digest):
    first = digest[0].lstrip("•#0123456789. ")
    assert any(line.lstrip("#0123456789. ") == first for line in body_lines("\n".join(digest)))


@pytest.mark.parametrize(
    "top",
    [
        ["iPhone assembler Foxconn to build Nvidia GB200 servers in Mexico"],  # a brand's lower-case first letter
        ["Explainer: Will Beijing let Nvidia's H200 into China?", "Published: August 12, 2025"],  # a rubric over a stamp
    ],
)
def test_a_headline_is_not_repeated_as_the_bodys_first_line(top):
    """A headline opening on a brand written in lower case ("iPhone", "eBay") is printed so;
    a rubric's question over a labelled date stamp is no transcript's first turn."""
    lead = ["By Dana Whitfield",
            "Foxconn will assemble the servers at a plant in Guadalajara, two people familiar with the plans said.",
            "The company declined to comment on the report on Tuesday."]
    assert body_lines("\n".join([*top, *lead])) == lead[-2:]
