"""A newsletter or blog heads each issue with its name and closes it on its readers: a
name as the page's first line ("Sinocism" over the issue's headline, "Stratechery by Ben
Thompson") names the publisher when the page's last lines speak to its subscribers
("Subscribe", "Share", "You're receiving this because you subscribed"). The writer after
"by" is no part of the name; a page whose foot does not speak to subscribers, or a
generic label over the headline, names none so."""

from source_pages import source_of

HEADLINE = "Inside Beijing's decision to hold H20 imports"
LEAD = "Chinese customs have been told to hold Nvidia's H20 at the border, and major buyers were summoned and told to wait."
MORE = "It is not simply a bargaining tactic ahead of trade talks, people familiar with the discussions say."


def test_a_name_heading_an_issue_that_closes_on_subscribe_is_the_newsletters():
    assert source_of(["Harbourism", HEADLINE, "Dana Whitfield", "Nov 3, 2025", LEAD, MORE, "Subscribe"]) == "Harbourism"


def test_the_writer_after_by_is_no_part_of_the_newsletters_name():
    page = ["Harbourism by Dana Whitfield", HEADLINE, "Nov 3, 2025", LEAD, MORE, "This Daily Update is for subscribers only."]
    assert source_of(page) == "Harbourism"


def test_a_first_line_over_a_page_that_does_not_speak_to_subscribers_names_no_newsletter():
    assert source_of(["Harbourism", HEADLINE, "Dana Whitfield", "Nov 3, 2025", LEAD, MORE]) != "Harbourism"
