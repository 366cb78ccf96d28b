from pathlib import Path

import pytest

from weikao.config import database_from_url, env_bool, env_list


def test_postgres_url_gives_every_connection_part() -> None:
    db = database_from_url(
        "postgres://exam:p%40ss@db.internal:6432/weikao?sslmode=require", base_dir=Path("/x")
    )
    assert db["ENGINE"] == "django.db.backends.postgresql"
    assert (db["NAME"], db["USER"], db["PASSWORD"], db["HOST"], db["PORT"]) == (
        "weikao",
        "exam",
        "p@ss",
        "db.internal",
        "6432",
    )
    assert db["OPTIONS"] == {"sslmode": "require"}


def test_sqlite_urls_relative_and_absolute() -> None:
    assert database_from_url("sqlite:///var/x.db", base_dir=Path("/srv"))["NAME"] == "/srv/var/x.db"
    assert database_from_url("sqlite:////data/x.db", base_dir=Path("/srv"))["NAME"] == "/data/x.db"


def test_unknown_database_scheme_is_refused() -> None:
    with pytest.raises(ValueError, match="unsupported"):
        database_from_url("mysql://root@localhost/x", base_dir=Path("/"))


def test_booleans_and_lists_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FLAG", "Yes")
    assert env_bool("FLAG", False) is True
    monkeypatch.setenv("FLAG", "maybe")
    with pytest.raises(ValueError):
        env_bool("FLAG", False)
    monkeypatch.setenv("HOSTS", "a.example, b.example,")
    assert env_list("HOSTS", []) == ["a.example", "b.example"]
    assert env_bool("UNSET_FLAG_X", True) is True
