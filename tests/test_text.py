"""Small facts about a line of text that several extractors share."""

import re

from hypothesis import example, given
from hypothesis import strategies as st

from chiptrail_normalise.text import ends_sentence

STOP_THEN_CLOSING_MARKS = re.compile(r"[.!?…。！？][\"'”’)\]]*$")


@given(st.text(".!?…。！？\"'”’)] a\n\t\u3000", max_size=12))
@example("He said \"no.\"")
@example("(as planned.) ")
@example("a.b")
def test_a_sentence_ends_in_a_stop_and_closing_marks_only(text):
    assert ends_sentence(text) == bool(STOP_THEN_CLOSING_MARKS.search(text.strip()))


def test_lines_ending_without_a_stop_are_no_sentences():
    assert ends_sentence("Nvidia resumes H20 sales.”")
    assert ends_sentence("Why now?")
    assert not ends_sentence("Nvidia resumes H20 sales (Reuters)")
    assert not ends_sentence("Read more ›")


def test_a_chinese_or_japanese_sentence_ends_in_a_full_width_stop():
    assert ends_sentence("寒武纪今年的处理器销售额也实现了强劲增长。")
    assert ends_sentence("英伟达会恢复对华销售吗？")
    assert not ends_sentence("【重点词汇】")
