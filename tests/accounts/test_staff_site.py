import pytest
from django.urls import reverse

from weikao.accounts.models import AuditEvent, Role, User
from weikao.accounts.services import staff_account_create
from weikao.catalog.models import Specialty

pytestmark = pytest.mark.django_db


@pytest.fixture
def national(reference) -> User:
    return staff_account_create(
        email="national@weikao.test",
        password="weikao2027",
        full_name="国家考务",
        role=Role.NATIONAL,
        actor=None,
    )


def test_the_staff_site_is_in_chinese(client, national) -> None:
    client.force_login(national)
    page = client.get(reverse("admin:index")).content.decode()
    assert "卫考 · 工作人员平台" in page and "考试专业" in page and "时间安排" in page


def test_national_staff_edit_a_specialty_in_the_staff_site(client, national) -> None:
    client.force_login(national)
    specialty = Specialty.objects.get(code="303")
    url = reverse("admin:catalog_specialty_change", args=[specialty.pk])
    assert client.get(url).status_code == 200
    response = client.post(
        url,
        {
            "code": "303",
            "name": "内科学",
            "category": specialty.category_id,
            "level": "intermediate",
            "is_active": "",
        },
    )
    assert response.status_code == 302
    specialty.refresh_from_db()
    assert specialty.is_active is False


def test_a_bad_specialty_code_is_refused_with_a_chinese_message(client, national) -> None:
    client.force_login(national)
    response = client.post(
        reverse("admin:catalog_specialty_add"), {"code": "303", "name": "重复", "category": "1"}
    )
    assert "具有 专业代码 的 考试专业 已存在" in response.content.decode()
    assert Specialty.objects.filter(code="303").count() == 1


def test_national_staff_cannot_manage_users_or_rewrite_the_audit_trail(client, national) -> None:
    client.force_login(national)
    assert client.get(reverse("admin:accounts_user_changelist")).status_code == 403
    admin = User.objects.create_superuser("root@weikao.test", "weikao2027")
    client.force_login(admin)
    event = AuditEvent.objects.first()
    assert client.get(reverse("admin:accounts_auditevent_changelist")).status_code == 200
    assert (
        client.post(reverse("admin:accounts_auditevent_delete", args=[event.pk]), {"post": "yes"}).status_code
        == 403
    )
    assert AuditEvent.objects.filter(pk=event.pk).exists()


def test_a_candidate_never_reaches_the_staff_site(client, db) -> None:
    candidate = User.objects.create_user("doctor@example.com", "abc12345")
    client.force_login(candidate)
    response = client.get(reverse("admin:index"))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def _window_form(exam_year_id: int, start: str, end: str) -> dict[str, str]:
    return {
        "exam_year": str(exam_year_id),
        "kind": "payment",
        "region": "",
        "starts_at_0": start,
        "starts_at_1": "00:00:00",
        "ends_at_0": end,
        "ends_at_1": "00:00:00",
        "source": "考区通知",
    }


def test_a_window_ending_before_it_starts_is_refused_in_chinese_and_nothing_is_saved(
    client, national
) -> None:
    from weikao.catalog.models import ExamYear, TimelineWindow

    client.force_login(national)
    year = ExamYear.objects.get(year=2021)
    before = TimelineWindow.objects.count()
    response = client.post(
        reverse("admin:catalog_timelinewindow_add"), _window_form(year.pk, "2021-03-19", "2021-03-08")
    )
    assert response.status_code == 200 and "结束时间必须晚于开始时间。" in response.content.decode()
    assert TimelineWindow.objects.count() == before


def test_a_second_national_window_for_the_same_step_is_refused_in_chinese(client, national) -> None:
    from weikao.catalog.models import ExamYear, TimelineWindow

    client.force_login(national)
    year = ExamYear.objects.get(year=2019)  # already has its 2019-03-08..19 payment window
    response = client.post(
        reverse("admin:catalog_timelinewindow_add"), _window_form(year.pk, "2019-04-01", "2019-04-10")
    )
    assert "该考试年度已有这一环节的全国统一安排。" in response.content.decode()
    assert TimelineWindow.objects.filter(exam_year=year, kind="payment").count() == 1


def test_a_malformed_specialty_code_is_refused_in_chinese(client, national) -> None:
    client.force_login(national)
    response = client.post(
        reverse("admin:catalog_specialty_add"),
        {"code": "3O4", "name": "新专业", "category": "2", "level": "intermediate", "is_active": "on"},
    )
    assert "专业代码必须是三位数字，如 303。" in response.content.decode()
    assert not Specialty.objects.filter(name="新专业").exists()


def test_a_calendar_edit_in_the_staff_site_shows_on_the_home_page_at_once(
    client, national, django_capture_on_commit_callbacks
) -> None:
    from weikao.catalog.models import ExamYear

    assert "2022年度考试日程" in client.get("/").content.decode()  # now cached
    client.force_login(national)
    year = ExamYear.objects.get(year=2022)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("admin:catalog_examyear_change", args=[year.pk]),
            {
                "year": "2022",
                "is_published": "on",
                "note": "以人社部通知为准",
                "windows-TOTAL_FORMS": "0",
                "windows-INITIAL_FORMS": "0",
            },
        )
    assert response.status_code == 302
    assert "以人社部通知为准" in client.get("/").content.decode()
