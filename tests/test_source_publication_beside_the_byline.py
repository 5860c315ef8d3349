"""A byline's stamp names the writer, the date and the site they write for, set apart by
a bar, a dot or a dash ("By Hana Lee | Korea Tech Daily", "By Reed Vance · Gridline Tech",
"by Hiro Tanabe · Oct 1, 2025 · Chiplet Times"), over the story or signing it under: that
site is the publisher when the page names none more strongly. A date, a reading time, a
place or a role in the stamp names no publication."""

from chiptrail_normalise import source
from source_pages import source_of

HEADLINE = "US starts issuing Nvidia H20 licences as first shipments are booked"
LEAD = (
    "The Commerce Department has begun issuing licences for Nvidia's H20, according to two "
    "people familiar with the matter, and first shipments are booked for next month."
)
MORE = "Nvidia declined to comment on the timing of shipments to its Chinese customers."


def test_the_publication_beside_the_writer_is_the_publisher():
    assert source_of([HEADLINE, "By Dana Whit | Harbour Chip Review", "Nov 3, 2025", LEAD, MORE]) == "Harbour Chip Review"


def test_the_publication_after_the_date_in_the_stamp_is_the_publisher():
    assert source_of([HEADLINE, "by Dana Whit · Nov 3, 2025 · Wafer Notes", LEAD, MORE]) == "Wafer Notes"


def test_a_byline_signing_the_story_names_its_publication_too():
    assert source_of([HEADLINE, "Nov 3, 2025", LEAD, MORE, "By Dana Whit · Harbour Chip Review"]) == "Harbour Chip Review"


def test_a_writers_role_or_place_in_the_stamp_is_no_publication():
    assert source_of([HEADLINE, "By Dana Whit | Senior Reporter | Nov 3, 2025", LEAD, MORE]) is None
    assert source_of([HEADLINE, "By Dana Whit — Singapore", "Nov 3, 2025", LEAD, MORE]) is None


def test_a_masthead_beside_the_date_in_a_stamp_is_the_publisher():
    assert source_of([HEADLINE, "Nov 3, 2025 · Harbour Markets Today", LEAD, MORE]) == "Harbour Markets Today"


def test_a_masthead_beside_the_writer_in_a_stamp_is_the_publisher():
    assert source_of([HEADLINE, "Nov 3, 2025", "Dana Whitfield | Harbour Business Wire", LEAD, MORE]) == "Harbour Business Wire"


def test_a_sections_generic_label_in_a_stamp_is_no_publication():
    assert source_of([HEADLINE, "Daily Brief — Asia Tech", LEAD, MORE]) is None


def test_a_masthead_beside_its_issues_label_is_the_publisher():
    assert source_of(["Harbour Policy Daily — Thursday digest", HEADLINE, LEAD, MORE]) == "Harbour Policy Daily"
    assert source_of(["Client Alert | Harbour & Vance LLP", HEADLINE, LEAD, MORE]) == "Harbour & Vance LLP"


def test_a_wire_credited_in_a_stamp_names_no_masthead():
    assert source._masthead_in_a_stamp("Reuters | Nov 3, 2025") == []
    assert source._masthead_in_a_stamp("Harbour Markets Today | Nov 3, 2025") == ["Harbour Markets Today"]
