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


def test_a_run_of_chinese_or_japanese_counts_as_words_by_its_characters():
    from chiptrail_normalise.text import word_count

    assert word_count("首页") == 1  # a menu entry stays one word
    assert word_count("英伟达违反反垄断法") == 5  # nine characters: a short headline's words
    assert word_count("H20也被卡了，英伟达在国内还能卖什么？") == 7  # runs on either side of the comma
    assert word_count("Nvidia resumes H20 sales") == 4


def test_a_chinese_or_japanese_sentence_ends_where_a_full_width_stop_meets_more_text():
    from chiptrail_normalise.text import first_sentence, sentence_count

    assert first_sentence("刚刚，网信办约谈英伟达。网信办的说法是：美方议员呼吁。") == "刚刚，网信办约谈英伟达。"
    assert sentence_count("他说：“好。”然后走了。") == 1  # a stop inside a quotation, then the sentence's own
    assert sentence_count("美方放行了。中方还没有表态！市场怎么看？") == 3


def test_a_chinese_or_japanese_character_runs_as_long_as_three_latin_letters():
    from chiptrail_normalise.text import latin_length

    assert latin_length("Nvidia resumes H20 sales") == 24
    assert latin_length("英伟达恢复销售") == 21
    assert latin_length("H20芯片") == 3 + 6
