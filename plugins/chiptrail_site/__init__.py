"""ChipTrail's Pelican plugin: facet pages, timeline, undated articles, raw provenance,
feeds, data exports, sitemap, the chip status chart and the search index.

Layers, as in Pelican: ``settings`` (defaults + validation of ``CHIPTRAIL_SITE``),
``frontmatter`` (metadata fixes before an Article exists), ``facets``, ``timeline``,
``status_chart``, ``structured_data``, ``data_export`` and ``sitemap`` (pure models and
renderers), ``links`` (URLs from settings), ``provenance`` (raw copies), ``feeds`` (the
writer's Atom entries) and ``generator`` (writes pages). ``search`` indexes a built site
with Pagefind and ``screens`` photographs it; both run after Pelican, from tasks.
``story_pages`` groups articles into stories (``stories``) and writes their pages.
``reader`` reads the YAML front-matter; ``build_manifest`` skips a build whose inputs
and output are unchanged; ``output_files`` leaves identical files untouched;
``render_once`` reuses an article's list entry. ``register`` only wires signals.
"""

from pelican import signals

from .build_manifest import skip_unchanged_builds
from .content_tree import confine_to_content_tree
from .core_taxonomies import skip_core_term_pages
from .feeds import get_writer
from .frontmatter import adapt_article_metadata
from .generator import FacetGenerator
from .reader import use_front_matter_reader
from .render_once import add_render_once
from .settings import apply_defaults
from .story_pages import StoryGenerator, apply_story_defaults


def get_generators(pelican):
    """Stories first, so the facet generator's sitemap finds them in the context (one
    receiver returning both keeps the order fixed; blinker does not order receivers)."""
    return (StoryGenerator, FacetGenerator)


def register():
    signals.initialized.connect(apply_defaults)
    signals.initialized.connect(skip_unchanged_builds)
    signals.article_generator_init.connect(confine_to_content_tree)
    signals.page_generator_init.connect(confine_to_content_tree)
    signals.readers_init.connect(use_front_matter_reader)
    signals.generator_init.connect(add_render_once)
    signals.article_generator_context.connect(adapt_article_metadata)
    signals.article_generator_finalized.connect(skip_core_term_pages)
    signals.get_generators.connect(get_generators)
    signals.initialized.connect(apply_story_defaults)
    signals.get_writer.connect(get_writer)
