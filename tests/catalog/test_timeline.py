import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from weikao.catalog.timeline import (
    MilestoneEvent,
    Window,
    WindowState,
    effective_windows,
    next_deadline,
    next_opening,
    open_windows,
)

T0 = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)


def w(kind: str, start_day: int, end_day: int | None) -> Window:
    return Window(
        kind=kind,
        label=kind,
        starts_at=T0 + dt.timedelta(days=start_day),
        ends_at=None if end_day is None else T0 + dt.timedelta(days=end_day),
    )


def test_windows_are_half_open_start_included_end_excluded() -> None:
    reg = w("registration", 0, 10)
    assert reg.state(T0 - dt.timedelta(microseconds=1)) is WindowState.UPCOMING
    assert reg.state(T0) is WindowState.OPEN
    assert reg.state(T0 + dt.timedelta(days=10) - dt.timedelta(microseconds=1)) is WindowState.OPEN
    assert reg.state(T0 + dt.timedelta(days=10)) is WindowState.CLOSED


def test_an_open_ended_window_never_closes() -> None:
    certificates = w("certificate", 0, None)
    assert certificates.state(T0 + dt.timedelta(days=3650)) is WindowState.OPEN
    assert next_deadline([certificates], T0 + dt.timedelta(days=1)) is None


def test_next_deadline_is_the_soonest_closing_of_what_is_open() -> None:
    windows = [w("registration", 0, 20), w("onsite_confirmation", 1, 15), w("payment", 16, 30)]
    now = T0 + dt.timedelta(days=5)
    deadline = next_deadline(windows, now)
    assert deadline is not None
    assert (deadline.window.kind, deadline.event) == ("onsite_confirmation", MilestoneEvent.CLOSES)
    opening = next_opening(windows, now)
    assert opening is not None and opening.window.kind == "payment" and opening.event is MilestoneEvent.OPENS
    assert [x.kind for x in open_windows(windows, now)] == ["registration", "onsite_confirmation"]


def test_nothing_ahead_after_the_last_window() -> None:
    windows = [w("registration", 0, 20)]
    late = T0 + dt.timedelta(days=30)
    assert next_deadline(windows, late) is None and next_opening(windows, late) is None


def test_a_regional_window_replaces_the_national_one_for_its_step_only() -> None:
    national = [w("registration", 0, 20), w("onsite_confirmation", 1, 15)]
    regional = [w("onsite_confirmation", 3, 9)]
    merged = effective_windows(national, regional)
    assert [(x.kind, x.ends_at) for x in merged] == [
        ("registration", T0 + dt.timedelta(days=20)),
        ("onsite_confirmation", T0 + dt.timedelta(days=9)),
    ]


window_strategy = st.builds(
    lambda kind, start, length: w(kind, start, None if length is None else start + length),
    st.sampled_from(["registration", "onsite_confirmation", "payment", "exam", "certificate"]),
    st.integers(min_value=-50, max_value=50),
    st.one_of(st.none(), st.integers(min_value=1, max_value=60)),
)


@given(st.lists(window_strategy, max_size=8), st.integers(min_value=-60, max_value=120))
def test_milestones_lie_ahead_and_none_is_missed(windows: list[Window], day: int) -> None:
    now = T0 + dt.timedelta(days=day)
    deadline = next_deadline(windows, now)
    closing = [x.ends_at for x in windows if x.is_open(now) and x.ends_at is not None]
    if deadline is None:
        assert not closing
    else:
        assert deadline.window.is_open(now) and deadline.at > now
        assert deadline.at == min(closing)
    opening = next_opening(windows, now)
    starts = [x.starts_at for x in windows if x.starts_at > now]
    assert (opening is None) == (not starts)
    if opening is not None:
        assert opening.at == min(starts)
