"""The page the date specifications put their stamps on: a headline and a lead with no
date of their own, so any date found came from the lines a test adds."""

from chiptrail_normalise.dates import extract_date

TITLE = "Beijing weighs limits on purchases of Nvidia's H200 processors"
LEAD = (
    "Chinese regulators have discussed ways to limit access to the H200, including requiring buyers "
    "to explain why domestic processors would not meet their needs, people familiar with the talks said."
)


def date_of(*lines, **options):
    return extract_date(list(lines), **options).value
