"""The month's case list with personal data: its own permission, and always audited.

The monthly report carries aggregates only. Some evaluations need the cases themselves
(who asked, whom, which outcome); that list names people, so it needs
``EXPORT_PERSONAL_DATA``, is written readable by its owner only, and each export leaves an
audit event naming the office, the month and the number of cases listed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

from babel.dates import format_datetime
from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import aliased

from conciliador.db import Database
from conciliador.documents.reports.delimited import render_csv
from conciliador.documents.reports.layout import (
    Cell,
    CellKind,
    Column,
    ReportDocument,
    Row,
    Table,
)
from conciliador.documents.reports.xlsx import render_xlsx
from conciliador.domain.audit_actions import AuditAction
from conciliador.domain.enums import CaseStatus, Matter, Outcome, Sex
from conciliador.models import Agreement, Case, Hearing, Office, Person, User, case_children
from conciliador.services import audit
from conciliador.services.actor import Actor
from conciliador.services.offices import get_office, profile_of
from conciliador.services.permissions import Permission, require
from conciliador.services.reach import subtree_ids
from conciliador.services.reports.export import ReportFormat, format_of, write_then_record
from conciliador.services.reports.periods import Month

ProgressFn = Callable[[int, int], None]


@dataclass(frozen=True)
class CaseLine:
    number: str
    office_code: str
    request_date: dt.date
    claimant: str
    claimant_document: str
    claimant_sex: Sex
    respondent: str
    respondent_document: str
    children: int
    matters: tuple[Matter, ...]
    status: CaseStatus
    outcome: Outcome | None
    closed_on: dt.date | None
    officer: str
    monthly_support: Decimal | None
    currency: str | None


def _lines(db: Database, actor: Actor, month: Month, office_id: int) -> list[CaseLine]:
    with db.read() as session:
        get_office(session, office_id)
        scope = sorted(o for o in subtree_ids(session, office_id) if actor.reaches(o))
        zones = dict(
            session.execute(select(Office.id, Office.timezone).where(Office.id.in_(scope))).all()
        )
        by_zone: dict[str, list[int]] = {}
        for oid, zone in zones.items():
            by_zone.setdefault(zone, []).append(oid)
        closed_in_month = or_(
            *(
                and_(
                    Case.office_id.in_(ids),
                    Case.closed_at >= month.utc_bounds(ZoneInfo(zone))[0],
                    Case.closed_at < month.utc_bounds(ZoneInfo(zone))[1],
                )
                for zone, ids in by_zone.items()
            )
        )
        claimant, respondent = aliased(Person), aliased(Person)
        newer = aliased(Agreement)
        children_count = (
            select(func.count())
            .select_from(case_children)
            .where(case_children.c.case_id == Case.id)
            .scalar_subquery()
        )
        stmt = (
            select(
                Case,
                Office.code,
                claimant,
                respondent,
                Agreement.monthly_support,
                Agreement.currency,
                User.full_name,
                children_count,
            )
            .join(Office, Office.id == Case.office_id)
            .join(claimant, claimant.id == Case.claimant_id)
            .join(respondent, respondent.id == Case.respondent_id)
            .outerjoin(
                Agreement,
                (Agreement.case_id == Case.id)
                & ~exists().where(newer.case_id == Agreement.case_id, newer.id > Agreement.id),
            )
            .outerjoin(Hearing, Hearing.id == Agreement.hearing_id)
            .outerjoin(User, User.id == Hearing.officer_id)
            .where(
                Case.office_id.in_(scope),
                or_(
                    and_(
                        Case.request_date >= month.first_day,
                        Case.request_date < month.next_first_day,
                    ),
                    closed_in_month,
                ),
            )
            .order_by(Office.code, Case.year, Case.number)
        )
        lines = []
        for case, code, c, r, support, currency, officer, n_children in session.execute(stmt):
            office_zone = ZoneInfo(zones[case.office_id])
            lines.append(
                CaseLine(
                    number=case.number_text(code),
                    office_code=code,
                    request_date=case.request_date,
                    claimant=c.full_name,
                    claimant_document=c.id_number or "",
                    claimant_sex=c.sex,
                    respondent=r.full_name,
                    respondent_document=r.id_number or "",
                    children=n_children,
                    matters=tuple(case.matters),
                    status=case.status,
                    outcome=case.outcome,
                    closed_on=(
                        case.closed_at.astimezone(office_zone).date() if case.closed_at else None
                    ),
                    officer=officer or "",
                    monthly_support=support,
                    currency=currency,
                )
            )
        return lines


_COLUMNS = (
    Column("Expediente", CellKind.TEXT, width=2.2),
    Column("Oficina", CellKind.TEXT, width=1.2),
    Column("Fecha de solicitud", CellKind.TEXT, width=1.4),
    Column("Solicitante", CellKind.TEXT, width=3),
    Column("Documento del solicitante", CellKind.TEXT, width=2),
    Column("Sexo del solicitante", CellKind.TEXT, width=1.3),
    Column("Citado/a", CellKind.TEXT, width=3),
    Column("Documento del citado/a", CellKind.TEXT, width=2),
    Column("Niñas, niños y adolescentes", CellKind.COUNT, width=1.2),
    Column("Materias", CellKind.TEXT, width=3),
    Column("Estado", CellKind.TEXT, width=1.4),
    Column("Resultado", CellKind.TEXT, width=2),
    Column("Fecha de cierre", CellKind.TEXT, width=1.4),
    Column("Conciliador/a", CellKind.TEXT, width=2.5),
    Column("Pensión mensual", CellKind.MONEY, width=1.6),
    Column("Moneda", CellKind.TEXT, width=1),
)


def _row(line: CaseLine) -> Row:
    return Row(
        (
            Cell(line.number),
            Cell(line.office_code),
            Cell(line.request_date.strftime("%d/%m/%Y")),
            Cell(line.claimant),
            Cell(line.claimant_document),
            Cell(line.claimant_sex.label),
            Cell(line.respondent),
            Cell(line.respondent_document),
            Cell(line.children, CellKind.COUNT),
            Cell("; ".join(m.label for m in line.matters)),
            Cell(line.status.label),
            Cell(line.outcome.label if line.outcome else ""),
            Cell(line.closed_on.strftime("%d/%m/%Y") if line.closed_on else ""),
            Cell(line.officer),
            Cell(line.monthly_support, CellKind.MONEY, line.currency),
            Cell(line.currency or ""),
        )
    )


@dataclass(frozen=True)
class CaseListResult:
    path: Path
    format: ReportFormat
    cases: int


def export_case_list(
    db: Database,
    actor: Actor,
    month: Month,
    office_id: int,
    path: Path,
    *,
    progress: ProgressFn | None = None,
    now: dt.datetime | None = None,
) -> CaseListResult:
    """The cases requested or closed in the month, with names and documents (XLSX or CSV)."""
    path = Path(path)
    fmt = format_of(path, (ReportFormat.XLSX, ReportFormat.CSV))
    report = progress or (lambda _done, _total: None)
    actor = require(db, actor, Permission.EXPORT_PERSONAL_DATA, office_id)
    report(0, 3)
    lines = _lines(db, actor, month, office_id)
    report(1, 3)
    with db.read() as session:
        office = get_office(session, office_id)
        profile = profile_of(office)
        zone = ZoneInfo(office.timezone)
        code, name = office.code, office.name
    locale = profile.regional.locale
    moment = (now or db.now()).astimezone(zone)
    table = Table(
        "casos",
        f"Casos de {month.label(locale)} — {code}",
        _COLUMNS,
        tuple(_row(line) for line in lines),
        "Casos con fecha de solicitud o de cierre en el mes. Contiene datos personales: "
        "úselo solo para la evaluación y no lo reenvíe.",
    )
    doc = ReportDocument(
        title="Listado de casos del mes (datos personales)",
        subtitle=f"{name} — {month.label(locale)}",
        institution=profile.institution.name,
        locale=locale,
        generated_at=moment,
        facts=(
            ("Oficina", f"{code} · {name} y las oficinas que dependen de ella"),
            ("Mes", month.label(locale)),
            ("Casos", str(len(lines))),
            (
                "Generado",
                f"{format_datetime(moment, 'dd/MM/yyyy HH:mm', locale=locale)} por {actor.name}",
            ),
            (
                "Uso restringido",
                "contiene nombres y documentos de identidad; su exportación quedó registrada "
                "en la bitácora de auditoría",
            ),
        ),
        definitions=(),
        tables=(table,),
        file_stem=f"casos-{code}-{month.iso}",
    )
    data = render_xlsx(doc) if fmt == ReportFormat.XLSX else render_csv(doc)
    report(2, 3)
    # Personal data: readable by its owner only.

    def record() -> None:
        with db.write() as session:
            audit.record(
                session,
                actor,
                AuditAction.EXPORTAR_DATOS_PERSONALES,
                "listado_casos",
                f"{code}/{month.iso}",
                after={
                    "oficina": code,
                    "mes": month.iso,
                    "casos": len(lines),
                    "archivo": path.name,
                },
                office_id=office_id,
            )

    write_then_record(path, data, mode=0o600, record=record)
    return CaseListResult(path, fmt, len(lines))
