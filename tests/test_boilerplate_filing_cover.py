"""A securities filing pasted from EDGAR: the form's cover page (the commission's name,
the form, the registrant's details over their captions, the check boxes) and its signature
block are the same on every filing and say nothing of the event; the items reported stay."""

from chiptrail_normalise.pipeline import normalise

COVER = [
    "UNITED STATES",
    "SECURITIES AND EXCHANGE COMMISSION",
    "Washington, D.C. 20549",
    "FORM 8-K",
    "CURRENT REPORT",
    "Pursuant to Section 13 or 15(d) of the Securities Exchange Act of 1934",
    "Date of Report (Date of earliest event reported): April 9, 2025",
    "NVIDIA CORPORATION",
    "(Exact name of registrant as specified in its charter)",
    "Delaware    0-23985    94-3177549",
    "(State or other jurisdiction of incorporation)    (Commission File Number)    (IRS Employer Identification No.)",
    "Check the appropriate box below if the Form 8-K filing is intended to simultaneously satisfy the filing obligation of the registrant under any of the following provisions:",
    "☐ Written communications pursuant to Rule 425 under the Securities Act (17 CFR 230.425)",
]
ITEMS = [
    "Item 8.01 Other Events.",
    "On April 9, 2025, the U.S. government informed NVIDIA Corporation that the USG requires a license for export to China of the Company's H20 integrated circuits.",
    "On April 14, 2025, the USG informed the Company that the license requirement will be in effect for the indefinite future.",
]
SIGNATURE = [
    "SIGNATURE",
    "Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this report to be signed on its behalf by the undersigned hereunto duly authorized.",
]


def test_a_filings_cover_page_and_signature_block_leave_the_body_and_its_items_stay():
    body = normalise("\n".join(["Title: NVIDIA Corp Form 8-K", "", *COVER, *ITEMS, *SIGNATURE])).body
    kept = [line for line in body.splitlines() if line]
    assert not set(COVER[1:] + SIGNATURE) & set(kept)
    assert ITEMS[1] in kept and ITEMS[2] in kept
