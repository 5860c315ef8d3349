"""The site's writer: pages are recorded as generators write them, then rendered at the
end of the build, on every core, and only when what they show has changed (issue 6).

``SiteWriter.write_file`` runs Pelican's own (pagination, local context, the rules for a
file written twice) with the template swapped for a recorder, so a page costs a
dictionary copy while generators run; a page Pelican would not paginate is recorded
the same way without Pelican's step of making its folder first, which the page's write
does, in a render worker. When Pelican signals ``finalized`` (every generator has
written), the writer

1. takes the digest (``page_digests``) of each page the last build left, and leaves
   out a page whose digest and output file are as that build left them;
2. renders the rest (``render_pool``): in forked workers, one per core
   (``RENDER_PROCESSES``), or in-process below ``RENDER_IN_PROCESS_BELOW`` pages, with
   the list entries the last build rendered (``render_once``), and keeps this build's;
   the digests of the pages the last build did not leave (all of a cold build's), which
   decide nothing, are taken by this process while the workers render;
3. removes the files the last build wrote and this one does not (a deleted article's
   page and raw copy, the feed of a source no article names any more), unless someone
   changed the file since;
4. records the digests for the next build.

Feeds, and the files no template renders (``write_bytes``: data exports, the sitemap),
are written as they come, as in Pelican, and recorded in the page map without a digest,
so that step 3 knows them too. A copied file (``copy_file``: raw copies) is recorded with
the hash of its source, and not even read when the last build copied the same bytes and
left the copy untouched; any other is copied in step 2, by the render workers (a thousand
copies cost this process a second of a cold build). ``content_written`` is still sent for every
page, but when the page is recorded, before its file is written; and a plugin's own
``finalized`` handler, connected before this writer existed, runs before the pages are.
Changing ``RENDER_PROCESSES`` changes the settings, so every page is rendered once more.
"""

from __future__ import annotations

import gc
import io
import os
from functools import cached_property, partial
from pathlib import Path
from typing import Callable

from pelican import signals
from pelican.utils import get_relative_path, path_to_url, sanitised_join
from pelican.writers import logger as pelican_writer_log

from .build_manifest import CODE_DIGEST, OUTPUT_WRITTEN, code_digest
from .feeds import ArchiveWriter
from .output_files import file_stamp
from .page_digests import PageDigests, read_page_map, write_page_map
from .render_once import FRAGMENTS
from .render_pool import RecordedCopy, RecordedPage, render_pages
from .settings import SETTING


# Pelican's ``Writer.write_file`` parameters after the context, in order: the rest of its
# keyword arguments are the page's variables.
WRITE_FILE_OPTIONS = ("relative_urls", "paginated", "template_name", "override_output", "url")
PAGINATED_VARIABLES = {"articles", "dates"}  # what it paginates when not told


class SiteWriter(ArchiveWriter):
    """Pelican's writer (with ``ArchiveWriter``'s feeds) rendering pages at the end."""

    def __init__(self, output_path, settings=None):
        super().__init__(output_path, settings)
        self.pages: dict[str, RecordedPage] = {}
        # Written as they came (feeds, write_bytes, copy_file), with the source's digest.
        self.files: dict[str, str | None] = {}
        self.copies: dict[str, RecordedCopy] = {}  # copy_file's copies, made with the pages
        self.context: dict | None = None
        self._recording = None
        signals.finalized.connect(self.render_recorded_pages)  # weak: dies with the writer

    @cached_property
    def previous(self) -> dict[str, list]:
        """The page map the last build left."""
        return read_page_map(self.settings)

    def write_file(self, name, template, context, *args, **variables):
        """Pelican's ``write_file`` with the template swapped for a recorder. A page that
        is not paginated is recorded here (``_record_unpaginated``) without the folder
        Pelican would make for it first: the page's write makes it (``write_atomic``),
        in a render worker, where a cold build at 1,000 articles had this process make
        1,200 folders one after the other (0.1 to 0.7 s, on a loaded machine)."""
        self.context = context
        recorder = _Recorder(self, template, context, variables)
        options = {**dict(zip(WRITE_FILE_OPTIONS, args)), **variables}
        if name and not self._paginates(options, variables):
            self._record_unpaginated(name, recorder, context, options, variables)
        else:
            super().write_file(name, recorder, context, *args, **variables)

    def _paginates(self, options: dict, variables: dict) -> bool:
        """Whether Pelican's ``write_file`` would paginate the page (its test)."""
        paginated = options.get("paginated")
        if paginated is None:
            paginated = {key: value for key, value in variables.items()
                         if key in PAGINATED_VARIABLES}
        return bool(paginated) and options.get("template_name") in self.settings["PAGINATED_TEMPLATES"]

    def _record_unpaginated(self, name: str, recorder: _Recorder, context: dict,
                            options: dict, variables: dict) -> None:
        """What Pelican's ``write_file`` does for a page it does not paginate (the local
        context, ``localsiteurl``, the page's path, ``_open_w``, the log line and
        ``content_written``), but for making the page's folder."""
        localcontext = context.copy()
        localcontext["localsiteurl"] = localcontext.get("localsiteurl", None)
        if options.get("relative_urls"):
            relative_url = path_to_url(get_relative_path(name))
            localcontext["SITEURL"] = relative_url
            localcontext["localsiteurl"] = relative_url
        localcontext["output_file"] = name
        localcontext.update((key, value) for key, value in variables.items()
                            if key not in WRITE_FILE_OPTIONS)
        if localcontext["localsiteurl"]:
            context["localsiteurl"] = localcontext["localsiteurl"]
        output = recorder.render(localcontext)
        path = sanitised_join(self.output_path, name)
        with self._open_w(path, "utf-8", override=options.get("override_output", False)) as stream:
            stream.write(output)
        pelican_writer_log.info('Writing "%s"', path)
        signals.content_written.send(path, context=localcontext)

    def _open_w(self, filename, encoding, override=False):
        """Where Pelican opens the page's file: the recorded page is kept instead."""
        recording, self._recording = self._recording, None
        if recording is None:  # a feed
            self.files[self.output_name(filename)] = None
            return super()._open_w(filename, encoding, override)
        if self.claim(filename, override):
            name = self.output_name(filename)
            # A page written again with override_output replaces the first.
            self.pages[name] = RecordedPage(name, filename, *recording)
        return io.StringIO()  # Pelican writes the recorder's empty text here

    def write_bytes(self, name: str, data: bytes) -> None:
        super().write_bytes(name, data)
        self.files[self.output_name(Path(self.output_path, name))] = None

    def copy_file(self, name: str, source: str | Path, digest: str | None = None) -> None:
        """Copy ``source`` unless the last build copied a file of the same ``digest`` to
        ``name`` and the copy is as it left it."""
        target = os.path.join(self.output_path, name)
        output_name = self.output_name(target)
        last = self.previous.get(output_name)
        if digest is None or not last or last[0] != digest or last[1:] != file_stamp(target):
            # Copied with the pages, on every core; a later copy to the same name wins.
            self.copies[output_name] = RecordedCopy(output_name, Path(target), Path(source))
        self.files[output_name] = digest

    def output_name(self, filename) -> str:
        """``filename``, a path Pelican joined to the output folder, relative to it (by
        cutting the prefix: ``os.path.relpath`` and ``pathlib`` cost seconds at 10,000
        articles). Pelican's writer joins names to the absolute output path, the other
        writes here to the output path as set, which may be relative."""
        filename = str(filename)
        for prefix in self._output_prefixes:
            if filename.startswith(prefix):
                return filename[len(prefix):].replace(os.sep, "/")
        return os.path.relpath(filename, self.output_path).replace(os.sep, "/")

    @cached_property
    def _output_prefixes(self) -> tuple[str, str]:
        return (os.path.join(os.path.abspath(self.output_path), ""),
                os.path.join(self.output_path, ""))

    def render_recorded_pages(self, pelican) -> None:
        """Handler for ``finalized``, for this writer's build only."""
        if pelican.settings is not self.settings:
            return
        signals.finalized.disconnect(self.render_recorded_pages)
        previous = self.previous
        code = pelican.settings.get(CODE_DIGEST) or code_digest(pelican)
        context = self.context or {}
        digests = PageDigests(context, code)
        page_digests: dict[str, str] = {}
        # A page the last build left is rendered again if its digest or its file changed;
        # a page it did not leave (every page of a cold build) is rendered anyway, so its
        # digest, wanted only for the page map, is taken once the workers are rendering
        # (at 10,000 articles, ~0.3 s this process spent alone before they started).
        left = [name for name in self.pages if name in previous]
        new = [name for name in self.pages if name not in previous]
        self.digest_pages(left, digests, page_digests)
        # Each page file's status, taken once: a page not rendered keeps it to the end.
        stamps = {name: file_stamp(self.pages[name].path) for name in left}
        changed = [page for name, page in self.pages.items() if name not in previous
                   or previous[name] != [page_digests[name], *(stamps[name] or [])]]
        made = self.render(changed, context, code, digests, list(self.copies.values()),
                           meanwhile=partial(self.digest_pages, new, digests, page_digests))
        self.copies = {}
        keep_out_of_collections()
        stamps.update((page.name, made[page.name]) for page in changed)
        written = self.written_files(page_digests, stamps, made)
        remove_stale_files(Path(self.output_path), previous, written)
        write_page_map(self.settings, written)
        # The build manifest's record of the output takes these stamps rather than a stat.
        self.settings[OUTPUT_WRITTEN] = {name: entry[1:] for name, entry in written.items()
                                         if len(entry) == 3}

    def digest_pages(self, names: list[str], digests: PageDigests,
                     page_digests: dict[str, str]) -> None:
        """Put the digest of each page of ``names`` in ``page_digests``."""
        for name in names:
            page = self.pages[name]
            page_digests[name] = digests.page(name, page.template.name, page.localcontext,
                                              page.variables)

    def render(self, pages: list[RecordedPage], context: dict, code: str,
               digests: PageDigests, copies: list[RecordedCopy] = (),
               meanwhile: Callable[[], None] | None = None) -> dict[str, list]:
        """Render ``pages`` with the fragments the last build kept, and keep this one's;
        make the ``copies`` in the same workers, and run ``meanwhile`` while they render
        (``render_pool.render_pages``). The stamp of each file written, by name,
        as the process that wrote it took it (the 20,000 pages and raw copies of a cold
        build at 10,000 articles are not looked up again here, on one core)."""
        work = [*pages, *copies]
        processes = self.processes(len(work))
        fragments = context.get(FRAGMENTS)
        if not pages or fragments is None:
            return render_pages(work, context, processes, meanwhile)
        fragments.load(self.settings, code, digests.content)
        made = render_pages(work, context, processes, meanwhile)
        fragments.save(self.settings, code, [*context.get("articles", []),
                                             *context.get("hidden_articles", [])])
        return made

    def written_files(self, digests: dict[str, str], stamps: dict[str, list],
                      made: dict[str, list]) -> dict[str, list]:
        """The page map of this build: each page with its digest, each other file
        written with none, and the size and modification time each was left with (for a
        page, its ``stamps`` entry: 10,000 article pages are not looked up twice; for a
        copy the render made, the stamp it took)."""
        output = Path(self.output_path)
        written = {name: [digest, *((made[name] if name in made else file_stamp(output / name)) or [])]
                   for name, digest in self.files.items()}
        written.update((name, [digests[name], *stamps[name]]) for name in self.pages)
        return written

    def processes(self, pages: int) -> int:
        site = self.settings[SETTING]
        if pages < site["RENDER_IN_PROCESS_BELOW"]:
            return 1
        return site["RENDER_PROCESSES"] or usable_cores()


def usable_cores() -> int:
    """The cores this process may run on (fewer than the machine's under a CPU limit)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


class _Recorder:
    """Stands in for the template in ``Writer.write_file``: ``render`` records the page's
    local context and the shared ``localsiteurl`` it would have been rendered with."""

    def __init__(self, writer: SiteWriter, template, context: dict, variables: dict):
        self.writer, self.template = writer, template
        self.context, self.variables = context, variables

    def render(self, localcontext: dict) -> str:
        self.writer._recording = (self.template, localcontext,
                                  self.context.get("localsiteurl"), self.variables)
        return ""


def keep_out_of_collections() -> None:
    """What the render left alive (the pages' stamps, the fragments, a worker's answer)
    is kept to the end of the build: freeze it out of later collections, as the context
    is (``garbage_collection``, ``forked.heap_shared``), when it is. Else the page map
    and the build manifest, made after it on one core, set off full collections over it
    that find nothing (two, ~0.1 s each, in a cold build at 10,000 articles)."""
    if gc.get_freeze_count():
        gc.freeze()


def remove_stale_files(output: Path, previous: dict[str, list], written: dict) -> None:
    """Remove files the last build wrote and this one did not, if still as it left them,
    and the folders that leaves empty."""
    for name, (_, *stamp) in previous.items():
        if name in written or ".." in name.split("/") or file_stamp(os.path.join(output, name)) != stamp:
            continue
        path = output / name
        path.unlink()
        for folder in path.parents:
            if folder == output or any(folder.iterdir()):
                break
            folder.rmdir()


def get_writer(pelican):
    """Handler for ``get_writer``."""
    return SiteWriter
