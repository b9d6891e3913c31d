"""What families report after the signature: payments and incidents, and the account they
leave (owed, paid, balance, months in arrears, each instalment's history).

Nothing here is typed by hand that can be computed: the account follows from the agreements'
terms and the recorded payments every time it is read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload

from conciliador.db import Database
from conciliador.documents.amounts import currency_digits, is_exact_for
from conciliador.domain.agreement_terms import PaymentMethod
from conciliador.domain.audit_actions import AuditAction
from conciliador.domain.followup import IncidentKind
from conciliador.domain.obligations import (
    Account,
    ExpectedVisit,
    InKindItem,
    PaidAmount,
    Segment,
    account,
    add_months,
    expected_visits,
    schedule,
)
from conciliador.models import (
    Case,
    FollowUpIncident,
    ObligationSchedule,
    Office,
    SupportPayment,
    User,
)
from conciliador.services import audit
from conciliador.services.actor import Actor
from conciliador.services.cases import load_case
from conciliador.services.errors import (
    FieldId,
    FieldProblem,
    InvalidTransition,
    NotFound,
    ValidationFailed,
)
from conciliador.services.fields import IncidentFields, PaymentFields
from conciliador.services.followup.obligations import (
    BindingActa,
    binding_actas,
    currency_of,
    segments,
)
from conciliador.services.followup.schedules import (
    rules_of,
    stored_instalments,
    write_schedules,
)
from conciliador.services.offices import profile_of
from conciliador.services.permissions import Permission, require
from conciliador.services.text import TEXT_MAX
from conciliador.services.validation import MAX_AMOUNT, checked_text, known_id, text_problems

#: How far past the day of the account the schedule shows upcoming instalments.
UPCOMING_MONTHS = 3


# ------------------------------------------------------------------------------ inputs
@dataclass(frozen=True)
class PaymentInput:
    paid_on: dt.date
    amount: Decimal
    method: PaymentMethod
    reported_by: str
    receipt: str = ""
    notes: str = ""


@dataclass(frozen=True)
class IncidentInput:
    kind: IncidentKind
    occurred_on: dt.date
    description: str
    reported_by: str


# ------------------------------------------------------------------------------ views
@dataclass(frozen=True)
class PaymentView:
    id: int
    uid: str
    paid_on: dt.date
    amount: Decimal
    currency: str
    method: PaymentMethod
    receipt: str
    reported_by: str
    notes: str
    recorded_by: str
    recorded_at: dt.datetime


@dataclass(frozen=True)
class IncidentView:
    id: int
    uid: str
    kind: IncidentKind
    occurred_on: dt.date
    description: str
    reported_by: str
    recorded_by: str
    recorded_at: dt.datetime


@dataclass(frozen=True)
class FollowUpView:
    """One family's obligations and what was reported, as of a day."""

    case_id: int
    case_number: str
    office_id: int
    locale: str
    #: The signed actas whose terms the schedule follows, oldest first.
    actas: tuple[str, ...]
    currency: str | None
    account: Account
    payments: tuple[PaymentView, ...]
    incidents: tuple[IncidentView, ...]
    in_kind: tuple[InKindItem, ...]
    visits: tuple[ExpectedVisit, ...]
    delinquency_months: int


# ------------------------------------------------------------------------------ helpers
def _local_today(office: Office, now: dt.datetime) -> dt.date:
    return now.astimezone(ZoneInfo(office.timezone)).date()


def _followed_case(session: Session, case_id: int) -> tuple[Case, ObligationSchedule | None]:
    """The case and its office, locked for the unit of work, and its stored schedule's row,
    in one statement (``load_case`` also reads the children, which a payment does not
    need)."""
    if not known_id(case_id):
        raise NotFound(f"No existe el caso n.º {case_id}.")
    row = session.execute(
        select(Case, ObligationSchedule)
        .outerjoin(ObligationSchedule, ObligationSchedule.case_id == Case.id)
        .where(Case.id == case_id)
        .options(joinedload(Case.office, innerjoin=True))
        .with_for_update(of=Case)
    ).first()
    if row is None:
        raise NotFound(f"No existe el caso n.º {case_id}.")
    return row[0], row[1]


def _binding(session: Session, case: Case) -> list[BindingActa]:
    return binding_actas(session, [case.id]).get(case.id, [])


def _user_names(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    return dict(session.execute(select(User.id, User.full_name).where(User.id.in_(ids))).all())


def payment_views(session: Session, case_id: int) -> list[PaymentView]:
    # Columns, not ORM objects: a family's whole history is read after every payment.
    rows = session.execute(
        select(
            SupportPayment.id,
            SupportPayment.uid,
            SupportPayment.paid_on,
            SupportPayment.amount,
            SupportPayment.currency,
            SupportPayment.method,
            SupportPayment.receipt,
            SupportPayment.reported_by,
            SupportPayment.notes,
            SupportPayment.recorded_by_id,
            SupportPayment.recorded_at,
        )
        .where(SupportPayment.case_id == case_id)
        .order_by(SupportPayment.paid_on, SupportPayment.id)
    ).all()
    names = _user_names(session, {r.recorded_by_id for r in rows if r.recorded_by_id})
    return [
        PaymentView(
            r.id,
            r.uid,
            r.paid_on,
            r.amount,
            r.currency,
            r.method,
            r.receipt,
            r.reported_by,
            r.notes,
            names.get(r.recorded_by_id or 0, "sistema"),
            r.recorded_at,
        )
        for r in rows
    ]


def incident_views(session: Session, case_id: int) -> list[IncidentView]:
    rows = list(
        session.scalars(
            select(FollowUpIncident)
            .where(FollowUpIncident.case_id == case_id)
            .order_by(FollowUpIncident.occurred_on, FollowUpIncident.id)
        )
    )
    names = _user_names(session, {r.recorded_by_id for r in rows if r.recorded_by_id})
    return [
        IncidentView(
            r.id,
            r.uid,
            r.kind,
            r.occurred_on,
            r.description,
            r.reported_by,
            names.get(r.recorded_by_id or 0, "sistema"),
            r.recorded_at,
        )
        for r in rows
    ]


def account_of(
    segs: Sequence[Segment],
    payments: Sequence[PaidAmount],
    as_of: dt.date,
    delinquency_months: int,
    *,
    upcoming: bool = True,
) -> Account:
    """The account of a family as of a day, with the next months' instalments as upcoming
    (``upcoming=False``: only what fell due, all the alerts and the report need)."""
    items = schedule(segs, add_months(as_of, UPCOMING_MONTHS) if upcoming else as_of)
    return account(items, payments, as_of, delinquency_months=delinquency_months)


def paid_amounts(session: Session, case_ids: Sequence[int]) -> dict[int, list[PaidAmount]]:
    found: dict[int, list[PaidAmount]] = {}
    rows = session.execute(
        select(
            SupportPayment.case_id,
            SupportPayment.paid_on,
            SupportPayment.amount,
            SupportPayment.id,
        ).where(SupportPayment.case_id.in_(case_ids))
    )
    for case_id, paid_on, amount, payment_id in rows:
        found.setdefault(case_id, []).append(PaidAmount(paid_on, amount, payment_id))
    return found


def follow_up_view(
    session: Session,
    case: Case,
    as_of: dt.date,
    *,
    visits_weeks: int = 4,
    actas: list[BindingActa] | None = None,
) -> FollowUpView:
    profile = profile_of(case.office)
    if actas is None:
        actas = _binding(session, case)
    segs = segments(actas, profile)
    months = profile.alerts.delinquency.months
    payments = payment_views(session, case.id)
    paid = [PaidAmount(p.paid_on, p.amount, p.id) for p in payments]
    until = add_months(as_of, UPCOMING_MONTHS)
    head = session.get(ObligationSchedule, case.id)
    if head is not None and head.until >= until and head.rules == rules_of(profile):
        # The stored schedule (``followup.schedules``): read, not computed again.
        items = stored_instalments(session, case.id, until)
        balance = account(items, paid, as_of, delinquency_months=months)
    else:
        balance = account_of(segs, paid, as_of, months)
    return FollowUpView(
        case_id=case.id,
        case_number=case.number_text(case.office.code),
        office_id=case.office_id,
        locale=profile.regional.locale,
        actas=tuple(a.number for a in actas),
        currency=currency_of(actas),
        account=balance,
        payments=tuple(payments),
        incidents=tuple(incident_views(session, case.id)),
        in_kind=segs[-1].in_kind if segs else (),
        visits=tuple(expected_visits(segs, as_of, as_of + dt.timedelta(weeks=visits_weeks))),
        delinquency_months=months,
    )


# ------------------------------------------------------------------------------ reading
def case_follow_up(
    db: Database,
    actor: Actor,
    case_id: int,
    *,
    as_of: dt.date | None = None,
    now: dt.datetime | None = None,
) -> FollowUpView:
    """A family's schedule, payments, incidents and balance (by default as of today)."""
    with db.read() as session:
        case = load_case(session, case_id)
        actor = require(session, actor, Permission.VIEW_CASE, case.office_id)
        return follow_up_view(session, case, as_of or _local_today(case.office, now or db.now()))


# ------------------------------------------------------------------------------ payments
def _date_problems(
    value: object, field: FieldId, today: dt.date, since: dt.date | None
) -> list[FieldProblem]:
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        return [FieldProblem(field, "indique una fecha")]
    if value > today:
        return [FieldProblem(field, "no puede ser futura")]
    if since is not None and value < since:
        return [FieldProblem(field, f"es anterior al acuerdo firmado ({since.isoformat()})")]
    return []


def payment_problems(
    data: PaymentInput, currency: str, today: dt.date, since: dt.date | None
) -> list[FieldProblem]:
    """Every problem of one payment, each naming its field."""
    problems = _date_problems(data.paid_on, PaymentFields.PAID_ON, today, since)
    amount = data.amount
    if not isinstance(amount, Decimal) or not amount.is_finite():
        problems.append(FieldProblem(PaymentFields.AMOUNT, "escriba un monto"))
    elif amount <= 0:
        problems.append(FieldProblem(PaymentFields.AMOUNT, "debe ser mayor que cero"))
    elif amount > MAX_AMOUNT:
        problems.append(FieldProblem(PaymentFields.AMOUNT, "es demasiado grande"))
    elif not is_exact_for(amount, currency):
        digits = currency_digits(currency)
        problems.append(
            FieldProblem(
                PaymentFields.AMOUNT,
                "no lleva decimales" if digits == 0 else f"use como máximo {digits} decimales",
            )
        )
    if not isinstance(data.method, PaymentMethod):
        problems.append(FieldProblem(PaymentFields.METHOD, "elija una de la lista"))
    problems += text_problems(
        data.reported_by.strip(), PaymentFields.REPORTED_BY, limit=200, required=True
    )
    problems += text_problems(data.receipt.strip(), PaymentFields.RECEIPT, limit=80)
    problems += text_problems(data.notes.strip(), PaymentFields.NOTES, limit=TEXT_MAX)
    return problems


def _followed(
    session: Session, case: Case, actas: list[BindingActa] | None = None
) -> tuple[list[BindingActa], str]:
    if actas is None:
        actas = _binding(session, case)
    currency = currency_of(actas)
    if currency is None:
        raise InvalidTransition(
            f"El caso {case.number_text(case.office.code)} no tiene un acuerdo firmado con "
            "pensión alimenticia: no hay pagos que registrar."
        )
    return actas, currency


def add_payment(
    session: Session,
    actor: Actor,
    case: Case,
    data: PaymentInput,
    *,
    now: dt.datetime,
    actas: list[BindingActa] | None = None,
) -> SupportPayment:
    """Validate and store one payment inside the caller's unit of work (audited); ``actas``:
    the case's binding actas, when the caller has them already."""
    actor = require(session, actor, Permission.RECORD_FOLLOWUP, case.office_id)
    actas, currency = _followed(session, case, actas)
    problems = payment_problems(data, currency, _local_today(case.office, now), actas[0].signed_on)
    receipt = data.receipt.strip()
    if not problems and receipt:
        duplicate = session.scalar(
            select(func.count())
            .select_from(SupportPayment)
            .where(SupportPayment.case_id == case.id, SupportPayment.receipt == receipt)
        )
        if duplicate:
            problems.append(
                FieldProblem(PaymentFields.RECEIPT, f"el recibo {receipt} ya está registrado")
            )
    if problems:
        raise ValidationFailed(problems)
    payment = SupportPayment(
        case_id=case.id,
        office_id=case.office_id,
        paid_on=data.paid_on,
        amount=data.amount,
        currency=currency,
        method=data.method,
        receipt=receipt,
        reported_by=data.reported_by.strip(),
        notes=data.notes.strip(),
        recorded_by_id=actor.user_id,
        recorded_at=now,
    )
    session.add(payment)
    session.flush()
    audit.record(
        session,
        actor,
        AuditAction.REGISTRAR_PAGO,
        "pago",
        payment.id,
        after={
            "caso": case.id,
            "fecha": data.paid_on,
            "monto": data.amount,
            "moneda": currency,
            "forma": data.method,
            "recibo": receipt,
            "informado_por": payment.reported_by,
        },
        office_id=case.office_id,
    )
    return payment


def record_payment(
    db: Database,
    actor: Actor,
    case_id: int,
    data: PaymentInput,
    *,
    now: dt.datetime | None = None,
) -> FollowUpView:
    """Record a payment a family reported; returns the recomputed account."""
    moment = now or db.now()
    with db.write() as session:
        case, head = _followed_case(session, case_id)
        actor = require(session, actor, Permission.RECORD_FOLLOWUP, case.office_id)
        actas = _binding(session, case)
        add_payment(session, actor, case, data, now=moment, actas=actas)
        today = _local_today(case.office, moment)
        if head is None or head.until < add_months(today, UPCOMING_MONTHS):
            # A family followed past its stored schedule's reach: written further ahead.
            if head is not None:
                session.expunge(head)
            write_schedules(session, [case.id], binding={case.id: actas})
        return follow_up_view(session, case, today, actas=actas)


# ------------------------------------------------------------------------------ incidents
def record_incident(
    db: Database,
    actor: Actor,
    case_id: int,
    data: IncidentInput,
    *,
    now: dt.datetime | None = None,
) -> IncidentView:
    """Record something that happened to a signed agreement (audited)."""
    moment = now or db.now()
    with db.write() as session:
        case = load_case(session, case_id, for_update=True)
        actor = require(session, actor, Permission.RECORD_FOLLOWUP, case.office_id)
        actas = _binding(session, case)
        if not actas:
            raise InvalidTransition(
                f"El caso {case.number_text(case.office.code)} no tiene un acuerdo firmado: "
                "no hay seguimiento en el que registrar incidencias."
            )
        problems: list[FieldProblem] = []
        if not isinstance(data.kind, IncidentKind):
            problems.append(FieldProblem(IncidentFields.KIND, "elija uno de la lista"))
        problems += _date_problems(
            data.occurred_on,
            IncidentFields.OCCURRED_ON,
            _local_today(case.office, moment),
            actas[0].signed_on,
        )
        problems += text_problems(
            data.description.strip(), IncidentFields.DESCRIPTION, limit=TEXT_MAX, required=True
        )
        problems += text_problems(
            data.reported_by.strip(), IncidentFields.REPORTED_BY, limit=200, required=True
        )
        if problems:
            raise ValidationFailed(problems)
        incident = FollowUpIncident(
            case_id=case.id,
            office_id=case.office_id,
            kind=data.kind,
            occurred_on=data.occurred_on,
            description=checked_text(data.description, IncidentFields.DESCRIPTION, limit=TEXT_MAX),
            reported_by=data.reported_by.strip(),
            recorded_by_id=actor.user_id,
            recorded_at=moment,
        )
        session.add(incident)
        session.flush()
        audit.record(
            session,
            actor,
            AuditAction.REGISTRAR_INCIDENCIA,
            "incidencia",
            incident.id,
            after={
                "caso": case.id,
                "tipo": data.kind,
                "fecha": data.occurred_on,
                "informado_por": incident.reported_by,
            },
            office_id=case.office_id,
        )
        return next(v for v in incident_views(session, case.id) if v.id == incident.id)
