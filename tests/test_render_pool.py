"""How the render workers share the pages (issue 6): a queue that hands each page to
exactly one process, the pages showing the most articles first, and the templates loaded
once before the workers are forked."""

from __future__ import annotations

import os
import time
from types import SimpleNamespace

import pytest
from jinja2 import DictLoader, Environment, FileSystemBytecodeCache

from chiptrail_site import forked
from chiptrail_site.render_pool import (PageQueue, heaviest_first, load_templates, render_pages,
                                        split_listings)


def taken_by_two_processes(items: list) -> tuple[list, list]:
    """What a forked process and this one each take from one queue of ``items``."""
    queue = PageQueue(items)
    try:
        child = forked.start(lambda: list(queue.pages()))
        here = list(queue.pages())
        status, there = forked.wait(child)
    finally:
        queue.close()
    assert status == 0
    return here, there


def test_the_queue_hands_each_page_to_exactly_one_process():
    for count in (1, 7, PageQueue.MAX_RECORDS, 5 * PageQueue.MAX_RECORDS + 3):
        items = list(range(count))
        here, there = taken_by_two_processes(items)
        assert sorted(here + there) == items


def test_a_queue_taken_by_one_process_gives_the_pages_in_order():
    queue = PageQueue(list("abcdef"))
    try:
        assert list(queue.pages()) == list("abcdef")
        assert list(queue.pages()) == []  # empty once taken
    finally:
        queue.close()


def page(template="t", localcontext=None, **variables):
    return SimpleNamespace(template=template, localcontext=localcontext or {}, variables=variables)


def test_pages_showing_the_most_articles_are_rendered_first():
    articles = list(range(100))
    home = page(localcontext={"articles_page": SimpleNamespace(object_list=articles[:20])},
                articles=articles)
    article = page(article=articles[0])
    term = page(articles=articles[:40])
    timeline = page()  # lists every article without naming them in its variables
    copy = page(template=None)
    ordered = heaviest_first([copy, article, home, term, timeline], {"articles": articles})
    assert ordered == [timeline, term, home, article, copy]


def test_listings_are_split_from_article_pages_and_copies_in_order():
    """This process takes the listings first, the workers the rest (split_listings)."""
    articles = list(range(100))
    home = page(localcontext={"articles_page": SimpleNamespace(object_list=articles[:20])},
                articles=articles)
    article, other = page(article=articles[0]), page(article=articles[1])
    term, timeline, copy = page(articles=articles[:40]), page(), page(template=None)
    listings, singles = split_listings([timeline, article, term, copy, home, other], {"articles": articles})
    assert listings == [timeline, term, home]
    assert singles == [article, copy, other]


def test_two_queues_taken_in_opposite_orders_hand_each_page_to_exactly_one_process():
    listings, singles = PageQueue(list(range(300))), PageQueue(list(range(300, 5000)))
    try:
        child = forked.start(lambda: [*singles.pages(), *listings.pages()])
        here = [*listings.pages(), *singles.pages()]
        status, there = forked.wait(child)
    finally:
        listings.close(), singles.close()
    assert status == 0
    assert sorted(here + there) == list(range(5000))


def test_templates_and_those_they_extend_include_or_import_are_loaded_once_up_front():
    sources = {
        "page.html": '{% extends "base.html" %}{% from "partial/entry.html" import entry %}'
                     '{% block body %}{{ entry() }}{% endblock %}',
        "base.html": '<main>{% block body %}{% endblock %}</main>{% include "partial/foot.html" %}',
        "partial/entry.html": "{% macro entry() %}entry{% endmacro %}",
        "partial/foot.html": "<footer>foot</footer>",
        "unused.html": "never loaded",
    }
    environment = Environment(loader=DictLoader(dict(sources)), auto_reload=False)
    load_templates([page(template=environment.get_template("page.html"))])
    environment.loader.mapping.clear()  # nothing left to load: the cache must serve
    assert environment.get_template("page.html").render() == "<main>entry</main><footer>foot</footer>"
    assert {name for _, name in environment.cache.keys()} == set(sources) - {"unused.html"}


@pytest.fixture
def parsed(monkeypatch) -> list[str]:
    """The sources Jinja parses while the test runs, in order."""
    sources = []
    parse = Environment.parse
    monkeypatch.setattr(Environment, "parse", lambda env, source, *args, **kw:
                        sources.append(source) or parse(env, source, *args, **kw))
    return sources


def test_what_each_template_names_is_kept_between_builds_and_found_again_when_edited(tmp_path, parsed):
    """A rebuild finds the templates to load without parsing a template it parsed before
    (template_cache.TemplateReferences); an edited one is parsed and its new tags followed."""
    sources = {
        "page.html": '{% extends "base.html" %}{% block body %}page{% endblock %}',
        "base.html": '<main>{% block body %}{% endblock %}</main>{% include "foot.html" %}',
        "foot.html": "<footer>foot</footer>",
        "other.html": "<aside>other</aside>",
    }

    def loaded_by_a_new_build() -> set[str]:
        environment = Environment(loader=DictLoader(dict(sources)), auto_reload=False,
                                  bytecode_cache=FileSystemBytecodeCache(str(tmp_path)))
        load_templates([page(template=environment.get_template("page.html"))])
        return {name for _, name in environment.cache.keys()}

    assert loaded_by_a_new_build() == {"page.html", "base.html", "foot.html"}
    assert len(parsed) >= 3
    parsed.clear()
    assert loaded_by_a_new_build() == {"page.html", "base.html", "foot.html"}
    assert parsed == []  # compiled code and references both come from the cache
    sources["base.html"] = sources["base.html"].replace("foot.html", "other.html")
    assert loaded_by_a_new_build() == {"page.html", "base.html", "other.html"}
    assert set(parsed) == {sources["base.html"], sources["other.html"]}


def test_a_source_loaded_by_several_environments_is_parsed_once_per_build(tmp_path, parsed):
    """Each generator has its own environment, with the same options and so the same
    compiled-template folder: what a source names is found once, not once per environment."""
    sources = {
        "page.html": '{% extends "base.html" %}{% block body %}page{% endblock %}',
        "base.html": '<main>{% block body %}{% endblock %}</main>{% include "foot.html" %}',
        "foot.html": "<footer>foot</footer>",
    }
    environments = [Environment(loader=DictLoader(dict(sources)), auto_reload=False,
                                bytecode_cache=FileSystemBytecodeCache(str(tmp_path)))
                    for _ in range(2)]
    pages = [page(template=environment.get_template("page.html")) for environment in environments]
    parsed.clear()  # what compiling page.html parsed
    load_templates(pages)
    assert sorted(parsed) == sorted(set(parsed)) and set(parsed) >= {sources["base.html"]}
    for environment in environments:
        assert {name for _, name in environment.cache.keys()} == set(sources)


class PidPage:
    """A page whose rendering writes the pid of the process that rendered it."""

    template = None

    def __init__(self, folder, number):
        self.name, self.path = f"{number}.txt", folder / f"{number}.txt"

    def render(self, context):
        self.path.write_text(str(os.getpid()))
        return [os.getpid()]


def rendered_elsewhere(pages) -> bool:
    """Whether another process has rendered one of ``pages`` yet (waits up to 30 s)."""
    for _ in range(3000):
        if any(page.path.exists() and page.path.read_text() != str(os.getpid()) for page in pages):
            return True
        time.sleep(0.01)
    return False


def test_meanwhile_runs_here_while_the_workers_render(tmp_path):
    pages = [PidPage(tmp_path, number) for number in range(200)]
    seen = []
    stamps = render_pages(pages, {}, 2, meanwhile=lambda: seen.append(rendered_elsewhere(pages)))
    assert seen == [True]  # run once, and a worker rendered meanwhile
    assert sorted(stamps) == sorted(page.name for page in pages)


def test_meanwhile_runs_first_when_rendering_in_process(tmp_path):
    pages = [PidPage(tmp_path, number) for number in range(3)]
    seen = []
    render_pages(pages, {}, 1, meanwhile=lambda: seen.append([p.path.exists() for p in pages]))
    assert seen == [[False, False, False]]
    assert all(page.path.read_text() == str(os.getpid()) for page in pages)
