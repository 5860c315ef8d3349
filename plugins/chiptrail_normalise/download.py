"""One HTTP GET with hard limits, so no server can hold the fetcher or exhaust memory.

The standard library's ``http.client`` is used directly rather than ``urllib`` or
``requests`` because every limit has to be ours: a wall-clock deadline per response (a
server trickling one byte a second never times out a per-read timeout), a size cap checked
while streaming, a cap on the *decompressed* size of a gzip body (a 20 KB gzip bomb
inflates to gigabytes), and redirects followed by hand so a loop is named as a loop.

Every failure is a ``DownloadError`` whose message is the reason shown to the user;
``transient`` marks the ones worth retrying (5xx, 429, a dropped or silent connection).
"""

from __future__ import annotations

import http.client
import socket
import ssl
import threading
import time
import zlib
from dataclasses import dataclass, field
from typing import Callable
from urllib.parse import quote, urljoin, urlsplit

USER_AGENT = "ChipTrail/0.1 (+archive of AI-chip export news)"
REDIRECT_STATUSES = {301, 302, 303, 307, 308}
RETRY_STATUSES = {429, 500, 502, 503, 504}
ALLOWED_SCHEMES = {"http", "https"}
CHUNK_SIZE = 64 * 1024
# Characters a feed link may carry unescaped (spaces, non-ASCII) are percent-encoded;
# these are left as they are.
PATH_SAFE = "/%:@!$&'()*+,;=-._~"
QUERY_SAFE = PATH_SAFE + "?"
REQUEST_HEADERS = {"User-Agent": USER_AGENT, "Accept-Encoding": "gzip", "Connection": "close"}


class DownloadError(Exception):
    """A response we could not get or refuse to keep; the message says why."""

    def __init__(self, reason: str, transient: bool = False):
        super().__init__(reason)
        self.transient = transient


@dataclass(frozen=True)
class Limits:
    """How long, how much and how often: the bounds on every request.

    ``deadline`` is wall-clock seconds for one response (headers and body), on top of
    ``connect_timeout``; ``read_timeout`` is the longest silence between two reads.
    ``max_bytes`` caps the body both as sent and after gzip decoding.
    """

    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    deadline: float = 60.0
    max_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 5
    retries: int = 2
    backoff: float = 1.0  # seconds before the first retry, doubled for each next one


@dataclass
class Response:
    """A complete, decoded response body and the address it finally came from."""

    url: str
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())


def get(
    url: str,
    limits: Limits,
    headers: dict[str, str] | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> Response:
    """GET ``url``, retrying transient failures with exponential backoff.

    A 304 is returned as a response (the caller asked for it with a conditional GET);
    any other status outside 2xx is a ``DownloadError``.
    """
    for attempt in range(limits.retries + 1):
        try:
            return _follow_redirects(url, limits, headers or {})
        except DownloadError as error:
            if not error.transient or attempt == limits.retries:
                raise
            sleep(limits.backoff * 2**attempt)
    raise AssertionError("unreachable: the last attempt returns or raises")


def _follow_redirects(url: str, limits: Limits, headers: dict[str, str]) -> Response:
    visited = [url]
    while True:
        response = _request(visited[-1], limits, headers)
        location = response.header("location")
        if response.status not in REDIRECT_STATUSES or not location:
            return _checked_status(response)
        target = urljoin(visited[-1], location)
        if target in visited:
            raise DownloadError(f"redirect loop: {' -> '.join(visited + [target])}")
        if len(visited) > limits.max_redirects:
            raise DownloadError(f"too many redirects (more than {limits.max_redirects})")
        visited.append(target)


def _checked_status(response: Response) -> Response:
    if 200 <= response.status < 300 or response.status == 304:
        return response
    reason = f"HTTP {response.status} {http.client.responses.get(response.status, '')}"
    raise DownloadError(reason.strip(), transient=response.status in RETRY_STATUSES)


def _request(url: str, limits: Limits, headers: dict[str, str]) -> Response:
    """One request on a fresh connection, cut off by a watchdog at the deadline."""
    connection, target = _connect(url, limits)
    watchdog = _Watchdog(connection.sock, limits.deadline)
    try:
        connection.request("GET", target, headers={**REQUEST_HEADERS, **headers})
        raw = connection.getresponse()
        response = Response(url, raw.status, {k.lower(): v for k, v in raw.getheaders()})
        if 200 <= response.status < 300:
            response.body = _decoded(response, _read_capped(raw, response, limits), limits)
    except (OSError, http.client.HTTPException) as error:
        if not watchdog.expired:
            raise DownloadError(_describe(error, limits.read_timeout), transient=True) from error
    finally:
        watchdog.cancel()
        connection.close()
    if watchdog.expired:  # a cut-off body can look complete when the server sent no length
        raise DownloadError(f"no complete response within the {limits.deadline:g}s deadline")
    return response


def _connect(url: str, limits: Limits) -> tuple[http.client.HTTPConnection, str]:
    parts = urlsplit(url)
    if parts.scheme not in ALLOWED_SCHEMES or not parts.hostname:
        raise DownloadError(f"unsupported address: {url!r}")
    kind = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
    options = {"context": ssl.create_default_context()} if parts.scheme == "https" else {}
    connection = kind(parts.hostname, parts.port, timeout=limits.connect_timeout, **options)
    try:
        connection.connect()
    except OSError as error:
        connection.close()
        transient = not isinstance(error, ssl.SSLError)  # a bad certificate stays bad
        reason = f"cannot connect: {_describe(error, limits.connect_timeout)}"
        raise DownloadError(reason, transient) from error
    connection.sock.settimeout(min(limits.read_timeout, limits.deadline))
    target = quote(parts.path or "/", safe=PATH_SAFE)
    if parts.query:
        target += "?" + quote(parts.query, safe=QUERY_SAFE)
    return connection, target


def _read_capped(raw: http.client.HTTPResponse, response: Response, limits: Limits) -> bytes:
    """The body as sent, refused as soon as it is known to exceed ``max_bytes``."""
    declared = response.header("content-length")
    if declared and declared.isdigit() and int(declared) > limits.max_bytes:
        cap = _size(limits.max_bytes)
        raise DownloadError(f"response too large: {int(declared)} bytes declared, cap {cap}")
    body = bytearray()
    while chunk := raw.read1(CHUNK_SIZE):
        body += chunk
        if len(body) > limits.max_bytes:
            raise DownloadError(f"response too large: more than {_size(limits.max_bytes)}")
    return bytes(body)


def _decoded(response: Response, body: bytes, limits: Limits) -> bytes:
    """Undo gzip transfer encoding, stopping at ``max_bytes`` of output (gzip bomb)."""
    encoding = (response.header("content-encoding") or "identity").strip().lower()
    if encoding == "identity":
        return body
    if encoding not in ("gzip", "x-gzip"):
        raise DownloadError(f"unsupported Content-Encoding {encoding!r}")
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        output = inflater.decompress(body, limits.max_bytes + 1)
    except zlib.error as error:
        raise DownloadError(f"corrupt gzip body: {error}") from error
    if len(output) > limits.max_bytes:
        raise DownloadError(f"decompressed body exceeds {_size(limits.max_bytes)} (gzip bomb?)")
    return output


def _describe(error: BaseException, timeout: float) -> str:
    if isinstance(error, TimeoutError):
        return f"no answer within {timeout:g}s"
    return str(error) or type(error).__name__


def _size(count: int) -> str:
    return f"{count / 1024 / 1024:g} MB" if count >= 1024 * 1024 else f"{count} bytes"


class _Watchdog:
    """Shuts the socket down when the deadline passes, waking any blocked read."""

    def __init__(self, sock: socket.socket, seconds: float):
        self.expired = False
        self._sock = sock
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True
        self._timer.start()

    def _expire(self) -> None:
        self.expired = True
        try:
            self._sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass  # already closed: the response finished as the deadline passed

    def cancel(self) -> None:
        self._timer.cancel()
