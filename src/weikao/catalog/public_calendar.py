"""The exam calendar as the public pages show it, read once and shared for a short while.

Every candidate opens the home page when registration opens, so the calendar is read from the
database at most once per CACHE_SECONDS per cache (Redis in production: once for all app processes).
States (open, closed, time left) are always computed per request from the server's clock; only the
dated windows are cached. The services and staff-site pages that change calendars or regions drop the
cached copy on commit; any other change shows within CACHE_SECONDS. Deadlines are enforced from the
database, never from here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

from weikao.catalog.models import ExamRegion, TimelineWindow
from weikao.catalog.selectors import as_window, current_exam_year
from weikao.catalog.timeline import Window, effective_windows

CACHE_KEY = "catalog:public-calendar:v1"
CACHE_SECONDS = 30


@dataclass(frozen=True)
class PublicCalendar:
    year: int | None
    note: str
    national: tuple[Window, ...]
    regional: dict[str, tuple[Window, ...]]
    regions: tuple[tuple[str, str], ...]  # (code, name) of active regions
    others: tuple[tuple[int, Window], ...]  # closed-ended national windows of other published years

    def region_name(self, code: str) -> str | None:
        return dict(self.regions).get(code)

    def windows(self, region_code: str | None = None) -> list[Window]:
        return effective_windows(self.national, self.regional.get(region_code or "", ()))

    def open_elsewhere(self, now: dt.datetime) -> list[tuple[int, Window]]:
        return sorted(
            ((y, w) for y, w in self.others if w.is_open(now)), key=lambda pair: pair[1].ends_at or now
        )


def _read(now: dt.datetime) -> PublicCalendar:
    exam_year = current_exam_year()
    regions = tuple(ExamRegion.objects.filter(is_active=True).values_list("code", "name"))
    national: list[Window] = []
    regional: dict[str, list[Window]] = {}
    if exam_year is not None:
        for row in exam_year.windows.select_related("region"):
            if row.region is None:
                national.append(as_window(row))
            else:
                regional.setdefault(row.region.code, []).append(as_window(row))
    others = (
        TimelineWindow.objects.filter(exam_year__is_published=True, region__isnull=True, ends_at__gt=now)
        .exclude(exam_year=exam_year)
        .select_related("exam_year")
    )
    return PublicCalendar(
        year=exam_year.year if exam_year else None,
        note=exam_year.note if exam_year else "",
        national=tuple(national),
        regional={code: tuple(ws) for code, ws in regional.items()},
        regions=regions,
        others=tuple((r.exam_year.year, as_window(r)) for r in others),
    )


def public_calendar() -> PublicCalendar:
    calendar = cache.get(CACHE_KEY)
    if calendar is None:
        calendar = _read(timezone.now())
        cache.set(CACHE_KEY, calendar, CACHE_SECONDS)
    return calendar


def forget_public_calendar() -> None:
    """Called by the services that change calendars, once their transaction has committed."""
    transaction.on_commit(lambda: cache.delete(CACHE_KEY))
