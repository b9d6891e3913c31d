"""Families with a signed agreement, to follow after the signature."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from conciliador.db import Database
from conciliador.services.actas import issue_acta, sign_acta
from tests.support.actas import SIGNED_AT, all_sign, concluded
from tests.support.world import NOW, World

#: The support of ``tests.support.agreements.support`` for two children: C$8,650.25 a month
#: (35 % of a net income of C$24,715.00), due on the 15th from 15 December 2026.
MONTHLY = "8650.25"
FIRST_DUE = dt.date(2026, 12, 15)


def signed_case(world: World, *, children: int = 2, hour: int = 8, room: int = 0) -> int:
    """A case whose total agreement was signed this morning (23 November 2026); its id."""
    hearing, acta = concluded(world, children=children, hour=hour, room=room)
    assert acta.acta_id is not None
    issue_acta(world.db, world.officer, acta.acta_id, now=NOW)
    sign_acta(world.db, world.officer, acta.acta_id, all_sign(), now=SIGNED_AT)
    return hearing.case_id


@pytest.fixture(scope="session")
def _followed_template(
    tmp_path_factory: pytest.TempPathFactory, _sqlite_world_template: tuple[Path, World]
) -> tuple[Path, World, int]:
    source, built = _sqlite_world_template
    path = tmp_path_factory.mktemp("followed") / "followed.sqlite"
    shutil.copyfile(source, path)
    db = Database(f"sqlite:///{path}")
    case_id = signed_case(dataclasses.replace(built, db=db))
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path, built, case_id


@pytest.fixture
def followed(
    _followed_template: tuple[Path, World, int], tmp_path: Path
) -> Iterator[tuple[World, int]]:
    """The office world (SQLite) and the id of a case whose agreement was signed on
    23 November 2026: C$8,650.25 a month from 15 December 2026."""
    template, built, case_id = _followed_template
    target = tmp_path / "followed.sqlite"
    shutil.copyfile(template, target)
    db = Database(f"sqlite:///{target}")
    yield dataclasses.replace(built, db=db), case_id
    db.dispose()
