"""A publication, a show or an institute presenting itself under its own name, how it is
made and how it is paid for, is the page's footer ("publisher_note"), however it reads;
a story's sentence about who makes a chip or publishes a rule is kept."""

import pytest

from chiptrail_normalise.boilerplate import classify


@pytest.mark.parametrize(
    "line",
    [
        "Silicon Straits is an independent production. Views are the hosts' own.",
        "Rest of World is a nonprofit newsroom. Support our journalism.",
        "Beltway Chips is an independent newsletter. We don't take money from chipmakers.",
        "Wafer Talk is listener-supported. Become a member for ad-free episodes.",
        "GadgetPage is supported by its audience.",
        "The Foundry Floor is written by Owen Takahashi-Reid in Taipei.",
        "Control Points is produced by Raj Venkataraman and Nell Duvall.",
        "Capitol Compute is published every weekday at 7 p.m. ET.",
        "Commentary is produced by the Center for Strategic Studies, a private, tax-exempt institution.",
    ],
)
def test_a_publication_presenting_itself_is_a_publisher_note(line):
    assert classify(line) == "publisher_note"


@pytest.mark.parametrize(
    "line",
    [
        "The Ascend 910C is produced by SMIC on its N+2 process.",
        "The rule is published in the Federal Register on Friday.",
        "Huawei's chips are produced by SMIC.",
        "Whether the customs instruction is written down.",
        "DeepSeek is an independent lab backed by the hedge fund High-Flyer.",
    ],
)
def test_a_storys_sentence_about_who_makes_or_publishes_something_is_kept(line):
    assert classify(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Disclosure statement",
        "Ana Ruiz does not work for, consult, own shares in or receive funding from any company or organisation that would benefit from this article.",
        "The author does not work for, consult, own shares in or receive funding from any company that would benefit from this article.",
        "University of Otago provides funding as a member of The Conversation NZ.",
    ],
)
def test_a_commentarys_conflict_of_interest_note_is_clutter(line):
    assert classify(line) == "publisher_note"


def test_a_storys_sentence_about_what_a_company_does_not_do_is_kept():
    assert classify("Nvidia does not sell the H20 in China, the company said on Wednesday.") is None


@pytest.mark.parametrize(
    "line",
    [
        "Published in The Daily Courier, October 18th, 2023.",
        "Published by Ledger, Israel business news - en.ledger.example - on August 9, 2025.",
        "Printed in The Harbour Times, 3 June 2025",
    ],
)
def test_the_print_edition_a_story_ran_in_is_clutter(line):
    assert classify(line) == "print_edition"


def test_a_sentence_about_a_rule_published_on_a_date_is_kept():
    assert classify("The rule was published in the Federal Register on January 15, 2025, and takes effect in May.") is None


@pytest.mark.parametrize(
    "line",
    [
        "Featuring highlights, analysis, and stories from the week directly from us to your inbox with nothing in between.",
        "Be the most informed person in the room! Stay ahead of the trends with industry updates delivered to you every week!",
    ],
)
def test_a_mailings_pitch_however_worded_is_a_newsletter_prompt(line):
    assert classify(line) == "newsletter"


def test_a_storys_sentence_about_e_mail_is_kept():
    assert classify("Investigators said the orders were placed by e-mail from a reseller in Singapore.") is None


@pytest.mark.parametrize(
    "line",
    [
        "Quotes displayed in real-time or delayed by at least 15 minutes. Market data provided by a vendor.",
        "(HK stocks quote is delayed for at least 15 mins.)",
        "Market data powered by Xignal and Polyline.io.",
    ],
)
def test_the_note_under_a_quote_box_is_clutter(line):
    assert classify(line) is not None


def test_a_storys_sentence_about_delayed_shipments_is_kept():
    assert classify("Shipments were delayed by at least 15 weeks, the company said, as licences stalled.") is None
