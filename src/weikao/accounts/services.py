"""Writers for accounts: staff groups and staff accounts."""

from __future__ import annotations

from django.contrib.auth.models import Group, Permission
from django.db import transaction

from weikao.accounts import audit
from weikao.accounts.models import Role, User, normalize_email

NATIONAL_STAFF_GROUP = "国家考务"
# National staff keep the reference data (手册 第一部分: the catalog, calendar, regions and sites).
NATIONAL_EDITABLE_APPS = ("catalog",)


@transaction.atomic
def ensure_national_staff_group() -> Group:
    """The group whose members may view and edit all reference data in the staff site."""
    group, _ = Group.objects.get_or_create(name=NATIONAL_STAFF_GROUP)
    perms = Permission.objects.filter(content_type__app_label__in=NATIONAL_EDITABLE_APPS)
    group.permissions.set(perms)
    return group


@transaction.atomic
def staff_account_create(
    *, email: str, password: str, full_name: str, role: Role, actor: User | None
) -> User:
    if role not in (Role.NATIONAL, Role.ADMIN):
        # Unit, site and region staff need a place they are scoped to; that comes with the review stage.
        raise ValueError(f"role {role} needs a scope and cannot be created here")
    user = User.objects.create_user(
        normalize_email(email),
        password,
        full_name=full_name,
        role=role,
        is_staff=True,
        is_superuser=role == Role.ADMIN,
    )
    if role == Role.NATIONAL:
        user.groups.add(ensure_national_staff_group())
    audit.record(action="staff_account_create", actor=actor, target=user, data={"role": str(role)})
    return user
