import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from weikao.core.countdown import countdown

NOW = dt.datetime(2026, 11, 25, 12, tzinfo=dt.UTC)


def test_days_are_not_dropped_from_the_remaining_time() -> None:
    left = countdown(NOW, NOW + dt.timedelta(days=2, seconds=3))
    assert (left.days, left.hours, left.minutes, left.seconds) == (2, 0, 0, 3)
    assert left.total_seconds == 2 * 86400 + 3


def test_a_passed_instant_counts_down_to_zero_not_below() -> None:
    assert countdown(NOW, NOW - dt.timedelta(hours=5)).total_seconds == 0


@given(st.integers(min_value=-(10**7), max_value=10**9))
def test_the_parts_add_up_to_the_whole(seconds: int) -> None:
    left = countdown(NOW, NOW + dt.timedelta(seconds=seconds))
    assert left.total_seconds == max(0, seconds)
    assert 0 <= left.hours < 24 and 0 <= left.minutes < 60 and 0 <= left.seconds < 60
