"""``conciliador agreement`` and ``conciliador guideline`` as a user runs them."""

from __future__ import annotations

from conciliador.domain.enums import Outcome
from conciliador.models import Agreement
from conciliador.services import hearing_flow as flow
from conciliador.services.agreements.terms import AgreementTerms
from tests.cli.test_cli import conciliador
from tests.support.agreements import complete_terms, context_for, support
from tests.support.world import World


def test_guideline_is_worked_out_step_by_step() -> None:
    result = conciliador(
        "guideline",
        "--profile",
        "CL",
        "--children",
        "3",
        "--income",
        "950000",
        "--social-security",
        "150000",
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Pauta alimentaria — Chile"
    assert "  Piso total para 3 hijas e hijos: $485.100  ($161.700 × 3)" in lines
    assert "  Pauta: el piso no puede superar el tope: $400.000" in lines


def test_a_bad_amount_is_one_spanish_line() -> None:
    result = conciliador("guideline", "--children", "2", "--income", "20.000,50")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "conciliador guideline: error: argumento --income: «20.000,50» no es un monto (escriba"
        " por ejemplo 15000.50, sin separador de miles) (vea --help)"
    ]


def test_agreement_lists_its_clauses_and_exits_1_while_the_acta_is_blocked(
    sqlite_world: World,
) -> None:
    world = sqlite_world
    blocked = context_for(world, 1, hour=8)
    flow.conclude_hearing(
        world.db,
        world.officer,
        blocked.hearing_id,
        Outcome.ACUERDO_TOTAL,
        terms=AgreementTerms(support=support(blocked, first_payment=None)),
    )
    clean = context_for(world, 1, hour=10)
    flow.conclude_hearing(
        world.db,
        world.officer,
        clean.hearing_id,
        Outcome.ACUERDO_TOTAL,
        terms=complete_terms(clean),
    )
    url = str(world.db.url.set(drivername="sqlite"))
    result = conciliador("agreement", "--db", url, "--hearing", str(blocked.hearing_id))
    assert result.returncode == 1
    assert "Error — Pensión alimenticia — Primer pago: indique la fecha del primer pago" in (
        result.stdout
    )
    assert "  1. José López Díaz se obliga a pagar" in result.stdout
    assert result.stderr.strip().splitlines() == [
        "conciliador: error: el acuerdo tiene 3 error(es) que impiden emitir el acta"
    ]
    ok = conciliador("agreement", "--db", url, "--hearing", str(clean.hearing_id))
    assert ok.returncode == 0, ok.stderr
    assert "Sin errores ni advertencias: el acta puede emitirse." in ok.stdout
    assert "Pauta alimentaria:" in ok.stdout


def test_an_outcome_without_its_stated_cause_is_blocked(sqlite_world: World) -> None:
    """A conclusión motivada recorded without its cause (before it was required, or imported)
    no longer «puede emitirse»: its acta would refer to a cause that is not there."""
    world = sqlite_world
    ctx = context_for(world, 1, hour=8)
    record_id = flow.conclude_hearing(
        world.db,
        world.officer,
        ctx.hearing_id,
        Outcome.CONCLUSION_MOTIVADA,
        notes="La parte citada se retiró.",
    )
    with world.db.write() as s:
        record = s.get(Agreement, record_id)
        assert record is not None
        record.notes = ""
    url = str(world.db.url.set(drivername="sqlite"))
    result = conciliador("agreement", "--db", url, "--hearing", str(ctx.hearing_id))
    assert result.returncode == 1
    assert "Error — Observaciones: escriba la causa de la conclusión" in result.stdout
    assert "puede emitirse" not in result.stdout
