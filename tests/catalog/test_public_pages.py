import datetime as dt

import pytest
import time_machine
from django.urls import reverse

from weikao.catalog.models import ExamYear, WindowKind
from weikao.catalog.services import WindowSpec, exam_year_publish
from weikao.core.shanghai_time import SHANGHAI, end_of_day_exclusive, start_of_day

pytestmark = pytest.mark.django_db


def publish_2027() -> None:
    d = dt.date
    exam_year_publish(
        year=2027,
        windows=[
            WindowSpec(
                WindowKind.REGISTRATION, start_of_day(d(2026, 12, 8)), end_of_day_exclusive(d(2027, 1, 8))
            ),
            WindowSpec(
                WindowKind.ONSITE_CONFIRMATION,
                start_of_day(d(2026, 12, 9)),
                end_of_day_exclusive(d(2027, 1, 5)),
            ),
            WindowSpec(
                WindowKind.PAYMENT, start_of_day(d(2027, 1, 15)), end_of_day_exclusive(d(2027, 1, 31))
            ),
            WindowSpec(WindowKind.CERTIFICATE, start_of_day(d(2027, 9, 20)), None),
        ],
        actor=None,
    )


@time_machine.travel(dt.datetime(2026, 12, 20, 10, 0, tzinfo=SHANGHAI), tick=False)
def test_home_shows_what_is_open_today_and_counts_down_to_the_next_deadline(client, reference) -> None:
    publish_2027()
    page = client.get(reverse("catalog:home")).content.decode()
    assert "2027年度考试日程" in page
    assert "今天是 2026年12月20日" in page
    assert '<span class="tag open">网上报名</span><span class="tag open">现场确认</span>' in page
    # 现场确认 closes first: 2027-01-05 24:00 Beijing, 16 days 14 hours from 2026-12-20 10:00.
    assert "下一个截止：<strong>现场确认</strong> 截止于 2027年1月5日 24:00" in page
    assert '还剩 <b class="d">16</b> 天 <b class="h">14</b> 小时' in page
    assert "下一个开始：<strong>缴费</strong> 开始于 2027年1月15日 00:00" in page
    assert "2027年9月20日 起（证书长期有效）" in page  # certificates never close


@time_machine.travel(dt.datetime(2027, 2, 10, 9, 0, tzinfo=SHANGHAI), tick=False)
def test_home_between_windows_has_no_deadline_but_names_the_next_opening(client, reference) -> None:
    publish_2027()
    page = client.get(reverse("catalog:home")).content.decode()
    assert "当前没有开放的环节" in page
    assert "下一个截止" not in page
    assert "下一个开始：<strong>证书</strong>" in page


def test_home_without_any_published_calendar_says_so(client, db) -> None:
    page = client.get(reverse("catalog:home")).content.decode()
    assert "本年度考试日程尚未公布" in page


def test_unpublished_year_stays_off_the_public_page(client, reference) -> None:
    publish_2027()
    ExamYear.objects.filter(year=2027).update(is_published=False)
    assert "2027年度" not in client.get(reverse("catalog:home")).content.decode()


def test_catalog_page_searches_by_code_and_by_name(client, reference) -> None:
    page = client.get(reverse("catalog:specialties"), {"q": "303"}).content.decode()
    assert "共找到 1 个专业" in page and "内科学" in page
    page = client.get(reverse("catalog:specialties"), {"q": "儿科"}).content.decode()
    assert "共找到 3 个专业" in page
    for name in ("儿科学", "中医儿科学", "儿科护理"):
        assert f'<td class="name">{name}</td>' in page


def test_catalog_page_without_a_query_lists_all_86_grouped_by_category(client, reference) -> None:
    page = client.get(reverse("catalog:specialties")).content.decode()
    assert "共 86 个专业" in page
    assert page.count("<caption>") == 7


def test_catalog_page_answers_bad_input_in_chinese(client, reference) -> None:
    response = client.get(
        reverse("catalog:specialties"), {"q": "<script>x</script>" * 10, "category": "x" * 500}
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "没有找到与" in page and "请检查专业代码或换一个关键词" in page
    assert "<script>x" not in page  # escaped, and cut to 20 characters


@time_machine.travel(dt.datetime(2026, 12, 20, 10, 0, tzinfo=SHANGHAI), tick=False)
def test_home_shows_a_regions_own_confirmation_window_when_asked(client, reference) -> None:
    from weikao.catalog.models import ExamRegion, Province, TimelineWindow

    publish_2027()
    hubei = ExamRegion.objects.create(code="42", name="湖北考区", province=Province.objects.get(code="42"))
    TimelineWindow.objects.create(
        exam_year=ExamYear.objects.get(year=2027),
        kind=WindowKind.ONSITE_CONFIRMATION,
        region=hubei,
        starts_at=start_of_day(dt.date(2026, 12, 10)),
        ends_at=end_of_day_exclusive(dt.date(2026, 12, 24)),
    )
    national = client.get(reverse("catalog:home")).content.decode()
    assert "全国统一安排；现场确认等以各地通知为准" in national and "截止于 2027年1月5日 24:00" in national
    regional = client.get(reverse("catalog:home"), {"region": "42"}).content.decode()
    assert "时间安排（湖北考区）" in regional
    assert "下一个截止：<strong>现场确认</strong> 截止于 2026年12月24日 24:00" in regional


def test_an_unknown_region_falls_back_to_the_national_calendar_with_a_notice(client, reference) -> None:
    publish_2027()
    page = client.get(reverse("catalog:home"), {"region": "99<script>"}).content.decode()
    assert "未找到该考区，以下为全国统一安排。" in page
    assert "99<script>" not in page  # the bad value is never echoed back


@time_machine.travel(dt.datetime(2021, 12, 20, 10, 0, tzinfo=SHANGHAI), tick=False)
def test_a_window_with_only_a_published_start_says_its_end_is_to_be_announced(client, reference) -> None:
    page = client.get(reverse("catalog:home")).content.decode()
    assert "2022年度考试日程" in page
    assert "2021年12月8日 起（截止日期待公布）" in page
    assert "下一个截止" not in page  # nothing to count down to
