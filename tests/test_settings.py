"""Settings come from the environment; production settings pass `check --deploy` with nothing to report."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

BIN = Path(sys.executable).parent
PRODUCTION = {
    "WEIKAO_ENV": "production",
    "SECRET_KEY": "p" * 20 + "-Zx8!kq2#Lr9@vW4$tY7%nB3^mC6&hJ1*",
    "ALLOWED_HOSTS": "weikao.example.cn",
    "DATABASE_URL": "postgres://weikao@db.internal:5432/weikao",
    "REDIS_URL": "redis://cache.internal:6379/0",
    "DEBUG": "0",
}


def weikao(tmp_path: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if k not in PRODUCTION and k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    return subprocess.run(
        [str(BIN / "weikao"), *args],
        env={**base, "WEIKAO_VAR_DIR": str(tmp_path), **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_check_deploy_with_nothing_reported(tmp_path: Path) -> None:
    result = weikao(tmp_path, PRODUCTION, "check", "--deploy", "--fail-level", "DEBUG")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_production_refuses_to_start_without_a_secret_key(tmp_path: Path) -> None:
    env = {**PRODUCTION, "SECRET_KEY": ""}
    result = weikao(tmp_path, env, "check")
    assert result.returncode != 0 and "SECRET_KEY must be set in production" in result.stderr


def test_production_refuses_debug(tmp_path: Path) -> None:
    result = weikao(tmp_path, {**PRODUCTION, "DEBUG": "1"}, "check")
    assert result.returncode != 0 and "DEBUG must be off in production" in result.stderr


def test_the_embedded_default_uses_sqlite_under_var_and_a_kept_secret(tmp_path: Path) -> None:
    code = "from django.conf import settings as s; print(s.DATABASES['default']['NAME']); print(s.SECRET_KEY)"
    first = weikao(tmp_path, {"DATABASE_URL": ""}, "shell", "-v0", "-c", code)
    assert first.returncode == 0, first.stderr
    name, key = first.stdout.split()
    assert name == str(tmp_path / "weikao.sqlite3") and len(key) > 50
    second = weikao(tmp_path, {"DATABASE_URL": ""}, "shell", "-v0", "-c", code)
    assert second.stdout.split()[1] == key  # the same installation keeps its key
