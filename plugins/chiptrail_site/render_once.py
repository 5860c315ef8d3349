"""Render a fragment once and reuse its HTML wherever it appears again, in this build and
the next ones.

An article's entry in a list (title, date, source, chips, stance) appears on the home
page, the timeline, and every chip, stance, source and tag page it belongs to: about
eight renderings of the same HTML per article (issue 6). Templates wrap such a fragment
in ``{% call render_once(article, "name", SITEURL, ...) %}``: the first call renders the
body, later calls with the same key return that HTML. The key names everything the
fragment depends on besides the article; ``SITEURL`` is among them because relative URLs
differ with the depth of the page.

Adding one article still changes every list page (the home pages shift, the timeline and
busy term pages grow), and rendering each of the 10,000 entries of an archive afresh was
most of such a rebuild. So the fragments are also kept from one build to the next
(``rendered-fragments.pickle`` in ``CACHE_PATH``), found by the article's digest
(``page_digests.PageDigests.content``: its file, addresses and the term pages it links
to, everything a fragment can show of it) and the key, and discarded whole when the code
that renders them (settings, theme, plugins) changed. A fragment rendered in a forked
worker is sent back to the build's process, which keeps those of the current articles.
They are kept as plain strings (``Markup`` again when used): ten times faster to load.

A fragment made of many articles has a place of its own instead (``render_kept``): a
chip's lane in the chips overview's status chart (its marks and table rows were the
costliest part of a page every add-one rebuild renders again, though one lane or two of
eighteen change), a month of the timeline. Each place's HTML is kept in a file of its own
(``kept-places/`` in ``CACHE_PATH``, named by the place's digest), headed by the digests
of the code that rendered it and of its key, whose parts are plain values and objects
that name their own key from the articles' digests (``kept_key``: a chart lane, its marks
with their articles; a month, its articles). A build reads the places it renders, and
writes, in whichever process renders the page, those whose key changed: a few small
files, where one store of them all would be rewritten (megabytes) by every build.
"""

from __future__ import annotations

import hashlib
import logging
import pickle
from pathlib import Path
from typing import Callable

from markupsafe import Markup

from .output_files import load_kept, write_atomic

logger = logging.getLogger(__name__)

CACHE_ATTRIBUTE = "rendered_once"
FRAGMENTS = "rendered_fragments"  # the shared context's key for this build's store
FRAGMENTS_NAME = "rendered-fragments.pickle"
PLACES_FOLDER = "kept-places"  # render_kept's, one file per place
KEY_TYPES = (str, int, float, bool, type(None))  # whose repr says all there is to them


class RenderedFragments:
    """The fragments of one build: those kept by the last one, and those rendered now,
    by article digest, then by key (its ``repr``: plain strings, numbers and flags)."""

    def __init__(self) -> None:
        self.kept: dict[str, dict[str, str]] = {}
        self.new: dict[str, dict[str, str]] = {}
        self.digest_of: Callable | None = None  # article -> its content digest
        self.places: Path | None = None  # the folder of the kept places (render_kept)
        self.code = ""  # the digest of the code rendering this build

    def render_once(self, content, *key, caller):
        """The body of the ``call`` block for ``content`` and ``key``, rendered once."""
        rendered = content.__dict__.setdefault(CACHE_ATTRIBUTE, {})
        html = rendered.get(key)
        if html is None:
            html = rendered[key] = self._kept_or_rendered(content, key, caller)
        return html

    def _kept_or_rendered(self, content, key: tuple, caller) -> Markup:
        if self.digest_of is None or not all(isinstance(part, KEY_TYPES) for part in key):
            return caller()  # no digests (no page to render yet), or a key kept for this build
        digest, name = self.digest_of(content), repr(key)
        html = self.kept.get(digest, {}).get(name)
        if html is not None:
            return Markup(html)
        html = caller()
        self.new.setdefault(digest, {})[name] = str(html)
        return html

    def render_kept(self, place: str, *key, caller):
        """The body of the ``call`` block for ``place`` (one spot of one kind of page),
        as a build of the same code last rendered it there, if for a key of the same
        digest; else rendered now, and kept for the next build. Each part of ``key`` is a
        plain value or has a ``kept_key(digest_of)`` method naming it by its articles'
        digests. Without a place (None), the body is rendered and not kept."""
        if not place or self.digest_of is None or self.places is None:
            return caller()  # no place, or no digests (no page to render yet)
        path = self.places / (hashlib.sha256(place.encode("utf-8", "surrogatepass")).hexdigest() + ".html")
        head = f"{self.code} {self._key_digest(key)}\n"
        html = _kept_place(path, head)
        if html is not None:
            return Markup(html)
        html = caller()
        try:
            write_atomic(path, (head + str(html)).encode("utf-8", "surrogatepass"))
        except OSError as error:
            logger.warning("%s: %s not kept (%s)", path, place, error)
        return html

    def _key_digest(self, key: tuple) -> str:
        parts = [part.kept_key(self.digest_of) if hasattr(part, "kept_key") else repr(part)
                 for part in key]
        return hashlib.sha256(repr(parts).encode("utf-8", "surrogatepass")).hexdigest()

    def add(self, fragments: dict[str, dict[str, str]]) -> None:
        """Take fragments rendered elsewhere in this build (a render worker)."""
        for digest, rendered in fragments.items():
            self.new.setdefault(digest, {}).update(rendered)

    def load(self, settings, code: str, digest_of: Callable) -> None:
        """Take the fragments the last build kept, if the same code rendered them."""
        self.digest_of = digest_of
        self.places, self.code = Path(settings["CACHE_PATH"], PLACES_FOLDER), code
        kept = load_kept(fragments_path(settings), code=code)
        self.kept = (kept or {}).get("fragments", self.kept)

    def save(self, settings, code: str, articles) -> None:
        """Keep the fragments of ``articles`` (the build's current ones) for the next
        build; nothing is written when they are those it loaded."""
        current = {self.digest_of(article) for article in articles}
        fragments = {digest: rendered for digest, rendered in self.kept.items() if digest in current}
        if not self.new and len(fragments) == len(self.kept):
            return
        for digest, rendered in self.new.items():
            if digest in current:
                fragments[digest] = {**fragments.get(digest, {}), **rendered}
        data = pickle.dumps({"code": code, "fragments": fragments}, pickle.HIGHEST_PROTOCOL)
        try:
            write_atomic(fragments_path(settings), data)
        except OSError as error:
            logger.warning("%s: rendered fragments not kept (%s)", fragments_path(settings), error)


def _kept_place(path: Path, head: str) -> str | None:
    """The HTML kept in ``path`` if it is headed by ``head``; None when it is missing,
    damaged or made for another key or by other code."""
    try:
        text = path.read_bytes().decode("utf-8", "surrogatepass")
    except (OSError, UnicodeDecodeError):
        return None
    return text[len(head):] if text.startswith(head) else None


def fragments_path(settings) -> Path:
    return Path(settings["CACHE_PATH"], FRAGMENTS_NAME)


def add_render_once(generator) -> None:
    """Handler for ``generator_init``: every generator's templates call the one store of
    the build, kept in the shared context."""
    fragments = generator.context.setdefault(FRAGMENTS, RenderedFragments())
    generator.env.globals["render_once"] = fragments.render_once
    generator.env.globals["render_kept"] = fragments.render_kept
