"""Convert the articles' Markdown on every core before Pelican reads them.

Markdown conversion is most of reading and Pelican reads on one core (issue 6). Before
the articles generator reads, the articles that Pelican's content cache cannot serve
are read by forked worker processes, a chunk of files at a time, each with one reused
converter (a copy of the reader's own, ``reset()`` between texts). A worker parses the
YAML header and converts the body and the formatted fields (``FORMATTED_FIELDS``, the
summary); the results are keyed by a digest of the text they were made from and handed
to the reader (``reader.ConversionsAhead``), which uses them in place of converting.
Pelican reads while the workers convert: the files are dealt out in the order it reads
them, and the reader waits only for a result that has not arrived yet, so this process
builds the articles of one chunk while the workers convert the next ones.

Pelican's reading itself is unchanged: the reader still reads every file and builds the
metadata, so the output is byte for byte that of a serial build. A file a worker could
not read, parse or convert simply has no result: the reader does it itself and fails as
it always did, so Pelican reports the file by name and builds the others. The key needs
no Markdown settings: the results belong to one reader, made by copies of its converter.

Nothing is done ahead without ``fork``, with one usable core, or for fewer than
``PARALLEL_MIN_FILES`` files; should the pool break, the reader does the rest serially.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import partial

from pelican.plugins.yaml_metadata.yaml_metadata import HEADER_RE
from pelican.utils import file_suffix, pelican_open

from .reader import ConversionsAhead, FrontMatterReader, formatted_texts, text_digest

logger = logging.getLogger(__name__)

PARALLEL_MIN_FILES = 48  # below this, starting the workers costs more than they save
CHUNK_FILES = 16  # files per task: large enough to repay the round trip, small to balance

_worker_reader: FrontMatterReader | None = None  # set in each worker by ``_start_worker``


def convert_before_reading(generator) -> None:
    """Handler for ``article_generator_init``: the conversions run when the generator
    starts reading, after every ``*_init`` handler (``get_files`` is then confined)."""
    generator.generate_context = partial(_read_with_conversions_ahead, generator,
                                         generator.generate_context)


def _read_with_conversions_ahead(generator, generate_context) -> None:
    readers = _front_matter_readers(generator)
    paths = files_to_read(generator, readers)
    with conversions_arriving(next(iter(readers.values()), None), paths,
                              available_cores()) as conversions:
        for reader in readers.values():
            reader.ahead = conversions
        try:
            generate_context()
        finally:  # the results are only needed while reading
            for reader in readers.values():
                reader.ahead = ConversionsAhead()


def _front_matter_readers(generator) -> dict[str, FrontMatterReader]:
    """The generator's front-matter readers, by file extension."""
    return {extension: reader for extension, reader in generator.readers.readers.items()
            if isinstance(reader, FrontMatterReader)}


def files_to_read(generator, readers: dict[str, FrontMatterReader]) -> list[str]:
    """Absolute paths of the articles a front-matter reader will read: those Pelican's
    content cache (at the layer in use) cannot serve, in the order the generator reads
    them (``get_files`` hands it the same set, in the same order)."""
    settings = generator.settings
    names = generator.get_files(settings["ARTICLE_PATHS"], exclude=settings["ARTICLE_EXCLUDES"])
    paths = []
    for name in names:
        path = os.path.abspath(os.path.join(generator.path, name))
        if file_suffix(path) in readers and not _cached(generator, name, path):
            paths.append(path)
    return paths


def _cached(generator, name: str, path: str) -> bool:
    if generator.settings["CONTENT_CACHING_LAYER"] == "generator":
        return generator.get_cached_data(name, None) is not None
    return generator.readers.get_cached_data(path, (None, None))[0] is not None


def convert_in_parallel(reader: FrontMatterReader | None, paths: list[str],
                        processes: int) -> ConversionsAhead:
    """Headers and HTML of ``paths``, made by ``processes`` forked copies of ``reader``;
    empty when that would not pay."""
    with conversions_arriving(reader, paths, processes) as conversions:
        conversions.wait_for_all()
    return conversions


@contextlib.contextmanager
def conversions_arriving(reader: FrontMatterReader | None, paths: list[str],
                         processes: int) -> Iterator[ConversionsAhead]:
    """Within: the conversions of ``paths`` by ``processes`` forked copies of ``reader``,
    arriving a chunk at a time in the order of ``paths`` (none when that would not pay).
    On leaving, the workers stop."""
    worth_it = processes > 1 and len(paths) >= PARALLEL_MIN_FILES and hasattr(os, "fork")
    if reader is None or not worth_it:
        yield ConversionsAhead()
        return
    chunks = [paths[start:start + CHUNK_FILES] for start in range(0, len(paths), CHUNK_FILES)]
    with contextlib.ExitStack() as stack:
        try:
            pool = stack.enter_context(ProcessPoolExecutor(
                processes, mp_context=multiprocessing.get_context("fork"),
                initializer=_start_worker, initargs=(reader,)))
            stack.callback(pool.shutdown, wait=True, cancel_futures=True)
            results = pool.map(convert_files, chunks)
        except (BrokenProcessPool, OSError) as error:
            _workers_stopped(error)
            results = iter(())
        yield ConversionsAhead(arriving=_until_broken(results))


def _until_broken(results: Iterator[ConversionsAhead]) -> Iterator[ConversionsAhead]:
    """The chunks' conversions as they come; should the pool break, the reader does the rest."""
    try:
        yield from results
    except (BrokenProcessPool, OSError) as error:
        _workers_stopped(error)


def _workers_stopped(error: Exception) -> None:
    logger.warning("Markdown conversion workers stopped (%s); reading on", error)


def _start_worker(reader: FrontMatterReader) -> None:
    """Pool initializer: the forked copy of the parent's reader is this worker's."""
    global _worker_reader  # noqa: PLW0603 (one per worker process)
    _worker_reader = reader


def convert_files(paths: list[str], reader: FrontMatterReader | None = None) -> ConversionsAhead:
    """What ``reader`` (the worker's by default) would make of each file: a file that
    cannot be read, parsed or converted is left out, for the reader to report."""
    reader = reader or _worker_reader
    conversions = ConversionsAhead()
    for path in paths:
        try:
            conversions.update(_convert_file(reader, path))
        except Exception:  # noqa: BLE001, S112 (the serial read reports it)
            continue
    return conversions


def _convert_file(reader: FrontMatterReader, path: str) -> ConversionsAhead:
    with pelican_open(path) as text:
        match = HEADER_RE.fullmatch(text)
    if not match:  # read by Pelican's Markdown reader, as it is
        return ConversionsAhead()
    conversions = ConversionsAhead()
    header = reader.parse_header(match.group("metadata"))
    conversions.headers[text_digest(match.group("metadata"))] = header
    for text in [match.group("content"), *formatted_texts(header, reader.settings)]:
        conversions.html[text_digest(text)] = reader.convert_markdown(text)
    return conversions


def available_cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
