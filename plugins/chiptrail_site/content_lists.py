"""The article and page lists, without Pelican's translation handling (issue 6).

Pelican 4.12 groups content into translations in a loop that is quadratic in the number
of articles (about 1.5 s at 10,000, 9 s at 20,000). The archive has one language, so
``pelicanconf.py`` turns it off (``ARTICLE_TRANSLATION_ID = None``). It did two things the
site relies on, and this module does them instead:

- an order that does not depend on the order files were found in: Pelican sorted the
  lists by slug before ordering them (``ARTICLE_ORDER_BY``, newest first), so articles
  of the same date are listed by slug. ``order_ties_by_slug`` sorts the same way;
- a warning for two items with the same slug. ``drop_shared_addresses`` logs an error
  naming the source files of any two articles (or pages) with the same slug, and so the
  same address, and keeps only the first by source path, so the rest of the build (story
  grouping, the writer) still sees one item per address and a hand-made file clashing
  with an ingested one fails ``invoke build`` (``--fatal errors``) with both names.

Once the lists are settled, ``fix_addresses`` formats each item's address once. Pelican
formats ``url`` from the settings on every read (a copy of the metadata and two path
resolutions each time): about 100,000 reads and 5 s at 10,000 articles, from lists,
digests, the sitemap and the exports. The formatted value is kept in Pelican's own
``override_url``, which it reads first; an item's slug, date and category, all its
address is made of, no longer change by then. (``override_save_as`` would also tell
Pelican's writer that the item may overwrite another page's file, so ``save_as`` is
left as it is.)
"""

from __future__ import annotations

import logging
from collections import defaultdict
from operator import attrgetter

from pelican.generators import ArticlesGenerator, PagesGenerator
from pelican.utils import order_content

logger = logging.getLogger(__name__)

ARTICLE_LISTS = ("articles", "hidden_articles", "drafts")
PAGE_LISTS = ("pages", "hidden_pages", "draft_pages")
# The lists whose items are written (DRAFT_SAVE_AS is off), published ones first.
WRITTEN = {"articles": ARTICLE_LISTS[:2], "pages": PAGE_LISTS[:2]}


def prepare_article_lists(generator: ArticlesGenerator) -> None:
    """Handler for ``article_generator_pretaxonomy``: before tags and dates are listed."""
    drop_shared_addresses(generator, WRITTEN["articles"])
    order_ties_by_slug(generator, ARTICLE_LISTS, generator.settings["ARTICLE_ORDER_BY"])
    fix_addresses(generator, WRITTEN["articles"])


def prepare_page_lists(generator: PagesGenerator) -> None:
    """Handler for ``page_generator_finalized`` (the context holds the same lists)."""
    drop_shared_addresses(generator, WRITTEN["pages"])
    order_ties_by_slug(generator, PAGE_LISTS, generator.settings["PAGE_ORDER_BY"])
    fix_addresses(generator, WRITTEN["pages"])


def order_ties_by_slug(generator, lists: tuple[str, ...], order_by) -> None:
    """Sort each list in place by slug, then by ``order_by`` (a stable sort), as Pelican's
    translation handling left them."""
    for name in lists:
        items = getattr(generator, name)
        items.sort(key=attrgetter("slug"))
        order_content(items, order_by)


def drop_shared_addresses(generator, lists: tuple[str, ...]) -> None:
    """One error per slug (and so address) that two or more items share; the item with
    the first source path keeps it, the others are left out of the lists. Compared by
    slug, as Pelican did: formatting every item's address costs a second at 10,000."""
    sharing = defaultdict(list)
    for name in lists:
        for item in getattr(generator, name):
            sharing[item.slug].append(item)
    dropped = set()
    for items in sharing.values():
        if len(items) > 1:
            paths = sorted(item.source_path for item in items)
            logger.error("%d files have the same slug and address %r (rename all but one; "
                         "only the first is built): %s", len(paths), items[0].save_as,
                         ", ".join(paths))
            dropped.update(id(item) for item in items if item.source_path != paths[0])
    for name in lists:
        getattr(generator, name)[:] = [item for item in getattr(generator, name)
                                       if id(item) not in dropped]


def fix_addresses(generator, lists: tuple[str, ...]) -> None:
    """Keep each item's formatted ``url`` where Pelican reads it first."""
    for name in lists:
        for item in getattr(generator, name):
            item.override_url = item.url
