import datetime as dt

import pytest
from django.contrib.auth import authenticate

from weikao.catalog.models import ExamRegion, ExamYear, TestSite
from weikao.catalog.selectors import current_exam_year, year_windows
from weikao.core.shanghai_time import start_of_day
from weikao.demo.accounts import DEMO_PASSWORD
from weikao.demo.build import build_demo

pytestmark = pytest.mark.django_db
TODAY = dt.date(2026, 11, 25)


def test_the_demo_year_has_registration_open_today_and_a_finished_year_before_it() -> None:
    build_demo(TODAY)
    current = current_exam_year()
    assert current is not None and current.year == 2027
    noon = start_of_day(TODAY) + dt.timedelta(hours=12)
    states = {w.kind: w.state(noon).value for w in year_windows(current)}
    assert states["registration"] == "open" and states["onsite_confirmation"] == "open"
    assert states["exam"] == "upcoming" and states["certificate"] == "upcoming"
    finished = {w.kind: w.state(noon).value for w in year_windows(ExamYear.objects.get(year=2026))}
    assert set(finished.values()) == {"closed", "open"} and finished["certificate"] == "open"


def test_the_demo_is_idempotent_and_its_logins_work() -> None:
    first = build_demo(TODAY)
    counts = (ExamRegion.objects.count(), TestSite.objects.count(), ExamYear.objects.count())
    second = build_demo(TODAY)
    assert (ExamRegion.objects.count(), TestSite.objects.count(), ExamYear.objects.count()) == counts
    assert first == second
    for login in second:
        assert authenticate(email=login.email, password=DEMO_PASSWORD) is not None


def test_the_demo_has_a_regional_confirmation_window() -> None:
    build_demo(TODAY)
    hubei = ExamRegion.objects.get(code="42")
    national = {w.kind: w for w in year_windows(current_exam_year())}
    regional = {w.kind: w for w in year_windows(current_exam_year(), hubei)}
    assert regional["onsite_confirmation"].ends_at < national["onsite_confirmation"].ends_at
