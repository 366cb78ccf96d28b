"""The one way a service records what it changed (called inside the service's transaction)."""

from __future__ import annotations

from typing import Any

from django.db import models

from weikao.accounts.models import AuditEvent, User


def record(
    *, action: str, actor: User | None, target: models.Model | None = None, data: dict[str, Any] | None = None
) -> AuditEvent:
    return AuditEvent.objects.create(
        action=action,
        actor=actor,
        target_type=target._meta.label_lower if target is not None else "",
        target_id=str(target.pk) if target is not None else "",
        data=data or {},
    )
