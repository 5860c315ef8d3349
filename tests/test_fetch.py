"""`invoke fetch`: feeds in, on-topic articles out as raw HTML files — once each, safely.

A local server on 127.0.0.1 serves the fixture feeds in tests/fixtures/feeds/ and every
kind of broken feed; no test touches the internet.
"""

from __future__ import annotations

import hashlib
import io
import json
import threading
from datetime import datetime, timezone

import pytest

from chiptrail_normalise.atomic import exclusive_lock
from chiptrail_normalise.download import Limits
from chiptrail_normalise.feeds_config import Feed
from chiptrail_normalise.fetch import FetchConfig, fetch, main
from chiptrail_normalise.raw_store import raw_name, read_header
from fetch_server import (
    FIXTURES,
    FixtureServer,
    declared_huge,
    endless_body,
    gzip_bomb,
    redirect,
    respond,
    sequence,
    silent,
    trickle,
)

MB = 1024 * 1024
NOW = datetime(2026, 11, 23, 3, 30, tzinfo=timezone.utc)
LIMITS = Limits(connect_timeout=1, read_timeout=0.2, deadline=0.4, max_bytes=1 * MB,
                max_redirects=5, retries=1, backoff=0.01)
SEED = b"Seed article pasted by hand about the H20.\n"
RSS = "application/rss+xml"


@pytest.fixture
def server():
    fixture = FixtureServer().start()
    for name in ("h20", "h200", "ascend", "laptops"):
        fixture.fixture(f"/articles/{name}.html", f"articles/{name}.html", "text/html; charset=utf-8")
    fixture.fixture("/partner/h200-copy.html", "articles/h200.html", "text/html")
    fixture.route("/files/rule.pdf", respond(b"%PDF-1.4 BIS rule", "application/pdf"))
    yield fixture
    fixture.stop()


@pytest.fixture
def content(tmp_path):
    """A content folder that already holds a hand-pasted raw file."""
    raw = tmp_path / "content" / "raw"
    raw.mkdir(parents=True)
    (raw / "000_seed.txt").write_bytes(SEED)
    return tmp_path / "content"


def run(content, *feeds, limits=LIMITS):
    progress = io.StringIO()
    config = FetchConfig(content, [feed if isinstance(feed, Feed) else Feed(feed) for feed in feeds],
                         limits=limits, sleep=lambda seconds: None, now=lambda: NOW)
    summary = fetch(config, progress)
    return summary, progress.getvalue()


def stored(content):
    return sorted(path.name for path in (content / "raw").glob("*.html"))


def state(content):
    return json.loads((content / ".fetch-state.json").read_text())


def test_on_topic_items_become_raw_html_files_with_provenance(server, content):
    feed = server.fixture("/rss.xml", "rss.xml", RSS)
    summary, _ = run(content, feed)
    h20_url = server.url("/articles/h20.html?utm_source=rss&utm_medium=feed")
    h20_name = raw_name("2026-11-23", "US weighs new H20 export licences for China", h20_url)
    assert h20_name.startswith("2026-11-23-us-weighs-new-h20-export-licences-for-china-")
    assert stored(content) == sorted([h20_name, raw_name("2026-11-23", "Nvidia H200 cleared for sale",
                                                          server.url("/articles/h200.html"))])
    page = (FIXTURES / "articles" / "h20.html").read_bytes()
    first_line, body = (content / "raw" / h20_name).read_bytes().split(b"\n", 1)
    assert first_line.startswith(b"<!-- chiptrail: {") and first_line.endswith(b"} -->")
    assert body == page
    assert read_header(content / "raw" / h20_name) == {
        "url": h20_url,
        "feed": feed,
        "fetched": "2026-11-23T03:30:00Z",
        "published": "2025-07-15T08:30:00Z",
        "sha256": hashlib.sha256(page).hexdigest(),
    }
    assert summary.line() == "new 2 / skipped 2 / failed 0"


def test_off_topic_items_are_never_fetched(server, content):
    summary, progress = run(content, server.fixture("/rss.xml", "rss.xml", RSS))
    assert server.hits["/articles/laptops.html"] == 0
    assert summary.off_topic == 1
    assert "5 items, 4 on topic" in progress


def test_a_feed_keyword_lets_its_own_topics_in(server, content):
    run(content, Feed(server.fixture("/rss.xml", "rss.xml", RSS), keywords=("laptops",)))
    assert server.hits["/articles/laptops.html"] == 1
    assert any("gaming-laptops" in name for name in stored(content))


def test_a_tracking_or_fragment_variant_of_a_stored_url_is_not_fetched_again(server, content):
    summary, progress = run(content, server.fixture("/rss.xml", "rss.xml", RSS))
    assert server.hits["/articles/h20.html"] == 1
    assert f"= already stored: {server.url('/articles/h20.html#comments')}" in progress
    assert server.url("/articles/h20.html") in state(content)["seen_urls"]


def test_the_same_page_under_another_url_is_stored_once(server, content):
    summary, progress = run(content, server.fixture("/rss.xml", "rss.xml", RSS))
    assert server.hits["/partner/h200-copy.html"] == 1
    assert not any("syndicated" in name for name in stored(content))
    assert "= same page as raw/2026-11-23-nvidia-h200-cleared-for-sale-" in progress


def test_an_atom_feed_works_and_a_non_html_page_fails_only_that_item(server, content):
    feed = server.fixture("/atom.xml", "atom.xml", "application/atom+xml")
    summary, progress = run(content, feed)
    assert [name for name in stored(content) if "ascend" in name]
    assert f"! {server.url('/files/rule.pdf')}: not HTML (Content-Type application/pdf)" in progress
    assert summary.line() == "new 1 / skipped 0 / failed 1"
    assert feed not in state(content)["validators"]  # so the failed item is retried next run


def test_an_unchanged_feed_answers_304_and_nothing_is_written(server, content):
    body = (FIXTURES / "rss.xml").read_text().replace("__BASE__", server.base).encode()
    feed = server.route("/rss.xml", respond(body, RSS, etag='"v1"'))
    run(content, feed)
    before = {name: (content / "raw" / name).read_bytes() for name in stored(content)}
    summary, progress = run(content, feed)
    assert server.requests[-1]["if-none-match"] == '"v1"'
    assert "not modified since the last fetch" in progress
    assert summary.line() == "new 0 / skipped 0 / failed 0"
    assert {name: (content / "raw" / name).read_bytes() for name in stored(content)} == before
    assert server.hits["/articles/h20.html"] == 1


def test_last_modified_is_sent_back_as_if_modified_since(server, content):
    stamp = "Mon, 01 Sep 2025 12:00:00 GMT"
    body = (FIXTURES / "atom.xml").read_text().replace("__BASE__", server.base).encode()
    not_modified = respond(b"", status=304)
    first = respond(body, RSS, headers={"Last-Modified": stamp})
    feed = server.route("/atom.xml", sequence(first, not_modified))
    server.route("/files/rule.pdf", respond(b"<html>BIS rule</html>", "text/html"))
    run(content, feed)
    summary, _ = run(content, feed)
    assert server.requests[-1]["if-modified-since"] == stamp
    assert summary.line() == "new 0 / skipped 0 / failed 0"


def test_a_flaky_feed_is_retried(server, content):
    body = (FIXTURES / "atom.xml").read_text().replace("__BASE__", server.base).encode()
    feed = server.route("/flaky.xml", sequence(respond(b"", status=500), respond(body, RSS)))
    summary, _ = run(content, feed)
    assert server.hits["/flaky.xml"] == 2
    assert summary.new == 1


BROKEN_FEEDS = {
    "invalid XML": (lambda s: s.fixture("/broken", "invalid.xml", RSS), "invalid feed"),
    "HTML page instead of a feed": (lambda s: s.route("/broken", respond(b"<html><p>hi</p></html>")),
                                    "not an RSS or Atom feed"),
    "404": (lambda s: s.url("/broken"), "HTTP 404 Not Found"),
    "500": (lambda s: s.route("/broken", respond(b"", status=500)), "HTTP 500 Internal Server Error"),
    "redirect loop": (lambda s: s.route("/broken", redirect("/broken")), "redirect loop"),
    "endless redirects": (lambda s: [s.route(f"/r{n}", redirect(f"/r{n + 1}")) for n in range(9)][0],
                          "too many redirects"),
    "server never answers": (lambda s: s.route("/broken", silent(s)), "no answer within 0.2s"),
    "trickling server": (lambda s: s.route("/broken", trickle(s)), "0.4s deadline"),
    "gzip bomb": (lambda s: s.route("/broken", gzip_bomb(20 * MB)), "gzip bomb"),
    "streamed 50 MB": (lambda s: s.route("/broken", endless_body(50 * MB)), "response too large"),
    "declared 1 GB": (lambda s: s.route("/broken", declared_huge(1024 * MB)), "response too large"),
}


@pytest.mark.parametrize("kind", BROKEN_FEEDS)
def test_a_broken_feed_is_reported_with_its_reason_and_the_others_go_on(server, content, kind):
    make_feed, reason = BROKEN_FEEDS[kind]
    broken = make_feed(server)
    good = server.fixture("/atom.xml", "atom.xml", "application/atom+xml")
    server.route("/files/rule.pdf", respond(b"<html>BIS rule text</html>", "text/html"))
    summary, progress = run(content, broken, good)
    assert f"FAILED: {broken}: " in progress and reason in progress
    assert summary.failures[0].startswith(f"{broken}: ") and reason in summary.failures[0]
    assert summary.line() == "new 2 / skipped 0 / failed 1"
    assert (content / "raw" / "000_seed.txt").read_bytes() == SEED
    assert broken not in state(content)["validators"]


def test_the_seen_index_is_rebuilt_from_raw_headers_when_the_state_file_is_lost(server, content):
    feed = server.fixture("/rss.xml", "rss.xml", RSS)
    run(content, feed)
    files = stored(content)
    (content / ".fetch-state.json").unlink()
    summary, progress = run(content, feed)
    assert "no .fetch-state.json: seen-index rebuilt from 2 raw files" in progress
    assert stored(content) == files
    assert server.hits["/articles/h20.html"] == 1 and server.hits["/articles/h200.html"] == 1
    assert summary.new == 0


def test_an_existing_raw_file_is_never_overwritten(server, content):
    url = server.url("/articles/h200.html")
    taken = content / "raw" / raw_name("2026-11-23", "Nvidia H200 cleared for sale", url)
    taken.write_bytes(b"<html>kept by hand</html>")
    summary, progress = run(content, server.fixture("/rss.xml", "rss.xml", RSS))
    assert taken.read_bytes() == b"<html>kept by hand</html>"
    assert "exists already; left as it is" in progress


def test_temp_files_of_a_crashed_run_are_cleared_and_none_are_left(server, content):
    (content / "raw" / ".2026-11-23-h20-0000.html.ab12cd34.chiptrail.tmp").write_bytes(b"<html>half")
    run(content, server.fixture("/rss.xml", "rss.xml", RSS))
    assert [path.name for path in content.rglob("*.tmp")] == []


def test_a_second_fetch_waits_for_the_running_one(server, content):
    feed = server.fixture("/atom.xml", "atom.xml", "application/atom+xml")
    finished = []
    with exclusive_lock(content / "raw", on_wait=lambda: None):
        second = threading.Thread(target=lambda: finished.append(run(content, feed)))
        second.start()
        second.join(0.3)
        assert finished == []  # still waiting for the lock
    second.join(2)
    summary, progress = finished[0]
    assert progress.startswith("another fetch is running; waiting for it\n")
    assert summary.new == 1


def test_the_command_line_tries_one_feed_without_remembering_its_etag(server, content, capsys):
    body = (FIXTURES / "atom.xml").read_text().replace("__BASE__", server.base).encode()
    feed = server.route("/atom.xml", respond(body, "application/atom+xml", etag='"v1"'))
    server.route("/files/rule.pdf", respond(b"<html>BIS rule text</html>", "text/html"))
    assert main(["--feed", feed, "--content", str(content)]) == 0
    out, err = capsys.readouterr()
    assert out == "new 2 / skipped 0 / failed 0\n"
    assert "[1/1] " + feed in err
    assert state(content)["validators"] == {}


def test_the_command_line_reads_feeds_yaml_and_reports_bad_entries(server, content, capsys):
    good = server.fixture("/atom.xml", "atom.xml", "application/atom+xml")
    (content / "feeds.yaml").write_text(f"feeds:\n  - url: {good}\n    colour: red\n  - ftp://nope\n")
    assert main(["--content", str(content)]) == 1  # the PDF item failed
    out, err = capsys.readouterr()
    assert out == "new 1 / skipped 0 / failed 1\n"
    assert "feeds.yaml feed #1: unknown key 'colour' ignored" in err
    assert "feeds.yaml feed #2: `url` must be an http(s) address, got 'ftp://nope'" in err
    assert f"failed: {server.url('/files/rule.pdf')}: not HTML" in err


def test_the_command_line_without_a_feeds_file_says_where_to_put_it(content, capsys):
    assert main(["--content", str(content)]) == 2
    assert "feeds.yaml not found" in capsys.readouterr().err


def test_an_item_linking_outside_http_is_refused_without_reading_it(server, content):
    feed_xml = ("<rss version='2.0'><channel><title>x</title><item><title>H20 leak</title>"
                "<link>file:///etc/passwd</link></item></channel></rss>")
    summary, progress = run(content, server.route("/hostile.xml", respond(feed_xml.encode(), RSS)))
    assert "! file://etc/passwd: unsupported address" in progress  # as feedparser gives it
    assert summary.line() == "new 0 / skipped 0 / failed 1" and stored(content) == []
