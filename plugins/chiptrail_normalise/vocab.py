"""Vocabularies are data, not code: chips and their aliases, stance cues, outlets,
boilerplate patterns. Users extend them by editing the YAML files in ``vocab/`` (or by
pointing ``CHIPTRAIL_VOCAB_DIR`` at a folder whose files are merged over ours), so a new
chip or outlet never needs a code change.
"""

from __future__ import annotations

import hashlib
import io
import os
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from .compiled_patterns import kept_analysis

PACKAGE_VOCAB = Path(__file__).with_name("vocab")
CODE_VERSION = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()
"""A kept parse serves only the code that made it (``compiled_patterns.kept_analysis``)."""
Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's, when installed: ten times faster


@lru_cache(maxsize=None)
def load(name: str) -> Any:
    """Return the vocabulary ``name`` (``vocab/<name>.yaml``), merged with the user's copy.

    Lists are extended and mappings updated, so a user file only has to hold additions.
    """
    data = _read(PACKAGE_VOCAB / f"{name}.yaml")
    extra_dir = os.environ.get("CHIPTRAIL_VOCAB_DIR")
    if extra_dir and (Path(extra_dir) / f"{name}.yaml").is_file():
        data = _merge(data, _read(Path(extra_dir) / f"{name}.yaml"))
    return data


def _read(path: Path) -> Any:
    """The YAML file at ``path``, parsed. While ingest runs, what a file's text parses to
    is kept from run to run (``compiled_patterns.kept_analysis``): parsing the
    vocabularies took ~15 ms of a one-file ingest, unpickling them well under one."""
    text = path.read_text(encoding="utf-8")
    key = ("vocab", CODE_VERSION, yaml.__version__, Loader.__name__, hashlib.sha256(text.encode("utf-8")).hexdigest())
    return kept_analysis(key, lambda: yaml.load(_named_stream(text, path), Loader=Loader) or {})


def _named_stream(text: str, path: Path) -> io.StringIO:
    """``text``, read from ``path``, as a stream that YAML's errors name as the file."""
    stream = io.StringIO(text)
    stream.name = str(path)
    return stream


def _merge(base: Any, extra: Any) -> Any:
    if isinstance(base, dict) and isinstance(extra, dict):
        merged = dict(base)
        for key, value in extra.items():
            merged[key] = _merge(base[key], value) if key in base else value
        return merged
    if isinstance(base, list) and isinstance(extra, list):
        return base + [item for item in extra if item not in base]
    return extra
