"""Two desks saving the same new thing at the same instant (PostgreSQL, READ COMMITTED).

A service checks that a person's identity document or a child's birth certificate is new, then
inserts it; another desk may insert the same one between the check and the insert, and the
database's unique constraint refuses the second. Running the unit of work once more lets the
check see the other desk's record and answer as it always does (reuse the child, name the
person already registered). SQLite serialises write units, so there this never happens. Any
other integrity error is a defect and goes up as one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.exc import IntegrityError

T = TypeVar("T")


def unique_violation(exc: IntegrityError) -> bool:
    origin = exc.orig
    if getattr(origin, "sqlstate", None) == "23505":  # PostgreSQL unique_violation
        return True
    return "UNIQUE constraint failed" in str(origin)  # SQLite


def once_more_on_conflict(work: Callable[[], T]) -> T:
    """``work()`` (one whole unit of work); once more if a unique constraint refused it."""
    try:
        return work()
    except IntegrityError as exc:
        if not unique_violation(exc):
            raise
    return work()
