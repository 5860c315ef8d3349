"""Adapt our front-matter to Pelican before an Article is built from it.

Two fields clash with Pelican's own meaning:
- ``date: null`` is dropped by pelican-yaml-metadata and Pelican skips an article without
  a date, so an undated article gets its ``added`` date as a *sort* date and is marked
  ``undated``; templates never show that date as a publication date.
- ``url`` would override the article's own address on this site, so the original page's
  address is kept as ``original_url``.
"""

from __future__ import annotations

import datetime

from pelican.utils import SafeDatetime, get_date


def adapt_article_metadata(generator, metadata: dict) -> None:
    """Handler for ``article_generator_context``: edits ``metadata`` in place."""
    if "url" in metadata:
        metadata["original_url"] = metadata.pop("url")
    if "date" not in metadata and metadata.get("added"):
        metadata["date"] = sort_date(metadata["added"])
        metadata["undated"] = True


def sort_date(added) -> datetime.datetime:
    """``added`` as the datetime Pelican's ``get_date`` makes of it: midnight of that day.
    A YAML date is converted directly (``get_date`` runs dateutil's parser, a tenth of a
    second per thousand undated articles); anything else goes through ``get_date``."""
    if type(added) is datetime.date:
        return SafeDatetime(added.year, added.month, added.day)
    return get_date(str(added))
