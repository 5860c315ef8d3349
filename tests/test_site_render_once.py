"""Fragments rendered once (an article's list entry), in a build and, kept in the cache,
in the next ones; and files written only when their bytes change."""

from __future__ import annotations

import os
import pickle
import re
from types import SimpleNamespace

import pytest
from jinja2 import Environment
from markupsafe import Markup
from test_site_rebuild import add_article, build, make_project
from test_site_writer import IN_WORKERS, render_settings

from chiptrail_site.output_files import write_if_changed
from chiptrail_site.render_once import FRAGMENTS_NAME, RenderedFragments

TEMPLATE = '{% call render_once(article, "entry", depth) %}{{ render() }}{% endcall %}'


def renderer():
    env = Environment(autoescape=True)
    env.globals["render_once"] = RenderedFragments().render_once
    calls = []
    template = env.from_string(TEMPLATE)

    def render(article, depth):
        return template.render(article=article, depth=depth,
                               render=lambda: calls.append(1) or Markup(f"<b>{len(calls)}</b>"))

    return render, calls


def test_a_fragment_is_rendered_once_and_reused():
    render, calls = renderer()
    article = SimpleNamespace()
    assert render(article, "..") == render(article, "..") == "<b>1</b>"
    assert len(calls) == 1


def test_a_fragment_is_rendered_again_for_another_key_or_article():
    render, calls = renderer()
    first, second = SimpleNamespace(), SimpleNamespace()
    render(first, ".."), render(first, "../.."), render(second, "..")
    assert len(calls) == 3


def test_reused_html_is_not_escaped_twice():
    render, _ = renderer()
    article = SimpleNamespace()
    render(article, ".")
    assert render(article, ".") == "<b>1</b>"


def test_identical_bytes_leave_the_file_untouched(tmp_path):
    page = tmp_path / "page.html"
    page.write_bytes(b"<p>same</p>")
    os.utime(page, ns=(1_000_000_000, 1_000_000_000))
    assert write_if_changed(page, b"<p>same</p>") is False
    assert page.stat().st_mtime_ns == 1_000_000_000


def test_changed_bytes_replace_the_file(tmp_path):
    page = tmp_path / "sub" / "page.html"
    assert write_if_changed(page, b"<p>new</p>") is True
    assert write_if_changed(page, b"<p>newer</p>") is True
    assert page.read_bytes() == b"<p>newer</p>"


def test_written_files_get_the_mode_a_plain_write_would_give(tmp_path):
    mask = os.umask(0o022)
    try:
        write_if_changed(tmp_path / "page.html", b"<p>public</p>")
    finally:
        os.umask(mask)
    assert (tmp_path / "page.html").stat().st_mode & 0o777 == 0o644


@pytest.fixture
def saved(monkeypatch):
    """The fragments each build rendered afresh (not found among those kept)."""
    builds = []
    save = RenderedFragments.save
    monkeypatch.setattr(RenderedFragments, "save",
                        lambda self, *args: builds.append(dict(self.new)) or save(self, *args))
    return builds


def kept_fragments(project) -> dict:
    return pickle.loads((project / "cache" / FRAGMENTS_NAME).read_bytes())["fragments"]


def test_the_fragments_workers_render_are_kept_for_the_next_build(tmp_path, saved):
    project = make_project(tmp_path / "site")
    build(project, **render_settings(project, **IN_WORKERS))
    articles = len(list((project / "content" / "articles").glob("*.md")))
    assert len(kept_fragments(project)) == articles
    assert kept_fragments(project) == saved[0]


def test_an_add_one_rebuild_renders_only_the_new_articles_entries(tmp_path, saved):
    project = make_project(tmp_path / "site")
    build(project, **render_settings(project, **IN_WORKERS))
    add_article(project)
    build(project, **render_settings(project, **IN_WORKERS))
    titles = {re.search(r'entry-title"><a [^>]*>([^<]*)<', html)[1]
              for rendered in saved[1].values() for html in rendered.values()}
    assert titles == {"Beijing weighs limits on H200 access"}


def test_a_fragment_whose_key_is_not_plain_values_is_not_kept():
    fragments = RenderedFragments()
    fragments.digest_of = lambda article: "digest"
    article = SimpleNamespace()
    fragments.render_once(article, "entry", object(), caller=lambda: Markup("<b>1</b>"))
    fragments.render_once(article, "entry", "..", caller=lambda: Markup("<b>2</b>"))
    assert fragments.new == {"digest": {repr(("entry", "..")): "<b>2</b>"}}


# -- a place's HTML kept by the digest of its key (render_kept) -------------------------------

class Lane:
    """A part of the key named by its articles' digests, as a chart lane is."""

    def __init__(self, *articles):
        self.articles = articles

    def kept_key(self, digest_of):
        return repr([digest_of(article) for article in self.articles])


def kept_renderer(folder, code="code", digests=None):
    fragments = RenderedFragments()
    fragments.digest_of = lambda article: (digests or {}).get(article, article)
    fragments.places, fragments.code = folder, code
    calls = []

    def render(place, *key):
        return fragments.render_kept(place, *key, caller=lambda: calls.append(1) or Markup(
            f"<g>{len(calls)}</g>"))

    return render, calls


def test_a_place_is_drawn_as_the_last_build_drew_it_for_the_same_key(tmp_path):
    render, _ = kept_renderer(tmp_path)
    render("lane: H20", "..", Lane("a", "b"))
    render, calls = kept_renderer(tmp_path)
    assert render("lane: H20", "..", Lane("a", "b")) == "<g>1</g>"
    assert calls == []


@pytest.mark.parametrize("key", [("../..", Lane("a", "b")), ("..", Lane("a", "c")),
                                 ("..", Lane("a", "b", "c"))])
def test_a_place_is_drawn_again_when_a_plain_part_or_an_article_of_its_key_changed(tmp_path, key):
    render, _ = kept_renderer(tmp_path)
    render("lane: H20", "..", Lane("a", "b"))
    render, calls = kept_renderer(tmp_path)
    render("lane: H20", *key)
    assert calls == [1]
    render, calls = kept_renderer(tmp_path)  # and kept so for the next build
    render("lane: H20", *key)
    assert calls == []


def test_a_place_is_drawn_again_when_an_articles_digest_or_the_code_changed(tmp_path):
    render, _ = kept_renderer(tmp_path)
    render("lane: H20", Lane("a"))
    for changed in ({"digests": {"a": "a edited"}}, {"code": "other code"}):
        render, calls = kept_renderer(tmp_path, **changed)
        render("lane: H20", Lane("a"))
        assert calls == [1]


def test_a_damaged_place_file_is_drawn_again(tmp_path):
    render, _ = kept_renderer(tmp_path)
    render("lane: H20", Lane("a"))
    for damaged in (b"\xff\xfe not UTF-8", b"code", b""):
        [kept] = tmp_path.iterdir()
        kept.write_bytes(damaged)
        render, calls = kept_renderer(tmp_path)
        assert render("lane: H20", Lane("a")) == "<g>1</g>" and calls == [1]


def test_places_are_kept_apart(tmp_path):
    render, _ = kept_renderer(tmp_path)
    render("lane: H20", Lane("a")), render("lane: H200", Lane("b"))
    render, calls = kept_renderer(tmp_path)
    assert render("lane: H200", Lane("b")) == "<g>2</g>" and calls == []


def test_without_a_place_the_body_is_drawn_and_not_kept(tmp_path):
    for _ in range(2):
        render, calls = kept_renderer(tmp_path)
        render(None, Lane("a"))
        assert calls == [1]
    assert list(tmp_path.iterdir()) == []


def test_without_digests_a_place_is_drawn_and_not_kept(tmp_path):
    fragments = RenderedFragments()
    assert fragments.render_kept("lane", "..", caller=lambda: Markup("<g/>")) == "<g/>"
    assert list(tmp_path.iterdir()) == []


def test_chart_lanes_and_timeline_months_workers_draw_are_kept_and_used_next_build(tmp_path):
    project = make_project(tmp_path / "site")
    build(project, **render_settings(project, **IN_WORKERS))
    chips = list((project / "output" / "chips").glob("*/index.html"))  # one lane each
    pages = [project / "output" / "chips" / "index.html", project / "output" / "timeline" / "index.html",
             *chips]
    rendered = [page.read_bytes() for page in pages]
    drawn = []
    render_kept = RenderedFragments.render_kept

    def counted(self, place, *key, caller):
        return render_kept(self, place, *key, caller=lambda: drawn.append(place) or caller())

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(RenderedFragments, "render_kept", counted)
        for page in pages:
            page.unlink()  # rendered again, from the store
        build(project, **render_settings(project, **IN_WORKERS))
    # This process renders the listings (the overview, the timeline: render_pool's
    # split_listings) and draws none of their places again; it may also draw the one-lane
    # charts of chip pages, which keep none (drawn in whichever process renders them).
    assert set(drawn) <= {None}
    assert [page.read_bytes() for page in pages] == rendered

