"""The clean Markdown body: paragraphs, headings, lists, nothing live."""

import markdown

from chiptrail_normalise.body import Block, build_body, escape_paragraph, is_heading, render

PARA = "Nvidia said on Tuesday it will resume sales of its H20 chip to China after the US assured it."
PARA2 = "The company said it was filing applications with the Commerce Department to sell the H20 again."


def body_of(lines, drop=()):
    return render(build_body(lines, set(drop)))


def test_one_paragraph_per_line_becomes_blank_line_separated_paragraphs():
    assert body_of([PARA, PARA2]) == f"{PARA}\n\n{PARA2}\n"


def test_a_short_title_like_line_between_paragraphs_becomes_a_heading():
    assert body_of([PARA, "Regulatory Maze and Geopolitical Strictures", PARA2]) == (
        f"{PARA}\n\n## Regulatory Maze and Geopolitical Strictures\n\n{PARA2}\n"
    )


def test_a_short_last_line_is_not_a_heading():
    lines = ["Nvidia will resume H20 sales.", "Short closing line"]  # no paragraph: no page layout to read
    assert build_body(lines, set())[-1] == Block("paragraph", "Short closing line")


def test_a_byline_name_and_the_tag_list_after_the_story_are_left_out():
    lines = ["Headline", "Mia Zhou", PARA, PARA2, "Related Tags", "Nvidia", "H20"]
    assert body_of(lines, drop={0}) == f"{PARA}\n\n{PARA2}\n"


def test_a_closing_section_after_the_last_long_paragraph_stays_in_the_body():
    lines = [PARA, PARA2, "Supply bottlenecks", "The biggest constraint is manufacturing."]
    assert body_of(lines) == f"{PARA}\n\n{PARA2}\n\n## Supply bottlenecks\n\nThe biggest constraint is manufacturing.\n"


def test_heading_shapes():
    assert is_heading("2022: the first cut-off")
    assert is_heading("Why Beijing Is Hesitant?")
    assert not is_heading("The agency issued three documents alongside the rescission:")
    assert not is_heading("Nvidia declined to comment.")
    assert not is_heading("a lower-case fragment")


def test_bullet_lines_become_one_markdown_list():
    lines = [PARA, "• first item", "– second item", "* third item", PARA2]
    assert body_of(lines) == f"{PARA}\n\n- first item\n- second item\n- third item\n\n{PARA2}\n"


def test_dropped_lines_and_clutter_are_left_out():
    lines = ["Headline", PARA, "Advertisement", "Also Read: Something else", PARA2, "Leave a Reply"]
    assert body_of(lines, drop={0}) == f"{PARA}\n\n{PARA2}\n"


def test_hard_wrapped_lines_join_into_one_paragraph_that_keeps_its_pasted_lines():
    lines = ["Nvidia said on Tuesday it will resume sales of its H20 chip to", "China after the US assured it.", "", PARA2]
    blocks = build_body(lines, set())
    assert [block.text for block in blocks] == [PARA, PARA2]
    assert render(blocks) == f"{lines[0]}\n{lines[1]}\n\n{PARA2}\n"
    assert markdown.markdown(render(blocks)).count("<p>") == 2


def test_a_wrapped_line_that_starts_like_a_list_or_heading_stays_text():
    lines = ["The rule caps shipments to China at half of the volume sold to the", "> customers it serves at home, officials said."]
    html = markdown.markdown(body_of(lines))
    assert "<blockquote>" not in html and html.count("<p>") == 1


def test_html_and_markdown_in_the_input_render_as_text():
    hostile = "<script>alert(1)</script> [click](javascript:alert(1)) *x* _y_ `z` {: onclick=x} & done"
    html = markdown.markdown(escape_paragraph(hostile), extensions=["markdown.extensions.extra"])
    assert "<script>" not in html and "<a " not in html and "<em>" not in html and "<code>" not in html
    assert "onclick" not in html.split(">", 1)[0]
    assert "&lt;script&gt;" in html and "[click](javascript:alert(1))" in html


def test_line_start_markers_cannot_make_structure():
    for text in ("# not a heading", "1. not a list", "- not a list", "> not a quote", "=== not setext", ": not a definition", "~~~ not a fence"):
        html = markdown.markdown(escape_paragraph(text), extensions=["markdown.extensions.extra"])
        assert html.startswith("<p>"), (text, html)


def test_whitespace_is_collapsed_in_a_paragraph():
    assert escape_paragraph("  two   spaces\there ") == "two spaces here"


def test_list_items_closing_on_semicolons_stay_apart_from_each_other():
    lines = [PARA, "Companies that export advanced GPUs should:",
             "map existing customers and data centre locations against the three tiers;",
             "review contracts with cloud customers for know-your-customer obligations; and",
             "confirm whether any internally developed models could be captured by ECCN 4E091."]
    assert [block.text for block in build_body(lines, set())] == lines


def test_a_wrapped_paragraphs_last_word_on_its_own_line_is_kept():
    lines = ["Officials pointed to the follow-up talks on soybeans and rare", "earths.", "", PARA2]
    assert build_body(lines, set())[0].text.endswith("soybeans and rare earths.")


WRAPPED_STORY = [
    "Less than a day after Washington published the rule that was supposed",
    "to reopen China to Nvidia's H200, Beijing has shut its own door.",
    "Customs agents at several ports were told on Wednesday that the H200",
    "is not permitted to enter China, according to three people briefed.",
    "",
    "Separately, officials from the Ministry of Industry and Information",
    "Technology met representatives of several large internet companies",
    "and told them not to buy the chip unless it was necessary for them.",
]


def test_in_hard_wrapped_text_a_line_that_broke_because_the_next_word_did_not_fit_goes_on():
    assert [block.kind for block in build_body(WRAPPED_STORY, set())] == ["paragraph", "paragraph"]


def test_a_paragraph_per_line_text_does_not_join_a_heading_to_the_next_paragraph():
    lines = [PARA, "Washington signals licences for Nvidia's H20 will be granted", PARA2, PARA, PARA2]
    assert [block.kind for block in build_body(lines, set())] == ["paragraph", "heading", "paragraph", "paragraph", "paragraph"]


def test_a_byline_with_the_writers_role_after_a_slash_is_a_byline():
    from chiptrail_normalise.text import byline_name

    assert byline_name("By Lisa Wang / Staff reporter") == "Lisa Wang"
    assert byline_name("By Lisa Wang / Staff reporter, with Reuters") == "Lisa Wang"
    assert byline_name("By 2026/27 Nvidia expects China sales to recover") is None


def test_blocks_hold_words_one_space_apart_as_render_escapes_them_as_they_stand():
    lines = ["  Nvidia  said\ton Tuesday it will resume sales of its H20 chip to China\u00a0after the US  ",
             "•\u3000first  item", "Supply   bottlenecks", PARA2]
    blocks = build_body(lines, set())
    texts = [text for block in blocks for text in (block.text, *block.lines)]
    assert texts and all(text == " ".join(text.split()) for text in texts)
    assert render(blocks) == "\n\n".join(
        ("- " if block.kind == "list" else "## " if block.kind == "heading" else "") + escape_paragraph(block.text)
        for block in blocks) + "\n"


def test_the_one_scan_for_special_characters_finds_exactly_what_the_escapes_escape():
    """``ESCAPED_CHARACTER`` is the union of the HTML and Markdown specials: a paragraph it
    finds nothing in is left as it is by both."""
    from chiptrail_normalise import body

    for character in map(chr, range(0x3000)):
        escaped = bool(body.HTML_SPECIAL_CHARACTER.search(character) or body.MARKDOWN_SPECIAL.search(character))
        assert bool(body.ESCAPED_CHARACTER.search(character)) == escaped, repr(character)
    assert escape_paragraph("Plain words, no specials: 4.5% up") == "Plain words, no specials: 4.5% up"
    assert escape_paragraph("a <b> & *c* #d") == r"a &lt;b&gt; &amp; \*c\* \#d"
