"""The `weikao` console command, run as a newcomer would run it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

BIN = Path(sys.executable).parent


def run_weikao(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL"}}
    env.update(WEIKAO_VAR_DIR=str(tmp_path), DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}")
    return subprocess.run([str(BIN / "weikao"), *args], env=env, capture_output=True, text=True, timeout=300)


def test_demo_then_catalog_specialties_from_the_console(tmp_path: Path) -> None:
    demo = run_weikao(tmp_path, "demo")
    assert demo.returncode == 0, demo.stderr
    assert "admin@weikao.demo" in demo.stdout and "national@weikao.demo" in demo.stdout
    listing = run_weikao(tmp_path, "catalog", "specialties")
    assert listing.returncode == 0, listing.stderr
    rows = json.loads(listing.stdout)
    assert len(rows) == 86
    assert {"code": "303", "name": "内科学", "category": "临床类"} in rows
    again = run_weikao(tmp_path, "load-reference")
    assert again.returncode == 0 and "新增: 无" in again.stdout


def test_catalog_on_an_empty_database_says_what_to_do(tmp_path: Path) -> None:
    assert run_weikao(tmp_path, "migrate", "-v0").returncode == 0
    result = run_weikao(tmp_path, "catalog", "specialties")
    assert result.returncode != 0 and "请先运行 weikao load-reference" in result.stderr


@pytest.mark.django_db
def test_catalog_subjects_json(reference, capsys) -> None:
    from django.core.management import call_command

    call_command("catalog", "subjects")
    subjects = json.loads(capsys.readouterr().out)
    assert [s["default_time"] for s in subjects] == [
        "08:30-10:00",
        "10:45-12:15",
        "14:00-15:30",
        "16:15-17:45",
    ]
