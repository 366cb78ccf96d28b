"""Real-browser tests: Playwright driving Debian's chromium against the live test server."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-results"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _require_browser_setup() -> None:
    if not CHROMIUM.exists():
        pytest.fail(
            "Debian's chromium is missing: apt-get install -y chromium"
            " (or run scripts/ensure-browser as root)"
        )
    fonts = subprocess.run(["fc-list", ":lang=zh", "family"], capture_output=True, text=True).stdout
    if not fonts.strip():
        pytest.fail("no CJK font: apt-get install -y fonts-wqy-zenhei, or Chinese renders as empty boxes")


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    _require_browser_setup()
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop in the test thread, so Django would refuse the ORM
    # calls of the tests' own fixtures as "async-unsafe". Browser tests run last (see the root
    # conftest), so lifting the guard from here on touches no other test; the server is unaffected.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            chromium = playwright.chromium.launch(
                executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
            )
            yield chromium
            chromium.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def page(browser) -> Iterator[object]:
    context = browser.new_context(
        locale="zh-CN", timezone_id="Asia/Shanghai", viewport={"width": 1200, "height": 900}
    )
    tab = context.new_page()
    tab.set_default_timeout(15000)
    yield tab
    context.close()


@pytest.fixture
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
