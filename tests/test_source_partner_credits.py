"""An outlet a story credits as its partner is cited, not the publisher: an outlet named
after "with" in a byline ("By Jake Chung / Staff writer, with CNA"), or a wire agency after
the headline's dash ("… - Reuters") under another outlet's logo. The logo names the page."""

from source_pages import source_of

HEADLINE = "Prosecutors charge firms over Nvidia server exports to China"
TEXT = [
    "Prosecutors yesterday indicted two companies and five people for allegedly exporting servers fitted with Nvidia H100 chips to China.",
    "The firms are accused of falsely declaring the servers as bound for a data centre in Thailand, prosecutors said.",
    "It is the first such case since the island added Huawei and SMIC to its export control list in June.",
]


def test_an_outlet_credited_after_with_in_a_staff_writers_byline_is_no_publisher():
    page = ["Harbour Daily Ledger", "Fri, Nov 28, 2025 page3", HEADLINE, "By Mei Tan / Staff writer, with CNA", *TEXT]
    assert source_of(page) == "Harbour Daily Ledger"


def test_a_wire_after_the_headlines_dash_under_another_outlets_logo_is_no_publisher():
    page = ["TASS", "Business & Economy", f"{HEADLINE} - Reuters", "NOV 5, 19:34", *TEXT]
    assert source_of(page) == "TASS"
