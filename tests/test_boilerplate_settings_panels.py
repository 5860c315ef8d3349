"""A page's reader-settings panel ("Text settings" over its size, width and colour
controls) is pasted with the story as a run of one-word lines. The header over a run of
controls is clutter, whatever the controls are called; a header-like line over the
story's sentences is left alone. Pages here are written for the rule, not copied."""

from chiptrail_normalise.body import build_body
from chiptrail_normalise.boilerplate import settings_panel_lines

PARA = "The Commerce Department said on Tuesday it would require licences for exports of advanced accelerators to a wider list of countries."
PARA2 = "Chipmakers have until the end of the quarter to apply, the department said, and existing orders will be reviewed case by case."


def body_texts(lines):
    return [block.text for block in build_body(lines, set())]


def test_a_settings_header_over_its_controls_is_clutter_up_to_the_story():
    lines = ["Display options", "Font", "Serif", "Sans", "Theme", "Light", "Dark", "Close panel", PARA, PARA2]
    assert settings_panel_lines(lines) == set(range(8))
    assert body_texts(lines) == [PARA, PARA2]


def test_blank_lines_between_the_controls_keep_the_panel_together():
    lines = [PARA, "Text size", "", "A-", "", "A", "", "A+", "", PARA2]
    assert body_texts(lines) == [PARA, PARA2]


def test_a_settings_header_with_no_controls_under_it_is_left_alone():
    lines = [PARA, "Reading settings", PARA2]
    assert settings_panel_lines(lines) == set()


def test_a_run_of_controls_stops_at_the_first_sentence():
    lines = ["Text settings", "Size", "Small", "Large", "Export rules tightened.", PARA]
    assert settings_panel_lines(lines) == {0, 1, 2, 3}
