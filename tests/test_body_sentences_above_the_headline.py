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
