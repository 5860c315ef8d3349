"""Slugs: the article's file name and address, made once from its title.

A slug is lowercase ASCII words joined by hyphens, at most ``MAX_SLUG_LENGTH`` characters
and cut at a word boundary, so addresses stay readable and portable. Non-Latin titles are
transliterated (unidecode) rather than dropped. The ingest runner keeps a slug forever
once given; this module only makes new ones.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable

from unidecode import unidecode

MAX_SLUG_LENGTH = 80

NOT_SLUG_CHARACTERS = re.compile(r"[^a-z0-9]+")

# Used when neither the title nor the raw file name has a single letter or digit.
FALLBACK_SLUG = "article"


def slugify(text: str, max_length: int = MAX_SLUG_LENGTH) -> str:
    """Return ``text`` as a slug of at most ``max_length`` characters (may be empty)."""
    slug = NOT_SLUG_CHARACTERS.sub("-", unidecode(text).lower()).strip("-")
    return _shorten(slug, max_length)


def unique_slug(candidates: Iterable[str], taken: Container[str]) -> str:
    """Return the first non-empty candidate slug, made unique against ``taken``
    (candidates after it are not taken from ``candidates``).

    A collision gets ``-2``, ``-3`` ... appended, the base shortened to keep the limit.
    """
    base = next((slug for slug in candidates if slug), FALLBACK_SLUG)
    if base not in taken:
        return base
    number = 2
    while True:
        suffix = f"-{number}"
        slug = _shorten(base, MAX_SLUG_LENGTH - len(suffix)) + suffix
        if slug not in taken:
            return slug
        number += 1


def _shorten(slug: str, max_length: int) -> str:
    if len(slug) <= max_length:
        return slug
    cut = slug[: max_length + 1]
    if cut.endswith("-"):
        return cut.rstrip("-")
    shortened = cut[:max_length].rpartition("-")[0]
    return shortened or cut[:max_length]  # a single overlong word is cut hard
