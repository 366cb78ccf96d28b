from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.utils import timezone

from weikao.core.shanghai_time import local_day
from weikao.demo.accounts import DEMO_PASSWORD
from weikao.demo.build import build_demo


class Command(BaseCommand):
    help = "建库并载入基础数据与演示数据（演示考试年度、考区考点、演示账号），然后列出演示账号。"

    def handle(self, *args: Any, **options: Any) -> None:
        call_command("migrate", interactive=False, verbosity=0)
        logins = build_demo(local_day(timezone.now()))
        self.stdout.write(f"演示账号（密码均为 {DEMO_PASSWORD}）：")
        for login in logins:
            self.stdout.write(f"  {login.email:<28} {login.role:<8} {login.shows}")
        self.stdout.write("工作人员平台： http://127.0.0.1:8000/admin/")
