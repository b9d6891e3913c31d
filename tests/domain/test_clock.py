"""One clock: the application reads the machine's time only in ``conciliador/domain/clock.py``."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest

from conciliador.domain.clock import FixedClock, SteadyClock

PACKAGE = Path(__file__).resolve().parents[2] / "conciliador"
THE_CLOCK = PACKAGE / "domain" / "clock.py"

#: Calls that read the machine's calendar or wall clock, by the name they are called by.
_READERS = {"now", "utcnow", "today", "currentDate", "currentDateTime", "currentTime"}
_TIME_READERS = {"time", "localtime", "gmtime", "ctime", "strftime"}
#: Reads that are not facts: a time-ordered identifier's millisecond prefix; a lock file's
#: age, against the file system's own modification time.
_ALLOWED = {("models/base.py", "time_ns"), ("documents/portable.py", "time")}


def clock_reads(source: str, name: str) -> list[str]:
    """Each call in ``source`` that reads the machine's time instead of the clock."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        attr, receiver = node.func.attr, node.func.value
        owner = (
            receiver.attr if isinstance(receiver, ast.Attribute) else getattr(receiver, "id", "")
        )
        reads = (
            (
                attr in _READERS
                and owner in {"datetime", "date", "dt", "QDate", "QDateTime", "QTime"}
            )
            or attr == "utcnow"
            or (
                isinstance(receiver, ast.Name)  # the time module, not a widget named «time»
                and receiver.id == "time"
                and (attr in _TIME_READERS or attr.startswith("time"))
            )
        )
        if reads and (name, attr) not in _ALLOWED:
            found.append(f"{name}:{node.lineno}: {ast.unparse(node.func)}()")
    return found


def test_nothing_but_the_clock_reads_the_machines_time() -> None:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path == THE_CLOCK or "migrations" in path.parts:
            continue
        name = path.relative_to(PACKAGE).as_posix()
        found += clock_reads(path.read_text("utf-8"), name)
    assert found == [], "read the injected clock (db.now(), context.now()) instead:\n" + "\n".join(
        found
    )


@pytest.mark.parametrize(
    "line",
    [
        "moment = datetime.now(UTC)",
        "moment = dt.datetime.now(dt.UTC)",
        "day = dt.date.today()",
        "day = date.today()",
        "moment = datetime.datetime.utcnow()",
        "stamp = time.time()",
        "day = QDate.currentDate()",
    ],
)
def test_the_check_finds_a_new_reading_of_the_machines_time(line: str) -> None:
    assert clock_reads(line, "services/nuevo.py")


def test_a_clock_reading_through_the_database_is_not_flagged() -> None:
    assert clock_reads("now = db.now()\nmoment = self.context.now()", "ui/x.py") == []


def test_a_fixed_clock_holds_and_moves_only_when_told() -> None:
    start = dt.datetime(2028, 2, 29, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-6)))
    clock = FixedClock(start)
    assert clock.now() == start and clock.now().tzinfo == dt.UTC
    clock.advance(dt.timedelta(minutes=45))
    assert clock.now() == dt.datetime(2028, 3, 1, 6, 15, tzinfo=dt.UTC)
    with pytest.raises(ValueError, match="time zone"):
        FixedClock(dt.datetime(2028, 1, 1))


def test_a_steady_clock_starts_where_told_and_runs_forward() -> None:
    start = dt.datetime(2031, 12, 31, 23, 59, tzinfo=dt.UTC)
    clock = SteadyClock(start)
    first, second = clock.now(), clock.now()
    assert start <= first <= second < start + dt.timedelta(minutes=1)


def test_under_make_test_shifted_the_machine_really_says_the_shifted_date() -> None:
    """Without this, a shifted run whose shift silently failed would prove nothing."""
    import os

    from conciliador.domain.clock import SYSTEM_CLOCK

    shifted = os.environ.get("CONCILIADOR_TEST_DATE")
    if not shifted:
        pytest.skip("solo en make test-shifted")
    target = dt.datetime.fromisoformat(shifted)
    assert target <= SYSTEM_CLOCK.now() < target + dt.timedelta(hours=2)
