"""The ``day`` filter: the text Pelican's ``strftime('%Y-%m-%d')`` gives, made faster."""

from __future__ import annotations

import datetime

import pytest
from pelican.utils import SafeDatetime

from chiptrail_site.template_dates import day


@pytest.mark.parametrize("value", [
    SafeDatetime(2025, 7, 15), SafeDatetime(2024, 2, 29, 23, 59, 59), SafeDatetime(1, 1, 1),
    SafeDatetime(999, 12, 31), SafeDatetime(2025, 1, 2, tzinfo=datetime.timezone.utc),
])
def test_a_day_is_written_as_pelicans_strftime_writes_it(value):
    assert day(value) == value.strftime("%Y-%m-%d")


def test_plain_dates_and_datetimes_are_written_too():
    assert day(datetime.date(2025, 7, 15)) == day(datetime.datetime(2025, 7, 15, 8)) == "2025-07-15"
