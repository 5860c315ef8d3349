"""A law firm's contact block under its client alert is credits, whether each person has
one line ("Martin Szabo, Partner, Washington") or a line per field (the name, "Counsel",
"Washington, D.C."). The story's sentences about partners and counsel are kept."""

import pytest

from chiptrail_normalise.boilerplate import classify


@pytest.mark.parametrize(
    "line",
    [
        "Martina Szabo, Partner, Washington",
        "Catherine D. Imbert, Partner, Washington, D.C.",
        "Graham Sayer, Partner",
        "Counsel",
        "Senior Associate",
        "Washington, D.C.",
    ],
)
def test_a_law_firms_contact_lines_are_credits(line):
    assert classify(line) == "credits"


@pytest.mark.parametrize(
    "line",
    [
        "Nvidia, a partner of several Chinese cloud firms, declined to comment.",
        "The firm's general counsel said the licences were valid.",
        "Washington, D.C., has pushed allies to follow its rules.",
    ],
)
def test_a_storys_sentences_about_partners_and_counsel_are_kept(line):
    assert classify(line) is None
