"""Compiled templates kept between builds.

Jinja compiles each template to Python code the first time a build renders it, once per
generator (each has its own environment): some fifty compilations, about a third of a
second, paid again by a rebuild that renders only a few dozen pages (issue 6). Jinja's
bytecode cache keeps the compiled code in ``CACHE_PATH``, keyed by the template's name
and a checksum of its source, so an edited template is compiled afresh. Compilation also
depends on the environment's options (``JINJA_ENVIRONMENT``: autoescaping, whitespace
control, extensions), which that key leaves out, so each set of options and Jinja version
gets a folder of its own.
"""

from __future__ import annotations

import hashlib
import json
from importlib import metadata
from pathlib import Path

from jinja2 import FileSystemBytecodeCache

CACHE_FOLDER = "templates"


def cache_compiled_templates(generator) -> None:
    """Handler for ``generator_init``."""
    folder = compiled_templates_folder(generator.settings)
    folder.mkdir(parents=True, exist_ok=True)
    generator.env.bytecode_cache = FileSystemBytecodeCache(str(folder))


def compiled_templates_folder(settings) -> Path:
    options = json.dumps([settings.get("JINJA_ENVIRONMENT"), metadata.version("jinja2")],
                         sort_keys=True, default=repr)
    key = hashlib.sha256(options.encode("utf-8")).hexdigest()[:16]
    return Path(settings["CACHE_PATH"], CACHE_FOLDER, key)
