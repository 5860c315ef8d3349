"""Fragments rendered once per build (an article's list entry) and files written only
when their bytes change."""

from __future__ import annotations

import os
from types import SimpleNamespace

from jinja2 import Environment
from markupsafe import Markup

from chiptrail_site.output_files import write_if_changed
from chiptrail_site.render_once import render_once

TEMPLATE = '{% call render_once(article, "entry", depth) %}{{ render() }}{% endcall %}'


def renderer():
    env = Environment(autoescape=True)
    env.globals["render_once"] = render_once
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
