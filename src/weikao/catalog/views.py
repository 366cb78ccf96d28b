"""Public pages: the home page with the current exam year's calendar, and the specialty catalog."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from weikao.catalog.models import Category
from weikao.catalog.public_calendar import public_calendar
from weikao.catalog.selectors import search_specialties
from weikao.catalog.timeline import Window, next_deadline, next_opening, open_windows
from weikao.core.countdown import countdown
from weikao.core.shanghai_time import format_deadline, format_instant, last_local_day, local_day


@dataclass(frozen=True)
class WindowRow:
    window: Window
    state: str
    first_day: dt.date
    last_day: dt.date | None


def _row(window: Window, now: dt.datetime) -> WindowRow:
    state = window.state(now)
    return WindowRow(
        window=window,
        state=state.value,
        first_day=local_day(window.starts_at),
        last_day=last_local_day(window.ends_at) if window.ends_at else None,
    )


def home(request: HttpRequest) -> HttpResponse:
    now = timezone.now()
    calendar = public_calendar()
    region_code = request.GET.get("region", "")[:8]
    region_name = calendar.region_name(region_code) if region_code else None
    windows = calendar.windows(region_code if region_name else None)
    deadline = next_deadline(windows, now)
    opening = next_opening(windows, now)
    context = {
        "now": now,
        "today": local_day(now),
        "calendar": calendar,
        "rows": [_row(w, now) for w in windows],
        "open_now": open_windows(windows, now),
        "deadline": deadline,
        "deadline_left": countdown(now, deadline.at) if deadline else None,
        "deadline_text": format_deadline(deadline.at) if deadline else "",
        "opening": opening,
        "opening_left": countdown(now, opening.at) if opening else None,
        "opening_text": format_instant(opening.at) if opening else "",
        "elsewhere": [(year, _row(w, now)) for year, w in calendar.open_elsewhere(now)],
        "region_code": region_code if region_name else "",
        "region_name": region_name,
        "unknown_region": bool(region_code) and region_name is None,
    }
    return render(request, "catalog/home.html", context)


def specialty_catalog(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "")[:20]
    category = request.GET.get("category", "")[:32]
    specialties = list(search_specialties(query, category))
    categories = list(Category.objects.all())
    groups = [(c, [s for s in specialties if s.category_id == c.pk]) for c in categories]
    context = {
        "query": query,
        "category": category,
        "categories": categories,
        "groups": [(c, items) for c, items in groups if items],
        "count": len(specialties),
    }
    return render(request, "catalog/specialties.html", context)
