"""Guarantee: no file name or link in the content folder can make the tools write
outside ``content/articles/`` and ``output/``, or read outside the content tree.

``invoke build`` runs in a copy of the project whose raw folder holds names with spaces,
Unicode, shell and HTML characters, a newline, ``..`` runs, and headlines that collide
after slugging or look like paths; symlinks point out of the tree (a raw file, a raw
folder, an article name the runner is about to use), and hand-written articles name a
raw file or slug outside the tree. Every article gets a safe, unique slug; the project
tree changes only under ``content/articles/`` and ``output/``; the folder outside is
untouched and its text appears nowhere in the site.
"""

from __future__ import annotations

import os
import re

import pytest
import yaml

from chiptrail_normalise.ingest import STAMPS_NAME
from chiptrail_normalise.slugs import slugify
from chiptrail_site.build_manifest import CONTENT_STAMPS_NAME
from guarantee_project import copy_project, files, invoke_command, run

STORY = ("Nvidia said on Tuesday it would resume sales of its H20 chips to China after "
         "Washington granted export licences, easing restrictions on advanced chips.")
SECRET = "OUTSIDE-SECRET-7f3a"  # in the raw files outside the tree
ARTICLE_SECRET = "OUTSIDE-ARTICLE-c41e"  # in the article file outside the tree

# Raw file name -> headline. The headlines of the last group all slug to the same words.
RAW_NAMES = {
    "with spaces in the name.txt": "Spaces in a raw file name",
    "Ünïcödé 华为 名前.txt": "Unicode raw file name",
    "a..b.txt": "Dots in a raw file name",
    "..x...txt": "Leading dots make a hidden file",
    "$(touch pwned) `id`; rm -rf.txt": "Shell characters in a raw file name",
    "<script>alert(1)<\\script>.txt": "HTML in a raw file name",
    "line\nbreak.txt": "A newline in a raw file name",
    "nested/a../x.txt": "A folder name ending in dots",
    "nested/a../..b/x.txt": "A folder name starting with dots is hidden",
    ".../x.txt": "A folder named three dots is hidden",
    "path-title-1.txt": "../../../etc/passwd",
    "path-title-2.txt": "/absolute/path/to/file",
    "path-title-3.txt": "..",
    "collide-1.txt": "Nvidia H20 sales resume",
    "collide-2.txt": "NVIDIA H20 Sales Resume!",
    "collide-3.txt": "nvidia-h20-sales-resume",
    "collide-4.txt": "Nvidia H20 sales résumé",
    "collide-5.txt": "Nvidia   H20 -- sales // resume",
}
HIDDEN = {"..x...txt", "nested/a../..b/x.txt", ".../x.txt"}  # dot files are not raw files, by design

# Names of 255 bytes, the most a Linux file name can hold.
LONG_NAMES = {"a" * 251 + ".txt": "Long ASCII raw file name",
              "é" * 125 + "x.txt": "Long UTF-8 raw file name",
              "b" * 250 + ".html": "Long saved page name"}

SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def raw_text(headline: str, number: int) -> bytes:
    if headline.startswith("Long saved page"):
        return (f"<html><head><title>{headline}</title></head><body><article><h1>{headline}"
                f"</h1><p>{STORY}</p><p>Variant {number}.</p></article></body></html>").encode()
    return f"{headline}\n\n{STORY}\nVariant {number}.\n".encode()


def hand_written(title: str, **meta) -> str:
    meta = {"title": title, "date": "2025-01-01", "chips": ["H20"], **meta}
    return "---\n" + yaml.safe_dump(meta) + "---\n\nHand-written body.\n"


def project_with(tmp_path, names):
    outside = tmp_path / "outside"
    (outside / "folder").mkdir(parents=True)
    (outside / "secret.txt").write_text(f"{SECRET} headline\n\n{STORY} {SECRET}\n")
    (outside / "folder" / "secret.txt").write_text(f"{SECRET} folder\n\n{STORY} {SECRET}\n")
    (outside / "article.md").write_text(hand_written(ARTICLE_SECRET, slug="outside-article"))
    raw_files = {name: raw_text(title, n) for n, (name, title) in enumerate(names.items())}
    project = copy_project(tmp_path / "project", {})
    for name, data in raw_files.items():
        (project / "content" / "raw" / name).parent.mkdir(parents=True, exist_ok=True)
        (project / "content" / "raw" / name).write_bytes(data)
    return project, outside


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The project after ``invoke build``, with its tree and the outside tree before."""
    project, outside = project_with(tmp_path_factory.mktemp("names"), RAW_NAMES)
    raw, articles = project / "content" / "raw", project / "content" / "articles"
    (raw / "link-out.txt").symlink_to(outside / "secret.txt")
    (raw / "folder-out").symlink_to(outside / "folder")
    articles.mkdir()
    # The name the runner would give "Nvidia H20 sales resume" points outside.
    (articles / "nvidia-h20-sales-resume.md").symlink_to(outside / "article.md")
    for name, meta in {
        "raw-outside.md": {"slug": "raw-outside", "raw": "../../outside/secret.txt"},
        "raw-link.md": {"slug": "raw-link", "raw": "raw/link-out.txt"},
    }.items():
        (articles / name).write_text(hand_written(f"Hand-written {name}", **meta))
    before, outside_before = files(project), files(outside)
    result = run(invoke_command("build"), project)
    return project, outside, result, before, outside_before


def ingested(project):
    """Front-matter of the articles the runner wrote (hand-written ones have no stamp)."""
    found = {}
    for path in (project / "content" / "articles").glob("*.md"):
        if not path.is_symlink() and "ingest_sha256" in (text := path.read_text("utf-8")):
            found[path.name] = yaml.safe_load(text.split("---\n")[1])
    return found


def test_every_raw_file_gets_one_article_with_a_safe_unique_slug(built):
    project, _, result, _, _ = built
    meta = ingested(project)

    assert {m["raw"] for m in meta.values()} == {f"raw/{n}" for n in RAW_NAMES if n not in HIDDEN}
    slugs = [m["slug"] for m in meta.values()]
    assert len(set(slugs)) == len(slugs)
    assert all(SLUG.match(slug) and len(slug) <= 80 for slug in slugs), slugs
    assert all(name == f"{m['slug']}.md" for name, m in meta.items())


def test_headlines_that_collide_after_slugging_get_numbered_slugs(built):
    by_title = {}
    for meta in ingested(built[0]).values():
        by_title.setdefault(slugify(meta["title"]), []).append(meta["slug"])

    # The plain slug of the colliding headlines is taken by the symlink to the outside.
    assert sorted(by_title["nvidia-h20-sales-resume"]) == [
        f"nvidia-h20-sales-resume-{n}" for n in range(2, 2 + len(by_title["nvidia-h20-sales-resume"]))
    ]
    assert len(by_title["nvidia-h20-sales-resume"]) >= 3
    for base, slugs in by_title.items():
        assert all(slug == base or slug.startswith(base[:70]) for slug in slugs)


def test_the_build_changes_only_the_articles_output_and_cache_folders(built):
    """Besides articles and the site, only Pelican's cache (and the build manifest) in
    ``cache/``: the tool's own state, rebuilt from scratch when deleted."""
    project, _, result, before, _ = built
    assert result.returncode == 0, result.stderr[-3000:]
    after = files(project)

    changed = {path for path in before.keys() | after.keys() if before.get(path) != after.get(path)}
    assert changed and all(path.startswith(("content/articles/", "output/", "cache/"))
                           for path in changed)


def test_nothing_outside_the_tree_is_written_and_no_outside_raw_file_published(built):
    project, outside, _, _, outside_before = built

    assert files(outside) == outside_before
    for path, data in files(project / "output").items():
        assert SECRET.encode() not in data, path
    assert not any(SECRET in m["title"] for m in ingested(project).values())


def test_symlinks_out_of_the_raw_folder_are_reported_and_not_followed(built):
    result = built[2]
    assert "link-out.txt: symlink to" in result.stderr and "not followed" in result.stderr
    assert "folder-out: symlink to" in result.stderr


def test_hand_written_raw_paths_outside_the_content_folder_are_not_published(built):
    project = built[0]
    assert not (project / "output" / "raw" / "secret.txt").exists()
    assert not (project / "output" / "raw" / "link-out.txt").exists()
    log = " ".join((built[2].stdout + built[2].stderr).split())
    assert "raw file '../../outside/secret.txt' not found" in log


ESCAPING_SLUGS = ["../../../escaped", "/tmp/chiptrail-escaped-absolute",
                  "../../content/raw/overwritten", "..", "."]


def test_article_slugs_pointing_out_of_output_write_nothing_outside_output(tmp_path):
    project, outside = project_with(tmp_path, {})
    (project / "content" / "articles").mkdir()
    for number, slug in enumerate(ESCAPING_SLUGS):
        article = hand_written(f"Escape {number}", slug=slug)
        (project / "content" / "articles" / f"escape-{number}.md").write_text(article)
    before = files(tmp_path)

    run(invoke_command("build"), project)

    changed = {path for path, data in files(tmp_path).items() if before.get(path) != data}
    stamp_stores = {f"project/cache/{name}" for name in (STAMPS_NAME, CONTENT_STAMPS_NAME)}
    assert all(path.startswith("project/output/") for path in changed - stamp_stores), changed
    assert not os.path.exists("/tmp/chiptrail-escaped-absolute")


def test_raw_files_with_255_byte_names_are_ingested(tmp_path):
    project, _ = project_with(tmp_path, LONG_NAMES)

    result = run(invoke_command("ingest", "--strict"), project)

    assert result.returncode == 0, result.stderr
    assert {m["raw"] for m in ingested(project).values()} == {f"raw/{n}" for n in LONG_NAMES}


def test_raw_files_with_255_byte_names_build_and_are_published(tmp_path):
    project, _ = project_with(tmp_path, LONG_NAMES)

    result = run(invoke_command("build"), project)

    assert result.returncode == 0, result.stderr[-2000:]
    assert len(list((project / "output" / "raw").iterdir())) == len(LONG_NAMES)


def test_symlinks_under_articles_pointing_outside_are_not_published(tmp_path):
    project, outside = project_with(tmp_path, {"a.txt": "Nvidia H20 sales resume"})
    (project / "content" / "articles").mkdir()
    (project / "content" / "articles" / "linked-folder").symlink_to(outside / "folder")
    (project / "content" / "articles" / "linked-file.md").symlink_to(outside / "article.md")
    (outside / "folder" / "nested.md").write_text(hand_written(ARTICLE_SECRET, slug="nested"))

    result = run(invoke_command("build"), project)

    assert result.returncode == 0, result.stderr[-2000:]
    published = files(project / "output")
    assert not any(ARTICLE_SECRET.encode() in data for data in published.values())
