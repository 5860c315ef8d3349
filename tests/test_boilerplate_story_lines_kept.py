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
