"""The fetcher's parts: URL identity, the topic filter, the feeds file, raw headers, state."""

from __future__ import annotations

import json

import pytest

from chiptrail_normalise.feeds_config import Feed, FeedsConfigError, load_feeds
from chiptrail_normalise.fetch_state import FetchState, load_state, save_state
from chiptrail_normalise.raw_store import header_line, raw_name, read_header, store
from chiptrail_normalise.relevance import term_pattern, tracked_term_in, tracked_terms
from chiptrail_normalise.urls import normalise_url


@pytest.mark.parametrize("variant", [
    "https://example.com/news/h20",
    "HTTPS://Example.COM/news/h20/",
    "https://example.com:443/news/h20",
    "https://example.com/news/h20#comments",
    "https://example.com/news/h20?utm_source=rss&utm_campaign=x",
    "https://example.com/news/h20?fbclid=abc&gclid=def",
])
def test_cosmetic_url_variants_have_one_identity(variant):
    assert normalise_url(variant) == "https://example.com/news/h20"


def test_url_parts_that_select_a_page_are_kept():
    assert normalise_url("https://example.com/News/H20?id=7&utm_medium=x") == "https://example.com/News/H20?id=7"
    assert normalise_url("http://example.com:8080/a") == "http://example.com:8080/a"


@pytest.mark.parametrize("text, term", [
    ("US tightens export controls on chips", "export controls"),
    ("Twelve firms added to the Entity List", "Entity List"),
    ("China halts orders of H20s", "H20s"),
    ("Nvidia resumes H20 sales", "H20"),
    ("Nvidia H200 cleared", "H200"),
    ("Huawei's Ascend 910C ramps up", "Ascend 910C"),
])
def test_items_naming_a_tracked_chip_or_keyword_are_on_topic(text, term):
    assert tracked_term_in(text, term_pattern(tracked_terms())) == term


@pytest.mark.parametrize("text", [
    "The best gaming laptops of the year",
    "BISON herds return to the plains",
    "H2O prices fall",
])
def test_items_naming_nothing_tracked_are_off_topic(text):
    assert tracked_term_in(text, term_pattern(tracked_terms())) is None


def test_a_feed_keyword_widens_the_filter_for_that_feed_only():
    assert tracked_term_in("New gaming laptops", term_pattern(tracked_terms(["laptops"]))) == "laptops"
    assert tracked_term_in("New gaming laptops", term_pattern(tracked_terms())) is None


def test_the_feeds_file_accepts_addresses_and_mappings(tmp_path):
    path = tmp_path / "feeds.yaml"
    path.write_text("feeds:\n  - https://a.example/feed\n"
                    "  - {url: https://b.example/atom, name: B News, keywords: [CoWoS]}\n")
    feeds, problems = load_feeds(path)
    assert feeds == [Feed("https://a.example/feed"), Feed("https://b.example/atom", "B News", ("CoWoS",))]
    assert problems == []


def test_bad_feed_entries_are_reported_and_left_out(tmp_path):
    path = tmp_path / "feeds.yaml"
    path.write_text("feeds:\n  - 42\n  - {url: 'javascript:alert(1)'}\n"
                    "  - {url: https://ok.example/feed, keywords: H20}\n")
    feeds, problems = load_feeds(path)
    assert feeds == [Feed("https://ok.example/feed")]
    assert problems == [
        "feeds.yaml feed #1: expected a URL or a mapping, got 42",
        "feeds.yaml feed #2: `url` must be an http(s) address, got 'javascript:alert(1)'",
        "feeds.yaml feed #3: `keywords` must be a list of words; ignored",
    ]


@pytest.mark.parametrize("text, message", [
    ("feeds: [", "is not valid YAML"),
    ("- https://a.example/feed\n", "needs a top-level `feeds:` list"),
])
def test_an_unusable_feeds_file_is_an_error(tmp_path, text, message):
    path = tmp_path / "feeds.yaml"
    path.write_text(text)
    with pytest.raises(FeedsConfigError, match=message):
        load_feeds(path)


def test_raw_names_carry_date_slug_and_url_hash():
    name = raw_name("2026-11-23T03:30:00Z", "Nvidia’s H20: China says no", "https://x.example/a?utm_source=y")
    assert name.startswith("2026-11-23-nvidia-s-h20-china-says-no-") and name.endswith(".html")
    assert name == raw_name("2026-11-23", "Nvidia’s H20: China says no", "https://x.example/a")


def test_a_hostile_url_cannot_close_the_header_comment(tmp_path):
    provenance = {"url": "https://x.example/--><script>alert(1)</script>", "feed": None}
    line = header_line(provenance)
    assert line.count(b"-->") == 1 and b"<script" not in line
    (tmp_path / "page.html").write_bytes(line + b"<html></html>")
    assert read_header(tmp_path / "page.html") == provenance


def test_a_page_saved_by_hand_has_no_header(tmp_path):
    (tmp_path / "saved.html").write_text("<!-- saved from url=(0014)about:internet -->\n<html></html>")
    assert read_header(tmp_path / "saved.html") is None


def test_storing_never_replaces_an_existing_file(tmp_path):
    assert store(tmp_path, "a.html", {"url": "u"}, b"<html>first</html>")
    assert not store(tmp_path, "a.html", {"url": "u"}, b"<html>second</html>")
    assert (tmp_path / "a.html").read_bytes().endswith(b"<html>first</html>")
    assert sorted(path.name for path in tmp_path.iterdir()) == ["a.html"]


def test_state_round_trips_through_its_file(tmp_path):
    saved = FetchState({"https://f.example/feed": {"etag": '"v1"'}})
    saved.remember("https://x.example/a/?utm_source=z", "abc123", "a.html")
    save_state(tmp_path / ".fetch-state.json", saved)
    loaded, note = load_state(tmp_path / ".fetch-state.json", tmp_path / "raw")
    assert (loaded, note) == (saved, None)
    assert loaded.has_url("https://X.example/a")


def test_an_unreadable_state_file_is_rebuilt_from_raw_headers(tmp_path):
    raw = tmp_path / "raw"
    store(raw, "a.html", {"url": "https://x.example/a", "sha256": "abc"}, b"<html></html>")
    (raw / "saved.html").write_bytes(b"<html>saved by hand</html>")
    (tmp_path / ".fetch-state.json").write_text("{not json")
    state, note = load_state(tmp_path / ".fetch-state.json", raw)
    assert note.startswith(".fetch-state.json unreadable (")
    assert state.has_url("https://x.example/a")
    assert state.seen_sha256["abc"] == "a.html"
    assert "saved.html" in state.seen_sha256.values()


def test_rebuilding_the_index_does_not_follow_symlinks_out_of_the_tree(tmp_path):
    outside = tmp_path / "outside.html"
    outside.write_text("<html>secret</html>")
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "link.html").symlink_to(outside)
    state, _ = load_state(tmp_path / "missing.json", raw)
    assert state.seen_sha256 == {} and state.seen_urls == {}


def test_state_is_written_as_json(tmp_path):
    save_state(tmp_path / "s.json", FetchState())
    assert json.loads((tmp_path / "s.json").read_text())["version"] == 1
