"""``is_ui_control`` counts the words of a line only as far as it needs to: the answer is
that of counting them all."""

from hypothesis import given
from hypothesis import strategies as st

from chiptrail_normalise.line_shapes import UI_CONTROL_MAX_WORDS, UI_VERBS, is_ui_control


def counted_in_full(text: str) -> bool:
    words = [word for word in text.split() if any(character.isalnum() for character in word)]
    return bool(words) and len(words) <= UI_CONTROL_MAX_WORDS and words[0].casefold() in UI_VERBS


def test_a_short_command_is_a_control_and_a_long_line_opening_with_one_is_not():
    verb = sorted(UI_VERBS)[0]
    assert is_ui_control(f"{verb.title()} to a list")
    assert not is_ui_control(f"{verb.title()} " + " ".join(["word"] * UI_CONTROL_MAX_WORDS))
    # punctuation is no word: "&" does not count towards the limit
    assert is_ui_control(f"{verb} " + " & " * 10 + " ".join(["x"] * (UI_CONTROL_MAX_WORDS - 1)))


@given(st.lists(st.sampled_from([*sorted(UI_VERBS)[:5], "&", "—", "news", "Share", "·", "a1"]), max_size=12))
def test_the_answer_is_that_of_counting_every_word(words):
    text = " ".join(words)
    assert is_ui_control(text) == counted_in_full(text)
