"""JSON-LD ``NewsArticle`` for article pages, built as a dict so the template can emit it
with ``tojson`` (which escapes ``<``, ``>``, ``&`` and ``'``: a headline containing
``</script>`` cannot end the script element).

Only what the archive knows goes in: no ``datePublished`` for an undated article, no
``author`` without a byline, page addresses only when the site has an address.
"""

from __future__ import annotations

from functools import partial

from markupsafe import Markup

from .output_files import absolute_url


def news_article(article, siteurl: str) -> dict:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": str(article.title),
        "description": Markup(getattr(article, "summary", "") or "").striptags() or None,
        "keywords": keywords(article) or None,
    }
    if not getattr(article, "undated", False):
        data["datePublished"] = article.date.strftime("%Y-%m-%d")
    if "author" in article.metadata:
        data["author"] = {"@type": "Person", "name": str(article.author)}
    if getattr(article, "source", None):
        data["publisher"] = {"@type": "Organization", "name": str(article.source)}
    if getattr(article, "original_url", None):
        data["isBasedOn"] = str(article.original_url)
    if siteurl:
        data["url"] = data["mainEntityOfPage"] = absolute_url(siteurl, article.url)
    return {key: value for key, value in data.items() if value is not None}


def keywords(article) -> list[str]:
    values = [*(getattr(article, "chips", None) or []), *(getattr(article, "tags", None) or [])]
    return list(dict.fromkeys(str(value) for value in values))


def add_news_article(generator) -> None:
    """Handler for ``generator_init``: templates call ``news_article(article)`` when they
    render an article's page, so the data is made only for the pages a build renders
    (one of 10,000 on a rebuild after adding an article), and in its render workers."""
    generator.env.globals["news_article"] = partial(news_article,
                                                    siteurl=generator.settings["SITEURL"])
