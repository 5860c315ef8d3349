"""Rebuilds (issue 6): a rebuild gives byte for byte the output of a clean full build, an
unchanged build is skipped by the build manifest, and any changed input rebuilds. The
rebuild renders only pages whose inputs changed (page_digests.py), so each kind of change
is compared with a clean build of the changed project."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml
from pelican import Pelican
from pelican.settings import read_settings

from chiptrail_normalise import file_stamps
from chiptrail_site import build_manifest, site_writer
from chiptrail_site.build_manifest import current_inputs, read_manifest, up_to_date
from chiptrail_site.render_pool import RecordedCopy

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
STORY_FIXTURES = FIXTURES / "stories"
NEW_ARTICLE = STORY_FIXTURES / "beijing-weighs-limits-on-h200-access.md"


def make_project(workdir: Path) -> Path:
    """Fixture articles, raw files and pages, and a copy of the theme to edit."""
    content = workdir / "content"
    shutil.copytree(FIXTURES / "articles", content / "articles")
    shutil.copytree(FIXTURES / "articles_raw", content / "raw")
    shutil.copytree(ROOT / "content" / "pages", content / "pages")
    shutil.copytree(ROOT / "themes" / "chiptrail", workdir / "theme")
    return workdir


def site_settings(workdir: Path, settings_file="pelicanconf.py", **overrides) -> dict:
    with contextlib.chdir(ROOT):  # publishconf.py imports pelicanconf from here
        return read_settings(str(ROOT / settings_file), override={
            "PATH": str(workdir / "content"),
            "OUTPUT_PATH": str(workdir / "output"),
            "THEME": str(workdir / "theme"),
            "PLUGIN_PATHS": [str(ROOT / "plugins")],
            "CACHE_PATH": str(workdir / "cache"),
            **overrides,
        })


def build(workdir: Path, settings_file="pelicanconf.py", **overrides) -> Path:
    Pelican(site_settings(workdir, settings_file, **overrides)).run()
    return workdir / "output"


def would_build(workdir: Path, **overrides) -> bool:
    """Whether a build now would run Pelican (rather than be skipped as unchanged)."""
    pelican = Pelican(site_settings(workdir, **overrides))
    return not up_to_date(read_manifest(pelican.settings), current_inputs(pelican),
                          pelican.settings)


def add_article(workdir: Path) -> None:
    (workdir / "content" / "articles" / NEW_ARTICLE.name).write_text(
        with_added_date(NEW_ARTICLE), encoding="utf-8")


def with_added_date(path: Path) -> str:
    meta, body = read_article(path)
    return article_text({**meta, "added": "2026-11-21"}, body)


def read_article(path: Path) -> tuple[dict, str]:
    _, header, body = path.read_text(encoding="utf-8").split("---\n", 2)
    return yaml.safe_load(header), body


def article_text(meta: dict, body: str) -> str:
    return f"---\n{yaml.safe_dump(meta, sort_keys=False)}---\n{body}"


def write_article(path: Path, meta: dict, body: str) -> None:
    path.write_text(article_text(meta, body), encoding="utf-8")


def edit_title(workdir: Path) -> None:
    article = workdir / "content" / "articles" / "china-rejects-h200.md"
    article.write_text(article.read_text(encoding="utf-8").replace(
        "China Rejects Nvidia H200", "China Turns Down Nvidia H200"), encoding="utf-8")


def delete_article(workdir: Path) -> None:
    (workdir / "content" / "articles" / "us-grants-h20-licences.md").unlink()


def edit_theme(workdir: Path) -> None:
    entry = workdir / "theme" / "templates" / "partial" / "article_entry.html"
    entry.write_text(entry.read_text(encoding="utf-8").replace(
        'class="entry-meta"', 'class="entry-meta entry-details"'), encoding="utf-8")


def output_files(output: Path) -> dict[str, bytes]:
    return {path.relative_to(output).as_posix(): path.read_bytes()
            for path in sorted(output.rglob("*")) if path.is_file()}


def assert_same_output(rebuilt: Path, clean: Path) -> None:
    rebuilt_files, clean_files = output_files(rebuilt), output_files(clean)
    assert sorted(rebuilt_files) == sorted(clean_files)
    assert [name for name in clean_files if rebuilt_files[name] != clean_files[name]] == []


@pytest.fixture
def project(tmp_path):
    project = make_project(tmp_path / "site")
    build(project)
    return project


def test_no_change_rebuild_gives_the_output_of_a_clean_build(project, tmp_path):
    build(project)
    assert_same_output(project / "output", build(make_project(tmp_path / "clean")))


def test_add_one_article_rebuild_gives_the_output_of_a_clean_build(project, tmp_path):
    add_article(project)
    build(project)
    clean = make_project(tmp_path / "clean")
    add_article(clean)
    assert_same_output(project / "output", build(clean))
    assert (project / "output" / "articles" / NEW_ARTICLE.stem / "index.html").is_file()


@pytest.mark.parametrize("change", [edit_title, delete_article, edit_theme])
def test_a_rebuild_after_a_change_gives_the_output_of_a_clean_build(project, tmp_path, change):
    change(project)
    build(project)
    clean = make_project(tmp_path / "clean")
    change(clean)
    assert_same_output(project / "output", build(clean))


def test_a_published_rebuild_after_a_delete_drops_the_raw_copy_and_the_emptied_feeds(tmp_path):
    """The deleted article is the only one from its source and of its stance."""
    project = make_project(tmp_path / "site")
    output = build(project, "publishconf.py")
    gone = ["raw/004_h20.txt", "feeds/sources/globaltimesaicom.atom.xml",
            "feeds/stances/easing.atom.xml"]
    assert all((output / name).is_file() for name in gone)
    delete_article(project)
    build(project, "publishconf.py")
    clean = make_project(tmp_path / "clean")
    delete_article(clean)
    assert_same_output(output, build(clean, "publishconf.py"))
    assert not any((output / name).exists() for name in gone)


def test_a_stale_raw_copy_edited_since_the_last_build_is_kept(project):
    raw_copy = project / "output" / "raw" / "004_h20.txt"
    raw_copy.write_text("annotated by hand\n", encoding="utf-8")
    delete_article(project)
    build(project)
    assert raw_copy.read_text(encoding="utf-8") == "annotated by hand\n"


def make_story_project(workdir: Path) -> Path:
    """The story fixtures (41 articles, several stories with republished copies) but one."""
    articles = workdir / "content" / "articles"
    articles.mkdir(parents=True)
    for path in sorted(STORY_FIXTURES.glob("*.md")):
        if path != NEW_ARTICLE:
            (articles / path.name).write_text(with_added_date(path), encoding="utf-8")
    shutil.copytree(ROOT / "themes" / "chiptrail", workdir / "theme")
    return workdir


def change_stories(workdir: Path) -> None:
    """Join one story, retitle a member of another, and delete a copy from a third."""
    articles = workdir / "content" / "articles"
    (articles / NEW_ARTICLE.name).write_text(with_added_date(NEW_ARTICLE), encoding="utf-8")
    retitled = articles / "nvidia-developing-b30a-for-china.md"
    meta, body = read_article(retitled)
    write_article(retitled, {**meta, "title": "Nvidia Readies the B30A for China"}, body)
    (articles / "h200-exports-to-china-approved-by-white-house.md").unlink()


def test_a_rebuild_after_story_changes_gives_the_output_of_a_clean_build(tmp_path):
    project = make_story_project(tmp_path / "site")
    build(project)
    change_stories(project)
    build(project)
    clean = make_story_project(tmp_path / "clean")
    change_stories(clean)
    assert_same_output(project / "output", build(clean))


# -- the latest-articles list, numbered from the oldest article (list_pages.py) ---------

LIST_PAGINATION = {"DEFAULT_PAGINATION": 6}  # 39 story articles: 5 pages of 6, the home 9


def add_dated_article(workdir: Path, slug: str, day: str) -> None:
    """A new article of its own (a title and text no other shares), dated ``day``."""
    meta, body = read_article(STORY_FIXTURES / "china-approves-h200-imports.md")
    meta = {**meta, "slug": slug, "date": day, "added": "2026-11-22",
            "title": f"Notes of {day} on the archive", "chips": ["B20"], "chips_about": ["B20"]}
    write_article(workdir / "content" / "articles" / f"{slug}.md", meta,
                  f"A note of {day} written for the list-page tests, about nothing else.\n")


def list_page_stamps(output: Path) -> dict[str, int]:
    return {path.relative_to(output).as_posix(): path.stat().st_mtime_ns
            for path in sorted((output / "page").rglob("index.html"))}


@pytest.mark.parametrize("additions", [
    [("newest-note", "2026-11-01")],  # newer than all: only the home page changes
    [("newest-note", "2026-11-01"), ("second-newest-note", "2026-11-02")],  # one after the other
    [("middle-note", "2025-09-01")],  # inside the archive: the pages from its own shift
])
def test_list_pages_after_added_articles_are_those_of_a_clean_build(tmp_path, additions):
    project = make_story_project(tmp_path / "site")
    output = build(project, **LIST_PAGINATION)
    before = list_page_stamps(output)
    assert len(before) == 5
    for slug, day in additions:
        add_dated_article(project, slug, day)
        build(project, **LIST_PAGINATION)
    clean = make_story_project(tmp_path / "clean")
    for slug, day in additions:
        add_dated_article(clean, slug, day)
    assert_same_output(output, build(clean, **LIST_PAGINATION))
    after = list_page_stamps(output)
    untouched = [name for name in before if after.get(name) == before[name]]
    if additions[0][0] == "middle-note":  # the 21st-oldest: page 4 and newer shift
        assert untouched == [f"page/{n}/index.html" for n in range(1, 4)]
    else:
        assert untouched == sorted(before)  # every numbered page kept its bytes and file


def test_a_list_page_keeps_its_address_and_articles_as_newer_ones_are_added(tmp_path):
    project = make_story_project(tmp_path / "site")
    output = build(project, **LIST_PAGINATION)
    oldest = titles_on(output / "page" / "1" / "index.html")
    for n in range(1, 6):
        add_dated_article(project, f"note-{n}", f"2026-11-0{n}")
        build(project, **LIST_PAGINATION)
    assert titles_on(output / "page" / "1" / "index.html") == oldest
    assert (output / "page" / "6" / "index.html").is_file()  # the home page filled one more
    home = (output / "index.html").read_text(encoding="utf-8")
    assert 'href="./page/6/"' in home and 'href="./page/5/"' not in home
    assert 'href="../../page/6/"' in (output / "page" / "5" / "index.html").read_text(encoding="utf-8")


def titles_on(page: Path) -> list[str]:
    return re.findall(r'class="entry-title"><a href="[^"]*">([^<]*)</a>', page.read_text(encoding="utf-8"))


def test_a_deleted_articles_page_is_removed_with_its_emptied_folder(project):
    page = project / "output" / "articles" / "us-grants-h20-licences" / "index.html"
    assert page.is_file()
    delete_article(project)
    build(project)
    assert not page.parent.exists()


def test_rebuild_leaves_unchanged_output_files_untouched(project):
    home = project / "output" / "about" / "index.html"
    before = home.stat().st_mtime_ns
    add_article(project)
    build(project)
    assert home.stat().st_mtime_ns == before


def test_a_build_with_nothing_changed_is_skipped(project):
    assert not would_build(project)


def test_a_changed_article_is_rebuilt(project):
    article = project / "content" / "articles" / "china-rejects-h200.md"
    article.write_text(article.read_text(encoding="utf-8").replace(
        "China Rejects Nvidia H200", "China Turns Down Nvidia H200"), encoding="utf-8")
    assert would_build(project)
    page = build(project) / "articles" / "china-rejects-nvidia-h200" / "index.html"
    assert "China Turns Down Nvidia H200" in page.read_text(encoding="utf-8")


def test_a_changed_template_is_rebuilt(project):
    base = project / "theme" / "templates" / "base.html"
    base.write_text(base.read_text(encoding="utf-8").replace(
        "Skip to content", "Skip to the articles"), encoding="utf-8")
    assert would_build(project)
    assert "Skip to the articles" in (build(project) / "index.html").read_text(encoding="utf-8")


def test_a_changed_setting_is_rebuilt(project):
    assert would_build(project, SITESUBTITLE="Export controls, archived")
    home = build(project, SITESUBTITLE="Export controls, archived") / "index.html"
    assert "Export controls, archived" in home.read_text(encoding="utf-8")


def test_a_deleted_or_edited_output_file_is_rebuilt(project):
    page = project / "output" / "timeline" / "index.html"
    page.unlink()
    assert would_build(project)
    build(project)
    page.write_text("edited by hand", encoding="utf-8")
    assert would_build(project)
    assert "edited by hand" not in build(project).joinpath("timeline", "index.html").read_text()


def test_a_change_inside_a_linked_folder_is_rebuilt_and_a_dangling_link_is_ignored(project):
    linked = project / "more-pages"
    shutil.move(project / "content" / "pages", linked)
    (project / "content" / "pages").symlink_to(linked, target_is_directory=True)
    (project / "content" / "raw" / "gone.txt").symlink_to(project / "nowhere.txt")
    build(project)
    about = next(linked.glob("*.md"))
    about.write_text(about.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    assert would_build(project)


def test_a_rebuild_removes_the_temporary_files_of_writes_a_killed_build_left(project, tmp_path):
    left = [project / "output" / "data" / ".k1llxyz.chiptrail.tmp",
            project / "output" / ".a8b7c6d5.chiptrail.tmp"]
    for path in left:
        path.write_bytes(b"half a page")
    add_article(project)
    build(project)
    assert not any(path.exists() for path in left)
    clean = make_project(tmp_path / "clean")
    add_article(clean)
    assert_same_output(project / "output", build(clean))


@pytest.fixture
def settled_at_once(monkeypatch):
    """Content files count as settled as soon as they are hashed (tests cannot wait)."""
    monkeypatch.setattr(file_stamps, "SETTLED_NS", 0)


def test_a_rebuild_reads_no_content_file_whose_stamp_is_known(settled_at_once, project, monkeypatch):
    def no_reading(path, *args, **kwargs):
        assert not str(path).startswith(str(project / "content")), f"{path} read again"
        return open(path, *args, **kwargs)

    monkeypatch.setattr(build_manifest, "open", no_reading, raising=False)
    assert not would_build(project)


def test_an_article_rewritten_with_same_size_and_time_is_rebuilt(settled_at_once, project):
    article = project / "content" / "articles" / "china-rejects-h200.md"
    before = article.stat()
    article.write_text(article.read_text(encoding="utf-8").replace(
        "China Rejects Nvidia H200", "China Refuses Nvidia H200"), encoding="utf-8")
    os.utime(article, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert article.stat().st_size == before.st_size and would_build(project)
    page = build(project) / "articles" / "china-rejects-nvidia-h200" / "index.html"
    assert "China Refuses Nvidia H200" in page.read_text(encoding="utf-8")


def test_a_touched_but_unchanged_article_is_not_rebuilt(settled_at_once, project):
    os.utime(project / "content" / "articles" / "china-rejects-h200.md")
    assert not would_build(project)


@pytest.fixture
def copied(monkeypatch):
    """Raw files read and copied (rather than left as the last build copied them)."""
    names = []
    monkeypatch.setattr(site_writer, "RecordedCopy",
                        lambda name, *args: names.append(name) or RecordedCopy(name, *args))
    return names


def test_a_rebuild_copies_only_new_or_changed_raw_files(project, copied):
    add_article(project)
    raw = project / "content" / "raw" / "001_ascend.txt"
    raw.write_text(raw.read_text(encoding="utf-8") + "\nA line added later.\n", encoding="utf-8")
    output = build(project)
    assert sorted(copied) == ["raw/001_ascend.txt"]  # the new article has no raw file
    assert (output / "raw" / "001_ascend.txt").read_bytes() == raw.read_bytes()


def test_a_raw_copy_edited_by_hand_is_copied_again(project, copied):
    copy = project / "output" / "raw" / "004_h20.txt"
    copy.write_text("edited by hand\n", encoding="utf-8")
    build(project)
    assert copied == ["raw/004_h20.txt"]
    assert copy.read_bytes() == (project / "content" / "raw" / "004_h20.txt").read_bytes()


@pytest.fixture
def settled_folders(monkeypatch):
    """Output folders count as settled as soon as they are listed (tests cannot wait), so
    the record of the output reuses the listing of every folder left unchanged."""
    monkeypatch.setattr(build_manifest, "SETTLED_NS", 0)


def listed_output_folders(monkeypatch, output: Path) -> list[str]:
    """The output folders the build manifest lists from now on."""
    listed, scandir = [], os.scandir

    def counting(path="."):
        if str(path).startswith(str(output)):
            listed.append(str(path))
        return scandir(path)

    monkeypatch.setattr(build_manifest.os, "scandir", counting)
    return listed


def folder_prefix(output: Path, folder: Path) -> str:
    """A folder's key in the manifest's record of the output folders."""
    return "" if folder == output else f"{folder.relative_to(output).as_posix()}/"


def folder_stamp(folder: Path) -> list[int]:
    info = folder.stat()
    return [info.st_mtime_ns, info.st_ino]


def test_the_output_record_lists_only_changed_folders_and_misses_no_file(
        settled_folders, project, monkeypatch):
    """After a rebuild, the manifest's record of the output is the whole walk's, though
    only the folders whose names changed are listed again: a file a user put in a folder
    no build writes to is still in it, an edit of that file is noticed, and a build
    after it with nothing changed is skipped."""
    output = project / "output"
    build(project)  # the output as the fixture's build left it, its folders recorded
    mine = output / "stances" / "notes-of-mine.txt"
    mine.write_text("kept by hand", encoding="utf-8")
    add_article(project)
    build(project)  # lists the stances folder again and records the file
    settings = site_settings(project)
    assert read_manifest(settings)["output"] == build_manifest.output_stamps(settings)
    recorded = read_manifest(settings)["folders"]
    listed = listed_output_folders(monkeypatch, output)
    edit_title(project)
    build(project)
    monkeypatch.undo()
    changed = {str(folder) for folder in [output, *output.rglob("*")] if folder.is_dir()
               and recorded.get(folder_prefix(output, folder)) != folder_stamp(folder)}
    assert changed and sorted(path.rstrip("/") for path in listed) == sorted(changed)
    assert str(output / "stances") not in listed
    assert read_manifest(settings)["output"] == build_manifest.output_stamps(settings)
    assert not would_build(project)
    mine.write_text("kept by hand, then edited", encoding="utf-8")
    assert would_build(project)
    assert mine.read_text(encoding="utf-8") == "kept by hand, then edited"


def test_an_output_file_added_edited_or_deleted_after_a_recorded_build_is_noticed(
        settled_folders, project):
    output = project / "output"
    add_article(project)
    build(project)
    build(project)  # nothing changed: skipped
    page = output / "articles" / "china-rejects-nvidia-h200" / "index.html"
    extra = page.parent / "extra.html"
    extra.write_text("put there by hand", encoding="utf-8")
    assert would_build(project)
    edit_title(project)
    build(project)
    settings = site_settings(project)
    assert read_manifest(settings)["output"] == build_manifest.output_stamps(settings)
    assert extra.is_file() and not would_build(project)
    page.unlink()
    assert would_build(project)
    build(project)
    assert "China Turns Down Nvidia H200" in page.read_text(encoding="utf-8")
    clean = make_project(project.parent / "clean")
    add_article(clean)
    edit_title(clean)
    rebuilt = output_files(output)
    assert rebuilt.pop("articles/china-rejects-nvidia-h200/extra.html") == b"put there by hand"
    assert sorted(rebuilt) == sorted(output_files(build(clean)))


def test_a_link_whose_target_appears_after_a_recorded_build_is_recorded(
        settled_folders, project, tmp_path):
    """A name in an output folder that was not a regular file when the folder was listed
    (a dangling link) may become one without the folder changing: the folder is listed
    again at the next build, so the record has the file and the build after is skipped."""
    target = tmp_path / "target.txt"
    link = project / "output" / "stances" / "notes.txt"
    link.symlink_to(target)
    edit_title(project)
    build(project)
    assert not would_build(project)
    target.write_text("now real", encoding="utf-8")
    assert would_build(project)
    build(project)
    assert "stances/notes.txt" in read_manifest(site_settings(project))["output"]
    assert not would_build(project)


def test_a_file_added_in_the_clock_tick_a_folder_was_listed_is_recorded(project, monkeypatch):
    """A folder that changed less than ``SETTLED_NS`` before it was listed is recorded
    unsettled (None) and listed again, so a file added to it without moving its time
    (the same clock tick) is recorded by the next build."""
    folder = project / "output" / "articles" / "china-rejects-nvidia-h200"
    one_second_later = SimpleNamespace(time_ns=lambda: folder.stat().st_mtime_ns + 1_000_000_000)
    monkeypatch.setattr(build_manifest, "time", one_second_later)
    edit_title(project)
    build(project)
    settings = site_settings(project)
    assert read_manifest(settings)["folders"]["articles/china-rejects-nvidia-h200/"] is None
    before = folder.stat()
    (folder / "extra.html").write_text("put there by hand", encoding="utf-8")
    os.utime(folder, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert would_build(project)
    build(project)
    assert "articles/china-rejects-nvidia-h200/extra.html" in read_manifest(settings)["output"]
    assert not would_build(project)
