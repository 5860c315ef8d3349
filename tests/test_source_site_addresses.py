"""A site unknown to the vocabulary still names itself by its address: as the first step
of its breadcrumb or section row, where a logo would stand, and in a line crediting the
page to it ("Source: chipnotes.news" under the story). An address the story merely links
to is no publisher, and a wire's reads as the wire's name would."""

import pytest

from source_pages import source_of

HEADLINE = "Nvidia cleared to ship RTX Pro 6000D to Chinese buyers"
LEAD = ("Nvidia has been told by US officials that its RTX Pro 6000D can be sold in China without a licence, "
        "two people familiar with the matter said on Wednesday.")
MORE = "The company plans to ship the card to large internet firms from September, the people said."


@pytest.mark.parametrize(
    "crumb",
    ["chipnotes-forum.net › Forums › Policy", "chipnotes-forum.net | Semiconductors", "chipnotes-forum.net / trade / chips"],
)
def test_a_domain_heading_the_breadcrumb_is_the_site(crumb):
    assert source_of([crumb, "", HEADLINE, "", LEAD, "", MORE]) == "chipnotes-forum.net"


def test_a_known_outlets_domain_heading_the_breadcrumb_names_the_outlet_over_a_wire_credit():
    assert source_of(["theguardian.com › World › Asia", "", HEADLINE, "By AFP", "", LEAD, "", MORE]) == "The Guardian"


def test_a_domain_further_along_a_row_does_not_head_it():
    assert source_of(["Semiconductors › chipnotes-forum.net › Policy", "", HEADLINE, "", LEAD, "", MORE]) is None


@pytest.mark.parametrize("credit", ["Source: chipnotes.news", "Published by chipnotes.news", "Publisher: www.chipnotes.news"])
def test_a_line_crediting_the_page_to_a_bare_address_names_the_site(credit):
    assert source_of([HEADLINE, "Aug 6, 2025", "", LEAD, "", MORE, "", "Keywords: Nvidia China", credit]) == "chipnotes.news"


@pytest.mark.parametrize("citation", ["via chipnotes.news", "From chipnotes.news", "Report: www.chipnotes.news"])
def test_a_line_citing_a_bare_address_does_not_name_the_site(citation):
    # "via", "from" and "Report:" cite where a story or a quote came from, not who published the page
    assert source_of([HEADLINE, "Aug 6, 2025", "", LEAD, "", MORE, "", "Keywords: Nvidia China", citation]) is None


# Guards from the review of round 21's rules (synthetic probes): a credited address names
# the page only when nothing else does.

def test_a_cited_address_in_the_story_does_not_outrank_the_sites_own_address_in_its_footer():
    page = [HEADLINE, "", "By Mara Quint", "", "Aug 6, 2025", "", LEAD, "", "via scmp.com", "", MORE, "",
            "© 2025 chipwire-daily.net"]
    assert source_of(page) == "chipwire-daily.net"


def test_a_cited_address_in_the_story_does_not_outrank_the_pages_masthead():
    page = ["Silicon Ledger", "", HEADLINE, "", "By Mara Quint", "", "Aug 6, 2025", "", LEAD, "", "via scmp.com", "", MORE]
    assert source_of(page) == "Silicon Ledger"


def test_a_credited_address_under_a_pasted_post_does_not_outrank_the_posts_platform():
    page = [LEAD, "", "Source: scmp.com", "", "9:47 AM · Aug 12, 2025 · 41.2K Views"]
    assert source_of(page) == "X"


def test_a_credited_address_under_a_stories_masthead_does_not_outrank_it():
    page = ["Silicon Ledger", "", HEADLINE, "", "By Mara Quint", "", "Aug 6, 2025", "", LEAD, "", MORE, "", "Source: scmp.com"]
    assert source_of(page) == "Silicon Ledger"


def test_a_credited_address_the_vocabulary_knows_is_named_as_its_outlet():
    assert source_of([HEADLINE, "Aug 6, 2025", "", LEAD, "", MORE, "", "Source: chinadaily.com.cn"]) == "China Daily"


def test_a_wires_address_credited_under_the_story_reads_as_the_wires_name():
    page = [HEADLINE, "Aug 6, 2025", "", LEAD, "", MORE, ""]
    assert source_of([*page, "Source: reuters.com"]) == source_of([*page, "Source: Reuters"])


@pytest.mark.parametrize(
    "stamp",
    ["Aug 28, 2025 | By Staff Writer | chipnotes.news", "Sept 30 2025 · chipnotes.news",
     "by Wen Liqun | chipnotes.news | 2 weeks ago"],
)
def test_the_sites_address_in_the_stamp_row_over_a_long_story_names_the_site(stamp):
    page = [HEADLINE, "", stamp, "", LEAD, "", MORE, "", MORE, "", MORE, "", LEAD, "", "Related coverage", "Nvidia results"]
    assert source_of(page) == "chipnotes.news"


def test_an_address_set_among_links_without_a_date_or_byline_does_not_sign_the_page():
    page = [HEADLINE, "", "Share | chipnotes.news | Print", "", LEAD, "", MORE, "", MORE, "", MORE, "", LEAD, "", "Related coverage", "Nvidia results"]
    assert source_of(page) != "chipnotes.news"


def test_a_url_key_over_the_headline_without_a_blank_line_still_gives_the_pages_address():
    page = ["URL: https://www.theregister.com/2025/08/06/nvidia_rtx_pro_6000d/", HEADLINE, "", LEAD, "", MORE]
    assert source_of(page) == "The Register"

