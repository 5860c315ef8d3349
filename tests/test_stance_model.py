"""The stance model: a linear model over the rules' reading and the words of the headline
and lead decides the stance; the rules alone decide when no model is installed. The model
is data (vocab/stance_model.json) written by `invoke train-stance` from the dev corpus."""

import dataclasses
import json
import math
import os
import pickle
import struct
from pathlib import Path

import pytest
import yaml

from chiptrail_normalise import ingest, stance, stance_model, stance_training
from chiptrail_normalise.compiled_patterns import CompiledPatterns
from chiptrail_normalise.fields import StanceModelError
from chiptrail_normalise.stance import extract_actor, extract_stance, read_by_rules
from stance_plain_pages import BACKGROUND_PARAGRAPHS, PAGES, REVIEW_PAGES

CORPUS = Path(__file__).parent / "corpus"
LEAD = "Analysts said the decision would shape orders for the rest of the year."


def toy_model(**weights):
    """Four stances, no priors, and the given feature weights (in classes' order)."""
    classes = ("easing", "mixed", "neutral", "tightening")
    return stance_model.StanceModel(classes, (0.0, 0.0, 0.0, 0.0), weights, {})


@pytest.fixture
def installed(monkeypatch):
    """Install a model in place of the shipped one for one test."""
    def install(model):
        monkeypatch.setattr(stance_model, "load_model", lambda: model)
        stance._decide_stance.cache_clear()
    yield install
    stance._decide_stance.cache_clear()


# Reading a model


def test_probabilities_are_a_softmax_of_each_stances_weighted_sum():
    model = toy_model(**{"T:approves": (2.0, 0.0, 0.0, -1.0)})
    found = {"T:approves": 1.0, "T:unknown": 1.0}
    probabilities = model.probabilities(found)
    total = math.exp(2) + 2 + math.exp(-1)
    assert probabilities["easing"] == pytest.approx(math.exp(2) / total)
    assert probabilities["tightening"] == pytest.approx(math.exp(-1) / total)
    assert sum(probabilities.values()) == pytest.approx(1.0)


def test_the_explanation_names_the_features_that_pushed_towards_the_decision():
    model = toy_model(**{"T:approves": (2.0, 0.0, 0.0, 0.0), "L:blocked": (0.0, 0.0, 0.0, 3.0),
                         "rule=easing": (1.0, 0.0, 0.0, 0.0)})
    found = {"T:approves": 1.0, "L:blocked": 1.0, "rule=easing": 1.0}
    assert model.explain(found, "easing") == ['"approves"', "the rules' reading easing"]


def test_the_explanation_names_no_figures_or_model_names_and_each_word_once():
    model = toy_model(**{"T:h20": (4.0, 0.0, 0.0, 0.0), "T:lifts": (2.0, 0.0, 0.0, 0.0),
                         "L:lifts": (1.0, 0.0, 0.0, 0.0)})
    found = {"T:h20": 1.0, "T:lifts": 1.0, "L:lifts": 1.0}
    assert model.explain(found, "easing") == ['"lifts"']


def test_rows_found_once_are_kept_and_found_there_by_later_pages_with_the_same_weights():
    """``weigh`` keeps each row it finds in the model's rows in use: a later page's feature
    is found there without a lookup among all the weights, as a copy of equal weights (a
    zero's sign too); a feature the model lacks is looked up each time, and kept nowhere."""

    class Counted(dict):
        lookups = 0

        def get(self, name, default=None):
            Counted.lookups += 1
            return super().get(name, default)

    rows = {"T:approves": (2.0, -0.0, 0.0, 0.5), "L:blocked": (0.0, 0.25, 0.0, 3.0)}
    model = dataclasses.replace(toy_model(), weights=Counted(rows))
    first = model.weigh({"T:approves": 1.0, "T:unknown": 1.0})
    later = model.weigh({"L:blocked": 0.5, "T:approves": 1.0, "T:unknown": 1.0})
    assert Counted.lookups == 2 + 2  # the second page looks up only "L:blocked" and "T:unknown"
    assert [(name, value) for name, value, _ in later] == [("L:blocked", 0.5), ("T:approves", 1.0)]
    assert later[1][2] is first[0][2] and first[0][2] == rows["T:approves"]
    assert [math.copysign(1.0, weight) for weight in first[0][2]] == [1.0, -1.0, 1.0, 1.0]
    assert set(model._rows_in_use) == {"T:approves", "L:blocked"}
    assert model.decide(later) == model.decide({"L:blocked": 0.5, "T:approves": 1.0})

def test_the_features_weighed_once_decide_and_explain_as_the_features_themselves():
    """``weigh`` looks a page's features up once; ``decide`` and ``explain`` then read the
    rows it found, and give what they give for the features themselves."""

    class Counted(dict):
        lookups = 0

        def get(self, name, default=None):
            Counted.lookups += 1
            return super().get(name, default)

    rows = {"T:approves": (2.0, 0.0, 0.0, 0.5), "L:blocked": (0.0, 0.25, 0.0, 3.0), "rule=easing": (1.0, 0.0, 0.0, 0.0)}
    model = dataclasses.replace(toy_model(), weights=Counted(rows))
    found = {"T:approves": 1.0, "T:unknown": 1.0, "L:blocked": 0.5, "rule=easing": 1.0}
    weighed = model.weigh(found)
    assert [name for name, _, _ in weighed] == ["T:approves", "L:blocked", "rule=easing"]
    assert Counted.lookups == 4
    assert model.decide(weighed) == toy_model(**rows).decide(found)
    assert model.explain(weighed, "easing") == toy_model(**rows).explain(found, "easing")
    assert Counted.lookups == 4


def test_a_model_written_and_read_back_gives_the_same_probabilities():
    model = toy_model(**{"T:approves": (0.5, -0.25, 0.0, 0.125)})
    again = stance_model.parse(model.to_json())
    found = {"T:approves": 1.0}
    assert again.probabilities(found) == model.probabilities(found)


def write_model(folder, text):
    (folder / "stance_model.json").write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize("text", ["{not json", json.dumps({**json.loads(toy_model().to_json()),
                                                          "features_version": 0})])
def test_a_model_file_that_cannot_be_used_is_refused_naming_the_file_and_what_to_do(tmp_path, monkeypatch, text):
    monkeypatch.setenv("CHIPTRAIL_VOCAB_DIR", str(write_model(tmp_path, text)))
    with pytest.raises(StanceModelError, match=rf"{tmp_path}.*invoke train-stance"):
        stance_model.load_model()


def test_ingest_stops_with_the_reason_when_the_model_cannot_be_used(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("CHIPTRAIL_VOCAB_DIR", str(write_model(tmp_path, "{not json")))
    raw, out = tmp_path / "raw", tmp_path / "articles"
    raw.mkdir()
    (raw / "a.txt").write_text(f"US approves H200 exports\n\n{LEAD}\n", encoding="utf-8")
    assert ingest.main(["--raw", str(raw), "--out", str(out)]) == 1
    assert "stance model" in capsys.readouterr().err
    assert not list(out.glob("*.md"))


def test_a_model_in_the_users_vocabulary_folder_replaces_ours(tmp_path, monkeypatch):
    (tmp_path / "stance_model.json").write_text(toy_model().to_json(), encoding="utf-8")
    monkeypatch.setenv("CHIPTRAIL_VOCAB_DIR", str(tmp_path))
    assert stance_model.model_path() == tmp_path / "stance_model.json"
    monkeypatch.setenv("CHIPTRAIL_VOCAB_DIR", str(tmp_path / "elsewhere"))
    assert stance_model.model_path() == stance_model.PACKAGE_VOCAB / "stance_model.json"


@pytest.fixture
def kept_model(tmp_path, monkeypatch):
    """Load ``model`` as an ingest would, with a build cache: the first call keeps a copy,
    later ones read it; returns the model and the texts parsed meanwhile."""
    vocab_dir = tmp_path / "vocab"
    vocab_dir.mkdir()
    monkeypatch.setenv("CHIPTRAIL_VOCAB_DIR", str(vocab_dir))
    store = CompiledPatterns(tmp_path / "cache" / "regexes.pickle")
    parsed, parse = [], stance_model.parse
    monkeypatch.setattr(stance_model, "parse", lambda text: parsed.append(text) or parse(text))

    def load(model):
        write_model(vocab_dir, model.to_json())
        stance_model._load.cache_clear()
        with store.in_use():
            return stance_model.load_model(), parsed

    yield load
    stance_model._load.cache_clear()


def test_ingest_keeps_the_parsed_model_and_reads_the_copy_only_for_the_file_it_was_made_from(
        kept_model, tmp_path):
    """The build cache keeps the parsed model (parsing its JSON is a noticeable part of a
    one-page ingest); a model file replaced since is parsed again, never served stale."""
    kept = tmp_path / "cache" / stance_model.KEPT_NAME
    first = toy_model(**{"T:approves": (0.5, -0.25, 0.0, 0.125), "L:bans": (-0.5, 0.0, 0.0, 1.5)})
    second = toy_model(**{"T:approves": (-0.5, 0.25, 0.0, 0.125)})
    found = {"T:approves": 1.0, "L:bans": 1.0, "T:unknown": 1.0}

    def loaded(model):
        return kept_model(model)[0]

    made, parsed = kept_model(first)  # ``parsed`` lists every text parsed from here on
    assert made == first and kept.is_file() and len(parsed) == 1
    again = loaded(first)
    assert len(parsed) == 1 and again == first
    assert again.probabilities(found) == first.probabilities(found)
    assert again.explain(found, "tightening") == first.explain(found, "tightening")
    assert loaded(second) == second and len(parsed) == 2  # the file changed: parsed, kept anew
    assert loaded(second) == second and len(parsed) == 2
    kept.write_bytes(b"damaged")
    assert loaded(second) == second and len(parsed) == 3


def many_weights(count):
    """``count`` features with distinct rows, enough to fill most buckets of a kept copy."""
    return {f"T:word{index}": (index / 8, -index / 16, 0.0, 1.0) for index in range(count)}


def test_the_kept_copy_is_read_a_bucket_at_a_time_and_answers_as_the_parsed_model(kept_model):
    model = toy_model(**many_weights(200))
    kept_model(model)
    again, parsed = kept_model(model)
    weights = again.weights
    assert len(parsed) == 1 and isinstance(weights, stance_model.KeptWeights)
    assert weights.get("T:word7") == (7 / 8, -7 / 16, 0.0, 1.0) and weights._left == len(weights._ends) - 1
    assert weights.get("T:unknown") is None and weights.get("T:unknown", 0) == 0 and weights.get(7) is None
    assert weights.get("A:before every name") is None and weights.get("Z:after every name") is None
    assert "T:word9" in weights and "T:other" not in weights and weights["T:word8"] == model.weights["T:word8"]
    with pytest.raises(KeyError):
        weights["T:other"]
    found = {"T:word3": 1.0, "T:word150": 0.5, "T:unknown": 1.0}
    assert again.probabilities(found) == model.probabilities(found)
    assert again.explain(found, "easing") == model.explain(found, "easing")
    assert weights._left > len(weights._ends) - 10  # only the buckets asked for were read
    assert again == model and len(weights) == 200 and dict(weights) == model.weights
    assert pickle.loads(pickle.dumps(again)) == model


def test_once_half_the_buckets_are_read_the_rest_are_and_lookups_are_a_dicts(kept_model):
    model = toy_model(**many_weights(40_000))
    kept_model(model)
    again, _ = kept_model(model)
    weights = again.weights
    for name, row in model.weights.items():
        assert weights.get(name) == row
        if weights._left == 0:
            break
    assert weights._left == 0 and weights.get == weights._rows.get and weights._rows == model.weights
    assert weights.get("T:unknown") is None


@pytest.mark.parametrize("damage", ["bucket", "head", "cut short", "old format"])
def test_a_damaged_kept_copy_is_never_used_the_model_is_parsed_and_kept_anew(kept_model, tmp_path, damage):
    model = dataclasses.replace(toy_model(**many_weights(200)), intercepts=(0.3, 0.6, 0.7, -1.6))
    kept_model(model)
    kept = tmp_path / "cache" / stance_model.KEPT_NAME
    data = bytearray(kept.read_bytes())

    def changed(value, into):  # a float as pickle writes it, changed: the copy still unpickles
        pickled = b"G" + struct.pack(">d", value)
        assert data.count(pickled) == 1
        at = data.index(pickled)
        data[at:at + 9] = b"G" + struct.pack(">d", into)

    if damage == "bucket":
        changed(100 / 8, 99.0)
    elif damage == "head":
        changed(0.7, 0.9)
    elif damage == "cut short":
        del data[-3:]
    else:
        data = pickle.dumps([None, model])
    kept.write_bytes(bytes(data))
    again, parsed = kept_model(model)
    assert again.intercepts == model.intercepts
    assert [again.weights.get(name) for name in model.weights] == list(model.weights.values())
    assert len(parsed) == 2 and again == model
    assert kept.read_bytes() != bytes(data)  # kept anew
    assert kept_model(model)[0] == model and len(parsed) == 2



def test_the_model_file_is_read_only_when_its_status_is_not_the_one_the_copy_names(tmp_path, monkeypatch):
    """A kept copy names the model file's digest and, once the file has settled, its status
    (size, times, inode): a later run finds the file as it was and does not read it; a
    file whose status changed is read and hashed, and the copy names its new status."""
    vocab_dir = tmp_path / "vocab"
    vocab_dir.mkdir()
    monkeypatch.setenv("CHIPTRAIL_VOCAB_DIR", str(vocab_dir))
    store = CompiledPatterns(tmp_path / "cache" / "regexes.pickle")
    kept = tmp_path / "cache" / stance_model.KEPT_NAME
    reads, parsed = [], []
    monkeypatch.setattr(stance_model.ModelFile, "data",
                        property(lambda self: reads.append(self.path) or self.path.read_bytes()))
    parse = stance_model.parse
    monkeypatch.setattr(stance_model, "parse", lambda text: parsed.append(text) or parse(text))
    model, other = toy_model(**many_weights(50)), toy_model(**many_weights(60))

    def load():
        reads.clear()
        stance_model._load.cache_clear()
        with store.in_use():
            loaded = stance_model.load_model()
        return loaded, len(reads), len(parsed)

    try:
        write_model(vocab_dir, model.to_json())
        assert load() == (model, 2, 1)  # just written: parsed, kept under its digest alone
        assert load() == (model, 1, 1)  # not settled yet: read and hashed
        monkeypatch.setattr(stance_model.file_stamps, "SETTLED_NS", 0)
        before = kept.stat().st_ino
        assert load() == (model, 1, 1) and kept.stat().st_ino != before  # settled: kept naming its status
        assert load() == (model, 0, 1) and load() == (model, 0, 1)  # not read
        os.utime(vocab_dir / "stance_model.json")  # the same bytes, another status: read, kept anew
        assert load() == (model, 1, 1) and load() == (model, 0, 1)
        write_model(vocab_dir, other.to_json())
        assert load() == (other, 2, 2) and load() == (other, 0, 2)
    finally:
        stance_model._load.cache_clear()


# What the model weighs


def test_the_features_are_the_rules_reading_and_the_headlines_and_leads_words():
    title = "US approves H200 exports"
    lead = "The Commerce Department approved H200 exports to China on Monday, officials said."
    rules = stance.rules_reading(title, [lead])
    found = stance_model.features(title, "", [lead], rules)
    assert found["rule=easing"] > 0
    assert found["cues:easing"] > found["cues:tightening"]
    assert {"T:approves", "T:h200_exports", "L:commerce", "L:approved_h200"} <= set(found)


def test_common_words_are_no_features_but_pairs_with_them_are():
    title = "Commerce did not approve the H20 licences"
    found = stance_model.features(title, "", [], stance.rules_reading(title, []))
    assert "T:the" not in found and "T:did" in found and "T:the_h20" in found


@pytest.mark.parametrize("text", ["", "one two", "  a b  c ", "word " * 8, "word " * 9, "word " * 40])
def test_a_line_has_enough_words_for_the_lead_as_its_full_count_says(text):
    least = stance_model.PROSE_MIN_WORDS
    assert (stance_model.words_up_to(text, least) >= least) == (
        len(text.split()) >= stance_model.PROSE_MIN_WORDS)


def test_short_lines_are_no_part_of_the_lead():
    rules = stance.rules_reading("Headline", ["Share this story", LEAD])
    found = stance_model.features("Headline", "", ["Share this story", LEAD], rules)
    assert "L:share" not in found and "L:analysts" in found


# Deciding


def test_the_model_decides_with_the_confidence_its_probability_has_earned(installed):
    """The probability is not the confidence: the confidence is how often the model was
    right at that probability on pages by writers it had not seen."""
    installed(toy_model(**{"T:weighs": (0.0, 0.0, 3.0, 0.0)}))
    decided = extract_stance("Beijing weighs H200 purchases", [LEAD])
    probability = math.exp(3) / (math.exp(3) + 3)
    assert decided.value == "neutral"
    assert decided.confidence == stance_model.confidence(probability, agrees=True) < probability


@pytest.mark.parametrize("probability, agrees, confidence", [
    (0.99, True, 0.98), (0.99, False, 0.96), (0.95, True, 0.90), (0.8, False, 0.76), (0.4, True, 0.57)])
def test_confidence_follows_the_measured_table(probability, agrees, confidence):
    assert stance_model.confidence(probability, agrees) == confidence


def test_a_move_the_rules_are_sure_the_headline_states_stands_against_an_unsure_model(installed):
    title = "US approves H200 exports to China"
    lead = "The Commerce Department approved H200 exports to Chinese customers on Monday."
    assert read_by_rules(title, [lead]).value == "easing"
    installed(toy_model(**{"T:approves": (0.0, 0.0, 2.5, 0.0)}))  # neutral, probability .80
    kept = extract_stance(title, [lead])
    assert kept.value == "easing"
    assert kept.confidence == 0.27  # such readings were right on 27 % of left-out pages
    assert "stands against the stance model's neutral" in kept.evidence
    installed(toy_model(**{"T:approves": (0.0, 0.0, 4.5, 0.0)}))  # neutral, probability .97: above the margin
    assert extract_stance(title, [lead]).value == "neutral"


STATED_EASING = ("US approves H200 exports to China",
                 "The Commerce Department approved H200 exports to Chinese customers on Monday.")
RULES_SAW_TIGHTENING = "Analysts said China could still restrict purchases."


def _surely(probability: float) -> float:
    """The weight on the headline's "approves" that gives one stance of the toy model this
    probability against the three others at nothing."""
    return math.log(3 * probability / (1 - probability))


@pytest.mark.parametrize("reads, second, margin", [
    ("neutral", None, "no_move"),
    ("mixed", None, "second_move"),
    ("mixed", RULES_SAW_TIGHTENING, "second_move_the_rules_saw"),
    ("tightening", None, "opposite_move")])
def test_the_model_overrules_a_stated_move_only_past_the_margin_for_what_it_reads(installed, reads, second, margin):
    title, lead = STATED_EASING
    page = [lead, *([second] if second else [])]
    assert read_by_rules(title, page).value == "easing"
    at = stance.MODEL_SETTINGS["overrules_a_stated_move_at"][margin]
    column = ("easing", "mixed", "neutral", "tightening").index(reads)
    for probability, expected in ((at - 0.01, "easing"), (at + 0.01, reads)):
        weights = [0.0] * 4
        weights[column] = _surely(probability)
        installed(toy_model(**{"T:approves": tuple(weights)}))
        assert extract_stance(title, page).value == expected, (margin, probability)


def test_the_margins_mean_what_they_are_named_for():
    """A reading of no move must be near certain to overrule; the opposite move needs a
    margin too (plain pages recalling an earlier move or negating one flipped at p .34-.74);
    a second move less when the rules also scored a cue that way."""
    margins = stance.MODEL_SETTINGS["overrules_a_stated_move_at"]
    assert margins["no_move"] > margins["second_move"] > margins["second_move_the_rules_saw"]
    assert margins["opposite_move"] >= 0.8


def test_an_opposite_move_overruling_the_rules_shows_no_more_confidence_than_was_measured(installed):
    """Opposite readings past the margin were right on every left-out page that had one (the
    corpus README); the disagreeing table shows less than that at the margin."""
    title, lead = STATED_EASING
    probability = stance.MODEL_SETTINGS["overrules_a_stated_move_at"]["opposite_move"] + 0.01
    installed(toy_model(**{"T:approves": (0.0, 0.0, 0.0, _surely(probability))}))
    read = extract_stance(title, [lead])
    assert read.value == "tightening"
    assert read.confidence == stance_model.confidence(probability, agrees=False) <= 0.86


def test_a_page_the_model_reads_as_neutral_shows_no_cue_of_a_move(installed):
    title, lead = "Commerce did not approve Nvidia's H20 licences", LEAD
    installed(toy_model(**{"T:approve": (0.0, 0.0, 9.0, 0.0)}))
    decided = extract_stance(title, [lead])
    assert decided.value == "neutral" and decided.details["cues"] == []


def test_the_evidence_says_what_pushed_the_model_and_what_the_rules_read(installed):
    installed(toy_model(**{"T:weighs": (0.0, 0.0, 3.0, 0.0)}))
    decided = extract_stance("Beijing weighs H200 purchases", [LEAD])
    assert 'weighing "weighs"' in decided.evidence
    assert f"the rules read {decided.details['rules']}" in decided.evidence


def test_the_actor_is_read_for_the_direction_the_model_decides(installed):
    title = "US approves H200 exports to China"
    lead = "The Commerce Department approved H200 exports to Chinese customers on Monday."
    installed(toy_model(**{"T:approves": (5.0, 0.0, 0.0, 0.0)}))
    assert extract_actor(title, [lead]).value == "us"
    installed(toy_model(**{"T:approves": (0.0, 0.0, 5.0, 0.0)}))
    assert extract_actor(title, [lead]).value is None


def test_without_a_model_the_rules_decide_and_the_evidence_says_so(installed):
    installed(None)
    title = "US approves H200 exports to China"
    decided, rules = extract_stance(title, [LEAD]), read_by_rules(title, [LEAD])
    assert (decided.value, decided.confidence) == (rules.value, rules.confidence)
    assert decided.evidence == f"the rules alone (no stance model installed): {rules.evidence}"


# The shipped model


@pytest.mark.parametrize("title, lead, expected", [
    ("Washington lifts H20 licence requirement",
     "The Commerce Department said H20 sales to China no longer require a licence.", "easing"),
    ("Beijing tells firms to stop buying Nvidia H20 chips",
     "China's regulators told ByteDance, Alibaba and Tencent to halt purchases of Nvidia's H20 chips.",
     "tightening"),
    ("US approves H200 exports; China customs blocks shipments",
     "Washington approved H200 sales to China this week, while Chinese customs held shipments.", "mixed"),
    ("Nvidia earnings beat estimates on data centre demand",
     "Nvidia reported quarterly revenue of $46 billion, ahead of forecasts.", "neutral"),
])
def test_the_shipped_model_reads_plain_news_of_each_kind(title, lead, expected):
    assert extract_stance(title, [lead, LEAD]).value == expected


SECOND_PARAGRAPHS = {
    "none": None,
    "market": "Shares of Nvidia fell 2% in after-hours trading, while the Philadelphia "
              "semiconductor index was flat on the day.",
    "context": "The move comes after years of tension between the two countries over technology, "
               "trade and the security of supply chains in Asia.",
    "quote": '"We will continue to comply with all applicable laws and regulations in every market '
             'where we operate," a spokesperson said in a statement.',
}


def test_plain_pages_are_read_about_as_well_as_the_rules_read_them():
    """240 readings of 60 plain pages with four kinds of second paragraph: when measured
    (round 21), the shipped decision got 11 wrong and the rules alone 12; neither may get worse.

    (11 when the model was trained on 7,847 cases. Retrained on 10,567 it reads pages of
    unseen writers better — round 18's left out .846 → .860 — but lets a quoted company
    statement of compliance pull a plainly stated move to neutral: 8 of the 15. Raising the
    margin at which the model overrules a stated move to .97 gives 11 again and costs
    .008 and .005 on two rounds of pages left out of training, so the margin stays .9.)
    (Round 21, retrained on 14,125 with round 20: at C 3 22 wrong; at C 1 13 with the .9
    margin, 15 with .85, which reads rounds 19/18/17 left out better than .9 does; the model
    shipped, retrained after round 21's title and body changes, 11 with .85.)
    (Round 22, retrained on 18,850 with round 21's split: 16 at .85 and .9, 13 at .95, which
    also reads all 13 negated moves right; the margin went to .95 and the guard to 13.)
    (Round 23, retrained on 25,136 with round 22's split: 11 at one .95 margin, 12 with the
    opposite move overruling at any probability and mixed at .85; 11 with the margins as
    they are, the figures in the corpus README.)"""
    wrong = {"model": 0, "rules": 0}
    for second in SECOND_PARAGRAPHS.values():
        for expected, title, paragraphs in PAGES:
            page = [paragraphs[0], *([second] if second else [])]
            wrong["model"] += extract_stance(title, page).value != expected
            wrong["rules"] += read_by_rules(title, page).value != expected
    assert wrong["model"] <= 11 and wrong["rules"] <= 12, wrong


def test_background_recalling_a_move_does_not_flip_plain_pages():
    """The 60 plain pages with a second paragraph recalling an earlier move or the other
    direction's words (120 readings): when measured (round 23), 8 wrong, the rules alone 6;
    with the opposite move overruling at any probability and mixed at .85, 10."""
    wrong = {"model": 0, "rules": 0}
    for second in BACKGROUND_PARAGRAPHS.values():
        for expected, title, paragraphs in PAGES:
            page = [paragraphs[0], second]
            wrong["model"] += extract_stance(title, page).value != expected
            wrong["rules"] += read_by_rules(title, page).value != expected
    assert wrong["model"] <= 8 and wrong["rules"] <= 6, wrong


def test_the_review_pages_keep_their_stated_move():
    """A review's 14 plain pages (negated moves beside the other direction's words, a move
    with an earlier one recalled, one move the rules scored alone): when measured (round 23),
    2 wrong, both pages the rules read neutral, so not a margin's doing; the rules alone 2;
    with the opposite move overruling at any probability and mixed at .85, 13."""
    model = [title for expected, title, paragraphs in REVIEW_PAGES
             if extract_stance(title, paragraphs).value != expected]
    rules = sum(read_by_rules(title, paragraphs).value != expected for expected, title, paragraphs in REVIEW_PAGES)
    assert len(model) <= 2 and rules <= 2, model


NEGATED = [page for page in PAGES
           if " not " in page[2][0] or "no longer" in page[2][0] or "won't" in page[1]]


def test_negated_moves_are_read_as_well_as_the_rules_read_them():
    """13 plain pages whose move is negated ("did not approve", "no longer restricted",
    "won't allow"): when measured, the shipped decision read all 13 right, the rules 11."""
    assert len(NEGATED) == 13
    model = sum(extract_stance(title, paragraphs).value == expected for expected, title, paragraphs in NEGATED)
    rules = sum(read_by_rules(title, paragraphs).value == expected for expected, title, paragraphs in NEGATED)
    assert model == 13 and rules >= 11


def test_the_shipped_model_was_trained_with_the_recipe_the_margin_was_measured_for():
    """The margin at which the model overrules a stated move, and the confidence tables, were
    measured on left-out rounds with models fitted at this regularisation and class balance:
    a model fitted otherwise is surer or less sure than they assume (C 3 → 1 took the margin
    .9 → .85)."""
    trained_on = stance_model.load_model().trained_on
    assert trained_on["regularisation"] == stance_training.REGULARISATION == 1.0
    assert trained_on["class_weight"] == stance_training.CLASS_WEIGHT
    assert stance_model.settings()["overrules_a_stated_move_at"] == {
        "no_move": 0.95, "second_move": 0.9, "second_move_the_rules_saw": 0.85, "opposite_move": 0.9}


def test_the_shipped_model_was_trained_on_the_dev_corpus_and_the_rules_as_they_are():
    """Change a dev label or page, or the stance vocabulary, and `invoke train-stance` must
    be run again: the model weighs the rules' scores as they were when it was trained."""
    trained_on = stance_model.load_model().trained_on
    assert trained_on["corpus"] == stance_training.corpus_digest(CORPUS / "dev")
    assert trained_on["rules"] == stance_model.rules_digest()


# Training


def write_case(folder, case, title, lead, label):
    (folder / f"{case}.txt").write_text(f"{title}\n\n{lead}\n\n{LEAD}\n", encoding="utf-8")
    (folder / f"{case}.yaml").write_text(yaml.safe_dump({"stance": label}), encoding="utf-8")


def small_corpus(folder):
    news = {
        "easing": ("US approves {} exports to China", "The Commerce Department approved {} sales to Chinese buyers."),
        "tightening": ("US bans {} exports to China", "The Commerce Department banned {} sales to Chinese buyers."),
        "neutral": ("What the {} means for Nvidia", "Nvidia's {} remains popular with Chinese cloud providers."),
    }
    for label, (title, lead) in news.items():
        for number, chip in enumerate(("H20", "H200", "A100", "H100", "B30A", "MI308")):
            write_case(folder, f"{label[0]}{number}", title.format(chip), lead.format(chip), label)


def test_training_writes_a_model_that_reads_its_cases_and_names_its_corpus(tmp_path):
    small_corpus(tmp_path)
    out = tmp_path / "model.json"
    assert stance_training.main([str(tmp_path), "--out", str(out)]) == 0
    model = stance_model.parse(out.read_text(encoding="utf-8"))
    assert model.trained_on["corpus"] == stance_training.corpus_digest(tmp_path)
    samples = stance_training.read_samples(tmp_path)
    assert all(stance_training.predict(model, s.features) == s.label for s in samples)


def test_training_twice_on_the_same_cases_writes_the_same_bytes(tmp_path):
    small_corpus(tmp_path)
    for name in ("one.json", "two.json"):
        stance_training.main([str(tmp_path), "--out", str(tmp_path / name)])
    assert (tmp_path / "one.json").read_bytes() == (tmp_path / "two.json").read_bytes()


def test_training_refuses_a_held_out_split(tmp_path):
    heldout = tmp_path / "corpus" / "heldout"
    heldout.mkdir(parents=True)
    small_corpus(heldout)
    with pytest.raises(SystemExit):
        stance_training.main([str(heldout), "--out", str(tmp_path / "model.json")])
    assert not (tmp_path / "model.json").exists()


def test_the_check_scores_left_out_cases_and_writes_nothing(tmp_path, capsys):
    small_corpus(tmp_path)
    before = sorted(tmp_path.iterdir())
    assert stance_training.main([str(tmp_path), "--check", "^[et]0$"]) == 0
    assert "2 cases left out, 16 trained on" in capsys.readouterr().out
    assert sorted(tmp_path.iterdir()) == before


def test_a_stance_few_training_pages_carry_weighs_as_much_as_a_common_one(tmp_path):
    """A new round's writers label stances in other shares than the rounds trained on: the
    fit balances the stances, so that pages the model cannot tell apart are not simply
    given the commonest stance."""
    title, lead = "What the H20 means for Nvidia", "Nvidia's H20 remains popular with Chinese cloud providers."
    for number in range(9):
        write_case(tmp_path, f"n{number}", title, lead, "neutral")
    for number in range(3):
        write_case(tmp_path, f"e{number}", title, lead, "easing")
        write_case(tmp_path, f"t{number}", title, lead, "tightening")
    model = stance_training.fit(stance_training.read_samples(tmp_path))
    probabilities = model.probabilities(stance_training.read_samples(tmp_path)[0].features)
    assert probabilities["neutral"] == pytest.approx(probabilities["easing"], abs=0.02)
    assert probabilities["easing"] == pytest.approx(probabilities["tightening"], abs=0.02)


def test_a_question_headline_and_a_contrast_in_the_headline_are_features():
    """A headline asking whether a move happened reports none; one setting a second fact
    against a move ("even as", "but") may report two: the model sees how the headline is built."""
    reading = stance_model.RulesReading("easing", 0.9, {"easing": 3.0, "tightening": 0.0}, ())
    asked = stance_model.features("H20 licences revoked? Commerce says no", "", [], reading)
    assert asked["headline:question"] == 1.0
    contrasted = stance_model.features("Beijing lifts probe even as it keeps customs block", "", [], reading)
    assert contrasted["headline:contrast&rule=easing"] == 1.0
    plain = stance_model.features("Beijing lifts probe into Nvidia", "", [], reading)
    assert not {"headline:question", "headline:contrast&rule=easing"} & set(plain)
    assert stance_model.describe("headline:question") == "a question headline"


def test_cues_with_no_actor_named_are_scored_apart():
    """A cue no US, Chinese or company actor makes (a third country's permit rule, a court
    case) is weaker evidence of a move in the saga than one a named actor makes."""
    hit = stance.Hit("tightens", "tightening", 2.0, "Malaysia tightens permits.", 0, ())
    reading = stance_model.RulesReading("tightening", 0.8, {"easing": 0.0, "tightening": 2.0}, (hit,))
    found = stance_model.features("Malaysia tightens chip permits", "", [], reading)
    assert found["actor:none:tightening"] == pytest.approx(math.log1p(2.0))
    named = stance.Hit("tightens", "tightening", 2.0, "Washington tightens rules.", 0, ("us",))
    reading = stance_model.RulesReading("tightening", 0.8, {"easing": 0.0, "tightening": 2.0}, (named,))
    assert "actor:none:tightening" not in stance_model.features("US tightens rules", "", [], reading)
