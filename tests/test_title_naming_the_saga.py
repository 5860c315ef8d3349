"""A headline of this archive names the saga; chrome found first does not."""

from chiptrail_normalise.relevance import names_the_saga
from chiptrail_normalise.title import extract_title

LEAD = (
    "On December 8, 2025, President Trump announced that the U.S. government would allow Nvidia "
    "to export its H200 graphics processing unit to approved customers in China, on the condition "
    "that 25% of revenues from such sales go to the United States."
)


def title_of(lines):
    return extract_title(lines)[0].value


def test_a_think_tanks_motto_over_its_headline_is_not_the_headline():
    lines = [
        "Congressional Research Service",
        "Informing the legislative debate since 1914",
        "INSIGHTi",
        "Nvidia H200 Exports to China: Policy Change and Issues for Congress",
        "December 12, 2025",
        "Karen M. Sutter, Specialist in Asian Trade and Finance",
        LEAD,
    ]
    assert title_of(lines) == "Nvidia H200 Exports to China: Policy Change and Issues for Congress"


def test_the_evidence_says_which_line_was_passed_over_for_naming_nothing():
    lines = ["Informing the legislative debate since 1914", "INSIGHTi",
             "Nvidia H200 Exports to China: Policy Change and Issues for Congress", "December 12, 2025", LEAD]
    assert extract_title(lines)[0].evidence.endswith("under line 1, which names nothing of the saga")


def test_a_players_skip_link_over_a_radio_stories_headline_is_not_the_headline():
    lines = [
        "Accessibility links",
        "Skip to main content",
        "Keyboard shortcuts for audio player",
        "NPR Shop",
        "Donate",
        "Morning Edition",
        "Trump lets Nvidia sell H200 chips to China. Beijing may not let them in",
        "December 10, 2025 5:04 AM ET",
        "Heard on Morning Edition",
        "John Ruwitch",
        "4-Minute Listen",
        LEAD,
    ]
    assert title_of(lines) == "Trump lets Nvidia sell H200 chips to China. Beijing may not let them in"


def test_a_headline_naming_nothing_of_the_saga_stays_when_no_line_below_could_replace_it():
    lines = ["Foreign Ministry Spokesperson's Regular Press Conference on May 16, 2025", "2025-05-16 15:30", LEAD]
    assert title_of(lines) == "Foreign Ministry Spokesperson's Regular Press Conference on May 16, 2025"


def test_a_label_or_a_list_item_naming_the_saga_does_not_replace_the_headline():
    lines = [
        "Episode 77: The 15 percent deal",
        "Tariffs & Transistors",
        "42 min",
        "• Received U.S. export licenses for H20-based server systems",
        LEAD,
    ]
    assert title_of(lines) == "Episode 77: The 15 percent deal"


def test_the_saga_is_named_by_a_chip_a_company_a_government_or_a_move():
    assert all(names_the_saga(text) for text in (
        "The H200 Decision", "Nvidia's China whiplash", "Washington pauses, Beijing shuts a door",
        "Licences out, blacklist in", "Malaysia Imposes Permit Requirement on Exports of US-Origin AI Chips",
    ))
    assert not any(names_the_saga(text) for text in (
        "Keyboard shortcuts for audio player", "Informing the legislative debate since 1914",
        "Support the show", "Swiss news in 10 languages", "Invest Better with The Motley Fool",
    ))
