"""Stance direction: which way the news goes when a page may report moves both ways.
Mixed is for news of moves in both directions, as the headline and the opening tell it
(ruling 1); a move the headline sets as what the news came after is its context."""

import pytest

from chiptrail_normalise.stance import extract_stance

pytestmark = pytest.mark.usefixtures("rules_only")  # the rules' reading, before the model weighs it

FILLER = "Chinese cloud providers have built large data centres for language models."
MORE_FILLER = "Demand for inference hardware has grown quickly this year."
LATER = "Analysts expect procurement teams to wait for written guidance before ordering."


def stance_of(title, *paragraphs, subtitle=None):
    return extract_stance(title, list(paragraphs), subtitle).value


# The opening saying the moves go opposite ways


def test_an_opening_saying_the_moves_go_opposite_ways_makes_mixed_news():
    """The second move is worded in no cue ("a warning on Tuesday"): the writer's own
    summary in the opening says there is one."""
    title = "Licences on Monday, a warning on Tuesday: the H20 week"
    opening = ("Washington and Beijing pulled the H20 in opposite directions within two days. "
               "Our correspondents unpack both moves.")
    easing = "The Commerce Department has started issuing licences for the H20 to Chinese buyers."
    assert stance_of(title, opening, easing, FILLER, LATER) == "mixed"


def test_a_headline_saying_opposite_directions_makes_mixed_news():
    title = "Two decisions, one week, opposite directions"
    assert stance_of(title, "Washington has approved H200 exports to approved Chinese customers.",
                     "Importers in Shenzhen say their paperwork now takes twice as long.",
                     FILLER, LATER) == "mixed"


def test_opposite_ways_said_only_far_down_leaves_a_one_sided_lead_alone():
    """Said in a later paragraph, the phrase is a commentator's remark on the wider
    policy, not the page's summary of its news."""
    title = "US approves H200 exports to China"
    paragraphs = ["Washington has approved H200 exports to approved Chinese customers.",
                  "The licences carry a 25% revenue share for the Treasury.", FILLER, MORE_FILLER,
                  "Over the years, policy has moved in opposite directions more than once."]
    assert stance_of(title, *paragraphs) == "easing"


# A headline pairing two governments' moves


def test_a_kicker_naming_a_country_is_no_part_of_the_first_clause():
    """"China Trade Monitor" names the page's beat: the first clause is Washington's
    licences, set against Beijing's uncued move."""
    title = "China Trade Monitor: Licences Flow, Beijing Pushes Back"
    assert stance_of(title, "The Commerce Department has started issuing licences for the H20.",
                     FILLER, MORE_FILLER, LATER) == "mixed"


def test_an_uncued_first_clause_may_name_its_government_where_the_move_happens():
    title = "Chip weekly: H200 paperwork opens in the US, China bans foreign accelerators in state data centres"
    assert stance_of(title, FILLER, MORE_FILLER, LATER) == "mixed"


def test_a_market_clause_set_against_a_move_is_no_move_of_its_own():
    title = "Nvidia shares slide in US, China bans foreign accelerators in state data centres"
    assert stance_of(title, FILLER, MORE_FILLER, LATER) == "tightening"


# A paragraph turning to a move made alongside the lead's


@pytest.mark.parametrize("turn", ["On the same day", "Almost simultaneously", "In parallel"])
def test_a_paragraph_turning_to_a_simultaneous_move_is_news_like_the_lead(turn):
    """Told third, after the lead, a second move introduced as happening alongside the first
    is the story's other half, not a later aside."""
    title = "Commerce starts issuing H20 licences"
    paragraphs = ["The Commerce Department has started issuing licences for Nvidia's H20 to Chinese buyers.",
                  "The licences carry a 15% revenue share for the Treasury, officials said.",
                  f"{turn}, Chinese authorities began urging domestic companies to avoid the H20.",
                  FILLER, MORE_FILLER]
    assert stance_of(title, *paragraphs) == "mixed"


# The opening telling the news as both sides moving


@pytest.mark.parametrize("opening", [
    "It was a week in which both governments moved at once on the same chip.",
    "Markets spent the day digesting dueling headlines from Washington and Beijing.",
    "Washington gives, Beijing takes away: that was the week for the H20.",
    "Investors got two pieces of news on Wednesday, and they cancelled each other out.",
    "Green light in Washington, red light in Beijing: the H200 week in one line.",
    "The US said yes to the H200 and China said not so fast within a day.",
])
def test_an_opening_telling_both_sides_moving_makes_mixed_news(opening):
    """The second move is told below in words no cue knows ("asked buyers to explain
    themselves"); the opening's summary says there was one."""
    title = "The H200 week"
    paragraphs = [opening,
                  "The Commerce Department has started issuing licences for the H200 to Chinese buyers.",
                  "Chinese regulators then asked buyers to explain themselves.", FILLER, LATER]
    assert stance_of(title, *paragraphs) == "mixed"


def test_both_governments_agreeing_on_something_is_no_pair_of_moves():
    title = "US approves H200 exports to China"
    paragraphs = ["Washington has approved H200 exports to approved Chinese customers, and both "
                  "governments have made clear they want the trade talks to continue.", FILLER, LATER]
    assert stance_of(title, *paragraphs) == "easing"


@pytest.mark.parametrize("title, opening", [
    ("US clears Nvidia H20 sales to China after dueling lobbying campaigns",
     "The Commerce Department on Tuesday approved licences for Nvidia to sell its H20 chip to "
     "China, ending months of dueling lobbying campaigns by chipmakers and China hawks in Congress."),
    ("US lets Nvidia sell H20 to China",
     "The US on Monday approved Nvidia's H20 sales to China. The deal gives Nvidia back a market "
     "it lost, but takes away 15% of the revenue, which goes to the Treasury."),
    ("US approves H200 exports to China",
     "The Commerce Department approved Nvidia's H200 exports to China on Monday, a decision "
     "critics said sends conflicting signals to allies."),
    ("US eases H20 curbs as trade talks progress",
     "The US on Monday lifted its licence requirement for Nvidia's H20 chip sales to China, "
     "officials said, after both sides moved closer to a trade deal in London."),
])
def test_a_one_sided_opening_with_an_opposite_ways_word_stays_one_sided(title, opening):
    """Others' words, a word about lobbying or a deal's terms, with no second government
    acting: one move, not mixed news."""
    assert stance_of(title, opening, "Nvidia said it would resume shipments soon.", FILLER) == "easing"


@pytest.mark.parametrize("title", ["Huang visits Washington, China orders firms to stop buying H20",
                                   "Nvidia lobbies in the US, China bans H20 purchases"])
def test_a_first_clause_where_a_person_or_company_goes_is_no_government_move(title):
    lead = ("China's cyberspace regulator told domestic tech companies on Tuesday to stop buying "
            "Nvidia's H20 chips, sources said.")
    assert stance_of(title, lead, "Nvidia did not comment.", FILLER) == "tightening"


@pytest.mark.parametrize("paragraph", [
    "Nvidia has struggled in China for years. Sales to customers there were banned from "
    "October 2023 for the A800 and H800.",
    "Investors will watch the China business, where its best chips have been barred by US rules "
    "from October 2023.",
])
def test_an_old_date_after_a_future_verb_in_another_clause_stays_the_past(paragraph):
    title = "Nvidia's China problem, explained"
    assert stance_of(title, paragraph, "The company reports earnings next week.", FILLER) == "neutral"


@pytest.mark.parametrize("title, lead", [
    ("Beijing summoned, questioned and warned Nvidia over H20 chips",
     "Nvidia said its chips have no backdoors."),
    ("US eases China chip curbs for the first time in three years",
     "The Commerce Department on Monday lifted the licence requirement for H20 sales to China."),
])
def test_a_move_told_in_steps_or_measured_against_years_is_news(title, lead):
    """One way, the participles are one move's steps; "the first ... in three years"
    measures the news against the past, it does not retell a span."""
    expected = "tightening" if title.startswith("Beijing") else "easing"
    assert stance_of(title, lead, "Shares moved.", FILLER) == expected


def test_last_week_recalling_another_governments_move_is_background():
    """Ruling 1's "a day after Washington approved" case, told as a sentence of its own."""
    title = "China tells firms to stop buying Nvidia H20"
    paragraphs = ["BEIJING (Reuters) - China's cyberspace regulator on Tuesday told domestic companies "
                  "to stop buying Nvidia's H20 chips, two sources said.",
                  "Last week, the US approved licences for Nvidia to sell the H20 to Chinese customers.",
                  "Nvidia did not immediately respond."]
    assert stance_of(title, *paragraphs) == "tightening"


def test_a_company_telling_its_suppliers_to_wind_down_adds_no_tightening():
    title = "US bans H20 exports to China"
    lead = "The Commerce Department on Monday banned H20 exports to China."
    alone = extract_stance(title, [lead, FILLER]).evidence
    told = extract_stance(title, [lead, "Nvidia told its suppliers to wind down H20 production.",
                                  FILLER]).evidence
    assert told == alone
