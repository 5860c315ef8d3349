"""Slugs: short, readable, ASCII, and never the same for two articles."""

from chiptrail_normalise.slugs import MAX_SLUG_LENGTH, slugify, unique_slug


def test_slug_is_lowercase_words_joined_by_hyphens():
    assert slugify("Report: China Approves Nvidia's H200 — After Weeks!") == (
        "report-china-approves-nvidia-s-h200-after-weeks"
    )


def test_non_latin_titles_are_transliterated_not_dropped():
    assert slugify("Huawei 华为 Ascend café") == "huawei-hua-wei-ascend-cafe"


def test_long_titles_are_cut_at_a_word_boundary_within_the_limit():
    title = "Nvidia restarts AI chip sales to China " * 5

    slug = slugify(title)

    assert len(slug) <= MAX_SLUG_LENGTH
    assert title.lower().replace(" ", "-").startswith(slug + "-")


def test_a_single_overlong_word_is_cut_hard():
    assert slugify("x" * 100) == "x" * MAX_SLUG_LENGTH


def test_unique_slug_keeps_a_free_slug():
    assert unique_slug(["h20-approved"], {"other"}) == "h20-approved"


def test_colliding_slugs_get_numbered_suffixes():
    assert unique_slug(["h20"], {"h20"}) == "h20-2"
    assert unique_slug(["h20"], {"h20", "h20-2"}) == "h20-3"


def test_numbered_slug_stays_within_the_limit():
    base = slugify("word " * 40)

    slug = unique_slug([base], {base})

    assert len(slug) <= MAX_SLUG_LENGTH and slug.endswith("-2")


def test_empty_candidates_fall_through_to_the_next_then_to_article():
    assert unique_slug(["", "003-x"], set()) == "003-x"
    assert unique_slug(["", ""], {"article"}) == "article-2"
