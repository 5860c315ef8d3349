"""The site's writer (issue 6): pages recorded during the build are rendered at its end,
by forked workers on every core, into the same bytes Pelican's serial writer gives; a page
that fails names itself and fails the build; and a rebuild renders only the pages that
show what changed."""

from __future__ import annotations

import contextlib
import gc
import os
import re

import pytest
from jinja2 import Environment
from pelican import Pelican, signals
from pelican.writers import FileOverwriteFailedError, Writer
from test_site_rebuild import (add_article, assert_same_output, build, make_project,
                               site_settings)

from chiptrail_site import site_writer
from chiptrail_site.feeds import ArchiveWriter
from chiptrail_site.output_files import file_stamp
from chiptrail_site.page_digests import read_page_map
from chiptrail_site.render_pool import PageRenderError, RecordedPage

IN_WORKERS = {"RENDER_PROCESSES": 2, "RENDER_IN_PROCESS_BELOW": 0}
IN_PROCESS = {"RENDER_PROCESSES": 1, "RENDER_IN_PROCESS_BELOW": 0}


def render_settings(workdir, **render) -> dict:
    settings = site_settings(workdir)
    return {"CHIPTRAIL_SITE": {**settings["CHIPTRAIL_SITE"], **render}}


@contextlib.contextmanager
def pelicans_serial_writer():
    """Build with the writer the site had before: Pelican's, rendering as it goes."""
    def serial_writer(pelican):
        return ArchiveWriter

    signals.get_writer.disconnect(site_writer.get_writer)
    signals.get_writer.connect(serial_writer)
    try:
        yield
    finally:
        signals.get_writer.disconnect(serial_writer)
        signals.get_writer.connect(site_writer.get_writer)


@pytest.fixture
def rendered(monkeypatch):
    """Names of the pages rendered in this process."""
    names = []
    render = RecordedPage.render
    monkeypatch.setattr(RecordedPage, "render",
                        lambda page, context: names.append(page.name) or render(page, context))
    return names


def test_pages_rendered_by_workers_are_the_bytes_pelicans_serial_writer_gives(tmp_path):
    project = make_project(tmp_path / "parallel")
    build(project, **render_settings(project, **IN_WORKERS))
    serial = make_project(tmp_path / "serial")
    with pelicans_serial_writer():
        build(serial)
    assert not (serial / "cache" / "page-digests.json").exists()  # the serial writer ran
    assert_same_output(project / "output", serial / "output")


def test_an_add_one_rebuild_renders_only_the_pages_that_show_the_new_article(tmp_path, rendered):
    project = make_project(tmp_path / "site")
    build(project, **render_settings(project, **IN_PROCESS))
    rendered.clear()
    add_article(project)
    build(project, **render_settings(project, **IN_PROCESS))
    assert "articles/beijing-weighs-limits-on-h200-access/index.html" in rendered
    assert {"index.html", "timeline/index.html", "chips/h200/index.html"} <= set(rendered)
    assert "articles/us-warns-huawei-ascend/index.html" not in rendered  # no H200, no story
    assert "chips/ascend/index.html" not in rendered
    assert "about/index.html" in read_page_map(site_settings(project))


@pytest.mark.parametrize("render", [IN_WORKERS, IN_PROCESS], ids=["workers", "in-process"])
def test_a_change_no_page_shows_renders_no_page(tmp_path, rendered, render):
    """Also when the cold build took its pages' digests while the workers rendered."""
    project = make_project(tmp_path / "site")
    build(project, **render_settings(project, **render))
    rendered.clear()
    (project / "content" / "raw" / "unused.txt").write_text("not an article yet\n")
    build(project, **render_settings(project, **render))
    assert rendered == []


def test_the_page_map_keeps_each_files_status_whether_rendered_or_left_alone(tmp_path, rendered):
    """Pages left alone keep the status taken before rendering, rendered ones are looked
    at again: either way the map holds each file as the build left it."""
    project = make_project(tmp_path / "site")
    output = build(project, **render_settings(project, **IN_WORKERS))
    rendered.clear()
    add_article(project)
    build(project, **render_settings(project, **IN_WORKERS))
    pages = read_page_map(site_settings(project))
    assert "index.html" in pages and "articles/us-warns-huawei-ascend/index.html" in pages
    for name, (_, *stamp) in pages.items():
        assert stamp == file_stamp(output / name), name


def test_a_deleted_page_file_is_rendered_again(tmp_path, rendered):
    project = make_project(tmp_path / "site")
    output = build(project, **render_settings(project, **IN_PROCESS))
    (output / "chips" / "h20" / "index.html").unlink()
    rendered.clear()
    (project / "content" / "raw" / "unused.txt").write_text("not an article yet\n")
    build(project, **render_settings(project, **IN_PROCESS))
    assert rendered == ["chips/h20/index.html"]


@pytest.mark.parametrize("render", [IN_WORKERS, IN_PROCESS], ids=["workers", "in-process"])
def test_a_page_that_fails_to_render_fails_the_build_and_is_named(tmp_path, render):
    """Each process stops at its first failing page and reports it. Every article page but
    the first fails, so each process meets one."""
    project = make_project(tmp_path / "site")
    article = project / "theme" / "templates" / "article.html"
    article.write_text(article.read_text(encoding="utf-8").replace(
        "{% block content %}", "{% block content %}{% if article is not sameas articles[0] %}"
        "{{ article.slug|length // 0 }}{% endif %}"), encoding="utf-8")
    with pytest.raises(PageRenderError) as failure:
        Pelican(site_settings(project, **render_settings(project, **render))).run()
    reports = str(failure.value).splitlines()[1:]
    assert len(reports) == render["RENDER_PROCESSES"]
    assert all(re.match(r"articles/[^/]+/index\.html \(article\.html, line \d+\): "
                        "ZeroDivisionError", report) for report in reports)
    assert not (project / "cache" / "page-digests.json").exists()


def test_a_page_written_twice_fails_unless_the_second_write_overrides(tmp_path):
    writer = site_writer.SiteWriter(str(tmp_path), settings={"PAGINATED_TEMPLATES": {}})
    template = Environment().from_string("{{ text }}")
    writer.write_file("a.html", template, {}, text="first")
    with pytest.raises(FileOverwriteFailedError):
        writer.write_file("a.html", template, {}, text="second")
    writer.write_file("a.html", template, {}, text="third", override_output=True)
    writer.write_file("a.html", template, {}, text="fourth")  # skipped: one override wins
    assert writer.pages["a.html"].variables["text"] == "third"


class _Capture:
    """A template that keeps the local context each page is rendered with."""

    def __init__(self):
        self.contexts = []

    def render(self, localcontext):
        self.contexts.append(localcontext)
        return ""


@pytest.mark.parametrize("args, variables", [
    ((), {"article": "a", "url": "a/b/", "relative_urls": True, "override_output": False}),
    ((False,), {"page_name": "a/b/index"}),  # relative_urls given in place
    ((True, None, "index"), {"articles": [1, 2]}),  # "index" is not paginated here
])
def test_a_page_is_recorded_with_pelicans_local_context_and_no_folder_made(tmp_path, args, variables):
    """SiteWriter records a page Pelican would not paginate itself: the same local
    context and shared ``localsiteurl`` as Pelican's write_file, the folder left to the
    page's write."""
    settings = {"PAGINATED_TEMPLATES": {}}
    shared = {"SITEURL": "", "localsiteurl": None, "SITENAME": "Site"}
    pelican_output, ours = tmp_path / "pelican", tmp_path / "ours"
    capture, pelican_shared = _Capture(), dict(shared)
    Writer(str(pelican_output), settings=settings).write_file(
        "a/b/index.html", capture, pelican_shared, *args, **variables)
    writer, our_shared = site_writer.SiteWriter(str(ours), settings=settings), dict(shared)
    writer.write_file("a/b/index.html", Environment().from_string(""), our_shared, *args, **variables)
    page = writer.pages["a/b/index.html"]
    assert page.localcontext == capture.contexts[0] and our_shared == pelican_shared
    assert page.path == str(pelican_output / "a/b/index.html").replace("pelican", "ours")
    assert page.variables == variables and not (ours / "a").exists()


def test_a_stale_page_is_removed_unless_changed_since_the_last_build(tmp_path):
    gone, edited = tmp_path / "old" / "index.html", tmp_path / "kept" / "index.html"
    for page in (gone, edited):
        page.parent.mkdir()
        page.write_text("<p>old</p>")
    previous = {"old/index.html": ["digest", *file_stamp(gone)],
                "kept/index.html": ["digest", 0, 0]}
    site_writer.remove_stale_files(tmp_path, previous, written={})
    assert not gone.parent.exists() and edited.is_file()


def test_raw_copies_are_made_by_the_render_workers_after_every_generator_ran(tmp_path):
    """A copy is recorded while generators run and made with the pages, on every core
    (off this process's share of a cold build); the bytes are the source's."""
    project = make_project(tmp_path / "parallel")
    raw_folder = project / "output" / "raw"
    seen = []

    def before_rendering(pelican):
        seen.append(sorted(raw_folder.glob("*")) if raw_folder.exists() else [])

    signals.finalized.connect(before_rendering)  # runs before the writer's own
    try:
        output = build(project, **render_settings(project, **IN_WORKERS))
    finally:
        signals.finalized.disconnect(before_rendering)
    assert seen == [[]]
    sources = sorted((project / "content" / "raw").glob("*.txt"))
    assert sources
    for source in sources:
        assert (output / "raw" / source.name).read_bytes() == source.read_bytes()
    written = read_page_map(site_settings(project))
    assert all(f"raw/{source.name}" in written for source in sources)


def test_a_raw_copy_that_cannot_be_made_fails_the_build_and_is_named(tmp_path, monkeypatch):
    project = make_project(tmp_path / "parallel")
    monkeypatch.setattr(site_writer.RecordedCopy, "render", _copy_fails)
    with pytest.raises(PageRenderError, match=r"raw/\S+\.txt: OSError: disk gone"):
        build(project, **render_settings(project, **IN_PROCESS))


def _copy_fails(copy, context):
    raise OSError("disk gone")


def test_a_write_makes_its_folder_only_when_missing(tmp_path, monkeypatch):
    """write_atomic makes missing folders, and asks nothing of a folder that exists."""
    from pathlib import Path

    from chiptrail_site.output_files import write_atomic
    made = []
    mkdir = Path.mkdir
    monkeypatch.setattr(Path, "mkdir", lambda path, *args, **kw: made.append(path) or mkdir(path, *args, **kw))
    write_atomic(tmp_path / "a" / "b" / "index.html", b"first")
    assert set(made) == {tmp_path / "a" / "b", tmp_path / "a"}
    made.clear()
    write_atomic(tmp_path / "a" / "b" / "other.html", b"second")
    write_atomic(tmp_path / "a" / "b" / "index.html", b"third")
    assert made == []
    assert (tmp_path / "a" / "b" / "index.html").read_bytes() == b"third"
    assert sorted(path.name for path in (tmp_path / "a" / "b").iterdir()) == ["index.html", "other.html"]


def test_a_write_steps_over_a_temporary_file_a_killed_build_left(tmp_path, monkeypatch):
    """The temporary file's name (pid and a number) may be one a killed build left: that
    file is left alone and the next number is taken."""
    from chiptrail_site import output_files
    numbers = iter([7, 7, 8])
    monkeypatch.setattr(output_files, "_temporary_numbers", numbers)
    left = tmp_path / f".{os.getpid()}-7{output_files.UNFINISHED_SUFFIX}"
    left.write_bytes(b"half a page")
    output_files.write_atomic(tmp_path / "index.html", b"whole")
    assert (tmp_path / "index.html").read_bytes() == b"whole"
    assert left.read_bytes() == b"half a page"
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted(["index.html", left.name])


def test_what_the_render_leaves_is_frozen_only_in_a_build_that_froze_its_context():
    """``keep_out_of_collections``: within a build that froze its context, what the render
    left joins it; a process that froze nothing is left as it is."""
    if gc.get_freeze_count():
        pytest.skip("something in this process froze objects already")
    site_writer.keep_out_of_collections()
    assert gc.get_freeze_count() == 0
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        left = [[] for _ in range(100)]
        site_writer.keep_out_of_collections()
        assert gc.get_freeze_count() >= frozen + len(left)
    finally:
        gc.unfreeze()
