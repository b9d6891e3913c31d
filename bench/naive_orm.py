"""The naive way to load generated rows: one ORM object per row, ``session.add()`` each.

The same generator and the same rows as the bulk load (``generate_rows``), into an ordinary
unit of work (``db.write()``) on a migrated database with all its indexes, in WAL mode.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from conciliador.demo.bulkload import table_named
from conciliador.models import Base


class OrmSink:
    """A ``RowSink`` that makes an ORM object of every row and adds each to the session.

    Objects are added and flushed table by table, parents first: the models have no
    relationships between some of them (an override names its hearing only by id), so the
    unit of work could not order them by itself.
    """

    def __init__(self, session: Session) -> None:
        self.session = session
        self.counts: dict[str, int] = {}
        self.models = {m.persist_selectable.description: m.class_ for m in Base.registry.mappers}
        #: The rows not flushed yet, per table (the generator may look back at them).
        self.rows: dict[str, list[dict[str, Any]]] = {}
        self.order = {t.name: i for i, t in enumerate(Base.metadata.sorted_tables)}

    def add(self, table: str, row: dict[str, Any]) -> None:
        self.rows.setdefault(table, []).append(row)
        self.counts[table] = self.counts.get(table, 0) + 1

    def flush(self) -> None:
        for table in sorted(self.rows, key=self.order.__getitem__):
            model = self.models.get(table)
            for row in self.rows[table]:
                if model is None:  # an association row (no model): one INSERT each
                    self.session.execute(insert(table_named(table)).values(**row))
                else:
                    self.session.add(model(**row))
            self.session.flush()
            self.rows[table].clear()
        self.session.expunge_all()
