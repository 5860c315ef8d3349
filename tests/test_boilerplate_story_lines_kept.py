"""Story sentences shaped like page furniture stay story: a line about forwarded mail, a
line ending in a bar and a number, a sentence after "More in this story:". (Round 18's
review found rules that deleted each of them, and the story below them; the rules went.)"""

import pytest

from chiptrail_normalise.boilerplate import is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "Regulators asked whether staff should report mail if someone forwarded it to you from a rival firm, the filing said.",
        "Revenue rose in the quarter | 3",
        "More in this story: the company said shipments would start next week.",
    ],
)
def test_a_story_sentence_shaped_like_furniture_is_not_boilerplate(line):
    assert not is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "FYI from legal: the export fee is written into the licence as a condition, not charged as a tax.",
        "fyi from our Taipei contact: the first licences for the new parts were approved this morning.",
        "Team, FYI from our distributor in Shenzhen this morning:",
    ],
)
def test_a_message_relaying_what_someone_said_is_the_messages_text(line):
    """"FYI from <someone>: ..." passes on news: the message itself, not a forwarder's
    pointer at the text below it ("FYI - see below")."""
    assert not is_boilerplate(line)


def test_a_forwarders_pointer_at_the_text_below_is_still_clutter():
    assert is_boilerplate("FYI - see the second item, relevant for Monday's call.")
