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

import bisect
import hashlib
import itertools
import json
import logging
import math
import mmap
import os
import pickle
import re
import struct
import time
import zlib
from array import array
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Sequence

from . import compiled_patterns, file_stamps, vocab
from .atomic import write_atomic
from .fields import StanceModelError
from .text import words_up_to
from .vocab import PACKAGE_VOCAB

logger = logging.getLogger(__name__)

MODEL_FILE = "stance_model.json"
KEPT_NAME = "ingest-stance-model.pickle"
"""The parsed model's copy in the build cache (``_kept_or_parsed``)."""
CODE_VERSION = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()
"""A kept copy serves only the code that made it (it pickles this module's ``StanceModel``)."""
FEATURES_VERSION = 3
"""Bumped whenever ``features`` changes, so that a model trained on other features is refused."""
LEAD_PROSE = 3
PROSE_MIN_WORDS = 9
WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
NAMELESS = re.compile(r"\d")
"""A word with a digit (a model name, a figure) says what the page is about, not which way."""
CONTRAST = frozenset({"but", "while", "even", "yet", "keeps", "still", "despite", "although", "though",
                      "however", "amid"})
"""Headline words that set a second fact against the first ("lifts probe *even as* it keeps
the block"): with the rules' reading, they let the model see a move and its counterweight."""

FEATURE_NAMES = {"cues": "cue score",
                 "stated": "moves stated up top", "outright": "moves stated outright",
                 "background": "moves told as background", "actor": "actor's cue score"}


@dataclass(frozen=True)
class RulesReading:
    """What the rules made of a page: their stance, its confidence, the cue score per
    direction (``{"easing": 3.0, "tightening": 0.0}``) and the cues (``stance.Hit``)."""

    stance: str
    confidence: float
    totals: dict[str, float]
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
    found.update(_headline_shape(title, rules.stance))
    for hit in rules.hits:
        if not hit.actors:
            _add(found, f"actor:none:{hit.direction}", math.log1p(max(hit.score, 0.0)))
    _add_words(found, "T", words(f"{title} {subtitle}"))
    lead = itertools.islice((text for text in paragraphs if words_up_to(text, PROSE_MIN_WORDS) >= PROSE_MIN_WORDS),
                            LEAD_PROSE)
    _add_words(found, "L", words(" ".join(lead)))
    return found


def _headline_shape(title: str, rules_stance: str) -> dict[str, float]:
    """How the headline is built, which its words alone do not show a linear model: a
    question asks whether a move happened rather than reporting one ("Licences revoked?
    Commerce says no"), and a contrast ("… even as …", "… but …") sets a second fact
    against the move the rules read, which may make it mixed or no move at all."""
    shape = {}
    if "?" in title:
        shape["headline:question"] = 1.0
    if CONTRAST & set(words(title)):
        shape[f"headline:contrast&rule={rules_stance}"] = 1.0
    return shape


def words(text: str) -> list[str]:
    """Lower-cased words, an apostrophe's ending kept ("china's", "won't")."""
    return WORD.findall(text.lower())


def _add(found: dict[str, float], name: str, value: float) -> None:
    found[name] = found.get(name, 0.0) + value


def _add_words(found: dict[str, float], place: str, tokens: list[str]) -> None:
    stop = stop_words()
    for token in tokens:
        if token not in stop:
            found[f"{place}:{token}"] = 1.0
    for first, second in zip(tokens, tokens[1:]):
        found[f"{place}:{first}_{second}"] = 1.0


class Weighed(list):
    """The features of a page that a model weighs, as (name, value, row of weights), in the
    order of the features (``StanceModel.weigh``)."""


@dataclass(frozen=True)
class StanceModel:
    """A multinomial logistic regression: per stance an intercept and a weight per feature.
    ``probabilities``, ``decide`` and ``explain`` take a page's features or what ``weigh``
    made of them."""

    classes: tuple[str, ...]
    intercepts: tuple[float, ...]
    weights: Mapping[str, tuple[float, ...]]
    trained_on: dict
    _rows_in_use: dict[str, tuple[float, ...]] = field(default_factory=dict, init=False, repr=False, compare=False)
    """The rows of the features earlier pages had, copied (``_copied_row``): the cache ``weigh`` looks in first."""

    def weigh(self, found: dict[str, float]) -> Weighed:
        """The features of ``found`` with their rows of weights, looked up once for both
        ``decide`` and ``explain``: a lookup among 132,000 rows misses the processor's
        caches, and was most of the time the model took, twice over. Of those rows a run
        of pages uses a few thousand, over and over (a page's words are mostly words earlier
        pages had): each is kept in ``_rows_in_use`` once found, a table small enough to
        stay at hand, and found there first; features the model lacks are looked up as
        before. In a run of 1,000 pages, weighing took a third of the time less."""
        in_use, weights = self._rows_in_use, self.weights
        weighed = Weighed()
        for name, value in found.items():
            row = in_use.get(name)
            if row is None:
                row = weights.get(name)
                if not row:
                    continue
                row = in_use[name] = _copied_row(row)
            weighed.append((name, value, row))
        return weighed

    def _weighed(self, found: dict[str, float] | Weighed) -> Weighed:
        return found if isinstance(found, Weighed) else self.weigh(found)

    def probabilities(self, found: dict[str, float] | Weighed) -> dict[str, float]:
        weighed = self._weighed(found)
        scores = list(self.intercepts)
        for index, score in enumerate(scores):  # each stance's sum, in the features' order
            for _, value, row in weighed:
                score += row[index] * value
            scores[index] = score
        top = max(scores)
        exps = [math.exp(score - top) for score in scores]
        total = sum(exps)
        return {label: exp / total for label, exp in zip(self.classes, exps)}

    def decide(self, found: dict[str, float] | Weighed) -> tuple[str, float]:
        """The likeliest stance and its probability."""
        probabilities = self.probabilities(found)
        stance = max(probabilities, key=probabilities.get)
        return stance, probabilities[stance]

    def explain(self, found: dict[str, float] | Weighed, label: str, count: int = 3) -> list[str]:
        """What pushed most towards ``label`` against the other stances, as a reader can
        take it: the rules' scores, and words that carry meaning (no numbers or model
        names, each word once though it stands in the headline and the lead)."""
        index = self.classes.index(label)
        pushes = []
        for name, value, row in self._weighed(found):
            others = (sum(row) - row[index]) / (len(row) - 1)
            push = (row[index] - others) * value
            if push > 0:
                pushes.append((push, name))
        named: list[str] = []
        for _, name in sorted(pushes, reverse=True):  # looked at only until ``count`` are named
            if NAMELESS.search(name.partition(":")[2]):
                continue
            text = describe(name)
            if text not in named:
                named.append(text)
                if len(named) == count:
                    break
        return named

    def to_json(self) -> str:
        return json.dumps({"features_version": FEATURES_VERSION, "classes": list(self.classes),
                           "intercepts": list(self.intercepts), "trained_on": self.trained_on,
                           "weights": {name: list(row) for name, row in sorted(self.weights.items())}},
                          ensure_ascii=False, separators=(",", ":")) + "\n"


def _copied_row(row: tuple[float, ...]) -> tuple[float, ...]:
    """``row``'s weights as new numbers of the same value (``* 1.0`` is exact, the sign of a
    zero included), made side by side: a row as parsed or unpickled lies among all the
    others, and reading a page's rows touched as many places in memory as weights."""
    return tuple([weight * 1.0 for weight in row])


@lru_cache(maxsize=None)
def settings() -> dict:
    """The ``model`` section of ``stance.yaml``; read on first use, so that a run with
    nothing to normalise does not load the stance vocabulary."""
    return vocab.load("stance")["model"]


@lru_cache(maxsize=None)
def stop_words() -> frozenset[str]:
    return frozenset(settings()["stop_words"])


def confidence(probability: float, agrees: bool) -> float:
    """How often the model was right at this probability on pages by writers it had not
    seen, when it agreed with the rules and when it did not."""
    table = settings()["confidence"]["agreeing" if agrees else "disagreeing"]
    return next(share for at_least, share in table if probability >= at_least)


def describe(name: str) -> str:
    """A feature as a reader can take it: ``headline "approves"``, ``the rules' reading easing``."""
    kind, _, rest = name.partition(":")
    if kind in ("T", "L"):
        return f'"{rest.replace("_", " ")}"'
    if kind.startswith("rule="):
        return f"the rules' reading {kind[5:].split('&')[0]}"
    if kind == "headline":
        return "a question headline" if rest == "question" else "a contrast in the headline"
    if kind == "actor" and rest.startswith("none:"):
        return f"cue score {rest[5:]} with no actor named"
    return f"{FEATURE_NAMES.get(kind, kind)} {rest.replace(':', ' in the ')}".strip()


def parse(text: str) -> StanceModel:
    data = json.loads(text)
    if data.get("features_version") != FEATURES_VERSION:
        raise ValueError(f"trained on features version {data.get('features_version')}, "
                         f"this code reads version {FEATURES_VERSION}")
    return StanceModel(tuple(data["classes"]), tuple(data["intercepts"]),
                       {name: tuple(row) for name, row in data["weights"].items()}, data.get("trained_on", {}))


def model_path() -> Path:
    extra_dir = os.environ.get("CHIPTRAIL_VOCAB_DIR")
    if extra_dir and (Path(extra_dir) / MODEL_FILE).is_file():
        return Path(extra_dir) / MODEL_FILE
    return PACKAGE_VOCAB / MODEL_FILE


@lru_cache(maxsize=None)
def _load(path: Path) -> StanceModel | StanceModelError | None:
    if not path.is_file():
        return None
    try:
        return _kept_or_parsed(path)
    except (OSError, ValueError, KeyError, TypeError) as error:  # a failure is kept too: read once
        return StanceModelError(f"stance model {path} cannot be used ({error}); "
                                "run `invoke train-stance` or remove the file")


def _kept_or_parsed(path: Path) -> StanceModel:
    """The model file at ``path`` parsed, or its copy kept in the build cache by an earlier
    ingest (``KEPT_NAME``, beside the compiled regexes). Parsing the JSON of 132,000
    features and building their rows took about 0.17 s of every ingest that normalised a
    page, a rebuild adding one article included; the copy is read a part at a time, as
    the features are asked for (``KeptWeights``). The copy serves only the file it was
    made from (``ModelFile.made``), with this module's source and the Python build that
    wrote it. Without a build cache (tests, evaluation) the file is parsed."""
    kept_path = compiled_patterns.kept_beside(KEPT_NAME)
    if kept_path is None:
        return parse(path.read_bytes().decode("utf-8"))
    model_file = ModelFile(path)

    def parsed_and_kept() -> StanceModel:
        model = parse(model_file.data.decode("utf-8"))
        _keep(kept_path, model_file.key(), model)
        return model

    return _read_kept(kept_path, model_file, lambda: parsed_and_kept().weights) or parsed_and_kept()


class ModelFile:
    """The model file, as a kept copy is checked against it: the copy's key names the
    file's digest and, once the file has settled, its status (``file_stamps``). Reading
    and hashing the 6 MB file took ~8 ms of a one-file ingest; a file whose status is the
    one the key names is the file the copy was made from, and is not read."""

    def __init__(self, path: Path) -> None:
        self.path = path
        info = path.stat()  # before the file is read: a change after it changes the status
        settled = time.time_ns() - max(info.st_mtime_ns, info.st_ctime_ns) >= file_stamps.SETTLED_NS
        self.stamp = [str(path), *file_stamps.stamp(info)] if settled else None
        self.code = [CODE_VERSION, *compiled_patterns.python_build()]

    @cached_property
    def data(self) -> bytes:
        return self.path.read_bytes()

    @cached_property
    def digest(self) -> str:
        return hashlib.sha256(self.data).hexdigest()

    def key(self) -> dict:
        """The key of a copy made from this file now."""
        return {"code": self.code, "digest": self.digest, "stamp": self.stamp}

    def made(self, kept_key: object) -> bool:
        """Whether the copy kept under ``kept_key`` was made from this file, by this code:
        the key names the file's status, or else its digest."""
        if not isinstance(kept_key, dict) or kept_key.get("code") != self.code:
            return False
        vouched = self.stamp is not None and kept_key.get("stamp") == self.stamp
        return vouched or kept_key.get("digest") == self.digest

    def restamped(self, kept_key: dict) -> bool:
        """Whether the copy kept under ``kept_key`` (made from this file) should name the
        file's status anew: the file settled since, or was copied (a new status, the same
        bytes), so that later runs do not read it."""
        return self.stamp is not None and kept_key.get("stamp") != self.stamp


KEPT_FORMAT = b"ChipTrail stance model copy, weights in buckets, format 2\n"
"""How a kept copy opens (``_kept_copy``); a file that opens otherwise is not read further."""
BUCKETS = 16_384
"""The most parts a kept copy's weights are split into: an article's few hundred features
fall in a few hundred of them, about 2% of the weights."""
_FRAME = struct.Struct("<QL")  # the length and CRC-32 of each pickled part before the buckets


def _kept_copy(key: dict, model: StanceModel) -> bytes:
    """``model`` as kept under ``key``: the format line; the key and then the head
    (classes, intercepts, each bucket's first feature name, where it ends and its CRC-32),
    each pickled on its own with its length and CRC-32; then each bucket of weights,
    pickled on its own. A bucket is a run of the names in sorted order (the model file
    lists them so), which a lookup finds by bisection: cutting the sorted rows into runs
    costs a third of spreading them by a hash of each name, in the cold run that keeps
    the copy before its workers start."""
    rows = sorted(model.weights.items())
    size = max(1, -(-len(rows) // BUCKETS))
    buckets = [rows[start:start + size] for start in range(0, len(rows), size)]
    pickled = [pickle.dumps(dict(bucket), pickle.HIGHEST_PROTOCOL) for bucket in buckets]
    head = {"classes": model.classes, "intercepts": model.intercepts, "trained_on": model.trained_on,
            "firsts": [bucket[0][0] for bucket in buckets],
            "ends": array("Q", itertools.accumulate(map(len, pickled))),
            "checksums": array("L", map(zlib.crc32, pickled))}
    return b"".join([KEPT_FORMAT, _framed(key), _framed(head), *pickled])


def _framed(value) -> bytes:
    pickled = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
    return _FRAME.pack(len(pickled), zlib.crc32(pickled)) + pickled


def _unframed(data: memoryview, at: int) -> tuple[object, int]:
    """The value pickled in the frame at ``at`` of ``data``, and where the frame ends;
    ValueError for a frame cut short or damaged."""
    length, checksum = _FRAME.unpack_from(data, at)
    start = at + _FRAME.size
    pickled = data[start:start + length]
    if len(pickled) != length or zlib.crc32(pickled) != checksum:
        raise ValueError("damaged or cut short")
    return pickle.loads(pickled), start + length


def _read_kept(path: Path, model_file: ModelFile, reparse: Callable[[], dict]) -> StanceModel | None:
    """The model kept at ``path`` from ``model_file``; None when there is none, it was
    kept from another file, by other code or Python, or it cannot be read (a damaged copy
    costs time, never a wrong stance). The copy is mapped, not read: only the parts asked
    for are touched. ``reparse()`` gives the weights should a bucket turn out damaged."""
    try:
        with path.open("rb") as file:
            data = memoryview(mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ))
        return _kept_model(path, data, model_file, reparse)
    except FileNotFoundError:
        return None
    except Exception as error:  # noqa: BLE001
        logger.debug("%s: unreadable (%s), not used", path, error)
        return None


def _kept_model(path: Path, data: memoryview, model_file: ModelFile,
                reparse: Callable[[], dict]) -> StanceModel | None:
    """The model in the kept copy ``data``, if it was made from ``model_file`` (told
    before anything else is unpickled) and is whole; its weights are read when asked for.
    A copy whose key should name the file's status anew is written again with that key."""
    if data[:len(KEPT_FORMAT)] != KEPT_FORMAT:
        return None
    kept_key, at = _unframed(data, len(KEPT_FORMAT))
    if not model_file.made(kept_key):
        return None
    head, buckets_at = _unframed(data, at)
    firsts, ends, checksums = head["firsts"], head["ends"], head["checksums"]
    if not len(firsts) == len(ends) == len(checksums) or len(data) != buckets_at + (ends[-1] if ends else 0):
        return None
    if model_file.restamped(kept_key):
        _write(path, b"".join([KEPT_FORMAT, _framed(model_file.key()), data[at:]]))
    weights = KeptWeights(data[buckets_at:], firsts, ends, checksums, reparse)
    return StanceModel(head["classes"], head["intercepts"], weights, head["trained_on"])


def _keep(path: Path, key: dict, model: StanceModel) -> None:
    _write(path, _kept_copy(key, model))


def _write(path: Path, data: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, data)
    except OSError as error:
        logger.warning("%s: stance model not kept (%s)", path, error)


class KeptWeights(Mapping):
    """A kept model's weights by feature name, unpickled a bucket at a time: the first
    lookup of a name in a bucket (the run of sorted names from one of ``firsts`` to the
    next) unpickles that bucket. Unpickling all 132,000 rows took ~50 ms of every
    one-article ingest, which looks up a few hundred.

    Once half the buckets are in (a run of many articles), the rest are unpickled too and
    ``get`` becomes the plain dict's: a long run pays no more than unpickling the whole.
    A bucket whose CRC-32 does not match, or that does not unpickle, is never used: the
    weights then all come from ``reparse()`` (the model file parsed again)."""

    def __init__(self, buckets: memoryview, firsts: list[str], ends: array, checksums: array,
                 reparse: Callable[[], dict]) -> None:
        self._buckets, self._firsts, self._reparse = buckets, firsts, reparse
        self._ends, self._checksums = ends, checksums
        self._rows: dict[str, tuple[float, ...]] = {}  # of the buckets unpickled so far
        self._unread = bytearray(b"\x01") * len(ends)  # 1 for a bucket not unpickled yet
        self._left = len(ends)

    def get(self, name, default=None):
        row = self._rows.get(name)
        if row is not None or not isinstance(name, str):
            return default if row is None else row
        index = bisect.bisect_right(self._firsts, name) - 1
        if index < 0 or not self._unread[index]:
            return default
        self._read(index)
        return self._rows.get(name, default)

    def __getitem__(self, name: str) -> tuple[float, ...]:
        row = self.get(name)
        if row is None:
            raise KeyError(name)
        return row

    def __iter__(self) -> Iterator[str]:
        return iter(self._all())

    def __len__(self) -> int:
        return len(self._all())

    def items(self):
        return self._all().items()

    def __reduce__(self):
        return dict, (self._all(),)

    def _all(self) -> dict[str, tuple[float, ...]]:
        if self._left:
            self._unpickle(self._unread_buckets())
        return self._rows

    def _read(self, index: int) -> None:
        self._unpickle([index])
        if 0 < self._left <= len(self._ends) // 2:
            self._unpickle(self._unread_buckets())

    def _unread_buckets(self) -> list[int]:
        return [index for index, unread in enumerate(self._unread) if unread]

    def _unpickle(self, indices: list[int]) -> None:
        """Add the rows of the buckets ``indices``; once every bucket is in, answer from
        them as a plain dict. A damaged bucket: every weight from ``reparse()``."""
        try:
            for index in indices:
                self._rows.update(self._unpickled(index))
        except Exception as error:  # noqa: BLE001 - a damaged bucket costs time, never a wrong stance
            logger.debug("stance model copy: bucket %d unreadable (%s), model parsed instead", index, error)
            self._use(self._reparse())
            return
        if not self._left:
            self._use(self._rows)

    def _unpickled(self, index: int) -> dict[str, tuple[float, ...]]:
        start = self._ends[index - 1] if index else 0
        pickled = self._buckets[start:self._ends[index]]
        if zlib.crc32(pickled) != self._checksums[index]:
            raise ValueError("CRC-32 differs")
        rows = pickle.loads(pickled)
        if not isinstance(rows, dict):
            raise ValueError(f"holds a {type(rows).__name__}")
        self._unread[index] = 0
        self._left -= 1
        return rows

    def _use(self, rows: dict[str, tuple[float, ...]]) -> None:
        """Answer every lookup from ``rows``, all the weights, at a plain dict's speed."""
        self._rows, self._left = rows, 0
        self._unread = bytearray(len(self._ends))
        self.get = rows.get  # the instance's attribute comes before the class's method


def load_model() -> StanceModel | None:
    """The model in use, or ``None`` when there is none (the rules then decide alone).
    Raises ``StanceModelError`` for a file that cannot be read as a model."""
    loaded = _load(model_path())
    if isinstance(loaded, StanceModelError):
        raise loaded
    return loaded


def rules_digest() -> str:
    """A digest of the stance vocabulary the features were read with (cues, contexts,
    stop words): a model trained before the rules changed weighs scores they no longer give."""
    rules = {key: value for key, value in vocab.load("stance").items() if key != "model"}
    rules["stop_words"] = sorted(stop_words())
    return hashlib.sha256(json.dumps(rules, sort_keys=True, ensure_ascii=False).encode()).hexdigest()
