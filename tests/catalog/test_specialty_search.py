import pytest

from weikao.catalog.selectors import search_specialties

pytestmark = pytest.mark.django_db


def codes(query: str = "", category: str = "") -> list[str]:
    return [s.code for s in search_specialties(query, category)]


def test_a_full_code_finds_exactly_that_specialty(reference) -> None:
    assert codes("303") == ["303"]


def test_a_code_prefix_finds_the_codes_it_starts(reference) -> None:
    assert codes("30") == [
        "301",
        "303",
        "304",
        "305",
        "306",
        "307",
        "308",
        "309",
        "302",
    ]  # by category, then code


def test_a_name_fragment_finds_every_specialty_containing_it(reference) -> None:
    assert codes("儿科") == ["332", "333", "372"]
    assert codes("  护理 ") == ["368", "369", "370", "372", "373", "374"]


def test_the_category_filter_and_category_names(reference) -> None:
    assert codes(category="pharmacy") == ["366", "367"]
    assert codes("口腔") == ["353", "354", "355", "356", "357", "375"]


def test_nothing_matches_nonsense_or_an_unknown_category(reference) -> None:
    assert codes("999") == []
    assert codes("'; DROP TABLE") == []
    assert codes(category="nope") == []
