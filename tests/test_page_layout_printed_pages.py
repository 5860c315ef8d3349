"""A document pasted from a PDF (a letter, a filing, a law firm's client alert) carries the
number of each printed page, alone or closing a running footer ("Page 1 of 2", "Rowan &
Vale LLP | Client Alert | Page 1 of 2"), between the last line of one page and the first
of the next. The footer is clutter, but it ends nothing: the document goes on over the
next page, and its lines are the story's."""

import pytest

from chiptrail_normalise.page_layout import _numbers_a_printed_page
from chiptrail_normalise.pipeline import normalise

FIRST_PAGE = [
    "ROWAN & VALE LLP",
    "CLIENT ALERT",
    "March 3, 2026",
    "Commerce Narrows the Licence Exception for Advanced Chips",
    "",
    "On February 27, 2026, the Commerce Department narrowed the licence exception that let exporters ship certain advanced computing chips to China without a licence.",
    "Exporters that relied on the exception must now apply for licences before shipping.",
    "",
]
SECOND_PAGE = [  # hard-wrapped, as a PDF's lines are: no line of it is a paragraph alone
    "Who is affected",
    "Distributors that resold accelerator boards to Chinese cloud providers",
    "will need licences for each shipment, and the rule also reaches servers that",
    "contain the covered chips when shipped from third countries.",
    "",
]


def body_of(footer: str) -> str:
    return normalise("\n".join([*FIRST_PAGE, footer, "", *SECOND_PAGE])).body.replace("\\", "")


@pytest.mark.parametrize("footer", ["Page 1 of 2", "Rowan & Vale LLP | Client Alert | Page 1 of 2"])
def test_the_pages_after_a_printed_page_number_stay_in_the_body(footer):
    body = body_of(footer)
    assert all(line in body for line in SECOND_PAGE[:4])


@pytest.mark.parametrize("footer", ["Page 1 of 2", "Rowan & Vale LLP | Client Alert | Page 1 of 2"])
def test_the_printed_page_number_itself_is_left_out(footer):
    assert footer not in body_of(footer)


@pytest.mark.parametrize("line", ["Go to page 2", "Comments page 1", "Risk factors, page 22"])
def test_a_line_ending_on_a_bare_page_number_is_no_printed_pages_number(line):
    assert not _numbers_a_printed_page(line)


@pytest.mark.parametrize("line", ["Page 1 of 2", "Page 3/14", "Rowan & Vale LLP | Client Alert | Page 3"])
def test_a_printed_pages_number_is_read(line):
    assert _numbers_a_printed_page(line)
