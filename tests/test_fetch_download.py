"""Every download is bounded: no server can hold the fetcher, flood its memory or loop it."""

from __future__ import annotations

import gzip
import time
import tracemalloc
from contextlib import contextmanager

import pytest

from chiptrail_normalise.download import USER_AGENT, DownloadError, Limits, get
from fetch_server import (
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
LIMITS = Limits(connect_timeout=1, read_timeout=0.3, deadline=0.6, max_bytes=1 * MB,
                max_redirects=5, retries=2, backoff=0.25)


@pytest.fixture
def server():
    fixture = FixtureServer().start()
    yield fixture
    fixture.stop()


@pytest.fixture
def sleeps():
    """The backoff delays the downloader asked for, without actually waiting."""
    return []


def fetch(url, sleeps, limits=LIMITS, headers=None):
    return get(url, limits, headers, sleep=sleeps.append)


@contextmanager
def memory_stays_below(limit):
    """Fail if Python allocations peak above ``limit`` bytes inside the block."""
    tracemalloc.start()
    try:
        yield
        assert tracemalloc.get_traced_memory()[1] < limit
    finally:
        tracemalloc.stop()


def test_a_plain_page_comes_back_with_a_polite_user_agent(server, sleeps):
    url = server.route("/page", respond(b"<html>H20</html>"))
    response = fetch(url, sleeps)
    assert response.status == 200
    assert response.body == b"<html>H20</html>"
    assert server.requests[-1]["user-agent"] == USER_AGENT
    assert USER_AGENT == "ChipTrail/0.1 (+archive of AI-chip export news)"


def test_a_server_error_is_retried_with_exponential_backoff(server, sleeps):
    ok = respond(b"<rss/>", "application/rss+xml")
    url = server.route("/flaky", sequence(respond(b"", status=500), respond(b"", status=503), ok))
    assert fetch(url, sleeps).body == b"<rss/>"
    assert server.hits["/flaky"] == 3
    assert sleeps == [0.25, 0.5]


def test_retries_are_bounded_and_the_last_error_is_reported(server, sleeps):
    url = server.route("/down", respond(b"", status=500))
    with pytest.raises(DownloadError, match="HTTP 500 Internal Server Error"):
        fetch(url, sleeps)
    assert server.hits["/down"] == LIMITS.retries + 1


def test_a_missing_page_is_not_retried(server, sleeps):
    with pytest.raises(DownloadError, match="HTTP 404 Not Found"):
        fetch(server.url("/nowhere"), sleeps)
    assert server.hits["/nowhere"] == 1 and sleeps == []


def test_redirects_are_followed(server, sleeps):
    server.route("/old", redirect("/new", 301))
    server.route("/new", respond(b"<html>moved</html>"))
    response = fetch(server.url("/old"), sleeps)
    assert response.url == server.url("/new")
    assert response.body == b"<html>moved</html>"


def test_a_redirect_loop_is_named_as_a_loop(server, sleeps):
    server.route("/a", redirect("/b"))
    server.route("/b", redirect("/a"))
    with pytest.raises(DownloadError, match=r"redirect loop: .*/a -> .*/b -> .*/a"):
        fetch(server.url("/a"), sleeps)


def test_endless_redirects_stop_at_the_limit(server, sleeps):
    for step in range(20):
        server.route(f"/hop{step}", redirect(f"/hop{step + 1}"))
    with pytest.raises(DownloadError, match=r"too many redirects \(more than 5\)"):
        fetch(server.url("/hop0"), sleeps)
    assert server.hits["/hop5"] == 1 and server.hits["/hop6"] == 0


def test_a_redirect_to_another_scheme_is_refused(server, sleeps):
    url = server.route("/sneaky", redirect("file:///etc/passwd"))
    with pytest.raises(DownloadError, match="unsupported address"):
        fetch(url, sleeps)


def test_a_server_that_never_answers_times_out(server, sleeps):
    url = server.route("/silent", silent(server))
    started = time.monotonic()
    with pytest.raises(DownloadError, match=r"no answer within 0.3s"):
        fetch(url, sleeps, Limits(read_timeout=0.3, deadline=5, retries=0))
    assert time.monotonic() - started < 1.5


def test_a_trickling_server_is_cut_off_at_the_deadline(server, sleeps):
    url = server.route("/trickle", trickle(server, interval=0.05))
    started = time.monotonic()
    with pytest.raises(DownloadError, match=r"no complete response within the 0.6s deadline"):
        fetch(url, sleeps)
    assert time.monotonic() - started < 1.5
    assert sleeps == []  # a deadline is not retried: it would only multiply the wait


def test_a_huge_streamed_response_is_cut_off_at_the_size_cap(server, sleeps):
    url = server.route("/huge", endless_body(50 * MB))
    started = time.monotonic()
    too_large = pytest.raises(DownloadError, match=r"response too large: more than 1 MB")
    with memory_stays_below(4 * MB), too_large:
        fetch(url, sleeps)
    assert time.monotonic() - started < 1.5


def test_a_declared_one_gigabyte_response_is_refused_before_reading(server, sleeps):
    url = server.route("/gigabyte", declared_huge(1024 * MB))
    with pytest.raises(DownloadError, match=r"1073741824 bytes declared, cap 1 MB"):
        fetch(url, sleeps)


def test_gzip_is_decoded(server, sleeps):
    body = gzip.compress(b"<rss>H20</rss>")
    zipped = respond(body, "application/rss+xml", headers={"Content-Encoding": "gzip"})
    url = server.route("/zipped", zipped)
    assert fetch(url, sleeps).body == b"<rss>H20</rss>"
    assert server.requests[-1]["accept-encoding"] == "gzip"


def test_a_gzip_bomb_is_stopped_at_the_decompressed_cap(server, sleeps):
    url = server.route("/bomb", gzip_bomb(20 * MB))
    stopped = pytest.raises(DownloadError, match=r"decompressed body exceeds 1 MB \(gzip bomb\?\)")
    with memory_stays_below(4 * MB), stopped:
        fetch(url, sleeps)


def test_conditional_headers_are_sent_and_304_is_returned(server, sleeps):
    url = server.route("/feed", respond(b"<rss/>", "application/rss+xml", etag='"v1"'))
    response = fetch(url, sleeps, headers={"If-None-Match": '"v1"'})
    assert response.status == 304 and response.body == b""


def test_a_refused_connection_is_a_clear_error(sleeps):
    with pytest.raises(DownloadError, match="cannot connect"):
        fetch("http://127.0.0.1:9/", sleeps, Limits(retries=0, connect_timeout=0.5))


def test_spaces_and_non_ascii_in_a_link_are_percent_encoded(server, sleeps):
    server.route("/news/%C3%A4%20b", respond(b"<html>H20</html>"))
    assert fetch(server.url("/news/ä b?q=x y"), sleeps).body == b"<html>H20</html>"
