"""Stance of a page that reports a rule being issued: a press release, a briefing or a
statement names the rule up top in words of no direction ("releases two rules that update
export controls") and lists what the rule does further down. Those measures are the
page's news, not a backdrop retold below the lead."""

import pytest

from chiptrail_normalise.stance import extract_stance

pytestmark = pytest.mark.usefixtures("rules_only")  # the rules' reading, before the model weighs it

LEAD = ("WASHINGTON — Today, the Department of Commerce's Bureau of Industry and Security "
        "released two rules that update export controls on advanced computing items.")
MEASURES = (
    "Key elements of the rules",
    "Requiring licences for exports to companies headquartered in China and Macau.",
    "Expanding licence requirements to more than 40 additional countries.",
    "Adding two Chinese chip designers and their subsidiaries to the Entity List.",
    "The department will take comments on the rules for 30 days.",
)


def stance_of(title, *paragraphs):
    return extract_stance(title, list(paragraphs)).value


@pytest.mark.parametrize("title, lead", [
    ("Commerce Strengthens Rules on Advanced Computing Semiconductors", LEAD),
    ("Statement on the Commerce Department's Advanced Computing Rule",
     "The Alliance today issued the following statement on the interim final rule released "
     "this morning by the Bureau of Industry and Security."),
    ("Background Press Call on Updated Export Controls on Advanced Computing Items",
     "MODERATOR: Thanks, everyone, for joining this morning. This call is on background."),
])
def test_the_measures_of_a_rule_the_lead_reports_issued_are_the_news(title, lead):
    assert stance_of(title, lead, "The rules take effect in 30 days.", *MEASURES) == "tightening"


def test_measures_told_below_a_lead_that_issues_no_rule_stay_a_backdrop():
    title = "Chipmaker posts record quarter as data centre revenue doubles"
    lead = "The company reported revenue of $12 billion, ahead of analysts' estimates."
    assert stance_of(title, lead, "Shares rose 4% after the close.", *MEASURES) == "neutral"


def test_a_rule_only_proposed_in_the_lead_issues_nothing():
    title = "Chipmaker posts record quarter as data centre revenue doubles"
    lead = "Investors are watching a proposed rule on advanced computing items."
    assert stance_of(title, lead, "Shares rose 4% after the close.", *MEASURES) == "neutral"
