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


def test_template_globals_chain_the_environments_and_list_keys_as_a_dict_view():
    """quick_template_globals: a template's globals are Jinja's chain (later environment
    globals still seen, its own first); keys() is a plain dict view of every name, so an
    import's set subtraction gives what Jinja's would."""
    from types import SimpleNamespace

    from chiptrail_site.template_cache import TemplateGlobals, quick_template_globals
    environment = jinja2.Environment(loader=jinja2.DictLoader({
        "macros.html": "{% macro shout(x) %}{{ x|upper }}{{ suffix }}{% endmacro %}",
        "page.html": '{% from "macros.html" import shout %}{{ shout(word) }} {{ added }}'}))
    quick_template_globals(SimpleNamespace(env=environment))
    environment.globals["suffix"] = "!"
    template = environment.get_template("page.html")
    environment.globals["added"] = "later"
    assert isinstance(template.globals, TemplateGlobals)
    assert template.render(word="hi") == "HI! later"
    own = TemplateGlobals({"a": 1, "suffix": "?"}, environment.globals)
    assert type(own.keys()) is type({}.keys())
    assert set(own.keys()) == set(own) and own["suffix"] == "?"
    assert {"a", "b"} - own.keys() == {"b"}
