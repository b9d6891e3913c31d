"""What was agreed, as structured data: child support, visitation and care.

These models are stored as JSON in ``Agreement.clauses`` and travel unchanged in the interchange
format (``acuerdos[].clausulas``). Attribute names are English; the JSON keys are the Spanish
aliases people read in an exported file. Money is ``Decimal`` (written as exact text), dates
are ``AAAA-MM-DD`` and times ``HH:MM:SS``.

The models only hold what can be stored. Whether an agreement is complete and consistent with
the office's criteria profile (amounts above zero, the first payment after the hearing, a
schedule that does not overlap itself …) is judged by ``checks.py``, so an officer can save an
unfinished agreement and see what is still missing.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterator
from decimal import Decimal
from typing import Annotated

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    StringConstraints,
)

from conciliador.domain.agreement_terms import (
    AdjustmentKind,
    Decider,
    InKindKind,
    LivesWith,
    Party,
    PaymentMethod,
    Periodicity,
    RemoteMeans,
    Split,
    SupportBasis,
    VisitFrequency,
    Weekday,
)
from conciliador.domain.enums import Matter
from conciliador.services.validation import text_problem


def _one_line(value: str) -> str:
    problem = text_problem(value)
    if problem:
        raise ValueError(problem)
    return unicodedata.normalize("NFC", value)


def _lines(value: str) -> str:
    problem = text_problem(value, multiline=True)
    if problem:
        raise ValueError(problem)
    return unicodedata.normalize("NFC", value)


def _plain(value: Decimal) -> str:
    """Exact decimal text without exponent: ``1E+3`` is written ``1000``."""
    return format(value, "f")


Short = Annotated[
    str, StringConstraints(strip_whitespace=True, max_length=300), AfterValidator(_one_line)
]
Long = Annotated[
    str, StringConstraints(strip_whitespace=True, max_length=5_000), AfterValidator(_lines)
]
Uid = Annotated[
    str, Field(pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
]
#: An amount in the agreement's currency. Zero or negative amounts can be stored (an unfinished
#: agreement) but block issuing the acta; decimals beyond the currency's are refused on saving.
Amount = Annotated[
    Decimal,
    Field(max_digits=14, decimal_places=2, allow_inf_nan=False),
    PlainSerializer(_plain, return_type=str, when_used="json"),
]
Percent = Annotated[
    Decimal,
    Field(ge=0, le=100, max_digits=7, decimal_places=4, allow_inf_nan=False),
    PlainSerializer(_plain, return_type=str, when_used="json"),
]
DayOfMonth = Annotated[int, Field(ge=1, le=31)]
Year = Annotated[int, Field(ge=1990, le=2200)]


class _Terms(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        validate_by_name=True,
        validate_by_alias=True,
        serialize_by_alias=True,
    )


# ----------------------------------------------------------------------------- child support
class Income(_Terms):
    """The payer's monthly income and the deductions of law that give the net income."""

    gross: Amount = Field(alias="ingreso_bruto")
    social_security: Amount = Field(default=Decimal(0), alias="seguridad_social")
    income_tax: Amount = Field(default=Decimal(0), alias="impuesto_renta")
    #: The yearly 13th-month pay (aguinaldo), when the payer receives one.
    thirteenth_month: Amount | None = Field(default=None, alias="decimo_tercer_mes")
    #: Where the figures come from: the documents the officer saw (a payslip, a sworn
    #: statement …). Required: net income is declared, never assumed.
    source: Short = Field(default="", alias="fuente")
    #: The officer states that this income has no deductions of law (informal work…); without
    #: it, an income with no deductions recorded blocks the acta (gross is not net).
    no_deductions: bool = Field(default=False, alias="sin_deducciones")

    @property
    def deductions(self) -> Decimal:
        return self.social_security + self.income_tax

    @property
    def net(self) -> Decimal:
        return self.gross - self.deductions


class ChildAmount(_Terms):
    child: Uid = Field(alias="hijo_uid")
    amount: Amount = Field(alias="monto")


class Payment(_Terms):
    method: PaymentMethod = Field(alias="forma")
    bank: Short = Field(default="", alias="banco")
    account: Short = Field(default="", alias="cuenta")
    account_holder: Short = Field(default="", alias="titular")
    employer: Short = Field(default="", alias="empleador")


class InKind(_Terms):
    kind: InKindKind = Field(alias="tipo")
    description: Long = Field(default="", alias="descripcion")
    #: When it is given («al inicio de cada año escolar»).
    when: Short = Field(default="", alias="cuando")
    estimated_value: Amount | None = Field(default=None, alias="valor_estimado")


class Arrears(_Terms):
    total: Amount = Field(alias="monto_total")
    instalments: int = Field(default=1, ge=1, le=240, alias="cuotas")
    #: The first instalment's date; the rest follow the support's periodicity.
    first_due: dt.date | None = Field(default=None, alias="primera_cuota")


class Adjustment(_Terms):
    kind: AdjustmentKind = Field(alias="tipo")
    #: The index followed («índice de precios al consumidor (IPC)») when ``kind`` is an index.
    index: Short = Field(default="", alias="indice")
    percentage: Percent | None = Field(default=None, alias="porcentaje")
    #: The first adjustment; it repeats on the same day every year after.
    first_date: dt.date | None = Field(default=None, alias="fecha")


class Support(_Terms):
    """Pensión alimenticia."""

    payer: Party = Field(default=Party.CITADO, alias="alimentante")
    basis: SupportBasis = Field(default=SupportBasis.MONTO_FIJO, alias="base")
    income: Income | None = Field(default=None, alias="ingresos")
    #: The agreed share of the payer's net income, when ``basis`` is a share.
    percentage: Percent | None = Field(default=None, alias="porcentaje")
    #: Each child's amount per period; the total is their sum.
    children: tuple[ChildAmount, ...] = Field(default=(), alias="hijos")
    currency: Annotated[str, Field(pattern=r"^[A-Z]{3}$")] = Field(alias="moneda")
    periodicity: Periodicity = Field(default=Periodicity.MENSUAL, alias="periodicidad")
    #: Day(s) of the month it is due: one for monthly payments, two for fortnightly ones.
    due_days: tuple[DayOfMonth, ...] = Field(default=(), alias="dias_pago")
    #: Day of the week it is due, for weekly payments.
    due_weekday: Weekday | None = Field(default=None, alias="dia_semana_pago")
    first_payment: dt.date | None = Field(default=None, alias="primer_pago")
    payment: Payment | None = Field(default=None, alias="forma_pago")
    #: Share of the yearly 13th-month pay given in December.
    thirteenth_month_share: Percent | None = Field(default=None, alias="porcentaje_aguinaldo")
    in_kind: tuple[InKind, ...] = Field(default=(), alias="especie")
    arrears: Arrears | None = Field(default=None, alias="atrasos")
    adjustment: Adjustment | None = Field(default=None, alias="reajuste")

    @property
    def total(self) -> Decimal:
        """The amount per period: the sum of the children's parts."""
        return sum((c.amount for c in self.children), Decimal(0))


# ----------------------------------------------------------------------------- visitation
class VisitBlock(_Terms):
    """One stretch of time with the visiting parent, repeated every week or every other week.

    A block may run over several days (Friday 18:00 to Sunday 18:00) and across the end of the
    week (Saturday to Monday morning).
    """

    frequency: VisitFrequency = Field(default=VisitFrequency.CADA_SEMANA, alias="frecuencia")
    from_day: Weekday = Field(alias="dia_desde")
    from_time: dt.time = Field(alias="hora_desde")
    to_day: Weekday = Field(alias="dia_hasta")
    to_time: dt.time = Field(alias="hora_hasta")
    #: For alternate weeks: the first date it happens (fixes which weeks).
    first_date: dt.date | None = Field(default=None, alias="a_partir_de")


class SplitRule(_Terms):
    """How an occasion (a holiday, the birthdays, the school vacations) is shared."""

    split: Split = Field(alias="reparto")
    #: For alternate years: the first year the children spend it with the visiting parent.
    visitor_first_year: Year | None = Field(default=None, alias="anio_inicio_visitante")
    detail: Short = Field(default="", alias="detalle")


class HolidayRule(_Terms):
    occasion: Short = Field(alias="ocasion")
    split: Split = Field(alias="reparto")
    visitor_first_year: Year | None = Field(default=None, alias="anio_inicio_visitante")
    detail: Short = Field(default="", alias="detalle")


class RemoteContact(_Terms):
    means: tuple[RemoteMeans, ...] = Field(default=(), alias="medios")
    #: The days calls may happen; none means any day.
    days: tuple[Weekday, ...] = Field(default=(), alias="dias")
    from_time: dt.time | None = Field(default=None, alias="desde")
    to_time: dt.time | None = Field(default=None, alias="hasta")


class Supervision(_Terms):
    supervisor: Short = Field(default="", alias="supervisor")
    place: Short = Field(default="", alias="lugar")


class Visitation(_Terms):
    """Régimen de comunicación y visitas."""

    visitor: Party = Field(default=Party.CITADO, alias="visitante")
    children: tuple[Uid, ...] = Field(default=(), alias="hijos")
    schedule: tuple[VisitBlock, ...] = Field(default=(), alias="horario")
    pickup_place: Short = Field(default="", alias="lugar_entrega")
    pickup_person: Short = Field(default="", alias="persona_entrega")
    return_place: Short = Field(default="", alias="lugar_devolucion")
    return_person: Short = Field(default="", alias="persona_devolucion")
    holidays: tuple[HolidayRule, ...] = Field(default=(), alias="feriados")
    birthdays: SplitRule | None = Field(default=None, alias="cumpleanos")
    #: Each child spends each parent's birthday, and Mother's or Father's day, with that parent.
    parents_days: bool = Field(default=False, alias="dias_de_cada_progenitor")
    vacations: SplitRule | None = Field(default=None, alias="vacaciones")
    remote: RemoteContact | None = Field(default=None, alias="contacto")
    supervision: Supervision | None = Field(default=None, alias="supervision")
    restrictions: tuple[Long, ...] = Field(default=(), alias="restricciones")


# ----------------------------------------------------------------------------- care
class CareArrangement(_Terms):
    child: Uid = Field(alias="hijo_uid")
    lives_with: LivesWith = Field(alias="vive_con")
    #: Name and relationship of the person, when the child lives with someone else.
    other_person: Short = Field(default="", alias="otra_persona")
    relationship: Short = Field(default="", alias="parentesco")
    residence: Long = Field(default="", alias="residencia")
    school: Decider = Field(default=Decider.AMBOS, alias="decide_educacion")
    health: Decider = Field(default=Decider.AMBOS, alias="decide_salud")


class Care(_Terms):
    """Cuido y crianza: one arrangement per child."""

    children: tuple[CareArrangement, ...] = Field(default=(), alias="hijos")


# ----------------------------------------------------------------------------- the whole
class Addition(_Terms):
    """Words the parties add in their own terms; the acta marks them as such."""

    matter: Matter | None = Field(default=None, alias="materia")
    text: Annotated[Long, StringConstraints(min_length=1)] = Field(alias="texto")


class AgreementTerms(_Terms):
    support: Support | None = Field(default=None, alias="pension")
    visitation: Visitation | None = Field(default=None, alias="visitas")
    care: Care | None = Field(default=None, alias="cuido")
    additions: tuple[Addition, ...] = Field(default=(), alias="adiciones")

    def for_matter(self, matter: Matter) -> Support | Visitation | Care | None:
        return {
            Matter.ALIMENTOS: self.support,
            Matter.VISITAS: self.visitation,
            Matter.CUIDO: self.care,
        }[matter]

    @property
    def matters(self) -> list[Matter]:
        """The matters this agreement has clauses for."""
        return [m for m in Matter if self.for_matter(m) is not None]

    @property
    def is_empty(self) -> bool:
        return not self.matters and not self.additions

    def child_uids(self) -> Iterator[tuple[str, str]]:
        """Every child reference, with where it is (for checking them against the case)."""
        if self.support:
            for i, c in enumerate(self.support.children, start=1):
                yield f"pension.hijos[{i}].hijo_uid", c.child
        if self.visitation:
            for i, uid in enumerate(self.visitation.children, start=1):
                yield f"visitas.hijos[{i}]", uid
        if self.care:
            for i, a in enumerate(self.care.children, start=1):
                yield f"cuido.hijos[{i}].hijo_uid", a.child

    def stored(self) -> dict[str, object]:
        """The JSON kept in ``Agreement.clauses``."""
        return self.model_dump(mode="json")
