"""A batch of payments from a bank or payroll listing (CSV), recorded all or nothing.

Every line is checked, and every problem is reported naming its line and its field; if there
is any, nothing is written. The first line holds the column names:

    expediente,fecha,monto,forma,recibo,informado_por,observaciones

``fecha`` is AAAA-MM-DD, ``monto`` uses a point for decimals and no thousands separator,
``forma`` is one of the payment-method codes (efectivo_oficina, deposito_bancario,
deduccion_planilla); ``recibo`` and ``observaciones`` may be left empty. Commas or semicolons
separate the columns (spreadsheets in the region save either).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from sqlalchemy import select

from conciliador.db import Database
from conciliador.domain.agreement_terms import PaymentMethod
from conciliador.models import Case, Office
from conciliador.services.actor import Actor
from conciliador.services.errors import (
    FieldProblem,
    InvalidTransition,
    NotFound,
    PermissionDenied,
    ValidationFailed,
)
from conciliador.services.fields import (
    BatchColumn,
    PaymentBatchFields,
    PaymentFields,
    payment_batch_cell,
    payment_batch_line,
)
from conciliador.services.followup.ledger import PaymentInput, add_payment
from conciliador.services.permissions import Permission, require

REQUIRED = ("expediente", "fecha", "monto", "forma", "informado_por")
OPTIONAL = ("recibo", "observaciones")
#: A listing larger than this is split by the office (and is surely not a payments file).
MAX_LINES = 50_000
#: The column of the file each field of a payment is read from.
_COLUMN_OF: dict[str, BatchColumn] = {
    PaymentFields.PAID_ON: BatchColumn.FECHA,
    PaymentFields.AMOUNT: BatchColumn.MONTO,
    PaymentFields.METHOD: BatchColumn.FORMA,
    PaymentFields.REPORTED_BY: BatchColumn.INFORMADO_POR,
    PaymentFields.RECEIPT: BatchColumn.RECIBO,
    PaymentFields.NOTES: BatchColumn.OBSERVACIONES,
}
_CASE_NUMBER = re.compile(r"^(?P<office>.+)-(?P<year>\d{4})-(?P<number>\d{1,9})$")


@dataclass(frozen=True)
class PaymentLine:
    line: int
    case_number: str
    payment: PaymentInput


@dataclass(frozen=True)
class BatchResult:
    recorded: int
    #: Total recorded per currency.
    totals: dict[str, Decimal]


def _problem(line: int, column: BatchColumn, message: str) -> FieldProblem:
    return FieldProblem(payment_batch_cell(line, column), message)


def _whole_file(message: str) -> ValidationFailed:
    return ValidationFailed(FieldProblem(PaymentBatchFields.FILE, message))


def parse_payments(text: str) -> list[PaymentLine]:
    """The lines of a payments CSV, or ValidationFailed naming every bad line and field."""
    if not text.strip():
        raise _whole_file("está vacío")
    first = text.splitlines()[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        header = [h.strip().lower() for h in next(reader)]
    except (StopIteration, csv.Error) as exc:
        raise ValidationFailed(
            FieldProblem(payment_batch_line(1), "no se pudo leer el encabezado")
        ) from exc
    missing = [c for c in REQUIRED if c not in header]
    unknown = [c for c in header if c not in REQUIRED + OPTIONAL]
    if missing or unknown:
        problems = []
        if missing:
            problems.append(
                _problem(1, BatchColumn.ENCABEZADO, "faltan las columnas " + ", ".join(missing))
            )
        if unknown:
            problems.append(
                _problem(1, BatchColumn.ENCABEZADO, "columnas desconocidas: " + ", ".join(unknown))
            )
        raise ValidationFailed(problems)
    methods = {m.value: m for m in PaymentMethod}
    lines: list[PaymentLine] = []
    problems = []
    try:
        rows = list(reader)
    except csv.Error as exc:
        raise ValidationFailed(
            _problem(reader.line_num, BatchColumn.ARCHIVO, f"no es un CSV válido ({exc})")
        ) from exc
    if len(rows) > MAX_LINES:
        raise _whole_file(f"tiene más de {MAX_LINES} líneas: divídalo")
    for number, row in enumerate(rows, start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            problems.append(
                _problem(
                    number,
                    BatchColumn.COLUMNAS,
                    f"tiene {len(row)} columnas y el encabezado {len(header)}",
                )
            )
            continue
        cells = {name: value.strip() for name, value in zip(header, row, strict=True)}
        bad = len(problems)
        try:
            paid_on = dt.date.fromisoformat(cells["fecha"])
        except ValueError:
            problems.append(
                _problem(
                    number, BatchColumn.FECHA, f"«{cells['fecha']}» no es una fecha AAAA-MM-DD"
                )
            )
        try:
            amount = Decimal(cells["monto"])
            if not amount.is_finite():
                raise InvalidOperation
        except InvalidOperation:
            problems.append(
                _problem(
                    number,
                    BatchColumn.MONTO,
                    f"«{cells['monto']}» no es un monto (por ejemplo 1500.50, con punto "
                    "decimal y sin separador de miles)",
                )
            )
        method = methods.get(cells["forma"])
        if method is None:
            problems.append(
                _problem(
                    number,
                    BatchColumn.FORMA,
                    f"«{cells['forma']}» no es una forma de pago ({', '.join(methods)})",
                )
            )
        if not cells["expediente"]:
            problems.append(
                _problem(number, BatchColumn.EXPEDIENTE, "falta el número de expediente")
            )
        if len(problems) > bad or method is None:
            continue
        lines.append(
            PaymentLine(
                number,
                cells["expediente"],
                PaymentInput(
                    paid_on=paid_on,
                    amount=amount,
                    method=method,
                    reported_by=cells["informado_por"],
                    receipt=cells.get("recibo", ""),
                    notes=cells.get("observaciones", ""),
                ),
            )
        )
    if problems:
        raise ValidationFailed(problems)
    if not lines:
        raise _whole_file("no tiene pagos después del encabezado")
    return lines


def read_payments_file(path: Path) -> list[PaymentLine]:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError as exc:
        raise NotFound(f"No existe el archivo {path}.") from exc
    except UnicodeDecodeError as exc:
        raise _whole_file("no está en UTF-8: guárdelo como «CSV UTF-8»") from exc
    except OSError as exc:
        raise _whole_file(f"no se pudo leer ({exc})") from exc
    return parse_payments(text)


def import_payments(
    db: Database,
    actor: Actor,
    lines: Sequence[PaymentLine],
    *,
    now: dt.datetime | None = None,
) -> BatchResult:
    """Record every payment of the batch, or none: one unit of work, rolled back on any
    problem, with every problem named by its line and field."""
    moment = now or db.now()
    actor = require(db, actor, Permission.RECORD_FOLLOWUP)
    problems: list[FieldProblem] = []
    totals: dict[str, Decimal] = {}
    with db.write() as session:
        offices = {code: oid for oid, code in session.execute(select(Office.id, Office.code))}
        for item in lines:
            found = _CASE_NUMBER.match(item.case_number)
            office_id = offices.get(found["office"]) if found else None
            case = (
                session.scalar(
                    select(Case).where(
                        Case.office_id == office_id,
                        Case.year == int(found["year"]),
                        Case.number == int(found["number"]),
                    )
                )
                if found and office_id is not None
                else None
            )
            if case is None:
                problems.append(
                    _problem(
                        item.line, BatchColumn.EXPEDIENTE, f"no existe el caso {item.case_number}"
                    )
                )
                continue
            try:
                payment = add_payment(session, actor, case, item.payment, now=moment)
            except ValidationFailed as exc:
                problems += [
                    _problem(item.line, _COLUMN_OF[p.field], p.message) for p in exc.problems
                ]
                continue
            except (InvalidTransition, PermissionDenied) as exc:
                problems.append(_problem(item.line, BatchColumn.EXPEDIENTE, exc.message))
                continue
            totals[payment.currency] = totals.get(payment.currency, Decimal(0)) + payment.amount
        if problems:
            # Leaving the unit of work by an exception rolls back every line already added.
            raise ValidationFailed(problems)
        return BatchResult(len(lines), totals)
