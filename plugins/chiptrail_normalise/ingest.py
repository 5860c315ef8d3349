"""The ingest runner: every raw file in ``content/raw`` becomes one article file.

Ownership rules, in the order they are checked for each raw file:

- raw files are only ever opened for reading; symlinks out of the raw folder are skipped;
- the same raw content under two names is ingested once (the other name is reported);
- an article whose raw file is unchanged (same ``raw_sha256``) is not even read again, so
  a re-run costs one hash per raw file and rewrites nothing; with a stamp store
  (``file_stamps``), a file whose status is as it was when last read is not read either;
- an article edited by hand (its ``ingest_sha256`` stamp no longer matches) is never
  overwritten; if its raw file changed, the user is told about both files;
- slug and ``added`` are given once, at first ingest, and kept forever after;
- every write is atomic, and a raw file that cannot be read as an article (empty, binary,
  no usable text) is reported on one line while the others go on.

Raw files that disappeared leave their articles alone: the archive is permanent.
Many files are normalised in worker processes, one per core, but every decision and
write above is made here, in name order, so the result is that of a single process.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import functools
import hashlib
import os
import runpy
import stat
import sys
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from . import compiled_patterns, frontmatter
from .atomic import WriteBatch, exclusive_lock, remove_stale_temp_files, sync_directory
from .compiled_patterns import CompiledPatterns
from .decode import Decoded, decode_text
from .fields import IngestError, Normalised, StanceModelError
from .file_stamps import FileStamps
from .slugs import slugify, unique_slug

# Defaults of the ``CHIPTRAIL_INGEST`` setting in pelicanconf.py, which overrides them.
INGEST_DEFAULTS = {"RAW_DIR": "content/raw", "OUT_DIR": "content/articles", "DAY_FIRST": False}
SETTINGS_FILE = "pelicanconf.py"
# Beside Pelican's caches in ``CACHE_PATH`` (so `invoke clean` drops it too): what ingest
# learnt of each raw and article file, by the file's stamp.
STAMPS_NAME = "ingest-stamps.pickle"
# Beside it: the compiled code of the normaliser's regexes (``compiled_patterns``).
PATTERNS_NAME = "ingest-regexes.pickle"


def read_saved_page(data: bytes) -> Decoded:
    """A page saved from a browser, as header lines + main text (trafilatura/htmldate).

    Imported on first use: trafilatura takes a while to load and most runs see no HTML.
    """
    from .html_page import read_raw_html

    return read_raw_html(data)


# How each kind of raw file becomes text, by file suffix.
READERS: dict[str, Callable[[bytes], Decoded]] = {
    ".txt": decode_text,
    ".html": read_saved_page,
    ".htm": read_saved_page,
}

Normaliser = Callable[..., Normalised]


def stock_normaliser() -> Normaliser:
    """The pipeline's ``normalise``, imported on first use: loading its vocabularies and
    compiling their patterns is most of what a run with nothing to normalise would cost."""
    from .pipeline import normalise

    return normalise


@dataclass(frozen=True)
class RawFile:
    """A raw file found in the raw folder."""

    path: Path  # where to read it (a symlink inside the raw folder is resolved)
    shown: str  # how messages name it: the path as the user would type it
    name: str  # its ``raw:`` value, relative to the content folder: ``raw/003_x.txt``
    sha256: str


@dataclass(frozen=True)
class Article:
    """An article file already in the output folder, known by its front-matter."""

    path: Path
    meta: dict[str, Any]  # the ``INDEX_KEYS`` of its front-matter


class Report:
    """Tells the user, one line per event, and counts what happened for the summary."""

    def __init__(self, out: TextIO | None = None, err: TextIO | None = None):
        self.out, self.err = out or sys.stdout, err or sys.stderr
        self.counts = dict.fromkeys(
            ("new", "updated", "unchanged", "hand-edited", "errors", "warnings", "missing",
             "write-failures"), 0
        )

    def written(self, kind: str, article: Path, raw: RawFile) -> None:
        self.counts[kind] += 1
        print(f"{kind}: {article} (from {raw.shown})", file=self.out)

    def unchanged(self) -> None:
        self.counts["unchanged"] += 1

    def hand_edited(self, article: Path, raw: RawFile, raw_changed: bool) -> None:
        self.counts["hand-edited"] += 1
        if raw_changed:
            self.warning(f"{raw.shown}: changed, but {article} was edited by hand; kept it")

    def error(self, shown: str, reason: str) -> None:
        self.counts["errors"] += 1
        print(f"{shown}: {reason}", file=self.err)

    def write_failed(self, article: Path, error: OSError) -> None:
        """A failed write (disk full, read-only folder): the old file, if any, is intact."""
        self.counts["write-failures"] += 1
        self.error(str(article), f"cannot write ({error.strerror or error}); previous version kept")

    def warning(self, line: str) -> None:
        self.counts["warnings"] += 1
        print(line, file=self.err)

    def missing(self, article: Article) -> None:
        self.counts["missing"] += 1
        self.note(f"{article.path}: raw file {article.meta['raw']} is gone; article kept")

    def note(self, line: str) -> None:
        print(line, file=self.out)

    @property
    def problems(self) -> int:
        """Errors and warnings: what ``--strict`` turns into a failure."""
        return self.counts["errors"] + self.counts["warnings"]

    def summary(self) -> str:
        c = self.counts
        line = (
            f"ingest: {c['new']} new, {c['updated']} updated, {c['unchanged']} unchanged, "
            f"{c['hand-edited']} skipped (hand-edited), {c['errors']} errors, "
            f"{c['warnings']} warnings"
        )
        return line + (f", {c['missing']} raw files missing" if c["missing"] else "")


def ingest(
    raw_dir: Path,
    out_dir: Path,
    *,
    day_first: bool = False,
    force: bool = False,
    normaliser: Normaliser | None = None,
    today: datetime.date | None = None,
    report: Report | None = None,
    workers: int | None = None,
    stamps: Path | None = None,
    patterns: Path | None = None,
) -> Report:
    """Bring ``out_dir`` up to date with ``raw_dir``; return what happened.

    ``force`` normalises unchanged raw files again (after the normaliser improved); it
    still keeps slugs, ``added`` dates and hand edits, and rewrites only changed files.
    ``workers`` processes normalise the files (default: one per core; 1 for none).
    ``normaliser`` defaults to the pipeline's. ``stamps`` is the file that keeps each
    raw file's hash and each article's index keys by file status (none: read them all).
    ``patterns`` is the file that keeps the compiled regexes (none: compile them all).
    """
    report = report or Report()
    out_dir.mkdir(parents=True, exist_ok=True)
    waiting = functools.partial(report.note, f"waiting for another ingest into {out_dir} to finish")
    with exclusive_lock(out_dir, on_wait=waiting):
        for stale in remove_stale_temp_files(out_dir):
            report.note(f"{stale}: removed temp file left by an interrupted run")
        known = FileStamps(stamps)
        compiled = CompiledPatterns(patterns)
        with compiled.in_use():
            run = _Run(raw_dir, out_dir, day_first, force, normaliser, today, report, workers, known)
            run.ingest_all()
        known.save()
        compiled.save()
        if report.counts["new"] or report.counts["updated"]:
            sync_directory(out_dir)
    print(report.summary(), file=report.out)
    return report


class _Run:
    """One ingest pass: the existing articles, indexed once, then each raw file in turn."""

    def __init__(self, raw_dir, out_dir, day_first, force, normaliser, today, report, workers, known):
        self.raw_dir, self.out_dir, self.report, self.workers = raw_dir, out_dir, report, workers
        self.day_first, self.force, self.normaliser = day_first, force, normaliser
        self.today, self.known = today or datetime.date.today(), known
        self.articles, self.taken_slugs = index_articles(out_dir, report, known)
        self.batch, self.staged = WriteBatch(), []  # staged: (kind, article path, raw) per write

    def ingest_all(self) -> None:
        raws = list(scan_raw(self.raw_dir, self.report, self.known))
        present = {raw.name for raw in raws}
        claimed = self._claimed_contents({raw.name: raw.sha256 for raw in raws})
        firsts = [claimed.setdefault(raw.sha256, raw.name) for raw in raws]
        todo = [raw for raw, first in zip(raws, firsts) if first == raw.name and self._needs_normalising(raw)]
        prepared, queued = self._prepare(todo), {raw.name for raw in todo}
        try:
            for raw, first in zip(raws, firsts):
                if first != raw.name:
                    self.report.warning(f"{raw.shown}: same content as {first}; ingested once")
                    continue
                self.ingest_one(raw, next(prepared) if prepared and raw.name in queued else None)
            self._commit()
        finally:
            self.batch.discard()  # only after an error: what was staged stays unwritten
            if prepared:
                prepared.close()  # stops the worker processes
        for name, article in self.articles.items():
            if name not in present:
                self.report.missing(article)

    def _needs_normalising(self, raw: RawFile) -> bool:
        article = self.articles.get(raw.name)
        return self.force or article is None or article.meta.get("raw_sha256") != raw.sha256

    def _prepare(self, todo: list[RawFile]) -> Generator[Prepared, None, None] | None:
        """Normalise ``todo`` in worker processes, results in order, when it is worth it:
        enough files to repay starting them, more than one core, the stock normaliser."""
        workers = self.workers or available_cores()
        if workers < 2 or len(todo) < PARALLEL_MIN_FILES or self.normaliser is not None:
            return None
        return self._prepared_in_parallel(todo, workers)

    def _prepared_in_parallel(self, todo: list[RawFile], workers: int) -> Generator[Prepared, None, None]:
        # The first file is done here: the vocabularies it loads are then shared by the
        # forked workers instead of being loaded by each. A helper warms up beside it.
        helper = WarmUpHelper(todo[0].path)
        try:
            with helper.taken_over():
                first = prepare_raw(todo[0].path, todo[0].name, self.day_first)
            yield first
            compiled_patterns.hand_over()  # the workers hand over only what they compile
            jobs = [(raw.path, raw.name, self.day_first) for raw in todo[1:]]
            for prepared, compiled in _in_worker_processes(_prepare_job, jobs, workers):
                compiled_patterns.take_over(compiled)  # kept for the next run, as if compiled here
                yield prepared
        finally:
            helper.join()  # long done: it ends at its first send after the first file

    def _claimed_contents(self, present: dict[str, str]) -> dict[str, str]:
        """Raw content an article already holds: its raw file still has it, or is gone.

        A copy of that content under another name is then the duplicate, whatever the
        name order, so an article never changes hands.
        """
        claimed = {}
        for name, article in self.articles.items():
            digest = article.meta.get("raw_sha256")
            if isinstance(digest, str) and present.get(name, digest) == digest:
                claimed.setdefault(digest, name)
        return claimed

    def ingest_one(self, raw: RawFile, prepared: Prepared | None = None) -> None:
        """Bring the article of ``raw`` up to date; ``prepared`` is its normalised text
        (or the error it gave) when a worker process already did that."""
        article = self.articles.get(raw.name)
        raw_changed = article is None or article.meta.get("raw_sha256") != raw.sha256
        if not raw_changed and not self.force:
            self.report.unchanged()
            return
        old = article.path.read_bytes() if article else None
        if old is not None and frontmatter.is_hand_edited(old.decode("utf-8", "replace")):
            self.report.hand_edited(article.path, raw, raw_changed)
            return
        try:
            normalised = self._normalise(raw, prepared)
        except IngestError as error:
            self.report.error(raw.shown, str(error))
            return
        except OSError as error:
            self.report.error(raw.shown, f"cannot read ({error.strerror})")
            return
        self._write(raw, article, old, normalised)

    def _normalise(self, raw: RawFile, prepared: Prepared | None) -> Normalised:
        if prepared is None:
            prepared = prepare_raw(raw.path, raw.name, self.day_first, self.normaliser)
        if isinstance(prepared, Exception):
            raise prepared
        read_warnings, normalised = prepared
        for message in read_warnings + normalised.warnings:
            self.report.warning(f"{raw.shown}: {message}")
        return normalised

    def _write(
        self, raw: RawFile, article: Article | None, old: bytes | None, normalised: Normalised
    ) -> None:
        meta = dict(normalised.meta)
        meta["slug"] = self._slug(raw, article, meta)
        meta["added"] = article.meta.get("added", self.today) if article else self.today
        meta["raw"], meta["raw_sha256"] = raw.name, raw.sha256
        document = frontmatter.render_stamped(meta, normalised.body).encode("utf-8")
        if document == old:
            self.report.unchanged()
            return
        path = article.path if article else self.out_dir / f"{meta['slug']}.md"
        self.batch.stage(path, document)
        self.staged.append(("updated" if article else "new", path, raw))
        if len(self.batch) >= WRITE_BATCH:
            self._commit()

    def _commit(self) -> None:
        """Put the staged articles in place (flushed together: see ``WriteBatch``)."""
        staged, self.staged = self.staged, []
        for (kind, path, raw), (_, error) in zip(staged, self.batch.commit()):
            if error is None:
                self.report.written(kind, path, raw)
            else:
                self.report.write_failed(path, error)

    def _slug(self, raw: RawFile, article: Article | None, meta: dict[str, Any]) -> str:
        """The article's slug: kept from its existing file, else made from its title."""
        if article:
            return str(article.meta.get("slug") or article.path.stem)
        # made one by one: the raw file's name is needed only for a title without a letter or digit
        candidates = (slugify(text) for text in (str(meta.get("title") or ""), Path(raw.name).stem))
        slug = unique_slug(candidates, self.taken_slugs)
        self.taken_slugs.add(slug)
        return slug


# Below this many files to normalise, starting worker processes costs more than it saves.
PARALLEL_MIN_FILES = 48
WRITE_BATCH = 64  # articles written and flushed to disk together
PARALLEL_CHUNK = 8
WARM_UP_MAX_LENGTH = 50_000  # characters of the first file the warm-up helper reads (see ``warm_up``)

# A raw file read and normalised: the reader's warnings and the result, or the error.
Prepared = tuple[list[str], Normalised] | IngestError | OSError


def prepare_raw(path: Path, name: str, day_first: bool, normaliser: Normaliser | None = None) -> Prepared:
    """Read and normalise one raw file; errors are returned, so a worker can hand them back."""
    normaliser = normaliser or stock_normaliser()
    try:
        with open_read_only(path) as handle:
            data = handle.read()
        decoded = READERS[path.suffix.lower()](data)
        try:
            return decoded.warnings, normaliser(decoded.text, name=name, day_first=day_first)
        except (IngestError, StanceModelError):
            raise
        except Exception as error:  # a normaliser bug must not stop the other files
            raise IngestError(f"normaliser failed ({type(error).__name__}: {error})") from error
    except (IngestError, OSError) as error:
        return error


def _prepare_job(job: tuple[Path, str, bool]) -> tuple[Prepared, tuple[dict, dict] | None]:
    """``prepare_raw`` in a worker, with the regexes it compiled for the first time."""
    return prepare_raw(*job), compiled_patterns.hand_over()


class WarmUpHelper:
    """A helper process that warms the normaliser up beside the parent's first file.

    The parent normalises its first file alone, cold, before forking the workers (they
    then share what it loaded): ~1 s of compiling regexes, analysing vocabularies and
    loading the stance model while the other core idled. The helper runs the pipeline's
    last readers first (``warm_up``) on the same file and sends each regex's code and
    each analysis it makes at once (``compiled_patterns.handing_over``); the parent,
    while ``taken_over`` is open, takes what has come before compiling anything itself
    (``compiled_patterns.taking_over``). The stance model's copy reaches the parent
    through the build cache, where the helper keeps it (``stance_model``). Nothing the
    helper sends changes an answer: kept code and analyses are the ones the parent would
    make. Once the parent stops listening, the helper's next send fails and it ends.
    """

    def __init__(self, path: Path) -> None:
        import multiprocessing

        self._receiving, sending = multiprocessing.Pipe(duplex=False)
        for stream in (sys.stdout, sys.stderr):
            stream.flush()  # else the forked helper would write what is buffered again
        self._process = multiprocessing.get_context("fork").Process(
            target=_warm_up_from, args=(path, sending, self._receiving), daemon=True
        )
        self._process.start()
        sending.close()

    @contextlib.contextmanager
    def taken_over(self) -> Iterator[None]:
        """Within: the store in use takes over what the helper sent."""
        try:
            with compiled_patterns.taking_over(self._received):
                yield
        finally:
            self._receiving.close()

    def _received(self) -> list[tuple[dict, dict]]:
        """What the helper sent so far, without waiting."""
        batches = []
        with contextlib.suppress(EOFError, OSError):  # the helper is done, or no longer heard
            while self._receiving.poll():
                batches.append(self._receiving.recv())
        return batches

    def join(self) -> None:
        self._process.join()


def _warm_up_from(path: Path, sending, receiving) -> None:
    """The helper process: ``warm_up`` on the raw file at ``path``, sending what it makes.
    A failure (the file unreadable, the parent no longer listening) ends the warm-up."""
    receiving.close()  # the parent's end, forked with it: else a send never fails
    with contextlib.suppress(Exception), sending:
        with open_read_only(path) as handle:
            text = READERS[path.suffix.lower()](handle.read()).text
        with compiled_patterns.handing_over(sending.send):
            warm_up(text)


def warm_up(text: str) -> None:
    """Run the normaliser's readers on a rough reading of ``text`` (its lines as the
    paragraphs under its first line as title), importing their modules as they come:
    the stance model and readers first, what the pipeline does last (and imports last),
    so that the helper and the parent start at opposite ends. What the rough reading
    misses, the parent makes itself: it only costs time. (The top of a huge page only:
    the helper must not go on long after the parent no longer listens.)"""
    lines = [line.strip() for line in text[:WARM_UP_MAX_LENGTH].split("\n") if line.strip()]
    title, paragraphs = (lines[0] if lines else ""), lines[1:]
    from . import stance, stance_model

    stance_model.load_model()
    stance.extract_stance(title, paragraphs)
    stance.extract_actor(title, paragraphs)
    from . import chips

    chips.extract_chips(title, paragraphs)
    from .body import Block
    from .summary import extract_summary

    extract_summary([Block("paragraph", paragraph) for paragraph in paragraphs])
    from . import dates, source, tags

    source.extract_cites(lines, None)
    dates.extract_date(lines)
    tags.extract_tags(lines)
    source.extract_source(lines)
    source.extract_author(lines)


def _in_worker_processes(function, jobs: list, workers: int) -> Generator:
    """``function`` over ``jobs`` in ``workers`` forked processes, results in job order.
    (``multiprocessing`` is imported here: a run with few files to normalise never
    forks, and its import cost an add-one ingest ~10 ms.)"""
    import multiprocessing

    with multiprocessing.get_context("fork").Pool(workers) as pool:
        yield from pool.imap(function, jobs, chunksize=PARALLEL_CHUNK)


def available_cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


# The front-matter keys a run needs of each article already written.
INDEX_KEYS = ("raw", "raw_sha256", "slug", "added")


def index_articles(out_dir: Path, report: Report, known: FileStamps) -> tuple[dict[str, Article], set[str]]:
    """Map each ``raw:`` name to its article, and collect the slugs already in use."""
    articles: dict[str, Article] = {}
    taken: set[str] = set()
    for name in sorted(name for name in os.listdir(out_dir) if name.endswith(".md")):
        path = out_dir / name  # the names out_dir.glob("*.md") gives, without pathlib's sorting
        meta = _index_keys(path, known)
        taken.update({path.stem, str(meta.get("slug") or path.stem)})
        name = meta.get("raw")
        if not isinstance(name, str):
            continue
        if name in articles:
            report.warning(f"{path}: made from {name} like {articles[name].path}; ignored")
            continue
        articles[name] = Article(path, meta)
    return articles, taken


def _index_keys(path: Path, known: FileStamps) -> dict[str, Any]:
    """The article's ``INDEX_KEYS``, read from the file unless its stamp is known."""
    info = os.stat(path)
    meta = known.lookup("index", str(path), info)
    if meta is None:
        meta = frontmatter.read_keys(path, INDEX_KEYS) or {}
        known.record("index", str(path), info, meta)
    return meta


def scan_raw(raw_dir: Path, report: Report, known: FileStamps) -> Iterator[RawFile]:
    """Yield the readable raw files under ``raw_dir`` in name order, hashed."""
    root = raw_dir.resolve()
    for shown, relative in _walk(raw_dir):
        path = Path(shown)
        info = _status(shown, os.lstat)
        linked = info is not None and stat.S_ISLNK(info.st_mode)
        target = path.resolve() if linked else path
        if linked:
            info = _status(target, os.stat)
        if linked and not target.is_relative_to(root):
            report.warning(f"{shown}: symlink to {target}, outside {raw_dir}; not followed")
        elif info is not None and stat.S_ISDIR(info.st_mode):
            continue  # a symlinked folder inside the raw folder is walked in place
        elif path.suffix.lower() not in READERS:
            report.warning(f"{shown}: no reader for '{path.suffix}' files; skipped")
        elif info is None or not stat.S_ISREG(info.st_mode):
            report.error(shown, "not a regular file (or a broken symlink)")
        else:
            try:
                digest = raw_digest(target, info, known)
            except OSError as error:
                report.error(shown, f"cannot read ({error.strerror})")
                continue
            yield RawFile(target, shown, f"{raw_dir.name}/{relative}", digest)


def _status(path: Path | str, status_of) -> os.stat_result | None:
    """``os.lstat`` or ``os.stat`` of ``path``; None when it is gone or a broken link."""
    try:
        return status_of(path)
    except OSError:
        return None


def raw_digest(path: Path, info: os.stat_result, known: FileStamps) -> str:
    """The SHA-256 of a raw file, hashed unless its status ``info`` is a known stamp
    (stamped again when opened, so a write during the hashing changes the stamp the next
    run sees)."""
    digest = known.lookup("sha256", str(path), info)
    if digest is None:
        with open_read_only(path) as handle:
            info = os.fstat(handle.fileno())
            digest = hashlib.file_digest(handle, "sha256").hexdigest()
        known.record("sha256", str(path), info, digest)
    return digest


def _walk(raw_dir: Path) -> Iterator[tuple[str, str]]:
    """Every non-hidden entry under ``raw_dir``, sorted, as its path and its path relative
    to ``raw_dir`` (with "/"); folder symlinks are not entered. Plain strings: sorting and
    cutting 10,000 ``Path`` objects was a third of a run with nothing to do."""
    root = str(raw_dir)
    for folder, folders, files in os.walk(root):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        relative = os.path.relpath(folder, root)
        prefix = "" if relative == "." else relative.replace(os.sep, "/") + "/"
        linked = [name for name in folders if os.path.islink(os.path.join(folder, name))]
        for name in sorted(linked + [name for name in files if not name.startswith(".")]):
            yield os.path.join(folder, name), prefix + name


def open_read_only(path: Path):
    """Open a raw file for reading only, refusing a symlink swapped in since the scan."""
    return os.fdopen(os.open(path, os.O_RDONLY | os.O_NOFOLLOW), "rb")


def load_settings(settings_file: Path) -> dict[str, Any]:
    """``CHIPTRAIL_INGEST`` from the Pelican settings file over ``INGEST_DEFAULTS``.

    Relative folders are taken relative to the settings file, as Pelican does for ``PATH``.
    ``STAMPS`` is the stamp store's file, ``PATTERNS`` the compiled regexes' store, both
    in the settings' ``CACHE_PATH``.
    """
    settings, cache = dict(INGEST_DEFAULTS), "cache"  # Pelican's default CACHE_PATH
    if settings_file.is_file():
        pelican_settings = runpy.run_path(str(settings_file))
        settings.update(pelican_settings.get("CHIPTRAIL_INGEST", {}))
        cache = pelican_settings.get("CACHE_PATH", cache)
    base = settings_file.parent
    for key in ("RAW_DIR", "OUT_DIR"):
        settings[key] = base / settings[key]
    settings["STAMPS"] = base / cache / STAMPS_NAME
    settings["PATTERNS"] = base / cache / PATTERNS_NAME
    return settings


def main(argv: list[str] | None = None) -> int:
    """Command line: ``python -m chiptrail_normalise.ingest [--raw DIR] [--out DIR] ...``."""
    parser = argparse.ArgumentParser(prog="ingest", description=__doc__.splitlines()[0])
    default = "(default: CHIPTRAIL_INGEST[{!r}] in the settings file)".format
    parser.add_argument("--raw", type=Path, help=f"raw folder {default('RAW_DIR')}")
    parser.add_argument("--out", type=Path, help=f"article folder {default('OUT_DIR')}")
    parser.add_argument("--strict", action="store_true", help="exit 1 on any error or warning")
    parser.add_argument("--day-first", action=argparse.BooleanOptionalAction,
                        help=f"read numeric dates as day/month {default('DAY_FIRST')}")
    parser.add_argument("--force", action="store_true",
                        help="normalise unchanged raw files again (keeps slugs and hand edits)")
    parser.add_argument("--settings", type=Path, default=Path(SETTINGS_FILE),
                        help=f"Pelican settings file (default: {SETTINGS_FILE})")
    args = parser.parse_args(argv)
    settings = load_settings(args.settings)
    raw_dir = args.raw or settings["RAW_DIR"]
    if not raw_dir.is_dir():
        parser.error(f"raw folder {raw_dir} does not exist")
    try:
        report = ingest(
            raw_dir,
            args.out or settings["OUT_DIR"],
            day_first=settings["DAY_FIRST"] if args.day_first is None else args.day_first,
            force=args.force,
            stamps=settings["STAMPS"],
            patterns=settings["PATTERNS"],
        )
    except StanceModelError as error:  # every stance would be wrong: write nothing more
        print(f"ingest: {error}", file=sys.stderr)
        return 1
    failed = report.counts["write-failures"] or (args.strict and report.problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
