"""The field problems services report, gathered for the binding tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conciliador.services.errors import FieldId, FieldProblem, ValidationFailed


def problems_of(*attempts: Callable[[], object]) -> list[FieldProblem]:
    """Every problem of each attempt, each of which must be refused (``ValidationFailed``)."""
    found: list[FieldProblem] = []
    for attempt in attempts:
        with pytest.raises(ValidationFailed) as caught:
            attempt()
        found += caught.value.problems
    return found


def fields_of(found: list[FieldProblem]) -> set[FieldId]:
    """The identities the problems name (every one typed: ``FieldProblem.field``)."""
    fields = {p.field for p in found}
    assert all(isinstance(f, FieldId) for f in fields), fields
    return fields
