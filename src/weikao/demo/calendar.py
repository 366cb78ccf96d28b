"""Demo exam calendars anchored on today, so the public pages always show a live exam year."""

from __future__ import annotations

import datetime as dt

from weikao.catalog.models import WindowKind
from weikao.catalog.services import WindowSpec
from weikao.core.shanghai_time import end_of_day_exclusive, start_of_day

DEMO_SOURCE = "演示数据"


def _days(kind: WindowKind, first: dt.date, last: dt.date | None) -> WindowSpec:
    return WindowSpec(kind, start_of_day(first), end_of_day_exclusive(last) if last else None, DEMO_SOURCE)


def current_demo_year(today: dt.date) -> int:
    """Registration for year Y opens in December of Y-1 (手册 第一部分 三、1)."""
    return today.year + 1 if today.month >= 6 else today.year


def _usual_exam_day(year: int) -> dt.date:
    """The exam is held on one day in April–May (手册 第二部分 一); here the Saturday from 16 May on."""
    day = dt.date(year, 5, 16)
    return day + dt.timedelta(days=(5 - day.weekday()) % 7)


def live_calendar(today: dt.date) -> list[WindowSpec]:
    """The current demo year, with registration and on-site confirmation open today."""
    exam_day = _usual_exam_day(current_demo_year(today))
    if exam_day < today + dt.timedelta(days=60):  # too close for payment and tickets to fit before it
        exam_day = today + dt.timedelta(days=120)
    scores = exam_day + dt.timedelta(days=60)  # 成绩一般在考后 2 个月 (手册 第三部分 一)
    return [
        _days(WindowKind.REGISTRATION, today - dt.timedelta(days=7), today + dt.timedelta(days=21)),
        _days(WindowKind.ONSITE_CONFIRMATION, today - dt.timedelta(days=6), today + dt.timedelta(days=25)),
        _days(WindowKind.PAYMENT, today + dt.timedelta(days=28), today + dt.timedelta(days=42)),
        _days(WindowKind.ADMISSION_TICKET, exam_day - dt.timedelta(days=10), exam_day - dt.timedelta(days=1)),
        _days(WindowKind.EXAM, exam_day, exam_day + dt.timedelta(days=1)),
        _days(WindowKind.SCORE_QUERY, scores, scores + dt.timedelta(days=365)),
        _days(WindowKind.TRANSCRIPT_PRINT, scores + dt.timedelta(days=30), scores + dt.timedelta(days=60)),
        _days(WindowKind.CERTIFICATE, scores + dt.timedelta(days=60), None),
    ]


def finished_calendar(year: int) -> list[WindowSpec]:
    """A past year on the usual pattern (手册 第五部分): every step over but certificates."""
    d = dt.date
    exam_day = _usual_exam_day(year)
    return [
        _days(WindowKind.REGISTRATION, d(year - 1, 12, 8), d(year, 1, 8)),
        _days(WindowKind.ONSITE_CONFIRMATION, d(year - 1, 12, 9), d(year, 1, 12)),
        _days(WindowKind.PAYMENT, d(year, 1, 15), d(year, 1, 31)),
        _days(WindowKind.ADMISSION_TICKET, exam_day - dt.timedelta(days=10), exam_day - dt.timedelta(days=1)),
        _days(WindowKind.EXAM, exam_day, exam_day + dt.timedelta(days=1)),
        _days(WindowKind.SCORE_QUERY, d(year, 7, 15), d(year + 1, 7, 14)),
        _days(WindowKind.TRANSCRIPT_PRINT, d(year, 8, 15), d(year, 9, 15)),
        _days(WindowKind.CERTIFICATE, d(year, 9, 20), None),
    ]
