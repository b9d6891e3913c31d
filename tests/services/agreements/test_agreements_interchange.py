"""Agreements through the JSON export and import: unchanged, or refused naming the field."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal as D
from typing import Any

import pytest
from sqlalchemy import func, select

from conciliador.db import Database
from conciliador.domain.agreement_terms import (
    AdjustmentKind,
    InKindKind,
    LivesWith,
    RemoteMeans,
    Split,
    Weekday,
)
from conciliador.domain.enums import Matter, Outcome
from conciliador.models import Agreement
from conciliador.services import hearing_flow as flow
from conciliador.services.actor import Actor
from conciliador.services.agreements import freeze_agreement, get_agreement
from conciliador.services.agreements.terms import (
    Addition,
    Adjustment,
    AgreementTerms,
    Arrears,
    Care,
    CareArrangement,
    HolidayRule,
    InKind,
    RemoteContact,
    SplitRule,
    Supervision,
)
from conciliador.services.interchange.export import export_records
from conciliador.services.interchange.importer import ImportRejected, import_records
from tests.support.agreements import care, complete_terms, context_for, support, visitation
from tests.support.interchange import records
from tests.support.world import World

SYSTEM = Actor.command_line("pruebas")


def rich_terms(ctx) -> AgreementTerms:
    """Every kind of clause at once."""
    second = ctx.children[1]
    return AgreementTerms(
        support=support(
            ctx,
            in_kind=(
                InKind(
                    kind=InKindKind.UTILES_ESCOLARES,
                    description="mochila, cuadernos y uniforme",
                    when="en enero",
                    estimated_value=D("1500.00"),
                ),
            ),
            arrears=Arrears(total=D("4500.50"), instalments=3, first_due=dt.date(2026, 12, 1)),
            adjustment=Adjustment(
                kind=AdjustmentKind.PORCENTAJE, percentage=D("5.5"), first_date=dt.date(2028, 1, 1)
            ),
        ),
        visitation=visitation(
            ctx,
            holidays=(
                HolidayRule(
                    occasion="Navidad", split=Split.ANIOS_ALTERNOS, visitor_first_year=2026
                ),
            ),
            birthdays=SplitRule(split=Split.COMPARTIDO, detail="por la tarde"),
            parents_days=True,
            vacations=SplitRule(split=Split.COMPARTIDO),
            remote=RemoteContact(
                means=(RemoteMeans.VIDEOLLAMADA,),
                days=(Weekday.MARTES,),
                from_time=dt.time(18, 30),
                to_time=dt.time(19),
            ),
            supervision=Supervision(supervisor="la abuela materna", place="su casa"),
            restrictions=("Sin salir del municipio sin avisar.",),
        ),
        care=Care(
            children=(
                care(ctx).children[0],
                CareArrangement(
                    child=second.uid,
                    lives_with=LivesWith.OTRA_PERSONA,
                    other_person="Rosa Pérez",
                    relationship="abuela materna",
                    residence="Masaya",
                ),
            )
        ),
        additions=(Addition(matter=Matter.VISITAS, text="Se avisarán los cambios con 24 horas."),),
    )


def recorded(world: World) -> dict[str, AgreementTerms]:
    """A total agreement with everything, a partial one, and a frozen one."""
    rich = context_for(world, 2, hour=8)
    partial = context_for(world, 1, hour=10)
    frozen = context_for(world, 1, hour=14)
    terms = {
        "rich": rich_terms(rich),
        "partial": AgreementTerms(support=support(partial)),
        "frozen": complete_terms(frozen),
    }
    ids = {
        "rich": flow.conclude_hearing(
            world.db,
            world.officer,
            rich.hearing_id,
            Outcome.ACUERDO_TOTAL,
            terms=terms["rich"],
            departure_reason="Las partes lo acordaron así por la matrícula escolar",
        ),
        "partial": flow.conclude_hearing(
            world.db,
            world.officer,
            partial.hearing_id,
            Outcome.ACUERDO_PARCIAL,
            pending_matters=[Matter.VISITAS, Matter.CUIDO],
            terms=terms["partial"],
        ),
        "frozen": flow.conclude_hearing(
            world.db, world.officer, frozen.hearing_id, Outcome.ACUERDO_TOTAL, terms=terms["frozen"]
        ),
    }
    with world.db.write() as s:
        freeze_agreement(s, world.officer, ids["frozen"])
    return terms


def test_agreements_go_through_export_and_import_unchanged(world: World, db: Database) -> None:
    terms = recorded(world)
    first, counts = export_records(world.db, SYSTEM)
    assert counts["acuerdos"] == 3
    import_records(db, SYSTEM, first)
    second, _ = export_records(db, SYSTEM)
    assert records(second) == records(first)  # each file carries its own sender's anchor
    with world.db.read() as s:
        originals = {a.uid: a for a in s.scalars(select(Agreement))}
    with db.read() as s:
        copies = {a.uid: a for a in s.scalars(select(Agreement))}
    assert set(copies) == set(originals)
    for uid, original in originals.items():
        copy = copies[uid]
        assert copy.clauses == original.clauses
        assert (copy.monthly_support, copy.currency) == (
            original.monthly_support,
            original.currency,
        )
        assert copy.guideline_departure_reason == original.guideline_departure_reason
        assert copy.frozen_at == original.frozen_at
    stored = {AgreementTerms.model_validate(a.clauses) for a in copies.values()}
    # the partial agreement's derived amounts were filled in; compare what the officer typed
    assert terms["rich"].visitation in {t.visitation for t in stored}
    assert terms["rich"].care in {t.care for t in stored}
    rich = next(a for a in copies.values() if a.guideline_departure_reason)
    view = get_agreement(db, SYSTEM, rich.id)
    assert any(c.free_text for c in view.clauses)
    assert "Navidad, en años alternos" in " ".join(c.text for c in view.clauses)


def _exported(world: World) -> dict[str, Any]:
    recorded(world)
    data, _ = export_records(world.db, SYSTEM)
    return json.loads(data)


def _agreement(doc: dict[str, Any], with_support: bool = True) -> dict[str, Any]:
    return next(
        a for a in doc["acuerdos"] if (a["clausulas"]["pension"] is not None) == with_support
    )


def _rejected(db: Database, doc: dict[str, Any], *fragments: str) -> None:
    with pytest.raises(ImportRejected) as err:
        import_records(db, SYSTEM, json.dumps(doc).encode())
    for fragment in fragments:
        assert fragment in str(err.value)
    with db.read() as s:
        assert s.scalar(select(func.count(Agreement.id))) == 0


def test_a_child_of_another_case_is_refused(sqlite_world: World, sqlite_db: Database) -> None:
    doc = _exported(sqlite_world)
    target = _agreement(doc)
    stranger = next(
        c["uid"] for c in doc["hijos"] if c["uid"] not in json.dumps(target["clausulas"])
    )
    target["clausulas"]["pension"]["hijos"][0]["hijo_uid"] = stranger
    _rejected(
        sqlite_db,
        doc,
        f"Registro acuerdos[{doc['acuerdos'].index(target) + 1}] (uid {target['uid']})",
        f"campo «clausulas.pension.hijos[1].hijo_uid»: {stranger} no es una hija o hijo del caso.",
    )


def test_a_currency_that_disagrees_is_refused(sqlite_world: World, sqlite_db: Database) -> None:
    doc = _exported(sqlite_world)
    _agreement(doc)["clausulas"]["pension"]["moneda"] = "USD"
    _rejected(
        sqlite_db,
        doc,
        "campo «clausulas.pension.moneda»: USD no coincide con «moneda» (NIO).",
    )


def test_clauses_on_an_outcome_without_agreement_are_refused(
    sqlite_world: World, sqlite_db: Database
) -> None:
    doc = _exported(sqlite_world)
    _agreement(doc)["resultado"] = "falta_de_acuerdo"
    _rejected(
        sqlite_db,
        doc,
        "campo «clausulas»: un resultado «Falta de acuerdo» no lleva cláusulas.",
    )


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (
            ("pension", "periodicidad"),
            "anual",
            "campo «clausulas.pension.periodicidad»: debe ser uno de",
        ),
        (
            ("pension", "hijos", 0, "monto"),
            "10.005",
            "campo «clausulas.pension.hijos[1].monto»: tiene más decimales de los permitidos (2)",
        ),
        (
            ("pension", "hijos", 0, "monto"),
            "mucho",
            "campo «clausulas.pension.hijos[1].monto»: debe ser un número",
        ),
        (
            ("pension", "primer_pago"),
            "15/12/2026",
            "campo «clausulas.pension.primer_pago»: debe ser una fecha (AAAA-MM-DD)",
        ),
        (
            ("visitas", "horario", 0, "hora_desde"),
            "nueve",
            "campo «clausulas.visitas.horario[1].hora_desde»: debe ser una hora (HH:MM)",
        ),
        (("pension", "apodo"), "x", "campo «clausulas.pension.apodo»: clave desconocida"),
        (
            ("cuido", "hijos", 0, "residencia"),
            "a\u0000b",
            "campo «clausulas.cuido.hijos[1].residencia»: contiene un carácter nulo",
        ),
    ],
)
def test_a_malformed_clause_is_refused_naming_its_field(
    sqlite_world: World,
    sqlite_db: Database,
    path: tuple[str | int, ...],
    value: str,
    message: str,
) -> None:
    doc = _exported(sqlite_world)
    target: Any = next(
        a["clausulas"] for a in doc["acuerdos"] if a["clausulas"]["cuido"] is not None
    )
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    _rejected(sqlite_db, doc, message)
