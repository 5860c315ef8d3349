"""An analyst's note may close on its key figures, one labelled figure a line and no
bullets ("Revenue: $7.69B vs. $7.42B consensus"): a list of the story's, kept like one."""

from chiptrail_normalise.page_layout import layout_clutter

HEADLINE = "AMD Q2 recap: $800M MI308 charge already booked, China outlook unchanged"
STORY = [
    "AMD reported second-quarter revenue of $7.7 billion, ahead of consensus, as data center CPU sales grew.",
    "On the call, management said it had no MI308 shipments to China during the quarter and that licences are under review.",
    "We see nothing in the print that changes the China picture. The charge is a known item, and the guide excludes China.",
]
FIGURES = ["Revenue: $7.69B vs. $7.42B consensus", "Data center: $3.24B, up 14% y/y", "Q3 guide: $8.7B ± $300M, ex-China MI308"]


def test_labelled_figures_after_the_last_paragraph_go_on_with_the_story():
    lines = [HEADLINE, *STORY, *FIGURES, "Disclosure: The author holds no position in AMD. This is not investment advice."]
    assert not set(FIGURES) & {lines[index] for index in layout_clutter(lines, {0})}


def test_a_lone_contact_line_with_a_phone_number_is_no_figure():
    lines = [HEADLINE, *STORY, "Most read", "Phone: +1 408 555 0100", "Fax: +1 408 555 0101"]
    assert {"Phone: +1 408 555 0100", "Fax: +1 408 555 0101"} <= {lines[index] for index in layout_clutter(lines, {0})}
