"""The front-matter reader: pelican-yaml-metadata's, with libyaml's C parser.

Parsing the YAML header with PyYAML's pure-Python ``safe_load`` was a quarter of a build
(issue 6). ``yaml.CSafeLoader`` builds the same objects with the same safe constructors
about seven times faster; PyYAML built without libyaml falls back to ``SafeLoader``.
Everything else (header split, null keys dropped, tags and dates processed, Markdown
body) is pelican-yaml-metadata's own code, but for a YAML date, made into the datetime
Pelican's ``get_date`` makes of it without dateutil's parser.

``pelican.plugins.yaml_metadata`` is therefore not listed in ``PLUGINS``: this plugin
installs the reader for the same extensions, and two plugins claiming the ``md``
extension would race (blinker does not order ``readers_init`` receivers).

Markdown that is only paragraphs and headings is written as HTML without the converter
(``plain_markdown``), byte for byte what it would give.

Headers parsed and Markdown converted ahead, on every core (``convert_ahead``), reach
the reader as ``ConversionsAhead``: it takes a result from there when one was made from
the very text it is about to parse or convert, and does the work itself otherwise. The
results may still be arriving while the reader reads: it then waits for the next ones
until the one it needs is there or none are left.
"""

from __future__ import annotations

import datetime
import hashlib
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field

import yaml
from pelican.plugins.yaml_metadata.yaml_metadata import YAMLMetadataReader

from .frontmatter import sort_date
from .plain_markdown import plain_html, renders_plain_text_alike

logger = logging.getLogger(__name__)

SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
YAML_DATE_FIELDS = ("date", "modified")  # pelican-yaml-metadata's, parsed by get_date


def text_digest(text: str) -> bytes:
    """The key of a result made ahead: a digest of the text it was made from."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


@dataclass
class ConversionsAhead:
    """Parsed YAML headers and converted Markdown, by ``text_digest`` of their text.

    ``arriving`` yields more of them (a batch at a time, as workers finish): a result not
    here yet is waited for, so the reader can start while the workers still convert.
    """

    headers: dict[bytes, object] = field(default_factory=dict)
    html: dict[bytes, str] = field(default_factory=dict)
    arriving: Iterator[ConversionsAhead] | None = None

    def update(self, other: ConversionsAhead) -> None:
        self.headers.update(other.headers)
        self.html.update(other.html)

    def header_of(self, text: str):
        """The header made ahead from ``text``, or None."""
        return self._made_from(self.headers, text)

    def html_of(self, text: str) -> str | None:
        """The HTML made ahead from ``text``, or None."""
        return self._made_from(self.html, text)

    def wait_for_all(self) -> None:
        while self.arriving is not None:
            self._take_next()

    def _made_from(self, results: dict, text: str):
        if not results and self.arriving is None:
            return None
        key = text_digest(text)
        while key not in results and self.arriving is not None:
            self._take_next()
        return results.get(key)

    def _take_next(self) -> None:
        batch = next(self.arriving, None)
        if batch is None:
            self.arriving = None
        else:
            self.update(batch)


class FrontMatterReader(YAMLMetadataReader):
    """Markdown with a YAML header, the header parsed by libyaml when available."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.ahead = ConversionsAhead()
        self._markdown = self._md
        self._md = _MarkdownOrAhead(self)  # where the parent converts body and fields
        self._plain_alike = renders_plain_text_alike(self._markdown)

    def parse_header(self, text: str):
        """The YAML header's data (an exception when it is not YAML)."""
        return yaml.load(text, Loader=SAFE_LOADER)  # noqa: S506 (a safe loader)

    def convert_markdown(self, text: str) -> str:
        """``text`` converted by this reader's one converter, or written directly when
        it is plain paragraphs and headings (``plain_markdown``)."""
        html = plain_html(text) if self._plain_alike else None
        return self._markdown.reset().convert(text) if html is None else html

    def _load_yaml_metadata(self, text, source_path):
        """As the parent's, with ``SAFE_LOADER``: malformed or non-mapping YAML gives
        no metadata and an error naming the file."""
        try:
            metadata = self._header_ahead(text)
            if metadata is None:
                metadata = self.parse_header(text)
        except Exception:  # noqa: BLE001 (a bad date raises ValueError, not YAMLError)
            logger.error("Error parsing YAML for file '%s'", source_path, exc_info=True)
            return {}
        if not isinstance(metadata, dict):
            logger.error("YAML header didn't parse as a dict for file '%s'", source_path)
            return {}
        return self._parse_yaml_metadata(metadata, source_path)

    def _parse_yaml_metadata(self, meta: dict, source_path):
        """As the parent's, but for a YAML date (``2023-09-08``, a ``datetime.date``) in
        a date field: the parent turns it into text for ``get_date``, whose dateutil
        parser made the same midnight of that day (``frontmatter.sort_date``), about half
        of this method's time (~40 -> ~22 us per header, on the reading process, which
        the end of the reading waits for). The fields before and after
        it are the parent's, so the metadata keeps its order; a header naming a field
        twice (in other letter cases) or both ``author`` and ``authors``, whose parts
        could then merge, goes to the parent whole."""
        items = list(meta.items())
        at = self._first_yaml_date(items)
        if at is None:
            return super()._parse_yaml_metadata(meta, source_path)
        name, date = items[at]
        return {**super()._parse_yaml_metadata(dict(items[:at]), source_path),
                name.lower(): sort_date(date),
                **self._parse_yaml_metadata(dict(items[at + 1:]), source_path)}

    def _first_yaml_date(self, items: list[tuple]) -> int | None:
        """Where the first YAML date of a date field is among the header's ``items``;
        None when there is none, or when the header's fields may not be parsed apart."""
        if not all(isinstance(name, str) for name, _ in items):
            return None  # the parent reports such a header as it always did
        names = [name.lower() for name, _ in items]
        if len(set(names)) < len(names) or {"author", "authors"} <= set(names):
            return None
        return next((index for index, (name, (_, value)) in enumerate(zip(names, items))
                     if type(value) is datetime.date and name in YAML_DATE_FIELDS
                     and name not in self.settings["FORMATTED_FIELDS"]), None)

    def _header_ahead(self, text: str):
        return self.ahead.header_of(text)


class _MarkdownOrAhead:
    """Stands in for the parent's converter: the HTML made ahead from the same text, or
    the reader's own conversion."""

    def __init__(self, reader: FrontMatterReader):
        self.reader = reader

    def reset(self):
        return self

    def convert(self, text: str) -> str:
        html = self.reader.ahead.html_of(text)
        return self.reader.convert_markdown(text) if html is None else html


def formatted_texts(header: dict, settings) -> list[str]:
    """The Markdown texts of the header's ``FORMATTED_FIELDS``, as the parent's
    ``_parse_yaml_metadata`` joins them before converting."""
    texts = []
    for name, value in header.items():
        if value is None or name.lower() not in settings["FORMATTED_FIELDS"]:
            continue
        if isinstance(value, list):
            texts.append("\n".join(item for item in value if item is not None))
        else:
            texts.append(str(value))
    return texts


def use_front_matter_reader(readers) -> None:
    """Handler for ``readers_init``."""
    for extension in FrontMatterReader.file_extensions:
        readers.reader_classes[extension] = FrontMatterReader
