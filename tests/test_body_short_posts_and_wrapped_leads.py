"""The story's text survives on pages whose shape hides it: a post of a sentence or two set
between its poster's furniture and its buttons, and a hard-wrapped story (e-mail, terminal or
wire copy at ~80 columns) whose lines stop mid-sentence."""

from chiptrail_normalise.pipeline import normalise

POST = (
    "I have informed President Xi that the United States will allow Nvidia to ship its H200 products to "
    "approved customers in China, under conditions that allow for continued strong national security."
)
WRAPPED_STORY = [
    "WASHINGTON, Jan 13 (Reuters) - The Biden administration on Monday unveiled sweeping",
    "new rules on exports of artificial intelligence chips, capping how many processors",
    "can be shipped to most countries and keeping China off limits entirely.",
    "",
    "The rule also tightens controls on the export of the model weights of the most",
    "advanced closed AI models, and requires data-centre operators in capped countries",
    "to meet security standards before they can import chips in bulk.",
    "",
    "Nvidia said the rule was misguided and would derail innovation and economic",
    "growth worldwide. The company's China-specific H20 is not affected by the caps.",
]


def test_a_short_post_between_its_posters_furniture_and_its_buttons_is_the_articles_text():
    page = ["Truth Social", "Home   Search   Notifications   Chats", "Donald J. Trump", "@realDonaldTrump", POST,
            "Dec 08, 2025, 3:07 PM", "18.2k replies   31.4k ReTruths   112k Likes", "Reply", "Like", "#Nvidia"]
    result = normalise("\n".join(page))
    assert result.body.strip() == POST
    assert result.meta["title"].startswith("I have informed President Xi")


def test_every_line_of_a_hard_wrapped_story_without_headline_stays_in_the_body():
    body = normalise("\n".join(WRAPPED_STORY)).body
    for line in WRAPPED_STORY:
        assert line in body.splitlines()


def test_a_wrapped_line_that_the_next_line_continues_is_neither_headline_nor_dek():
    headline = "Nvidia to resume H20 AI chip sales to China, says US will grant licenses"
    story = [
        "July 15 (Reuters) - Nvidia will resume sales of its H20 graphics processing units",
        "to China after the U.S. government assured the company it would grant the",
        "required licenses, the chipmaker said on Tuesday, reversing an April export",
        "restriction.",
        "",
        "The company said it was filing applications with the U.S. Commerce Department",
        "to sell the chip again and that the government has assured Nvidia that",
        "licenses will be granted, and Nvidia hopes to start deliveries soon.",
    ]
    result = normalise("\n".join(["Tags: Nvidia, H20", "", headline, ""] + story))
    assert result.meta["title"] == headline
    assert result.meta.get("subtitle") is None
    assert [line for line in story if line] == [line for line in result.body.splitlines() if line]
