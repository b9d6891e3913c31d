"""Benchmark: the early alerts and recording a payment (acompañamiento, issue 16).

    python -m bench.followup [--cases N] [--families F] [--repeat R]

Builds a demonstration database in a temporary folder (``--cases`` requests over twelve months
in 16 offices), signs ``--families`` agreements with payment histories through the real
services (``services.followup.demo``: LibreOffice seals each acta), then times:

- the alerts of one municipal office (target under 100 ms on the million-hearing database);
- the alerts of its department, the office and every office below it (target under 500 ms);
- recording one payment and recomputing that family's balance (target under 20 ms).

Not yet run on the million-hearing database of ``make bench``: that database has no signed
actas (the bulk generator makes none), so its delinquency rule would have nothing to compute;
these figures are from a demonstration database, and say so.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from conciliador.db import Database
from conciliador.domain.agreement_terms import PaymentMethod
from conciliador.domain.enums import OfficeLevel
from conciliador.models import Case, Office
from conciliador.services.actor import Actor
from conciliador.services.demo import DemoSpec, generate_demo
from conciliador.services.followup.alerts import list_alerts
from conciliador.services.followup.demo import add_follow_up
from conciliador.services.followup.ledger import PaymentInput, record_payment

TODAY = dt.date(2027, 3, 10)
ZONE = ZoneInfo("America/Managua")
SYSTEM = Actor.command_line("bench")


def _times_ms(run: Callable[[], object], repeat: int, warmup: int = 3) -> list[float]:
    for _ in range(warmup):
        run()
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        out.append((time.perf_counter() - start) * 1000)
    return out


def _line(label: str, times: list[float], target: float) -> str:
    median = statistics.median(times)
    verdict = "ok" if median < target else "MISS"
    return f"{label:<48} median {median:8.2f} ms   (target < {target:g} ms: {verdict})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.followup", description=__doc__)
    parser.add_argument("--cases", type=int, default=20_000)
    parser.add_argument("--families", type=int, default=6)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-followup-") as folder:
        db = Database(f"sqlite:///{Path(folder) / 'demo.sqlite'}")
        db.upgrade()
        start = time.perf_counter()
        generate_demo(
            db,
            SYSTEM,
            DemoSpec(cases=args.cases, months=12, seed=16, password="bench-2026!", today=TODAY),
        )
        built = time.perf_counter() - start
        now = dt.datetime.combine(TODAY, dt.time(12), tzinfo=ZONE)
        start = time.perf_counter()
        made = add_follow_up(db, SYSTEM, families=args.families, now=now)
        signed = time.perf_counter() - start
        with db.read() as session:
            busiest = session.execute(
                select(Case.office_id, func.count())
                .join(Office, Office.id == Case.office_id)
                .where(Office.level == OfficeLevel.MUNICIPAL)
                .group_by(Case.office_id)
                .order_by(func.count().desc())
            ).first()
            assert busiest is not None
            office = session.get(Office, busiest[0])
            assert office is not None
            department = office.parent_id
            while department is not None:
                parent = session.get(Office, department)
                assert parent is not None
                if parent.level == OfficeLevel.DEPARTMENTAL:
                    break
                department = parent.parent_id
            cases_total = session.scalar(select(func.count()).select_from(Case))
        print(
            f"Demo database: {cases_total:,} cases in {built:.1f} s; {made.signed} agreements "
            f"signed with {made.payments} payments in {signed:.1f} s."
        )
        one = _times_ms(
            lambda: list_alerts(db, SYSTEM, office_id=office.id, as_of=TODAY), args.repeat
        )
        alerts = list_alerts(db, SYSTEM, office_id=office.id, as_of=TODAY)
        print(_line(f"alerts of office {office.code} ({len(alerts)} alerts)", one, 100))
        if department is not None:
            dep = _times_ms(
                lambda: list_alerts(db, SYSTEM, office_id=department, as_of=TODAY), args.repeat
            )
            print(_line("alerts of its department", dep, 500))
        case_id = next(iter(made.families.get("sin_pagar", []) or [None]), None)
        if case_id is not None:
            receipts = iter(range(1, 10_000))

            def pay() -> object:
                return record_payment(
                    db,
                    SYSTEM,
                    case_id,
                    PaymentInput(
                        TODAY,
                        Decimal("1.00"),
                        PaymentMethod.CASH_AT_OFFICE,
                        "banco de pruebas",
                        receipt=f"B-{next(receipts)}",
                    ),
                    now=now,
                )

            print(_line("one payment + balance recomputed", _times_ms(pay, args.repeat), 20))
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
