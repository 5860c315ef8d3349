"""ChipTrail's Pelican plugin: facet pages, timeline, undated articles, raw provenance,
feeds, data exports, sitemap, the chip status chart and the search index.

Layers, as in Pelican: ``settings`` (defaults + validation of ``CHIPTRAIL_SITE``),
``frontmatter`` (metadata fixes before an Article exists), ``facets``, ``timeline``,
``status_chart``, ``structured_data``, ``data_export`` and ``sitemap`` (pure models and
renderers), ``links`` (URLs from settings), ``provenance`` (raw copies), ``feeds`` (the
writer's Atom entries) and ``generator`` (writes pages). ``search`` indexes a built site
with Pagefind and ``screens`` photographs it; both run after Pelican, from tasks.
``story_pages`` groups articles into stories (``stories``) and writes their pages.
``register`` only wires signals.
"""

from pelican import signals

from .core_taxonomies import skip_core_term_pages
from .feeds import get_writer
from .frontmatter import adapt_article_metadata
from .generator import FacetGenerator
from .settings import apply_defaults
from .story_pages import StoryGenerator, apply_story_defaults


def get_generators(pelican):
    """Stories first, so the facet generator's sitemap finds them in the context (one
    receiver returning both keeps the order fixed; blinker does not order receivers)."""
    return (StoryGenerator, FacetGenerator)


def register():
    signals.initialized.connect(apply_defaults)
    signals.article_generator_context.connect(adapt_article_metadata)
    signals.article_generator_finalized.connect(skip_core_term_pages)
    signals.get_generators.connect(get_generators)
    signals.initialized.connect(apply_story_defaults)
    signals.get_writer.connect(get_writer)
