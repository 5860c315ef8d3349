"""One generator for the latest-articles list, every declared facet, the timeline, the
search and 404 pages, the facet feeds, the data exports and the raw-file copies; and one
for the sitemap, which lists them all.

It runs after Pelican's article and page generators, so ``context["articles"]`` is
filled and their pages are written. In ``generate_context`` it builds the models and puts
them in the shared context (``facets``, ``timeline``) so every template, the home page
included, can use them; in ``generate_output`` it loads each template once and writes one
page per term, in a single pass over the articles (linear, unlike Pelican's tag writer).

A new kind of page written here goes through ``write_page``, which also lists it in the
sitemap: ``SitemapGenerator`` writes it last, after ``story_pages.StoryGenerator`` (which
runs after this one, so the build waits for the story grouping as late as it can; see
``register``) has put the stories in the context.
"""

from __future__ import annotations

from functools import partial

from pelican.generators import Generator, PelicanTemplateNotFound

from .build_manifest import CONTENT_HASHES
from .data_export import join_csv, join_json
from .export_rows import ExportRows
from .facets import build_facet
from .links import FacetLinks
from .list_pages import list_pages
from .output_files import absolute_url
from .provenance import attach_raw_links, copy_raw_files
from .settings import SETTING
from .sitemap import render_sitemap
from .status_chart import build_status_chart
from .timeline import build_timeline


SITEMAP_URLS = "chiptrail_sitemap_urls"  # the facet generator's pages, for the sitemap


class FacetGenerator(Generator):
    """The home page and the older list pages, facet overview and term pages (chips,
    stances, sources, tags) with their feeds, timeline, search and 404 pages, data
    exports, raw files."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.env.filters["status_chart"] = build_status_chart

    def generate_context(self):
        self.site = self.settings[SETTING]
        articles = self.context["articles"]
        self.facets = {
            name: build_facet(name, spec, articles, FacetLinks(name, spec, self.settings))
            for name, spec in self.site["FACETS"].items()
        }
        self.timeline = build_timeline(articles)
        attach_raw_links(self._all_articles(), self.site, self.path,
                         self.settings.get(CONTENT_HASHES) or {})
        self.context["facets"] = self.facets
        self.context["timeline"] = self.timeline

    def generate_output(self, writer):
        self.sitemap_urls = []
        write = partial(writer.write_file, relative_urls=self.settings["RELATIVE_URLS"])
        self.generate_list_pages(write)
        for facet in self.facets.values():
            self.generate_facet(write, facet)
            self.generate_facet_feeds(writer, facet)
        self.generate_timeline(write)
        self.generate_search_page(write)
        self.generate_not_found_page(writer)
        copy_raw_files(self._all_articles(), writer)
        self.generate_data_exports(writer)
        self.context[SITEMAP_URLS] = self.sitemap_urls

    def write_page(self, write, save_as, template, url, **variables):
        """Write a page readers land on, and list it in the sitemap."""
        write(save_as, template, self.context, url=url, **variables)
        self.sitemap_urls.append(url)

    def generate_list_pages(self, write):
        """The home page and the older pages of the latest-articles list, numbered from
        the oldest (``list_pages``); only the home page is in the sitemap."""
        settings = self.settings
        home = (settings.get("INDEX_URL", ""), settings["INDEX_SAVE_AS"])
        numbered = (self.site["LIST_PAGE_URL"], self.site["LIST_PAGE_SAVE_AS"])
        for page in list_pages(self.context["articles"], settings["DEFAULT_PAGINATION"], home,
                               numbered):
            name = "index" if page.number is None else "list_page"
            write(page.save_as, self.get_template(name), self.context, url=page.url,
                  list_page=page, template_name=name, page_name=page.save_as.rpartition(".")[0])

    def generate_facet(self, write, facet):
        """The facet's overview page, then one page per term."""
        chart = partial(self.chart_terms, facet)
        overview = self.facet_template(facet.index_template, "facet_index")
        self.write_page(write, facet.save_as, overview, facet.url, facet=facet,
                        template_name=facet.index_template,
                        chart_terms=chart(facet.terms[: self.site["CHART_LANES"]]))
        term_template = self.facet_template(facet.template, "facet_term")
        for term in facet.terms:
            self.write_page(write, term.save_as, term_template, term.url, facet=facet,
                            term=term, articles=term.articles, page_name=term.page_name,
                            template_name=facet.template, paginated={},
                            chart_terms=chart([term]))

    def chart_terms(self, facet, terms):
        """The terms of the page's status chart, or None when the facet has none. The
        template draws it (``status_chart`` filter), so a chart is made only for a page
        that is rendered: a rebuild leaves most pages as they are."""
        return terms if facet.spec.get("chart") else None

    def facet_template(self, name, generic):
        """The facet's own template (``chip``, ``chips``) or the generic one, so a new
        facet declared in settings renders without any new template."""
        try:
            return self.get_template(name)
        except PelicanTemplateNotFound:
            return self.get_template(generic)

    def generate_facet_feeds(self, writer, facet):
        """One Atom feed per term when ``<FACET>_FEED_ATOM`` is set."""
        for term in facet.terms:
            if term.feed:
                writer.write_feed(term.articles, self.context, term.feed,
                                  feed_title=f"{facet.title}: {term.name}")

    def generate_timeline(self, write):
        self.write_page(write, self.site["TIMELINE_SAVE_AS"], self.get_template("timeline"),
                        self.site["TIMELINE_URL"], template_name="timeline")

    def generate_search_page(self, write):
        """Not in the sitemap: its content is whatever a reader searches for."""
        write(self.site["SEARCH_SAVE_AS"], self.get_template("search"), self.context,
              url=self.site["SEARCH_URL"], template_name="search")

    def generate_not_found_page(self, writer):
        """Served at any missing address, so its links cannot be relative to its place."""
        writer.write_file(self.site["NOT_FOUND_SAVE_AS"], self.get_template("not_found"),
                          self.context, relative_urls=False, template_name="not_found")

    def generate_data_exports(self, writer):
        """Each article's lines as the last build kept them when it is unchanged."""
        kept = ExportRows(self.settings)
        rows = [kept.rows(article) for article in self.context["articles"]]
        writer.write_bytes(self.site["DATA_JSON_SAVE_AS"], join_json([line for line, _ in rows]))
        writer.write_bytes(self.site["DATA_CSV_SAVE_AS"], join_csv([row for _, row in rows]))
        kept.save()

    def _all_articles(self):
        """Published and hidden articles: every article page links its raw file."""
        return [*self.context["articles"], *self.context.get("hidden_articles", [])]


class SitemapGenerator(Generator):
    """The sitemap, written after every other page of ours is known: home, articles and
    pages (written by Pelican), the facet generator's pages, then the stories index and
    story pages (``story_pages.StoryGenerator``)."""

    def generate_output(self, writer):
        urls = ["", *(a.url for a in self.context["articles"]),
                *(p.url for p in self.context.get("pages", [])),
                *self.context.get(SITEMAP_URLS, []), *self._story_urls()]
        siteurl = self.settings["SITEURL"]
        sitemap = render_sitemap(absolute_url(siteurl, url) if siteurl else f"/{url}"
                                 for url in urls)
        writer.write_bytes(self.settings[SETTING]["SITEMAP_SAVE_AS"], sitemap)

    def _story_urls(self):
        """The stories index and story pages, which story_pages.StoryGenerator wrote
        before this generator; their models are in the context."""
        if "stories" not in self.context:
            return []
        return [self.settings["STORIES_URL"], *(story.url for story in self.context["stories"])]
