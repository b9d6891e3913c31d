"""What the monthly report shows: its cover, tables and charts, built from the summary.

The screen and the three export formats all show these same tables and charts
(``documents.reports.layout``), so what a delegado sees is what they export.
"""

from __future__ import annotations

from decimal import Decimal

from babel.dates import format_datetime

from conciliador.documents.reports.layout import (
    Cell,
    CellKind,
    Chart,
    Column,
    ReportDocument,
    Row,
    RowStyle,
    Series,
    Table,
)
from conciliador.domain.enums import Outcome
from conciliador.services.reports import indicators as ind
from conciliador.services.reports.indicators import Indicator, Kind, Section
from conciliador.services.reports.summary import Figure, MonthlySummary, Unit, UnitKind

_CELL_KIND = {
    Kind.COUNT: CellKind.COUNT,
    Kind.MONEY: CellKind.MONEY,
    Kind.DAYS: CellKind.DAYS,
    Kind.PERCENT: CellKind.PERCENT,
}
_ROW_STYLE = {
    UnitKind.TOTAL: RowStyle.SUBTOTAL,
    UnitKind.OFFICE: RowStyle.OFFICE,
    UnitKind.OFFICER: RowStyle.DETAIL,
    UnitKind.UNASSIGNED: RowStyle.DETAIL,
}

#: The per-unit tables: (key, title, indicator keys or a section for the support figures).
UNIT_TABLES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "solicitudes",
        "Solicitudes y solicitantes",
        tuple(
            i.key
            for i in (
                ind.REQUESTS,
                ind.CLAIMANT_F,
                ind.CLAIMANT_M,
                ind.CLAIMANT_X,
                ind.CHILDREN_REQUESTED,
            )
        ),
    ),
    (
        "materias",
        "Materias, salvaguarda y seguimiento",
        tuple(
            i.key
            for i in (
                ind.MATTER_ALIMENTOS,
                ind.MATTER_VISITAS,
                ind.MATTER_CUIDO,
                ind.REQUESTS_FLAGGED,
                ind.REFERRALS,
                ind.CITATIONS_DELIVERED,
                ind.OVERRIDES,
            )
        ),
    ),
    ("audiencias", "Audiencias", tuple(i.key for i in ind.HEARING_INDICATORS)),
    (
        "acuerdos",
        "Resultados: acuerdos y cierres con audiencia",
        (
            ind.CLOSED.key,
            *(
                ind.OUTCOMES[o].key
                for o in (
                    Outcome.ACUERDO_TOTAL,
                    Outcome.ACUERDO_PARCIAL,
                    Outcome.FALTA_DE_ACUERDO,
                    Outcome.CONCLUSION_MOTIVADA,
                    Outcome.NO_CONCILIABLE,
                    Outcome.DESISTIMIENTO,
                )
            ),
        ),
    ),
    (
        "inasistencias",
        "Resultados: inasistencias y otros cierres",
        (
            *(
                ind.OUTCOMES[o].key
                for o in (
                    Outcome.INASISTENCIA_CITADO,
                    Outcome.INASISTENCIA_SOLICITANTE,
                    Outcome.INASISTENCIA_AMBAS,
                    Outcome.DOMICILIO_DESCONOCIDO,
                )
            ),
            ind.CHILDREN_COVERED.key,
        ),
    ),
    (
        "pension",
        "Pensión alimenticia y tiempos",
        ("@support", *(i.key for i in ind.TIME_INDICATORS)),
    ),
    (
        "cumplimiento",
        "Cumplimiento de los acuerdos y alertas tempranas",
        (
            *(i.key for i in ind.COMPLIANCE_INDICATORS),
            "@arrears",
            *(i.key for i in ind.ALERT_INDICATORS),
        ),
    ),
)

SHORT_TITLES = {
    "solicitudes": "Solicitudes",
    "materias": "Materias y seguimiento",
    "audiencias": "Audiencias",
    "acuerdos": "Acuerdos",
    "inasistencias": "Inasistencias y otros cierres",
    "pension": "Pensión y tiempos",
    "cumplimiento": "Cumplimiento y alertas",
}

UNIT_NOTE = (
    "Cada cifra junto al mes anterior y al mismo mes del año anterior. Las audiencias, los "
    "cierres y los tiempos se cuentan para quien condujo la audiencia; las solicitudes, para "
    "quien las registró. «— total» suma la oficina y todas las que dependen de ella."
)


_PREFIXES = (
    "Delegación Departamental de ",
    "Delegación Municipal de ",
    "Delegación Distrital de ",
    "Delegación del ",
    "Delegación de ",
)


def short_office_name(name: str) -> str:
    """«Delegación Municipal de Tipitapa» → «Tipitapa», for chart labels."""
    for prefix in _PREFIXES:
        if name.startswith(prefix):
            return name[len(prefix) :]
    return name


def _change(figure: Figure, other: int | Decimal | None, kind: Kind) -> Cell:
    """The month against a comparison month: % for counts and money, days for days."""
    current = figure.current
    if current is None or other is None:
        return Cell(None, CellKind.PERCENT if kind != Kind.DAYS else CellKind.DELTA_DAYS)
    if kind == Kind.DAYS:
        return Cell(Decimal(current) - Decimal(other), CellKind.DELTA_DAYS)
    if kind == Kind.PERCENT:  # a share: the change in points
        return Cell(Decimal(current) - Decimal(other), CellKind.PERCENT)
    if other == 0:
        return Cell(None, CellKind.PERCENT)
    change = (Decimal(current) - Decimal(other)) / Decimal(other)
    return Cell(change.quantize(Decimal("0.0001")), CellKind.PERCENT)


def _value(indicator: Indicator, value: int | Decimal | None) -> Cell:
    return Cell(value, _CELL_KIND[indicator.kind], indicator.currency)


class _Builder:
    def __init__(self, summary: MonthlySummary) -> None:
        self.s = summary
        self.locale = summary.locale
        self.by_key = {i.key: i for i in summary.indicators}
        self.month_labels = (
            summary.month.short_label(self.locale),
            summary.previous.short_label(self.locale),
            summary.year_before.short_label(self.locale),
        )

    # -------------------------------------------------------------------------- tables
    def summary_table(self) -> Table:
        s = self.s
        month, previous, year = self.month_labels
        columns = (
            Column("Indicador", CellKind.TEXT, width=6),
            Column(month, CellKind.COUNT, width=1.3),
            Column(previous, CellKind.COUNT, width=1.3),
            Column(f"Var. vs {previous}", CellKind.PERCENT, width=1.2),
            Column(year, CellKind.COUNT, width=1.3),
            Column(f"Var. vs {year}", CellKind.PERCENT, width=1.2),
        )
        rows: list[Row] = []
        section: Section | None = None
        for indicator in s.indicators:
            if indicator.section != section:
                section = indicator.section
                blank = (Cell(None),) * (len(columns) - 1)
                rows.append(Row((Cell(section.value), *blank), RowStyle.SECTION))
            figure = s.figure(s.total, indicator)
            rows.append(
                Row(
                    (
                        Cell(indicator.label),
                        _value(indicator, figure.current),
                        _value(indicator, figure.previous),
                        _change(figure, figure.previous, indicator.kind),
                        _value(indicator, figure.year_before),
                        _change(figure, figure.year_before, indicator.kind),
                    ),
                    depth=1,
                )
            )
        title = f"Resumen — {s.office.code} · {s.office.name}"
        if len(s.offices) > 1:
            title += " y oficinas que dependen de ella"
        return Table("resumen", title, columns, tuple(rows), short_title="Resumen")

    def _indicators(self, keys: tuple[str, ...]) -> list[Indicator]:
        chosen: list[Indicator] = []
        for key in keys:
            if key == "@support":
                chosen += [i for i in self.s.indicators if i.section == Section.SUPPORT]
            elif key == "@arrears":
                chosen += [i for i in self.s.indicators if i.key.startswith("arrears_total:")]
            else:
                chosen.append(self.by_key[key])
        return chosen

    def unit_table(self, key: str, title: str, keys: tuple[str, ...]) -> Table:
        s = self.s
        indicators = self._indicators(keys)
        columns = [Column("Oficina / conciliador/a", CellKind.TEXT, width=5)]
        for indicator in indicators:
            kind = _CELL_KIND[indicator.kind]
            wide = 1.6 if indicator.kind == Kind.MONEY else 1.0
            for label in self.month_labels:
                columns.append(
                    Column(
                        label,
                        kind,
                        group=indicator.header,
                        currency=indicator.currency,
                        group_long=indicator.label,
                        width=wide,
                    )
                )
        rows = []
        for unit in s.units:
            cells = [Cell(unit.label)]
            for indicator in indicators:
                cells += [_value(indicator, v) for v in s.figure(unit, indicator)]
            style = (
                RowStyle.TOTAL
                if unit is s.total and unit.kind == UnitKind.TOTAL
                else (_ROW_STYLE[unit.kind])
            )
            rows.append(Row(tuple(cells), style, unit.depth))
        return Table(key, title, tuple(columns), tuple(rows), UNIT_NOTE, SHORT_TITLES[key])

    # -------------------------------------------------------------------------- charts
    def _series(self, unit: Unit, indicators: list[Indicator]) -> tuple[Series, ...]:
        names = (
            self.s.month.label(self.locale),
            self.s.previous.label(self.locale),
            self.s.year_before.label(self.locale),
        )
        figures = [self.s.figure(unit, i) for i in indicators]
        return tuple(
            Series(name, tuple(float(f[n] or 0) for f in figures)) for n, name in enumerate(names)
        )

    def charts(self) -> tuple[Chart, ...]:
        s = self.s
        outcome_indicators = list(ind.OUTCOMES.values())
        hearing_indicators = [
            ind.HEARINGS_SCHEDULED,
            ind.HEARINGS_HELD,
            ind.HEARINGS_SUSPENDED,
            ind.HEARINGS_RESCHEDULED,
            ind.HEARINGS_NO_SHOW,
            ind.HEARINGS_CANCELLED,
        ]
        charts = [
            Chart(
                "resultados",
                "Casos concluidos por resultado",
                tuple(i.header for i in outcome_indicators),
                self._series(s.total, outcome_indicators),
                kind="bar",
            ),
            Chart(
                "audiencias",
                "Audiencias del mes",
                tuple(i.header for i in hearing_indicators),
                self._series(s.total, hearing_indicators),
            ),
        ]
        children = [s.unit_of_office(o) for o in s.child_office_ids]
        if children:
            parts, subject = children, "oficina"
        else:
            parts = [u for u in s.units if u.kind in (UnitKind.OFFICER, UnitKind.UNASSIGNED)]
            subject = "conciliador/a"
        if parts:
            names = (
                s.month.label(self.locale),
                s.previous.label(self.locale),
                s.year_before.label(self.locale),
            )
            values = [s.figure(u, ind.REQUESTS) for u in parts]
            charts.append(
                Chart(
                    "solicitudes",
                    f"Solicitudes recibidas por {subject}",
                    tuple(short_office_name(u.office_name) if children else u.label for u in parts),
                    tuple(
                        Series(name, tuple(float(v[n] or 0) for v in values))
                        for n, name in enumerate(names)
                    ),
                    kind="bar",
                )
            )
        return tuple(charts)

    # -------------------------------------------------------------------------- cover
    def facts(self) -> tuple[tuple[str, str], ...]:
        s = self.s
        office = f"{s.office.code} · {s.office.name}"
        if len(s.offices) > 1:
            office += f" y las {len(s.offices) - 1} oficinas que dependen de ella"
        zones = ", ".join(s.time_zones)
        return (
            ("Oficina", office),
            ("Mes", s.month.label(self.locale)),
            (
                "Comparado con",
                f"{s.previous.label(self.locale)} (mes anterior) y "
                f"{s.year_before.label(self.locale)} (mismo mes del año anterior)",
            ),
            ("Calendario", f"meses del calendario local de cada oficina ({zones})"),
            (
                "Generado",
                f"{format_datetime(s.generated_at, 'dd/MM/yyyy HH:mm', locale=self.locale)} "
                f"por {s.generated_by}",
            ),
            ("Contenido", "solo cifras agregadas; no contiene datos personales"),
        ) + ((("Bitácora (ancla)", f"último evento {s.audit_anchor}"),) if s.audit_anchor else ())

    def definitions(self) -> tuple[tuple[str, str], ...]:
        seen: set[str] = set()
        lines = []
        for indicator in self.s.indicators:
            if indicator.label in seen:
                continue
            seen.add(indicator.label)
            lines.append((indicator.label, indicator.definition))
        lines.append(
            (
                "Var.",
                "variación frente al mes de comparación: en % para cantidades y montos, "
                "en puntos para los porcentajes, en días para las medianas; «—» cuando no hay "
                "con qué comparar",
            )
        )
        return tuple(lines)


def report_document(summary: MonthlySummary) -> ReportDocument:
    """The monthly report of ``summary``: cover, summary table, per-unit tables, charts."""
    builder = _Builder(summary)
    tables = [builder.summary_table()]
    tables += [builder.unit_table(key, title, keys) for key, title, keys in UNIT_TABLES]
    return ReportDocument(
        title="Resumen mensual de conciliación",
        subtitle=f"{summary.office.name} — {summary.month.label(summary.locale)}",
        institution=summary.institution,
        locale=summary.locale,
        generated_at=summary.generated_at,
        facts=builder.facts(),
        definitions=builder.definitions(),
        tables=tuple(tables),
        charts=builder.charts(),
        file_stem=f"resumen-mensual-{summary.office.code}-{summary.month.iso}",
    )
