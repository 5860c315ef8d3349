"""A line the headline reader takes stays in the body when its shape says no headline was
set that way: a lead-in closing on a colon introduces what follows it, a chat export's
message carries its time and sender, a headline as printed never opens in lower case, and
a transcript's first question is answered under it.
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
