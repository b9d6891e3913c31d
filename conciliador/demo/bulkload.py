"""Writing a great many generated rows quickly, on SQLite and on any other engine.

The demonstration generator (``demo/generator.py``) fills both the small demo database and the
benchmarks' million-hearing one through these sinks. A sink takes plain row dicts, keyed by
column name with the Python values the models use (aware datetimes, Decimals, enums), and
writes them in batches, parents before children.

- ``CoreSink`` goes through SQLAlchemy Core (``insert(table)`` with many parameter sets): any
  engine, the reference behaviour.
- ``SqliteSink`` hands tuples straight to the sqlite3 driver's ``executemany``. Values are
  converted by the column types' own SQLAlchemy bind processors, memoised (a million hearings
  share a few hundred thousand distinct instants), so the stored text is exactly what the ORM
  would store; skipping SQLAlchemy's per-row parameter handling is most of the gain.

On SQLite a large load also writes into *side files*: bare tables (no constraints, no indexes)
in a separate database file, one per worker process, copied into the real tables afterwards by
``merge_side_file`` with their ids shifted past the rows already there. ``drop_indexes`` and
``create_indexes`` take the secondary indexes away during a load and build them once at the end
(sorting the finished table is much faster than keeping a B-tree ordered row by row).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from operator import itemgetter
from typing import Any, Protocol

from sqlalchemy import JSON, Boolean, Connection, Dialect, Enum, Integer, Table, insert, text
from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.orm import Session
from sqlalchemy.types import TypeEngine

from conciliador.models import Base

_BATCH = 5_000
#: A memo that grows past this many distinct values is emptied (bounded memory).
_MEMO_LIMIT = 400_000


class RowSink(Protocol):
    """Where generated rows go. ``counts`` says how many rows each table received; ``rows``
    holds the rows added since the last flush, per table (the generator looks back at a
    case's own rows, e.g. its children, when it drafts the agreement)."""

    counts: dict[str, int]
    rows: dict[str, list[dict[str, Any]]]

    def add(self, table: str, row: dict[str, Any]) -> None: ...

    def flush(self) -> None: ...


def table_named(name: str) -> Table:
    table = Base.metadata.tables.get(name)
    if table is None:
        raise KeyError(f"no table named {name!r} in the models")
    return table


def _load_order() -> dict[str, int]:
    """Parents before children (the order foreign keys need)."""
    return {t.name: i for i, t in enumerate(Base.metadata.sorted_tables)}


class _BufferedSink:
    def __init__(self) -> None:
        self.rows: dict[str, list[dict[str, Any]]] = {}
        self.counts: dict[str, int] = {}
        self._order = _load_order()

    def add(self, table: str, row: dict[str, Any]) -> None:
        bucket = self.rows.get(table)
        if bucket is None:
            table_named(table)  # a typo fails here, at the first row, not at the flush
            bucket = self.rows[table] = []
        bucket.append(row)

    def flush(self) -> None:
        for name in sorted(self.rows, key=self._order.__getitem__):
            rows = self.rows[name]
            if rows:
                self._write(table_named(name), rows)
                self.counts[name] = self.counts.get(name, 0) + len(rows)
                rows.clear()

    def _write(self, table: Table, rows: list[dict[str, Any]]) -> None:
        raise NotImplementedError


class CoreSink(_BufferedSink):
    """SQLAlchemy Core inserts on the session's connection: works on every engine."""

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.connection = session.connection()

    def _write(self, table: Table, rows: list[dict[str, Any]]) -> None:
        for start in range(0, len(rows), _BATCH):
            self.connection.execute(insert(table), rows[start : start + _BATCH])
        advance_sequence(self.connection, table)


def advance_sequence(connection: Connection, table: Table) -> None:
    """After rows were written with their own ids, move PostgreSQL's id sequence past them, or
    the next row the application makes would take an id already used (SQLite needs nothing:
    its next id is always one past the largest)."""
    key = _integer_key(table)
    if key is None or connection.dialect.name != "postgresql":
        return
    connection.execute(
        text(
            f"SELECT setval(pg_get_serial_sequence(:table, :key), "
            f'(SELECT MAX("{key}") FROM "{table.name}"))'
        ),
        {"table": table.name, "key": key},
    )


@dataclass(frozen=True)
class _TablePlan:
    columns: tuple[str, ...]
    getter: Callable[[dict[str, Any]], tuple[Any, ...]]
    #: Per column: None, or a function over the whole column's values.
    converters: tuple[Callable[[Iterable[Any]], Any] | None, ...]
    sql: str


def _row_getter(columns: tuple[str, ...]) -> Callable[[dict[str, Any]], tuple[Any, ...]]:
    if len(columns) == 1:
        name = columns[0]
        return lambda row: (row[name],)
    return itemgetter(*columns)


class _Memo(dict[Any, Any]):
    """Stored forms already worked out; ``map(memo.__getitem__, values)`` runs in C and
    only calls back into Python for a value not seen before."""

    def __init__(self, process: Callable[[Any], Any]) -> None:
        super().__init__()
        self.process = process

    def __missing__(self, value: Any) -> Any:
        if len(self) >= _MEMO_LIMIT:
            self.clear()
        stored = self[value] = self.process(value)
        return stored

    def column(self, values: Iterable[Any]) -> Any:
        return map(self.__getitem__, values)


class _Json:
    """JSON documents, memoised by content where they are flat (screen answers, matter
    lists): a hashable key costs less than serialising again."""

    def __init__(self, process: Callable[[Any], Any]) -> None:
        self.process = process
        self.memo: dict[Any, Any] = {}

    def convert(self, value: Any) -> Any:
        try:
            key = (dict, tuple(value.items())) if isinstance(value, dict) else (list, tuple(value))
            stored = self.memo.get(key)
        except TypeError:  # nested or unhashable: serialise it every time
            return self.process(value)
        if stored is None:
            if len(self.memo) >= _MEMO_LIMIT:
                self.memo.clear()
            stored = self.memo[key] = self.process(value)
        return stored

    def column(self, values: Iterable[Any]) -> Any:
        return map(self.convert, values)


def _stored_as_is(kind: TypeEngine[Any], process: Callable[[Any], Any]) -> bool:
    """Booleans (ints to sqlite3) and enums of text whose members are their own stored text
    (``StrEnum`` by value) need no conversion on the way to the driver."""
    if isinstance(kind, Boolean):
        return bool(process(True) == 1 and process(False) == 0)
    if isinstance(kind, Enum) and kind.enum_class is not None:
        members = list(kind.enum_class)
        return all(isinstance(m, str) and process(m) == str.__str__(m) for m in members)
    return False


class SqliteSink(_BufferedSink):
    """Tuples straight to a sqlite3 connection's ``executemany``, built column by column.

    ``bare_tables`` creates each table on first use as a bare side table (see ``bare_schema``),
    for a side file that ``merge_side_file`` later copies into the real database.
    """

    def __init__(
        self,
        connection: sqlite3.Connection,
        *,
        dialect: Dialect | None = None,
        bare_tables: bool = False,
    ) -> None:
        super().__init__()
        self.connection = connection
        self.dialect = dialect or sqlite_dialect.dialect()
        self.bare_tables = bare_tables
        self._plans: dict[tuple[str, tuple[str, ...]], _TablePlan] = {}
        self._converters: dict[str, Callable[[Iterable[Any]], Any] | None] = {}

    def _converter(self, kind: TypeEngine[Any]) -> Callable[[Iterable[Any]], Any] | None:
        """How a column type stores its values, as SQLAlchemy would; None where the driver
        already stores the Python value that way (integers, text, booleans, text enums).
        Columns of the same type share one memo."""
        key = repr(kind)
        if key not in self._converters:
            process = kind.dialect_impl(self.dialect).bind_processor(self.dialect)
            if process is None or _stored_as_is(kind, process):
                self._converters[key] = None
            elif isinstance(kind, JSON):
                self._converters[key] = _Json(process).column
            else:
                self._converters[key] = _Memo(process).column
        return self._converters[key]

    def _plan(self, table: Table, columns: tuple[str, ...]) -> _TablePlan:
        key = (table.name, columns)
        plan = self._plans.get(key)
        if plan is None:
            if self.bare_tables:
                self.connection.execute(bare_schema(table))
            plan = self._plans[key] = _TablePlan(
                columns,
                _row_getter(columns),
                tuple(self._converter(table.c[name].type) for name in columns),
                f"INSERT INTO {table.name} ({', '.join(columns)}) "
                f"VALUES ({', '.join('?' * len(columns))})",
            )
        return plan

    def _write(self, table: Table, rows: list[dict[str, Any]]) -> None:
        columns = tuple(rows[0])
        if set(map(len, rows)) != {len(columns)}:
            raise ValueError(f"{table.name}: every row must name the columns {columns}")
        plan = self._plan(table, columns)
        data: Iterable[tuple[Any, ...]] = list(map(plan.getter, rows))  # row by row: in C
        if any(plan.converters):  # convert column by column, where a column needs it
            values = list(zip(*data, strict=True))
            data = zip(
                *(
                    column if convert is None else convert(column)
                    for column, convert in zip(values, plan.converters, strict=True)
                ),
                strict=True,
            )
        self.connection.executemany(plan.sql, data)


# ------------------------------------------------------------------------------ side files
def _integer_key(table: Table) -> str | None:
    keys = list(table.primary_key.columns)
    if len(keys) == 1 and isinstance(keys[0].type, Integer):
        return keys[0].name
    return None


def bare_schema(table: Table) -> str:
    """``CREATE TABLE`` for a side table: the same columns, only the integer key kept."""
    key = _integer_key(table)
    columns = [f"{c.name} INTEGER PRIMARY KEY" if c.name == key else c.name for c in table.c]
    return f"CREATE TABLE IF NOT EXISTS {table.name} ({', '.join(columns)})"


def open_side_file(path: str) -> sqlite3.Connection:
    """A scratch database for one worker's rows: no journal, no syncing (it is thrown away)."""
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode = OFF")
    connection.execute("PRAGMA synchronous = OFF")
    connection.execute("PRAGMA cache_size = -200000")
    return connection


def merge_side_file(
    connection: sqlite3.Connection, alias: str, offsets: Mapping[str, int]
) -> dict[str, int]:
    """Copy an attached side file's rows into the main tables, parents first.

    Every id of a table in ``offsets`` — its own key and the foreign keys pointing at it — is
    shifted by that table's offset, so the side file's ids (counted from 1) land after the
    rows already there. Returns how many rows each table received.
    """
    present = {
        name
        for (name,) in connection.execute(
            f"SELECT name FROM {alias}.sqlite_master WHERE type = 'table'"
        )
    }
    copied: dict[str, int] = {}
    for table in Base.metadata.sorted_tables:
        if table.name not in present:
            continue
        key = _integer_key(table)
        expressions = []
        for column in table.c:
            shift = offsets.get(table.name, 0) if column.name == key else 0
            for fk in column.foreign_keys:
                shift = offsets.get(fk.column.table.name, 0)
            expressions.append(f"{column.name} + {shift}" if shift else column.name)
        names = ", ".join(c.name for c in table.c)
        cursor = connection.execute(
            f"INSERT INTO main.{table.name} ({names}) "
            f"SELECT {', '.join(expressions)} FROM {alias}.{table.name}"
        )
        copied[table.name] = cursor.rowcount
    return copied


# ------------------------------------------------------------------------------ indexes
@dataclass(frozen=True)
class SavedIndex:
    """An index or trigger taken away for a load, with the SQL that made it."""

    kind: str  # "index" or "trigger"
    name: str
    sql: str
    #: For the insert trigger of an external-content FTS table: that table, rebuilt at the end.
    rebuild: str | None = None


_FTS_CONTENT = re.compile(r"USING\s+fts5\s*\(.*content\s*=\s*'?\"?(\w+)", re.I | re.S)


def drop_indexes(connection: sqlite3.Connection, tables: Iterable[str]) -> list[SavedIndex]:
    """Drop the secondary indexes and the triggers of ``tables`` (inside the caller's
    transaction) and return their definitions, exactly as the migrations created them, for
    ``create_indexes``.

    Triggers matter for search tables: an FTS5 table with ``content=`` one of these tables is
    kept in step by triggers; during the load it is rebuilt once from the finished table instead
    (faster than a million trigger firings, and the same whatever order the rows came in)."""
    names = sorted(set(tables))
    marks = ", ".join("?" * len(names))
    searched = {
        match.group(1): table
        for table, sql in connection.execute(
            "SELECT name, sql FROM main.sqlite_master WHERE type = 'table' AND sql LIKE "
            "'CREATE VIRTUAL TABLE%'"
        )
        if (match := _FTS_CONTENT.search(sql or ""))
    }
    saved = [
        SavedIndex(kind, name, sql, searched.get(table) if kind == "trigger" else None)
        for kind, name, table, sql in connection.execute(
            "SELECT type, name, tbl_name, sql FROM main.sqlite_master "
            "WHERE type IN ('index', 'trigger') AND sql IS NOT NULL "
            f"AND tbl_name IN ({marks}) ORDER BY type, name",
            names,
        )
    ]
    for item in saved:
        connection.execute(f'DROP {item.kind.upper()} main."{item.name}"')
    return saved


def create_indexes(connection: sqlite3.Connection, indexes: Iterable[SavedIndex]) -> None:
    """Put back what ``drop_indexes`` took away and rebuild the search tables it names."""
    rebuild = set()
    for item in indexes:
        connection.execute(item.sql)
        if item.rebuild:
            rebuild.add(item.rebuild)
    for table in sorted(rebuild):
        connection.execute(f'INSERT INTO main."{table}"("{table}") VALUES (\'rebuild\')')
