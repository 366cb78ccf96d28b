import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from weikao.core.shanghai_time import (
    SHANGHAI,
    end_of_day_exclusive,
    format_deadline,
    format_instant,
    last_local_day,
    local_day,
    start_of_day,
)

days = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2100, 12, 31))


@given(days)
def test_a_day_window_covers_exactly_that_beijing_day(day: dt.date) -> None:
    start, end = start_of_day(day), end_of_day_exclusive(day)
    assert (end - start).total_seconds() == 86400  # no daylight saving in China
    assert local_day(start) == day
    assert last_local_day(end) == day
    assert local_day(end) == day + dt.timedelta(days=1)


def test_beijing_midnight_is_1600_utc_the_day_before() -> None:
    assert start_of_day(dt.date(2021, 12, 8)).astimezone(dt.UTC) == dt.datetime(
        2021, 12, 7, 16, tzinfo=dt.UTC
    )


def test_utc_evening_is_already_the_next_day_in_beijing() -> None:
    assert local_day(dt.datetime(2021, 1, 11, 16, 30, tzinfo=dt.UTC)) == dt.date(2021, 1, 12)


def test_naive_instants_are_refused() -> None:
    with pytest.raises(ValueError, match="naive"):
        local_day(dt.datetime(2021, 1, 1, 12))  # noqa: DTZ001


def test_a_deadline_at_midnight_reads_as_2400_of_the_last_day() -> None:
    assert format_deadline(end_of_day_exclusive(dt.date(2021, 1, 11))) == "2021年1月11日 24:00"
    assert format_deadline(dt.datetime(2021, 5, 16, 10, 0, tzinfo=SHANGHAI)) == "2021年5月16日 10:00"
    assert format_instant(dt.datetime(2021, 5, 16, 0, 30, tzinfo=dt.UTC)) == "2021年5月16日 08:30"
