"""Public pages against a bare Django view, in the same process, on the same database.

    python bench/public_pages.py [--requests N]

Prints requests/second for each page and its ratio to the bare view (1.0 = as cheap as Django itself).
Uses the database of DATABASE_URL (or a throw-away SQLite file) after `weikao demo`'s data is built.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "weikao.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client, override_settings  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402
from django.utils import timezone  # noqa: E402

from weikao.core.shanghai_time import local_day  # noqa: E402
from weikao.demo.build import build_demo  # noqa: E402

PAGES = {
    "bare Django view (baseline)": "/bench/bare/",
    "home page (calendar + countdown)": "/",
    "catalog search 儿科": "/catalog/specialties/?q=%E5%84%BF%E7%A7%91",
    "catalog, all 86": "/catalog/specialties/",
    "API specialties ?q=303": "/api/v1/catalog/specialties/?q=303",
}


def measure(client: Client, url: str, requests: int) -> float:
    for _ in range(20):  # warm-up
        assert client.get(url).status_code == 200
    start = time.perf_counter()
    for _ in range(requests):
        client.get(url)
    return requests / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=1000)
    args = parser.parse_args()
    setup_test_environment()
    call_command("migrate", verbosity=0)
    build_demo(local_day(timezone.now()))
    engine = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    results = {}
    with override_settings(
        ROOT_URLCONF="bench.bench_urls",
        REST_FRAMEWORK={**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_CLASSES": []},
    ):
        client = Client()
        for label, url in PAGES.items():
            results[label] = measure(client, url, args.requests)
    baseline = results["bare Django view (baseline)"]
    rows = [
        {"database": engine, "page": k, "req_per_s": round(v), "ratio_to_bare": round(v / baseline, 3)}
        for k, v in results.items()
    ]
    print(json.dumps(rows, ensure_ascii=False))


if __name__ == "__main__":
    main()
