"""Stance rubric and actor: rule-based, explained by the cue phrases that decided them."""

from chiptrail_normalise.stance import extract_actor, extract_stance

FILLER = "Chinese cloud providers have built large data centres for language models."


def stance_of(title, *paragraphs):
    return extract_stance(title, list(paragraphs)).value


def actor_of(title, *paragraphs):
    return extract_actor(title, list(paragraphs)).value


def test_resumed_sales_are_easing():
    assert stance_of("Nvidia restarts AI chip sales to China", FILLER) == "easing"


def test_licences_to_be_granted_are_easing():
    assert stance_of("Chip news", "Washington has assured Nvidia that the licences will be issued.",
                     FILLER) == "easing"


def test_imports_approved_are_easing():
    assert stance_of("China approves import of Nvidia H200 chips", FILLER) == "easing"


def test_a_rejection_is_tightening():
    assert stance_of("China Rejects Nvidia H200 AI Chips Amid Export Rule Changes", FILLER) == "tightening"


def test_discouraged_purchases_are_tightening():
    assert stance_of("China urges tech firms to avoid Nvidia H20 chips", FILLER) == "tightening"


def test_a_new_ban_is_tightening():
    assert stance_of("China bans foreign AI chips from state-funded data centres", FILLER) == "tightening"


def test_substantial_moves_both_ways_are_mixed():
    title = "US clears H200 exports while China ties purchases to domestic chip quotas"
    assert stance_of(title, FILLER) == "mixed"


def test_analysis_without_a_new_move_is_neutral():
    assert stance_of("How the H20 compares with Huawei's Ascend 910C", FILLER, FILLER) == "neutral"


def test_a_neutral_article_has_no_cues_and_no_actor():
    found = extract_stance("The H20 and the Ascend compared", [FILLER])
    assert (found.value, found.details) == ("neutral", {"cues": []})
    assert actor_of("The H20 and the Ascend compared", FILLER) is None


def test_a_question_headline_marks_analysis_and_weakens_its_cues():
    retold = "Beijing first welcomed it, then told its companies to avoid it."
    assert stance_of("Is the H20 worth fighting over?", FILLER, retold) == "neutral"
    assert stance_of("The H20 fight", FILLER, retold) == "tightening"


def test_a_negated_approval_reads_as_a_refusal():
    assert stance_of("Beijing did not approve H200 imports", FILLER) == "tightening"


def test_no_longer_restricted_is_easing():
    assert stance_of("H20 chips no longer restricted, Commerce says", FILLER) == "easing"


def test_has_not_halted_is_no_tightening_move():
    found = extract_stance("Chip news", ["The rules have not halted sales of older chips.", FILLER])
    assert found.value == "neutral"


def test_background_sentences_weigh_less_than_the_news():
    background = "Since President Joe Biden took office, the U.S. has imposed new restrictions."
    found = extract_stance("Nvidia restarts AI chip sales to China", [background, FILLER])
    assert found.value == "easing"


def test_a_despite_clause_is_background():
    title = "Beijing Moves to Limit Access to Nvidia H200 Despite US Approval"
    assert stance_of(title, FILLER) == "tightening"


def test_a_proposal_weighs_less_than_a_decision():
    proposal = extract_stance("Chip news", ["Officials would ban the H20 under one proposal.", FILLER])
    decision = extract_stance("Chip news", ["Officials banned the H20 on Monday.", FILLER])
    assert decision.value == "tightening"
    assert proposal.value == "neutral"


def test_the_headline_outweighs_a_later_paragraph():
    later = "Separately, Washington added a licence requirement for older parts."
    assert stance_of("Nvidia resumes H20 sales to China", FILLER, FILLER, later) == "easing"


def test_the_deciding_cue_phrases_are_quoted_from_the_text_strongest_first():
    found = extract_stance("China Rejects Nvidia H200 AI Chips",
                           [FILLER, "Beijing also discouraged purchases of the H20."])
    assert found.details["cues"] == ["Rejects", "discouraged"]


def test_at_most_five_cue_phrases_are_kept():
    cues = ["banned", "rejected", "blacklisted", "summoned", "discouraged", "refused"]
    found = extract_stance("Chip news", [f"Regulators {cue} the chip." for cue in cues])
    assert len(found.details["cues"]) == 5


def test_a_clear_margin_gives_more_confidence_than_a_close_call():
    clear = extract_stance("China bans Nvidia H20 purchases", [FILLER])
    close = extract_stance("China bans H20 as US approves H200", [FILLER])
    assert clear.confidence > close.confidence


def test_the_actor_is_the_government_that_moves():
    assert actor_of("China Rejects Nvidia H200 AI Chips", FILLER) == "china"
    assert actor_of("Chip news", "Washington has assured Nvidia that the licences will be issued.",
                    FILLER) == "us"


def test_a_sales_destination_is_not_an_actor():
    assert actor_of("Nvidia restarts AI chip sales to China", FILLER) == "company"


def test_a_government_decision_outranks_the_company_acting_on_it():
    lead = ("Nvidia will resume sales of the H20 after the U.S. government assured the company "
            "that the licences will be granted.")
    assert actor_of("Nvidia to resume H20 sales", lead, FILLER) == "us"


def test_both_governments_are_listed_when_both_move():
    title = "US clears H200 exports while China ties purchases to domestic chip quotas"
    assert sorted(actor_of(title, FILLER)) == ["china", "us"]


def test_odd_input_never_raises():
    huge = "resume " + "word " * 50_000 + "\x00\x1b" + "not " * 10_000
    assert extract_stance(huge, [huge, ""]).value in {"easing", "tightening", "mixed", "neutral"}
    extract_actor(huge, [huge])
