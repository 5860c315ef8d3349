"""The page digests (page_digests.py) name what article, facet term, story and numbered
list pages show; a rebuild skips such a page when none of that changed. These tests pin
that list to the theme: a template that starts reading another variable (a sidebar of the
latest articles on every article page, say) fails here until page_digests.py counts it
too."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from jinja2 import Environment, FileSystemLoader, meta, nodes

from chiptrail_site.build_manifest import CONTENT_HASHES, code_digest, content_digest
from chiptrail_site.page_digests import PageDigests

TEMPLATES = Path(__file__).resolve().parent.parent / "themes" / "chiptrail" / "templates"

# What every page reads besides settings (UPPER_CASE): the menu (``pages``, facet names
# and addresses from ``facets``), facet term lookups (``facets``), its own address,
# ``article``/``page`` (None unless the page is one), and the functions the plugin gives
# templates, which read only what they are passed.
FRAME = {"facets", "pages", "output_file", "article", "page", "render_once", "render_kept", "news_article"}
# What each kind of page reads beyond the frame, all of it in its digest.
SHOWN = {
    "article.html": set(),
    "facet_term.html": {"facet", "term", "articles", "chart_terms"},
    "story.html": {"story"},
    "list_page.html": {"list_page"},
}
TERM_TEMPLATES = ["chip.html", "stance.html", "source.html", "tag.html"]

env = Environment(loader=FileSystemLoader(TEMPLATES))


def parsed(name: str) -> nodes.Template:
    return env.parse(env.loader.get_source(env, name)[0])


def names_the_theme_defines() -> set[str]:
    """Macros, imported names and ``{% set %}`` variables: not read from the context."""
    defined = set()
    for name in env.list_templates():
        tree = parsed(name)
        defined |= {macro.name for macro in tree.find_all(nodes.Macro)}
        defined |= {assign.target.name for assign in tree.find_all(nodes.Assign)
                    if isinstance(assign.target, nodes.Name)}
        defined |= {item[1] if isinstance(item, tuple) else item
                    for imported in tree.find_all(nodes.FromImport) for item in imported.names}
    return defined


def context_reads(name: str, seen: set[str] | None = None) -> set[str]:
    """Variables the template and every template it extends, includes or imports read."""
    seen = set() if seen is None else seen
    if name in seen:
        return set()
    seen.add(name)
    tree = parsed(name)
    found = set(meta.find_undeclared_variables(tree))
    for referenced in meta.find_referenced_templates(tree):
        found |= context_reads(referenced, seen)
    return {variable for variable in found if not variable.isupper()}


@pytest.mark.parametrize("template", [*SHOWN, *TERM_TEMPLATES])
def test_a_skippable_page_reads_only_what_its_digest_counts(template):
    shown = SHOWN.get(template, SHOWN["facet_term.html"])
    unexpected = context_reads(template) - names_the_theme_defines() - FRAME - shown
    assert unexpected == set()


def test_the_check_notices_a_template_reading_the_article_list():
    assert "articles" in context_reads("index.html") - names_the_theme_defines()


# -- file hashes taken once per build -----------------------------------------------------

def test_the_content_digest_leaves_each_files_hash_for_the_build(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.md").write_bytes(b"one")
    (tmp_path / "sub" / "b.md").write_bytes(b"two")
    settings = {"PATH": str(tmp_path)}
    content_digest(settings)
    assert settings[CONTENT_HASHES] == {
        str(tmp_path / "a.md"): hashlib.sha256(b"one").hexdigest(),
        str(tmp_path / "sub" / "b.md"): hashlib.sha256(b"two").hexdigest(),
    }


def test_many_files_are_hashed_in_chunks_as_one_by_one(tmp_path, monkeypatch):
    """Read by threads, a chunk at a time: the same hashes and digest, in file order, a
    file gone since the listing named as unreadable at its place."""
    from chiptrail_site import build_manifest
    for number in range(25):
        (tmp_path / f"{number:02}.md").write_bytes(b"text %d" % number)
    listed = build_manifest._files(str(tmp_path))
    (tmp_path / "07.md").unlink()
    monkeypatch.setattr(build_manifest, "_files", lambda root: listed)
    made = {}
    for chunk in (4, 10_000):  # several chunks (threads), one chunk (this thread)
        monkeypatch.setattr(build_manifest, "HASH_CHUNK", chunk)
        digest = hashlib.sha256()
        made[chunk] = (build_manifest._hash_tree(digest, str(tmp_path)), digest.hexdigest())
    assert made[4] == made[10_000]
    assert list(made[4][0]) == [str(tmp_path / f"{n:02}.md") for n in range(25) if n != 7]
    assert made[4][0][str(tmp_path / "24.md")] == hashlib.sha256(b"text 24").hexdigest()


def test_an_articles_digest_takes_its_file_hash_from_the_content_digest(tmp_path):
    article = SimpleNamespace(source_path=str(tmp_path / "never-read.md"), url="a/", save_as="a/index.html")
    def digest(file_hash):
        return PageDigests({CONTENT_HASHES: {article.source_path: file_hash}}, "code").content(article)
    assert digest("1" * 64) != digest("2" * 64)


def test_an_articles_digest_reads_a_file_the_content_digest_did_not_hash(tmp_path):
    path = tmp_path / "outside.md"
    path.write_bytes(b"text")
    article = SimpleNamespace(source_path=str(path), url="a/", save_as="a/index.html")
    known = {CONTENT_HASHES: {str(path): hashlib.sha256(b"text").hexdigest()}}
    assert PageDigests({}, "code").content(article) == PageDigests(known, "code").content(article)


def test_the_file_hashes_are_not_part_of_the_code_digest(tmp_path):
    def digest(settings):
        pelican = SimpleNamespace(settings={"THEME": str(tmp_path), **settings}, plugins=[])
        return code_digest(pelican)
    assert digest({}) == digest({CONTENT_HASHES: {"a.md": "1" * 64}})


# -- digests kept from one build to the next ------------------------------------------------

DIGEST_OF_PARTS = """
import datetime, sys, zoneinfo
from pelican.utils import SafeDatetime
from chiptrail_site.page_digests import _digest
print(_digest("code", None, 3, "Huawei Ascend 910C — 华为", SafeDatetime(2025, 3, 1, 8, 30,
              tzinfo=zoneinfo.ZoneInfo("UTC")), datetime.date(2025, 3, 1),
              [("chips", "H20", "chips/h20/"), ("tags", "x", None)]))
"""


def test_a_digest_is_the_same_in_another_process_and_hash_seed():
    digests = {subprocess.run([sys.executable, "-c", DIGEST_OF_PARTS], check=True, text=True,
                              capture_output=True, env={**os.environ, "PYTHONHASHSEED": seed}).stdout
               for seed in ("1", "2")}
    here = {}
    exec(DIGEST_OF_PARTS.replace("print(", "digest = ("), here)  # and in this process
    assert digests == {here["digest"] + "\n"}
