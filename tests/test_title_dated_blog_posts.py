"""A blog post or newsletter issue sets its title under the day's date and over its text,
under the site's name and tagline: the title is the line under the date, however short,
the tagline is never it (even when it is a full sentence), and the first paragraph under
the title is the post's text, not a dek."""

from chiptrail_normalise.title import extract_title

LEAD = "Commerce did two things this afternoon that pull against each other, and both matter for exporters."
MORE = (
    "First, it started issuing licences for the H20 with a revenue share attached. Second, it told companies "
    "that using Huawei's Ascend chips anywhere could breach US export rules, which is a real tightening."
)
THIRD = "I will write more on the Ascend guidance later in the week, once the lawyers have read it properly."


def test_a_tagline_in_a_full_sentence_under_the_blogs_name_is_not_the_story_start():
    lines = [
        "https://tradenotes.example.com/2025/05/two-moves.html",
        "Trade Notes",
        "Notes on export rules and the technology trade, from a former compliance officer.",
        "Tuesday, May 13, 2025",
        "Two moves, one afternoon",
        LEAD, MORE, THIRD,
    ]
    title, subtitle = extract_title(lines)
    assert (title.value, subtitle.value) == ("Two moves, one afternoon", None)


def test_a_short_title_under_the_date_beats_the_newsletters_name():
    lines = ["The Weekly Wafer", "An occasional newsletter on AI infrastructure", "Jan 20, 2026",
             "Double Move Week", LEAD, MORE, THIRD]
    assert extract_title(lines)[0].value == "Double Move Week"


def test_the_first_paragraph_under_a_dated_title_is_the_posts_text_not_a_dek():
    lines = ["Trade Notes", "Menu", "Tuesday, May 13, 2025", "Licences with a toll attached", LEAD, MORE, THIRD]
    title, subtitle = extract_title(lines)
    assert (title.value, subtitle.value) == ("Licences with a toll attached", None)
