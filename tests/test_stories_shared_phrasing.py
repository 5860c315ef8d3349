"""Story grouping stays linear when every article shares stock phrasing.

Articles of one saga repeat the same phrases ("the Commerce Department said", a quoted
statement, an outlet's boilerplate). Those shared shingles are no evidence of copying, and
if copy detection kept them every pair of articles would become a candidate to verify.
The work is counted (pairs verified), never timed.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from chiptrail_site.stories import StoryInput, StoryOptions, group_stories

VOCABULARY = [f"word{n}" for n in range(5000)]
STOCK_SENTENCES = [" ".join(random.Random(f"stock{k}").sample(VOCABULARY, 12)) for k in range(40)]
STOCK_PER_ARTICLE, OWN_PER_ARTICLE = 30, 6  # unrelated articles share about half their shingles
ARTICLES_PER_DAY = 4  # the archive grows over time: as many neighbours in a week at any size
COPY_EVERY = 10  # article 10k+5 republishes article 10k, with one sentence changed


def phrased_archive(size: int) -> tuple[list[StoryInput], dict[str, str]]:
    """``size`` articles made mostly of stock sentences, and the planted copy → original map."""
    articles, copies = [], {}
    for number in range(size):
        copied = number % COPY_EVERY == 5
        sentences = _sentences(number - 5 if copied else number)
        if copied:
            sentences[-1] = " ".join(random.Random(f"edit{number}").sample(VOCABULARY, 12))
            copies[_key(number)] = _key(number - 5)
        day = date(2025, 1, 1) + timedelta(days=number // ARTICLES_PER_DAY)
        articles.append(StoryInput(key=_key(number), title=f"Report {number}", text=". ".join(sentences),
                                   date=day, chips=["H20"]))
    return articles, copies


def _sentences(number: int) -> list[str]:
    rng = random.Random(number)
    own = [" ".join(rng.sample(VOCABULARY, 12)) for _ in range(OWN_PER_ARTICLE)]
    sentences = rng.sample(STOCK_SENTENCES, STOCK_PER_ARTICLE) + own
    rng.shuffle(sentences)
    return sentences


def _key(number: int) -> str:
    return f"report-{number:05d}"


def test_stock_phrasing_shared_by_every_article_makes_no_copy():
    articles, planted = phrased_archive(400)
    assert group_stories(articles).duplicate_of == planted


def test_verified_pairs_grow_linearly_when_articles_share_stock_phrasing():
    small = group_stories(phrased_archive(200)[0]).pairs_verified
    large = group_stories(phrased_archive(800)[0]).pairs_verified
    assert large <= 4.5 * small  # four times the articles: linear is 4×, all pairs 16×
    assert large <= 30 * 800


def test_no_article_verifies_more_candidates_than_the_cap():
    """One busy day: every article in the window is a candidate of every later one."""
    articles = [StoryInput(key=_key(n), title="Nvidia H20 licences", text=". ".join(_sentences(n)),
                           date=date(2025, 1, 1), chips=["H20"]) for n in range(200)]
    options = StoryOptions(max_checks_per_article=5)
    index = group_stories(articles, options)
    assert index.pairs_verified <= 2 * 5 * len(articles)  # copy and same-development checks
    assert len(index.stories) == 1, "the closest candidates are enough to join one story"
