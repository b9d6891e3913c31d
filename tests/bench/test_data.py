"""The benchmarks' data builder, at a tiny size: the same code that makes the million-hearing
database must make a complete, consistent one (no timing here: speed is measured in bench/)."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from pathlib import Path

import pytest

from bench.data import (
    BenchData,
    alembic_head,
    build_database,
    cached_database,
    generator_hash,
    migrations_hash,
    schema_key,
)
from conciliador import migrations
from conciliador.db import Database
from conciliador.demo import generate_demo
from conciliador.services.actor import Actor

TINY = BenchData(name="diminuta", cases=260, offices=6, months=3)
#: Statuses in which a hearing holds its officer, room and parties (domain/hearing_states.py).
OCCUPYING = "('programada','citacion_entregada','en_curso','concluida','suspendida','inasistencia')"


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as conn:
        return conn.execute(sql).fetchall()


def schema_indexes(path: Path) -> set[tuple[str, str]]:
    """Indexes and triggers (the person search index is kept by triggers)."""
    return set(rows(path, "SELECT name, sql FROM sqlite_master WHERE type IN ('index', 'trigger')"))


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cached_database(TINY, cache=tmp_path_factory.mktemp("cache"))


def test_the_file_is_named_after_the_schema_and_the_generator(tiny: Path) -> None:
    assert tiny.name.startswith("diminuta-")
    assert alembic_head() in tiny.name and generator_hash() in tiny.name
    assert schema_key() in tiny.name  # a re-chained revision keeps its name, not its content


def test_a_revision_re_chained_under_the_same_name_changes_the_key(tmp_path: Path) -> None:
    versions = Path(migrations.__file__).parent / "versions"
    copy = tmp_path / "versions"
    shutil.copytree(versions, copy, ignore=shutil.ignore_patterns("__pycache__"))
    assert migrations_hash(copy) == migrations_hash()
    newest = max(copy.glob("*.py"), key=lambda p: p.name)
    newest.write_text(
        newest.read_text(encoding="utf-8").replace("down_revision", "down_revision  ", 1),
        encoding="utf-8",
    )
    assert migrations_hash(copy) != migrations_hash()


def test_a_second_call_reuses_the_cached_file(tiny: Path) -> None:
    before = tiny.stat().st_mtime_ns
    assert cached_database(TINY, cache=tiny.parent) == tiny
    assert tiny.stat().st_mtime_ns == before


def test_the_database_is_whole_and_at_the_newest_migration(
    tiny: Path, sqlite_template: Path
) -> None:
    assert rows(tiny, "PRAGMA integrity_check") == [("ok",)]
    assert rows(tiny, "PRAGMA foreign_key_check") == []
    assert rows(tiny, "PRAGMA journal_mode") == [("wal",)]
    assert rows(tiny, "SELECT version_num FROM alembic_version") == [(alembic_head(),)]
    # every index and trigger the migrations create is back after the bulk load, as defined
    assert schema_indexes(tiny) == schema_indexes(sqlite_template)
    # and the person search index, rebuilt once at the end, finds every person
    (people,) = rows(tiny, "SELECT count(*) FROM persons")[0]
    assert rows(tiny, "SELECT count(*) FROM person_search") == [(people,)]
    (first, number) = rows(tiny, "SELECT first_names, id_number FROM persons LIMIT 1")[0]
    found = rows(tiny, f"SELECT rowid FROM person_search WHERE person_search MATCH '\"{number}\"'")
    assert found == [(1,)], first


def test_it_holds_a_few_hundred_hearings_in_every_status(tiny: Path) -> None:
    (hearings,) = rows(tiny, "SELECT count(*) FROM hearings")[0]
    assert 250 <= int(hearings) <= 450  # type: ignore[call-overload]
    statuses = {s for (s,) in rows(tiny, "SELECT DISTINCT status FROM hearings")}
    assert {"programada", "concluida", "inasistencia", "reprogramada"} <= statuses
    assert rows(tiny, "SELECT count(*) FROM offices") == [(TINY.offices,)]
    assert rows(tiny, "SELECT count(*) FROM cases") == [(TINY.cases,)]
    # two citations per hearing, one per party of its case
    assert rows(
        tiny,
        "SELECT count(*) FROM citations c JOIN hearings h ON h.id = c.hearing_id "
        "JOIN cases k ON k.id = h.case_id "
        "WHERE c.person_id NOT IN (k.claimant_id, k.respondent_id)",
    ) == [(0,)]
    assert rows(tiny, "SELECT count(*) FROM citations") == [(2 * int(hearings),)]  # type: ignore[call-overload]
    assert rows(
        tiny,
        "SELECT count(*) FROM hearings h JOIN cases k ON k.id = h.case_id "
        "WHERE h.office_id != k.office_id",
    ) == [(0,)]


def test_nobody_is_booked_twice_at_the_same_time(tiny: Path) -> None:
    for resource in ("officer_id", "room_id"):
        assert rows(
            tiny,
            f"SELECT count(*) FROM hearings a JOIN hearings b ON a.{resource} = b.{resource} "
            f"AND a.id < b.id AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at "
            f"WHERE a.status IN {OCCUPYING} AND b.status IN {OCCUPYING}",
        ) == [(0,)], resource
    assert rows(
        tiny,
        "WITH party AS (SELECT h.*, k.claimant_id AS p FROM hearings h JOIN cases k "
        "ON k.id = h.case_id UNION ALL SELECT h.*, k.respondent_id FROM hearings h "
        "JOIN cases k ON k.id = h.case_id) "
        "SELECT count(*) FROM party a JOIN party b ON a.p = b.p AND a.id < b.id "
        "AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at "
        f"WHERE a.status IN {OCCUPYING} AND b.status IN {OCCUPYING}",
    ) == [(0,)]


def test_case_numbers_run_without_gaps_and_match_the_counters(tiny: Path) -> None:
    numbered = rows(
        tiny,
        "SELECT office_id, year, count(*), min(number), max(number) FROM cases "
        "GROUP BY office_id, year ORDER BY 1, 2",
    )
    assert numbered and all(n == top and low == 1 for _o, _y, n, low, top in numbered)
    counters = rows(
        tiny,
        "SELECT office_id, year, last_value FROM counters WHERE kind = 'caso' ORDER BY 1, 2",
    )
    assert counters == [(o, y, top) for o, y, _n, _low, top in numbered]


def test_every_public_id_is_a_time_ordered_uuid(tiny: Path) -> None:
    for table in ("offices", "persons", "children", "cases", "hearings", "citations"):
        uids = [u for (u,) in rows(tiny, f"SELECT uid FROM {table} ORDER BY id")]
        assert all(uuid.UUID(str(u)).version == 7 for u in uids), table
        assert uids == sorted(uids), table  # in insertion order: appends to the uid index


def test_one_or_two_processes_give_the_same_data(tmp_path: Path) -> None:
    """The offices are shared among worker processes; the data must not depend on that."""
    one = build_database(tmp_path / "uno.sqlite", TINY, workers=1).path
    two = build_database(tmp_path / "dos.sqlite", TINY, workers=2).path
    tables = [
        t
        for (t,) in rows(one, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY 1")
        if t not in ("audit_events",)
    ]
    for table in tables:
        columns = [c for (_i, c, *_rest) in rows(one, f"PRAGMA table_info({table})")]
        kept = ", ".join(c for c in columns if c != "password_hash")  # salted on purpose
        query = f"SELECT {kept} FROM {table} ORDER BY {kept}"
        assert rows(one, query) == rows(two, query), table
    assert rows(two, "PRAGMA foreign_key_check") == []


def test_a_load_that_fails_half_way_leaves_the_database_as_it_was(
    sqlite_url: str, sqlite_template: Path
) -> None:
    db = Database(sqlite_url)
    calls: list[int] = []

    def fail_after_a_while(done: int) -> None:
        calls.append(done)
        if len(calls) == 2:
            raise KeyboardInterrupt  # the user pressed Ctrl+C

    with pytest.raises(KeyboardInterrupt):
        generate_demo(db, Actor.command_line(), TINY.spec(), progress=fail_after_a_while, workers=2)
    db.dispose()
    path = Path(sqlite_url.removeprefix("sqlite:///"))
    assert rows(path, "SELECT count(*) FROM offices") == [(0,)]
    assert rows(path, "SELECT count(*) FROM persons") == [(0,)]
    assert schema_indexes(path) == schema_indexes(sqlite_template)
    assert rows(path, "PRAGMA journal_mode") == [("wal",)]
    assert rows(path, "PRAGMA integrity_check") == [("ok",)]
