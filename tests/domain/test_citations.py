"""The last-citation rule, decided in one place (domain/citations.py)."""

from __future__ import annotations

import pytest

from conciliador.domain.citations import (
    announced_as_last,
    is_last_citation,
    last_round,
    next_citation_allowed,
)


@pytest.mark.parametrize(
    ("round_", "limit", "last", "announced"),
    [
        (1, 1, True, False),  # a single citation: the last, but nothing to announce
        (1, 2, False, False),
        (2, 2, True, True),
        (1, 3, False, False),
        (2, 3, False, False),
        (3, 3, True, True),
        (4, 3, True, True),  # a round past the limit (profile lowered since) is still the last
    ],
)
def test_the_last_citation_is_the_profiles_count(
    round_: int, limit: int, last: bool, announced: bool
) -> None:
    assert is_last_citation(round_, limit) is last
    assert next_citation_allowed(round_, limit) is not last
    assert announced_as_last(round_, limit) is announced


def test_the_last_round_is_the_profiles_count() -> None:
    assert [last_round(n) for n in (1, 2, 3, 5)] == [1, 2, 3, 5]
    assert all(is_last_citation(last_round(n), n) for n in range(1, 6))
    assert not any(is_last_citation(last_round(n) - 1, n) for n in range(2, 6))
