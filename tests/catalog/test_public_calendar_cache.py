import datetime as dt

import pytest
import time_machine
from django.urls import reverse

from weikao.catalog.models import ExamYear, WindowKind
from weikao.catalog.public_calendar import CACHE_SECONDS
from weikao.catalog.services import WindowSpec, exam_year_publish
from weikao.core.shanghai_time import SHANGHAI

pytestmark = pytest.mark.django_db
NOW = dt.datetime(2029, 12, 1, 9, 0, tzinfo=SHANGHAI)


def home(client) -> str:
    return client.get(reverse("catalog:home")).content.decode()


@time_machine.travel(NOW, tick=False)
def test_a_calendar_published_by_the_service_shows_at_once(
    client, reference, django_capture_on_commit_callbacks
) -> None:
    assert "2022年度考试日程" in home(client)
    with django_capture_on_commit_callbacks(execute=True):
        exam_year_publish(
            year=2030,
            windows=[
                WindowSpec(WindowKind.REGISTRATION, NOW - dt.timedelta(days=1), NOW + dt.timedelta(days=20))
            ],
            actor=None,
        )
    assert "2030年度考试日程" in home(client)


def test_an_edit_in_the_staff_site_shows_once_the_cached_copy_expires(client, reference) -> None:
    with time_machine.travel(NOW, tick=False) as clock:
        assert "2022年度考试日程" in home(client)
        ExamYear.objects.filter(year=2022).update(note="以官方通知为准")  # as the staff site saves it
        clock.shift(dt.timedelta(seconds=CACHE_SECONDS - 1))
        assert "以官方通知为准" not in home(client)
        clock.shift(dt.timedelta(seconds=2))
        assert "以官方通知为准" in home(client)


def test_open_and_closed_are_computed_per_request_not_cached(client, reference) -> None:
    with time_machine.travel(NOW, tick=False) as clock:
        exam_year_publish(
            year=2030,
            windows=[WindowSpec(WindowKind.REGISTRATION, NOW, NOW + dt.timedelta(seconds=10))],
            actor=None,
        )
        assert '<span class="tag open">网上报名</span>' in home(client)
        clock.shift(dt.timedelta(seconds=10))
        page = home(client)
        assert '<span class="tag open">网上报名</span>' not in page and "已结束" in page
