"""A newcomer opens the home page, reads the calendar, and looks up specialties 303 and 儿科."""

from __future__ import annotations

import pytest
from django.utils import timezone

from weikao.core.shanghai_time import local_day
from weikao.demo.build import build_demo

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo_site(live_server):
    build_demo(local_day(timezone.now()))
    return live_server.url


def test_home_page_shows_the_calendar_with_a_running_countdown(page, demo_site, artifacts) -> None:
    page.goto(demo_site + "/")
    assert page.locator("h1").inner_text().endswith("年度考试日程")
    rows = page.locator("#timeline tbody tr")
    assert rows.count() == 8
    labels = [rows.nth(i).locator("th").inner_text() for i in range(8)]
    assert labels == ["网上报名", "现场确认", "缴费", "准考证打印", "考试", "成绩查询", "成绩单打印", "证书"]
    registration = page.locator('#timeline tr[data-kind="registration"]')
    assert "进行中" in registration.inner_text()
    assert "未开始" in page.locator('#timeline tr[data-kind="exam"]').inner_text()
    deadline = page.locator("#next-deadline")
    assert "下一个截止" in deadline.inner_text() and "还剩" in deadline.inner_text()
    seconds = deadline.locator(".s")
    first = seconds.inner_text()
    page.wait_for_function(
        "([el, v]) => el.textContent !== v", arg=[seconds.element_handle(), first], timeout=5000
    )
    page.screenshot(path=str(artifacts / "home.png"), full_page=True)


def test_searching_the_catalog_for_303_and_for_erke(page, demo_site, artifacts) -> None:
    page.goto(demo_site + "/")
    page.fill(".search-box input[name=q]", "303")
    page.click(".search-box button")
    page.wait_for_url("**/catalog/specialties/?q=303")
    assert page.locator("#result-count").inner_text() == "共找到 1 个专业"
    assert page.locator("td.code").all_inner_texts() == ["303"]
    assert page.locator("td.name").all_inner_texts() == ["内科学"]

    page.fill("form.filter input[name=q]", "儿科")
    page.click("form.filter button")
    page.wait_for_url("**/catalog/specialties/?q=*")
    assert page.locator("#result-count").inner_text() == "共找到 3 个专业"
    assert page.locator("td.name").all_inner_texts() == ["儿科学", "中医儿科学", "儿科护理"]
    assert page.locator("table.specialties caption").all_inner_texts() == [
        "临床类（医系列）",
        "中医类（医系列）",
        "护理类（护系列）",
    ]
    page.screenshot(path=str(artifacts / "catalog-erke.png"), full_page=True)


def test_the_home_page_fits_a_phone(browser, demo_site, artifacts) -> None:
    context = browser.new_context(viewport={"width": 375, "height": 740}, is_mobile=True, locale="zh-CN")
    phone = context.new_page()
    phone.goto(demo_site + "/")
    overflow = phone.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, "the page scrolls sideways on a phone"
    phone.screenshot(path=str(artifacts / "home-phone.png"), full_page=True)
    context.close()
