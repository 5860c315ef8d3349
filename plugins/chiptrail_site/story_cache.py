"""The story model's per-article work, kept in ``CACHE_PATH`` from one build to the next.

Grouping 10,000 articles into stories takes seconds, nearly all of it each article's own
shingles, content words and MinHash signatures (``stories.Fingerprint``), while a rebuild
after one new article must cost less than Hugo's full build (issue 6). The fingerprints a
build used are kept in ``story-fingerprints.pickle``; the next build loads them and works
out only those of new or edited articles. The file records the version of the code that
made it (the source of ``stories`` and ``minhash``, numpy's version): a file from
other code, or one that cannot be read, is ignored with a debug line, never an error.

The file holds columns, not one record per article: each field of every fingerprint
joined into one array (with each article's length), so it is pickled and loaded as a
few large arrays rather than 40,000 small ones. An add-one rebuild at 10,000 articles
writes the file again (one fingerprint more), which cost 0.22 s of CPU pickled by
article and 0.13 s to load; see ``_columns``.
"""

from __future__ import annotations

import hashlib
import logging
import pickle
from importlib import metadata
from pathlib import Path

import numpy as np

from . import minhash, stories
from .output_files import write_atomic
from .stories import Fingerprint, Fingerprints

logger = logging.getLogger(__name__)

FINGERPRINTS_NAME = "story-fingerprints.pickle"


def fingerprints_path(settings) -> Path:
    return Path(settings["CACHE_PATH"], FINGERPRINTS_NAME)


def load_fingerprints(settings) -> Fingerprints:
    """The fingerprints the last build kept, or none when they cannot serve."""
    path = fingerprints_path(settings)
    try:
        kept = pickle.loads(path.read_bytes())
        if kept.get("version") != code_version():
            logger.debug("%s: made by other code, not used", path)
            return Fingerprints()
        return Fingerprints(_from_columns(kept))
    except FileNotFoundError:
        return Fingerprints()
    except Exception as error:  # noqa: BLE001 - whatever a damaged file raises, the build goes on
        logger.debug("%s: unreadable (%s: %s), not used", path, type(error).__name__, error)
        return Fingerprints()


def save_fingerprints(settings, fingerprints: Fingerprints) -> None:
    """Keep the fingerprints the build used, unless they are those it loaded. A cache
    that cannot be written costs the next build time, not this build its pages."""
    if not fingerprints.changed:
        return
    kept = {"version": code_version(), **_columns(fingerprints.used)}
    data = pickle.dumps(kept, protocol=pickle.HIGHEST_PROTOCOL)
    try:
        write_atomic(fingerprints_path(settings), data)
    except OSError as error:
        logger.warning("%s: story fingerprints not kept (%s)", fingerprints_path(settings), error)


def code_version() -> list[str]:
    """What fingerprints are made by: the story model's source and its libraries."""
    sources = [hashlib.sha256(Path(module.__file__).read_bytes()).hexdigest()
               for module in (stories, minhash)]
    return [*sources, f"numpy={metadata.version('numpy')}"]


ARRAY_FIELDS = ("shingles", "content", "topic_signature", "copy_signature")
NONE = -1  # the length that stands for a signature not made yet


def _columns(fingerprints: dict[str, Fingerprint]) -> dict:
    """The fingerprints as columns: the keys, each array field of all of them joined into
    one array with each one's length (``NONE`` for a missing signature), the copy sources."""
    items = list(fingerprints.values())
    columns = {"keys": list(fingerprints), "copy_source": [item.copy_source for item in items]}
    for name in ARRAY_FIELDS:
        arrays = [getattr(item, name) for item in items]
        present = [array for array in arrays if array is not None]
        columns[name] = (np.concatenate(present) if present else np.zeros(0, np.uint64),
                         np.array([NONE if array is None else array.size for array in arrays],
                                  dtype=np.int64))
    return columns


def _from_columns(kept: dict) -> dict[str, Fingerprint]:
    """``_columns`` read back, each array a view of its column; ``ValueError`` when the
    columns do not fit together."""
    keys, sources = kept["keys"], kept["copy_source"]
    if not isinstance(keys, list) or not isinstance(sources, list) or len(sources) != len(keys):
        raise ValueError("keys and copy sources of different lengths")
    fields = [_split(*kept[name], len(keys)) for name in ARRAY_FIELDS]
    if any(array is None for array in fields[0] + fields[1]) or not all(isinstance(source, bytes) for source in sources):
        raise ValueError("a fingerprint of the wrong shape")
    return {key: Fingerprint(shingles, content, topic, copy, source, changed=False)
            for key, shingles, content, topic, copy, source in zip(keys, *fields, sources)}


def _split(values, lengths, count: int) -> list:
    """One column cut back into its arrays (None where the length is ``NONE``)."""
    if not isinstance(values, np.ndarray) or not isinstance(lengths, np.ndarray) or lengths.shape != (count,):
        raise ValueError("a column of the wrong shape")
    sizes = np.where(lengths == NONE, 0, lengths)
    if (lengths < NONE).any() or int(sizes.sum()) != values.size:
        raise ValueError("a column whose lengths do not add up")
    parts = np.split(values, np.cumsum(sizes)[:-1]) if count else []
    return [None if length == NONE else part for part, length in zip(parts, lengths.tolist())]
