"""Articles and pages kept whole from one build to the next (Pelican's generator layer).

Pelican's content cache at its reader layer keeps each file's HTML and metadata, yet a
rebuild still made every ``Article`` again from them: formatting its addresses, dates and
settings, checking it is valid, 10,000 times after one new article (issue 6: 7 s of a
23 s add-one rebuild). ``pelicanconf.py`` therefore caches at the generator layer
(``CONTENT_CACHING_LAYER = "generator"``), where Pelican keeps each file's finished
article and a rebuild takes it as it is. Pelican's own store at that layer pickles each
article with the shared context it points to (every other article, the build's state)
and hands the next build articles pointing at that stale context, whose ``localsiteurl``
their content links are made with; so this module keeps the store instead:

- each article is kept as it was made (its attributes pickled when Pelican caches it,
  before plugins add a story, a raw link or rendered fragments to it), with the build's
  settings and context left out and given back, the current ones, when it is taken;
- with the address the build formatted for it (``content_lists.fix_addresses`` keeps it in
  ``override_url`` once the lists are settled, after it was pickled): taken from the store,
  the article has it again, and 10,000 kept articles are not formatted again each build
  (~0.1 s per 1,000); its slug, date, category and the settings it is made of are those
  of the same file under the same code;
- by file (Pelican's stamp of it: here the SHA-256 the build manifest took), and for the
  code that made it (``CODE_DIGEST``: settings, theme, plugins, library versions): a
  store made by other code is not loaded, and without a code digest (a generator run
  outside ``Pelican.run``) nothing is loaded or kept.

As with Pelican's generator layer, an article taken from the store is not read again, so
the reading signals (``article_generator_preread``, ``article_generator_context``,
``content_object_init``) are sent only for files read in this build; a plugin handling
them changes the plugin code, and so the code digest, which empties the store.
"""

from __future__ import annotations

import io
import logging
import pickle
from functools import partial
from pathlib import Path

from pelican.urlwrappers import URLWrapper

from .build_manifest import CODE_DIGEST
from .output_files import load_kept, write_atomic_with

logger = logging.getLogger(__name__)

STORE_NAME = "{}-content.pickle"  # by generator class: ArticlesGenerator, PagesGenerator
NOT_KEPT = ("settings", "_context")  # this build's, given back when an item is taken


class ContentStore:
    """One generator's articles (or pages), as the last build made them, by file: each
    pickled on its own when it is made, so a build that makes one new article pickles
    one, and writes the others' bytes as it loaded them."""

    def __init__(self, generator) -> None:
        self.generator = generator
        self.code = generator.settings.get(CODE_DIGEST)
        self.path = Path(generator.settings["CACHE_PATH"],
                         STORE_NAME.format(type(generator).__name__))
        load = self.code and generator.settings["LOAD_CONTENT_CACHE"]
        self.kept: dict[str, tuple[bytes, bytes]] = {}
        self.kept_urls: dict[str, str] = {}
        if load:
            self.kept, self.kept_urls = self._load()
        self.used: dict[str, tuple[bytes, bytes]] = {}
        # This build's article of each file: asked for twice (by convert_ahead, then Pelican);
        # once made or taken, its address is kept with it.
        self.taken: dict[str, object] = {}
        self.slugs = TermSlugs(generator.settings)

    def get_cached_data(self, filename: str, default=None):
        """The content made from ``filename`` by the last build, if the file is unchanged."""
        if filename in self.taken:
            return self.taken[filename]
        stamp, kept = self.kept.get(filename, (None, None))
        if kept is None or stamp != self.generator._get_file_stamp(filename):  # noqa: SLF001
            return default
        try:
            content_class, attributes = self._unpickle(kept)
        except Exception as error:  # noqa: BLE001 - a damaged entry: the file is read again
            logger.debug("%s: %s unreadable (%s), read again", self.path, filename, error)
            return default
        self.used[filename] = (stamp, kept)
        content = content_class.__new__(content_class)
        content.__dict__.update(attributes)
        content.settings, content._context = self.generator.settings, self.generator.context  # noqa: SLF001
        if filename in self.kept_urls and "override_url" not in attributes:
            content.override_url = self.kept_urls[filename]
        self.taken[filename] = content
        return content

    def cache_data(self, filename: str, content) -> None:
        """Keep ``content`` as it is now, just made from ``filename``."""
        if not self.code:
            return
        attributes = {key: value for key, value in content.__dict__.items() if key not in NOT_KEPT}
        slug_url_wrappers(attributes.values(), self.slugs)
        stamp = self.generator._get_file_stamp(filename)  # noqa: SLF001
        self.used[filename] = (stamp, self._pickle((type(content), attributes)))
        self.taken[filename] = content

    def save_cache(self) -> None:
        """Keep this build's content for the next one, unless it is what was loaded; then
        let go of the kept bytes (~70 MB at 10,000 articles), which Pelican asks for no
        more once it has read every file, before pages are rendered."""
        urls = {filename: content.override_url for filename, content in self.taken.items()
                if filename in self.used and "override_url" in vars(content)}
        kept = {"code": self.code, "content": self.used, "urls": urls}
        changed = self.code and (self.used != self.kept or urls != self.kept_urls)
        self.kept, self.kept_urls, self.used, self.taken = {}, {}, {}, {}
        if not changed:
            return
        try:  # streamed: the bytes are not held twice
            write_atomic_with(self.path, partial(pickle.dump, kept, protocol=pickle.HIGHEST_PROTOCOL))
        except OSError as error:
            logger.warning("%s: content not kept (%s)", self.path, error)

    def _pickle(self, item) -> bytes:
        stream = io.BytesIO()
        pickler = pickle.Pickler(stream, pickle.HIGHEST_PROTOCOL)
        pickler.persistent_id = self._shared_id
        pickler.dump(item)
        return stream.getvalue()

    def _unpickle(self, data: bytes):
        unpickler = pickle.Unpickler(io.BytesIO(data))
        unpickler.persistent_load = self._shared
        return unpickler.load()

    def _shared_id(self, item):
        """The settings (which tags and other URL wrappers also hold) are this build's,
        never kept; so is the context."""
        if item is self.generator.settings:
            return "settings"
        if item is self.generator.context:
            return "context"
        return None

    def _shared(self, name: str):
        return {"settings": self.generator.settings, "context": self.generator.context}[name]

    def _load(self) -> tuple[dict[str, tuple[bytes, bytes]], dict[str, str]]:
        kept = load_kept(self.path, code=self.code) or {}
        return kept.get("content", {}), kept.get("urls", {})


def slug_url_wrappers(values, slugs: TermSlugs) -> None:
    """Work out the slug of each tag, category and author among ``values`` before they
    are kept. ``URLWrapper`` slugifies its name the first time it is hashed (Pelican's
    tag and category grouping, every build), then keeps it; kept without it, every
    article's terms were slugified again in every rebuild (~0.1 ms each, 30,000 at
    10,000 articles). A slug follows from the name and the settings, and other settings
    empty the store. ``slugs`` lends the slug of a term named alike earlier."""
    for value in values:
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, URLWrapper) and not slugs.lend(item):
                item.slug  # noqa: B018 - computed and kept in the wrapper's _slug


class TermSlugs:
    """The slugs of the terms (tags, categories, authors) one build has slugified, by
    kind and name: 10,000 articles name 30,000 terms but only a hundred distinct ones,
    and each was slugified on its own (~0.2 s of the reading process's CPU). A slug is
    what ``URLWrapper.slug`` makes of the kind, the name and the settings, so a term of
    the same kind, name and settings takes the one made first."""

    def __init__(self, settings) -> None:
        self.settings = settings
        self.made: dict[tuple[type, str], str] = {}

    def lend(self, term: URLWrapper) -> bool:
        """Give ``term`` its slug, made now or lent; False when that is not for here to
        do (other settings, a slug already set, a name that is not text)."""
        if term.settings is not self.settings or term._slug is not None or not isinstance(term.name, str):  # noqa: SLF001
            return False
        key = (type(term), term.name)
        slug = self.made.get(key)
        if slug is None:
            slug = self.made[key] = term.slug
        else:  # as the ``slug`` property keeps it; an empty one is never lent (it warns)
            term._slug = slug  # noqa: SLF001
        if not slug:
            del self.made[key]
        return True


def keep_content_between_builds(generator) -> None:
    """Handler for ``article_generator_init`` and ``page_generator_init``: the store
    stands in for Pelican's at the generator layer (``CachingGenerator``'s methods)."""
    if generator.settings["CONTENT_CACHING_LAYER"] != "generator":
        return
    store = ContentStore(generator)
    generator._cache = {}  # noqa: SLF001 - what Pelican's own store loaded is never used
    if not generator.settings["CACHE_CONTENT"]:
        store.code = None  # nothing is kept
    generator.get_cached_data = store.get_cached_data
    generator.cache_data = store.cache_data
    generator.save_cache = store.save_cache
