"""The follow-up benchmark's data, at a tiny size: the copy signs the last two years' total
agreements with support, the alerts find the unpaid families, and the original is left alone
(no timing here: speed is measured in bench/)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bench.data import BenchData, cached_database
from bench.followup import BENCH_DAY, SYSTEM, derive_followed
from conciliador.db import Database
from conciliador.domain.followup import AlertKind
from conciliador.services.followup.alerts import list_alerts

SMALL = BenchData(name="seguimiento-diminuta", cases=600, offices=6, months=30)


def _count(path: Path, sql: str) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute(sql).fetchone()[0])


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cached_database(SMALL, cache=tmp_path_factory.mktemp("cache"))


def test_the_copy_signs_recent_agreements_and_the_alerts_find_the_unpaid(
    small: Path, tmp_path: Path
) -> None:
    target = tmp_path / "seguimiento.sqlite"
    signed = derive_followed(small, target, families=40, today=BENCH_DAY)
    assert 0 < signed <= 40
    assert _count(small, "SELECT count(*) FROM actas") == 0  # the original is untouched
    assert _count(target, "SELECT count(*) FROM actas WHERE status = 'firmada'") == signed
    assert _count(target, "SELECT count(*) FROM actas WHERE terms IS NULL") == 0
    assert _count(target, "SELECT count(*) FROM support_payments") > 0
    db = Database(f"sqlite:///{target}")
    try:
        alerts = list_alerts(db, SYSTEM, as_of=BENCH_DAY)
    finally:
        db.dispose()
    unpaid = {a.case_id for a in alerts if a.kind == AlertKind.MOROSIDAD}
    assert len(unpaid) >= signed // 3  # one family in three never pays
