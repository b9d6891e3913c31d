"""Early alerts (Sistema de Alertas Tempranas): computed from the records every time, each by
a rule of the office's criteria profile (``[alertas]``), explained in Spanish with the case and
the next step. An alert is set aside only with a written reason, which is audited; its key
names the fact that raised it, so a new fact raises a new alert.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from conciliador.criteria.schema import Profile
from conciliador.db import Database
from conciliador.documents.formatting import clock_time, medium_date, money_formatter
from conciliador.domain.actas import ActaStatus
from conciliador.domain.agreement_terms import Party
from conciliador.domain.audit_actions import AuditAction
from conciliador.domain.enums import (
    CaseStatus,
    HearingStatus,
    Matter,
    Outcome,
    OverrideKind,
    Role,
)
from conciliador.domain.followup import BREACHES, AlertKind
from conciliador.domain.hearing_states import PENDING
from conciliador.domain.obligations import add_months, adjustment_dates, whole_months_between
from conciliador.domain.record_numbers import NumberKind, number_text
from conciliador.models import (
    Acta,
    Agreement,
    AlertDismissal,
    Case,
    Citation,
    FollowUpIncident,
    Hearing,
    ObligationSchedule,
    Office,
    Override,
)
from conciliador.models.base import session_now
from conciliador.services import audit
from conciliador.services.actas.facts import acta_number_text
from conciliador.services.actor import Actor
from conciliador.services.errors import FieldProblem, NotFound, ValidationFailed
from conciliador.services.fields import DismissalFields
from conciliador.services.followup.ledger import account_of, paid_amounts
from conciliador.services.followup.obligations import BindingActa, binding_actas, segments
from conciliador.services.followup.schedules import (
    Standing,
    adjusts_in,
    latest_officer,
    month_bit,
    rules_of,
    stale_cases,
    standings,
)
from conciliador.services.offices import (
    calendars_of,
    office_by_code,
    profiles_of,
)
from conciliador.services.permissions import Permission, require
from conciliador.services.reach import subtree_ids
from conciliador.services.text import TEXT_MAX, clean
from conciliador.services.validation import text_problems

#: A reason to set an alert aside says something (not «ok»).
REASON_MIN = 10
_UNBOOKED = (HearingStatus.CANCELADA, HearingStatus.ANULADA, HearingStatus.REPROGRAMADA)
_OPEN = (CaseStatus.SOLICITADA, CaseStatus.EN_TRAMITE)


@dataclass(frozen=True)
class AlertView:
    key: str
    kind: AlertKind
    #: 1 is the most urgent (the profile's ``prioridad``).
    priority: int
    office_id: int
    office_code: str
    case_id: int | None
    case_number: str
    #: The officer who answers for it (the hearing's, or the case's latest hearing's).
    officer_id: int | None
    #: The day that makes it urgent (a due date, a hearing's day, a deadline), for sorting.
    key_date: dt.date
    explanation: str
    next_step: str
    #: The rule's rationale and source, from the profile.
    rationale: str
    hearing_id: int | None = None
    acta_id: int | None = None

    @property
    def title(self) -> str:
        return self.kind.label


@dataclass(frozen=True)
class AlertCount:
    kind: AlertKind
    count: int


def sort_key(alert: AlertView) -> tuple[int, dt.date, str, str]:
    return alert.priority, alert.key_date, alert.case_number, alert.key


def counts_by_kind(alerts: Iterable[AlertView]) -> list[AlertCount]:
    """How many alerts of each kind, most urgent kinds first."""
    tally: dict[AlertKind, int] = defaultdict(int)
    best: dict[AlertKind, int] = {}
    for alert in alerts:
        tally[alert.kind] += 1
        best[alert.kind] = min(best.get(alert.kind, 9), alert.priority)
    order = sorted(tally, key=lambda k: (best[k], list(AlertKind).index(k)))
    return [AlertCount(k, tally[k]) for k in order]


# ------------------------------------------------------------------------------ the rules
@dataclass
class _Office:
    office: Office
    profile: Profile
    zone: ZoneInfo
    locale: str


@dataclass(frozen=True)
class _CaseRow:
    """What the alerts read of a case (its columns, not the whole record)."""

    id: int
    office_id: int
    year: int
    number: int
    claimant_id: int
    respondent_id: int

    def number_text(self, office_code: str) -> str:
        return number_text(NumberKind.CASO, office_code, self.year, self.number)


class _Builder:
    """Computes the alerts of a set of offices as of one day."""

    def __init__(
        self, session: Session, offices: list[Office], as_of: dt.date, *, texts: bool = True
    ) -> None:
        self.session = session
        self.as_of = as_of
        #: False when only the alerts' kinds, offices, officers and dates are wanted (the
        #: monthly summary counts them): the delinquency's explanation is not written.
        self.texts = texts
        profiles = profiles_of(offices)
        self.offices = {
            o.id: _Office(o, profiles[o.id], ZoneInfo(o.timezone), profiles[o.id].regional.locale)
            for o in offices
        }
        self.ids = list(self.offices)
        self.found: list[AlertView] = []
        self._cases: dict[int, _CaseRow] = {}
        self._officers: dict[int, int] = {}
        self._formatters: dict[tuple[str, str], Callable[[Decimal], str]] = {}
        self._amounts: dict[tuple[Decimal, str, str], str] = {}
        self._dates: dict[tuple[str, dt.date], str] = {}

    # -- helpers ------------------------------------------------------------------------------
    def _load_cases(self, ids: Iterable[int]) -> None:
        missing = sorted(set(ids) - set(self._cases))
        for start in range(0, len(missing), 5000):
            self._read_cases(missing[start : start + 5000])

    def _read_cases(self, ids: Sequence[int] | Select[int]) -> None:
        """The cases ``ids`` names (a list, or a query of their ids) and each one's officer:
        the one of its latest hearing. One statement (on PostgreSQL each is a round trip)."""
        for row in self.session.execute(
            select(
                Case.id,
                Case.office_id,
                Case.year,
                Case.number,
                Case.claimant_id,
                Case.respondent_id,
                latest_officer(Case.id),
            ).where(Case.id.in_(ids))
        ):
            self._cases[row.id] = _CaseRow(*row[:6])
            if row[6] is not None:
                self._officers[row.id] = row[6]

    def _number(self, case_id: int) -> str:
        case = self._cases[case_id]
        return case.number_text(self.offices[case.office_id].office.code)

    def _add(
        self,
        kind: AlertKind,
        key: str,
        office_id: int,
        case_id: int | None,
        key_date: dt.date,
        explanation: str,
        next_step: str,
        *,
        officer_id: int | None = None,
        hearing_id: int | None = None,
        acta_id: int | None = None,
    ) -> None:
        place = self.offices[office_id]
        rule = getattr(place.profile.alerts, _RULE_FIELD[kind])
        self.found.append(
            AlertView(
                key=f"{kind.value}:{key}",
                kind=kind,
                priority=rule.priority,
                office_id=office_id,
                office_code=place.office.code,
                case_id=case_id,
                case_number=self._number(case_id) if case_id else "",
                officer_id=officer_id
                if officer_id is not None
                else self._officers.get(case_id or 0),
                key_date=key_date,
                explanation=explanation,
                next_step=next_step,
                rationale=rule.rationale,
                hearing_id=hearing_id,
                acta_id=acta_id,
            )
        )

    def _active(self, kind: AlertKind) -> list[int]:
        """The offices whose profile has this rule on."""
        return [
            i
            for i, o in self.offices.items()
            if getattr(o.profile.alerts, _RULE_FIELD[kind]).active
        ]

    def _money(self, amount: Decimal, currency: str, locale: str) -> str:
        # Babel's formatting is most of a delinquency alert's cost, and many families owe the
        # same amounts: each text is written once per call.
        key = (amount, currency, locale)
        text = self._amounts.get(key)
        if text is None:
            formatter = self._formatters.get((currency, locale))
            if formatter is None:
                formatter = self._formatters[(currency, locale)] = money_formatter(currency, locale)
            text = self._amounts[key] = formatter(amount)
        return text

    def _date(self, office_id: int, day: dt.date) -> str:
        key = (self.offices[office_id].locale, day)
        text = self._dates.get(key)
        if text is None:
            text = self._dates[key] = medium_date(day, key[0])
        return text

    # -- rules --------------------------------------------------------------------------------
    def follow_ups(self) -> None:
        """Delinquency, the yearly adjustment and repeated incidents: the signed agreements.

        Each family's standing comes from its stored schedule (``followup.schedules``, one
        grouped query); only the families it cannot answer for, and the yearly adjustments,
        read the actas' terms and compute their plans."""
        offices = set(
            self._active(AlertKind.MOROSIDAD)
            + self._active(AlertKind.REAJUSTE_ANUAL)
            + self._active(AlertKind.INCIDENTES_REPETIDOS)
        )
        if not offices:
            return
        groups: dict[tuple[int, str], list[int]] = defaultdict(list)
        for office_id in offices:
            profile = self.offices[office_id].profile
            groups[(profile.alerts.delinquency.months, rules_of(profile))].append(office_id)
        stood: dict[int, Standing] = {}
        for (months, wording), ids in groups.items():
            stood.update(
                standings(self.session, ids, self.as_of, months=months, rules=wording, details=True)
            )
        # Each family's case, officer and acta number came with its standing: no statement
        # more per family, nor per thousands of them.
        for case_id, standing in stood.items():
            facts = standing.details
            assert facts is not None
            self._cases[case_id] = _CaseRow(
                case_id,
                facts.case_office_id,
                facts.case_year,
                facts.case_number,
                facts.claimant_id,
                facts.respondent_id,
            )
            if facts.officer_id is not None:
                self._officers[case_id] = facts.officer_id
        stale = stale_cases(self.session, sorted(offices), self.as_of, stood)
        # Only the families whose yearly adjustment may fall in this month (kept with the
        # schedule) have their actas read and their plans computed.
        month = self.as_of.month
        adjusting = [
            c
            for c, s in stood.items()
            if s.has_adjustment
            and adjusts_in(s.adjustment_months, month)
            and self.offices[s.office_id].profile.alerts.yearly_adjustment.active
        ]
        late = [
            s
            for s in stood.values()
            if s.late_count and self.offices[s.office_id].profile.alerts.delinquency.active
        ]
        # The followed families' rows are read by office (a join with their schedules), not
        # by a list of thousands of ids: on PostgreSQL each id was a parameter to send and
        # parse, more time than the queries themselves.
        by_case: dict[int, list[BindingActa]] = {}
        if adjusting:
            yearly = [i for i in offices if self.offices[i].profile.alerts.yearly_adjustment.active]
            wanted = set(adjusting)
            found = binding_actas(
                self.session,
                select(ObligationSchedule.case_id).where(
                    ObligationSchedule.office_id.in_(yearly),
                    ObligationSchedule.has_adjustment,
                    or_(
                        ObligationSchedule.adjustment_months.is_(None),
                        ObligationSchedule.adjustment_months.op("&")(month_bit(month)) != 0,
                    ),
                ),
            )
            by_case.update((c, a) for c, a in found.items() if c in wanted)
        if stale:
            by_case.update(binding_actas(self.session, stale))
        paid = paid_amounts(self.session, stale) if stale else {}
        self._load_cases(stale)
        for standing in late:
            facts = standing.details
            assert standing.first_late_due and standing.last_late_due and standing.currency
            assert facts is not None
            self._delinquency(
                standing.case_id,
                standing.acta_id,
                acta_number_text(facts.acta_office_code, facts.acta_year, facts.acta_number),
                count=standing.late_count,
                first_due=standing.first_late_due,
                last_due=standing.last_late_due,
                currency=standing.currency,
                owed=standing.late_owed,
                overdue=standing.overdue_amount,
                months_in_arrears=whole_months_between(standing.oldest_unpaid_due, self.as_of)
                if standing.oldest_unpaid_due
                else 0,
            )
        month_start = self.as_of.replace(day=1)
        month_end = add_months(month_start, 1) - dt.timedelta(days=1)
        for case_id, actas in by_case.items():
            office_id = self._cases[case_id].office_id
            place = self.offices[office_id]
            rules = place.profile.alerts
            segs = segments(actas, place.profile)
            latest = actas[-1]
            if rules.delinquency.active and case_id not in stood:
                acc = account_of(
                    segs,
                    paid.get(case_id, []),
                    self.as_of,
                    rules.delinquency.months,
                    upcoming=False,
                )
                overdue = acc.delinquent
                if overdue:
                    self._delinquency(
                        case_id,
                        latest.acta_id,
                        latest.number,
                        count=len(overdue),
                        first_due=overdue[0].instalment.due,
                        last_due=overdue[-1].instalment.due,
                        currency=overdue[0].instalment.currency,
                        owed=sum((s.remaining for s in overdue), Decimal(0)),
                        overdue=acc.overdue_amount,
                        months_in_arrears=acc.months_in_arrears,
                    )
            if rules.yearly_adjustment.active:
                for day in adjustment_dates(segs, month_start, month_end):
                    support = latest.terms.support
                    how = ""
                    if support is not None and support.adjustment is not None:
                        adj = support.adjustment
                        how = (
                            f" en un {adj.percentage} %"
                            if adj.percentage is not None
                            else f" según {adj.index}"
                            if adj.index
                            else ""
                        )
                    self._add(
                        AlertKind.REAJUSTE_ANUAL,
                        f"{case_id}:{day.isoformat()}",
                        office_id,
                        case_id,
                        day,
                        f"Caso {self._number(case_id)} (acta {latest.number}): la pensión se "
                        f"reajusta{how} el {self._date(office_id, day)}.",
                        "Informe a las partes del monto reajustado y de la fecha desde la que "
                        "rige; si sigue un índice, anote la cifra publicada en un nuevo acuerdo.",
                        acta_id=latest.acta_id,
                    )
        self._repeated_incidents()

    def _delinquency(
        self,
        case_id: int,
        acta_id: int,
        acta_number: str,
        *,
        count: int,
        first_due: dt.date,
        last_due: dt.date,
        currency: str,
        owed: Decimal,
        overdue: Decimal,
        months_in_arrears: int,
    ) -> None:
        office_id = self._cases[case_id].office_id
        locale = self.offices[office_id].locale
        if not self.texts:
            self._add(
                AlertKind.MOROSIDAD,
                f"{case_id}:{last_due.isoformat()}",
                office_id,
                case_id,
                first_due,
                "",
                "",
                acta_id=acta_id,
            )
            return
        self._add(
            AlertKind.MOROSIDAD,
            # The newest instalment past its month: the next unpaid month is a new fact, and
            # raises the alert again after a dismissal.
            f"{case_id}:{last_due.isoformat()}",
            office_id,
            case_id,
            first_due,
            f"Caso {self._number(case_id)} (acta {acta_number}): "
            f"{_count(count, 'cuota vencida', 'cuotas vencidas')} sin pagar desde "
            f"el {self._date(office_id, first_due)}, por "
            f"{self._money(owed, currency, locale)}; saldo pendiente "
            f"{self._money(overdue, currency, locale)}, "
            f"{_count(months_in_arrears, 'mes', 'meses')} de atraso.",
            "Llame a la parte alimentante; si no se pone al día, cítela a una "
            "audiencia de seguimiento o emita la constancia de incumplimiento para "
            "el juzgado o el Ministerio Público.",
            acta_id=acta_id,
        )

    def _repeated_incidents(self) -> None:
        offices = self._active(AlertKind.INCIDENTES_REPETIDOS)
        if not offices:
            return
        longest = max(self.offices[i].profile.alerts.repeated_incidents.days for i in offices)
        rows = self.session.execute(
            select(
                FollowUpIncident.id,
                FollowUpIncident.case_id,
                FollowUpIncident.office_id,
                FollowUpIncident.kind,
                FollowUpIncident.occurred_on,
            )
            .where(
                FollowUpIncident.office_id.in_(offices),
                FollowUpIncident.kind.in_(BREACHES),
                FollowUpIncident.occurred_on <= self.as_of,
                FollowUpIncident.occurred_on > self.as_of - dt.timedelta(days=longest),
            )
            .order_by(FollowUpIncident.occurred_on, FollowUpIncident.id)
        ).all()
        per_case: dict[int, list[tuple[int, int, str, dt.date]]] = defaultdict(list)
        for incident_id, case_id, office_id, kind, day in rows:
            rule = self.offices[office_id].profile.alerts.repeated_incidents
            if day > self.as_of - dt.timedelta(days=rule.days):
                per_case[case_id].append((incident_id, office_id, kind.label.lower(), day))
        self._load_cases(per_case)
        for case_id, items in per_case.items():
            office_id = items[0][1]
            rule = self.offices[office_id].profile.alerts.repeated_incidents
            if len(items) < rule.count:
                continue
            kinds = ", ".join(sorted({k for _, _, k, _ in items}))
            self._add(
                AlertKind.INCIDENTES_REPETIDOS,
                f"{case_id}:{items[-1][0]}",
                office_id,
                case_id,
                items[-1][3],
                f"Caso {self._number(case_id)}: {len(items)} incidencias en los últimos "
                f"{rule.days} días ({kinds}), la última el "
                f"{self._date(office_id, items[-1][3])}.",
                "Cite a las partes a una audiencia de seguimiento para revisar si el acuerdo "
                "se sostiene.",
            )

    def procedure_overdue(self) -> None:
        offices = self._active(AlertKind.PLAZO_PROCEDIMIENTO)
        if not offices:
            return
        longest = min(self.offices[i].profile.scheduling.max_procedure_days for i in offices)
        cases = self.session.scalars(
            select(Case).where(
                Case.office_id.in_(offices),
                Case.status.in_(_OPEN),
                Case.request_date < self.as_of - dt.timedelta(days=longest),
            )
        ).all()
        self._load_cases(c.id for c in cases)
        for case in cases:
            limit = self.offices[case.office_id].profile.scheduling.max_procedure_days
            deadline = case.request_date + dt.timedelta(days=limit)
            if deadline >= self.as_of:
                continue
            elapsed = (self.as_of - case.request_date).days
            self._add(
                AlertKind.PLAZO_PROCEDIMIENTO,
                str(case.id),
                case.office_id,
                case.id,
                deadline,
                f"Caso {self._number(case.id)}: solicitado el "
                f"{self._date(case.office_id, case.request_date)}, lleva {elapsed} días sin "
                f"concluir; el plazo es de {limit} días.",
                "Programe la audiencia que falta o concluya el procedimiento con el resultado "
                "que corresponda (acta de inasistencia, falta de acuerdo, desistimiento …).",
            )

    def undelivered_citations(self) -> None:
        offices = self._active(AlertKind.CITACION_SIN_ENTREGAR)
        if not offices:
            return
        ends: dict[int, dt.date] = {}
        calendars = calendars_of(
            self.session,
            (self.offices[i].office for i in offices),
            {i: self.offices[i].profile for i in offices},
        )
        for office_id in offices:
            place = self.offices[office_id]
            calendar = calendars[office_id]
            day, left = self.as_of, place.profile.alerts.undelivered_citation.working_days
            while left > 0:
                day += dt.timedelta(days=1)
                if calendar.is_working_day(day):
                    left -= 1
            ends[office_id] = day
        start = dt.datetime.combine(self.as_of, dt.time(0), tzinfo=dt.UTC) - dt.timedelta(days=1)
        stop = dt.datetime.combine(max(ends.values()), dt.time(0), tzinfo=dt.UTC) + dt.timedelta(
            days=2
        )
        # The offices' hearings in the window first (an index range per office), then their
        # undelivered citations by (delivered_at, hearing_id): written as one join, SQLite
        # walked every undelivered citation of the country instead.
        coming = select(Hearing.id).where(
            Hearing.office_id.in_(offices),
            Hearing.status == HearingStatus.PROGRAMADA,
            Hearing.starts_at >= start,
            Hearing.starts_at < stop,
        )
        rows = self.session.execute(
            select(Hearing, Citation.party)
            .join(Citation, Citation.hearing_id == Hearing.id)
            .where(Citation.hearing_id.in_(coming), Citation.delivered_at.is_(None))
            .order_by(Hearing.starts_at, Citation.party)
        ).all()
        parties: dict[int, list[str]] = defaultdict(list)
        hearings: dict[int, Hearing] = {}
        for hearing, party in rows:
            hearings[hearing.id] = hearing
            parties[hearing.id].append(party)
        self._load_cases(h.case_id for h in hearings.values())
        for hearing in hearings.values():
            place = self.offices[hearing.office_id]
            local = hearing.starts_at.astimezone(place.zone)
            if not self.as_of <= local.date() <= ends[hearing.office_id]:
                continue
            who = " y ".join(
                "la parte citada" if p == Party.CITADO else "la parte solicitante"
                for p in sorted(set(parties[hearing.id]))
            )
            self._add(
                AlertKind.CITACION_SIN_ENTREGAR,
                str(hearing.id),
                hearing.office_id,
                hearing.case_id,
                local.date(),
                f"Caso {self._number(hearing.case_id)}: la audiencia es el "
                f"{self._date(hearing.office_id, local.date())} a las "
                f"{clock_time(local, place.locale)} y la citación de {who} no se ha entregado.",
                "Entregue la citación por otro medio (en persona, por teléfono) y registre la "
                "entrega, o reprograme la audiencia.",
                officer_id=hearing.officer_id,
                hearing_id=hearing.id,
            )

    def unsigned_actas(self) -> None:
        offices = self._active(AlertKind.ACTA_SIN_FIRMAR)
        if not offices:
            return
        rows = self.session.execute(
            select(Acta, Office.code)
            .join(Office, Office.id == Acta.office_id)
            .where(Acta.office_id.in_(offices), Acta.status == ActaStatus.EMITIDA)
        ).all()
        self._load_cases(a.case_id for a, _ in rows)
        for acta, code in rows:
            assert acta.issued_at is not None and acta.year and acta.number
            place = self.offices[acta.office_id]
            issued = acta.issued_at.astimezone(place.zone).date()
            days = place.profile.alerts.unsigned_acta.days
            if issued + dt.timedelta(days=days) > self.as_of:
                continue
            number = acta_number_text(code, acta.year, acta.number)
            self._add(
                AlertKind.ACTA_SIN_FIRMAR,
                str(acta.id),
                acta.office_id,
                acta.case_id,
                issued + dt.timedelta(days=days),
                f"Acta {number} del caso {self._number(acta.case_id)}: emitida el "
                f"{self._date(acta.office_id, issued)} y sin firmas desde hace "
                f"{(self.as_of - issued).days} días.",
                "Cite a las partes a firmar el acta; si tiene un defecto, reemplácela.",
                acta_id=acta.id,
            )

    def pending_matters(self) -> None:
        offices = self._active(AlertKind.MATERIAS_PENDIENTES)
        if not offices:
            return
        rows = self.session.execute(
            select(Acta, Agreement.pending_matters, Office.code)
            .join(Agreement, Agreement.id == Acta.agreement_id)
            .join(Office, Office.id == Acta.office_id)
            .where(
                Acta.office_id.in_(offices),
                Acta.status == ActaStatus.FIRMADA,
                Acta.replaced_at.is_(None),
                Acta.outcome == Outcome.ACUERDO_PARCIAL,
            )
        ).all()
        if not rows:
            return
        case_ids = [a.case_id for a, _, _ in rows]
        self._load_cases(case_ids)
        # A hearing booked after the signature, on this case or on a new request of the same
        # two parents, takes the pending matters up.
        pairs = {c: (self._cases[c].claimant_id, self._cases[c].respondent_id) for c in case_ids}
        later: dict[tuple[int, int], list[dt.datetime]] = defaultdict(list)
        for starts, claimant, respondent in self.session.execute(
            select(Hearing.starts_at, Case.claimant_id, Case.respondent_id)
            .join(Case, Case.id == Hearing.case_id)
            .where(
                Case.claimant_id.in_({p[0] for p in pairs.values()}),
                Hearing.status.notin_(_UNBOOKED),
            )
        ):
            later[(claimant, respondent)].append(starts)
        for acta, pending, code in rows:
            if not pending or acta.signed_at is None:
                continue
            assert acta.year and acta.number
            place = self.offices[acta.office_id]
            signed = acta.signed_at.astimezone(place.zone).date()
            deadline = signed + dt.timedelta(days=place.profile.alerts.pending_matters.days)
            if deadline > self.as_of or any(s > acta.signed_at for s in later[pairs[acta.case_id]]):
                continue
            matters = ", ".join(Matter(m).label.lower() for m in pending)
            self._add(
                AlertKind.MATERIAS_PENDIENTES,
                str(acta.id),
                acta.office_id,
                acta.case_id,
                deadline,
                f"Caso {self._number(acta.case_id)}: el acuerdo parcial (acta "
                f"{acta_number_text(code, acta.year, acta.number)}, firmada el "
                f"{self._date(acta.office_id, signed)}) dejó pendiente: {matters}; no hay "
                "audiencia programada para ello.",
                "Ofrezca a las partes una nueva audiencia sobre lo pendiente o infórmeles de "
                "la vía judicial.",
                acta_id=acta.id,
            )

    def safeguarding_overrides(self) -> None:
        offices = self._active(AlertKind.SALVAGUARDA_EXCEPCION)
        if not offices:
            return
        start = dt.datetime.combine(self.as_of, dt.time(0), tzinfo=dt.UTC) - dt.timedelta(days=1)
        rows = self.session.execute(
            select(Hearing, Override.reason)
            .join(Override, Override.hearing_id == Hearing.id)
            .where(
                Hearing.office_id.in_(offices),
                Override.kind == OverrideKind.SALVAGUARDA,
                Hearing.status.in_(PENDING),
                Hearing.starts_at >= start,
            )
            .order_by(Hearing.starts_at)
        ).all()
        self._load_cases(h.case_id for h, _ in rows)
        for hearing, reason in rows:
            place = self.offices[hearing.office_id]
            local = hearing.starts_at.astimezone(place.zone)
            if local.date() < self.as_of:
                continue
            self._add(
                AlertKind.SALVAGUARDA_EXCEPCION,
                str(hearing.id),
                hearing.office_id,
                hearing.case_id,
                local.date(),
                f"Caso {self._number(hearing.case_id)}: el tamizaje de violencia fue positivo "
                f"y hay una audiencia conjunta el {self._date(hearing.office_id, local.date())} "
                f"a las {clock_time(local, place.locale)}, autorizada por excepción: «{reason}».",
                "Confirme con la parte solicitante, antes de la audiencia, que sigue siendo "
                "segura; prevea llegadas y salidas separadas y acompañamiento.",
                officer_id=hearing.officer_id,
                hearing_id=hearing.id,
            )

    def run(self) -> list[AlertView]:
        self.follow_ups()
        self.procedure_overdue()
        self.undelivered_citations()
        self.unsigned_actas()
        self.pending_matters()
        self.safeguarding_overrides()
        dismissed = set(
            self.session.scalars(
                select(AlertDismissal.key).where(AlertDismissal.office_id.in_(self.ids))
            )
        )
        return sorted((a for a in self.found if a.key not in dismissed), key=sort_key)


_RULE_FIELD = {
    AlertKind.MOROSIDAD: "delinquency",
    AlertKind.PLAZO_PROCEDIMIENTO: "procedure_overdue",
    AlertKind.CITACION_SIN_ENTREGAR: "undelivered_citation",
    AlertKind.ACTA_SIN_FIRMAR: "unsigned_acta",
    AlertKind.MATERIAS_PENDIENTES: "pending_matters",
    AlertKind.REAJUSTE_ANUAL: "yearly_adjustment",
    AlertKind.INCIDENTES_REPETIDOS: "repeated_incidents",
    AlertKind.SALVAGUARDA_EXCEPCION: "safeguarding_override",
}


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


# ------------------------------------------------------------------------------ use cases
def _offices_for(session: Session, actor: Actor, office_id: int | None) -> list[Office]:
    if office_id is not None:
        actor = require(session, actor, Permission.VIEW_CASE, office_id)
        ids = {i for i in subtree_ids(session, office_id) if actor.reaches(i)}
    else:
        actor = require(session, actor, Permission.VIEW_CASE)
        query = select(Office.id)
        if actor.office_ids is not None:
            query = query.where(Office.id.in_(actor.office_ids))
        ids = set(session.scalars(query))
    return list(session.scalars(select(Office).where(Office.id.in_(ids)).order_by(Office.code)))


def office_alerts(
    session: Session, offices: list[Office], as_of: dt.date, *, texts: bool = True
) -> list[AlertView]:
    """The alerts of these offices as of a day, most urgent first (inside a unit of work);
    ``texts=False``: without the delinquency alerts' explanations, for counting them."""
    if not offices:
        return []
    return _Builder(session, offices, as_of, texts=texts).run()


def _today(
    session: Session, actor: Actor, offices: list[Office], now: dt.datetime | None
) -> dt.date:
    """Today in the actor's office (or, for the command line, in the first office listed)."""
    office = session.get(Office, actor.office_id) if actor.office_id is not None else None
    office = office or (offices[0] if offices else None)
    moment = now or session_now(session)
    return moment.astimezone(ZoneInfo(office.timezone)).date() if office else moment.date()


def list_alerts(
    db: Database,
    actor: Actor,
    *,
    office_id: int | None = None,
    office_code: str | None = None,
    officer_id: int | None = None,
    as_of: dt.date | None = None,
    now: dt.datetime | None = None,
) -> list[AlertView]:
    """The early alerts the actor sees: of ``office_id`` and the offices below it (or of every
    office the actor reaches), optionally only those an officer answers for; most urgent
    first. ``as_of`` defaults to today in the actor's office. An office may be named by its
    ``office_code`` instead of its id."""
    with db.read() as session:
        if office_code is not None:
            office_id = office_by_code(session, office_code).id
        offices = _offices_for(session, actor, office_id)
        day = as_of or _today(session, actor, offices, now)
        alerts = office_alerts(session, offices, day)
    if officer_id is not None:
        alerts = [a for a in alerts if a.officer_id == officer_id]
    return alerts


def my_alerts(
    db: Database,
    actor: Actor,
    *,
    as_of: dt.date | None = None,
    now: dt.datetime | None = None,
) -> list[AlertView]:
    """What the «Pendientes» area shows at sign-in: an officer's own alerts; a supervisor's,
    their office's and those below; a clerk's, their office's."""
    actor = require(db, actor, Permission.VIEW_CASE)
    own = actor.user_id if actor.role == Role.CONCILIADOR else None
    return list_alerts(db, actor, office_id=actor.office_id, officer_id=own, as_of=as_of, now=now)


def day_alerts(
    db: Database,
    actor: Actor,
    day: dt.date,
    *,
    office_id: int | None = None,
) -> list[AlertView]:
    """The alerts pending on ``day``, for the agenda's day view of ``office_id`` (the actor's
    office by default): an officer's own; a supervisor's or clerk's, the office's and those
    below. A day ahead shows what will be pending then (a citation still undelivered before
    that day's hearing, an instalment that will have been a month overdue)."""
    actor = require(db, actor, Permission.VIEW_CASE)
    own = actor.user_id if actor.role == Role.CONCILIADOR else None
    return list_alerts(db, actor, office_id=office_id or actor.office_id, officer_id=own, as_of=day)


def dismiss_alert(
    db: Database,
    actor: Actor,
    key: str,
    reason: str,
    *,
    as_of: dt.date | None = None,
    now: dt.datetime | None = None,
) -> None:
    """Set an alert aside with a written reason (audited). Only a current alert the actor
    sees can be set aside; the same fact does not raise it again."""
    reason = clean(reason)
    problems = text_problems(reason, DismissalFields.REASON, limit=TEXT_MAX, required=True)
    if not problems and len(reason) < REASON_MIN:
        problems = [
            FieldProblem(
                DismissalFields.REASON, f"explique el motivo en al menos {REASON_MIN} caracteres"
            )
        ]
    if problems:
        raise ValidationFailed(problems)
    moment = now or db.now()
    with db.write() as session:
        actor = require(session, actor, Permission.DISMISS_ALERT)
        offices = _offices_for(session, actor, None)
        day = as_of or _today(session, actor, offices, moment)
        alert = next((a for a in office_alerts(session, offices, day) if a.key == key), None)
        if alert is None:
            raise NotFound("Esa alerta ya no está pendiente (se resolvió o ya fue descartada).")
        actor = require(session, actor, Permission.DISMISS_ALERT, alert.office_id)
        dismissal = AlertDismissal(
            key=key,
            kind=alert.kind,
            case_id=alert.case_id,
            office_id=alert.office_id,
            reason=reason,
            dismissed_by_id=actor.user_id,
            dismissed_at=moment,
            key_date=alert.key_date,
        )
        session.add(dismissal)
        session.flush()
        audit.record(
            session,
            actor,
            AuditAction.DESCARTAR_ALERTA,
            "alerta",
            dismissal.id,
            after={"clave": key, "tipo": alert.kind, "caso": alert.case_id},
            reason=reason,
            office_id=alert.office_id,
        )
