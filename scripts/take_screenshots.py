"""Screenshots of the public pages and the staff site, for the README and for review.

    make screenshots      (writes docs/screenshots/*.png)

Builds the demo in a throw-away database, serves it on 127.0.0.1:8765 and drives Debian's chromium.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
BIN = Path(sys.executable).parent
BIND = "127.0.0.1:8765"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
]


def wait_until_up(url: str) -> None:
    for _ in range(60):
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"server at {url} did not start")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as var:
        env = {**os.environ, "WEIKAO_VAR_DIR": var, "DATABASE_URL": f"sqlite:///{var}/shots.sqlite3"}
        env.pop("REDIS_URL", None)
        subprocess.run([str(BIN / "weikao"), "demo"], env=env, check=True, capture_output=True)
        server = subprocess.Popen(
            [str(BIN / "weikao"), "serve", "--bind", BIND, "--workers", "1"],
            env=env,
            stdout=subprocess.DEVNULL,
        )
        try:
            base = f"http://{BIND}"
            wait_until_up(base + "/")
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
                desk = browser.new_page(viewport={"width": 1100, "height": 800}, locale="zh-CN")
                desk.goto(base + "/")
                desk.screenshot(path=str(OUT / "home.png"), full_page=True)
                desk.goto(base + "/catalog/specialties/?q=儿科")
                desk.screenshot(path=str(OUT / "catalog-search.png"), full_page=True)
                desk.goto(base + "/admin/login/")
                desk.fill("#id_username", "national@weikao.demo")
                desk.fill("#id_password", "weikao2027")
                desk.click("input[type=submit]")
                desk.goto(base + "/admin/catalog/examyear/")
                desk.click("text=年度")  # the newest year first
                desk.screenshot(path=str(OUT / "staff-exam-year.png"), full_page=True)
                phone = browser.new_page(
                    viewport={"width": 375, "height": 740}, is_mobile=True, locale="zh-CN"
                )
                phone.goto(base + "/")
                phone.screenshot(path=str(OUT / "home-phone.png"), full_page=True)
                browser.close()
        finally:
            server.terminate()
            server.wait(timeout=10)
    print(f"screenshots in {OUT}")


if __name__ == "__main__":
    main()
