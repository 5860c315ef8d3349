"""A story's last sentence signed with its agency in capitals ("... opposed the move.
REUTERS", as Asian papers sign wire copy) still ends the story: it stays in the body,
while the page's furniture after it goes."""

from chiptrail_normalise.page_layout import layout_clutter

HEADLINE = "US adds 140 Chinese firms to its export blacklist"
STORY = [
    "WASHINGTON – The Biden administration on Monday launched its third crackdown in three years on China's chip sector.",
    "The rules are aimed at slowing China's development of advanced AI chips, officials said on a call with reporters.",
    "The US Commerce Department said the list includes chip toolmakers and investment firms from across the country.",
]


def test_a_last_sentence_signed_by_its_agency_in_capitals_stays_and_the_page_after_it_goes():
    lines = [HEADLINE, *STORY, "China's commerce ministry said it firmly opposed the move. REUTERS", "Top stories",
             "Swipe. Select. Stay informed."]
    assert [lines[index] for index in sorted(layout_clutter(lines, {0}))] == ["Swipe. Select. Stay informed."]


def test_a_clock_time_in_capitals_signs_nothing():
    lines = [HEADLINE, *STORY, "Most read", "END 1:41 P.M. EDT"]
    assert "END 1:41 P.M. EDT" in [lines[index] for index in layout_clutter(lines, {0})]


def test_a_wire_desks_lower_case_initials_under_the_story_are_its_sign_off():
    """Wire copy closes on its editors' initials ("bur-xyz/abc", "kl/ (Reuters, AFP)"),
    never on words; an upper-case pair such as "CPU/GPU" is not one."""
    from chiptrail_normalise.boilerplate import classify

    for line in ["bur-xyz/abc", "burs-pq/rs", "ab-cde/fg", "tw/mn", "kl/ (Reuters, AFP)"]:
        assert classify(line) == "credits", line
    for line in ["CPU/GPU", "Exports rose 4%/yr."]:
        assert classify(line) is None, line
