"""A page names its outlet by its own labelled address, and a show by presenting itself."""

from chiptrail_normalise.source import extract_source

STORY = [
    "What is Nvidia's B30A, and will Trump let China have it?",
    "With the trade truce agreed last week, one issue was conspicuously absent: the sale of Nvidia's most advanced chips to China.",
    "Trump said the two leaders had not discussed Nvidia's Blackwell processors.",
]


def test_the_pages_own_address_under_a_permalink_label_names_its_outlet():
    lines = STORY + ["Related topics", "Nvidia", "Permalink https://p.dw.com/p/4wQz1"]
    assert extract_source(lines).value == "Deutsche Welle"


def test_a_link_the_story_shares_names_no_outlet():
    lines = STORY + ["Source: https://p.dw.com/p/4wQz1"]
    assert extract_source(lines).value != "Deutsche Welle"


def test_a_show_presenting_itself_as_a_production_is_its_own_source_not_a_writer():
    lines = STORY + [
        "Silicon Statecraft is an independent production. Music by Tallgrass Audio.",
        "© 2025 Silicon Statecraft",
    ]
    assert extract_source(lines).value == "Silicon Statecraft"
