from pathlib import Path

import pytest
import yaml
from pydantic import ValidationError

from weikao.accounts.models import AuditEvent
from weikao.catalog.models import Specialty, TimelineWindow
from weikao.catalog.reference_files import REFERENCE_DIR, read_reference
from weikao.catalog.services import load_reference

pytestmark = pytest.mark.django_db


def test_loading_twice_creates_nothing_the_second_time(reference) -> None:
    assert reference.created["考试专业"] == 86
    again = load_reference(actor=None)
    assert again.created == {} and again.updated == {} and again.kept == []
    assert Specialty.objects.count() == 86


def test_a_staff_edit_is_kept_unless_overwrite_is_asked(reference) -> None:
    Specialty.objects.filter(code="303").update(name="内科学（修订）")
    kept = load_reference(actor=None)
    assert Specialty.objects.get(code="303").name == "内科学（修订）"
    assert any("303" in line for line in kept.kept)
    replaced = load_reference(actor=None, overwrite=True)
    assert replaced.updated == {"考试专业": 1}
    assert Specialty.objects.get(code="303").name == "内科学"


def test_every_load_leaves_an_audit_record(reference) -> None:
    event = AuditEvent.objects.get(action="reference_load")
    assert event.data["created"]["考试专业"] == 86


def _copy_reference(tmp_path: Path) -> Path:
    for f in REFERENCE_DIR.glob("*.yaml"):
        (tmp_path / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    return tmp_path


def test_a_duplicated_code_in_a_file_is_refused_and_nothing_is_written(tmp_path: Path, db) -> None:
    directory = _copy_reference(tmp_path)
    data = yaml.safe_load((directory / "specialties.yaml").read_text(encoding="utf-8"))
    data["specialties"].append({"code": "303", "name": "重复的内科学", "category": "clinical"})
    (directory / "specialties.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ValueError, match="duplicate specialty code"):
        load_reference(actor=None, data=read_reference(directory))
    assert Specialty.objects.count() == 0


def test_a_malformed_code_or_a_window_ending_before_it_starts_is_refused(tmp_path: Path) -> None:
    directory = _copy_reference(tmp_path)
    data = yaml.safe_load((directory / "specialties.yaml").read_text(encoding="utf-8"))
    data["specialties"][0]["code"] = "30A"
    (directory / "specialties.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ValidationError):
        read_reference(directory)

    directory = _copy_reference(tmp_path)
    years = yaml.safe_load((directory / "exam_years.yaml").read_text(encoding="utf-8"))
    years["exam_years"][0]["windows"][0]["end"] = "2016-01-01"
    (directory / "exam_years.yaml").write_text(yaml.safe_dump(years, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ValidationError, match="before it starts"):
        read_reference(directory)


def test_historical_windows_carry_their_source(reference) -> None:
    assert not TimelineWindow.objects.filter(source="").exists()
    assert TimelineWindow.objects.filter(exam_year__year=2019, kind="payment").exists()
