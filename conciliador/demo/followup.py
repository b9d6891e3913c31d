"""Acompañamiento in the demonstration data: a few families whose agreement was signed, with
payment histories of three kinds — on time, late, and unpaid.

It runs after ``demo.load.generate_demo`` (which loads rows in bulk and has no actas) and
goes through the real services: the acta is drafted, issued and signed (a sealed PDF, so
LibreOffice runs once per family), through the steps the office's country adds (Peru's
legality check and fingerprints, Chile's court approval), and every payment is recorded as a
clerk would.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from conciliador.db import Database
from conciliador.demo.draws import load_names
from conciliador.domain.actas import SignatureMode
from conciliador.domain.agreement_terms import PaymentMethod
from conciliador.domain.enums import Outcome
from conciliador.domain.followup import IncidentKind
from conciliador.domain.obligations import InstalmentState
from conciliador.models import Acta, Agreement, Hearing, Office
from conciliador.services.actas import SignatureInput, draft_acta, issue_acta, sign_acta
from conciliador.services.actas.desk import acta_panel
from conciliador.services.actas.rendering import FINGERPRINT_ASKED, ExpectedSigner
from conciliador.services.actas.steps import (
    record_court_decision,
    record_legality_check,
    send_to_court,
)
from conciliador.services.actor import Actor
from conciliador.services.errors import ServiceError
from conciliador.services.followup.ledger import (
    IncidentInput,
    PaymentInput,
    case_follow_up,
    record_incident,
    record_payment,
)
from conciliador.services.permissions import Permission, require

#: The kinds of family, in turn: pays on the due date, pays twelve days late, does not pay.
KINDS = ("al_dia", "con_atraso", "sin_pagar")
#: How each kind reads in a message.
KIND_LABELS = {"al_dia": "al día", "con_atraso": "con atraso", "sin_pagar": "sin pagar"}
LATE_DAYS = 12


@dataclass
class FollowUpDemo:
    signed: int = 0
    payments: int = 0
    incidents: int = 0
    families: dict[str, list[int]] = field(default_factory=dict)


def _candidates(db: Database, now: dt.datetime, limit: int) -> list[tuple[int, int, dt.datetime]]:
    """Total agreements with child support, oldest hearing first (the longest histories)."""
    with db.read() as session:
        rows = session.execute(
            select(Agreement.id, Agreement.case_id, Hearing.ends_at)
            .join(Hearing, Hearing.id == Agreement.hearing_id)
            .where(
                Agreement.outcome == Outcome.ACUERDO_TOTAL,
                Agreement.monthly_support.is_not(None),
                Hearing.ends_at < now - dt.timedelta(days=1),
            )
            .order_by(Hearing.ends_at, Agreement.id)
            .limit(limit)
        ).all()
    return [(a, c, e) for a, c, e in rows]


def _signature(signer: ExpectedSigner, fingerprints: bool) -> SignatureInput:
    mode = signer.default or SignatureMode.FIRMA
    stamped = True if fingerprints and mode in FINGERPRINT_ASKED else None
    return SignatureInput(signer.role, mode, fingerprint=stamped)


def _sign(
    db: Database, actor: Actor, agreement_id: int, ends_at: dt.datetime, today: dt.date
) -> bool:
    """Draft, issue and sign the agreement's acta half an hour after the hearing, through the
    steps its country's law adds: Peru's legality check before the signatures (and every
    signer's fingerprint), Chile's approval by the family court, from which it binds."""
    names = load_names(_profile_code(db, agreement_id))
    try:
        acta = draft_acta(db, actor, agreement_id)
        assert acta.acta_id is not None
        issue_acta(db, actor, acta.acta_id, now=ends_at + dt.timedelta(minutes=15))
        panel = acta_panel(db, actor, acta.acta_id)
        if panel.steps is not None and panel.steps.needs_legality_check:
            record_legality_check(
                db,
                actor,
                acta.acta_id,
                lawyer_name=names["abogado_verificador"],
                registration=names["registro_abogado"].format(n=acta.acta_id % 90 + 10),
                now=ends_at + dt.timedelta(minutes=20),
            )
        fingerprints = bool(panel.fingerprint_source)
        sign_acta(
            db,
            actor,
            acta.acta_id,
            [_signature(s, fingerprints) for s in panel.signers],
            now=ends_at + dt.timedelta(minutes=30),
        )
        if panel.steps is not None and panel.steps.needs_court_approval:
            _court_approval(db, actor, acta.acta_id, names, ends_at.date(), today)
    except ServiceError:
        return False
    return True


def _profile_code(db: Database, agreement_id: int) -> str:
    with db.read() as session:
        code = session.scalar(
            select(Office.profile_code)
            .join(Hearing, Hearing.office_id == Office.id)
            .join(Agreement, Agreement.hearing_id == Hearing.id)
            .where(Agreement.id == agreement_id)
        )
    assert code is not None
    return code


def _court_approval(
    db: Database,
    actor: Actor,
    acta_id: int,
    names: dict[str, Any],
    signed_on: dt.date,
    today: dt.date,
) -> None:
    """Chile: the acta sent to the family court the next day and approved ten days later (or
    today, if that is sooner)."""
    with db.read() as session:
        place = session.scalar(
            select(Office.municipality)
            .join(Acta, Acta.office_id == Office.id)
            .where(Acta.id == acta_id)
        )
    sent_on = min(signed_on + dt.timedelta(days=1), today)
    decided_on = min(sent_on + dt.timedelta(days=10), today)
    send_to_court(
        db,
        actor,
        acta_id,
        court=names["tribunal"].format(municipio=place or ""),
        sent_on=sent_on,
    )
    record_court_decision(
        db,
        actor,
        acta_id,
        approved=True,
        decided_on=decided_on,
        case_reference=names["rit"].format(n=acta_id, anio=decided_on.year),
        decision=names["resolucion_aprobatoria"],
    )


def _history(
    db: Database, actor: Actor, case_id: int, kind: str, zone: ZoneInfo, today: dt.date
) -> tuple[int, int]:
    """Record the family's payments up to ``today``; returns (payments, incidents)."""
    view = case_follow_up(db, actor, case_id, as_of=today)
    payments = incidents = 0
    for status in view.account.instalments:
        item = status.instalment
        if kind == "sin_pagar" or status.state == InstalmentState.POR_VENCER:
            continue
        paid_on = item.due if kind == "al_dia" else item.due + dt.timedelta(days=LATE_DAYS)
        if paid_on > today:
            continue
        at = dt.datetime.combine(paid_on, dt.time(16), tzinfo=zone)
        record_payment(
            db,
            actor,
            case_id,
            PaymentInput(
                paid_on=paid_on,
                amount=item.amount,
                method=PaymentMethod.EFECTIVO_OFICINA,
                reported_by="la madre, en la oficina",
                receipt=f"R-{case_id:05d}-{payments + 1:03d}",
            ),
            now=at,
        )
        payments += 1
        if kind == "con_atraso":
            record_incident(
                db,
                actor,
                case_id,
                IncidentInput(
                    IncidentKind.PAGO_TARDIO,
                    paid_on,
                    f"La cuota del {item.due:%d/%m/%Y} se pagó {LATE_DAYS} días tarde.",
                    "la madre",
                ),
                now=at,
            )
            incidents += 1
    return payments, incidents


def add_follow_up(
    db: Database,
    actor: Actor,
    *,
    families: int = 6,
    now: dt.datetime | None = None,
    progress: Callable[[int], None] | None = None,
) -> FollowUpDemo:
    """Sign ``families`` agreements of the demonstration data and give each a payment
    history (the kinds of ``KINDS`` in turn)."""
    actor = require(db, actor, Permission.IMPORT_DATA)  # like loading the demo itself
    moment = now or db.now()
    result = FollowUpDemo()
    for agreement_id, case_id, ends_at in _candidates(db, moment, families * 4):
        if result.signed >= families:
            break
        if not _sign(db, actor, agreement_id, ends_at, moment.date()):
            continue
        with db.read() as session:
            office = session.scalar(
                select(Office)
                .join(Hearing, Hearing.office_id == Office.id)
                .where(Hearing.case_id == case_id)
            )
            assert office is not None
            zone = ZoneInfo(office.timezone)
        kind = KINDS[result.signed % len(KINDS)]
        paid, noted = _history(db, actor, case_id, kind, zone, moment.astimezone(zone).date())
        result.signed += 1
        result.payments += paid
        result.incidents += noted
        result.families.setdefault(kind, []).append(case_id)
        if progress is not None:
            progress(result.signed)
    return result
