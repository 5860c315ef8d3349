"""Whose name is the publisher on unseen pages: a writer who holds a newsletter's
copyright never is; an outlet is named as it is commonly known."""

from chiptrail_normalise import outlets
from source_pages import source_of

LEAD = (
    "Two things happened in the past ten days that, taken together, tell you where the next "
    "fight over Nvidia's B30A is going to be."
)
MORE = "Washington has not decided whether the Blackwell chip can be sold to Chinese buyers."
LAST = "Huawei's Ascend roadmap is real, and Chinese buyers are being pushed towards domestic chips."


def newsletter_page(writer):
    return [
        "Tensor & Tariff", "Subscribe", "Sign in", "The B30A question",
        "Nvidia has a Blackwell chip for China in the works. Washington hasn't decided whether it can be sold. "
        "Here's how to think about it.",
        writer, "Aug 20, 2025", "31", "Share", LEAD, MORE, LAST,
        f"© 2025 {writer}", "Privacy ∙ Terms ∙ Collection notice",
    ]


def test_a_copyright_holder_signing_over_the_date_is_the_writer_and_the_newsletters_logo_the_publisher():
    assert source_of(newsletter_page("Oren Halevi")) == "Tensor & Tariff"


def test_a_writers_name_with_letters_beyond_ascii_is_still_a_persons_name():
    assert source_of(newsletter_page("Mikkel Sørensen")) == "Tensor & Tariff"


def test_a_medium_story_pasted_without_its_address_is_sourced_to_medium_by_its_footer():
    page = ["Sign up", "Sign in", "Write", "Why Johor became the front line of the AI chip war",
            "Nadia Rahman", "Follow", "7 min read", "·", "2 days ago", LEAD, MORE, LAST,
            "Help", "Status", "About", "Careers", "Press", "Blog", "Privacy", "Terms", "Text to speech"]
    assert source_of(page) == "Medium"


def test_a_hard_wrapped_wire_story_is_credited_to_the_agency_of_its_dateline():
    page = [
        "WASHINGTON/BEIJING, Jan 14 (Reuters) - The U.S. Commerce",
        "Department on Tuesday formally eased the rules governing exports of",
        "Nvidia's H200 artificial intelligence chip to China, but hours later",
        "Chinese customs officials were told the processor would not be",
        "allowed into the country, according to sources.",
        "",
        "(Reporting by Alan Merritt; Editing by Ros Denholm)",
    ]
    assert source_of(page) == "Reuters"


def forwarded(sender):
    return [
        "Sharing for Monday's compliance sync -- this changes our screening workflow.", "",
        "Begin forwarded message:", "", f"From: {sender}", "Date: November 10, 2025 at 7:02:44 PM EST",
        "To: g.harrow@veltrix-semi.com", "Subject: Commerce hits pause on the 50% rule", "",
        "Commerce hits pause on the 50% rule", "", LEAD, "", MORE, "", LAST,
    ]


def test_the_sender_of_a_forwarded_newsletter_is_its_publisher():
    assert source_of(forwarded("Capitol Compute <newsletter@capitolcompute.com>")) == "Capitol Compute"
    assert source_of(forwarded("Lowell Center for Technology and Security <updates@lowellcts.org>")) == (
        "Lowell Center for Technology and Security")


def test_a_person_forwarding_a_story_is_no_publisher():
    assert source_of(forwarded("Daniel Reyes <daniel.reyes@halbrook-advisors.com>")) is None


def test_an_institutions_name_over_a_menu_of_its_own_words_and_the_usual_buttons_names_the_site():
    page = ["Brookings", "Topics", "Regions", "Research & Commentary", "Experts", "Events", "About Us", "Donate",
            "Search", "A license to sell, a summons to explain: making sense of this month's moves on the H20",
            "Nadia Kessler and Peter Huang", "August 14, 2025", LEAD, MORE, LAST,
            "Brookings is a nonprofit organization devoted to independent research and policy solutions."]
    assert source_of(page) == "Brookings"


def test_an_outlets_print_replica_edition_names_the_outlet():
    assert outlets.known_name("China Daily PDF") == "China Daily"
    assert outlets.known_name("Hindustan Times ePaper") == "Hindustan Times"


def test_the_name_the_address_spells_keeps_its_article_as_the_page_prints_it():
    """A domain leaves off the name's article (keystonecourier.com for "The Keystone
    Courier"): the page's own name for itself is the publisher, article and all."""
    lines = ["https://keystonecourier.com/business/2025/10/chip-rules", "The Keystone Courier", "News", "Opinion",
             "Business", "Sports", "Chip rules are a moving target", "By Jane Doe", LEAD, MORE, LAST,
             "© 2025 The Keystone Courier"]
    assert source_of(lines) == "The Keystone Courier"


def test_a_name_heading_the_page_over_the_date_and_the_headline_is_the_sites_logo_not_a_byline():
    # A byline stands under the headline it signs; over the date and the headline, the
    # page's first line is its logo.
    page = ["Harbour Economic Net", "Feb 14 2026", "China chip imports jump as H200 sales open, customs adds checks",
            LEAD, MORE, LAST]
    assert source_of(page) == "Harbour Economic Net"


def test_a_writers_name_over_the_date_under_the_headline_is_still_a_byline():
    page = ["China chip imports jump as H200 sales open, customs adds checks", "Oren Halevi", "Feb 14 2026",
            LEAD, MORE, LAST, "© 2026 Oren Halevi"]
    assert source_of(page) is None
