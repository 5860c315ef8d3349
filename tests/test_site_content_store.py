"""Finished articles kept between builds (content_store.py): a rebuild makes only new and
edited articles, every article again when settings or code changed, gives kept articles
this build's context, and writes the output a clean build writes."""

from __future__ import annotations

import io
import pickle

import pytest
from pelican import contents
from test_site_rebuild import (add_article, assert_same_output, build, edit_theme, edit_title,
                               make_project)

from chiptrail_site.content_store import STORE_NAME

ARTICLES_STORE = STORE_NAME.format("ArticlesGenerator")


@pytest.fixture
def project(tmp_path):
    project = make_project(tmp_path / "site")
    build(project)
    return project


@pytest.fixture
def articles_made(monkeypatch):
    """The slugs of the articles a build makes from their files."""
    made = []
    make = contents.Article.__init__

    def counting(self, *args, **kwargs):
        make(self, *args, **kwargs)
        made.append(self.slug)

    monkeypatch.setattr(contents.Article, "__init__", counting)
    return made


@pytest.fixture
def contexts(monkeypatch):
    """Each build's shared context and the articles it rendered, as its writer saw them."""
    from chiptrail_site.site_writer import SiteWriter

    seen = []
    render = SiteWriter.render_recorded_pages

    def recording(self, pelican):
        if pelican.settings is self.settings and self.context:
            seen.append((self.context, list(self.context["articles"])))
        return render(self, pelican)

    monkeypatch.setattr(SiteWriter, "render_recorded_pages", recording)
    return seen


def test_an_add_one_rebuild_makes_only_the_new_article(project, tmp_path, articles_made):
    add_article(project)
    rebuilt = build(project)

    assert articles_made == ["beijing-weighs-limits-on-h200-access"]
    clean = make_project(tmp_path / "clean")
    add_article(clean)
    assert_same_output(rebuilt, build(clean))


def test_an_edited_article_is_made_again(project, tmp_path, articles_made):
    edit_title(project)
    rebuilt = build(project)

    assert articles_made == ["china-rejects-nvidia-h200"]
    clean = make_project(tmp_path / "clean")
    edit_title(clean)
    assert_same_output(rebuilt, build(clean))


def test_changed_settings_make_every_article_again(project, tmp_path, articles_made):
    rebuilt = build(project, SITEURL="https://archive.example")

    assert len(articles_made) == 5
    assert_same_output(rebuilt, build(make_project(tmp_path / "clean"),
                                      SITEURL="https://archive.example"))


def test_a_changed_theme_makes_every_article_again(project, articles_made):
    edit_theme(project)
    build(project)

    assert len(articles_made) == 5


def test_kept_articles_point_at_this_builds_context_and_settings(project, contexts):
    add_article(project)
    build(project)

    context, articles = contexts[-1]
    assert len(articles) == 6
    assert all(article._context is context for article in articles)
    assert all(article.settings is articles[0].settings for article in articles)


def test_kept_articles_carry_nothing_a_build_added_to_them(project, articles_made):
    add_article(project)
    build(project)

    entries = pickle.loads((project / "cache" / ARTICLES_STORE).read_bytes())["content"]
    attributes = [kept_attributes(entry) for _, entry in entries.values()]
    assert len(attributes) == 6
    assert not any({"story", "also_covered", "raw_url", "rendered_once", "override_url",
                    "settings", "_context"} & set(names) for names in attributes)


def kept_attributes(entry: bytes) -> dict:
    unpickler = pickle.Unpickler(io.BytesIO(entry))
    unpickler.persistent_load = lambda name: name
    _, attributes = unpickler.load()
    return attributes


def test_a_damaged_store_is_ignored(project, articles_made):
    (project / "cache" / ARTICLES_STORE).write_bytes(b"not a pickle")
    add_article(project)
    build(project)

    assert len(articles_made) == 6


def test_a_rebuild_unpickles_each_kept_article_once(project, monkeypatch):
    from chiptrail_site.content_store import ContentStore

    unpickled = []
    unpickle = ContentStore._unpickle
    monkeypatch.setattr(ContentStore, "_unpickle",
                        lambda self, data: unpickled.append(data) or unpickle(self, data))
    add_article(project)
    build(project)

    assert len(unpickled) == 5 + 1  # the five articles and the About page


def test_kept_articles_keep_their_terms_slugs(project, monkeypatch):
    """Pelican hashes every tag and category by its slug each build; a kept article's
    terms come with their slugs, so a rebuild slugifies each term name once (for the
    facet pages' terms and the new article's), not once per article naming it."""
    from pelican import urlwrappers

    slugified = []
    slugify = urlwrappers.slugify
    monkeypatch.setattr(urlwrappers, "slugify",
                        lambda name, **kwargs: slugified.append(name) or slugify(name, **kwargs))
    add_article(project)
    build(project)

    assert slugified and len(slugified) == len(set(slugified))


def test_kept_articles_come_with_the_address_the_last_build_formatted(project, tmp_path, monkeypatch):
    """Formatting an article's address (a copy of its metadata, two path resolutions) for
    every kept article in every build cost ~0.1 s per 1,000; a kept article's address is
    the one the last build formatted for the same file under the same code."""
    formatted = []
    expand = contents.Content._expand_settings
    monkeypatch.setattr(contents.Content, "_expand_settings", lambda self, key, klass=None: (
        formatted.append((type(self).__name__, self.slug, key)) or expand(self, key, klass)))
    add_article(project)
    rebuilt = build(project)

    assert {slug for kind, slug, key in formatted if kind == "Article" and key == "url"} == {
        "beijing-weighs-limits-on-h200-access"}
    clean = make_project(tmp_path / "clean")
    add_article(clean)
    monkeypatch.undo()
    assert_same_output(rebuilt, build(clean))


def test_terms_named_alike_are_slugified_once_and_get_pelicans_slug(monkeypatch):
    """30,000 terms at 10,000 articles have a hundred names: each kind and name is
    slugified once per build, and every term gets the slug Pelican would give it."""
    from pelican import urlwrappers
    from pelican.settings import DEFAULT_CONFIG
    from pelican.urlwrappers import Category, Tag

    from chiptrail_site.content_store import TermSlugs, slug_url_wrappers

    settings = dict(DEFAULT_CONFIG, TAG_REGEX_SUBSTITUTIONS=[(r"chips", "semis")])
    slugified = []
    slugify = urlwrappers.slugify
    monkeypatch.setattr(urlwrappers, "slugify",
                        lambda name, **kwargs: slugified.append(name) or slugify(name, **kwargs))
    slugs = TermSlugs(settings)
    terms = [[Tag("H20 chips", settings), Tag("Nvidia", settings)], Category("H20 chips", settings),
             [Tag("H20 chips", settings)], Tag("H20 chips", dict(settings))]
    for value in terms:
        slug_url_wrappers([value], slugs)
    assert sorted(slugified) == ["H20 chips", "H20 chips", "H20 chips", "Nvidia"]  # tag, category, other settings
    monkeypatch.setattr(urlwrappers, "slugify", slugify)
    made = [term._slug for value in terms for term in (value if isinstance(value, list) else [value])]
    fresh = [type(term)(term.name, term.settings).slug
             for value in terms for term in (value if isinstance(value, list) else [value])]
    assert made == fresh
    assert made[0] == made[3] == made[4] != made[2]  # the tag substitution is for tags only


def test_a_term_without_a_slug_is_slugified_each_time_as_pelicans_is(monkeypatch):
    """An empty slug is not lent: each such term goes through Pelican's ``slug``, which
    warns about it, as it did before."""
    from pelican import urlwrappers
    from pelican.settings import DEFAULT_CONFIG
    from pelican.urlwrappers import Tag

    from chiptrail_site.content_store import TermSlugs, slug_url_wrappers

    slugified = []
    slugify = urlwrappers.slugify
    monkeypatch.setattr(urlwrappers, "slugify",
                        lambda name, **kwargs: slugified.append(name) or slugify(name, **kwargs))
    terms = [Tag("!!", DEFAULT_CONFIG), Tag("!!", DEFAULT_CONFIG)]
    slug_url_wrappers([terms], TermSlugs(DEFAULT_CONFIG))
    assert slugified == ["!!", "!!"] and [term._slug for term in terms] == ["", ""]
