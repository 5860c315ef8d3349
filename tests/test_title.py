"""The headline, its dek, and a derived title when the text has no headline."""

from chiptrail_normalise.title import extract_title, is_plausible_headline, is_prose

LEAD = (
    "Nvidia said on Tuesday it will resume sales of its H20 artificial intelligence chip to China "
    "after the U.S. government assured the company it would grant the licences it needs to ship them."
)
MORE = "The company said it was filing applications with the Commerce Department to sell the H20 again."


def title_of(lines, given=None):
    return extract_title(lines, given)[0]


def subtitle_of(lines, given=None):
    return extract_title(lines, given)[1].value


def test_the_first_line_is_the_headline_when_shaped_like_one():
    title = title_of(["China Rejects Nvidia H200 AI Chips Amid Export Rule Changes", LEAD, MORE])
    assert title.value == "China Rejects Nvidia H200 AI Chips Amid Export Rule Changes"
    assert title.details["derived"] is False
    assert title.confidence >= 0.9


def test_a_header_title_wins():
    title = title_of(["Some Other Line That Looks Like A Headline", LEAD], given="Header Title Here")
    assert (title.value, title.confidence) == ("Header Title Here", 1.0)


def test_duplicated_headline_lines_collapse_to_one():
    lines = ["Report: China approves import", "", "Report: China approves import", "", LEAD, MORE]
    title = title_of(lines)
    assert title.value == "Report: China approves import"
    assert title.details["lines"] == [0, 2]


def test_surrounding_quote_marks_are_stripped():
    assert title_of(["“Tech War Heats Up as Semiconductors Take Centre Stage”", LEAD, MORE]).value == (
        "Tech War Heats Up as Semiconductors Take Centre Stage"
    )


def test_a_quoted_question_headline_keeps_its_question_mark():
    assert title_of(["“Is the H20 worth fighting over?”", LEAD, MORE]).value == "Is the H20 worth fighting over?"


def test_a_joined_page_title_splits_into_title_and_subtitle():
    line = "Nvidia restarts AI chip sales to China - Restarting Sales of AI Chips to China: Nvidia's New Initiative"
    title, subtitle = extract_title([line, LEAD, MORE])
    assert title.value == "Nvidia restarts AI chip sales to China"
    assert subtitle.value == "Restarting Sales of AI Chips to China: Nvidia's New Initiative"


def test_a_second_clause_after_a_dash_that_tells_something_new_stays_in_the_headline():
    line = "Washington clears H200 exports to China – Beijing tells its buyers to wait"
    title, subtitle = extract_title([line, LEAD, MORE])
    assert title.value == line
    assert subtitle.value is None


def test_a_part_after_a_pipe_is_still_split_off_when_it_tells_something_new():
    line = "Export rules for the rest of us | Notes from a trade compliance desk"
    title, subtitle = extract_title([line, LEAD, MORE])
    assert (title.value, subtitle.value) == ("Export rules for the rest of us", "Notes from a trade compliance desk")


def test_a_known_outlet_after_the_title_is_the_site_not_a_subtitle():
    title, subtitle = extract_title(["Nvidia to resume H20 sales in China | Reuters", LEAD, MORE])
    assert title.value == "Nvidia to resume H20 sales in China"
    assert title.details["site"] == "Reuters"
    assert subtitle.value is None


def test_a_second_headline_under_the_headline_is_the_subtitle():
    lines = ["Report: China approves import of chips", "", "Nvidia’s H200 AI Chips Get Green Light in China", "", LEAD, MORE]
    assert subtitle_of(lines) == "Nvidia’s H200 AI Chips Get Green Light in China"


def test_a_dek_sentence_set_apart_by_page_furniture_is_the_subtitle():
    dek = "China's rejection of Nvidia's latest H200 AI chips underscores its strategic push for domestic AI chip independence."
    lines = ["China Rejects Nvidia H200 AI Chips", dek, "NEWSAI UPDATESGAMING NEWS", "digifusion", LEAD, MORE]
    assert subtitle_of(lines) == dek


def test_a_dek_sentence_followed_by_a_dateline_lead_is_the_subtitle():
    dek = "The company has sought permission to resume H20 GPU sales, and Washington has assured Nvidia that the licences will be issued."
    lines = ["Tech War Heats Up", "", dek, "", "(GlobalTimesAI.com) — " + LEAD, MORE]
    assert subtitle_of(lines) == dek


def test_a_posts_opening_line_in_the_writers_voice_or_leading_in_is_no_dek():
    headline = "US finalizes rule allowing H200 sales to China, and Beijing tells customs to stop them"
    for opening in (
        "Two pieces of news landed back to back and I haven't seen them discussed together yet.",
        "Summary of the FT report for those hitting the paywall:",
    ):
        assert subtitle_of([headline, opening, LEAD, MORE]) is None


def test_a_posts_opening_line_with_its_i_left_unsaid_is_no_dek():
    headline = "US finalizes rule allowing H200 sales to China, and Beijing tells customs to stop them"
    for opening in (
        "Trying to square the two headlines for anyone holding the stock.",
        "Writing this up because the filing is short and the coverage is paywalled.",
    ):
        assert subtitle_of([headline, opening, LEAD, MORE]) is None


def test_a_sentence_over_the_items_of_a_list_without_bullets_is_the_texts_lead_in_not_a_dek():
    headline = "Washington opens the door to H200 sales while Beijing holds its buyers back"
    opening = "Two things happened this week, in opposite directions."
    for first, second in (
        ("First, Commerce began issuing licences for the H200.", "Second, Beijing told buyers to hold off."),
        ("1) Commerce began issuing licences for the H200.", "2) Beijing told buyers to hold off."),
        ("Monday: Commerce began issuing licences for the H200.", "Tuesday: Beijing told buyers to hold off."),
    ):
        assert subtitle_of([headline, opening, first, second, MORE]) is None
    assert subtitle_of([headline, opening.rstrip("."), LEAD, MORE]) == opening.rstrip(".")  # set as a headline, over a news lead, it is the dek


def test_a_long_one_sentence_lead_stays_in_the_story():
    assert subtitle_of(["Nvidia to resume H20 sales to China", LEAD, MORE]) is None


def test_opening_clutter_before_the_headline_is_skipped():
    lines = [
        "(FILES) This photograph shows the logo of Nvidia at a fair. (Photo by I-Hwa Cheng / AFP)",
        "31 July, 2025",
        "https://www.chipnewswire.com/2025/08/19/nvidia-b30a/",
        "nvidia-b30a-blackwell-china-chip-trump",
        "Tag: Export Controls",
        "Showing posts tagged \"Export Controls\" – page 1 of 12",
        "Skip to content",
        "Technology",
        "China urges tech firms to avoid Nvidia H20 chips",
        LEAD,
    ]
    title = title_of(lines)
    assert title.value == "China urges tech firms to avoid Nvidia H20 chips"
    assert title.details["start"] == 8
    assert title.confidence < 0.9


def test_a_site_stamp_line_is_not_the_headline():
    lines = ["TechNode Daily | Aug 22, 2025", "Nvidia tells suppliers to halt H20 production", LEAD]
    assert title_of(lines).value == "Nvidia tells suppliers to halt H20 production"


def test_text_opening_with_prose_gets_a_derived_title_of_at_most_90_characters():
    prose = (
        "In the rapidly evolving landscape of artificial intelligence, few players have wielded as much "
        "influence on the underlying hardware as Nvidia. With its GPUs becoming the backbone of AI training."
    )
    title = title_of([prose, MORE])
    assert title.details["derived"] is True
    assert title.value == "In the rapidly evolving landscape of artificial intelligence, few players have wielded…"
    assert len(title.value) <= 90
    assert title.confidence < 0.5


def test_a_short_first_sentence_is_the_whole_derived_title():
    assert title_of(["Huawei's Ascend 910C is the default answer. " + MORE, MORE]).value == (
        "Huawei's Ascend 910C is the default answer"
    )


def test_no_headline_and_no_prose_gives_no_title():
    assert title_of(["Menu", "Home", ""]).value is None


def test_headline_plausibility():
    assert is_plausible_headline("Nvidia restarts AI chip sales to China")
    assert not is_plausible_headline("digifusion")
    assert not is_plausible_headline("Nvidia will resume sales of its chips to China, it said.")
    assert not is_plausible_headline("WASHINGTON, July 15 (Reuters) - Nvidia said")
    assert is_prose(LEAD)
    assert not is_prose("Looking Ahead")


def test_a_masthead_above_the_headline_is_the_page_naming_itself_not_the_headline():
    lines = ["Asia Business Daily", "World | China", "China says it has noted US decision on Nvidia H200 exports", LEAD]
    assert title_of(lines).value == "China says it has noted US decision on Nvidia H200 exports"
    shouted = ["MERIDIAN TECH REVIEW", "Beijing blocks Nvidia's H200 at the border", LEAD]
    assert title_of(shouted).value == "Beijing blocks Nvidia's H200 at the border"


def test_stacked_mastheads_and_law_firm_names_are_all_passed_over():
    lines = ["Focus Taiwan", "CNA English News", "Taiwan adds Huawei, SMIC to export control entity list", LEAD]
    assert title_of(lines).value == "Taiwan adds Huawei, SMIC to export control entity list"
    firm = ["Harlow & Finch LLP", "Insights", "BIS Extends Export Restrictions to Affiliates of Listed Entities", LEAD]
    assert title_of(firm).value == "BIS Extends Export Restrictions to Affiliates of Listed Entities"


def test_a_masthead_shaped_line_is_the_headline_when_nothing_else_is():
    assert title_of(["Chip Curbs Weekly", LEAD, MORE]).value == "Chip Curbs Weekly"


def test_a_sentence_case_headline_ending_in_news_is_not_a_masthead():
    lines = ["Nvidia shareholders get good news", "Shares rose 5 percent after the announcement", LEAD]
    assert title_of(lines).value == "Nvidia shareholders get good news"


def test_a_key_points_bullet_under_the_headline_is_never_the_dek():
    lines = ["Nvidia denies its chips have backdoors", "Key Points", "• Nvidia said its GPUs have no kill switches.", LEAD, MORE]
    assert subtitle_of(lines) is None


def test_a_headline_ending_in_an_abbreviation_is_still_a_headline():
    lines = ["The Japan Times", "BUSINESS / TECH", "Japan tightens chip equipment export rules in step with U.S.", LEAD]
    assert title_of(lines).value == "Japan tightens chip equipment export rules in step with U.S."


def test_a_social_media_post_has_a_derived_title_and_starts_below_the_profile():
    lines = ["Priya Raman", "Semiconductor policy analyst | Ex-BIS", "1d • Edited •", LEAD, MORE]
    title = title_of(lines)
    assert title.details["derived"] and title.details["start"] == 3
    assert title.value.startswith("Nvidia said on Tuesday")


def test_the_first_key_point_under_a_key_points_label_is_not_the_dek():
    lines = ["Nvidia to take $5.5 billion charge on H20", "Key Points", "Nvidia said it would take a charge.", LEAD, MORE]
    assert subtitle_of(lines) is None


def test_a_short_question_is_a_headline_even_unquoted():
    assert title_of(["Is the H20 ban working?", LEAD, MORE]).value == "Is the H20 ban working?"


def test_the_headline_is_found_below_a_long_menu():
    lines = ["Home | World | Tech", *["Markets", "Economy"] * 9, "China urges tech firms to avoid Nvidia H20 chips", LEAD]
    assert title_of(lines).value == "China urges tech firms to avoid Nvidia H20 chips"


def test_mastheads_stamps_and_news_leads_under_the_headline_are_not_deks():
    assert subtitle_of(["China says Nvidia violated antimonopoly law", "Tech In Asia Digest", "Mon, 15 Sep 2025", LEAD, MORE]) is None
    assert subtitle_of(["China approves first imports of H200 chips", "Thu, Jan 29, 2026 page10", LEAD, MORE]) is None
    lead = "President Trump said Monday that Nvidia may ship the H200 to China."
    assert subtitle_of(["Trump greenlights Nvidia H200 sales to China", lead, MORE, LEAD]) is None


def test_a_line_right_over_a_byline_is_the_headline_even_with_full_stops():
    lines = ["Opinion", "America's chip controls are leaking. Here's how to fix them.", "By Graham Webster", LEAD, MORE]
    assert title_of(lines).value == "America's chip controls are leaking. Here's how to fix them."


def test_a_line_over_the_site_menu_is_the_site_not_the_headline_but_a_lone_section_label_below_is_harmless():
    lines = ["Ministry of Commerce People's Republic of China", "Home > News > Spokesman's Remarks", "MOFCOM Spokesperson Comments on US Restrictions", LEAD]
    assert title_of(lines).value == "MOFCOM Spokesperson Comments on US Restrictions"
    lines = ["Tom's Hardware", "AMD plans to resume MI308 shipments to China", "News", LEAD]
    assert title_of(lines).value == "AMD plans to resume MI308 shipments to China"


def test_a_site_tagline_over_the_menu_and_headline_is_page_chrome():
    lines = [
        "Gadget Ledger",
        "Where silicon meets the state",
        "HARDWARE",
        "Huawei ramps up Ascend output as Nvidia waits on licences",
        "Foundry partners say packaging remains the bottleneck",
        "Priya Raman",
        "Mon 4 Aug 2025 // 09:12 UTC",
        LEAD,
    ]
    assert title_of(lines).value == "Huawei ramps up Ascend output as Nvidia waits on licences"


def test_a_section_label_right_over_the_headline_is_never_the_title():
    lines = ["Daily Courier", "News", "Money & Markets", "Export curbs widen to cover more AI accelerators", "By Jane Doe", LEAD]
    title = title_of(lines)
    assert title.value == "Export curbs widen to cover more AI accelerators"
    assert title.details["start"] == 3  # the chrome above is dropped from the body


def test_a_headline_is_the_line_followed_by_a_date_stamp_or_the_first_paragraph():
    lines = ["The fastest chip news on the web", "Menu", "Nvidia clears first H20 shipments under new licences", "Published 3:05 pm, Aug 4, 2025", LEAD]
    assert title_of(lines).value == "Nvidia clears first H20 shipments under new licences"


def test_a_forum_question_is_the_headline_under_the_forum_chrome():
    lines = ["Go to Forum Home", "r/hardware", "3 mo. ago", "gpu_fan_42", "Is the H20 still worth buying for inference in 2025?", "Discussion", LEAD]
    assert title_of(lines).value == "Is the H20 still worth buying for inference in 2025?"


def test_a_headline_repeated_under_itself_still_opens_the_article():
    headline = "China approves imports of Nvidia H200 chips after weeks of review"
    lines = [headline, "", headline, "", "A Strategic Win For Nvidia Amid Tech Tensions", "", LEAD]
    title = title_of(lines)
    assert (title.value, title.details["start"]) == (headline, 2)


def test_the_byline_block_between_a_page_title_and_its_repeat_is_page_furniture():
    headline = "Nvidia's Huang says China market share has fallen to zero"
    lines = [headline, "Reuters", "Story by Reuters", "• 3mo •", "2 min read", headline, LEAD]
    title = title_of(lines)
    assert (title.value, title.details["start"]) == (headline, 5)


def test_a_branded_key_points_label_also_keeps_its_first_point_in_the_story():
    lines = ["AMD flags charge on MI308 licences", "Editor's Key Points", "AMD expects a charge of $800 million.", LEAD, MORE]
    assert subtitle_of(lines) is None


def test_a_short_tagline_right_over_the_headline_is_page_chrome():
    lines = ["Silicon Herald", "Tech policy, decoded", "Nvidia cleared to sell H20 chips in China again", "July 15, 2025", LEAD]
    assert title_of(lines).value == "Nvidia cleared to sell H20 chips in China again"


def test_a_short_headline_is_still_found_when_nothing_longer_opens_the_article():
    assert title_of(["Menu", "Nvidia Resumes Sales", LEAD, MORE]).value == "Nvidia Resumes Sales"


def test_a_hard_wrapped_lead_breaking_after_a_word_no_line_ends_on_is_no_dek_whatever_case_follows():
    headline = "AMD to resume MI308 shipments to China once licences come through"
    lines = [headline, "",
             "Advanced Micro Devices said on Tuesday it plans to resume shipments of its",
             "MI308 accelerators to China after the US Commerce Department told the company",
             "that its licence applications would move forward for review and approval.", "", MORE]
    assert subtitle_of(lines) is None


def test_quick_refusals_give_the_whole_patterns_answers():
    """``_ends_on_an_initialism``, ``_addresses_reader`` and ``_is_contents_line`` refuse a
    line without what every match needs (a capital's full stop at its end, a "we" or "you"
    word anywhere, a middle dot or bullet) before running their patterns; where they run
    them, the answers are those of the patterns on the whole line."""
    from chiptrail_normalise.text import ends_sentence, word_count
    from chiptrail_normalise.title import (
        CONTENTS_ITEM_MAX_WORDS, CONTENTS_MIN_ITEMS, CONTENTS_SEPARATOR, INITIALISM_END, LEAD_IN, QUOTATION,
        READER_ADDRESS, _addresses_reader, _ends_on_an_initialism, _is_contents_line)

    def contents(text):
        items = CONTENTS_SEPARATOR.split(LEAD_IN.sub("", text.strip(), count=1))
        return len(items) >= CONTENTS_MIN_ITEMS and all(
            0 < word_count(item) <= CONTENTS_ITEM_MAX_WORDS and not ends_sentence(item) for item in items)

    lines = [
        "... resumed talks with the U.S.", "the U.S.\n", "U.S.", "shipments of its", "Sales rose 5%.",
        "“We will comply,” the company said.", "Subscribe to our newsletter", "\"Yours truly\"", "",
        "In today's brief: Nvidia's next China chip · Intel stake talks · SoftBank", "Home • Tech • Finance",
        "A · B", "Sales rose · and fell",
    ]
    for line in lines:
        assert _ends_on_an_initialism(line) == bool(INITIALISM_END.search(line)), line
        assert _addresses_reader(line) == bool(READER_ADDRESS.search(QUOTATION.sub(" ", line))), line
        assert _is_contents_line(line) == contents(line), line
    assert _ends_on_an_initialism(lines[0]) and not _ends_on_an_initialism(lines[4])
    assert not _addresses_reader(lines[5]) and _addresses_reader(lines[6])
    assert _is_contents_line(lines[9]) and not _is_contents_line(lines[11])


def test_only_lines_holding_the_headlines_first_word_are_compared_with_it():
    """``_repeats`` finds the lines repeating the headline, also quoted, in other case or
    spacing, or with a site's name after it; a line without its first word is passed over."""
    from chiptrail_normalise.text import comparable
    from chiptrail_normalise.title import _repeats, _split_page_title

    def compared_one_by_one(top, title):
        wanted = comparable(_split_page_title(title)[0])
        return {index for index, text in top
                if comparable(text).startswith(wanted) and comparable(_split_page_title(text)[0]) == wanted}

    top = [(0, "Menu"), (1, "“NVIDIA  resumes H20 sales to China”"), (2, "Nvidia resumes H20 sales to China"),
           (3, "nvidia resumes h20 sales to china | Tech Wire"), (4, "Resumes H20 sales to China"),
           (5, "“Nvidia resumes H20 sales to China” - Reuters")]
    for title in ("Nvidia resumes H20 sales to China", "Nvidia resumes H20 sales to China - Reuters", "STRASSE", ""):
        assert _repeats(top, title) == compared_one_by_one(top, title), title
    assert _repeats(top, "Nvidia resumes H20 sales to China") == {1, 2, 3}
