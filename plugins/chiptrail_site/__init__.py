"""ChipTrail's Pelican plugin: facet pages, timeline, undated articles, raw provenance,
feeds, data exports, sitemap, the chip status chart and the search index.

Layers, as in Pelican: ``settings`` (defaults + validation of ``CHIPTRAIL_SITE``),
``frontmatter`` (metadata fixes before an Article exists), ``facets``, ``timeline``,
``status_chart``, ``structured_data``, ``data_export`` and ``sitemap`` (pure models and
renderers), ``list_pages`` (the latest-articles list, numbered from the oldest article),
``links`` (URLs from settings), ``provenance`` (raw copies), ``feeds`` (the
writer's Atom entries) and ``generator`` (writes pages). ``search`` indexes a built site
with Pagefind and ``screens`` photographs it; both run after Pelican, from tasks.
``story_pages`` groups articles into stories (``stories``, in a second process while the
build goes on: ``stories_ahead``) and writes their pages.
``reader`` reads the YAML front-matter (``convert_ahead`` converts the Markdown ahead,
on every core; ``content_cache`` hashes each file once; ``content_store`` keeps the
finished articles and pages from one build to the next); ``build_manifest`` skips a
build whose inputs and output are unchanged; ``output_files`` leaves identical files
untouched; ``render_once`` reuses an article's list entry, in a build and the next
ones; ``site_writer`` renders pages at the end of the build, on every core
(``render_pool``), only those whose inputs changed (``page_digests``); ``forked``
runs a piece of the build in a forked process (render workers, story grouping);
``template_cache`` keeps compiled templates between builds; ``template_dates`` gives
them the ``day`` filter. ``content_lists`` orders
articles, checks their addresses and formats each once, in place of Pelican's
translation handling, which the settings turn off. ``garbage_collection`` keeps Python's
collector from scanning the whole context again and again while a build runs.
``register`` only wires signals.
"""

from pelican import signals

from .build_manifest import skip_unchanged_builds
from .content_cache import stamp_each_file_once
from .content_lists import prepare_article_lists, prepare_page_lists
from .content_store import keep_content_between_builds
from .content_tree import confine_to_content_tree
from .convert_ahead import convert_before_reading
from .core_taxonomies import skip_core_term_pages
from .frontmatter import adapt_article_metadata
from .garbage_collection import pause_collections
from .generator import FacetGenerator, SitemapGenerator
from .reader import use_front_matter_reader
from .render_once import add_render_once
from .settings import apply_defaults
from .site_writer import get_writer
from .story_pages import (StoryGenerator, apply_story_defaults, foresee_story, give_articles,
                          start_grouping)
from .structured_data import add_news_article
from .template_cache import cache_compiled_templates, quick_template_globals
from .template_dates import add_day_filter


def get_generators(pelican):
    """Facets, then stories, whose grouping (given the articles when they were read) is
    waited for as late as can be, then the sitemap, which lists both (one receiver
    returning all three keeps the order fixed; blinker does not order receivers)."""
    return (FacetGenerator, StoryGenerator, SitemapGenerator)


def register():
    signals.initialized.connect(apply_defaults)
    signals.initialized.connect(skip_unchanged_builds)
    signals.initialized.connect(pause_collections)
    signals.article_generator_init.connect(confine_to_content_tree)
    signals.page_generator_init.connect(confine_to_content_tree)
    signals.readers_init.connect(use_front_matter_reader)
    signals.article_generator_init.connect(convert_before_reading)
    signals.article_generator_init.connect(stamp_each_file_once)
    signals.article_generator_init.connect(keep_content_between_builds)
    signals.page_generator_init.connect(keep_content_between_builds)
    signals.page_generator_init.connect(stamp_each_file_once)
    signals.generator_init.connect(add_render_once)
    signals.generator_init.connect(add_news_article)
    signals.generator_init.connect(cache_compiled_templates)
    signals.generator_init.connect(quick_template_globals)
    signals.generator_init.connect(add_day_filter)
    signals.article_generator_context.connect(adapt_article_metadata)
    signals.article_generator_finalized.connect(skip_core_term_pages)
    signals.article_generator_init.connect(start_grouping)
    signals.content_object_init.connect(foresee_story)
    signals.article_generator_finalized.connect(give_articles)
    signals.article_generator_pretaxonomy.connect(prepare_article_lists)
    signals.page_generator_finalized.connect(prepare_page_lists)
    signals.get_generators.connect(get_generators)
    signals.initialized.connect(apply_story_defaults)
    signals.get_writer.connect(get_writer)
