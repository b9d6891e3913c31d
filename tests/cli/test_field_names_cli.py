"""The command line names the field of every problem a service reports by its typed identity
(``services/fields.py``): a batch of payments by the line and the column, a report by its
option's field, the demonstration's size, the hearing's start. Run in this process (the
subprocess tests of each order are in ``make test``)."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from conciliador.cli.main import dispatch, parse
from conciliador.services.errors import FieldId, FieldProblem, ValidationFailed
from conciliador.services.fields import (
    BatchColumn,
    DemoFields,
    HearingFields,
    PaymentBatchFields,
    ReportFields,
    batch_place,
    payment_batch_line,
)
from conciliador.services.followup.batch import import_payments, parse_payments
from tests.support.booking import book
from tests.support.followup import _followed_template, followed
from tests.support.world import World, local

__all__ = ["_followed_template", "followed"]

HEADER = "expediente,fecha,monto,forma,recibo,informado_por,observaciones\n"
CASE = "MN-D2-2026-00001"
#: After the signature (23 November 2026) and before any day the suite runs on.
PAID = "2026-11-30"
NOW = local(2027, 3, 1, 10)


@pytest.fixture(autouse=True)
def _log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONCILIADOR_LOG_DIR", str(tmp_path / "log"))


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[str]]:
    status = dispatch(parse(list(argv)))
    return status, capsys.readouterr().err.splitlines()


def _service_problems(world: World, text: str) -> list[FieldProblem]:
    with pytest.raises(ValidationFailed) as caught:
        import_payments(world.db, world.clerk, parse_payments(text), now=NOW)
    return caught.value.problems


#: Listings that, between them, go wrong in every column and in the file as a whole.
LISTINGS = {
    "values": HEADER
    + f"{CASE},{PAID},100,efectivo_oficina,R-1,la madre,\n"
    + f"{CASE},30/11/2026,100,efectivo_oficina,,la madre,\n"
    + f"{CASE},{PAID},cien,efectivo_oficina,,la madre,\n"
    + f"{CASE},{PAID},100,cheque,,la madre,\n"
    + f",{PAID},100,efectivo_oficina,,la madre,\n"
    + "solo,dos\n",
    "records": HEADER
    + f"{CASE},{PAID},100,efectivo_oficina,R-1,la madre,\n"
    + f"MN-D2-2026-09999,{PAID},100,efectivo_oficina,,la madre,\n"
    + f"{CASE},2099-01-01,100,efectivo_oficina,,la madre,\n"
    + f"{CASE},{PAID},0.001,efectivo_oficina,,la madre,\n"
    + f"{CASE},{PAID},100,efectivo_oficina,R-1,la madre,\n"
    + f"{CASE},{PAID},100,efectivo_oficina,, ,\n"
    + f"{CASE},{PAID},100,efectivo_oficina,,la madre,a\x00b\n",
    "header": "expediente,fecha,monto,forma,informado_por,banco\n",
    "not csv": HEADER + "x" * 200_000 + "\n",
    "unreadable header": "x" * 200_000 + "\n",
    "empty": "\n",
}


def test_every_batch_problem_is_named_by_its_line_and_column(
    followed: tuple[World, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    world, _ = followed
    url = str(world.db.engine.url)
    columns: set[BatchColumn] = set()
    wholes: set[FieldId] = set()
    for name, text in LISTINGS.items():
        problems = _service_problems(world, text)
        listing = tmp_path / f"{name}.csv"
        listing.write_text(text, encoding="utf-8")
        status, lines = _run(capsys, "payments", "import", "--db", url, str(listing))
        assert status == 1, name
        assert lines[0] == f"conciliador: error: no se registró ningún pago de {listing}:"
        assert lines[1:] == [f"  {p}" for p in problems], name
        for problem in problems:
            field = problem.field
            assert isinstance(field, FieldId), (name, field)
            place = batch_place(field)
            if place is None:
                wholes.add(field)
                continue
            line, column = place
            columns.add(column)
            assert str(field) == f"línea {line}, {column.value}"
    assert columns == set(BatchColumn)
    assert wholes == {PaymentBatchFields.FILE, payment_batch_line(1)}
    # The lines named are the file's own (the header is line 1).
    values = _service_problems(world, LISTINGS["values"])
    assert [batch_place(p.field) for p in values] == [
        (3, BatchColumn.FECHA),
        (4, BatchColumn.MONTO),
        (5, BatchColumn.FORMA),
        (6, BatchColumn.EXPEDIENTE),
        (7, BatchColumn.COLUMNAS),
    ]


def test_every_report_problem_names_its_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'vacia.sqlite'}"
    out = str(tmp_path / "r.docx")
    status, lines = _run(capsys, "report", "monthly", "--month", "2026-11", "--out", out)
    assert status == 1
    assert lines == [
        f"conciliador: error: {ReportFields.OUTPUT}: «r.docx» debe terminar en .xlsx, .csv, .pdf"
    ]
    # No office to report on, and none named.
    csv = str(tmp_path / "r.csv")
    status, lines = _run(capsys, "report", "cases", "--month", "2026-11", "--out", csv, "--db", url)
    assert status == 1
    assert lines == [
        f"conciliador: error: {ReportFields.OFFICE}: indique de qué oficina es el reporte "
        "(--office CÓDIGO)"
    ]
    # The month is refused by the option that takes it.
    with pytest.raises(SystemExit) as refused:
        parse(["report", "monthly", "--month", "2026-13", "--out", csv])
    assert refused.value.code == 2
    err = capsys.readouterr().err
    assert "argumento --month: 2026-13 no existe" in err
    assert str(ReportFields.MONTH) == "Mes"


def test_the_demos_size_names_its_field(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The options check their bounds first; the service names the same fields behind them."""
    args = parse(["demo", "--db", f"sqlite:///{tmp_path / 'demo.sqlite'}"])
    args.cases, args.months = -1, 0
    status = dispatch(args)
    assert status == 1
    assert capsys.readouterr().err.strip() == (
        f"conciliador: error: {DemoFields.CASES}: entre 0 y 10.000.000; "
        f"{DemoFields.MONTHS}: entre 1 y 240"
    )


def test_a_correction_without_its_start_names_the_start(
    sqlite_world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    from conciliador.cli.commands.hearings import run_times

    w = sqlite_world
    hearing = book(w, w.case().id, local(2026, 11, 26, 9))
    args = argparse.Namespace(
        handler=run_times,
        command="hearing",
        db=w.db.url.render_as_string(hide_password=False),
        id=hearing.id,
        start=None,
        end=None,
        reason="se anotó mal",
    )
    assert dispatch(args) == 1
    assert capsys.readouterr().err.strip() == (
        f"conciliador: error: {HearingFields.STARTED_AT}: indíquela"
    )
    assert str(HearingFields.STARTED_AT) == "Hora de inicio"
