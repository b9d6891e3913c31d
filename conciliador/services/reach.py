"""Who a user is right now: their role, office and the offices they reach, read from the database.

The desktop keeps an ``Actor`` for as long as someone is signed in, but an administrator may
demote or deactivate that person meanwhile; ``permissions.require`` therefore rebuilds the actor
from the user's row inside every unit of work, with the helpers here.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from conciliador.domain.enums import Role
from conciliador.models import Office, User
from conciliador.services.actor import Actor


def subtree_ids(session: Session, root_id: int) -> set[int]:
    """The office and every office below it."""
    rows = session.execute(select(Office.id, Office.parent_id)).all()
    children: dict[int | None, list[int]] = {}
    for office_id, parent_id in rows:
        children.setdefault(parent_id, []).append(office_id)
    found: set[int] = set()
    pending = [root_id]
    while pending:
        current = pending.pop()
        if current in found:
            continue
        found.add(current)
        pending.extend(children.get(current, []))
    return found


def actor_for(session: Session, user: User) -> Actor:
    """The actor a user's row makes: supervisors and administrators reach the offices below."""
    reach = (
        frozenset(subtree_ids(session, user.office_id))
        if user.role in (Role.SUPERVISOR, Role.ADMINISTRADOR)
        else frozenset({user.office_id})
    )
    return Actor(user.id, user.login, user.full_name, user.role, user.office_id, reach)
