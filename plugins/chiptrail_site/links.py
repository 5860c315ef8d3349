"""URLs of facet pages, read from settings the way Pelican does for tags.

A facet named ``chip`` gets a ``URLWrapper`` subclass named ``Chip``, so its terms read
``CHIP_URL`` / ``CHIP_SAVE_AS`` (and ``CHIP_REGEX_SUBSTITUTIONS``) exactly like core's
``Tag`` reads ``TAG_*``; the overview page reads ``CHIPS_URL`` / ``CHIPS_SAVE_AS``, and a
term's Atom feed ``CHIP_FEED_ATOM`` (no feed when it is unset).
"""

from __future__ import annotations

from pelican.urlwrappers import URLWrapper


class FacetLinks:
    """Makes term URL wrappers for one facet and knows the facet's overview URL."""

    def __init__(self, name: str, spec: dict, settings):
        self.settings = settings
        self.term_class = type(name.capitalize(), (URLWrapper,), {"__module__": __name__})
        self.overview = spec["plural"].upper()
        self.feed_pattern = settings.get(f"{name.upper()}_FEED_ATOM")

    def for_term(self, value: str) -> URLWrapper:
        return self.term_class(value, self.settings)

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
