"""Pelican's content cache hashes each article once per build, and still notices edits."""

from __future__ import annotations

import contextlib
import hashlib
from collections import Counter
from pathlib import Path

from pelican import Pelican
from pelican.generators import ArticlesGenerator
from pelican.settings import read_settings

from sitebuild import ROOT, build_site

from chiptrail_site.build_manifest import CODE_DIGEST, read_manifest

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def read_articles(workdir: Path) -> ArticlesGenerator:
    """Read the articles of a built project as its next build would, writing nothing."""
    with contextlib.chdir(ROOT):
        settings = read_settings(str(ROOT / "pelicanconf.py"), override={
            "PATH": str(workdir / "content"), "OUTPUT_PATH": str(workdir / "output"),
            "PLUGIN_PATHS": [str(ROOT / "plugins")], "CACHE_PATH": str(workdir / "cache")})
    settings[CODE_DIGEST] = read_manifest(settings)["inputs"]["code"]  # as the build left it
    pelican = Pelican(settings)
    context = {**settings, "generated_content": {}, "static_links": set(),
               "static_content": {}, "localsiteurl": ""}
    generator = ArticlesGenerator(context=context, settings=settings, path=pelican.path,
                                  theme=pelican.theme, output_path=pelican.output_path)
    generator.generate_context()
    return generator


def count_hashes(monkeypatch) -> Counter:
    hashed, sha256 = Counter(), hashlib.sha256
    monkeypatch.setattr(hashlib, "sha256", lambda data=b"": hashed.update([data]) or sha256(data))
    return hashed


def test_a_rebuild_hashes_each_article_once(tmp_path, monkeypatch):
    build_site(tmp_path)
    hashed = count_hashes(monkeypatch)
    generator = read_articles(tmp_path)
    articles = [path.read_bytes() for path in (tmp_path / "content" / "articles").glob("*.md")]
    assert generator.articles
    assert [hashed[text] for text in articles] == [1] * len(articles)


def test_an_article_edited_since_the_last_build_is_read_again(tmp_path):
    build_site(tmp_path)
    article = tmp_path / "content" / "articles" / "china-rejects-h200.md"
    article.write_text(article.read_text(encoding="utf-8").replace(
        "China Rejects Nvidia H200", "China Turns Down Nvidia H200"), encoding="utf-8")
    titles = {item.title for item in read_articles(tmp_path).articles}
    assert "China Turns Down Nvidia H200 AI Chips Amid Export Rule Changes" in titles
