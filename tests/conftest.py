from __future__ import annotations

from pathlib import Path

import pytest

from weikao.catalog.services import LoadReport, load_reference

REPO = Path(__file__).resolve().parents[1]
SEED_NAME = "000_2935dbf02ded8e77.txt"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Browser tests run after all others (they share one browser for the rest of the session)."""
    items.sort(key=lambda item: item.get_closest_marker("e2e") is not None)


@pytest.fixture(autouse=True)
def _fresh_cache() -> None:
    """The cache outlives a test's database transaction: start every test without it."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def reference(db: None) -> LoadReport:
    """The reviewed reference data, loaded as `weikao load-reference` does."""
    return load_reference(actor=None)


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The handbook the rules come from (shared/seed beside the checkout)."""
    candidates = [REPO.parent / "shared" / "seed" / SEED_NAME, REPO / "shared" / "seed" / SEED_NAME]
    for path in candidates:
        if path.exists():
            return path.read_text(encoding="utf-8")
    pytest.fail(f"the handbook {SEED_NAME} is missing: expected it in ../shared/seed/ beside the checkout")
