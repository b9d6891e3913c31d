"""``make bench``'s exit status: a missed target fails the run unless bench/bounds.py declares
why this machine cannot meet it, with the page section that shows it."""

from __future__ import annotations

import dataclasses

from bench.bounds import BOUNDS, Verdict, summary, verdict
from bench.figures import Figure
from bench.machine import describe
from bench.report import DOC, table


def figure(key: str, value: float, target: float, *, higher: bool = False) -> Figure:
    return Figure(key, f"The {key}", "ms", value, target, None, "", "", higher=higher)


def test_every_bound_is_explained_in_a_section_of_the_page() -> None:
    headings = {
        line.lstrip("#").strip() for line in DOC.read_text("utf-8").splitlines() if line[:1] == "#"
    }
    for bound in BOUNDS.values():
        assert bound.section in headings, bound.key
        assert bound.reason


def test_a_declared_miss_is_bounded_and_does_not_fail_an_undeclared_one_fails() -> None:
    two_cores = dataclasses.replace(describe(), cores=2)
    bounded = figure("desks_booking_p95", 900.0, 50.0)
    scaling = figure("desks_scaling", 5.5, 8.0, higher=True)
    assert verdict(bounded, two_cores) is Verdict.BOUNDED
    assert verdict(scaling, two_cores) is Verdict.BOUNDED
    lines, status = summary([bounded, scaling, figure("conflicts", 0.5, 2.0)], two_cores)
    assert status == 0
    assert len(lines) == 2 and all(line.startswith("Bounded: ") for line in lines)
    assert "«What these figures say" in lines[0]

    missed = figure("pg_person_search", 150.0, 100.0)
    lines, status = summary([bounded, missed], two_cores)
    assert status == 1
    assert lines[-1].startswith("Target missed: The pg_person_search")
    assert "bounded" in table([bounded, missed], two_cores)


def test_a_bound_holds_only_on_the_machines_it_names() -> None:
    sixteen_cores = dataclasses.replace(describe(), cores=16)
    lines, status = summary([figure("desks_booking_p95", 900.0, 50.0)], sixteen_cores)
    assert status == 1 and lines[0].startswith("Target missed")


def test_a_floor_target_is_met_from_above() -> None:
    machine = describe()
    assert verdict(figure("x", 9.0, 8.0, higher=True), machine) is Verdict.MET
    assert verdict(figure("x", 1.0, 2.0), machine) is Verdict.MET
    assert verdict(figure("x", 3.0, 2.0), machine) is Verdict.MISSED
