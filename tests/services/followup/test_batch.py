"""A batch of payments from a bank listing: all recorded, or none with every line named."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from conciliador.models import SupportPayment
from conciliador.services.errors import PermissionDenied, ValidationFailed
from conciliador.services.fields import (
    BatchColumn,
    PaymentBatchFields,
    batch_place,
    payment_batch_cell,
    payment_batch_line,
)
from conciliador.services.followup.batch import import_payments, parse_payments
from conciliador.services.followup.ledger import case_follow_up
from tests.support.world import World, local

NOW = local(2027, 3, 1, 10)
HEADER = "expediente,fecha,monto,forma,recibo,informado_por,observaciones\n"


def _stored(world: World) -> int:
    with world.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(SupportPayment)) or 0)


def test_a_good_listing_is_recorded_whole(followed: tuple[World, int]) -> None:
    world, case_id = followed
    text = (
        HEADER
        + "MN-D2-2026-00001,2026-12-15,8650.25,deposito_bancario,B-1,Banco Lafise,\n"
        + "MN-D2-2026-00001,2027-01-15,8650.25,deposito_bancario,B-2,Banco Lafise,a tiempo\n"
    )
    result = import_payments(world.db, world.clerk, parse_payments(text), now=NOW)
    assert result.recorded == 2 and result.totals == {"NIO": Decimal("17300.50")}
    view = case_follow_up(world.db, world.clerk, case_id, as_of=dt.date(2027, 2, 1))
    assert view.account.balance == Decimal(0)


def test_semicolons_and_a_byte_order_mark_are_read() -> None:
    lines = parse_payments(
        HEADER.replace(",", ";") + "MN-1-2026-00001;2026-12-15;10;efectivo_oficina;;la madre;\n"
    )
    assert lines[0].payment.amount == Decimal("10") and lines[0].line == 2


def test_one_bad_line_writes_nothing_and_every_problem_names_its_line_and_field(
    followed: tuple[World, int],
) -> None:
    world, _ = followed
    text = (
        HEADER
        + "MN-D2-2026-00001,2026-12-15,8650.25,deposito_bancario,B-1,Banco,\n"
        + "MN-D2-2026-00001,2026-12-15,8650.255,deposito_bancario,B-2,Banco,\n"
        + "MN-D2-2026-09999,2026-12-15,10.00,deposito_bancario,B-3,Banco,\n"
        + "MN-D2-2026-00001,2026-12-15,10.00,deposito_bancario,B-1,Banco,\n"
    )
    with pytest.raises(ValidationFailed) as caught:
        import_payments(world.db, world.clerk, parse_payments(text), now=NOW)
    assert [str(p) for p in caught.value.problems] == [
        "línea 3, monto: use como máximo 2 decimales",
        "línea 4, expediente: no existe el caso MN-D2-2026-09999",
        "línea 5, recibo: el recibo B-1 ya está registrado",
    ]
    assert _stored(world) == 0


def test_unreadable_values_are_refused_before_any_lookup() -> None:
    text = HEADER + "MN-D2-2026-00001,15/12/2026,1.500,50,transferencia,,Banco,\n"
    with pytest.raises(ValidationFailed) as caught:
        parse_payments(text)
    assert [str(p) for p in caught.value.problems] == [
        "línea 2, columnas: tiene 8 columnas y el encabezado 7"
    ]
    text = HEADER + "MN-D2-2026-00001,15/12/2026,1.500;50,transferencia,,Banco,\n"
    with pytest.raises(ValidationFailed) as caught:
        parse_payments(text)
    fields = [p.field for p in caught.value.problems]
    assert fields == [
        payment_batch_cell(2, BatchColumn.FECHA),
        payment_batch_cell(2, BatchColumn.MONTO),
        payment_batch_cell(2, BatchColumn.FORMA),
    ]
    assert [str(f) for f in fields] == ["línea 2, fecha", "línea 2, monto", "línea 2, forma"]
    assert [batch_place(f) for f in fields] == [
        (2, BatchColumn.FECHA),
        (2, BatchColumn.MONTO),
        (2, BatchColumn.FORMA),
    ]
    with pytest.raises(ValidationFailed, match="faltan las columnas monto"):
        parse_payments("expediente,fecha,forma,informado_por\n")


def test_an_administrator_cannot_import_payments(followed: tuple[World, int]) -> None:
    world, _ = followed
    lines = parse_payments(HEADER + "MN-D2-2026-00001,2026-12-15,1,efectivo_oficina,,x,\n")
    with pytest.raises(PermissionDenied):
        import_payments(world.db, world.admin, lines, now=NOW)
    assert _stored(world) == 0


def test_a_problem_of_the_whole_file_names_no_line() -> None:
    """An empty file, a header that cannot be read and a file without payments: the first
    and the last concern the whole file, the second its first line."""
    found = []
    for text in ("", "x" * 200_000 + "\n", HEADER):
        with pytest.raises(ValidationFailed) as caught:
            parse_payments(text)
        found += caught.value.problems
    assert [p.field for p in found] == [
        PaymentBatchFields.FILE,
        payment_batch_line(1),
        PaymentBatchFields.FILE,
    ]
    assert [str(p) for p in found] == [
        "archivo: está vacío",
        "línea 1: no se pudo leer el encabezado",
        "archivo: no tiene pagos después del encabezado",
    ]
    assert all(batch_place(p.field) is None for p in found)
