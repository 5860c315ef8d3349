"""What each page shows, as a digest, so a rebuild renders only the pages it changes.

Adding one article changes a few dozen of a thousand pages, yet Pelican renders them all
(issue 6). A page's digest covers the code that renders it (settings, theme, plugin
source and library versions: the build manifest's ``code_digest``), its address, template
and page depth, the menu every page shows (``pages``; facet names come from settings) and
what the page itself shows, read from the templates of ``themes/chiptrail``:

- an article page: the article, its story (coverage, dates, outlets), the copy it
  republishes, and any other article passed beside it (neighbours, in a theme that shows
  them);
- a facet term page: the term (name, address, feed) and its articles, which decide its
  counts, dates, stances, statuses and chart;
- a story page: the story and its coverage;
- a numbered page of the latest-articles list (``list_pages``): its number, its articles
  and its neighbours' addresses (the home page, which counts every article and shows the
  chips overview, is a page of the whole site);
- every other page (the home page, timeline, facet overviews, stories index, search, 404,
  Markdown pages): the whole site, since any of them may count or list every article.

An article counts by its source file, its date (which may come from the file's time),
its addresses (page, raw copy) and the facet terms it links to, which is everything a
page shows of it (its text cannot link to other content: ingest escapes link syntax).
Where its own page is written (``save_as``) is no part of what other pages show; its
page's digest has that page's name.
``page-digests.json`` in ``CACHE_PATH`` keeps, per output file, the digest it was
rendered from and the size and modification time it was left with: a page is rendered
again only when either differs. A source file's hash is the one the build manifest took
of it when this build started (``CONTENT_HASHES``): a file edited since changes the
content digest, so the next build runs and renders the page again. A template that starts showing more on such a page must
be counted here too; ``tests/test_page_digests.py`` fails until it is.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from pelican.contents import Content

from .build_manifest import CONTENT_HASHES
from .facets import field_values
from .output_files import write_atomic

PAGE_MAP_NAME = "page-digests.json"


class PageDigests:
    """The digests of one build's pages; each article, story and term is digested once."""

    def __init__(self, context: dict, code: str):
        self.context, self.code = context, code
        self._digests: dict[int, str] = {}  # by id() of an object alive for the build
        self._file_hashes: dict[str, str] = context.get(CONTENT_HASHES) or {}
        self._menu = _digest(*map(self.content, context.get("pages", [])))

    def page(self, name: str, template_name: str, localcontext: dict, variables: dict) -> str:
        return _digest(self.code, self._menu, name, template_name,
                       localcontext.get("SITEURL"), localcontext.get("localsiteurl"),
                       *self.shown(variables))

    def shown(self, variables: dict) -> list[str]:
        """What the page shows besides the site's frame, by the kind of page."""
        if "term" in variables:
            return ["term", variables["facet"].name, self.term(variables["term"])]
        if "story" in variables:
            return ["story", self.story(variables["story"])]
        if "article" in variables:
            return ["article", *self.article_page(variables)]
        page = variables.get("list_page")
        if page is not None and page.number is not None:  # list_page.html
            return ["list", page.number, page.first_position, self.contents(page.articles),
                    *(neighbour.url if neighbour else None
                      for neighbour in (page.newer, page.older))]
        return ["site", self.site()]

    def article_page(self, variables: dict) -> list[str]:
        article = variables["article"]
        story = getattr(article, "story", None)
        others = [self.content(value) for key, value in sorted(variables.items())
                  if isinstance(value, Content) and key != "article"]
        return [self.content(article), str(variables.get("category")),
                self.story(story) if story else "",
                self.content(getattr(article, "duplicate_of", None)), *others]

    def term(self, term) -> str:
        return self._once(term, lambda: _digest(
            term.name, term.url, term.save_as, term.feed,
            *(self.contents(group) for group in (term.articles, term.about, term.mentions))))

    def story(self, story) -> str:
        return self._once(story, lambda: _digest(
            story.slug, story.url, story.title, story.first_date, story.last_date,
            story.outlets, *(self.content(item.article) + self.content(item.original)
                             for item in story.coverage)))

    def site(self) -> str:
        """Every article, page and story: what lists, counts and overviews are made of."""
        groups = [self.context.get(key, []) for key in
                  ("articles", "hidden_articles", "pages", "hidden_pages")]
        return self._once(self.context, lambda: _digest(
            *map(self.contents, groups), *map(self.story, self.context.get("stories", []))))

    def contents(self, items) -> str:
        return _digest(*map(self.content, items))

    def content(self, item) -> str:
        """An article or page: its source file, addresses (its page's and its raw copy's),
        and the terms it links to."""
        if item is None:
            return "-"
        return self._once(item, lambda: _digest(
            item.source_path, self.file_hash(item.source_path),
            getattr(item, "date", None), item.url, getattr(item, "raw_url", None),
            *self.term_links(item)))

    def file_hash(self, path: str) -> str:
        """The file's sha256, as this build's content digest took it, else read now."""
        known = self._file_hashes.get(path)
        return known or hashlib.sha256(Path(path).read_bytes()).hexdigest()

    def _once(self, item, digest) -> str:
        key = id(item)
        if key not in self._digests:
            self._digests[key] = digest()
        return self._digests[key]

    def term_links(self, item) -> list:
        """The address of each facet term the item names (None for a term with no page)."""
        links = []
        for facet in (self.context.get("facets") or {}).values():
            for value in field_values(item, facet.spec["field"]):
                term = facet.term_for(value)
                links.append((facet.name, value, term.url if term else None))
        return links


def _digest(*parts) -> str:
    """The SHA-256 of ``parts``' ``repr``: strings, numbers, None, dates and tuples or
    lists of them, whose ``repr`` names the value alone (not where it sits in memory),
    so a digest is the same in every process and every run (kept from one build to the
    next). Half the cost of writing them as JSON (~5 ms of 2,800 digests at 1,000
    articles)."""
    return hashlib.sha256(repr(parts).encode("utf-8", "surrogatepass")).hexdigest()


def page_map_path(settings) -> Path:
    return Path(settings["CACHE_PATH"], PAGE_MAP_NAME)


def read_page_map(settings) -> dict[str, list]:
    """Output name -> [digest, size, modification time] as the last build left them."""
    try:
        pages = json.loads(page_map_path(settings).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return pages if isinstance(pages, dict) else {}


def write_page_map(settings, pages: dict[str, list]) -> None:
    write_atomic(page_map_path(settings), json.dumps(pages, sort_keys=True).encode("utf-8"))
