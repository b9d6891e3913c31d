"""When an outcome happened: the one definition, for Python values and for SQL columns.

An outcome is dated by its hearing's real start, else its booked start (a no-show has no real
start), else the case's closure (an outcome reached without a hearing, such as a withdrawal).
The acta's day, the actas list's date column and its month and day filters all read it here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")


def first_present(*values: T | None) -> T | None:
    """The first value that is not ``None`` (Python's ``coalesce``)."""
    return next((v for v in values if v is not None), None)


def outcome_moment(
    started_at: Any, starts_at: Any, closed_at: Any, *, pick: Callable[..., Any] = first_present
) -> Any:
    """The instant an outcome is dated by. ``pick`` is how the first present one is chosen:
    :func:`first_present` for values, ``sqlalchemy.func.coalesce`` for columns."""
    return pick(started_at, starts_at, closed_at)
