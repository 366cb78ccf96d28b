"""Beijing time: days and windows are cut off in Asia/Shanghai, instants are stored in UTC."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

SHANGHAI = ZoneInfo("Asia/Shanghai")


def start_of_day(day: dt.date) -> dt.datetime:
    """The first instant of a Beijing calendar day."""
    return dt.datetime.combine(day, dt.time.min, tzinfo=SHANGHAI)


def end_of_day_exclusive(day: dt.date) -> dt.datetime:
    """The first instant after a Beijing calendar day: windows are half-open [start, end)."""
    return start_of_day(day + dt.timedelta(days=1))


def local_day(instant: dt.datetime) -> dt.date:
    """The Beijing calendar day an aware instant falls on."""
    if instant.tzinfo is None:
        raise ValueError("naive datetime: instants must carry a time zone")
    return instant.astimezone(SHANGHAI).date()


def last_local_day(end_exclusive: dt.datetime) -> dt.date:
    """The last Beijing day inside a window that ends (exclusively) at this instant."""
    return local_day(end_exclusive - dt.timedelta(microseconds=1))


def format_instant(instant: dt.datetime) -> str:
    """「2026年12月17日 08:30」 in Beijing time."""
    local = instant.astimezone(SHANGHAI)
    return f"{local.year}年{local.month}月{local.day}日 {local:%H:%M}"


def format_deadline(end_exclusive: dt.datetime) -> str:
    """A window ending at Beijing midnight is told as 24:00 of its last day, the way notices say it."""
    local = end_exclusive.astimezone(SHANGHAI)
    if local.time() == dt.time.min:
        last = local.date() - dt.timedelta(days=1)
        return f"{last.year}年{last.month}月{last.day}日 24:00"
    return format_instant(end_exclusive)
