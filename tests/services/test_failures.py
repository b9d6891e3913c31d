"""The environment's faults are told apart from bugs."""

from __future__ import annotations

import errno

from sqlalchemy.exc import OperationalError

from conciliador.services.failures import environment_problem


def test_a_locked_database_is_the_environment_not_a_bug() -> None:
    locked = OperationalError("INSERT …", {}, Exception("database is locked"))
    assert "ocupada por otro escritorio" in (environment_problem(locked) or "")
    unreachable = OperationalError("SELECT 1", {}, Exception("connection refused"))
    assert "connection refused" in (environment_problem(unreachable) or "")


def test_a_full_disk_is_the_environment() -> None:
    assert "disco está lleno" in (environment_problem(OSError(errno.ENOSPC, "full")) or "")


def test_anything_else_is_a_bug() -> None:
    assert environment_problem(ValueError("x")) is None
    assert environment_problem(KeyError("x")) is None
