from typing import Any

from django.core.management.base import BaseCommand

from weikao.accounts.services import ensure_national_staff_group
from weikao.catalog.services import load_reference


class Command(BaseCommand):
    help = "载入基础数据（专业、科目、省份、证件类型、历年日程），来自 catalog/reference/ 下经审核的文件。"

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--overwrite", action="store_true", help="用文件内容覆盖工作人员已修改的记录")

    def handle(self, *args: Any, overwrite: bool, **options: Any) -> None:
        report = load_reference(actor=None, overwrite=overwrite)
        ensure_national_staff_group()
        self.stdout.write(f"新增: {report.created or '无'}；更新: {report.updated or '无'}")
        for line in report.kept:
            self.stdout.write(f"保留工作人员修改（未覆盖）: {line}")
