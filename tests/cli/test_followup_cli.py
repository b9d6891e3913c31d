"""``conciliador alerts`` and ``conciliador payments import`` as an office runs them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.test_cli import conciliador
from tests.support.followup import _followed_template, followed
from tests.support.world import World

__all__ = ["_followed_template", "followed"]

HEADER = "expediente,fecha,monto,forma,recibo,informado_por,observaciones\n"


def _url(world: World) -> str:
    return str(world.db.engine.url)


@pytest.mark.slow  # `conciliador` in subprocesses: in make test, not in make check
def test_alerts_lists_the_delinquent_family_with_its_next_step(
    followed: tuple[World, int],
) -> None:
    world, _ = followed
    result = conciliador(
        "alerts", "--db", _url(world), "--office", "MN-D2", "--as-of", "2027-01-15"
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "1 alerta(s) pendiente(s) al 2027-01-15:"
    assert "  Pensión en mora: 1" in lines
    assert "1. [1] Pensión en mora — MN-D2 — caso MN-D2-2026-00001" in lines
    assert any(line.startswith("   Siguiente paso: Llame a la parte alimentante") for line in lines)
    quiet = conciliador("alerts", "--db", _url(world), "--as-of", "2026-12-01")
    assert quiet.stdout.strip() == "Sin alertas pendientes al 2026-12-01."


@pytest.mark.slow  # `conciliador` in subprocesses: in make test, not in make check
def test_alerts_refuses_an_unknown_office_and_a_bad_date(followed: tuple[World, int]) -> None:
    world, _ = followed
    unknown = conciliador("alerts", "--db", _url(world), "--office", "XX")
    assert unknown.returncode == 1
    assert unknown.stderr.strip() == "conciliador: error: No existe una oficina con el código «XX»."
    bad = conciliador("alerts", "--db", _url(world), "--as-of", "15/01/2027")
    assert bad.returncode == 2 and "«15/01/2027» no es una fecha AAAA-MM-DD" in bad.stderr


@pytest.mark.slow  # `conciliador` in subprocesses: in make test, not in make check
def test_payments_import_one_bad_line_writes_nothing_and_names_the_line(
    followed: tuple[World, int], tmp_path: Path
) -> None:
    world, _ = followed
    listing = tmp_path / "banco.csv"
    listing.write_text(
        HEADER
        + "MN-D2-2026-00001,2026-12-15,8650.25,deposito_bancario,B-1,Banco Lafise,\n"
        + "MN-D2-2026-00001,2027-01-15,ocho mil,deposito_bancario,B-2,Banco Lafise,\n",
        encoding="utf-8",
    )
    result = conciliador("payments", "import", "--db", _url(world), str(listing))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"conciliador: error: no se registró ningún pago de {listing}:",
        "  línea 3, monto: «ocho mil» no es un monto (por ejemplo 1500.50, con punto decimal y "
        "sin separador de miles)",
    ]
    still = conciliador("alerts", "--db", _url(world), "--as-of", "2027-01-15")
    assert "Pensión en mora: 1" in still.stdout  # the good first line was not recorded

    # Paid ahead, before the first due date (the command line's clock is the machine's).
    listing.write_text(
        "\ufeff" + HEADER + "MN-D2-2026-00001,2026-11-30,8650.25,deposito_bancario,B-1,Banco,\n",
        encoding="utf-8",
    )
    ok = conciliador("payments", "import", "--db", _url(world), str(listing))
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.strip() == "Se registraron 1 pago(s): 8650.25 NIO."
    paid = conciliador("alerts", "--db", _url(world), "--as-of", "2027-01-15")
    assert "Pensión en mora" not in paid.stdout
