"""A republished copy says which site carries it: "Reuters via theprint.in" over the story,
"By Reuters Staff via marketscreener.com" as its byline, "Republished on ChinaBizToday.net
with permission" or "republished from Business Wire on techstocksnow.com" under or over
it. The wire or distributor it credits is where the story comes from; the site that
carries the copy is its publisher. A picture credited "via" a photo agency names no site."""

from chiptrail_normalise.pipeline import normalise
from source_pages import source_of

STORY = (
    "BEIJING, Nov 3 (Reuters) - China's regulators have told several large technology companies "
    "to pause new orders of Nvidia's H20 chips, two people familiar with the matter said."
)
MORE = "The instruction followed a summons of Nvidia's local managers earlier this year."


def test_a_wire_story_carried_via_a_site_is_the_sites():
    page = ["China tells tech firms to pause Nvidia H20 orders", "Nov 3, 2025", "Reuters via harbourdaily.net", "", STORY, MORE]
    assert source_of(page) == "harbourdaily.net"


def test_a_wire_story_carried_via_a_named_site_is_the_sites():
    page = ["Reuters via Harbour Valley Times", "China tells tech firms to pause Nvidia H20 orders", "Nov 3, 2025", "", STORY, MORE]
    assert source_of(page) == "Harbour Valley Times"


def test_a_byline_crediting_the_wires_staff_via_a_site_is_the_sites():
    page = ["China tells tech firms to pause Nvidia H20 orders", "By Reuters Staff via quotesdesk.com", "Nov 3, 2025", "", STORY, MORE]
    assert source_of(page) == "quotesdesk.com"


def test_a_copy_republished_on_a_site_with_permission_is_the_sites():
    page = [STORY, MORE, "Reporting by Ella Cao; Editing by Kim Coghill", "Republished on AsiaBizToday.net with permission"]
    assert source_of(page) == "AsiaBizToday.net"


def test_a_release_republished_from_its_distributor_on_a_site_is_the_sites():
    page = ["republished from Business Wire on chipstocksnow.com",
            "SANTA CLARA, Calif.--(BUSINESS WIRE)--Nov. 3, 2025-- Vanta Compute Systems today announced it received the first licence for its servers.",
            MORE]
    assert source_of(page) == "chipstocksnow.com"


def test_a_picture_credited_via_a_photo_agency_names_no_site():
    page = ["Harbour Ledger", "China tells tech firms to pause Nvidia H20 orders", "AFP via Getty Images", "", STORY, MORE,
            "© 2025 Harbour Ledger"]
    assert source_of(page) == "Harbour Ledger"


def test_the_credit_naming_the_carrier_over_the_story_is_no_body_text():
    page = ["China tells tech firms to pause Nvidia H20 orders", "Nov 3, 2025", "Reuters via harbourdaily.net", "", STORY, MORE]
    assert "harbourdaily.net" not in normalise("\n".join(page)).body
