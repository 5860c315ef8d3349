"""The story model's per-article work, kept in ``CACHE_PATH`` from one build to the next.

Grouping 10,000 articles into stories takes seconds, nearly all of it each article's own
shingles, content words and MinHash signatures (``stories.Fingerprint``), while a rebuild
after one new article must cost less than Hugo's full build (issue 6). The fingerprints a
build used are kept in ``story-fingerprints.pickle``; the next build loads them and works
out only those of new or edited articles. The file records the version of the code that
made it (the source of ``stories`` and ``minhash``, numpy's version): a file from
other code, or one that cannot be read, is ignored with a debug line, never an error.
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
        return Fingerprints({key: _fingerprint(fields) for key, fields in kept["fingerprints"].items()})
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
    kept = {key: _fields(fingerprint) for key, fingerprint in fingerprints.used.items()}
    data = pickle.dumps({"version": code_version(), "fingerprints": kept}, protocol=pickle.HIGHEST_PROTOCOL)
    try:
        write_atomic(fingerprints_path(settings), data)
    except OSError as error:
        logger.warning("%s: story fingerprints not kept (%s)", fingerprints_path(settings), error)


def code_version() -> list[str]:
    """What fingerprints are made by: the story model's source and its libraries."""
    sources = [hashlib.sha256(Path(module.__file__).read_bytes()).hexdigest()
               for module in (stories, minhash)]
    return [*sources, f"numpy={metadata.version('numpy')}"]


def _fields(fingerprint: Fingerprint) -> tuple:
    return (fingerprint.shingles, fingerprint.content, fingerprint.topic_signature,
            fingerprint.copy_signature, fingerprint.copy_source)


def _fingerprint(fields: tuple) -> Fingerprint:
    """A kept fingerprint, checked to have the shape ``_fields`` gave it."""
    shingles, content, topic, copy, source = fields
    if not all(isinstance(array, np.ndarray) for array in (shingles, content)) or not isinstance(source, bytes):
        raise ValueError("a fingerprint of the wrong shape")
    if not all(signature is None or isinstance(signature, np.ndarray) for signature in (topic, copy)):
        raise ValueError("a signature of the wrong shape")
    return Fingerprint(shingles, content, topic, copy, source, changed=False)
