"""Keep Pelican's quadratic tag/category/author writers from running (issue 6).

Pelican 4.12 filters every article once per term before writing a tag, category or
author page, even when that page is not saved (``*_SAVE_AS = ""``). Our FacetGenerator
writes the term pages for the facets it declares in one linear pass, so Pelican's loops
are handed nothing for those taxonomies and for any whose pages are switched off.
The ``tags``/``categories``/``authors`` entries of the template context stay as they are.
"""

from __future__ import annotations

from .settings import SETTING

CORE_TAXONOMIES = {"tags": "tag", "categories": "category", "authors": "author"}


def skip_core_term_pages(generator) -> None:
    """Handler for ``article_generator_finalized``."""
    facets = generator.settings[SETTING]["FACETS"]
    for attribute, name in CORE_TAXONOMIES.items():
        switched_off = not generator.settings.get(f"{name.upper()}_SAVE_AS")
        if name in facets or switched_off:
            setattr(generator, attribute, {} if attribute == "tags" else [])
