"""Explicit tag lists become tags and are taken out of the body."""

from chiptrail_normalise.tags import extract_tags


def test_a_labelled_bullet_list_becomes_tags():
    lines = ["Last paragraph.", "", "Tags & Viral Phrases:", "", "  • Nvidia H200 AI chips approved in China", "  • Jensen Huang visit to China", "", ",", "0 replies"]
    field = extract_tags(lines)
    assert field.value == ["Nvidia H200 AI chips approved in China", "Jensen Huang visit to China"]
    assert field.details["lines"] == [2, 4, 5]


def test_an_inline_tags_line_is_split_on_commas():
    assert extract_tags(["Tags: Nvidia, H20, CAC, China"]).value == ["Nvidia", "H20", "CAC", "China"]


def test_a_label_followed_by_one_tag_per_line_takes_menu_words_too():
    lines = ["Similar topics", "Nvidia", "China", "Export controls", "A closing sentence of the story."]
    field = extract_tags(lines)
    assert field.value == ["Nvidia", "China", "Export controls"]
    assert field.details["lines"] == [0, 1, 2, 3]


def test_hashtag_lines_become_tags_without_the_hash():
    field = extract_tags(["#Nvidia #H20 #China", "#ExportControls #Huawei"])
    assert field.value == ["Nvidia", "H20", "China", "ExportControls", "Huawei"]


def test_posted_in_lines_give_their_categories_and_drop_the_comment_link():
    assert extract_tags(["Posted in Export Controls, Legal | Leave a comment"]).value == ["Export Controls", "Legal"]


def test_a_wordpress_footer_gives_its_categories_then_its_tags_and_drops_the_comment_count():
    lines = ["Posted in Hardware, China | Tagged Ascend, Huawei | 14 Comments"]
    assert extract_tags(lines).value == ["Hardware", "China", "Ascend", "Huawei"]


def test_header_tags_come_first_and_repeats_are_dropped_case_insensitively():
    field = extract_tags(["Tags", "nvidia", "MI308"], given="Nvidia, AMD")
    assert field.value == ["Nvidia", "AMD", "MI308"]


def test_a_label_without_a_list_is_not_taken():
    field = extract_tags(["Tags", "This sentence is article text and not a tag at all."])
    assert field.value == [] and field.details["lines"] == []


def test_prose_mentioning_tags_is_not_a_tag_line():
    assert extract_tags(["Tags on the chips let regulators track where they go."]).value == []


def test_ticker_like_topics_under_a_topics_label_are_tags():
    lines = ["Story text ends here.", "Similar topics", "Nvidia", "AMD", "Narrower topics", "GPU"]
    assert extract_tags(lines).value == ["Nvidia", "AMD", "GPU"]
