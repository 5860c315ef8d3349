"""Compiled templates are kept between builds (template_cache.py): a rebuild compiles no
template it compiled before, and an edited one is compiled again."""

from __future__ import annotations

import jinja2
import pytest
from test_site_rebuild import build, make_project


@pytest.fixture
def compiled(monkeypatch):
    """Names of the templates Jinja compiles."""
    names = []
    compile_template = jinja2.Environment.compile
    monkeypatch.setattr(jinja2.Environment, "compile", lambda env, source, name=None, *args, **kw:
                        names.append(name) or compile_template(env, source, name, *args, **kw))
    return names


def test_a_rebuild_compiles_only_the_templates_edited_since(tmp_path, compiled):
    project = make_project(tmp_path / "site")
    build(project)
    assert "article.html" in compiled
    compiled.clear()
    (project / "content" / "raw" / "unused.txt").write_text("not an article yet\n")
    build(project)
    assert compiled == []
    stories = project / "theme" / "templates" / "stories.html"
    stories.write_text(stories.read_text(encoding="utf-8").replace(
        "<h1>Stories</h1>", "<h1>Every story</h1>"), encoding="utf-8")
    assert "Every story" in (build(project) / "stories" / "index.html").read_text()
    assert set(compiled) == {"stories.html"}
