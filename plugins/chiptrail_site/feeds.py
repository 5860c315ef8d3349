"""Atom feeds that never invent a publication date.

Pelican's writer gives every feed entry its article's ``date`` as ``published`` and puts
that date in the entry's id. An undated article's date is only its sort date (the day it
was added), so ``ArchiveWriter`` corrects each undated entry as it is added: no
``published``, the day it was added as ``updated`` only, and an id without a date. It also
names the archive (``SITENAME``) as the feed's author, since Atom requires one and not
every article has a byline, and files entries under their chips and tags rather than
Pelican's default category.

Feed paths come from settings: Pelican's ``FEED_ALL_ATOM`` for the archive (written by
Pelican through this writer) and ``<FACET>_FEED_ATOM`` per facet term
(``CHIP_FEED_ATOM = "feeds/chips/{slug}.atom.xml"``), written by the FacetGenerator.
``ArchiveWriter`` is the base of the site's writer (``site_writer.SiteWriter``), and also
writes the files no template renders (``write_bytes``: data exports, sitemap;
``copy_file``: raw copies).
"""

from __future__ import annotations

from pathlib import Path

from feedgenerator import get_tag_uri
from pelican.utils import get_date, set_date_tzinfo
from pelican.writers import Writer

from .output_files import KeepIdenticalFiles, write_if_changed


class ArchiveWriter(KeepIdenticalFiles, Writer):
    """Pelican's writer, with feed entries that state only what the archive knows, and
    files left untouched when their content is unchanged (``KeepIdenticalFiles``)."""

    def write_bytes(self, name: str, data: bytes) -> None:
        """Write ``data`` to ``name`` in the output folder, unless it already holds it."""
        write_if_changed(Path(self.output_path, name), data)

    def copy_file(self, name: str, source: str | Path, digest: str | None = None) -> None:
        """Copy ``source`` to ``name``; ``digest`` is a hash of its bytes, if known."""
        self.write_bytes(name, Path(source).read_bytes())

    def _create_new_feed(self, feed_type, feed_title, context):
        feed = super()._create_new_feed(feed_type, feed_title, context)
        feed.feed["author_name"] = context.get("SITENAME")
        return feed

    def _add_item_to_the_feed(self, feed, item):
        super()._add_item_to_the_feed(feed, item)
        entry = feed.items[-1]
        entry["categories"] = entry_categories(item)
        entry["author_name"] = entry["author_name"] or None  # no byline: the feed's author
        if getattr(item, "undated", False):
            entry["pubdate"] = None
            entry["updateddate"] = self._added(item)
            entry["unique_id"] = get_tag_uri(entry["link"], None)

    def _added(self, item):
        added = getattr(item, "added", None)
        date = get_date(str(added)) if added else item.date
        return set_date_tzinfo(date, self.settings.get("TIMEZONE"))


def entry_categories(article) -> list[str]:
    chips = getattr(article, "chips", None) or []
    tags = [str(tag) for tag in getattr(article, "tags", None) or []]
    return list(dict.fromkeys([*map(str, chips), *tags]))
