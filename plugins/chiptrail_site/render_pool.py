"""Render recorded pages on every core.

Rendering the templates is about 40 % of a site build (issue 6) and Pelican does it on
one core. ``site_writer.SiteWriter`` records each page instead (its template and local
context); ``render_pages`` then renders them in forked worker processes, which share the
generated context (articles, facets, stories) copy-on-write, so nothing is pickled. The
pages are dealt out in turn, the calling process renders its own share, and each process
writes its files through ``write_if_changed`` (atomic, untouched when identical). Without
``fork``, or with one process, the pages are rendered in-process, in the same order.
Before the workers start, the first page of each template is rendered here, so templates
are compiled once rather than in every worker, and the objects the workers share are
frozen out of their garbage collections (``gc.freeze``), which would otherwise touch,
and so copy, every one of them.

Each page is rendered from the state Pelican would have rendered it in: its local context
and the shared context's ``localsiteurl`` (which article content uses for its links), so
the output is byte for byte that of a serial build. A failing page is reported with its
name and template line, and fails the build once every worker has finished. A worker
sends back, with its failures, the fragments it rendered (``render_once``), so that
this process keeps them for the next build.
"""

from __future__ import annotations

import os
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import forked
from .output_files import write_if_changed
from .render_once import FRAGMENTS

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

    def render(self, context: dict) -> None:
        context["localsiteurl"] = self.siteurl
        html = self.template.render(self.localcontext)
        write_if_changed(Path(self.path), html.encode(OUTPUT_ENCODING))


@dataclass
class RecordedCopy:
    """A file to copy into the output (a raw copy), made by the render workers too."""

    name: str  # relative to the output folder
    path: Path
    source: Path
    template = None  # no template to compile first

    def render(self, context: dict) -> None:
        write_if_changed(self.path, self.source.read_bytes())


def render_pages(pages: list[RecordedPage | RecordedCopy], context: dict, processes: int) -> None:
    """Render ``pages`` (and make copies) with up to ``processes`` processes (this one
    included)."""
    processes = max(1, min(processes, len(pages))) if hasattr(os, "fork") else 1
    if processes > 1:
        first = first_of_each_template(pages)
        fail_on(render_share(first, context))  # compiles templates once, for all workers
        rendered = set(map(id, first))
        pages = [page for page in pages if id(page) not in rendered]
    shares = [pages[index::processes] for index in range(processes)]
    with forked.heap_shared():
        workers = [_fork_worker(share, context) for share in shares[1:]]
    failures = []
    try:
        failures += render_share(shares[0], context)
    finally:  # every worker is waited for, even when this process fails
        for report, fragments in map(_wait, workers):
            failures += [report] if report else []
            if FRAGMENTS in context:
                context[FRAGMENTS].add(fragments)
    fail_on(failures)


def fail_on(failures: list[str]) -> None:
    if failures:
        raise PageRenderError("pages could not be rendered:\n" + "\n".join(failures))


def first_of_each_template(pages: list[RecordedPage]) -> list[RecordedPage]:
    """One page per template (per generator: each has its own Jinja environment).
    Rendered before the workers start, they compile each template and its partials in
    this process, where every worker finds them, rather than once per worker."""
    first: dict[int, RecordedPage] = {}
    for page in pages:
        if page.template is not None:
            first.setdefault(id(page.template), page)
    return list(first.values())


def render_share(pages: list[RecordedPage], context: dict) -> list[str]:
    """Render pages in turn; stop at the first that fails and return its report."""
    for page in pages:
        try:
            page.render(context)
        except Exception as error:  # reported with the page's name, then fails the build
            return [failure_report(page, error)]
    return []


def failure_report(page: RecordedPage, error: Exception) -> str:
    """``name (template.html, line 12): Error: message``."""
    frames = [frame for frame in traceback.extract_tb(error.__traceback__)
              if frame.filename.endswith((".html", ".xml", ".jinja2"))]
    where = f" ({Path(frames[-1].filename).name}, line {frames[-1].lineno})" if frames else ""
    return f"{page.name}{where}: {type(error).__name__}: {error}"


def _fork_worker(pages: list[RecordedPage], context: dict) -> tuple[int, int]:
    """Start a process rendering ``pages``; it sends back its failures and the fragments
    it rendered."""
    def render() -> tuple[str, dict]:
        fragments = context.get(FRAGMENTS)
        if fragments is not None:
            fragments.new = {}  # what was rendered before the fork, the parent has
        report = "\n".join(render_share(pages, context))
        return report, fragments.new if fragments is not None else {}

    return forked.start(render)


def _wait(worker: tuple[int, int]) -> tuple[str, dict]:
    """The worker's failure report ('' when all went well, or why it died without one)
    and the fragments it rendered."""
    status, answer = forked.wait(worker)
    if answer is None:
        return f"a render worker (pid {worker[0]}) exited with status {status}", {}
    return answer
