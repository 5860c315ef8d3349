"""The known-outlet table: names and logo spellings, page furniture, date order."""

from chiptrail_normalise import outlets


def test_a_logo_spelling_with_a_full_stop_is_the_outlets_name():
    assert outlets.known_name("euronews.") == "Euronews"


def test_an_outlets_own_page_furniture_names_it():
    assert outlets.chrome_owner("This article is more than 2 years old") == "The Guardian"
    assert outlets.chrome_owner("Go to accessibility shortcuts") == "Euronews"


def test_ordinary_lines_are_no_outlets_furniture():
    assert outlets.chrome_owner("Nvidia declined to comment on the reported plans.") is None
    assert outlets.chrome_owner("") is None


def test_a_line_is_furniture_of_the_outlet_the_scan_of_whole_pages_finds():
    """``chrome_owner`` matches a line from its start; ``chrome_lines`` searches joined
    lines: both name the same owner, for the vocabulary's own lines and for lines that
    only hold one in the middle or end with it."""
    lines = ["  This article is more than 2 years old ", "Go to accessibility shortcuts",
             "r/hardware", "Post your reply", "Nvidia declined to comment.", "",
             "Read: This article is more than 2 years old", "This article is more than 2 years old. More"]
    for line in lines:
        found = outlets.chrome_lines([line.strip()])
        assert outlets.chrome_owner(line) == (found[0][1] if found else None)


def test_outlets_that_write_dates_day_first_are_marked_and_others_are_not():
    assert outlets.writes_day_first("Euronews") and outlets.writes_day_first("Moneycontrol")
    assert not outlets.writes_day_first("The Hill") and not outlets.writes_day_first(None)


def test_a_copyright_holder_stands_for_its_publication_without_its_legal_form():
    assert outlets.publication_of_holder("Caixin Media Co., Ltd.") == "Caixin"
    assert outlets.publication_of_holder("The Economist Newspaper Limited") == "The Economist"
    assert outlets.publication_of_holder("The Newspaper Group") == "The Newspaper"  # never cut to a bare "The"


def test_a_shouted_holder_takes_the_pages_spelling_else_title_case_keeping_acronyms():
    assert outlets.publication_of_holder("THE ASAHI SHIMBUN COMPANY", ["The Asahi Shimbun"]) == "The Asahi Shimbun"
    assert outlets.publication_of_holder("TIMES OF INDIA GROUP") == "Times of India"
    assert outlets.publication_of_holder("NHK WORLD MEDIA") == "NHK World"
    assert outlets.publication_of_holder("CNBC") == "CNBC"


def test_an_outlets_name_with_its_subscription_products_word_is_the_outlet():
    assert outlets.known_name("Moneycontrol PRO") == "Moneycontrol"
    assert outlets.known_name("Mint Premium") == "Mint"
    assert outlets.known_name("Nvidia Pro") is None  # the word names a product only after an outlet's name


def test_a_platforms_own_page_furniture_names_the_platform():
    assert outlets.chrome_owner("r/hardware") == "Reddit"
    assert outlets.chrome_owner("Rafael Dunmore’s Post") == "LinkedIn"
    assert outlets.chrome_owner("Post your reply") == "X"
