"""A world with one signed agreement, built once (signing runs LibreOffice) and copied."""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from conciliador.db import Database
from tests.support.followup import signed_case
from tests.support.world import World


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
