"""``conciliador actas render`` and ``conciliador actas batch`` as a user runs them."""

from __future__ import annotations

from pathlib import Path

import pytest

from conciliador.domain.enums import Outcome
from tests.cli.test_cli import conciliador
from tests.support.actas import concluded
from tests.support.world import World

pytestmark = pytest.mark.slow


def test_render_writes_the_acta_and_the_families_sheet(sqlite_world: World, tmp_path: Path) -> None:
    hearing, _ = concluded(sqlite_world)
    url = sqlite_world.db.url.render_as_string(hide_password=False)
    out = tmp_path / "salida"
    result = conciliador(
        "actas", "render", "--hearing", str(hearing.id), "--out", str(out), "--db", url, "--pdf"
    )
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in out.iterdir())
    assert names == [
        "acta-borrador-MN-D2-2026-00001.docx",
        "acta-borrador-MN-D2-2026-00001.pdf",
        "hoja-explicativa-borrador-MN-D2-2026-00001.docx",
        "hoja-explicativa-borrador-MN-D2-2026-00001.pdf",
    ]
    assert "Acuerdo total — borrador" in result.stdout


def test_render_of_a_hearing_without_outcome_says_so(sqlite_world: World, tmp_path: Path) -> None:
    from tests.support.agreements import family_case, held_hearing

    hearing = held_hearing(sqlite_world, family_case(sqlite_world, 1).id)
    url = sqlite_world.db.url.render_as_string(hide_password=False)
    result = conciliador(
        "actas", "render", "--hearing", str(hearing.id), "--out", str(tmp_path), "--db", url
    )
    assert result.returncode == 1
    assert "no tiene un resultado registrado" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_batch_writes_a_months_actas(sqlite_world: World, tmp_path: Path) -> None:
    for hour, outcome in ((8, Outcome.ACUERDO_TOTAL), (10, Outcome.FALTA_DE_ACUERDO)):
        concluded(sqlite_world, outcome, hour=hour)
    url = sqlite_world.db.url.render_as_string(hide_password=False)
    out = tmp_path / "noviembre"
    result = conciliador(
        "actas",
        "batch",
        "--month",
        "2026-11",
        "--office",
        "MN-D2",
        "--out",
        str(out),
        "--db",
        url,
        "--pdf",
    )
    assert result.returncode == 0, result.stderr
    assert len(list(out.glob("*.docx"))) == 2 and len(list(out.glob("*.pdf"))) == 2
    assert "2 acta(s) de 11/2026" in result.stdout
    empty = conciliador("actas", "batch", "--month", "2026-13", "--out", str(out), "--db", url)
    assert empty.returncode == 2 and "no es un mes AAAA-MM" in empty.stderr


def test_batch_without_libreoffice_still_writes_the_docx(
    sqlite_world: World, tmp_path: Path
) -> None:
    concluded(sqlite_world)
    url = sqlite_world.db.url.render_as_string(hide_password=False)
    result = conciliador(
        "actas",
        "batch",
        "--month",
        "2026-11",
        "--out",
        str(tmp_path),
        "--db",
        url,
        "--pdf",
        env={"CONCILIADOR_SOFFICE": str(tmp_path / "sin-libreoffice")},
    )
    assert result.returncode == 1
    assert len(list(tmp_path.glob("*.docx"))) == 1 and not list(tmp_path.glob("*.pdf"))
    assert "libreoffice-writer-nogui" in result.stderr
