"""Targets that this kind of machine cannot meet, each with the page section that shows why.

``make bench`` fails (exit status 1) when a figure misses its target, unless the miss is
declared here: a bound names the figure, what limits it, the section of docs/benchmarks.md
that explains it with a profile, and the machines it holds for. A declared miss is reported
as «bounded» and does not fail; on a machine the bound does not cover (more cores), the same
miss fails again. Declare a bound only with its explanation written in the page
(tests/bench/test_bounds.py checks the section exists): a miss nobody has explained fails.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from bench.figures import Figure
from bench.machine import Machine

DESKS_SECTION = "What these figures say, and what bounds them (issue 19)"


@dataclass(frozen=True)
class Bound:
    """Why ``key``'s target is out of reach on some machines."""

    key: str
    #: One line: what limits the figure.
    reason: str
    #: The heading in docs/benchmarks.md that shows it (the profile, the arithmetic).
    section: str
    #: On which machines the reason holds.
    holds: Callable[[Machine], bool]


def _fewer_than_8_cores(machine: Machine) -> bool:
    return machine.cores < 8


_CORES = (
    "32 desk processes and the PostgreSQL server share the machine's cores; the profile puts "
    "the time in the server's answers and the services' Python, not in locks (about 8 cores "
    "needed)"
)

BOUNDS: dict[str, Bound] = {
    bound.key: bound
    for bound in (
        Bound("desks_booking_p95", _CORES, DESKS_SECTION, _fewer_than_8_cores),
        Bound("desks_conclude_p95", _CORES, DESKS_SECTION, _fewer_than_8_cores),
        Bound("desks_scaling", _CORES, DESKS_SECTION, _fewer_than_8_cores),
    )
}


class Verdict(enum.Enum):
    MET = "yes"
    MISSED = "**NO**"
    BOUNDED = "bounded"
    NO_TARGET = "—"


def verdict(figure: Figure, machine: Machine) -> Verdict:
    if figure.met is None:
        return Verdict.NO_TARGET
    if figure.met:
        return Verdict.MET
    bound = BOUNDS.get(figure.key)
    if bound is not None and bound.holds(machine):
        return Verdict.BOUNDED
    return Verdict.MISSED


def summary(figures: Iterable[Figure], machine: Machine) -> tuple[list[str], int]:
    """Lines naming every bounded and missed figure, and the exit status: 1 when a target was
    missed without a bound that holds on this machine."""
    lines: list[str] = []
    failed = False
    for figure in figures:
        found = verdict(figure, machine)
        if found is Verdict.BOUNDED:
            bound = BOUNDS[figure.key]
            lines.append(
                f"Bounded: {figure.title} — {bound.reason} (docs/benchmarks.md, «{bound.section}»)"
            )
        elif found is Verdict.MISSED:
            failed = True
            lines.append(f"Target missed: {figure.title} (no bound declared in bench/bounds.py)")
    return lines, 1 if failed else 0
