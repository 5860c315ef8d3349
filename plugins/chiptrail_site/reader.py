"""The front-matter reader: pelican-yaml-metadata's, with libyaml's C parser.

Parsing the YAML header with PyYAML's pure-Python ``safe_load`` was a quarter of a build
(issue 6). ``yaml.CSafeLoader`` builds the same objects with the same safe constructors
about seven times faster; PyYAML built without libyaml falls back to ``SafeLoader``.
Everything else (header split, null keys dropped, tags and dates processed, Markdown
body) is pelican-yaml-metadata's own code.

``pelican.plugins.yaml_metadata`` is therefore not listed in ``PLUGINS``: this plugin
installs the reader for the same extensions, and two plugins claiming the ``md``
extension would race (blinker does not order ``readers_init`` receivers).
"""

from __future__ import annotations

import logging

import yaml
from pelican.plugins.yaml_metadata.yaml_metadata import YAMLMetadataReader

logger = logging.getLogger(__name__)

SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class FrontMatterReader(YAMLMetadataReader):
    """Markdown with a YAML header, the header parsed by libyaml when available."""

    def _load_yaml_metadata(self, text, source_path):
        """As the parent's, with ``SAFE_LOADER``: malformed or non-mapping YAML gives
        no metadata and an error naming the file."""
        try:
            metadata = yaml.load(text, Loader=SAFE_LOADER)  # noqa: S506 (a safe loader)
        except Exception:  # noqa: BLE001 (a bad date raises ValueError, not YAMLError)
            logger.error("Error parsing YAML for file '%s'", source_path, exc_info=True)
            return {}
        if not isinstance(metadata, dict):
            logger.error("YAML header didn't parse as a dict for file '%s'", source_path)
            return {}
        return self._parse_yaml_metadata(metadata, source_path)


def use_front_matter_reader(readers) -> None:
    """Handler for ``readers_init``."""
    for extension in FrontMatterReader.file_extensions:
        readers.reader_classes[extension] = FrontMatterReader
