"""The reviewed reference files under reference/, validated before anything is written."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator

REFERENCE_DIR = Path(__file__).resolve().parent / "reference"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class CategoryRow(_Strict):
    code: str
    name: str
    series: Literal["physician", "pharmacy", "nursing", "technician"]
    order: int


class SpecialtyRow(_Strict):
    code: str = Field(pattern=r"^[0-9]{3}$")
    name: str = Field(min_length=1)
    category: str


class SubjectRow(_Strict):
    code: str
    name: str
    order: int
    full_marks: int = Field(gt=0)
    duration_minutes: int = Field(gt=0)
    default_start: dt.time
    default_end: dt.time


class ProvinceRow(_Strict):
    code: str = Field(pattern=r"^[0-9]{2}$")
    short_name: str
    name: str
    certificate_note: str
    certificate_note_source: str  # empty where the handbook gives no note for the province

    @field_validator("certificate_note_source", mode="before")
    @classmethod
    def _no_source_is_empty(cls, value: str | None) -> str:
        return value or ""


class DocumentTypeRow(_Strict):
    code: str
    name: str
    order: int
    nationality: str


class WindowRow(_Strict):
    kind: str
    start: dt.date
    end: dt.date | None
    source: str

    @field_validator("end")
    @classmethod
    def _end_not_before_start(cls, end: dt.date | None, info: Any) -> dt.date | None:
        start = info.data.get("start")
        if end is not None and start is not None and end < start:
            raise ValueError(f"window ends ({end}) before it starts ({start})")
        return end


class ExamYearRow(_Strict):
    year: int = Field(ge=2000, le=2100)
    windows: list[WindowRow]


class ReferenceData(_Strict):
    categories: list[CategoryRow]
    specialties: list[SpecialtyRow]
    subjects: list[SubjectRow]
    provinces: list[ProvinceRow]
    document_types: list[DocumentTypeRow]
    exam_years: list[ExamYearRow]


def _read(directory: Path, name: str) -> Any:
    with (directory / f"{name}.yaml").open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)[name]


def read_reference(directory: Path = REFERENCE_DIR) -> ReferenceData:
    data = ReferenceData(
        **{
            name: _read(directory, name)
            for name in ("categories", "specialties", "subjects", "provinces", "document_types", "exam_years")
        }
    )
    _check_integrity(data)
    return data


def _check_integrity(data: ReferenceData) -> None:
    def unique(label: str, values: list[Any]) -> None:
        seen = {v for v in values if values.count(v) > 1}
        if seen:
            raise ValueError(f"duplicate {label}: {sorted(seen)}")

    unique("specialty code", [s.code for s in data.specialties])
    unique("specialty name", [s.name for s in data.specialties])
    unique("province code", [p.code for p in data.provinces])
    unique("exam year", [y.year for y in data.exam_years])
    categories = {c.code for c in data.categories}
    unknown = {s.category for s in data.specialties} - categories
    if unknown:
        raise ValueError(f"specialties refer to unknown categories: {sorted(unknown)}")
