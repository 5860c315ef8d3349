"""Defaults and validation for the plugin's one dict setting, ``CHIPTRAIL_SITE``.

Facets are declared, like Hugo taxonomies: each entry names the front-matter field it
groups by, and URL settings follow Pelican's convention (``CHIP_URL``, ``CHIP_SAVE_AS``
for a term page, ``CHIPS_URL``, ``CHIPS_SAVE_AS`` for the facet's overview). A user adds
a facet by adding an entry here and two small templates; no code changes.
"""

from __future__ import annotations

import copy
import logging

from .search import SHARD_PAGES

logger = logging.getLogger(__name__)

SETTING = "CHIPTRAIL_SITE"

STANCES = ("easing", "tightening", "mixed", "neutral")

DEFAULT_FACETS = {
    # "about": the field listing the terms an article is *about*; others are mentions.
    # "chart": the overview and term pages show the status chart (status_chart.py).
    "chip": {"field": "chips", "plural": "chips", "title": "Chips", "order": "count",
             "about": "chips_about", "chart": True},
    "stance": {"field": "stance", "plural": "stances", "title": "Stances",
               "order": list(STANCES)},
    "source": {"field": "source", "plural": "sources", "title": "Sources", "order": "name"},
    "tag": {"field": "tags", "plural": "tags", "title": "Tags", "order": "name"},
}

DEFAULTS = {
    "FACETS": DEFAULT_FACETS,
    # The latest-articles list beyond the home page, numbered from the oldest article so
    # a page keeps its address and content while newer articles are added (list_pages.py).
    "LIST_PAGE_URL": "page/{number}/",
    "LIST_PAGE_SAVE_AS": "page/{number}/index.html",
    "TIMELINE_URL": "timeline/",
    "TIMELINE_SAVE_AS": "timeline/index.html",
    # {name}: the raw file's name, with ".txt" added unless it already ends so, so a
    # raw .html file is served as inert text, never as a live page.
    "RAW_URL": "raw/{name}",
    "RAW_SAVE_AS": "raw/{name}",
    "HOME_CHIPS": 12,
    # Lanes in the status chart of a facet overview (its first terms in display order).
    "CHART_LANES": 20,
    "SEARCH_URL": "search/",
    "SEARCH_SAVE_AS": "search/index.html",
    # Articles per search-index shard: Pagefind's memory grows with what one run indexes.
    "SEARCH_SHARD_PAGES": SHARD_PAGES,
    # Served for any missing address, so its links are written site-absolute.
    "NOT_FOUND_SAVE_AS": "404.html",
    "SITEMAP_SAVE_AS": "sitemap.xml",
    "DATA_JSON_SAVE_AS": "data/articles.json",
    "DATA_CSV_SAVE_AS": "data/articles.csv",
    # Pages are rendered by this many processes (None: one per usable core), unless
    # fewer than RENDER_IN_PROCESS_BELOW pages need rendering (site_writer.py).
    "RENDER_PROCESSES": None,
    "RENDER_IN_PROCESS_BELOW": 64,
}

FACET_KEYS = {"field", "plural", "title", "order", "about", "chart", "template",
              "index_template"}
FACET_REQUIRED = {"field", "plural"}


def apply_defaults(pelican) -> None:
    """Fill ``CHIPTRAIL_SITE`` and the per-facet URL settings the user left out."""
    settings = pelican.settings
    site = settings.setdefault(SETTING, {})
    for key, value in DEFAULTS.items():
        site.setdefault(key, copy.deepcopy(value))
    for problem in validate(site):
        logger.error("%s: %s", SETTING, problem)
    site["FACETS"] = {name: facet for name, facet in dict(site["FACETS"] or {}).items()
                      if isinstance(facet, dict) and FACET_REQUIRED <= set(facet)}
    for name, facet in site["FACETS"].items():
        _default_facet_urls(settings, name, facet)


def _default_facet_urls(settings, name: str, facet: dict) -> None:
    plural = facet["plural"]
    term, overview = name.upper(), plural.upper()
    settings.setdefault(f"{term}_URL", f"{plural}/{{slug}}/")
    settings.setdefault(f"{term}_SAVE_AS", f"{plural}/{{slug}}/index.html")
    settings.setdefault(f"{overview}_URL", f"{plural}/")
    settings.setdefault(f"{overview}_SAVE_AS", f"{plural}/index.html")


def validate(site: dict) -> list[str]:
    """Return one message per bad key, so a typo is reported rather than ignored."""
    problems = [f"unknown key {key!r}" for key in site if key not in DEFAULTS]
    facets = site.get("FACETS")
    if not isinstance(facets, dict) or not facets:
        return [*problems, "FACETS must be a non-empty mapping of facet name to spec"]
    for name, facet in facets.items():
        problems += _validate_facet(name, facet)
    return problems


def _validate_facet(name: str, facet) -> list[str]:
    if not isinstance(facet, dict):
        return [f"facet {name!r} must be a mapping"]
    problems = [f"facet {name!r}: unknown key {key!r}" for key in facet if key not in FACET_KEYS]
    problems += [f"facet {name!r}: missing {key!r}" for key in sorted(FACET_REQUIRED - set(facet))]
    order = facet.get("order", "name")
    if not (order in ("name", "count") or isinstance(order, list)):
        problems.append(f"facet {name!r}: order must be 'name', 'count' or a list of terms")
    return problems
