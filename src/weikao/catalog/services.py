"""Writers for reference data: loading the reviewed files, and the exam calendar."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from django.db import models, transaction

from weikao.accounts import audit
from weikao.accounts.models import User
from weikao.catalog.models import (
    Category,
    DocumentType,
    ExamRegion,
    ExamYear,
    Province,
    Specialty,
    Subject,
    TestSite,
    TimelineWindow,
    WindowKind,
)
from weikao.catalog.public_calendar import forget_public_calendar
from weikao.catalog.reference_files import ReferenceData, read_reference
from weikao.core.shanghai_time import end_of_day_exclusive, start_of_day


@dataclass
class LoadReport:
    created: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    # Rows that differ from the file but were kept because staff may have edited them on purpose.
    kept: list[str] = field(default_factory=list)

    def count(self, bucket: dict[str, int], label: str) -> None:
        bucket[label] = bucket.get(label, 0) + 1


def _upsert(
    report: LoadReport,
    model: type[models.Model],
    lookup: dict[str, object],
    values: dict[str, object],
    *,
    overwrite: bool,
) -> models.Model:
    label = model._meta.verbose_name
    obj = model._default_manager.filter(**lookup).first()
    if obj is None:
        report.count(report.created, str(label))
        return model._default_manager.create(**lookup, **values)
    changed = {k: v for k, v in values.items() if getattr(obj, k) != v}
    if changed:
        if overwrite:
            for key, value in changed.items():
                setattr(obj, key, value)
            obj.save(update_fields=list(changed))
            report.count(report.updated, str(label))
        else:
            report.kept.append(f"{label} {lookup}: {sorted(changed)}")
    return obj


@transaction.atomic
def load_reference(
    *, actor: User | None, overwrite: bool = False, data: ReferenceData | None = None
) -> LoadReport:
    """Create what is missing from the reviewed files; change existing rows only with `overwrite`.

    Staff edit reference data in the staff site; loading again must not silently undo their edits.
    """
    data = data or read_reference()
    report = LoadReport()
    # Rows whose fields map one to one onto the model's, keyed by their code.
    coded: list[tuple[type[models.Model], list[Any]]] = [
        (Category, data.categories),
        (Subject, data.subjects),
        (Province, data.provinces),
        (DocumentType, data.document_types),
    ]
    for model, rows in coded:
        for row in rows:
            _upsert(report, model, {"code": row.code}, row.model_dump(exclude={"code"}), overwrite=overwrite)
    categories = {c.code: c for c in Category.objects.all()}
    for s in data.specialties:
        values = {"name": s.name, "category": categories[s.category]}
        _upsert(report, Specialty, {"code": s.code}, values, overwrite=overwrite)
    for y in data.exam_years:
        year = _upsert(report, ExamYear, {"year": y.year}, {}, overwrite=overwrite)
        for w in y.windows:
            _upsert(
                report,
                TimelineWindow,
                {"exam_year": year, "kind": WindowKind(w.kind), "region": None},
                {
                    "starts_at": start_of_day(w.start),
                    "ends_at": end_of_day_exclusive(w.end) if w.end else None,
                    "source": w.source,
                },
                overwrite=overwrite,
            )
    forget_public_calendar()
    audit.record(
        action="reference_load",
        actor=actor,
        data={"created": report.created, "updated": report.updated, "kept": len(report.kept)},
    )
    return report


@dataclass(frozen=True)
class WindowSpec:
    kind: WindowKind
    starts_at: dt.datetime
    ends_at: dt.datetime | None
    source: str = ""

    def check(self) -> None:
        if self.ends_at is not None and self.ends_at <= self.starts_at:
            raise ValueError(f"{self.kind.label} 的结束时间必须晚于开始时间")


@transaction.atomic
def exam_year_publish(
    *, year: int, windows: list[WindowSpec], actor: User | None, note: str = ""
) -> ExamYear:
    """Create or replace the national calendar of an exam year (regional overrides are kept)."""
    for spec in windows:
        spec.check()
    exam_year, _ = ExamYear.objects.update_or_create(year=year, defaults={"is_published": True, "note": note})
    exam_year.windows.filter(region__isnull=True).delete()
    TimelineWindow.objects.bulk_create(
        TimelineWindow(
            exam_year=exam_year, kind=s.kind, starts_at=s.starts_at, ends_at=s.ends_at, source=s.source
        )
        for s in windows
    )
    forget_public_calendar()
    audit.record(
        action="exam_year_publish",
        actor=actor,
        target=exam_year,
        data={
            "windows": [
                [s.kind.value, s.starts_at.isoformat(), s.ends_at and s.ends_at.isoformat()] for s in windows
            ]
        },
    )
    return exam_year


@transaction.atomic
def exam_region_upsert(
    *, code: str, name: str, province: Province, online_payment: bool, actor: User | None
) -> ExamRegion:
    region, created = ExamRegion.objects.update_or_create(
        code=code, defaults={"name": name, "province": province, "online_payment": online_payment}
    )
    forget_public_calendar()  # the home page lists the regions
    audit.record(
        action="exam_region_create" if created else "exam_region_update",
        actor=actor,
        target=region,
        data={"name": name, "province": province.code, "online_payment": online_payment},
    )
    return region


@transaction.atomic
def site_upsert(*, code: str, name: str, region: ExamRegion, address: str, actor: User | None) -> TestSite:
    site, created = TestSite.objects.update_or_create(
        code=code, defaults={"name": name, "region": region, "address": address}
    )
    audit.record(
        action="test_site_create" if created else "test_site_update",
        actor=actor,
        target=site,
        data={"name": name, "region": region.code, "address": address},
    )
    return site


@transaction.atomic
def regional_window_set(
    *, exam_year: ExamYear, region: ExamRegion, spec: WindowSpec, actor: User | None
) -> TimelineWindow:
    """A region's own window for one step (现场确认 is arranged city by city, 手册 第一部分 四、1)."""
    spec.check()
    window, _ = TimelineWindow.objects.update_or_create(
        exam_year=exam_year,
        kind=spec.kind,
        region=region,
        defaults={"starts_at": spec.starts_at, "ends_at": spec.ends_at, "source": spec.source},
    )
    forget_public_calendar()
    audit.record(
        action="regional_window_set",
        actor=actor,
        target=window,
        data={
            "region": region.code,
            "kind": spec.kind.value,
            "starts_at": spec.starts_at.isoformat(),
            "ends_at": spec.ends_at.isoformat() if spec.ends_at else None,
        },
    )
    return window
