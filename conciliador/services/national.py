"""The unified criteria are the national office's to publish."""

from __future__ import annotations

from sqlalchemy.orm import Session

from conciliador.domain.enums import OfficeLevel
from conciliador.models import Office
from conciliador.services.actor import Actor
from conciliador.services.errors import PermissionDenied
from conciliador.services.permissions import Permission, require


def require_national(session: Session, actor: Actor) -> Actor:
    """The unified criteria are the national office's: only its administrators (or the local
    command line) publish them."""
    permission = Permission.PUBLISH_CRITERIA
    actor = require(session, actor, permission)
    if actor.is_system:
        return actor
    office = session.get(Office, actor.office_id) if actor.office_id is not None else None
    if office is None or office.level != OfficeLevel.NACIONAL or office.parent_id is not None:
        raise PermissionDenied(
            f"Solo la oficina nacional puede {permission.value}: su cuenta es de otra oficina."
        )
    return actor
