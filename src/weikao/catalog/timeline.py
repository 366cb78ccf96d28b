"""What is open when: pure logic over an exam year's windows (no Django, the server's clock injected).

Windows are half-open [starts_at, ends_at); an open-ended window (ends_at None) never closes.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass


class WindowState(enum.Enum):
    UPCOMING = "upcoming"
    OPEN = "open"
    CLOSED = "closed"


@dataclass(frozen=True)
class Window:
    kind: str
    label: str
    starts_at: dt.datetime
    ends_at: dt.datetime | None

    def state(self, now: dt.datetime) -> WindowState:
        if now < self.starts_at:
            return WindowState.UPCOMING
        if self.ends_at is None or now < self.ends_at:
            return WindowState.OPEN
        return WindowState.CLOSED

    def is_open(self, now: dt.datetime) -> bool:
        return self.state(now) is WindowState.OPEN


class MilestoneEvent(enum.Enum):
    OPENS = "opens"
    CLOSES = "closes"


@dataclass(frozen=True)
class Milestone:
    window: Window
    event: MilestoneEvent
    at: dt.datetime


def open_windows(windows: Iterable[Window], now: dt.datetime) -> list[Window]:
    return sorted((w for w in windows if w.is_open(now)), key=lambda w: w.starts_at)


def next_deadline(windows: Iterable[Window], now: dt.datetime) -> Milestone | None:
    """The soonest closing of a window open now: what a candidate must not miss."""
    closing = [w for w in windows if w.is_open(now) and w.ends_at is not None]
    if not closing:
        return None
    ends = [(w.ends_at, w) for w in closing if w.ends_at is not None]
    at, first = min(ends, key=lambda pair: (pair[0], pair[1].starts_at))
    return Milestone(first, MilestoneEvent.CLOSES, at)


def next_opening(windows: Iterable[Window], now: dt.datetime) -> Milestone | None:
    """The soonest window still to open."""
    upcoming = [w for w in windows if w.state(now) is WindowState.UPCOMING]
    if not upcoming:
        return None
    first = min(upcoming, key=lambda w: w.starts_at)
    return Milestone(first, MilestoneEvent.OPENS, first.starts_at)


def effective_windows(national: Sequence[Window], regional: Sequence[Window]) -> list[Window]:
    """A region's own window for a step replaces the national one for that step."""
    overridden = {w.kind for w in regional}
    merged = [w for w in national if w.kind not in overridden] + list(regional)
    return sorted(merged, key=lambda w: w.starts_at)
