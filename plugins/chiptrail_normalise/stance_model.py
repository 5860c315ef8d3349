"""The stance model: a linear model that weighs the rules' reading of a page together with
the words of its headline and lead, and decides the stance.

Why a model on top of the rules: rules tuned by hand on the labelled corpus carried over
to pages by writers they had never seen at a fraction of their gain (held-out stance
stayed at .75–.80 for four rounds while dev reached .88–.92). Trained on the same labels,
a model that takes the rules' verdict, their cue scores per direction and the headline's
and lead's words as evidence read unseen writers' pages much better (see the corpus
README). The rules stay the explainable core and the way to extend the vocabulary: a cue
added to ``stance.yaml`` moves the rules' scores, which the model weighs.

The model is data, ``vocab/stance_model.json`` (replaced by a file of the same name in
``CHIPTRAIL_VOCAB_DIR``), written by ``invoke train-stance``. Reading it needs nothing but
this module: a dot product per stance and a softmax. ``explain`` names the features that
pushed the decision most, for the article's evidence.
"""

from __future__ import annotations

import json
import math
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

from . import vocab
from .vocab import PACKAGE_VOCAB

MODEL_FILE = "stance_model.json"
FEATURES_VERSION = 2
"""Bumped whenever ``features`` changes, so that a model trained on other features is refused."""
LEAD_PROSE = 3
PROSE_MIN_WORDS = 9
WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
SETTINGS = vocab.load("stance")["model"]
STOP_WORDS = frozenset(SETTINGS["stop_words"])
FEATURE_NAMES = {"T": "headline", "L": "lead", "rule": "the rules' reading", "cues": "cue score",
                 "stated": "moves stated up top", "outright": "moves stated outright",
                 "background": "moves told as background", "actor": "actor's cue score"}


@dataclass(frozen=True)
class RulesReading:
    """What the rules made of a page: their stance, its confidence, the cue score per
    direction and the cues themselves (``stance.Hit``)."""

    stance: str
    confidence: float
    totals: dict
    hits: tuple


def features(title: str, subtitle: str, paragraphs: Sequence[str], rules: RulesReading) -> dict[str, float]:
    """The evidence the model weighs: the rules' verdict and scores, and the words (and
    word pairs) of the headline with its dek and of the first paragraphs of prose."""
    sums: dict[str, float] = {f"cues:{direction}": total for direction, total in rules.totals.items()}
    for hit in rules.hits:
        place = "lead" if hit.lead else "body"
        _add(sums, f"cues:{hit.direction}:{place}", hit.score)
        for flag, name in ((hit.stated, "stated"), (hit.outright, "outright"), (not hit.told_as_news, "background")):
            if flag:
                _add(sums, f"{name}:{hit.direction}", 1.0)
        for actor in hit.actors:
            _add(sums, f"actor:{actor}:{hit.direction}", hit.score)
    found = {name: math.log1p(max(value, 0.0)) for name, value in sums.items()}  # scores grow without bound
    found.update({f"rule={rules.stance}": 1.0, f"rule={rules.stance}&confidence": rules.confidence})
    _add_words(found, "T", words(f"{title} {subtitle}"))
    lead = [text for text in paragraphs if len(text.split()) >= PROSE_MIN_WORDS][:LEAD_PROSE]
    _add_words(found, "L", words(" ".join(lead)))
    return found


def words(text: str) -> list[str]:
    return WORD.findall(text.lower())


def _add(found: dict[str, float], name: str, value: float) -> None:
    found[name] = found.get(name, 0.0) + value


def _add_words(found: dict[str, float], place: str, tokens: list[str]) -> None:
    for token in tokens:
        if token not in STOP_WORDS:
            found[f"{place}:{token}"] = 1.0
    for first, second in zip(tokens, tokens[1:]):
        found[f"{place}:{first}_{second}"] = 1.0


@dataclass(frozen=True)
class StanceModel:
    """A multinomial logistic regression: per stance an intercept and a weight per feature."""

    classes: tuple[str, ...]
    intercepts: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]
    trained_on: dict

    def probabilities(self, found: dict[str, float]) -> dict[str, float]:
        scores = list(self.intercepts)
        for name, value in found.items():
            row = self.weights.get(name)
            if row:
                for index, weight in enumerate(row):
                    scores[index] += weight * value
        top = max(scores)
        exps = [math.exp(score - top) for score in scores]
        total = sum(exps)
        return {label: exp / total for label, exp in zip(self.classes, exps)}

    def explain(self, found: dict[str, float], label: str, count: int = 5) -> list[str]:
        """The features that pushed most towards ``label`` against the other stances."""
        index = self.classes.index(label)
        pushes = []
        for name, value in found.items():
            row = self.weights.get(name)
            if row:
                others = (sum(row) - row[index]) / (len(row) - 1)
                pushes.append(((row[index] - others) * value, name))
        return [describe(name) for push, name in sorted(pushes, reverse=True)[:count] if push > 0]

    def to_json(self) -> str:
        return json.dumps({"features_version": FEATURES_VERSION, "classes": list(self.classes),
                           "intercepts": list(self.intercepts), "trained_on": self.trained_on,
                           "weights": {name: list(row) for name, row in sorted(self.weights.items())}},
                          ensure_ascii=False, separators=(",", ":")) + "\n"


def confidence(probability: float) -> float:
    """How often the model is right at this probability on pages by writers it never saw."""
    return next(share for at_least, share in SETTINGS["confidence"] if probability >= at_least)


def describe(name: str) -> str:
    """A feature as a reader can take it: ``headline "approves"``, ``the rules' reading easing``."""
    kind, _, rest = name.partition(":")
    if kind in ("T", "L"):
        return f'{FEATURE_NAMES[kind]} "{rest.replace("_", " ")}"'
    if kind.startswith("rule="):
        return f"{FEATURE_NAMES['rule']} {kind[5:].replace('&', ' with its ')}"
    return f"{FEATURE_NAMES.get(kind, kind)} {rest.replace(':', ' in the ')}".strip()


def parse(text: str) -> StanceModel:
    data = json.loads(text)
    if data.get("features_version") != FEATURES_VERSION:
        raise ValueError(f"the stance model was trained on features version {data.get('features_version')}, "
                         f"this code reads version {FEATURES_VERSION}: run `invoke train-stance`")
    return StanceModel(tuple(data["classes"]), tuple(data["intercepts"]),
                       {name: tuple(row) for name, row in data["weights"].items()}, data.get("trained_on", {}))


def model_path() -> Path:
    extra_dir = os.environ.get("CHIPTRAIL_VOCAB_DIR")
    if extra_dir and (Path(extra_dir) / MODEL_FILE).is_file():
        return Path(extra_dir) / MODEL_FILE
    return PACKAGE_VOCAB / MODEL_FILE


@lru_cache(maxsize=None)
def load_model() -> StanceModel | None:
    """The model in use, or ``None`` when there is none (the rules then decide alone)."""
    path = model_path()
    return parse(path.read_text(encoding="utf-8")) if path.is_file() else None


def top_labels(probabilities: dict[str, float]) -> Iterable[tuple[str, float]]:
    return sorted(probabilities.items(), key=lambda item: -item[1])
