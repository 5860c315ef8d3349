"""A company's press release goes out through a distributor, whose tag its dateline
carries ("/PRNewswire/ --", "(GLOBE NEWSWIRE) --", "--(BUSINESS WIRE)--"). Like a wire
agency, the distributor is the source only when nothing else names a publisher: a site
republishing the release names itself; the distributor's own page sets its logo over the
release, whatever parent company holds the copyright."""

from source_pages import source_of

HEADLINE = "Kestrel Compliance Launches ExportGuard AI to Screen China Orders Against Shifting US Rules"
BODY = [
    "Kestrel Compliance, Inc., a provider of trade-compliance software for hardware makers, today announced ExportGuard AI, "
    "a tool that checks orders for accelerators such as Nvidia's H20 against the latest US export rules.",
    "The tool is aimed at distributors and server makers who handle licensed parts.",
    "\"Our customers tell us the rules change faster than their spreadsheets,\" said the company's chief executive.",
]


def test_a_release_naming_only_its_distributor_in_a_slashed_dateline_is_the_distributors():
    dateline = f"AUSTIN, Texas, June 10, 2025 /PRNewswire/ -- {BODY[0]}"
    assert source_of([HEADLINE, "News provided by", "Kestrel Compliance, Inc.", dateline, *BODY[1:]]) == "PR Newswire"


def test_a_release_with_a_dashed_distributor_tag_is_the_distributors():
    dateline = f"SAN JOSE, Calif.--(BUSINESS WIRE)--{BODY[0]}"
    assert source_of([HEADLINE, dateline, *BODY[1:]]) == "Business Wire"


def test_a_site_republishing_a_release_is_the_source_not_the_distributor():
    dateline = f"Dublin, Oct. 02, 2025 (GLOBE NEWSWIRE) -- {BODY[0]}"
    page = ["Silicon Tape", "News  Markets  Tech  Opinion", HEADLINE, "October 2, 2025", dateline, *BODY[1:], "© 2025 Silicon Tape"]
    assert source_of(page) == "Silicon Tape"


def test_the_distributors_own_page_is_the_distributors_though_its_parent_holds_the_copyright():
    dateline = f"AUSTIN, Texas, June 10, 2025 /PRNewswire/ -- {BODY[0]}"
    page = ["Skip to main content", "PR Newswire", "News  Products  Contact  Search", HEADLINE, dateline, *BODY[1:],
            "Copyright © 2025 Halvard Media Holdings Inc."]
    assert source_of(page) == "PR Newswire"
