"""Compiled templates kept between builds.

Jinja compiles each template to Python code the first time a build renders it, once per
generator (each has its own environment): some fifty compilations, about a third of a
second, paid again by a rebuild that renders only a few dozen pages (issue 6). Jinja's
bytecode cache keeps the compiled code in ``CACHE_PATH``, keyed by the template's name
and a checksum of its source, so an edited template is compiled afresh. Compilation also
depends on the environment's options (``JINJA_ENVIRONMENT``: autoescaping, whitespace
control, extensions), which that key leaves out, so each set of options and Jinja version
gets a folder of its own.

Before pages are rendered, ``render_pool.load_templates`` finds the templates each one
extends, includes or imports, which Jinja tells only from a template's parsed source:
fifty parses, a tenth of a second of every rebuild that renders a page, though the
compiled code comes from the cache. ``TemplateReferences`` keeps what each source names,
keyed by the source's hash, in the same folder (the parse depends on the same options),
and parses a source once per build however many environments load it.

Each ``{% import %}`` or ``{% from ... import %}`` a page runs asks Jinja which globals
the importing template has that the imported one lacks (``Template._get_default_module``):
a set minus the imported template's ``globals.keys()``. Jinja's globals are a
``ChainMap`` (the template's own over its environment's), whose keys view answers each
name by a Python-level look through every map: ~10 us per import, seven imports per
article page, a seventh of rendering one. ``TemplateGlobals`` is the same ``ChainMap``
(the same maps: what templates see is unchanged) with a ``keys()`` that is a plain
dictionary's view, against which the subtraction is one C set operation.
"""

from __future__ import annotations

import hashlib
import json
from collections import ChainMap
from importlib import metadata
from pathlib import Path

from jinja2 import FileSystemBytecodeCache, meta

from .output_files import write_atomic

CACHE_FOLDER = "templates"
REFERENCES_NAME = "references.json"


def cache_compiled_templates(generator) -> None:
    """Handler for ``generator_init``."""
    folder = compiled_templates_folder(generator.settings)
    folder.mkdir(parents=True, exist_ok=True)
    generator.env.bytecode_cache = FileSystemBytecodeCache(str(folder))


def quick_template_globals(generator) -> None:
    """Handler for ``generator_init``: the templates this generator's environment loads
    get ``TemplateGlobals`` (Jinja's ``make_globals``, wrapped)."""
    environment = generator.env
    make_globals = environment.make_globals
    environment.make_globals = lambda d=None: TemplateGlobals(*make_globals(d).maps)


class TemplateGlobals(ChainMap):
    """A template's globals, as Jinja chains them, with keys a plain dictionary's view."""

    def keys(self):
        merged: dict = {}
        for mapping in reversed(self.maps):
            merged.update(mapping)
        return merged.keys()


def compiled_templates_folder(settings) -> Path:
    options = json.dumps([settings.get("JINJA_ENVIRONMENT"), metadata.version("jinja2")],
                         sort_keys=True, default=repr)
    key = hashlib.sha256(options.encode("utf-8")).hexdigest()[:16]
    return Path(settings["CACHE_PATH"], CACHE_FOLDER, key)


class TemplateReferences:
    """The templates each template source names in its extends, include and import tags
    (those named by an expression left out), kept in the environment's compiled-template
    folder between builds; without one, each source is parsed."""

    def __init__(self, path: Path | None):
        self.path = path
        self.kept: dict[str, list[str]] = self._read()
        self.used: dict[str, list[str]] = {}

    @staticmethod
    def path_for(environment) -> Path | None:
        """Where ``environment``'s references are kept: environments with the same
        options share one folder, and so one file."""
        cache = environment.bytecode_cache
        if isinstance(cache, FileSystemBytecodeCache):
            return Path(cache.directory, REFERENCES_NAME)
        return None

    def _read(self) -> dict[str, list[str]]:
        if self.path is None:
            return {}
        try:
            kept = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return kept if isinstance(kept, dict) else {}

    def of(self, environment, source: str) -> list[str]:
        """What ``source`` names: kept by a last build, found earlier in this one (the
        generators' environments share the folder and load the same partials: a cold
        build at 1,000 articles asks 55 times about 31 sources), or parsed now."""
        key = hashlib.sha256(source.encode("utf-8")).hexdigest()
        names = self.used.get(key, self.kept.get(key))
        if not isinstance(names, list):
            names = [name for name in meta.find_referenced_templates(environment.parse(source))
                     if name is not None]
        self.used[key] = names
        return names

    def save(self) -> None:
        """Keep the references of sources parsed in this build with those kept (an edited
        template adds an entry: a few hundred bytes per edit, in a cache folder)."""
        if self.path is not None and not self.used.items() <= self.kept.items():
            write_atomic(self.path, json.dumps({**self.kept, **self.used}, sort_keys=True).encode("utf-8"))
