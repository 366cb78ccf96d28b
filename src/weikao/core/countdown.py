"""A countdown told in whole units, computed from the server's clock (never the browser's)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Countdown:
    days: int
    hours: int
    minutes: int
    seconds: int

    @property
    def total_seconds(self) -> int:
        return ((self.days * 24 + self.hours) * 60 + self.minutes) * 60 + self.seconds


def countdown(now: dt.datetime, until: dt.datetime) -> Countdown:
    """Time left from now until an instant; zero once it has passed.

    Uses total_seconds(): timedelta.seconds alone drops the days (a classic timer bug).
    """
    left = max(0, int((until - now).total_seconds()))
    days, rest = divmod(left, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, seconds = divmod(rest, 60)
    return Countdown(days=days, hours=hours, minutes=minutes, seconds=seconds)
