"""Compiled regexes kept from one ingest run to the next.

Ingesting one new raw file compiled every vocabulary regex it touched: about half a
second of a one-file run, more than the normalising itself (issue 6: an add-one rebuild
must cost less than Hugo's full build). Python's ``re`` compiles in two steps, a parser
and a code generator written in Python, then hands the generated code to ``_sre``. This
store keeps that generated code per (pattern, flags) in ``CACHE_PATH`` and, while in use,
answers ``re``'s compile requests from it: the pattern object is made by ``_sre`` from
the same code, so it matches exactly as a freshly compiled one does.

The same store keeps what ``line_patterns`` reads of a vocabulary's patterns (their
widths and required literals, from ``re``'s parser: most of the rest of that half second),
by the patterns and the source of the code that read them (``kept_analysis``), and other
answers worked out from the vocabularies alone: the text of a pattern set's trigger scans
(``pattern_set``), the vocabularies parsed from their YAML (``vocab``).

The code format belongs to the Python build (``_sre.MAGIC``, ``CODESIZE``, the version):
a store made by another one is ignored, as is one that cannot be read; a pattern whose
kept code ``_sre`` refuses is compiled as usual. Only the patterns used in a run are kept
once the store grows past ``MAX_KEPT``, so patterns of an old vocabulary drop out.

The store is read when a run first compiles a pattern or asks for an analysis, not
before: a run with nothing to normalise never reads it (reading it was a third of such a
run). Each analysis is kept pickled on its own and unpickled when asked for, while the
store is in use: the regexes in it (``LiteralFinder``'s scan) then come from kept code
too, where unpickling them with the store compiled them from scratch every run.

Ingest's worker processes hand what they compiled to the parent with their results
(``hand_over``, ``take_over``): the store of a parallel run holds what one process would
have kept, not only what the parent's first file needed. While the parent normalises its
first file, a helper process warms up from the other end and sends each thing it makes at
once (``handing_over``): the parent takes it before compiling anything itself (``taking_over``).
"""

from __future__ import annotations

import _sre
import array
import contextlib
import logging
import pickle
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from re import _compiler
from typing import Any

from .atomic import write_atomic

logger = logging.getLogger(__name__)

MAX_KEPT = 20_000  # entries; the stock vocabularies need a few hundred
STORE_FORMAT = 2  # code under "entries", each analysis pickled on its own under "analyses"
# _sre's code words: unsigned ints of _sre.CODESIZE bytes
CODE_TYPECODE = next(code for code in "IL" if array.array(code).itemsize == _sre.CODESIZE)


def python_build() -> list:
    """What the kept code is valid for."""
    return [sys.version, _sre.MAGIC, _sre.CODESIZE]


_in_use: CompiledPatterns | None = None  # the store ``in_use`` made current, if any


def hand_over() -> tuple[dict, dict] | None:
    """What the store in use made since the last hand-over (``CompiledPatterns.take_new``):
    a worker process sends it with its results, for the parent to keep (``take_over``)."""
    return None if _in_use is None else _in_use.take_new()


def take_over(made: tuple[dict, dict] | None) -> None:
    """Keep in the store in use what a worker process made (``hand_over``)."""
    if _in_use is not None and made is not None:
        _in_use.adopt(*made)


def taking_over(received: Callable[[], Iterable[tuple[dict, dict]]]) -> contextlib.AbstractContextManager:
    """Within: the store in use, before it compiles a pattern or makes an analysis it
    does not keep, takes over what another process handed over since (``received()``
    gives it without waiting)."""
    return _store_set("received", received)


def handing_over(send: Callable[[tuple[dict, dict]], None]) -> contextlib.AbstractContextManager:
    """Within: the store in use sends each piece of code or analysis it makes at once,
    as ``hand_over`` gives it, for another process to take over (``taking_over``)."""
    return _store_set("send", send)


@contextlib.contextmanager
def _store_set(name: str, value: Callable) -> Iterator[None]:
    """Within: the store in use, if any, has ``value`` as its attribute ``name``."""
    store = _in_use
    if store is None:
        yield
        return
    setattr(store, name, value)
    try:
        yield
    finally:
        setattr(store, name, None)


def kept_analysis(key: tuple, analyse: Callable[[], Any]) -> Any:
    """``analyse()``, or what it gave in an earlier run for the same ``key`` (which must
    name everything the answer depends on), while a store is in use."""
    store = _in_use
    return analyse() if store is None else store.analysed(key, analyse)


def kept_beside(name: str) -> Path | None:
    """Where another cache of the run, called ``name``, is kept: beside the store in use,
    in the build cache. None while no store is in use (tests, evaluation)."""
    store = _in_use
    return store.path.with_name(name) if store is not None and store.path else None


class CompiledPatterns:
    """The kept code of compiled regexes; ``in_use`` makes ``re`` compile through it."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._kept: dict[tuple, tuple] | None = None  # read from ``path`` when first needed
        self._kept_analyses: dict[tuple, bytes] = {}
        self.used: dict[tuple, tuple] = {}
        self.analyses_reused: dict[tuple, bytes] = {}  # kept analyses asked for, as kept
        self.analyses_made: dict[tuple, bytes] = {}  # analyses made in this run, pickled as made
        self.new = 0
        self._fresh: list[tuple] = []  # keys of code and analyses made since ``take_new``
        self.received: Callable[[], Iterable[tuple[dict, dict]]] | None = None  # see ``taking_over``
        self.send: Callable[[tuple[dict, dict]], None] | None = None  # see ``handing_over``

    @property
    def kept(self) -> dict[tuple, tuple]:
        """The kept code by (pattern, flags), read from the store on first use."""
        self._read_once()
        return self._kept

    @property
    def kept_analyses(self) -> dict[tuple, bytes]:
        """The kept analyses by key, each pickled, read from the store on first use."""
        self._read_once()
        return self._kept_analyses

    def _read_once(self) -> None:
        if self._kept is None:
            self._kept = {}  # a pattern compiled while the store is read finds nothing kept
            self._kept, self._kept_analyses = self._load() if self.path else ({}, {})

    @contextlib.contextmanager
    def in_use(self) -> Iterator[None]:
        """Within: ``re.compile`` (and every ``re`` function) takes kept code when it has it."""
        global _in_use
        stock, outer = _compiler.compile, _in_use
        _compiler.compile = lambda pattern, flags=0: self.compile(stock, pattern, flags)
        _in_use = self
        try:
            yield
        finally:
            _compiler.compile, _in_use = stock, outer

    def analysed(self, key: tuple, analyse: Callable[[], Any]) -> Any:
        """``kept_analysis`` with this store: the kept answer unpickled (its regexes
        compiled through the store), else ``analyse()``."""
        pickled = self.kept_analyses.get(key)
        if pickled is None and self._take_received():
            pickled = self.kept_analyses.get(key)
        if pickled is not None:
            try:
                answer = pickle.loads(pickled)
            except Exception as error:  # noqa: BLE001 - a damaged entry costs time, never output
                logger.debug("%s: analysis unreadable (%s), made again", self.path, error)
            else:
                self.analyses_reused[key] = pickled
                return answer
        answer = analyse()
        # pickled now: what the run may later do to the answer it uses is not kept
        self.analyses_made[key] = pickle.dumps(answer, pickle.HIGHEST_PROTOCOL)
        self.new += 1
        self._made(("analysis", key))
        return answer

    def compile(self, stock, pattern, flags):
        """The pattern object for ``pattern``, from kept code, else compiled by ``stock``."""
        if not isinstance(pattern, (str, bytes)) or flags & _compiler.SRE_FLAG_DEBUG:
            return stock(pattern, flags)  # an already parsed pattern, or one to print
        key = (pattern, _same_code_flags(pattern, int(flags)))
        entry = self.kept.get(key)
        if entry is None and self._take_received():
            entry = self.kept.get(key)
        if entry is not None:
            with contextlib.suppress(Exception):  # refused code: compiled as usual below
                compiled = _from_code(pattern, entry)
                self.used[key] = entry
                return compiled
        entry = self.used[key] = _code_of(pattern, flags)
        self.new += 1
        self._made(("code", key))
        return _from_code(pattern, entry)

    def _made(self, made: tuple) -> None:
        self._fresh.append(made)
        if self.send is not None:
            self.send(self.take_new())

    def take_new(self) -> tuple[dict[tuple, tuple], dict[tuple, bytes]]:
        """The code and the analyses (pickled) made since the last call: what a worker
        process compiled, which its parent keeps (``adopt``) as if it had made them."""
        fresh, self._fresh = self._fresh, []
        code = {key: self.used[key] for kind, key in fresh if kind == "code"}
        analyses = {key: self.analyses_made[key] for kind, key in fresh if kind == "analysis"}
        return code, analyses

    def adopt(self, code: dict[tuple, tuple], analyses: dict[tuple, bytes]) -> None:
        """Keep what another process made (``take_new``) when this store is saved."""
        code = {key: entry for key, entry in code.items() if key not in self.used}
        analyses = {key: pickled for key, pickled in analyses.items()
                    if key not in self.analyses_made and key not in self.analyses_reused}
        self.used.update(code)
        self.analyses_reused.update(analyses)
        self.new += len(code) + len(analyses)

    def _take_received(self) -> bool:
        """Keep, and answer from, what another process handed over so far (``taking_over``);
        whether there was anything."""
        batches = list(self.received()) if self.received is not None else ()
        for code, analyses in batches:
            self.kept.update(code)
            self.kept_analyses.update(analyses)
            self.adopt(code, analyses)
        return bool(batches)

    def save(self) -> None:
        """Keep what this run compiled, when it compiled anything new."""
        if not self.path or not self.new:
            return
        used_analyses = {**self.analyses_reused, **self.analyses_made}
        entries, analyses = {**self.kept, **self.used}, {**self.kept_analyses, **used_analyses}
        if len(entries) + len(analyses) > MAX_KEPT:
            entries, analyses = self.used, used_analyses
        store = {"python": python_build(), "format": STORE_FORMAT, "entries": entries, "analyses": analyses}
        data = pickle.dumps(store, pickle.HIGHEST_PROTOCOL)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(self.path, data)
        except OSError as error:
            logger.warning("%s: compiled patterns not kept (%s)", self.path, error)

    def _load(self) -> tuple[dict[tuple, tuple], dict[tuple, bytes]]:
        try:
            kept = pickle.loads(self.path.read_bytes())
            if kept["python"] != python_build() or kept.get("format") != STORE_FORMAT:
                return {}, {}
            return dict(kept["entries"]), dict(kept["analyses"])
        except FileNotFoundError:
            return {}, {}
        except Exception as error:  # noqa: BLE001 - a damaged store costs time, never output
            logger.debug("%s: unreadable (%s), not used", self.path, error)
            return {}, {}


def _same_code_flags(pattern, flags: int) -> int:
    """``flags`` as ``re`` completes them for a text pattern: Unicode matching unless ASCII
    (or the invalid LOCALE) is asked for. A pattern object pickled in a kept analysis is
    compiled again with its final flags (``re.UNICODE`` added), and finds the code kept
    when it was first compiled without them: the code is the same."""
    if isinstance(pattern, str) and not flags & (_compiler.SRE_FLAG_ASCII | _compiler.SRE_FLAG_LOCALE):
        return flags | _compiler.SRE_FLAG_UNICODE
    return flags


def _code_of(pattern, flags) -> tuple:
    """What ``_sre.compile`` needs besides the pattern, made as ``re._compiler.compile``
    makes it (which raises ``re.error`` for a bad pattern, as here)."""
    parsed = _compiler._parser.parse(pattern, flags)  # noqa: SLF001
    code = _compiler._code(parsed, flags)  # noqa: SLF001
    state = parsed.state
    indexgroup = [None] * state.groups
    for name, index in state.groupdict.items():
        indexgroup[index] = name
    return (flags | state.flags, array.array(CODE_TYPECODE, code).tobytes(), state.groups - 1,
            dict(state.groupdict), tuple(indexgroup))


def _from_code(pattern, entry: tuple):
    final_flags, code, groups, groupindex, indexgroup = entry
    words = array.array(CODE_TYPECODE)
    words.frombytes(code)
    return _sre.compile(pattern, final_flags, words.tolist(), groups, groupindex, indexgroup)
