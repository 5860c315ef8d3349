"""URLs of facet pages, read from settings the way Pelican does for tags.

A facet named ``chip`` gets a ``URLWrapper`` subclass named ``Chip``, so its terms read
``CHIP_URL`` / ``CHIP_SAVE_AS`` (and ``CHIP_REGEX_SUBSTITUTIONS``) exactly like core's
``Tag`` reads ``TAG_*``; the overview page reads ``CHIPS_URL`` / ``CHIPS_SAVE_AS``, and a
term's Atom feed ``CHIP_FEED_ATOM`` (no feed when it is unset).
"""

from __future__ import annotations

import hashlib

from pelican.urlwrappers import URLWrapper


class FacetLinks:
    """Makes term URL wrappers for one facet and knows the facet's overview URL."""

    def __init__(self, name: str, spec: dict, settings):
        self.settings = settings
        self.term_class = type(name.capitalize(), (URLWrapper,), {"__module__": __name__})
        self.overview = spec["plural"].upper()
        self.feed_pattern = settings.get(f"{name.upper()}_FEED_ATOM")
        self.wrappers: dict[str, URLWrapper] = {}

    def for_term(self, value: str) -> URLWrapper:
        """One wrapper per value, so its slug is computed once per build, not once per
        link to it (tens of thousands of links at 1,000 articles)."""
        wrapper = self.wrappers.get(value)
        if wrapper is None:
            wrapper = self.wrappers[value] = self.term_class(value, self.settings)
            if not wrapper.slug:  # '!!!' or '<b>' slugify to nothing: the overview's URL
                wrapper.slug = fallback_slug(value)
        return wrapper

    def slug_of(self, value: str) -> str:
        return self.for_term(value).slug

    def feed_for(self, slug: str) -> str | None:
        """The path of a term's feed, or None when the facet has no feeds."""
        return str(self.feed_pattern).format(slug=slug) if self.feed_pattern else None

    @property
    def url(self) -> str:
        return self.settings[f"{self.overview}_URL"]

    @property
    def save_as(self) -> str:
        return self.settings[f"{self.overview}_SAVE_AS"]


def fallback_slug(value: str) -> str:
    """A stable slug for a term with no letters or digits to slugify."""
    return "term-" + hashlib.sha256(value.encode("utf-8")).hexdigest()[:10]
