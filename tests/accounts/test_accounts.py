import pytest
from django.contrib.auth import authenticate
from django.db import IntegrityError

from weikao.accounts.models import AuditEvent, Role, User
from weikao.accounts.services import NATIONAL_STAFF_GROUP, staff_account_create

pytestmark = pytest.mark.django_db


def test_email_is_case_insensitive_for_login_and_uniqueness() -> None:
    User.objects.create_user("Doctor.Li@Example.COM", "abc12345")
    assert authenticate(email="doctor.li@example.com", password="abc12345") is not None
    assert authenticate(email="DOCTOR.LI@EXAMPLE.COM", password="abc12345") is not None
    assert (
        authenticate(email="doctor.li@example.com", password="ABC12345") is None
    )  # passwords keep their case
    with pytest.raises(IntegrityError):
        User.objects.create_user("doctor.li@EXAMPLE.com", "other123")


def test_passwords_are_hashed_with_argon2() -> None:
    user = User.objects.create_user("a@example.com", "abc12345")
    assert user.password.startswith("argon2$")


def test_national_staff_get_the_reference_data_permissions_and_an_audit_record(reference) -> None:
    user = staff_account_create(
        email="Nat@Weikao.Demo", password="weikao2027", full_name="国家考务", role=Role.NATIONAL, actor=None
    )
    assert user.email == "nat@weikao.demo" and user.is_staff and not user.is_superuser
    assert user.groups.filter(name=NATIONAL_STAFF_GROUP).exists()
    assert user.has_perm("catalog.change_specialty") and user.has_perm("catalog.add_timelinewindow")
    assert not user.has_perm("accounts.change_user")
    assert AuditEvent.objects.filter(action="staff_account_create", target_id=str(user.pk)).exists()


def test_scoped_staff_cannot_be_created_without_a_scope() -> None:
    with pytest.raises(ValueError, match="scope"):
        staff_account_create(
            email="u@x.cn", password="abc12345", full_name="单位", role=Role.UNIT, actor=None
        )
    assert not User.objects.exists()
