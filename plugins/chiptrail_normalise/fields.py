"""The contract between the extractors, the ingest runner and the site.

Every extractor returns a ``Field``: the value it settled on, how sure it is and the
evidence (the line or rule that decided it), so a reader of the archive can see *why*
an article got its date, source, chips or stance, and ``invoke review`` can list what
is worth checking by hand.

``FRONT_MATTER_ORDER`` fixes the order of keys in the YAML front-matter so that a
re-run on unchanged input writes the same bytes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Field:
    """One extracted value with its confidence (0–1) and a human-readable reason."""

    value: Any
    confidence: float = 0.0
    evidence: str = ""
    details: Any = None  # supporting items: a date's numeric order, cue phrases, ...


@dataclass
class Normalised:
    """What the pipeline makes of one raw file: front-matter fields and a Markdown body.

    ``meta`` holds plain YAML-safe values keyed as in ``FRONT_MATTER_ORDER``; the ingest
    runner adds ``slug``, ``added``, ``raw``, ``raw_sha256`` and ``ingest_sha256``.
    """

    meta: dict[str, Any]
    body: str
    warnings: list[str] = field(default_factory=list)


class IngestError(Exception):
    """A raw file that cannot become an article (empty, binary, no usable text).

    The message is the reason shown to the user next to the file name.
    """


FRONT_MATTER_ORDER = (
    "title",
    "title_derived",
    "subtitle",
    "date",
    "date_order",
    "added",
    "source",
    "cites",
    "url",
    "author",
    "chips",
    "chips_about",
    "stance",
    "stance_confidence",
    "stance_evidence",
    "actor",
    "tags",
    "summary",
    "slug",
    "confidence",
    "evidence",
    "raw",
    "raw_sha256",
    "ingest_sha256",
)


class StanceModelError(Exception):
    """The stance model file cannot be used: every stance would be wrong, so ingest stops."""
