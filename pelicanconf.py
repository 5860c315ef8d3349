"""Pelican settings for a local build of ChipTrail (``invoke build``).

``publishconf.py`` imports this file and changes what differs for a public site.
"""

# No AUTHOR: Pelican would credit every article to it; authors come from front-matter.
SITENAME = "ChipTrail"
SITESUBTITLE = "An archive of the US–China AI-chip export-control saga"
SITEURL = ""
RELATIVE_URLS = True

PATH = "content"
ARTICLE_PATHS = ["articles"]
PAGE_PATHS = ["pages"]
# Raw files are sources, never content: no reader may pick them up, and HTML is never
# read as content anywhere (raw .html pages will sit in content/raw).
ARTICLE_EXCLUDES = ["raw"]
PAGE_EXCLUDES = ["raw"]
STATIC_PATHS = []
READERS = {"html": None, "htm": None}
IGNORE_FILES = [".#*", "*~", "*.tmp"]

THEME = "themes/chiptrail"
PLUGIN_PATHS = ["plugins"]
# chiptrail_site installs the front-matter reader (pelican-yaml-metadata's, with libyaml).
PLUGINS = ["chiptrail_site"]

# Pelican's content cache (in CACHE_PATH) keeps each finished article and page until its
# file's content changes (by hash, not file time, so a copy that keeps an old mtime is
# still re-read): a rebuild after adding one article reads and makes one article. It
# caches at the generator layer, whose store the site plugin keeps (content_store.py:
# Pelican's own would pickle the whole build context with every article); the plugin's
# build manifest skips loading it when settings or plugin code changed, and its
# content_cache.py hashes each file once per build. Uncompressed, as gzip took about
# half of a rebuild's reading.
CACHE_CONTENT = True
LOAD_CONTENT_CACHE = True
CONTENT_CACHING_LAYER = "generator"
CHECK_MODIFIED_METHOD = "sha256"
GZIP_CACHE = False

TIMEZONE = "UTC"
DEFAULT_LANG = "en"
# One language, so no translations: Pelican's translation grouping is quadratic (1.5 s at
# 10,000 articles). The site plugin's content_lists.py keeps what it gave: articles of
# the same date listed by slug, and an error for two files with the same address.
ARTICLE_TRANSLATION_ID = None
PAGE_TRANSLATION_ID = None
DEFAULT_DATE_FORMAT = "%Y-%m-%d"
DELETE_OUTPUT_DIRECTORY = False
# Titles and other front-matter text are plain text: escape them in every template.
# The theme does not change while a build runs, so Jinja need not check a template's file
# each time a page includes or imports it (auto_reload: ~20 stat calls per article page,
# ~10 % of rendering one); each build makes its environments, and loads the templates, anew.
JINJA_ENVIRONMENT = {"trim_blocks": True, "lstrip_blocks": True, "autoescape": True,
                     "auto_reload": False}

ARTICLE_URL = "articles/{slug}/"
ARTICLE_SAVE_AS = "articles/{slug}/index.html"
PAGE_URL = "{slug}/"
PAGE_SAVE_AS = "{slug}/index.html"
DRAFT_SAVE_AS = ""

# The home page and the older pages of the latest-articles list are written by the site
# plugin, numbered from the oldest article (CHIPTRAIL_SITE's LIST_PAGE_URL, page/{number}/),
# so adding an article leaves the pages older than it as they are; Pelican's index would
# number them from the newest and shift every one.
DEFAULT_PAGINATION = 20
DIRECT_TEMPLATES = []
PAGINATED_TEMPLATES = {}

# Pelican's own term pages are off: the chiptrail_site facets below write chips,
# stances, sources and tags pages in one linear pass. TAG_URL/TAG_SAVE_AS are shared
# with the "tag" facet so core Tag objects and our tag pages agree.
CATEGORY_SAVE_AS = ""
CATEGORIES_SAVE_AS = ""
AUTHOR_SAVE_AS = ""
AUTHORS_SAVE_AS = ""
ARCHIVES_SAVE_AS = ""
YEAR_ARCHIVE_SAVE_AS = ""
MONTH_ARCHIVE_SAVE_AS = ""
DAY_ARCHIVE_SAVE_AS = ""

CHIP_URL = "chips/{slug}/"
CHIP_SAVE_AS = "chips/{slug}/index.html"
CHIPS_URL = "chips/"
CHIPS_SAVE_AS = "chips/index.html"
STANCE_URL = "stances/{slug}/"
STANCE_SAVE_AS = "stances/{slug}/index.html"
STANCES_URL = "stances/"
STANCES_SAVE_AS = "stances/index.html"
SOURCE_URL = "sources/{slug}/"
SOURCE_SAVE_AS = "sources/{slug}/index.html"
SOURCES_URL = "sources/"
SOURCES_SAVE_AS = "sources/index.html"
TAG_URL = "tags/{slug}/"
TAG_SAVE_AS = "tags/{slug}/index.html"
TAGS_URL = "tags/"
TAGS_SAVE_AS = "tags/index.html"

# The site plugin's one dict setting. Facets are declared like Hugo taxonomies:
# "field" is the front-matter key grouped by; "about" (chips) names the field that
# says which terms an article is about, the rest being mentions; "chart" draws the
# status chart (one lane per term along a time axis) on the overview and term pages.
CHIPTRAIL_SITE = {
    "FACETS": {
        "chip": {"field": "chips", "plural": "chips", "title": "Chips",
                 "order": "count", "about": "chips_about", "chart": True},
        "stance": {"field": "stance", "plural": "stances", "title": "Stances",
                   "order": ["easing", "tightening", "mixed", "neutral"]},
        "source": {"field": "source", "plural": "sources", "title": "Sources",
                   "order": "name"},
        "tag": {"field": "tags", "plural": "tags", "title": "Tags", "order": "name"},
    },
    # Other keys (older list pages, timeline, raw copies, search, 404, sitemap and data-export addresses,
    # HOME_CHIPS, CHART_LANES) keep the defaults listed in plugins/chiptrail_site/settings.py.
}

# Read by the ingest task (invoke ingest), not by Pelican.
CHIPTRAIL_INGEST = {"RAW_DIR": "content/raw", "OUT_DIR": "content/articles", "DAY_FIRST": False}

# Feeds need the site's address, so only publishconf.py turns them on: FEED_ALL_ATOM for
# the archive, <FACET>_FEED_ATOM per chip, stance and source (see plugins/chiptrail_site/
# feeds.py: undated articles never get a publication date in a feed).
FEED_ALL_ATOM = None
FEED_ALL_RSS = None
CATEGORY_FEED_ATOM = None
CATEGORY_FEED_RSS = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
TAG_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
