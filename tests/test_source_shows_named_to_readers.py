"""A newsletter or podcast that shows no masthead still names itself to its readers, in
its own furniture: "You're reading …", "You are receiving this because you subscribed to
…", "… is written by …", or its name and strapline on one line ("… — a newsletter about
…"). Such a line names the page's source when nothing else on the page does; an outlet
that names itself elsewhere keeps its newsletters, and a rubric "produced by" an
institution is no show."""

import pytest

from source_pages import source_of

HEADLINE = "Commerce clears first H200 licences; Beijing asks buyers to justify orders"
TEXT = [
    "A busy week, with both capitals moving on the same chip.",
    "Commerce issued the first H200 licences to Nvidia for three Chinese buyers, with a 25% share of revenue going to the government.",
    "Two days later Beijing told the same buyers to explain why domestic accelerators would not do.",
]


@pytest.mark.parametrize(
    "furniture, show",
    [
        ("You're reading The Silicon Ledger. Forward it to a friend.", "The Silicon Ledger"),
        ("You are receiving this because you subscribed to Fab Week in Asia.", "Fab Week in Asia"),
        ("Wafer Notes is written by J. Marlow. Reply to this email to reach me.", "Wafer Notes"),
        ("You're receiving Tensor Tidings because you subscribed. Forward this to a friend.", "Tensor Tidings"),
        ("You are receiving this because you're a paid subscriber to Fab Line Weekly.", "Fab Line Weekly"),
        ("-- Lattice Post is reader-supported. Reply to this email to reach us.", "Lattice Post"),
        ("Korea Wafer Watch is a reader-supported publication.", "Korea Wafer Watch"),
        ("Thanks for reading Die Shot Digest! Subscribe for free.", "Die Shot Digest"),
    ],
)
def test_a_newsletter_naming_itself_to_its_readers_in_its_foot_is_the_source(furniture, show):
    assert source_of([HEADLINE, "Jan 30, 2026", *TEXT, furniture, "Unsubscribe · Manage preferences"]) == show


def test_a_show_set_with_its_strapline_on_one_line_is_the_source():
    assert source_of(["Gate & Fab — a newsletter about chips and the people who make them", "Jan 30, 2026", HEADLINE, *TEXT]) == "Gate & Fab"


def test_an_outlets_newsletter_is_the_outlets():
    page = ["Straits Ledger", "News  Business  Tech  Opinion", HEADLINE, "Jan 30, 2026", *TEXT,
            "You are receiving this email because you signed up for Asia Tech Brief.", "© 2026 Straits Ledger"]
    assert source_of(page) == "Straits Ledger"


def test_a_rubric_produced_by_an_institution_is_no_show():
    page = [HEADLINE, "Jan 30, 2026", *TEXT, "Commentary is produced by the Halden Center for Trade Studies, a private institution."]
    assert source_of(page) != "Commentary"


def test_a_headline_about_a_podcast_interview_names_no_show():
    lines = ["Huang on China — a podcast interview with Nvidia's chief", "By Dana Ruiz", *TEXT]
    assert source_of(lines) is None
