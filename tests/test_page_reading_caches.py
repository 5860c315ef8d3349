"""The per-page caches of the source and date readers (perf round 24) are keyed on the
page's lines, not on the list holding them: a list changed after a first reading, or
another page, is read afresh."""

from datetime import date

from chiptrail_normalise import dates, source


def test_the_top_and_tail_lines_follow_the_lines_not_the_list():
    lines = ["Chip Wire", "", "Nvidia resumes H20 sales", "Body text of the story."]
    assert source._top(lines)[0] == (0, "Chip Wire")
    assert source._tail(lines)[-1] == (3, "Body text of the story.")
    lines[0] = "  Other Wire  "
    lines.append("© 2025 Other Wire")
    assert source._top(lines)[0] == (0, "Other Wire")
    assert source._tail(lines)[-1] == (4, "© 2025 Other Wire")


def test_the_top_and_tail_lines_are_fresh_lists():
    lines = ["Chip Wire", "Nvidia resumes H20 sales"]
    source._top(lines).clear()
    source._tail(lines).clear()
    assert len(source._top(lines)) == 2 and len(source._tail(lines)) == 2


def test_the_page_chrome_is_read_again_for_changed_lines():
    lines = ["Nvidia resumes H20 sales", "Body text of the story.", "www.euronews.com"]
    found = source.find_page_chrome(lines)
    assert found is not None and found[0] == [2]
    lines[2] = "Thanks for reading."
    assert source.find_page_chrome(lines) is None


def test_the_head_of_the_dates_reader_follows_the_lines():
    lines = ["Nvidia resumes H20 sales", "July 15, 2025"]
    assert dates._head(lines) == ((1, "Nvidia resumes H20 sales"), (2, "July 15, 2025"))
    lines[1] = "August 1, 2025"
    assert dates._head(lines)[-1] == (2, "August 1, 2025")
    assert dates.extract_date(lines).value == date(2025, 8, 1)


def test_a_found_date_is_the_same_asked_again_and_in_either_order():
    first = dates.find_date("Published 03/04/2025 by the desk")
    again = dates.find_date("Published 03/04/2025 by the desk")
    day_first = dates.find_date("Published 03/04/2025 by the desk", True)
    assert first == again and first.value == date(2025, 3, 4)
    assert day_first.value == date(2025, 4, 3)
