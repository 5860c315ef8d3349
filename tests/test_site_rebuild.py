"""Rebuilds (issue 6): a rebuild gives byte for byte the output of a clean full build, an
unchanged build is skipped by the build manifest, and any changed input rebuilds."""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

import pytest
import yaml
from pelican import Pelican
from pelican.settings import read_settings

from chiptrail_site.build_manifest import current_inputs, read_manifest, up_to_date

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
NEW_ARTICLE = FIXTURES / "stories" / "beijing-weighs-limits-on-h200-access.md"


def make_project(workdir: Path) -> Path:
    """Fixture articles, raw files and pages, and a copy of the theme to edit."""
    content = workdir / "content"
    shutil.copytree(FIXTURES / "articles", content / "articles")
    shutil.copytree(FIXTURES / "articles_raw", content / "raw")
    shutil.copytree(ROOT / "content" / "pages", content / "pages")
    shutil.copytree(ROOT / "themes" / "chiptrail", workdir / "theme")
    return workdir


def site_settings(workdir: Path, **overrides) -> dict:
    with contextlib.chdir(ROOT):
        return read_settings(str(ROOT / "pelicanconf.py"), override={
            "PATH": str(workdir / "content"),
            "OUTPUT_PATH": str(workdir / "output"),
            "THEME": str(workdir / "theme"),
            "PLUGIN_PATHS": [str(ROOT / "plugins")],
            "CACHE_PATH": str(workdir / "cache"),
            **overrides,
        })


def build(workdir: Path, **overrides) -> Path:
    Pelican(site_settings(workdir, **overrides)).run()
    return workdir / "output"


def would_build(workdir: Path, **overrides) -> bool:
    """Whether a build now would run Pelican (rather than be skipped as unchanged)."""
    pelican = Pelican(site_settings(workdir, **overrides))
    return not up_to_date(read_manifest(pelican.settings), current_inputs(pelican),
                          pelican.settings)


def add_article(workdir: Path) -> None:
    _, header, body = NEW_ARTICLE.read_text(encoding="utf-8").split("---\n", 2)
    meta = {**yaml.safe_load(header), "added": "2026-11-21"}
    text = f"---\n{yaml.safe_dump(meta, sort_keys=False)}---\n{body}"
    (workdir / "content" / "articles" / NEW_ARTICLE.name).write_text(text, encoding="utf-8")


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
