"""The naive side of a query benchmark: the same code, without the index it relies on.

``without_indexes(path, "hearings")`` opens the database so that every connection sees a
TEMP copy of the table (same columns and key, none of its secondary indexes) under the same
name: SQLite looks names up in ``temp`` before ``main``, so the application's own queries, run
unchanged, read the copy and must scan it.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from sqlalchemy import event

from conciliador.db import Database


def without_indexes(path: Path, table: str) -> Database:
    db = Database(f"sqlite:///{path}")
    with db.engine.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).one()
    db.engine.dispose()
    create = re.sub(r"^CREATE TABLE \"?\w+\"?", f"CREATE TEMP TABLE {table}", str(row[0]), count=1)

    @event.listens_for(db.engine, "connect")
    def _shadow(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA foreign_keys = OFF")  # its parents are not in temp
        dbapi_connection.execute("PRAGMA temp_store = MEMORY")
        dbapi_connection.execute(create)
        dbapi_connection.execute(f"INSERT INTO temp.{table} SELECT * FROM main.{table}")

    return db
