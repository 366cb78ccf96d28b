"""`weikao demo`: everything a newcomer needs to click through the system."""

from __future__ import annotations

import datetime as dt

from django.db import transaction

from weikao.accounts.services import ensure_national_staff_group
from weikao.catalog.models import WindowKind
from weikao.catalog.services import WindowSpec, exam_year_publish, load_reference, regional_window_set
from weikao.core.shanghai_time import end_of_day_exclusive, start_of_day
from weikao.demo.accounts import DemoLogin, ensure_demo_staff
from weikao.demo.calendar import DEMO_SOURCE, current_demo_year, finished_calendar, live_calendar
from weikao.demo.places import ensure_demo_places


@transaction.atomic
def build_demo(today: dt.date) -> list[DemoLogin]:
    load_reference(actor=None)
    ensure_national_staff_group()
    regions = ensure_demo_places()
    year = current_demo_year(today)
    exam_year_publish(
        year=year - 1, windows=finished_calendar(year - 1), actor=None, note="演示：已结束的考试年度"
    )
    current = exam_year_publish(year=year, windows=live_calendar(today), actor=None, note="演示年度")
    # On-site confirmation is arranged city by city (手册 第一部分 四、1): one region's own window.
    hubei = next(r for r in regions if r.code == "42")
    own_window = WindowSpec(
        WindowKind.ONSITE_CONFIRMATION,
        start_of_day(today),
        end_of_day_exclusive(today + dt.timedelta(days=14)),
        DEMO_SOURCE,
    )
    regional_window_set(exam_year=current, region=hubei, spec=own_window, actor=None)
    return ensure_demo_staff()
