"""Atom feeds of the published site: the archive and each chip, stance and source, valid,
linked from their pages, and never inventing a publication date."""

from __future__ import annotations

import feedparser
import pytest
from sitebuild import built_site, parse, published_site

SITEURL = "https://chiptrail.example.org"
UNDATED_LINK = f"{SITEURL}/articles/what-the-h20-means/"


@pytest.fixture(scope="module")
def published():
    return published_site()


def feeds(output):
    return sorted((output / "feeds").rglob("*.atom.xml"))


def read(path):
    return feedparser.parse(path.read_bytes())


def alternates(tree) -> list[str]:
    return [link.get("href") for link in tree.iter("link")
            if link.get("rel") == "alternate" and link.get("type") == "application/atom+xml"]


def links(feed) -> list[str]:
    return [entry.link for entry in feed.entries]


def test_there_is_a_feed_for_the_archive_and_every_chip_stance_and_source(published):
    names = {p.relative_to(published / "feeds").as_posix() for p in feeds(published)}
    assert names == {"all.atom.xml",
                     "chips/h20.atom.xml", "chips/h200.atom.xml", "chips/h100.atom.xml",
                     "chips/ascend.atom.xml", "stances/easing.atom.xml",
                     "stances/tightening.atom.xml", "stances/mixed.atom.xml",
                     "stances/neutral.atom.xml", "sources/digifusion.atom.xml",
                     "sources/globaltimesaicom.atom.xml", "sources/reuters.atom.xml"}


def test_every_feed_is_well_formed_atom_with_dated_identified_entries(published):
    for path in feeds(published):
        feed = read(path)
        assert not feed.bozo, (path, feed.get("bozo_exception"))
        assert feed.version == "atom10", path
        assert feed.feed.id and feed.feed.updated and feed.feed.author == "ChipTrail", path
        assert feed.entries, path
        for entry in feed.entries:
            assert entry.id and entry.title and entry.updated_parsed, (path, entry.get("id"))
            assert entry.link.startswith(f"{SITEURL}/articles/"), path
        assert len({e.id for e in feed.entries}) == len(feed.entries), path


def test_archive_feed_has_every_article_newest_first(published):
    feed = read(published / "feeds/all.atom.xml")
    assert links(feed) == [f"{SITEURL}/articles/{slug}/" for slug in (
        "what-the-h20-means", "china-rejects-nvidia-h200", "us-grants-h20-licences",
        "h200-mixed-signals", "us-warns-huawei-ascend")]


def test_term_feeds_hold_exactly_the_terms_articles(published):
    h200 = read(published / "feeds/chips/h200.atom.xml")
    assert links(h200) == [f"{SITEURL}/articles/{slug}/" for slug in (
        "china-rejects-nvidia-h200", "us-grants-h20-licences", "h200-mixed-signals")]
    assert h200.feed.title == "ChipTrail - Chips: H200"
    assert len(read(published / "feeds/stances/tightening.atom.xml").entries) == 2
    assert len(read(published / "feeds/sources/digifusion.atom.xml").entries) == 2


def test_dated_entry_is_published_on_its_date(published):
    feed = read(published / "feeds/all.atom.xml")
    entry = next(e for e in feed.entries if e.link.endswith("/china-rejects-nvidia-h200/"))
    assert entry.published.startswith("2025-12-11")
    assert entry.tags and [t.term for t in entry.tags][:3] == ["H200", "H100", "Ascend"]


def test_undated_entry_has_no_published_date_only_the_day_it_was_added(published):
    for path in (published / "feeds/all.atom.xml", published / "feeds/chips/h20.atom.xml"):
        entry = next(e for e in read(path).entries if e.link == UNDATED_LINK)
        assert "published" not in entry
        assert entry.updated.startswith("2026-11-21")
        assert entry.id == "tag:chiptrail.example.org:/articles/what-the-h20-means/"


def test_entry_author_is_the_byline_only(published):
    feed = read(published / "feeds/all.atom.xml")
    by = {e.link.rsplit("/", 2)[-2]: e.get("author") for e in feed.entries}
    assert by["us-grants-h20-licences"] == "Jane Doe"
    assert by["china-rejects-nvidia-h200"] in (None, "ChipTrail")  # the feed's author only


def test_term_pages_link_their_feed_and_every_page_the_archive_feed(published):
    chip = alternates(parse(published / "chips/h200/index.html"))
    assert chip == [f"{SITEURL}/feeds/all.atom.xml", f"{SITEURL}/feeds/chips/h200.atom.xml"]
    stance = alternates(parse(published / "stances/easing/index.html"))
    assert f"{SITEURL}/feeds/stances/easing.atom.xml" in stance
    source = alternates(parse(published / "sources/digifusion/index.html"))
    assert f"{SITEURL}/feeds/sources/digifusion.atom.xml" in source
    assert alternates(parse(published / "index.html")) == [f"{SITEURL}/feeds/all.atom.xml"]


def test_tag_pages_have_no_feed_unless_asked(published):
    assert not (published / "feeds" / "tags").exists()
    assert alternates(parse(published / "tags/licences/index.html")) == [
        f"{SITEURL}/feeds/all.atom.xml"]


def test_local_build_writes_no_feed_without_a_site_address():
    assert not (built_site() / "feeds").exists()
