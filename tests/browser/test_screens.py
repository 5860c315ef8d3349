"""``chiptrail_site.screens``: the photographs behind ``invoke screens``."""

from __future__ import annotations

from sitebuild import built_site

from chiptrail_site.screens import MODES, page_types, take

PNG = b"\x89PNG\r\n\x1a\n"


def test_page_types_pick_the_newest_article_and_the_most_covered_chip():
    pages = page_types(built_site())
    assert pages["article"] == "articles/what-the-h20-means/"
    assert pages["chip"] == "chips/h20/"
    assert {"home", "chips", "timeline", "search", "about"} <= set(pages)


def test_take_saves_a_light_dark_and_phone_png_per_page(tmp_path, browser):
    saved = take(built_site(), tmp_path, pages={"chips": "chips/"}, browser=browser)
    assert sorted(p.name for p in saved) == sorted(f"chips-{mode}.png" for mode in MODES)
    assert all(p.read_bytes().startswith(PNG) for p in saved)
