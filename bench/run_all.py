"""Run every benchmark on SQLite and, when reachable, PostgreSQL; print a Markdown table.

    make bench

Each benchmark measures its baseline in the same run and reports the ratio to it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
PG_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/test"
PG_BENCH_DB = "weikao_bench"


def postgres_url() -> str | None:
    try:
        import psycopg

        with psycopg.connect(PG_ADMIN_URL, autocommit=True, connect_timeout=3) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {PG_BENCH_DB}")
            conn.execute(f"CREATE DATABASE {PG_BENCH_DB}")
    except Exception as exc:  # noqa: BLE001 -- any failure means "no PostgreSQL here"
        print(f"PostgreSQL not reachable, SQLite only: {exc}", file=sys.stderr)
        return None
    return f"postgres://postgres@127.0.0.1:5432/{PG_BENCH_DB}"


def run(script: str, database_url: str, var_dir: str) -> list[dict[str, object]]:
    env = {**os.environ, "DATABASE_URL": database_url, "WEIKAO_VAR_DIR": var_dir}
    env.pop("REDIS_URL", None)
    out = subprocess.run(
        [sys.executable, str(HERE / script)], env=env, check=True, capture_output=True, text=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    rows: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory() as var_dir:
        rows += run("public_pages.py", f"sqlite:///{var_dir}/bench.sqlite3", var_dir)
        pg = postgres_url()
        if pg:
            rows += run("public_pages.py", pg, var_dir)
    print("| database | page | requests/s | ratio to bare view |")
    print("| --- | --- | ---: | ---: |")
    for r in rows:
        print(f"| {r['database']} | {r['page']} | {r['req_per_s']} | {r['ratio_to_bare']} |")


if __name__ == "__main__":
    main()
