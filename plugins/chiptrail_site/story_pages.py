"""Story pages, and the "Also covered by …" links on every article of a story.

``stories.group_stories`` decides which articles report one development and which are
republished copies; this module turns its answer into what pages show. ``start_grouping``
starts the grouping (in a second process, ``stories_ahead``) before the articles are read,
``foresee_story`` hands it each article as it is read (to fingerprint meanwhile) and
``give_articles`` gives it the articles once all are; ``generate_output`` takes its
answer and gives each article ``story`` (its ``StoryPage``
or None), ``also_covered`` (the rest of its story as ``Coverage``) and ``duplicate_of``
(the article whose earlier copy it republishes, or None), then writes the stories index
and one page per story, at ``STORY_URL`` / ``STORY_SAVE_AS`` and ``STORIES_URL`` /
``STORIES_SAVE_AS`` like core's tag settings. Article pages are written before that, but
only recorded: ``site_writer`` renders every page at the end of the build, when each
article knows its story.

Undated articles reach the model without a date (their Pelican date is only the day they
were added), so they join a story only as copies of a dated text, never by date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import TYPE_CHECKING, Any

from pelican.contents import Article
from pelican.generators import Generator

from .facets import field_values, stance_breakdown

if TYPE_CHECKING:
    from .story_model import Story, StoryInput

# ``stories_ahead`` is imported where it is used, and ``stories`` and ``story_cache`` only
# in the story worker: they load numpy, which the build's own process never needs
# (story_model.py).

GROUPING = "chiptrail_story_grouping"  # the shared context's key for the started grouping

STORY_DEFAULTS = {
    "STORY_URL": "stories/{slug}/",
    "STORY_SAVE_AS": "stories/{slug}/index.html",
    "STORIES_URL": "stories/",
    "STORIES_SAVE_AS": "stories/index.html",
}


def apply_story_defaults(pelican) -> None:
    """Handler for ``initialized``: the story URL settings the user left out."""
    for key, value in STORY_DEFAULTS.items():
        pelican.settings.setdefault(key, value)


@dataclass(frozen=True)
class Coverage:
    """One article of a story; ``original`` is set when it republishes that article's text."""

    article: Any
    original: Any = None


@dataclass
class StoryPage:
    """A story as its page shows it: coverage earliest first, undated copies last."""

    story: Story
    coverage: list[Coverage]
    url: str
    save_as: str

    slug = property(lambda self: self.story.slug)
    title = property(lambda self: self.story.title)
    first_date = property(lambda self: self.story.first_date)
    last_date = property(lambda self: self.story.last_date)
    outlets = property(lambda self: self.story.sources)

    @property
    def reports(self) -> list[Coverage]:
        """Independent coverage: every article that is not a republished copy."""
        return [item for item in self.coverage if item.original is None]

    @property
    def republications(self) -> list[Coverage]:
        return [item for item in self.coverage if item.original is not None]

    @property
    def stances(self) -> dict[str, int]:
        """The stance mix of the independent reports (a copy repeats its original's)."""
        return stance_breakdown(item.article for item in self.reports)


class StoryGenerator(Generator):
    """The stories index, one page per story, and each article's place in its story."""

    def generate_context(self):
        """The grouping ``start_grouping`` started and ``give_articles`` gave the articles
        (or one started now); ``generate_output`` takes the answer (``stories_ahead``)."""
        self.grouping = self.context.pop(GROUPING, None)
        if self.grouping is None or self.grouping.inputs is None:
            self.grouping = grouping(self.settings)
            self.grouping.give(story_inputs(self.context))

    def attach(self, index) -> None:
        """Each article's place in its story, and the stories in the context."""
        articles = self.context["articles"]
        by_key = {article.slug: article for article in articles}
        self.stories = sorted((self.story_page(story, by_key) for story in index.stories),
                              key=newest_first)
        attach_stories(self.stories, articles)
        self.context["stories"] = self.stories

    def story_page(self, story: Story, by_key: dict) -> StoryPage:
        coverage = [Coverage(by_key[m.key], by_key.get(m.duplicate_of)) for m in story.members]
        return StoryPage(story, coverage,
                         url=self.settings["STORY_URL"].format(slug=story.slug),
                         save_as=self.settings["STORY_SAVE_AS"].format(slug=story.slug))

    def generate_output(self, writer):
        self.attach(self.grouping.index())
        write = partial(writer.write_file, relative_urls=self.settings["RELATIVE_URLS"])
        write(self.settings["STORIES_SAVE_AS"], self.get_template("stories"), self.context,
              url=self.settings["STORIES_URL"], template_name="stories")
        template = self.get_template("story")
        for story in self.stories:
            write(story.save_as, template, self.context, url=story.url, story=story,
                  template_name="story")


def start_grouping(article_generator) -> None:
    """Handler for ``article_generator_init``: start the grouping before the articles are
    read, so that its second process loads the story model meanwhile (``stories_ahead``)."""
    article_generator.context[GROUPING] = grouping(article_generator.settings)


def foresee_story(content) -> None:
    """Handler for ``content_object_init``: an article just read goes to the grouping at
    once, whose second process fingerprints it while the rest are read (``stories_ahead``)."""
    context = getattr(content, "_context", None) or {}
    started = context.get(GROUPING)
    title, text = getattr(content, "title", None), getattr(content, "_content", None)
    if started is not None and isinstance(content, Article) and isinstance(title, str) \
            and isinstance(text, str):
        started.foresee(title, text)


def give_articles(article_generator) -> None:
    """Handler for ``article_generator_finalized``: give the grouping the articles as soon
    as they are read, so the facets, the timeline and every recorded page are made while
    a second process groups; the story generator runs after the facet generator (see
    ``get_generators``), and only it waits for the answer."""
    started = article_generator.context.get(GROUPING)
    if started is not None:
        started.give(story_inputs(article_generator.context))


def grouping(settings):
    """A grouping, started now (in a second process where one can run): it groups the
    inputs it is given (``give``) and answers when the story generator asks for it
    (``StoriesAhead.index``)."""
    from .stories_ahead import StoriesAhead

    return StoriesAhead(settings)


def story_inputs(context: dict) -> list[StoryInput]:
    return [story_input(article) for article in context["articles"]]


def story_input(article) -> StoryInput:
    """What the story model reads of an article: the chips it is *about* (a chip only
    mentioned must not tie two developments together) and no date when it is undated."""
    from .story_model import StoryInput

    undated = getattr(article, "undated", False)
    return StoryInput(
        key=article.slug,
        title=article.title,
        text=article.content,
        date=None if undated else article.date.date(),
        source=getattr(article, "source", None),
        chips=field_values(article, "chips_about") or field_values(article, "chips"),
        stance=getattr(article, "stance", None),
    )


def attach_stories(stories: list[StoryPage], articles) -> None:
    """Give every article its story, the rest of that story, and the copy it republishes."""
    for article in articles:
        article.story, article.also_covered, article.duplicate_of = None, [], None
    for story in stories:
        for item in story.coverage:
            item.article.story = story
            item.article.also_covered = [other for other in story.coverage if other is not item]
            item.article.duplicate_of = item.original


def newest_first(story: StoryPage) -> tuple:
    """Latest coverage first; a story of undated copies only has no date and comes last."""
    latest = story.last_date or date.min
    return (-latest.toordinal(), story.slug)
