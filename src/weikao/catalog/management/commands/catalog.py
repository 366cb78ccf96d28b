import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from weikao.catalog.models import Province, Subject
from weikao.catalog.selectors import search_specialties


class Command(BaseCommand):
    help = "以 JSON 输出基础数据：specialties（专业目录）、subjects（科目）、provinces（省份）。"

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("what", choices=["specialties", "subjects", "provinces"])
        parser.add_argument("--q", default="", help="专业代码前缀或名称关键词")

    def handle(self, *args: Any, what: str, q: str, **options: Any) -> None:
        if what == "specialties":
            rows: list[dict[str, Any]] = [
                {"code": s.code, "name": s.name, "category": s.category.name} for s in search_specialties(q)
            ]
        elif what == "subjects":
            rows = [
                {
                    "code": s.code,
                    "name": s.name,
                    "full_marks": s.full_marks,
                    "duration_minutes": s.duration_minutes,
                    "default_time": f"{s.default_start:%H:%M}-{s.default_end:%H:%M}",
                }
                for s in Subject.objects.all()
            ]
        else:
            rows = [
                {"code": p.code, "name": p.name, "short_name": p.short_name} for p in Province.objects.all()
            ]
        if not rows and what == "specialties" and not q:
            raise CommandError("专业目录为空：请先运行 weikao load-reference")
        self.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2))
