"""``normalise``: the front-matter it lays out, and that no text can make it crash."""

import datetime
import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chiptrail_normalise.fields import FRONT_MATTER_ORDER, IngestError
from chiptrail_normalise.pipeline import normalise, sanitise

ARTICLE = """URL: https://www.reuters.com/technology/2025/07/15/nvidia-h20/
Tags: Nvidia, H20

Nvidia to resume H20 AI chip sales to China
By Karen Freifeld
WASHINGTON, July 15 (Reuters) - Nvidia said on Tuesday it will resume sales of its H20 chip to China after the US government assured it licences would be granted.
The company said it was filing applications with the Commerce Department, Bloomberg News reported.
Advertisement
"""


def test_meta_holds_front_matter_keys_in_contract_order_without_the_runners_keys():
    meta = normalise(ARTICLE).meta
    assert list(meta) == [key for key in FRONT_MATTER_ORDER if key in meta]
    assert not {"slug", "added", "raw", "raw_sha256", "ingest_sha256"} & set(meta)
    assert set(meta["confidence"]) == set(meta["evidence"]) == {"title", "date", "source", "chips", "stance"}


def test_header_address_source_author_tags_and_cites_reach_the_meta():
    meta = normalise(ARTICLE).meta
    assert meta["title"] == "Nvidia to resume H20 AI chip sales to China"
    assert meta["url"] == "https://www.reuters.com/technology/2025/07/15/nvidia-h20/"
    assert meta["source"] == "Reuters"
    assert meta["cites"] == ["Bloomberg"]
    assert meta["author"] == "Karen Freifeld"
    assert meta["tags"] == ["Nvidia", "H20"]
    assert meta["date"] == datetime.date(2025, 7, 15)
    assert meta["chips"][0] == "H20"


def test_optional_keys_are_omitted_when_unknown():
    meta = normalise("Nvidia to resume H20 AI chip sales to China\n" + "Nvidia will resume sales of H20 chips in China soon, it said.\n").meta
    assert not {"subtitle", "url", "author", "date_order"} & set(meta)
    assert meta["date"] is None and meta["source"] is None


def test_body_keeps_the_story_and_drops_headline_byline_and_clutter():
    body = normalise(ARTICLE).body
    assert body.startswith("WASHINGTON, July 15 (Reuters) - Nvidia said")
    assert "By Karen" not in body and "Advertisement" not in body and "# " not in body




MASTHEAD_PAGE = """Meridian Tech Review
Geopolitics · Semiconductors
Beijing blocks Nvidia's H200 at the border
By Sophie Lemaire
2026-01-14T16:05:00+01:00
Listen to this article
Chinese customs have told agents the H200 is not permitted, and officials told companies not to buy it unless "absolutely necessary", people briefed said.
"Unless absolutely necessary" – the phrase officials used
The instructions stop short of a formal ban, and it is not clear whether they will last.
Subscribe to continue reading
"""


def test_a_masthead_page_gives_publisher_headline_and_a_body_without_pull_quotes_or_paywall():
    result = normalise(MASTHEAD_PAGE)
    assert (result.meta["title"], result.meta["source"]) == ("Beijing blocks Nvidia's H200 at the border", "Meridian Tech Review")
    paragraphs = result.body.strip().split("\n\n")
    assert [p.split()[0] for p in paragraphs] == ["Chinese", "The"]
@pytest.mark.parametrize("text", ["", "   \n\n", "Menu\nHome\n", "\x00\x01\x02", "Leave a Reply\n0 replies\n"])
def test_text_with_nothing_article_like_raises_ingest_error(text):
    with pytest.raises(IngestError, match="no usable text"):
        normalise(text)


def test_control_characters_and_bidi_overrides_are_removed_but_newlines_and_words_stay():
    text, warnings = sanitise("A\x00B\u202eC\r\nD\u00a0E\u200dF")
    assert text == "ABC\nD E\u200dF" and warnings == []


@given(st.text("a \t\n\r\x0b\x0c\x85\u2028\u2029\x00\u202e\u00a0\u3000\u200b\u200d’", max_size=20))
def test_every_line_break_becomes_a_newline_and_every_odd_space_a_space(text):
    unified = re.sub(r"\r\n|[\r\x0b\x0c\x85\u2028\u2029]", "\n", text)
    visible = re.sub("[\x00-\x08\x0e-\x1f\u200b\u202a-\u202e]", "", unified)
    assert sanitise(text)[0] == re.sub("[\u00a0\u3000]", " ", visible).replace("\t", " ")


def test_pathological_sizes_are_capped_with_a_warning():
    text, warnings = sanitise(("x" * 30_000 + "\n") * 3)
    assert max(len(line) for line in text.split("\n")) == 20_000
    assert warnings


def test_huge_inputs_finish_quickly():
    started = time.perf_counter()
    for text in ("a." * 50_000, "(" * 50_000, "Nvidia H20 China. " * 20_000, "Short line\n" * 30_000):
        try:
            normalise(text)
        except IngestError:
            pass
    assert time.perf_counter() - started < 15


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=2000))
def test_any_text_gives_an_article_or_an_ingest_error(text):
    try:
        result = normalise(text)
    except IngestError:
        return
    assert result.meta["title"] and result.body.strip()


def test_the_authors_name_line_is_neither_publisher_nor_body():
    text = "What the H200 decision means for China's AI labs\nLi Chen\nFollow\n6 min read\n" + (
        "Washington's decision to let Nvidia sell the H200 in China changes the calculus for every Chinese AI lab.\n"
        "Written by Li Chen\n"
    )
    result = normalise(text)
    assert (result.meta["author"], result.meta["source"]) == ("Li Chen", None)
    assert "Li Chen" not in result.body


def test_a_line_that_only_names_the_publisher_stays_out_of_the_body():
    text = "China says Nvidia violated antimonopoly law\nTech In Asia Digest\n" + (
        "China's market regulator said on Monday that a preliminary probe found Nvidia violated the law.\n"
        "© Agence France-Presse. Republished by Tech In Asia Digest.\n"
    )
    result = normalise(text)
    assert result.meta["source"] == "Tech In Asia Digest"
    assert "Tech In Asia Digest" not in result.body


def test_a_byline_repeated_under_the_story_is_dropped_from_the_body():
    text = (
        "Nvidia clears H20 shipments after licence assurance\n\nBy Jane Doe\n\n"
        "Nvidia said on Tuesday it will resume sales of its H20 chip to China after the US assured it of licences.\n\n"
        "The company said deliveries would start soon, according to a statement posted on its website.\n\n"
        "By Jane Doe (jane@example.com)\n"
    )
    result = normalise(text)
    assert result.meta["author"] == "Jane Doe"
    assert "jane@example.com" not in result.body


def test_an_outlet_credited_as_the_byline_still_names_the_publisher():
    text = (
        "FRANCE 24\n\nNvidia clears H20 shipments after licence assurance\n\nText by: FRANCE 24\n\n"
        "Beijing (AFP) – Nvidia said on Tuesday it will resume sales of its H20 chip to China after the US assured it.\n\n"
        "The company said deliveries would start soon, according to a statement posted on its website.\n"
    )
    assert normalise(text).meta["source"] == "France 24"


def test_lone_surrogates_are_removed_so_the_article_can_be_written():
    normalised = normalise("Nvidia H20 licences granted\n\nThe US granted \ud800licences for "
                           "H20 sales to China today, officials said.\n", name="x.txt")
    assert "\ud800" not in normalised.body
    normalised.body.encode("utf-8")


def test_an_ambiguous_numeric_date_is_read_day_first_when_the_publisher_writes_dates_so():
    text = ("Beijing tells buyers to pause H20 orders\n"
            "04/12/2025\n"
            "Source: somewhere\n\n"
            "China's regulators told companies to pause orders of Nvidia's H20 chips, people familiar said.\n")
    by_ft = "Source: Financial Times\n\n" + text.replace("Source: somewhere\n\n", "")
    by_unknown = "Source: chipblog.example\n\n" + text.replace("Source: somewhere\n\n", "")
    assert normalise(by_ft).meta["date"] == datetime.date(2025, 12, 4)
    assert normalise(by_unknown).meta["date"] == datetime.date(2025, 4, 12)


def test_the_dek_is_read_with_the_headline_for_the_stance():
    text = ("Nvidia's China business: what comes next\n"
            "Washington grants licences for H20 sales to resume\n"
            "By Jane Doe\n"
            "July 15, 2025\n\n"
            "Analysts have long debated how much of Nvidia's revenue depends on Chinese buyers, "
            "and the company has said little about its plans.\n\n"
            "The chipmaker declined to comment on its order book for the coming quarter.\n")
    meta = normalise(text).meta
    assert meta["subtitle"] == "Washington grants licences for H20 sales to resume"
    assert any("grants licences" in cue or "resume" in cue for cue in meta["stance_evidence"])
