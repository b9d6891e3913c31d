"""The documents of acompañamiento, from templates like every other one:

- the «hoja de estado de cuenta» for the family: what the agreement asks, what was paid, the
  balance, instalment by instalment;
- the «constancia de incumplimiento» for the court or the public prosecutor: the instalments
  unpaid a month after their due date, the arrears computed, and the acta's number.

Every figure comes from the account (``domain.obligations``), never typed. A constancia is only
issued while there is something in arrears: otherwise there is nothing to certify.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from conciliador.criteria import Profile, load_profile
from conciliador.criteria.terms import Terms
from conciliador.db import Database
from conciliador.documents.amounts import amount_in_words
from conciliador.documents.docx_engine import render
from conciliador.documents.formatting import medium_date, money, short_date
from conciliador.domain.actas import NONCOMPLIANCE_CERTIFICATE, PAYMENT_STATEMENT
from conciliador.domain.agreement_terms import Party, PaymentMethod, Periodicity
from conciliador.domain.audit_actions import AuditAction
from conciliador.domain.enums import IdType
from conciliador.domain.obligations import (
    Account,
    InstalmentStatus,
    PaidAmount,
    Segment,
    SupportPlan,
    account,
    add_months,
    schedule,
)
from conciliador.models import Office, User
from conciliador.services import audit
from conciliador.services.actas.citations import office_facts
from conciliador.services.actas.facts import PersonFacts
from conciliador.services.actas.letters import OfficeFacts
from conciliador.services.actas.published import Published, published_template
from conciliador.services.actas.rendering import DOCX, PDF, Document, to_pdf
from conciliador.services.actas.wording import count_feminine, id_text
from conciliador.services.actor import Actor
from conciliador.services.cases import load_case
from conciliador.services.errors import InvalidTransition
from conciliador.services.followup.ledger import PaymentView, follow_up_view
from conciliador.services.followup.obligations import binding_actas
from conciliador.services.permissions import Permission, require


@dataclass(frozen=True)
class FollowUpDoc:
    """Everything a statement or a constancia states (plain facts, no database objects)."""

    office: OfficeFacts
    case_number: str
    acta_number: str
    acta_signed_on: dt.date
    payer: PersonFacts
    receiver: PersonFacts
    account: Account
    payments: tuple[PaymentView, ...]
    currency: str
    issued_on: dt.date
    responsible: str
    responsible_post: str

    @property
    def profile(self) -> Profile:
        return self.office.profile


def _person(p: PersonFacts, terms: Terms) -> dict[str, Any]:
    return {"nombre": p.full_name, "documento": id_text(p.id_type, p.id_number, terms)}


def _months(n: int) -> str:
    """«un mes», «3 meses»; empty for none."""
    return "" if n == 0 else "un mes" if n == 1 else f"{n} meses"


def _row(s: InstalmentStatus, locale: str) -> dict[str, Any]:
    item = s.instalment
    concept = item.kind.label + (f" ({item.number} de {item.of})" if item.of else "")
    return {
        "vence": short_date(item.due, locale),
        "concepto": concept,
        "monto": money(item.amount, item.currency, locale),
        "pagado": money(s.paid, item.currency, locale),
        "saldo": money(s.remaining, item.currency, locale),
        "estado": s.state.label + (" (en mora)" if s.delinquent else ""),
    }


def _common(doc: FollowUpDoc) -> dict[str, Any]:
    locale = doc.profile.regional.locale
    acc = doc.account
    due = [s for s in acc.instalments if s.instalment.due <= acc.as_of]
    return doc.office.context() | {
        "caso": {"numero": doc.case_number},
        "acta": {
            "numero": doc.acta_number,
            "fecha_firma": medium_date(doc.acta_signed_on, locale),
        },
        "alimentante": _person(doc.payer, doc.profile.terms),
        "receptor": _person(doc.receiver, doc.profile.terms),
        "estado": {
            "fecha": medium_date(acc.as_of, locale),
            "adeudado": money(acc.owed, doc.currency, locale),
            "pagado": money(acc.paid, doc.currency, locale),
            "saldo": money(acc.balance, doc.currency, locale),
            "al_dia": acc.balance <= 0,
            "a_favor": money(-acc.balance, doc.currency, locale) if acc.balance < 0 else "",
            "meses_atraso": acc.months_in_arrears,
            "atraso": _months(acc.months_in_arrears),
        },
        "cuotas": [_row(s, locale) for s in due],
        "emitido": {
            "fecha": medium_date(doc.issued_on, locale),
            "responsable": doc.responsible,
            "cargo": doc.responsible_post,
        },
    }


def statement_context(doc: FollowUpDoc) -> dict[str, Any]:
    locale = doc.profile.regional.locale
    return _common(doc) | {
        "pagos": [
            {
                "fecha": short_date(p.paid_on, locale),
                "monto": money(p.amount, p.currency, locale),
                "forma": p.method.label,
                "recibo": p.receipt or "—",
            }
            for p in doc.payments
            if p.paid_on <= doc.account.as_of
        ],
    }


def noncompliance_context(doc: FollowUpDoc) -> dict[str, Any]:
    locale = doc.profile.regional.locale
    late = doc.account.delinquent
    if not late:
        raise InvalidTransition(
            f"El caso {doc.case_number} no tiene cuotas en mora al "
            f"{medium_date(doc.account.as_of, locale)}: no hay incumplimiento que hacer constar."
        )
    total = sum((s.remaining for s in late), Decimal(0))
    rule = doc.profile.alerts.delinquency.months
    return _common(doc) | {
        "incumplimiento": {
            "cuotas": [_row(s, locale) for s in late],
            "cantidad": len(late),
            "cuotas_texto": (
                f"{count_feminine(len(late))} "
                f"{'cuota vencida' if len(late) == 1 else 'cuotas vencidas'}"
            ),
            "plazo": _months(rule),
            "total": money(total, doc.currency, locale),
            "total_letras": amount_in_words(
                total, doc.currency, doc.profile.regional.currency_name
            ),
            "desde": medium_date(late[0].instalment.due, locale),
            "meses": doc.account.months_in_arrears,
        },
    }


# ------------------------------------------------------------------------------ use cases
def _doc(
    db: Database,
    actor: Actor,
    case_id: int,
    as_of: dt.date | None,
    now: dt.datetime | None,
    name: str,
) -> tuple[FollowUpDoc, Published]:
    """The document's facts, and the template published for the office's profile."""
    moment = now or db.now()
    with db.read() as session:
        case = load_case(session, case_id)
        actor = require(session, actor, Permission.PRINT_DOCUMENTS, case.office_id)
        office = session.get(Office, case.office_id)
        assert office is not None
        published = published_template(session, office.profile_code, name)
        today = moment.astimezone(ZoneInfo(office.timezone)).date()
        actas = binding_actas(session, [case.id]).get(case.id, [])
        view = follow_up_view(session, case, as_of or today)
        if not actas or view.currency is None:
            raise InvalidTransition(
                f"El caso {view.case_number} no tiene un acuerdo firmado con pensión "
                "alimenticia: no hay estado de cuenta."
            )
        latest = next(a for a in reversed(actas) if a.terms.support is not None)
        support = latest.terms.support
        assert support is not None
        payer_is_claimant = support.payer == Party.SOLICITANTE
        user = session.get(User, actor.user_id) if actor.user_id else None
        doc = FollowUpDoc(
            office=office_facts(office),
            case_number=view.case_number,
            acta_number=latest.number,
            acta_signed_on=latest.signed_on,
            payer=PersonFacts.of(case.claimant if payer_is_claimant else case.respondent),
            receiver=PersonFacts.of(case.respondent if payer_is_claimant else case.claimant),
            account=view.account,
            payments=view.payments,
            currency=view.currency,
            issued_on=today,
            responsible=user.full_name if user else actor.name,
            responsible_post=user.post if user else "",
        )
        return doc, published


def _produce(
    db: Database,
    actor: Actor,
    case_id: int,
    published: Published,
    stem: str,
    values: dict[str, Any],
    pdf: bool,
) -> Document:
    """Render the document from its published template and record, in the case's trail,
    that it was issued and with which template version."""
    docx = render(published.template, values)
    if pdf:
        [data] = to_pdf([(f"{stem}.docx", docx)])
        made = Document(f"{stem}.pdf", data, PDF)
    else:
        made = Document(f"{stem}.docx", docx, DOCX)
    with db.write() as session:
        case = load_case(session, case_id)
        actor = require(session, actor, Permission.PRINT_DOCUMENTS, case.office_id)
        audit.record(
            session,
            actor,
            AuditAction.EMITIR,
            published.template.name,
            case_id,
            after={
                "documento": made.name,
                "plantilla": published.template.name,
                "version_plantilla": published.label,
                "sha256_plantilla": published.template.sha256,
            },
            office_id=case.office_id,
        )
    return made


def payment_statement(
    db: Database,
    actor: Actor,
    case_id: int,
    *,
    as_of: dt.date | None = None,
    now: dt.datetime | None = None,
    pdf: bool = False,
) -> Document:
    """The family's «hoja de estado de cuenta» as of a day (by default today)."""
    doc, published = _doc(db, actor, case_id, as_of, now, PAYMENT_STATEMENT)
    return _produce(
        db,
        actor,
        case_id,
        published,
        f"estado-de-cuenta-{doc.case_number}-{doc.account.as_of.isoformat()}",
        statement_context(doc),
        pdf,
    )


def noncompliance_certificate(
    db: Database,
    actor: Actor,
    case_id: int,
    *,
    as_of: dt.date | None = None,
    now: dt.datetime | None = None,
    pdf: bool = False,
) -> Document:
    """The «constancia de incumplimiento», while an instalment is in arrears."""
    doc, published = _doc(db, actor, case_id, as_of, now, NONCOMPLIANCE_CERTIFICATE)
    return _produce(
        db,
        actor,
        case_id,
        published,
        f"constancia-incumplimiento-{doc.case_number}-{doc.account.as_of.isoformat()}",
        noncompliance_context(doc),
        pdf,
    )


# ------------------------------------------------------------------------------ samples
def sample_doc(office: OfficeFacts | None = None) -> FollowUpDoc:
    """A family two months behind, for checking the templates and for the goldens."""
    profile = office.profile if office else load_profile("NI")
    office = office or OfficeFacts(
        profile,
        "Delegación Distrital II de Managua",
        "MN-D2",
        "Del Hospital Bautista 2 c. al sur",
        "2255-0000",
        "Managua",
    )
    plan = SupportPlan(
        currency="NIO",
        unit=Decimal("0.01"),
        amount=Decimal("8650.25"),
        periodicity=Periodicity.MENSUAL,
        first_payment=dt.date(2026, 12, 15),
        due_days=(15,),
    )
    items = schedule(
        [Segment(1, "MN-D2-2026-0001", dt.date(2026, 11, 23), plan)],
        add_months(dt.date(2027, 3, 1), 1),
    )
    paid = [PaidAmount(dt.date(2026, 12, 15), Decimal("8650.25"), 1)]
    acc = account(items, paid, dt.date(2027, 3, 1))
    payments = (
        PaymentView(
            1,
            "0190a6a0-0000-7000-8000-000000000101",
            dt.date(2026, 12, 15),
            Decimal("8650.25"),
            "NIO",
            PaymentMethod.EFECTIVO_OFICINA,
            "R-0001",
            "María Ruiz Pérez",
            "",
            "Juan Pérez",
            dt.datetime(2026, 12, 15, 16, tzinfo=dt.UTC),
        ),
    )
    return FollowUpDoc(
        office=office,
        case_number="MN-D2-2026-00001",
        acta_number="MN-D2-2026-0001",
        acta_signed_on=dt.date(2026, 11, 23),
        payer=PersonFacts("José López Díaz", IdType.CEDULA, "001-010190-0002B"),
        receiver=PersonFacts("María Ruiz Pérez", IdType.CEDULA, "001-010190-0001A"),
        account=acc,
        payments=payments,
        currency="NIO",
        issued_on=dt.date(2027, 3, 1),
        responsible="Ana Martínez",
        responsible_post="Conciliadora",
    )


def sample_followup_context(name: str, office: OfficeFacts | None = None) -> dict[str, Any]:
    doc = sample_doc(office)
    if name == PAYMENT_STATEMENT:
        return statement_context(doc)
    return noncompliance_context(doc)
