"""A blog or small site credits its posts to itself: "Posted by Name" names the publisher
when the name is a publication's; a person, a handle or a desk posting is a byline."""

import pytest

from chiptrail_normalise.source import extract_source, find_outlet_posting

HEADLINE = "Commerce grants first H20 licences as Beijing questions the chip's security"
LEAD = "The Commerce Department has begun issuing licences for Nvidia's H20 to Chinese buyers, two people said."
MORE = "China's cyberspace regulator summoned Nvidia the same week over what it called tracking risks."


def source_of(lines, **kwargs):
    return extract_source(lines, **kwargs).value


@pytest.mark.parametrize(
    ("posted", "outlet"),
    [("Posted by Lakeshore Tech Wire", "Lakeshore Tech Wire"), ("— Posted by The Silicon Ledger", "The Silicon Ledger"),
     ("Posted on August 2, 2025 by Fab Policy Monitor", "Fab Policy Monitor"),
     ("Posted in Markets by ChipPulse Lagos", "ChipPulse Lagos"),
     ("Posted by Harbour Chip News · 3 min read", "Harbour Chip News")],
)
def test_an_outlet_posting_the_page_is_its_publisher(posted, outlet):
    assert source_of([HEADLINE, "August 2, 2025", LEAD, MORE, posted]) == outlet
    assert source_of([posted, HEADLINE, LEAD, MORE]) == outlet


@pytest.mark.parametrize(
    "posted",
    ["Posted by Mara Quinn", "Posted by Wire Desk", "Posted by Harbour Staff",
     "Posted by newsdesk", "Posted by Mara Quinn on Tuesday August 12, 2025 @05:40PM from the chips dept."],
)
def test_a_person_a_handle_or_a_desk_posting_names_no_publisher(posted):
    assert source_of([HEADLINE, "August 2, 2025", LEAD, MORE, posted]) is None


@pytest.mark.parametrize(
    ("posted", "outlet"),
    [("Posted 2 days ago by Delta Chip Review", "Delta Chip Review"),
     ("Posted Sept. 3, 2025 by fabwatch.example.org", "fabwatch.example.org"),
     ("Posted by gpuledger.io on September 3, 2025", "gpuledger.io"),
     ("Posted September 3, 2025 on news.waferline.example", "news.waferline.example"),
     ("Posted by the editors at chipcorridor.example", "chipcorridor.example")],
)
def test_a_site_posting_the_page_by_its_address_or_after_a_time_is_its_publisher(posted, outlet):
    """Whatever stands between "Posted" and "by" (a date, "3 days ago") does not change who
    posted; and a web address posting the page is the site itself, never a person."""
    assert source_of([HEADLINE, "September 3, 2025", LEAD, MORE, posted]) == outlet


def test_a_person_posting_after_a_time_names_no_publisher():
    assert source_of([HEADLINE, "September 3, 2025", LEAD, MORE, "Posted 2 days ago by Mara Quinn"]) is None


def test_a_dotted_handle_posting_the_page_is_a_person_not_a_site():
    assert find_outlet_posting(["Posted by mike.chen on May 14, 2025 | 3 comments"]) is None
