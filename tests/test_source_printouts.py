"""A printed page names the site its copy came from in the printout's footer; that site
is the publisher when the page names none above the story."""

import pytest

from chiptrail_normalise.source import extract_source

HEADLINE = "Guide to the new chip rules"
LEAD = "The Commerce Department replaced the bandwidth test with a performance-density threshold for data-centre chips."
MORE = "Anyone exporting covered items to China needs a licence, and some items are controlled at once."


def source_of(lines, **kwargs):
    return extract_source(lines, **kwargs).value


@pytest.mark.parametrize(
    "footer", ["Printed from chipwire.example on 22/11/2025", "Retrieved from https://chipwire.example/guide/rules on 3 May 2025"],
)
def test_the_site_a_printout_says_it_came_from_is_the_publisher(footer):
    assert source_of([HEADLINE, "Printable version", "", LEAD, MORE, "", footer]) == "chipwire.example"


def test_a_sentence_citing_where_a_figure_was_retrieved_names_no_publisher():
    line = "The data were retrieved from chipwire.example on 3 May 2025, the agency said in its notice to exporters."
    assert source_of([HEADLINE, "Printable version", "", LEAD, MORE, line]) is None


@pytest.mark.parametrize(
    "head, periodical",
    [
        ("Export Gazette / Vol. 12, No. 48 / Friday, May 2, 2025 / Rules", "Export Gazette"),
        ("   SILICON POLICY REVIEW  |  WEEKLY BRIEF          Vol. 4 No. 37", "Silicon Policy Review"),
        ("Chip Law Quarterly | Volume 3, Issue 2 | Spring 2025", "Chip Law Quarterly"),
    ],
)
def test_a_periodicals_name_opening_its_running_head_is_the_publisher(head, periodical):
    assert extract_source([head, "", HEADLINE, "", LEAD, MORE]).value == periodical


def test_a_date_opening_a_running_head_names_no_publisher():
    assert extract_source(["Thursday, July 31, 2025  |  Vol. 9, No. 142", "", HEADLINE, "", LEAD, MORE]).value is None
