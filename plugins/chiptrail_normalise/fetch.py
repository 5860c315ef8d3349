"""``invoke fetch``: new on-topic articles from the configured feeds become raw HTML files.

For each feed in ``content/feeds.yaml`` (see ``feeds_config``): a conditional GET, then
for each item that names a tracked chip or keyword (see ``relevance``) and was not stored
before (same normalised URL or same page sha256, see ``fetch_state``), the article page is
downloaded, checked to be HTML and saved under ``content/raw/`` with its provenance on
the first line (see ``raw_store``). ``invoke ingest`` then treats it like any raw file.

Every download is bounded in time, size and redirects (see ``download``). A feed or
item that fails is reported with the reason and the run goes on; files already stored
are never rewritten. A feed's ETag / Last-Modified are remembered only when all its
items succeeded, so a failed item is tried again on the next run.

Command line: ``python3 -m chiptrail_normalise.fetch [--feed URL] [--content DIR]``.
Progress goes to stderr (one line per feed and per item), the summary line
``new N / skipped N / failed N`` to stdout. Exit status 0, 1 when anything failed,
2 when the feeds file is unusable.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import sys
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, TextIO

from . import download
from .atomic import exclusive_lock, remove_stale_temp_files, sync_directory
from .download import DownloadError, Limits, Response
from .feed_items import FeedError, Item, parse_items
from .feeds_config import Feed, FeedsConfigError, load_feeds, parse_feed
from .fetch_state import FetchState, load_state, save_state
from .raw_store import raw_name, store
from .relevance import term_pattern, tracked_term_in, tracked_terms

FEEDS_FILE = "feeds.yaml"
STATE_FILE = ".fetch-state.json"
RAW_DIR = "raw"
HTML_TYPES = {"text/html", "application/xhtml+xml"}
UNTYPED = {"", "application/octet-stream"}
HTML_SIGNATURES = (b"<!doctype html", b"<html", b"<head", b"<body")
SNIFF_BYTES = 1024


@dataclass
class FetchConfig:
    """Where to store, what to fetch and the bounds; ``sleep`` and ``now`` are injectable
    so tests run the retry backoff instantly and stamp a known time."""

    content_dir: Path
    feeds: list[Feed]
    limits: Limits = field(default_factory=Limits)
    remember_validators: bool = True
    sleep: Callable[[float], None] = time.sleep
    now: Callable[[], datetime] = lambda: datetime.now(timezone.utc)


@dataclass
class Summary:
    new: int = 0
    skipped: int = 0
    failed: int = 0
    off_topic: int = 0
    failures: list[str] = field(default_factory=list)

    def fail(self, what: str, reason: str) -> str:
        self.failed += 1
        self.failures.append(f"{what}: {reason}")
        return self.failures[-1]

    def line(self) -> str:
        return f"new {self.new} / skipped {self.skipped} / failed {self.failed}"


@dataclass
class _Run:
    """What one feed's items share: settings, the seen-index, counters and the display."""

    config: FetchConfig
    state: FetchState
    summary: Summary
    say: Callable[[str], None]

    def save(self) -> None:
        save_state(self.config.content_dir / STATE_FILE, self.state)


def fetch(config: FetchConfig, progress: TextIO | None = None) -> Summary:
    """Fetch every feed of ``config`` once; the summary counts items and failures.

    Progress lines go to ``progress`` (default: stderr at call time). A second fetch
    started meanwhile waits for this one (a lock on the raw folder), so two runs never
    store the same article twice or lose each other's seen-index.
    """
    progress = progress or sys.stderr
    raw_dir = config.content_dir / RAW_DIR
    raw_dir.mkdir(parents=True, exist_ok=True)
    say = functools.partial(print, file=progress, flush=True)
    with exclusive_lock(raw_dir, on_wait=lambda: say("another fetch is running; waiting for it")):
        remove_stale_temp_files(raw_dir)
        state, note = load_state(config.content_dir / STATE_FILE, raw_dir)
        run = _Run(config, state, Summary(), say)
        if note:
            say(note)
        for number, feed in enumerate(config.feeds, 1):
            say(f"[{number}/{len(config.feeds)}] {feed.label}")
            _fetch_feed(feed, run)
        sync_directory(raw_dir)
    return run.summary


def _fetch_feed(feed: Feed, run: _Run) -> None:
    validators = run.state.validators.get(feed.url, {}) if run.config.remember_validators else {}
    try:
        response = _get(feed.url, run.config, _conditional_headers(validators))
        if response.status == 304:
            run.say("  not modified since the last fetch")
            return
        items = parse_items(response)
    except (DownloadError, FeedError) as error:
        run.say(f"  FAILED: {run.summary.fail(feed.url, str(error))}")
        return
    pattern = term_pattern(tracked_terms(feed.keywords))
    on_topic = [item for item in items if tracked_term_in(item.text, pattern)]
    run.summary.off_topic += len(items) - len(on_topic)
    run.say(f"  {len(items)} items, {len(on_topic)} on topic")
    failed_before = run.summary.failed
    for item in on_topic:
        _fetch_item(item, feed, run)
    if run.config.remember_validators and run.summary.failed == failed_before:
        run.state.validators[feed.url] = _validators_of(response)
        run.save()


def _fetch_item(item: Item, feed: Feed, run: _Run) -> None:
    if not item.link:
        run.say(f"  ! {run.summary.fail(item.title, 'feed item has no link')}")
        return
    if run.state.has_url(item.link):
        run.summary.skipped += 1
        run.say(f"  = already stored: {item.link}")
        return
    try:
        page = _get(item.link, run.config)
        _require_html(page)
    except DownloadError as error:
        run.say(f"  ! {run.summary.fail(item.link, str(error))}")
        return
    _store_page(item, feed, page, run)


def _store_page(item: Item, feed: Feed, page: Response, run: _Run) -> None:
    """Save ``page`` unless the same bytes are stored already; either way index its URLs."""
    sha256 = hashlib.sha256(page.body).hexdigest()
    stored_as = run.state.seen_sha256.get(sha256)
    if stored_as:
        run.summary.skipped += 1
        run.say(f"  = same page as {RAW_DIR}/{stored_as}: {item.link}")
    else:
        stored_as = _write_raw(item, feed, page.body, sha256, run)
    run.state.remember(item.link, sha256, stored_as)
    run.state.remember(page.url, sha256, stored_as)  # the address after redirects
    run.save()


def _write_raw(item: Item, feed: Feed, body: bytes, sha256: str, run: _Run) -> str:
    fetched = run.config.now().strftime("%Y-%m-%dT%H:%M:%SZ")
    name = raw_name(fetched, item.title or item.link, item.link)
    provenance = {
        "url": item.link,
        "feed": feed.url,
        "fetched": fetched,
        "published": item.published,
        "sha256": sha256,
    }
    if store(run.config.content_dir / RAW_DIR, name, provenance, body):
        run.summary.new += 1
        run.say(f"  + {RAW_DIR}/{name}")
    else:
        run.summary.skipped += 1
        run.say(f"  = {RAW_DIR}/{name} exists already; left as it is")
    return name


def _get(url: str, config: FetchConfig, headers: dict[str, str] | None = None) -> Response:
    return download.get(url, config.limits, headers, sleep=config.sleep)


def _conditional_headers(validators: dict[str, str]) -> dict[str, str]:
    headers = {}
    if validators.get("etag"):
        headers["If-None-Match"] = validators["etag"]
    if validators.get("last_modified"):
        headers["If-Modified-Since"] = validators["last_modified"]
    return headers


def _validators_of(response: Response) -> dict[str, str]:
    found = {"etag": response.header("etag"), "last_modified": response.header("last-modified")}
    return {key: value for key, value in found.items() if value}


def _require_html(page: Response) -> None:
    """Refuse a page that is not HTML by its Content-Type, or — when the server names no
    useful type — by its first bytes."""
    content_type = (page.header("content-type") or "").split(";")[0].strip().lower()
    if content_type in HTML_TYPES:
        return
    if content_type not in UNTYPED:
        raise DownloadError(f"not HTML (Content-Type {content_type})")
    start = page.body[:SNIFF_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if not any(signature in start for signature in HTML_SIGNATURES):
        raise DownloadError("not HTML (no Content-Type and no HTML markup at the start)")


def main(argv: list[str] | None = None) -> int:
    """Run the fetcher from the command line; the exit status says whether all went well."""
    args = _parser().parse_args(argv)
    content_dir = Path(args.content)
    try:
        feeds = _feeds_to_fetch(args, content_dir)
    except FeedsConfigError as error:
        print(f"fetch: {error}", file=sys.stderr)
        return 2
    summary = fetch(FetchConfig(content_dir, feeds, remember_validators=args.feed is None))
    for failure in summary.failures:
        print(f"failed: {failure}", file=sys.stderr)
    print(summary.line())
    return 1 if summary.failed else 0


def _feeds_to_fetch(args: argparse.Namespace, content_dir: Path) -> list[Feed]:
    if args.feed is None:
        feeds, problems = load_feeds(content_dir / FEEDS_FILE)
        for problem in problems:
            print(f"fetch: {problem}", file=sys.stderr)
        return feeds
    feed, problems = parse_feed(args.feed)
    if feed is None:
        raise FeedsConfigError(f"--feed: {problems[-1]}")
    return [feed]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python3 -m chiptrail_normalise.fetch",
        description="Fetch new on-topic articles from the feeds in CONTENT/feeds.yaml "
        "into CONTENT/raw/ as HTML files.",
    )
    parser.add_argument("--feed", metavar="URL", help="fetch this one feed once, to try it "
                        "(the configured list is ignored and its ETag is not remembered)")
    parser.add_argument("--content", default="content", help="content folder (default: content)")
    return parser


if __name__ == "__main__":
    sys.exit(main())
