"""An undated article is sorted by the day it was added: midnight of that day, exactly
the datetime Pelican's own ``get_date`` makes of it, however ``added`` was written."""

import datetime

import pytest
from pelican.utils import get_date

from chiptrail_site.frontmatter import adapt_article_metadata


@pytest.mark.parametrize("added", [datetime.date(2026, 1, 2), datetime.date(1999, 12, 31),
                                   "2025-03-04", datetime.datetime(2025, 3, 4, 5, 6)])
def test_undated_article_sorts_by_the_date_pelican_reads_from_added(added):
    metadata = {"added": added}

    adapt_article_metadata(None, metadata)

    expected = get_date(str(added))
    assert metadata["undated"] is True
    assert metadata["date"] == expected and type(metadata["date"]) is type(expected)
    assert metadata["date"].tzinfo is None


def test_dated_article_keeps_its_date_and_its_original_address_moves_aside():
    metadata = {"date": get_date("2025-12-11"), "added": datetime.date(2026, 1, 2),
                "url": "https://example.com/story"}

    adapt_article_metadata(None, metadata)

    assert metadata["date"] == get_date("2025-12-11") and "undated" not in metadata
    assert metadata["original_url"] == "https://example.com/story" and "url" not in metadata
