"""With REDIS_URL, cache entries (and so rate limits and cached sessions) are shared by every process."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

BIN = Path(sys.executable).parent
REDIS_URL = os.environ.get("REDIS_TEST_URL", "redis://127.0.0.1:6379/15")


def redis_reachable() -> bool:
    import redis

    try:
        return bool(redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2).ping())
    except redis.RedisError:
        return False


def shell(tmp_path: Path, code: str) -> str:
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}}
    env.update(WEIKAO_VAR_DIR=str(tmp_path), REDIS_URL=REDIS_URL)
    result = subprocess.run(
        [str(BIN / "weikao"), "shell", "-v0", "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_a_value_cached_by_one_process_is_read_by_another(tmp_path: Path) -> None:
    if not redis_reachable():
        if os.environ.get("CI"):
            pytest.fail(f"Redis is required in CI but not reachable at {REDIS_URL}")
        pytest.skip(f"no Redis at {REDIS_URL}")
    key = f"weikao-test-{uuid.uuid4().hex}"
    setup = "from django.core.cache import cache; from django.conf import settings as s; "
    written = shell(
        tmp_path, setup + f"cache.set('{key}', '考区', 30); print(s.CACHES['default']['BACKEND'])"
    )
    assert written == "django.core.cache.backends.redis.RedisCache"
    assert shell(tmp_path, setup + f"print(cache.get('{key}')); cache.delete('{key}')") == "考区"


def test_celery_runs_tasks_in_process_in_the_embedded_default() -> None:
    from weikao.celery import app

    assert app.conf.task_always_eager is True and app.conf.broker_url == "memory://"
