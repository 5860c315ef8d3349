"""Render recorded pages on every core.

Rendering the templates is about 40 % of a site build (issue 6) and Pelican does it on
one core. ``site_writer.SiteWriter`` records each page instead (its template and local
context); ``render_pages`` then renders them in forked worker processes, which share the
generated context (articles, facets, stories) copy-on-write, so nothing is pickled. The
calling process renders its own share, and each process writes its files through
``write_if_changed`` (atomic, untouched when identical). Without ``fork``, or with one
process, the pages are rendered in-process, in the same order.

The pages are handed out from queues that every process takes from when it is free
(``PageQueue``), the pages showing the most articles first (the timeline, the facet
overviews with their charts, the busiest term pages), so no process is left with the
long pages while the other idles. This process takes the listings first (pages showing
many articles, whose list entries it then renders once), the workers the article pages
and copies first (``split_listings``); each goes on to the other's queue when its own is
empty. Before the workers start, the templates the pages use and those they extend,
include or import are loaded here (``load_templates``), so they are compiled once rather
than in every worker, without rendering a page in this process alone: an add-one rebuild
at 10,000 articles used to render its timeline, chip overview and first term pages here
(0.6 s of its 1.2 s of rendering) while the other core waited.
The objects the workers share are frozen out of their garbage collections
(``gc.freeze``), which would otherwise touch, and so copy, every one of them.

Each page is rendered from the state Pelican would have rendered it in: its local context
and the shared context's ``localsiteurl`` (which article content uses for its links), so
the output is byte for byte that of a serial build. A failing page is reported with its
name and template line, and fails the build once every worker has finished. A worker
sends back, with its failures, the fragments it rendered (``render_once``), so that
this process keeps them for the next build, and the stamp of each file it wrote (size and
modification time, for the page map), taken beside the write rather than by this process
afterwards, alone.
"""

from __future__ import annotations

import os
import struct
import traceback
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import Any, Callable

from . import forked
from .output_files import file_stamp, write_if_changed
from .render_once import FRAGMENTS
from .template_cache import TemplateReferences

OUTPUT_ENCODING = "utf-8"  # what Pelican's writer opens pages with


class PageRenderError(RuntimeError):
    """One or more pages could not be rendered; the message names each."""


@dataclass
class RecordedPage:
    """A page as ``Writer.write_file`` was asked to render it."""

    name: str  # relative to the output folder
    path: str | Path  # as Pelican's writer joined it: a ``Path`` is made only to write the page
    template: Any
    localcontext: dict
    siteurl: Any  # the shared context's "localsiteurl" when Pelican would have rendered it
    variables: dict  # the template variables the generator passed (what the page shows)

    def render(self, context: dict) -> list[int] | None:
        """Render and write the page; its file's stamp (``file_stamp``)."""
        context["localsiteurl"] = self.siteurl
        html = self.template.render(self.localcontext)
        write_if_changed(Path(self.path), html.encode(OUTPUT_ENCODING))
        return file_stamp(self.path)


@dataclass
class RecordedCopy:
    """A file to copy into the output (a raw copy), made by the render workers too."""

    name: str  # relative to the output folder
    path: Path
    source: Path
    template = None  # no template to compile first

    def render(self, context: dict) -> list[int] | None:
        write_if_changed(self.path, self.source.read_bytes())
        return file_stamp(self.path)


def render_pages(pages: list[RecordedPage | RecordedCopy], context: dict,
                 processes: int, meanwhile: Callable[[], None] | None = None,
                 ) -> dict[str, list[int] | None]:
    """Render ``pages`` (and make copies) with up to ``processes`` processes (this one
    included); the stamp of each file written, by name. ``meanwhile()`` (work of this
    process that no page needs) runs once the workers are started, before this process
    renders its share, so the workers render while it runs; with no workers, first."""
    processes = max(1, min(processes, len(pages))) if hasattr(os, "fork") else 1
    stamps: dict[str, list[int] | None] = {}
    if processes == 1:
        if meanwhile is not None:
            meanwhile()
        fail_on(render_share(pages, context, stamps))
        return stamps
    load_templates(pages)  # compiled once, here, for all workers
    listings, singles = map(PageQueue, split_listings(heaviest_first(pages, context), context))
    try:
        with forked.heap_shared():
            workers = [_fork_worker(singles, listings, context) for _ in range(processes - 1)]
        failures = []
        try:
            if meanwhile is not None:
                meanwhile()
            failures += render_share(chain(listings.pages(), singles.pages()), context, stamps)
        finally:  # every worker is waited for, even when this process fails
            for report, fragments, made in map(_wait, workers):
                failures += [report] if report else []
                stamps.update(made)
                if FRAGMENTS in context:
                    context[FRAGMENTS].add(fragments)
    finally:
        listings.close(), singles.close()
    fail_on(failures)
    return stamps


class PageQueue:
    """Pages dealt to whichever process asks first: their positions sit in a pipe that
    every forked process reads, each ``os.read`` taking one record whole (the kernel
    serialises a pipe's readers), and end of file says the queue is empty. All records
    are written before any process reads, in at most ``PIPE_BUF`` bytes (the smallest
    pipe holds them without blocking): one page per record up to ``MAX_RECORDS`` pages,
    runs of consecutive pages beyond."""

    RECORD = struct.Struct("=I")  # the position of a run's first page
    MAX_RECORDS = 512  # * RECORD.size = 2,048 bytes, under POSIX's least PIPE_BUF

    def __init__(self, pages: list) -> None:
        self.items = pages
        self.run = max(1, -(-len(pages) // self.MAX_RECORDS))
        self.read_end, write_end = os.pipe()
        with os.fdopen(write_end, "wb") as stream:
            stream.write(b"".join(self.RECORD.pack(start)
                                  for start in range(0, len(pages), self.run)))

    def pages(self):
        """This process's pages, one run at a time, until the queue is empty."""
        while record := os.read(self.read_end, self.RECORD.size):
            (start,) = self.RECORD.unpack(record)
            yield from self.items[start:start + self.run]

    def close(self) -> None:
        os.close(self.read_end)


def heaviest_first(pages: list, context: dict) -> list:
    """``pages`` ordered by how many articles each shows, most first (a stable sort: the
    recorded order within a weight)."""
    everything = len(context.get("articles") or ())
    return sorted(pages, key=lambda page: -render_weight(page, everything))


def split_listings(pages: list, context: dict) -> tuple[list, list]:
    """``pages`` (in order) as the listings (pages showing more than one article) and the
    rest (article pages, copies). A list entry is rendered once per process
    (``render_once``): when both processes took listings from one queue, each rendered
    most entries (a cold build at 10,000 articles rendered 38,000 for 30,000 distinct,
    ~1 s of CPU), so this process takes the listings first and the workers the rest,
    each taking from the other's queue once its own is empty."""
    everything = len(context.get("articles") or ())
    listings, singles = [], []
    for page in pages:
        (listings if render_weight(page, everything) > 1 else singles).append(page)
    return listings, singles


def render_weight(page, everything: int) -> int:
    """About how many articles a page shows: one page of a paginated list (Pelican's or
    ours, ``list_pages``), a term's articles, one article, or (a page listing none by
    name: timeline, overviews) every article. A copy is the lightest."""
    if page.template is None:
        return 0
    paginated = page.localcontext.get("articles_page")
    if paginated is not None:
        return len(paginated.object_list)
    list_page = page.variables.get("list_page")
    if list_page is not None:
        return len(list_page.articles)
    if "article" in page.variables:
        return 1
    articles = page.variables.get("articles")
    return len(articles) if articles is not None else everything


def load_templates(pages: list) -> None:
    """Load the pages' templates and, through their tags, the templates they extend,
    include and import, in each page's environment (one per generator): each is then
    compiled once, in the process the workers are forked from. One a tag names by an
    expression is not known here (``find_referenced_templates`` gives None for it) and is
    loaded by each process that renders it."""
    seen = set()
    references: dict = {}  # by file, or by id() of an environment without one
    todo = [(page.template.environment, page.template.name) for page in pages
            if page.template is not None and page.template.name is not None]
    while todo:
        environment, name = todo.pop()
        if (id(environment), name) in seen:
            continue
        seen.add((id(environment), name))
        try:
            environment.get_template(name)
            source = environment.loader.get_source(environment, name)[0]
        except Exception:  # noqa: BLE001 - rendering reports a missing template, with its page
            continue
        path = TemplateReferences.path_for(environment)
        key = path or id(environment)
        if key not in references:
            references[key] = TemplateReferences(path)
        todo += [(environment, used) for used in references[key].of(environment, source)]
    for kept in references.values():
        kept.save()


def fail_on(failures: list[str]) -> None:
    if failures:
        raise PageRenderError("pages could not be rendered:\n" + "\n".join(failures))


def render_share(pages, context: dict, stamps: dict) -> list[str]:
    """Render pages in turn, putting each file's stamp in ``stamps``; stop at the first
    that fails and return its report."""
    for page in pages:
        try:
            stamps[page.name] = page.render(context)
        except Exception as error:  # reported with the page's name, then fails the build
            return [failure_report(page, error)]
    return []


def failure_report(page: RecordedPage, error: Exception) -> str:
    """``name (template.html, line 12): Error: message``."""
    frames = [frame for frame in traceback.extract_tb(error.__traceback__)
              if frame.filename.endswith((".html", ".xml", ".jinja2"))]
    where = f" ({Path(frames[-1].filename).name}, line {frames[-1].lineno})" if frames else ""
    return f"{page.name}{where}: {type(error).__name__}: {error}"


def _fork_worker(first: PageQueue, then: PageQueue, context: dict) -> tuple[int, int]:
    """Start a process rendering pages from ``first``, then from ``then``; it sends back
    its failures, the fragments it rendered and the stamps of the files it wrote."""
    def render() -> tuple[str, dict, dict]:
        fragments = context.get(FRAGMENTS)
        if fragments is not None:
            fragments.new = {}  # what was rendered before the fork, the parent has
        stamps: dict = {}
        report = "\n".join(render_share(chain(first.pages(), then.pages()), context, stamps))
        return report, fragments.new if fragments is not None else {}, stamps

    return forked.start(render)


def _wait(worker: tuple[int, int]) -> tuple[str, dict, dict]:
    """The worker's failure report ('' when all went well, or why it died without one),
    the fragments it rendered and the stamps of the files it wrote."""
    status, answer = forked.wait(worker)
    if answer is None:
        return f"a render worker (pid {worker[0]}) exited with status {status}", {}, {}
    return answer
