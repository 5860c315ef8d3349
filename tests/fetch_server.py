"""A local HTTP server for the fetch tests: fixture feeds and pages, and hostile servers.

Tests register a handler per path (``server.route(path, handler)``); a handler gets the
request handler object and writes whatever it likes, including nothing at all.
``server.hits`` counts requests per path, so a test can prove a page was never fetched.
Everything listens on 127.0.0.1 only; nothing touches the internet.
"""

from __future__ import annotations

import gzip
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable
from urllib.parse import urlsplit

FIXTURES = Path(__file__).parent / "fixtures" / "feeds"
BASE_PLACEHOLDER = "__BASE__"

Handler = Callable[[BaseHTTPRequestHandler], None]


class FixtureServer:
    def __init__(self) -> None:
        self.routes: dict[str, Handler] = {}
        self.hits: Counter[str] = Counter()
        self.requests: list[dict[str, str]] = []
        self.release = threading.Event()  # set at teardown: stalled handlers return
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler_class(self))
        self.httpd.handle_error = lambda request, address: None  # clients hang up on purpose
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)

    def url(self, path: str) -> str:
        return self.base + path

    def route(self, path: str, handler: Handler) -> str:
        self.routes[path] = handler
        return self.url(path)

    def fixture(self, path: str, name: str, content_type: str, **options) -> str:
        """Serve a fixture file at ``path``, with ``__BASE__`` replaced by this server."""
        body = (FIXTURES / name).read_text(encoding="utf-8").replace(BASE_PLACEHOLDER, self.base)
        return self.route(path, respond(body.encode("utf-8"), content_type, **options))

    def start(self) -> "FixtureServer":
        self.thread.start()
        return self

    def stop(self) -> None:
        self.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()


def _handler_class(server: FixtureServer) -> type[BaseHTTPRequestHandler]:
    class FixtureHandler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            path = urlsplit(self.path).path
            server.hits[path] += 1
            server.requests.append({key.lower(): value for key, value in self.headers.items()})
            handler = server.routes.get(path)
            if handler is None:
                self.send_error(404)
            else:
                handler(self)

        def log_message(self, *args) -> None:
            pass

    return FixtureHandler


def respond(body: bytes, content_type: str = "text/html", status: int = 200,
            headers: dict[str, str] | None = None, etag: str | None = None) -> Handler:
    """A plain response; with ``etag``, a matching If-None-Match gets 304."""
    def handle(request: BaseHTTPRequestHandler) -> None:
        if etag and request.headers.get("If-None-Match") == etag:
            request.send_response(304)
            request.end_headers()
            return
        request.send_response(status)
        request.send_header("Content-Type", content_type)
        request.send_header("Content-Length", str(len(body)))
        for name, value in {**(headers or {}), **({"ETag": etag} if etag else {})}.items():
            request.send_header(name, value)
        request.end_headers()
        request.wfile.write(body)
    return handle


def sequence(*handlers: Handler) -> Handler:
    """Answer the n-th request with the n-th handler (the last one repeats)."""
    calls = iter(handlers)
    last = [handlers[-1]]

    def handle(request: BaseHTTPRequestHandler) -> None:
        last[0] = next(calls, last[0])
        last[0](request)
    return handle


def redirect(location: str, status: int = 302) -> Handler:
    def handle(request: BaseHTTPRequestHandler) -> None:
        request.send_response(status)
        request.send_header("Location", location)
        request.send_header("Content-Length", "0")
        request.end_headers()
    return handle


def silent(server: FixtureServer) -> Handler:
    """Accept the request and never answer (until the test ends)."""
    return lambda request: server.release.wait(10)


def trickle(server: FixtureServer, interval: float = 0.05) -> Handler:
    """Send headers, then one byte per ``interval`` for as long as the client listens."""
    def handle(request: BaseHTTPRequestHandler) -> None:
        request.send_response(200)
        request.send_header("Content-Type", "application/rss+xml")
        request.end_headers()
        while not server.release.is_set():
            request.wfile.write(b" ")
            request.wfile.flush()
            time.sleep(interval)
    return handle


def endless_body(total: int, chunk: bytes = b"<p>H20</p>" * 6554) -> Handler:
    """A ``total``-byte HTML body made on the fly, with no Content-Length (ends at close)."""
    def handle(request: BaseHTTPRequestHandler) -> None:
        request.send_response(200)
        request.send_header("Content-Type", "application/rss+xml")
        request.end_headers()
        sent = 0
        while sent < total:
            request.wfile.write(chunk)
            sent += len(chunk)
    return handle


def declared_huge(size: int) -> Handler:
    """Announce ``size`` bytes in Content-Length and send only a few."""
    def handle(request: BaseHTTPRequestHandler) -> None:
        request.send_response(200)
        request.send_header("Content-Type", "application/rss+xml")
        request.send_header("Content-Length", str(size))
        request.end_headers()
        request.wfile.write(b"<rss>")
    return handle


def gzip_bomb(inflated_size: int) -> Handler:
    """A small gzip body that inflates to ``inflated_size`` bytes of zeros."""
    body = gzip.compress(b"\0" * inflated_size, compresslevel=9)
    return respond(body, "application/rss+xml", headers={"Content-Encoding": "gzip"})
