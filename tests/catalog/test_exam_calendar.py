import datetime as dt

import pytest
import time_machine

from weikao.catalog.models import ExamRegion, ExamYear, Province, TimelineWindow, WindowKind
from weikao.catalog.selectors import current_exam_year, year_windows
from weikao.catalog.services import WindowSpec, exam_year_publish
from weikao.core.shanghai_time import SHANGHAI

pytestmark = pytest.mark.django_db


def at(day: str, hour: int = 0) -> dt.datetime:
    return dt.datetime.fromisoformat(day).replace(hour=hour, tzinfo=SHANGHAI)


def test_a_window_that_ends_before_it_starts_is_refused_and_nothing_changes(reference) -> None:
    before = TimelineWindow.objects.count()
    with pytest.raises(ValueError, match="结束时间必须晚于开始时间"):
        exam_year_publish(
            year=2030,
            windows=[WindowSpec(WindowKind.REGISTRATION, at("2029-12-10"), at("2029-12-01"))],
            actor=None,
        )
    assert TimelineWindow.objects.count() == before
    assert not ExamYear.objects.filter(year=2030).exists()


def test_republishing_replaces_the_national_calendar_but_keeps_regional_windows(reference) -> None:
    exam_year = exam_year_publish(
        year=2030,
        windows=[WindowSpec(WindowKind.REGISTRATION, at("2029-12-08"), at("2030-01-09"))],
        actor=None,
    )
    region = ExamRegion.objects.create(code="42", name="湖北考区", province=Province.objects.get(code="42"))
    TimelineWindow.objects.create(
        exam_year=exam_year,
        kind=WindowKind.ONSITE_CONFIRMATION,
        region=region,
        starts_at=at("2029-12-10"),
        ends_at=at("2029-12-20"),
    )
    exam_year_publish(
        year=2030,
        windows=[WindowSpec(WindowKind.REGISTRATION, at("2029-12-09"), at("2030-01-10"))],
        actor=None,
    )
    assert [w.starts_at for w in year_windows(exam_year)] == [at("2029-12-09")]
    regional = year_windows(exam_year, region)
    assert [w.kind for w in regional] == ["registration", "onsite_confirmation"]


def test_the_current_exam_year_is_the_latest_published_one_with_a_calendar(reference) -> None:
    assert current_exam_year().year == 2022  # the latest of the handbook's years
    ExamYear.objects.create(year=2031, is_published=True)  # no calendar yet
    draft = exam_year_publish(
        year=2032, windows=[WindowSpec(WindowKind.REGISTRATION, at("2031-12-08"), None)], actor=None
    )
    draft.is_published = False
    draft.save()
    assert current_exam_year().year == 2022
    draft.is_published = True
    draft.save()
    assert current_exam_year().year == 2032


@time_machine.travel(dt.datetime(2021, 1, 11, 15, 59, 59, tzinfo=dt.UTC), tick=False)
def test_registration_2021_still_open_at_2359_beijing_on_its_last_day(reference) -> None:
    windows = year_windows(ExamYear.objects.get(year=2021))
    registration = next(w for w in windows if w.kind == "registration")
    from django.utils import timezone

    assert registration.is_open(timezone.now())
    assert not registration.is_open(timezone.now() + dt.timedelta(seconds=1))


def test_a_regional_window_is_checked_recorded_and_overrides_for_its_region_only(reference) -> None:
    from weikao.accounts.models import AuditEvent
    from weikao.catalog.services import exam_region_upsert, regional_window_set, site_upsert

    exam_year = exam_year_publish(
        year=2030,
        windows=[WindowSpec(WindowKind.ONSITE_CONFIRMATION, at("2029-12-09"), at("2030-01-12"))],
        actor=None,
    )
    hubei = exam_region_upsert(
        code="42", name="湖北考区", province=Province.objects.get(code="42"), online_payment=True, actor=None
    )
    site = site_upsert(code="4203", name="十堰考点", region=hubei, address="湖北省十堰市", actor=None)
    assert site.region == hubei
    bad = WindowSpec(WindowKind.ONSITE_CONFIRMATION, at("2029-12-20"), at("2029-12-10"))
    with pytest.raises(ValueError, match="结束时间必须晚于开始时间"):
        regional_window_set(exam_year=exam_year, region=hubei, spec=bad, actor=None)
    assert not TimelineWindow.objects.filter(region=hubei).exists()
    good = WindowSpec(WindowKind.ONSITE_CONFIRMATION, at("2029-12-10"), at("2029-12-20"))
    regional_window_set(exam_year=exam_year, region=hubei, spec=good, actor=None)
    regional_window_set(exam_year=exam_year, region=hubei, spec=good, actor=None)  # idempotent
    assert TimelineWindow.objects.filter(region=hubei).count() == 1
    assert [w.ends_at for w in year_windows(exam_year, hubei)] == [at("2029-12-20")]
    assert [w.ends_at for w in year_windows(exam_year)] == [at("2030-01-12")]
    actions = set(AuditEvent.objects.values_list("action", flat=True))
    assert {"exam_region_create", "test_site_create", "regional_window_set"} <= actions
