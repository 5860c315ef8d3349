"""``sitemap.xml``: every page a reader would land on (articles, pages, facet and term
pages, the timeline, stories), not the search page, the 404 page or pagination pages.

``lastmod`` is left out: the archive knows when articles were published, not when each
page last changed.
"""

from __future__ import annotations

from xml.etree import ElementTree

NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9"


def render_sitemap(urls) -> bytes:
    """The sitemap XML for ``urls`` (absolute when the site has an address), each once."""
    root = ElementTree.Element("urlset", xmlns=NAMESPACE)
    for url in dict.fromkeys(urls):
        ElementTree.SubElement(ElementTree.SubElement(root, "url"), "loc").text = url
    ElementTree.indent(root)
    return ElementTree.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"
