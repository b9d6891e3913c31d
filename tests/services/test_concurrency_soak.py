"""Two desks (two processes) booking, editing, numbering, recording and issuing actas at random
for a while, on SQLite (WAL, busy timeout) and on PostgreSQL: no double booking, no duplicate or
missing case or acta number, no lost update — the second desk to save an edit is told, in
Spanish, that someone else changed the record — and no lost status change.

``CONCILIADOR_SOAK_SECONDS`` sets how long each engine's soak runs (default 25).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import time
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from conciliador.domain.enums import HearingStatus
from conciliador.domain.hearing_states import OCCUPYING
from conciliador.models import Acta, Case, Citation, Hearing, Person
from conciliador.models import Counter as NumberCounter
from conciliador.services.verification import run_checks
from tests.support.soak_worker import EDITED_CASES
from tests.support.world import World

# Processes that race or are killed: run alone, after the parallel part (make test).
pytestmark = pytest.mark.serial

ROOT = Path(__file__).resolve().parents[2]


def _seconds() -> float:
    return float(os.environ.get("CONCILIADOR_SOAK_SECONDS", "25"))


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _overlaps(intervals: list[tuple[dt.datetime, dt.datetime, int]]) -> list[tuple[int, int]]:
    found = []
    for (s1, e1, a), (s2, e2, b) in combinations(sorted(intervals), 2):
        if s2 < e1 and s1 < e2:
            found.append((a, b))
    return found


def _double_bookings(world: World) -> list[str]:
    with world.db.read() as s:
        rows = s.execute(
            select(
                Hearing.id,
                Hearing.officer_id,
                Hearing.room_id,
                Hearing.starts_at,
                Hearing.ends_at,
                Case.claimant_id,
                Case.respondent_id,
            )
            .join(Case, Case.id == Hearing.case_id)
            .where(Hearing.status.in_(OCCUPYING))
        ).all()
    by: dict[tuple[str, int], list[tuple[dt.datetime, dt.datetime, int]]] = defaultdict(list)
    for h, officer, room, start, end, claimant, respondent in rows:
        by[("conciliador", officer)].append((start, end, h))
        if room is not None:
            by[("sala", room)].append((start, end, h))
        for person in {claimant, respondent}:
            by[("persona", person)].append((start, end, h))
    return [
        f"{what} {key}: audiencias {a} y {b}"
        for (what, key), intervals in by.items()
        for a, b in _overlaps(intervals)
    ]


@pytest.mark.slow
def test_two_desks_at_once_lose_nothing_and_book_nothing_twice(
    world: World, tmp_path: Path
) -> None:
    shared = [world.case() for _ in range(EDITED_CASES)]
    parties = [c.claimant.id for c in shared] + [c.respondent.id for c in shared]
    with world.db.read() as s:
        person_versions = {
            p.id: p.version for p in s.scalars(select(Person).where(Person.id.in_(parties)))
        }
    url = world.db.url.render_as_string(hide_password=False)
    seconds = _seconds()
    start_at = time.time() + 4
    logs = [tmp_path / f"escritorio-{n}.jsonl" for n in (1, 2)]
    desks = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.support.soak_worker",
                url,
                str(seconds),
                str(start_at),
                str(seed),
                str(log),
            ],
            cwd=ROOT,
            env={**os.environ, "CONCILIADOR_LOG_DIR": str(tmp_path / "log")},
            stderr=subprocess.PIPE,
            text=True,
        )
        for seed, log in zip((11, 29), logs, strict=True)
    ]
    for desk in desks:
        _, stderr = desk.communicate(timeout=seconds + 180)
        assert desk.returncode == 0, stderr

    lines = [line for log in logs for line in _lines(log)]
    errors = [line["error"] for line in lines if "error" in line]
    assert errors == [], errors[0]
    assert sum(1 for line in lines if line["action"] == "fin") == 2
    done = Counter(line["action"] for line in lines if not {"stale", "refused"} & set(line))
    for action in ("numerar", "reservar", "editar_parte", "editar_solicitud", "citar", "emitir"):
        assert done[action] > 5, done

    # No double booking of an officer, a room or a person.
    assert _double_bookings(world) == []

    # Case numbers: no duplicate, no gap, and the counter where the last one left it.
    with world.db.read() as s:
        numbers = sorted(
            s.scalars(
                select(Case.number).where(Case.office_id == world.office_id, Case.year == 2026)
            )
        )
        counter = s.get(NumberCounter, (world.office_id, 2026, "caso"))
    assert numbers == list(range(1, len(numbers) + 1))
    assert counter is not None and counter.last_value == numbers[-1]

    # Acta numbers likewise: issued at once by two desks, none repeated, none skipped.
    with world.db.read() as s:
        acta_numbers = sorted(
            s.scalars(
                select(Acta.number).where(
                    Acta.office_id == world.office_id,
                    Acta.year == 2026,
                    Acta.number.is_not(None),
                )
            )
        )
        acta_counter = s.get(NumberCounter, (world.office_id, 2026, "acta"))
    assert acta_numbers == list(range(1, len(acta_numbers) + 1))
    assert acta_counter is not None and acta_counter.last_value == len(acta_numbers)

    # No lost update: never two saves from the same version; the last save is what stays.
    stale = [line["stale"] for line in lines if "stale" in line]
    assert stale, "las dos mesas nunca chocaron: la prueba no probó nada"
    assert all(m.startswith("Otra persona modificó") for m in stale)
    assert all("Vuelva a abrirlo" in m for m in stale)
    saved_parties: dict[int, list[dict[str, Any]]] = defaultdict(list)
    saved_requests: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for line in lines:
        if line["action"] == "editar_parte" and "value" in line:
            saved_parties[line["person"]].append(line)
        if line["action"] == "editar_solicitud" and "value" in line:
            saved_requests[line["case"]].append(line)
    assert saved_parties and saved_requests
    with world.db.read() as s:
        for person_id, saves in saved_parties.items():
            versions = [save["version"] for save in saves]
            assert len(versions) == len(set(versions)), f"actualización perdida: {person_id}"
            person = s.get(Person, person_id)
            assert person is not None
            assert person.version == person_versions[person_id] + len(saves)
            assert person.phone == max(saves, key=lambda x: x["version"])["value"]
        for case_id, saves in saved_requests.items():
            versions = [save["version"] for save in saves]
            assert len(versions) == len(set(versions)), f"actualización perdida: caso {case_id}"
            case = s.get(Case, case_id)
            assert case is not None
            assert case.account == max(saves, key=lambda x: x["version"])["value"]
        # No lost status change: a hearing with both citations delivered moved on.
        delivered = (
            select(Citation.hearing_id)
            .where(Citation.delivered_at.is_not(None))
            .group_by(Citation.hearing_id)
            .having(func.count(Citation.id) == 2)
        )
        stuck = s.scalars(
            select(Hearing.id).where(
                Hearing.id.in_(delivered), Hearing.status == HearingStatus.PROGRAMADA
            )
        ).all()
    assert stuck == []
    report = run_checks(world.db, thorough=False)
    assert report.ok, report.problems
