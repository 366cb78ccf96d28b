"""Read-only queries over reference data, for views, the API and the CLI."""

from __future__ import annotations

import re

from django.db.models import Q, QuerySet

from weikao.catalog.models import ExamRegion, ExamYear, Specialty, TimelineWindow, WindowKind
from weikao.catalog.timeline import Window, effective_windows


def current_exam_year() -> ExamYear | None:
    """The latest published exam year that has a calendar: the one the public pages speak of."""
    return (
        ExamYear.objects.filter(is_published=True, windows__isnull=False).order_by("-year").distinct().first()
    )


def as_window(row: TimelineWindow) -> Window:
    # WindowKind(...).label rather than get_kind_display(), which re-hashes every choice per call.
    label = str(WindowKind(row.kind).label)
    return Window(kind=row.kind, label=label, starts_at=row.starts_at, ends_at=row.ends_at)


def year_windows(exam_year: ExamYear, region: ExamRegion | None = None) -> list[Window]:
    rows = list(exam_year.windows.all())
    national = [as_window(r) for r in rows if r.region_id is None]
    regional = [as_window(r) for r in rows if region is not None and r.region_id == region.pk]
    return effective_windows(national, regional)


_CODE = re.compile(r"^[0-9]{1,3}$")


def search_specialties(query: str = "", category: str = "") -> QuerySet[Specialty]:
    """By code prefix when the query is digits (「303」「30」), otherwise by name or category name."""
    specialties = Specialty.objects.select_related("category").filter(is_active=True)
    if category:
        specialties = specialties.filter(category__code=category)
    query = query.strip()
    if query:
        if _CODE.match(query):
            specialties = specialties.filter(code__startswith=query)
        else:
            specialties = specialties.filter(Q(name__icontains=query) | Q(category__name__icontains=query))
    return specialties.order_by("category__order", "code")
