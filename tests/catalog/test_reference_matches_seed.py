"""The loaded reference data, compared item by item with the handbook's own tables."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from weikao.catalog.models import Category, DocumentType, ExamYear, Province, Specialty, Subject, WindowKind
from weikao.core.shanghai_time import last_local_day, local_day

pytestmark = pytest.mark.django_db


def _section(text: str, start: str, end: str) -> str:
    i = text.index(start)
    return text[i : text.index(end, i)]


def _normalise(name: str) -> str:
    """The handbook types brackets as ASCII with spaces; the catalog uses the official full-width form."""
    return name.replace(" ", "").replace("(", "（").replace(")", "）")


def seed_specialties(seed: str) -> list[tuple[str, str, str]]:
    block = _section(seed, "以下是全部主治考试的专业类别及对应的专科代码", "7、主治考试报名需要有规培证吗")
    rows, category = [], ""
    for line in block.splitlines():
        header = re.match(r"^(\S+类)主治代码", line.strip())
        if header:
            category = header.group(1)
            continue
        cells = [c.strip() for c in line.split("\t") if c.strip()]
        for code, name in zip(cells[0::2], cells[1::2], strict=False):
            if re.fullmatch(r"[0-9]{3}", code):
                rows.append((code, _normalise(name), category))
    return rows


def test_every_specialty_of_the_handbook_with_its_code_name_and_category(reference, seed_text) -> None:
    expected = seed_specialties(seed_text)
    assert len(expected) == 86  # the seven tables of 第一部分 二、6
    loaded = [(s.code, s.name, s.category.name) for s in Specialty.objects.select_related("category")]
    assert sorted(loaded) == sorted(expected)


def test_the_seven_categories_and_their_series(reference) -> None:
    assert [(c.name, c.get_series_display()) for c in Category.objects.all()] == [
        ("口腔类", "医"),
        ("临床类", "医"),
        ("中西医结合类", "医"),
        ("中医类", "医"),
        ("药学类", "药"),
        ("技术类", "技"),
        ("护理类", "护"),
    ]


def test_four_subjects_of_100_points_and_90_minutes_on_the_handbook_schedule(reference, seed_text) -> None:
    block = _section(seed_text, "考试科目\t考试时间", "二、主治考试大纲")
    schedule = re.findall(r"^(\S+)\t(\d{1,2}:\d{2})--(\d{1,2}:\d{2})$", block, re.M)
    assert len(schedule) == 4
    subjects = list(Subject.objects.all())
    assert [s.name for s in subjects] == [name for name, _, _ in schedule]
    for subject, (_, start, end) in zip(subjects, schedule, strict=True):
        assert subject.default_start == dt.time.fromisoformat(start.zfill(5))
        assert subject.default_end == dt.time.fromisoformat(end.zfill(5))
        assert (subject.full_marks, subject.duration_minutes) == (100, 90)


def test_31_provinces_and_the_bingtuan_with_the_handbooks_certificate_notes(reference, seed_text) -> None:
    block = _section(seed_text, "各省的具体发放通知查询地址如下", "二、电子证书和纸质证书的区别")
    notes: dict[str, str] = {}
    last = ""
    for line in block.splitlines()[1:]:
        cells = line.split("\t")
        if len(cells) < 2:
            continue
        if cells[0].strip():
            last = cells[0].strip()
            notes[last] = cells[1].strip()
        elif last:
            notes[last] += "\n" + cells[1].strip()
    provinces = {p.short_name: p for p in Province.objects.all()}
    assert len(provinces) == 32 and "新疆兵团" in provinces
    for short_name, note in notes.items():
        assert provinces[short_name].certificate_note == note
        assert provinces[short_name].certificate_note_source
    # The handbook's table has no row for 广西: its note is generic and says it has no source.
    assert set(provinces) - set(notes) == {"广西"}
    assert provinces["广西"].certificate_note_source == ""


def test_the_six_identity_document_types(reference, seed_text) -> None:
    listed = re.search(r"「证件类型」分为(.+?)。", seed_text)
    assert listed is not None
    assert [d.name for d in DocumentType.objects.all()] == listed.group(1).split("、")


def _seed_windows(seed: str, start: str, end: str) -> dict[int, tuple[dt.date, dt.date | None]]:
    found: dict[int, tuple[dt.date, dt.date | None]] = {}
    date = r"(\d{4})年(\d{1,2})月(\d{1,2})日"
    for line in _section(seed, start, end).splitlines():
        m = re.match(rf"^(\d{{4}})\t{date}(?:--{date}|起)$", line.strip())
        if m:
            g = [int(x) for x in m.groups() if x is not None]
            first = dt.date(g[1], g[2], g[3])
            found[g[0]] = (first, dt.date(g[4], g[5], g[6]) if len(g) == 7 else None)
    return found


def _loaded(kind: WindowKind) -> dict[int, tuple[dt.date, dt.date | None]]:
    result = {}
    for year in ExamYear.objects.prefetch_related("windows"):
        for w in year.windows.all():
            if w.kind == kind and w.region_id is None:
                result[year.year] = (local_day(w.starts_at), last_local_day(w.ends_at) if w.ends_at else None)
    return result


def test_historical_registration_and_onsite_windows_2017_to_2022(reference, seed_text) -> None:
    registration = _seed_windows(seed_text, "时间\t网上报名时间", "步骤 1")
    onsite = _seed_windows(seed_text, "年度\t现场审核时间", "2、现场确认地点")
    assert sorted(registration) == [2017, 2018, 2019, 2020, 2021, 2022]
    assert registration[2022] == (dt.date(2021, 12, 8), None)
    assert sorted(onsite) == [2017, 2018, 2019, 2020, 2021]
    assert _loaded(WindowKind.REGISTRATION) == registration
    assert _loaded(WindowKind.ONSITE_CONFIRMATION) == onsite
