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


@pytest.mark.pg
def test_the_followed_families_copied_to_postgresql_raise_the_same_alerts(
    small: Path, tmp_path: Path
) -> None:
    import shutil

    from bench.followup import copy_followed_to_pg
    from bench.pgdata import TEMPLATE, Cluster, build_pg_copy
    from tests.support.pgserver import find_bindir

    if find_bindir() is None:
        pytest.skip("PostgreSQL's server binaries are not installed")
    target = tmp_path / "seguimiento.sqlite"
    derive_followed(small, target, families=40, today=BENCH_DAY)
    folder = Path(f"/var/tmp/conciliador-bench-test-{target.stat().st_ino}-seguimiento")
    build_pg_copy(small, folder)  # the big database's copy, without the signed families
    try:
        cluster = Cluster(folder / "data", durable=False)
        with cluster.running():
            url = cluster.url(TEMPLATE)
            lite, pg = Database(f"sqlite:///{target}"), Database(url)
            try:
                pg.upgrade()
                copy_followed_to_pg(target, url, lambda _: None)
                expected = list_alerts(lite, SYSTEM, as_of=BENCH_DAY)
                assert any(a.kind == AlertKind.MOROSIDAD for a in expected)
                assert list_alerts(pg, SYSTEM, as_of=BENCH_DAY) == expected
            finally:
                lite.dispose()
                pg.dispose()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
