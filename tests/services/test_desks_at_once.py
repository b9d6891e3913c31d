"""Eight desks of eight offices writing at once (issue 19), on SQLite and PostgreSQL: every
round of each desk — register, book, hold, conclude, issue — is saved, no number is repeated
or skipped in any office, each office keeps its own audit chain and the whole trail verifies.

On PostgreSQL the offices do not queue behind one another: each unit waits only for what it
touches (docs/concurrency.md). On SQLite the engine itself lets one desk write at a time, and
the test shows that this still loses nothing.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from conciliador.domain.enums import OfficeLevel, Role
from conciliador.models import Acta, AuditEvent, Case
from conciliador.services import offices, users
from conciliador.services.verification import run_checks
from tests.support.world import PASSWORD, World

pytestmark = pytest.mark.serial  # eight processes racing: alone, after the parallel part

ROOT = Path(__file__).resolve().parents[2]
DESKS = 8
ROUNDS = 2


def _offices(world: World) -> list[tuple[int, str]]:
    made = []
    for n in range(1, DESKS + 1):
        code = f"MN-E{n}"
        office = offices.create_office(
            world.db,
            world.system,
            code=code,
            name=f"Delegación de Prueba {n}",
            level=OfficeLevel.MUNICIPAL,
            profile_code="NI",
            parent_code="MN",
            subdivision="MN",
            department="Managua",
            municipality="Managua",
            name_article="la",
        )
        offices.add_room(world.db, world.system, office.id, "Sala 1")
        users.create_user(
            world.db,
            world.system,
            login=f"conciliadora.{n}",
            full_name=f"Conciliadora Número {n}",
            role=Role.CONCILIADOR,
            office_id=office.id,
            password=PASSWORD,
            id_number="001-000000-0000X",
            post="Conciliadora",
            legal_capacity="Acuerdo ministerial 12-2026",
        )
        made.append((office.id, code))
    return made


@pytest.mark.slow
def test_eight_desks_of_eight_offices_write_at_once(world: World, tmp_path: Path) -> None:
    made = _offices(world)
    url = world.db.url.render_as_string(hide_password=False)
    start_at = time.time() + 6
    logs = [tmp_path / f"mesa-{n}.jsonl" for n in range(DESKS)]
    env = {**os.environ, "CONCILIADOR_LOG_DIR": str(tmp_path / "log")}
    desks = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.support.desk_worker",
                url,
                code,
                str(ROUNDS),
                str(start_at),
                str(n),
                str(log),
            ],
            cwd=ROOT,
            env=env,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n, ((_, code), log) in enumerate(zip(made, logs, strict=True))
    ]
    for desk in desks:
        _, stderr = desk.communicate(timeout=600)
        assert desk.returncode == 0, stderr
    lines = [json.loads(line) for log in logs for line in log.read_text().splitlines()]
    errors = [line["error"] for line in lines if "error" in line]
    assert errors == [], errors[0]
    assert len(lines) == DESKS * ROUNDS

    with world.db.read() as s:
        for office_id, _ in made:
            numbers = sorted(s.scalars(select(Case.number).where(Case.office_id == office_id)))
            assert numbers == list(range(1, ROUNDS + 1)), (office_id, numbers)
            actas = sorted(
                s.scalars(
                    select(Acta.number).where(Acta.office_id == office_id, Acta.number.is_not(None))
                )
            )
            assert actas == list(range(1, ROUNDS + 1)), (office_id, actas)
        chains = dict(
            s.execute(select(AuditEvent.chain, func.count()).group_by(AuditEvent.chain)).all()
        )
    # Each office's work is in its own chain.
    assert all(chains.get(office_id, 0) >= ROUNDS * 5 for office_id, _ in made), chains
    report = run_checks(world.db, thorough=False)
    assert report.ok, report.problems
