"""Demo staff accounts; each later stage adds the candidates and staff it needs."""

from __future__ import annotations

from dataclasses import dataclass

from weikao.accounts.models import Role, User
from weikao.accounts.services import staff_account_create

DEMO_PASSWORD = "weikao2027"  # noqa: S105 -- the published password of the demo accounts


@dataclass(frozen=True)
class DemoLogin:
    email: str
    role: str
    shows: str


DEMO_STAFF = [
    ("admin@weikao.demo", "系统管理员", Role.ADMIN, "工作人员平台的全部功能：用户、审计记录、全部基础数据"),
    ("national@weikao.demo", "国家考务", Role.NATIONAL, "维护专业目录、科目、省份、考区考点与考试日程"),
]


def ensure_demo_staff() -> list[DemoLogin]:
    logins = []
    for email, name, role, shows in DEMO_STAFF:
        if not User.objects.filter(email=email).exists():
            staff_account_create(email=email, password=DEMO_PASSWORD, full_name=name, role=role, actor=None)
        logins.append(DemoLogin(email=email, role=str(role.label), shows=shows))
    return logins
