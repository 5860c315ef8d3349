"""The quick tests that spare the page's rules work: each must answer as the full test does.

A word count told from a few parts of a line (``text.words_up_to``, as boilerplate asks it), the end of an
agency's signature looked for before the signature (``page_layout.AGENCY_SIGNATURE_END``),
the body's wrap width read from the lines as the body collapses them (``body.wrap_width``)."""

import pytest

from chiptrail_normalise.body import _units, wrap_width
from chiptrail_normalise.page_layout import AGENCY_SIGNATURE, AGENCY_SIGNATURE_END, _is_signed_by_an_agency
from chiptrail_normalise.text import words_up_to

TEXTS = ["", "   ", "one", "one two", "  one  two  three  ", "a b c d e f", "a b c d e f g", "a\tb\u3000c d e f g h i j k"]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("most", [1, 2, 3, 6, 10])
def test_at_most_words_counts_as_a_full_split_does(text, most):
    assert (words_up_to(text, most + 1) <= most) == (len(text.split()) <= most)


@pytest.mark.parametrize(
    "line",
    [
        "Nvidia's chief executive at a trade fair in Taipei - AFP",
        "The company said it would resume sales in 2022. — Reuters",
        "A prototype shown at the fair – Xinhua",
        "Prices rose by 3 per cent - and more",
        "A line with no dash at all, and a Name at its end",
        "Short - lower case",
    ],
)
def test_a_signature_ends_as_its_quick_test_says(line):
    """Wherever the full signature matches, its end does: the quick test never hides one."""
    if AGENCY_SIGNATURE.search(line):
        assert AGENCY_SIGNATURE_END.search(line)


def test_signed_captions_are_still_found():
    assert _is_signed_by_an_agency("Nvidia's chief executive at a trade fair in Taipei - AFP")
    assert not _is_signed_by_an_agency("Nvidia's chief executive at a trade fair in Taipei")


def test_wrap_width_reads_the_collapsed_lines():
    wrapped = ["word " * 12 + "end", "and " * 14 + "on", "more " * 12 + "text", "then " * 13 + "this", "last " * 12 + "line."]
    texts = [" ".join(line.split()) for line in wrapped]
    assert wrap_width(texts) == max(len(text) for text in texts)
    spaced = [line.replace(" ", "   ") for line in wrapped]  # as pasted, with wide gaps: the body reads them collapsed
    assert [unit for unit in _units(spaced, set(), frozenset())] == [unit for unit in _units(wrapped, set(), frozenset())]
