"""Stance rubric and actor: rule-based, explained by the cue phrases that decided them."""

import pytest

from chiptrail_normalise.stance import extract_actor, extract_stance

pytestmark = pytest.mark.usefixtures("rules_only")  # the rules' reading, before the model weighs it

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
    retold = "Beijing has told its companies to avoid it."
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


@pytest.mark.parametrize(
    "title, stance",
    [("US will let Nvidia develop the H100 in China", "easing"),
     ("Commerce authorises A100 exports through Hong Kong", "easing"),
     ("H20 licences granted as Washington relents", "easing"),
     ("Nvidia's H200 cleared for export to China", "easing"),
     ("US waives licence requirement for Korean fabs in China", "easing"),
     ("Beijing permits imports of the H200 for commercial data centres", "easing"),
     ("US to deny licences for Nvidia's B30A", "tightening"),
     ("China excludes Nvidia from government procurement", "tightening"),
     ("New list shuts foreign chips out of state purchases", "tightening"),
     ("Malaysia prohibits transfers of US AI chips without a permit", "tightening"),
     ("Customs seize smuggled Nvidia servers in Shenzhen", "tightening"),
     ("China launches anti-dumping probe into US analog chips", "tightening"),
     ("US grants Nvidia licence to ship H200 to China", "easing"),
     ("US issues licence requirement for H20 exports", "tightening"),
     ("Nvidia's H20 back on sale in China", "easing"),
     ("Samsung exempted from US chip rules for its China plant", "easing"),
     ("US closes loophole on cloud access to AI chips", "tightening"),
     ("Beijing tells firms to justify H20 orders", "tightening"),
     ("Broker sentenced for shipping Nvidia GPUs to China", "tightening"),
     ("Nvidia denies backdoors as Beijing bars state buyers from H20", "tightening")],
)
def test_common_wordings_of_a_move_are_recognised(title, stance):
    assert stance_of(title, FILLER) == stance


@pytest.mark.parametrize(
    "lead",
    ["Nvidia has not received approval to sell the B30A in China.",
     "Nothing has been approved, and the company gave no timeline.",
     "The company is still waiting for US export licences to resume H20 shipments.",
     "Commerce has yet to grant the licences Nvidia applied for."],
)
def test_a_decision_still_pending_is_no_move_either_way(lead):
    assert stance_of("Nvidia updates investors on China", lead, FILLER) == "neutral"


def test_a_refusal_still_reads_as_tightening_when_a_decision_was_made():
    assert stance_of("Washington declines to approve Nvidia's B30A", FILLER) == "tightening"


def test_a_participle_naming_a_kind_of_product_is_a_state_not_a_move():
    state = "Smuggling networks moved banned chips into China, lawyers said."
    move = "Beijing banned foreign chips from state-funded data centres on Monday."
    listed = "Huawei joined a list of approved suppliers for government purchases."
    assert stance_of("Chip news", state, FILLER) == "neutral"
    assert stance_of("Chip news", listed, FILLER) == "neutral"
    assert stance_of("Chip news", move, FILLER) == "tightening"


def test_a_permission_modal_inside_the_cue_is_no_hedge():
    permitted = extract_stance("Chip news", ["Trump said Nvidia may sell the H200 to China.", FILLER])
    hedged = extract_stance("Chip news", ["Nvidia might sell the H200 to China.", FILLER])
    assert permitted.value == "easing"
    assert hedged.value == "neutral"


def test_a_reported_commitment_is_not_a_hedge():
    lead = "Huang said the U.S. government had assured the company it would grant licences."
    assert stance_of("Nvidia's Huang says H20 licences are coming", lead, FILLER) == "easing"


def test_a_doubly_hedged_move_is_neutral():
    title = "Nvidia's China sales could resume if licences are granted, CFO says"
    assert stance_of(title, FILLER) == "neutral"


def test_a_text_saying_the_moves_go_opposite_ways_is_mixed_with_a_weaker_second_move():
    lead = "Washington began granting H20 licences this week."
    other = "Beijing moved the other way: regulators told some buyers to avoid the chip."
    assert stance_of("Chip news", lead, FILLER, other) == "mixed"
    assert stance_of("Chip news", lead, FILLER, other.replace("moved the other way", "acted")) == "easing"


def test_many_faint_background_mentions_do_not_make_a_move():
    retold = ["The statement follows a summons by China's internet regulator.",
              "China's regulator summoned Nvidia last week, and state media have since urged buyers to avoid the chip."]
    assert stance_of("Nvidia says its chips have no backdoors after Beijing summons", *retold) == "neutral"


def test_an_after_clause_is_background_only_when_nothing_moved_before_it():
    reaction = "Nvidia says its chips are safe after Beijing bans their use in data centres"
    assert stance_of(reaction, FILLER) == "neutral"
    assert stance_of(reaction.replace(" after ", " as "), FILLER) == "tightening"
    both = "Nvidia resumes sales after Beijing lifts its ban"
    assert stance_of(both, FILLER) == "easing"


@pytest.mark.parametrize(
    "title",
    ["What the B30A tells us about Nvidia's China strategy",
     "Senators propose bill to ban AI chip exports to China",
     "Commerce weighs easing curbs on the H200",
     "Former officials call for tighter chip controls"],
)
def test_analysis_proposal_and_deliberation_headlines_report_no_move(title):
    assert stance_of(title, FILLER) == "neutral"


@pytest.mark.parametrize(
    "sentence",
    ["The H20 has been cleared for export since the summer, but regulators told firms to avoid it.",
     "Nvidia stopped selling the H20 in April when the administration imposed a licence requirement.",
     "Beijing has since discouraged companies from buying the chip.",
     "Nvidia still cannot sell its most powerful chips to Chinese customers."],
)
def test_timed_and_ongoing_background_weighs_less_than_news(sentence):
    assert stance_of("Nvidia reports record revenue", FILLER, sentence) == "neutral"


def test_a_move_only_expected_is_no_move():
    lead = "Chinese firms are stockpiling the H20 as they brace for possible new US restrictions."
    assert stance_of("Chinese firms rush to buy H20 chips", lead, FILLER) == "neutral"


def test_a_move_the_story_reacts_to_is_background():
    lead = "China has noted the US decision to allow exports of Nvidia's H200, a spokesperson said."
    assert stance_of("China comments on H200 decision", lead, FILLER) == "neutral"


@pytest.mark.parametrize(
    "title",
    ["Nvidia denies report it halted H20 production",
     "Nvidia rejects claims that Beijing banned the H20"],
)
def test_a_move_the_text_denies_is_no_move(title):
    assert stance_of(title, FILLER) == "neutral"


def test_a_hedge_in_a_relative_clause_after_the_cue_does_not_hedge_it():
    title = "Singapore charges three in fraud case over servers that may contain Nvidia chips"
    assert stance_of(title, FILLER) == "tightening"
    assert stance_of("Singapore may bring charges in fraud case over Nvidia servers", FILLER) == "neutral"


def test_a_ban_as_a_verb_is_a_move_and_as_a_noun_only_a_hint():
    assert stance_of("US to ban Nvidia chip sales to China", FILLER) == "tightening"
    assert stance_of("Nvidia CEO says US chip ban a failure", FILLER) == "neutral"
    assert stance_of("Trump could ban the H20", FILLER) == "neutral"


@pytest.mark.parametrize(
    "title",
    ["Nvidia's H200 cleared by US, paused by China",
     "Nvidia licences granted as Malaysia tightens chip export rules",
     "AI diffusion rule rescinded while new guidance restricts use of Huawei chips",
     "China tells tech firms to hold off on Nvidia's H200 even as Trump clears exports",
     "Nvidia gets nod to sell H20, but China urges firms to shun it"],
)
def test_a_headline_stating_a_move_each_way_is_mixed(title):
    assert stance_of(title, FILLER) == "mixed"


def test_a_lead_stating_a_move_each_way_is_mixed():
    lead = ("Washington on Monday granted Nvidia licences to sell H20 chips in China, while Beijing "
            "ordered its largest tech companies to stop buying them.")
    assert stance_of("Nvidia to resume H20 sales in China", lead, FILLER) == "mixed"


def test_a_move_one_way_with_the_opposite_only_as_background_is_not_mixed():
    lead = ("The Commerce Department has begun issuing licences for the H20, days after "
            "Beijing discouraged purchases of the chip.")
    assert stance_of("US grants licences for Nvidia H20 chips", lead, FILLER) == "easing"


def test_moves_each_way_stated_only_further_down_need_the_weight_to_be_mixed():
    later = "Separately, regulators in Beijing told buyers to avoid the chip."
    assert stance_of("Nvidia resumes H20 sales to China", FILLER, FILLER, FILLER, later) == "easing"


def test_a_paragraph_asking_a_question_reports_no_move():
    question = ("Reporter: The US has announced that it will allow Nvidia to export H200 chips to "
                "China. Will China allow its companies to buy them?")
    answer = "Spokesperson: We have noted the reports. Companies decide according to market principles."
    assert stance_of("Regular Press Conference of the Ministry of Commerce", question, answer) == "neutral"


def test_lead_weights_go_to_the_first_paragraphs_of_prose():
    lead = "Under the deal, the Commerce Department began issuing licences for the H20 on Monday."
    assert stance_of("Nvidia, AMD agree to share China revenue", "NVDA", "-0.84%", lead) == "easing"


def test_the_purpose_of_earlier_measures_is_background():
    lead = ("Nvidia has restarted H20 sales to China. The decision comes after a period of "
            "export controls, aimed at limiting Chinese access to advanced chips.")
    assert stance_of("Nvidia restarts AI chip sales to China", lead, FILLER) == "easing"
    news = "Commerce issued guidance aimed at restricting China's access to AI chips."
    assert stance_of("Chip news", news, FILLER) == "tightening"


@pytest.mark.parametrize(
    "title",
    ["China to allow limited H200 purchases for approved uses",
     "Beijing eases a de facto freeze on H200 imports",
     "Nvidia and AMD to pay US 15% of China revenue in exchange for export licences"],
)
def test_a_limit_on_what_is_allowed_is_still_easing(title):
    assert stance_of(title, FILLER) == "easing"


@pytest.mark.parametrize(
    "title",
    ["Chinese firms told to shun Nvidia's H20",
     "US warns companies worldwide against using Huawei Ascend chips",
     "Malaysia says AI chip exports now need a permit",
     "China tells companies not to buy Nvidia's H200",
     "Commerce warns the world off Huawei's Ascend chips"],
)
def test_more_wordings_of_a_tightening_move_are_recognised(title):
    assert stance_of(title, FILLER) == "tightening"


def test_an_actor_glued_to_chinese_text_is_still_the_actor():
    assert actor_of("Beijing禁止 bans Nvidia H20 purchases", FILLER) == "china"
    assert actor_of("中国China禁止H20 bans Nvidia H20 purchases", FILLER) == "china"


def test_a_texts_sentence_spans_are_split_once_and_kept():
    """The weighing of cues and the reading of the opening split the same texts: the spans
    are kept, and they are those of the sentences."""
    from chiptrail_normalise.stance import _sentence_spans
    text = "Washington approves H200 exports. Beijing tells firms to wait."
    spans = _sentence_spans(text)
    assert [text[start:end] for start, end in spans] == ["Washington approves H200 exports.",
                                                         "Beijing tells firms to wait."]
    assert _sentence_spans(text) is spans


@pytest.mark.parametrize("text", ["", "   ", "one", " two  words ", "a\tb\nc d", "word " * 30, "\u3000x\u3000y "])
@pytest.mark.parametrize("most", [1, 2, 6, 12])
def test_words_are_counted_up_to_a_bound_as_the_full_count_caps_there(text, most):
    """Whether a paragraph is prose asks only whether it has so many words: counting no
    further gives the full count wherever that is below the bound, and the bound otherwise."""
    from chiptrail_normalise.text import words_up_to
    assert words_up_to(text, most) == min(len(text.split()), most)


def test_cue_matches_are_grouped_by_the_sentence_they_start_in():
    """One walk over a text's sentences and its cue matches gives each sentence holding a
    cue its matches, as a scan of every match per sentence would."""
    from chiptrail_normalise.stance import CUE, _cued_sentences, _sentence_spans
    text = "Background on chips. Washington approves H200 exports and lifts curbs. Beijing bans them."
    matches = list(CUE.finditer(text))
    grouped = [(text[start:end], [m.group(0) for m in inside]) for start, end, inside in _cued_sentences(text, matches)]
    plain = [(text[start:end], [m.group(0) for m in matches if start <= m.start() < end])
             for start, end in _sentence_spans(text)]
    assert grouped == [(sentence, found) for sentence, found in plain if found]
    assert [sentence for sentence, _ in grouped] == ["Washington approves H200 exports and lifts curbs.",
                                                     "Beijing bans them."]


def test_the_leading_actor_is_looked_for_only_when_the_opening_sets_moves_against_each_other(monkeypatch):
    """Who leads the clearer move matters only when the opening says, in its own voice, that
    moves go opposite ways and neither the headline nor cues each way settle it: an opening
    saying nothing of the kind never looks for it."""
    from chiptrail_normalise import stance
    asked = []
    monkeypatch.setattr(stance, "_leading_actor", lambda hits, direction: asked.append(direction))
    totals = {"easing": 3.0, "tightening": 0.0}
    plain = ("Chip news", "", "Washington approved H200 exports on Monday.")
    assert not stance._opening_says_opposite_ways(plain, plain, totals, (), "easing")
    assert asked == []
    contrasted = ("Chip news", "", "Washington approved H200 exports, and the capitals now point in opposite directions.")
    assert stance._opening_says_opposite_ways(contrasted, contrasted, totals, (), "easing")
    assert asked == ["easing"]
