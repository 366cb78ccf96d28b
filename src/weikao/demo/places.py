"""Demo exam regions (考区) and test sites (考点); real ones are kept by staff in the staff site."""

from __future__ import annotations

from weikao.catalog.models import ExamRegion, Province
from weikao.catalog.services import exam_region_upsert, site_upsert

# (region code, region name, province code, online payment, [(site code, site name, address)])
DEMO_PLACES = [
    (
        "11",
        "北京考区",
        "11",
        True,
        [("1101", "东城考点", "北京市东城区"), ("1108", "海淀考点", "北京市海淀区")],
    ),
    (
        "42",
        "湖北考区",
        "42",
        True,
        [("4201", "武汉考点", "湖北省武汉市"), ("4203", "十堰考点", "湖北省十堰市")],
    ),
    (
        "44",
        "广东考区",
        "44",
        True,
        [("4400", "省直考点", "广东省广州市"), ("4405", "汕头考点", "广东省汕头市")],
    ),
    ("65", "新疆考区", "65", False, [("6501", "乌鲁木齐考点", "新疆维吾尔自治区乌鲁木齐市")]),
]


def ensure_demo_places() -> list[ExamRegion]:
    regions = []
    for code, name, province_code, online_payment, sites in DEMO_PLACES:
        region = exam_region_upsert(
            code=code,
            name=name,
            province=Province.objects.get(code=province_code),
            online_payment=online_payment,
            actor=None,
        )
        for site_code, site_name, address in sites:
            site_upsert(code=site_code, name=site_name, region=region, address=address, actor=None)
        regions.append(region)
    return regions
