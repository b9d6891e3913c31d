"""Two desks saving the same new thing at the same instant (PostgreSQL, READ COMMITTED).

A service checks that a person's identity document or a child's birth certificate is new, then
inserts it; another desk may insert the same one between the check and the insert, and the
database's unique constraint refuses the second. Running the unit of work once more lets the
check see the other desk's record and answer as it always does (reuse the child, name the
person already registered). SQLite serialises write units, so there this never happens.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.exc import IntegrityError

from conciliador.services.errors import ServiceError

T = TypeVar("T")


def once_more_on_conflict(work: Callable[[], T], what: str) -> T:
    """``work()`` (one whole unit of work); again if a unique constraint refused it."""
    try:
        return work()
    except IntegrityError:
        pass
    try:
        return work()
    except IntegrityError as exc:
        raise ServiceError(
            f"Otra persona guardó al mismo tiempo {what}; vuelva a intentarlo."
        ) from exc
