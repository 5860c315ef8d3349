"""Above the headline a page sets its furniture: menus, names, dates, labels. A whole
sentence there is the story's, which the headline reader passed over when it took a line
inside the text for the headline (a call transcript's question, a forum answer's second
point); it stays in the body, judged only by the body's own clutter rules."""

from chiptrail_normalise.pipeline import normalise

TRANSCRIPT = [
    "Operator: Our next question comes from the line of Vivek Arya with Bank of America.",
    "Vivek Arya: Thanks. Jensen, on China, is there any update on the H20 licences?",
    "Jensen Huang: We have received licences for some customers and we are working through the rest of the applications now.",
]


def body_lines(lines: list[str]) -> list[str]:
    return [line.replace("\\", "") for line in normalise("\n".join(lines)).body.split("\n") if line]


def test_a_sentence_above_the_line_read_as_the_headline_stays_in_the_body():
    assert TRANSCRIPT[0] in body_lines(TRANSCRIPT)


def test_furniture_above_the_headline_still_goes():
    page = ["Home", "Markets", "Tech", "Beijing tells buyers to pause H20 orders", "By Jane Doe",
            "Regulators asked several large platforms to explain why they still buy the chip, two people said.",
            "The companies did not respond to requests for comment on Tuesday."]
    assert body_lines(page) == page[-2:]


def test_a_strapline_or_banner_above_the_menu_and_a_headline_of_the_page_is_no_story():
    """Only when the reader took a line inside the text for the headline is a sentence above
    it the story's; above the page's own headline, over its menu row, a sentence is the
    site's strapline or a banner."""
    story = ["Beijing tells buyers to pause H20 orders", "By Jane Doe",
             "Regulators asked several large platforms to explain why they still buy the chip, two people said.",
             "The companies did not respond to requests for comment on Tuesday."]
    for furniture in ("Independent reporting on the chip industry and the people who run it, since 2009.",
                      "Breaking: The Commerce Department has added 23 Chinese companies to the entity list, "
                      "effective immediately."):
        assert body_lines([furniture, "Home", "Markets", "Tech", *story]) == story[-2:], furniture
