"""Render a fragment once per build and reuse its HTML wherever it appears again.

An article's entry in a list (title, date, source, chips, stance) appears on the home
page, the timeline, and every chip, stance, source and tag page it belongs to: about
eight renderings of the same HTML per article (issue 6). Templates wrap such a fragment
in ``{% call render_once(article, "name", SITEURL, ...) %}``: the first call renders the
body, later calls with the same key return that HTML. The key names everything the
fragment depends on besides the article; ``SITEURL`` is among them because relative URLs
differ with the depth of the page.

The HTML is kept on the article itself, so nothing outlives the build that made it.
"""

from __future__ import annotations

from markupsafe import Markup

CACHE_ATTRIBUTE = "rendered_once"


def render_once(content, *key, caller) -> Markup:
    """The body of the ``call`` block for ``content`` and ``key``, rendered once."""
    rendered = content.__dict__.setdefault(CACHE_ATTRIBUTE, {})
    html = rendered.get(key)
    if html is None:
        html = rendered[key] = caller()
    return html


def add_render_once(generator) -> None:
    """Handler for ``generator_init``: every generator's templates can call it."""
    generator.env.globals["render_once"] = render_once
