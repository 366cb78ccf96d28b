import datetime as dt

import pytest
import time_machine

from weikao.core.shanghai_time import SHANGHAI

pytestmark = pytest.mark.django_db


def test_specialties_by_code_or_name(client, reference) -> None:
    rows = client.get("/api/v1/catalog/specialties/", {"q": "303"}).json()
    assert rows == [
        {
            "code": "303",
            "name": "内科学",
            "category": "临床类",
            "category_code": "clinical",
            "series": "physician",
            "level": "intermediate",
        }
    ]
    assert [r["code"] for r in client.get("/api/v1/catalog/specialties/", {"q": "儿科"}).json()] == [
        "332",
        "333",
        "372",
    ]


def test_the_catalog_api_is_read_only(client, reference) -> None:
    assert client.post("/api/v1/catalog/specialties/", {"code": "999"}).status_code in (403, 405)


@time_machine.travel(dt.datetime(2022, 1, 1, 12, tzinfo=SHANGHAI), tick=False)
def test_the_current_timeline_carries_the_servers_clock(client, reference) -> None:
    body = client.get("/api/v1/exam-years/current/timeline/").json()
    assert body["year"] == 2022
    assert body["server_now"].startswith("2022-01-01T12:00:00")
    assert body["windows"] == [
        {
            "kind": "registration",
            "label": "网上报名",
            "starts_at": "2021-12-08T00:00:00+08:00",
            "ends_at": None,
            "state": "open",
        }
    ]


def test_no_calendar_is_a_404_with_a_chinese_message(client, db) -> None:
    response = client.get("/api/v1/exam-years/current/timeline/")
    assert response.status_code == 404 and response.json()["detail"] == "本年度考试日程尚未公布。"


def test_the_openapi_schema_describes_the_endpoints(client, db) -> None:
    schema = client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").content.decode()
    assert "/api/v1/catalog/specialties/" in schema and "/api/v1/exam-years/current/timeline/" in schema
