"""A site signs its page at the foot: its own address on one of the last lines, alone or
with its furniture (a copyright mark, a strapline, footer links, the writer's byline),
names the publisher as a page address would; an address inside a sentence, or under a
label, is a link or a credit, not the site's signature."""

import pytest

from chiptrail_normalise.source import extract_source

HEADLINE = "Beijing tells data centres to drop Nvidia's H20 for local accelerators"
LEAD = "China's industry regulator has told state-funded data centres to replace Nvidia's H20 with domestic chips."
MORE = "Operators have until the end of the year to submit plans, two people familiar with the guidance said."
DATE = "October 3, 2025"


def source_of(lines, **kwargs):
    return extract_source(lines, **kwargs).value


@pytest.mark.parametrize(
    "foot",
    ["chipwatchasia.net", "— chipwatchasia.net", "(c) chipwatchasia.net", "© 2025 chipwatchasia.net",
     "chipwatchasia.net © 2025", "© 2025 chipwatchasia.net — All rights reserved",
     "chipwatchasia.net — independent notes on the chip trade", "chipwatchasia.net · About · Contact",
     "chipwatchasia.net | About | Contact | Privacy", "By Wen Liqun | chipwatchasia.net",
     "powered by WordPress | chipwatchasia.net"],
)
def test_the_sites_address_signing_its_page_names_the_publisher(foot):
    assert source_of([HEADLINE, DATE, "", LEAD, "", MORE, "", foot]) == "chipwatchasia.net"


def test_a_signature_one_line_above_the_last_counts_too():
    assert source_of([HEADLINE, DATE, LEAD, MORE, "© 2025 chipwatchasia.net", "Terms | Privacy"]) == "chipwatchasia.net"


def test_a_known_outlets_address_gives_its_name():
    assert source_of([HEADLINE, DATE, LEAD, MORE, "© 2025 theregister.com"]) == "The Register"


def test_a_name_the_same_line_spells_the_address_with_is_the_publisher():
    assert source_of([HEADLINE, DATE, LEAD, MORE, "© 2025 Chip Watch Asia — chipwatchasia.net"]) == "Chip Watch Asia"


@pytest.mark.parametrize(
    "foot",
    ["Read the full guidance on the regulator's site at miit-notices.cn.",
     "Related: chipwatchasia.net/h20-guidance",
     "Compare chipwatchasia.net and semiwire.asia for more on this"],
)
def test_an_address_in_a_sentence_a_label_or_a_link_does_not_sign_the_page(foot):
    assert source_of([HEADLINE, DATE, LEAD, MORE, foot]) != "chipwatchasia.net"


def test_an_address_far_above_the_foot_does_not_sign_the_page():
    lines = [HEADLINE, DATE, LEAD, "chipwatchasia.net", MORE, MORE, MORE, MORE]
    assert source_of(lines) is None


def test_a_masthead_over_the_story_comes_before_the_signed_foot():
    lines = ["Asia Business Daily", "Home | Markets | Tech | Opinion", HEADLINE, DATE, LEAD, MORE, "abdaily-mirror.net"]
    assert source_of(lines) == "Asia Business Daily"
