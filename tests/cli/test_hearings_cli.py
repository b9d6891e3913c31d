"""``conciliador hearing`` as a user runs it: the hearing's own record from the command line."""

from __future__ import annotations

import pytest

from tests.cli.test_cli import conciliador
from tests.support.booking import book
from tests.support.world import World, local


@pytest.mark.slow  # `conciliador` in subprocesses: in make test, not in make check
def test_a_start_before_the_booked_day_needs_a_reason_and_times_are_corrected_with_one(
    sqlite_world: World,
) -> None:
    w = sqlite_world
    hearing = book(w, w.case().id, local(2026, 11, 26, 9))  # Thursday 26/11 at 09:00
    url = w.db.url.render_as_string(hide_password=False)
    hid = str(hearing.id)

    refused = conciliador("hearing", "start", "--id", hid, "--at", "2026-11-23 09:10", "--db", url)
    assert refused.returncode == 1
    [line] = refused.stderr.strip().splitlines()
    assert line.startswith("conciliador: error: Motivo del inicio: indique por qué se inicia")
    assert "26/11/2026 a las 09:00, otro día" in line and "no consta como entregada" in line

    shown = conciliador("hearing", "show", "--id", hid, "--db", url)
    assert "Inicio real: no consta" in shown.stdout

    started = conciliador(
        "hearing",
        "start",
        "--id",
        hid,
        "--at",
        "2026-11-23 09:10",
        "--reason",
        "Ambas partes acudieron por su cuenta",
        "--db",
        url,
    )
    assert started.returncode == 0, started.stderr
    assert "Inicio real: 23/11/2026 09:10" in started.stdout
    assert "Motivo del inicio: Ambas partes acudieron por su cuenta" in started.stdout

    missing = conciliador("hearing", "times", "--id", hid, "--start", "2026-11-23 09:05")
    assert missing.returncode == 2
    assert "faltan los argumentos obligatorios: --reason" in missing.stderr
    bad = conciliador(
        "hearing", "times", "--id", hid, "--start", "23/11 9:05", "--reason", "x", "--db", url
    )
    assert bad.returncode == 2
    assert "argumento --start: «23/11 9:05» no es una fecha y hora" in bad.stderr
    empty = conciliador(
        "hearing", "times", "--id", hid, "--start", "2026-11-23 09:05", "--reason", " ", "--db", url
    )
    assert empty.returncode == 1
    assert "Motivo de la corrección" in empty.stderr
    fixed = conciliador(
        "hearing",
        "times",
        "--id",
        hid,
        "--start",
        "2026-11-23 09:05",
        "--reason",
        "Se registró el inicio cinco minutos tarde",
        "--db",
        url,
    )
    assert fixed.returncode == 0, fixed.stderr
    assert "Inicio real: 23/11/2026 09:05" in fixed.stdout
