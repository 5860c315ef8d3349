"""Build a real ChipTrail site once per test session from the fixture articles.

The site tests (build, links, HTML validity, browser) share one local build with its
search index, ``built_site()``, and one build with the publishing settings (absolute
URLs, canonical links, feeds), ``published_site()``. Both are cached, and their temporary
directories are removed when the interpreter exits.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import shutil
import tempfile
from pathlib import Path

from pelican import Pelican
from pelican.settings import read_settings

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@functools.cache
def built_site() -> Path:
    """The output directory of a full local build of the fixture content, indexed for
    search as ``invoke build`` does."""
    from chiptrail_site.search import index_site

    output = build_site(_workdir())
    index_site(output)
    return output


@functools.cache
def published_site() -> Path:
    """The output directory of the fixture content built with ``publishconf.py``."""
    return build_site(_workdir(), settings_file="publishconf.py")


def _workdir() -> Path:
    workdir = Path(tempfile.mkdtemp(prefix="chiptrail-site-"))
    atexit.register(shutil.rmtree, workdir, ignore_errors=True)
    return workdir


def build_site(workdir: Path, settings_file="pelicanconf.py", extra_articles=None,
               **overrides) -> Path:
    """Build the fixture articles (plus ``extra_articles``, file name to text), raw files
    and the real About page into ``workdir``."""
    content = workdir / "content"
    shutil.copytree(FIXTURES / "articles", content / "articles")
    for name, text in (extra_articles or {}).items():
        (content / "articles" / name).write_text(text, encoding="utf-8")
    shutil.copytree(FIXTURES / "articles_raw", content / "raw")
    shutil.copytree(ROOT / "content" / "pages", content / "pages")
    output = workdir / "output"
    with contextlib.chdir(ROOT):  # publishconf.py imports pelicanconf from here
        settings = read_settings(str(ROOT / settings_file), override={
            "PATH": str(content),
            "OUTPUT_PATH": str(output),
            "THEME": str(ROOT / "themes" / "chiptrail"),
            "PLUGIN_PATHS": [str(ROOT / "plugins")],
            "CACHE_PATH": str(workdir / "cache"),
            # Five articles: the home page holds the newest three, page/1/ the oldest two,
            # so the links between list pages are built and checked too.
            "DEFAULT_PAGINATION": 2,
            **overrides,
        })
    Pelican(settings).run()
    return output


def html_pages(output: Path) -> list[Path]:
    return sorted(output.rglob("*.html"))


def parse(path: Path):
    """The page as an ElementTree (html5lib, without XHTML namespaces)."""
    import html5lib

    return html5lib.parse(path.read_text(encoding="utf-8"), namespaceHTMLElements=False)


def text_of(element) -> str:
    return " ".join("".join(element.itertext()).split())
