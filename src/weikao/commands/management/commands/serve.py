import os
import shutil
import sys
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "启动网站服务（gunicorn，默认 http://127.0.0.1:8000）。"

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--bind", default=os.environ.get("WEIKAO_BIND", "127.0.0.1:8000"))
        parser.add_argument("--workers", type=int, default=int(os.environ.get("WEB_CONCURRENCY", "2")))

    def handle(self, *args: Any, bind: str, workers: int, **options: Any) -> None:
        call_command("collectstatic", interactive=False, verbosity=0)
        gunicorn = shutil.which("gunicorn", path=os.path.dirname(sys.executable)) or shutil.which("gunicorn")
        if gunicorn is None:
            raise CommandError("找不到 gunicorn：请先运行 make setup")
        self.stdout.write(
            f"卫考 正在 http://{bind}/ 提供服务（数据库：{settings.DATABASES['default']['ENGINE']}）"
        )
        sys.stdout.flush()
        argv = [gunicorn, "weikao.wsgi", "--bind", bind, "--workers", str(workers), "--access-logfile", "-"]
        os.execv(gunicorn, argv)  # noqa: S606 -- replace this process with gunicorn, no shell
