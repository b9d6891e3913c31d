"""What a criteria profile holds: the unified criteria of one jurisdiction, as data.

The TOML keys are Spanish (administrators edit these files); attribute names are English.
Every model forbids unknown keys so a typo in a profile is an error, not a silent default.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale, UnknownLocaleError
from babel.numbers import get_currency_name
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from conciliador.criteria.terms import Terms
from conciliador.criteria.wording import wording_problems
from conciliador.domain.actas import ACTA_TEMPLATES, ACTA_VARIANTS, FAILED_MEDIATION
from conciliador.domain.agreement_terms import GuidelineKind
from conciliador.domain.enums import HearingMode, Matter, Outcome
from conciliador.domain.money import CurrencyRule, Rounding

WEEKDAYS = ("lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo")
Weekday = Literal["lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo"]
NonEmpty = Annotated[str, Field(min_length=1)]


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class ProfileInfo(_Section):
    code: NonEmpty = Field(alias="codigo")
    name: NonEmpty = Field(alias="nombre")
    version: NonEmpty = Field(alias="version")


class Institution(_Section):
    name: NonEmpty = Field(alias="nombre")
    short_name: NonEmpty = Field(alias="siglas")
    #: The article its name takes inside a sentence («del Instituto», «de la Procuraduría»).
    article: Literal["el", "la"] = Field(alias="articulo")
    country_name: NonEmpty = Field(alias="pais")
    #: The law that empowers the office to conciliate (quoted in every acta).
    legal_basis: NonEmpty = Field(alias="base_legal")
    #: The jurisdiction's enforceability note, closing every acta with an agreement.
    enforceability_note: NonEmpty = Field(alias="nota_merito_ejecutivo")


class IssuingInstitution(Institution):
    """Another institution of the same country whose offices also issue actas (Colombia: a
    comisaría de familia beside the ICBF); an office records which one it is."""

    code: Annotated[str, Field(pattern=r"^[a-z0-9_]+$")] = Field(alias="codigo")


class CurrencySection(_Section):
    """``[moneda]``: the legal rules of the profile's currency, each with its source."""

    digits: Annotated[int, Field(ge=0, le=4)] = Field(alias="decimales")
    #: Where the number of decimals comes from (the monetary law, ISO 4217).
    digits_source: NonEmpty = Field(alias="fuente_decimales")
    rounding: Rounding = Field(alias="redondeo")
    rounding_source: NonEmpty = Field(alias="fuente_redondeo")
    cash_step: Annotated[Decimal, Field(ge=0)] = Field(alias="multiplo_efectivo")
    cash_source: NonEmpty = Field(alias="fuente_efectivo")


class Regional(_Section):
    locale: NonEmpty = Field(alias="locale")
    currency: Annotated[str, Field(pattern=r"^[A-Z]{3}$")] = Field(alias="moneda")
    currency_name: NonEmpty = Field(alias="moneda_nombre")
    timezone: NonEmpty = Field(alias="zona_horaria")
    holidays_country: Annotated[str, Field(pattern=r"^[A-Z]{2}$")] = Field(alias="pais_feriados")
    holidays_subdivision: str | None = Field(default=None, alias="subdivision_feriados")

    @field_validator("locale")
    @classmethod
    def _known_locale(cls, value: str) -> str:
        try:
            Locale.parse(value)
        except (UnknownLocaleError, ValueError) as exc:
            raise ValueError(f"«{value}» no es una configuración regional conocida") from exc
        return value

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"«{value}» no es una zona horaria conocida") from exc
        return value

    @model_validator(mode="after")
    def _known_currency(self) -> Regional:
        if get_currency_name(self.currency, locale=self.locale) == self.currency:
            raise ValueError(f"«{self.currency}» no es un código de moneda ISO 4217 conocido")
        return self

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


class HoursBlock(_Section):
    days: list[Weekday] = Field(alias="dias", min_length=1)
    start: dt.time = Field(alias="desde")
    end: dt.time = Field(alias="hasta")

    @model_validator(mode="after")
    def _ordered(self) -> HoursBlock:
        if self.end <= self.start:
            raise ValueError("la hora «hasta» debe ser posterior a «desde»")
        return self


class DecreedHoliday(_Section):
    """A public holiday added by decree, which the holidays table does not know (a day added
    for an event, a holiday moved by law): the office is closed that day."""

    day: dt.date = Field(alias="fecha")
    name: NonEmpty = Field(alias="nombre")
    #: The decree or law that declares it.
    source: NonEmpty = Field(alias="fuente")


class Scheduling(_Section):
    hearing_minutes: int = Field(alias="duracion_audiencia_min", ge=15, le=480)
    slot_step_minutes: int = Field(default=30, alias="intervalo_propuestas_min", ge=5, le=240)
    min_notice_days: int = Field(alias="dias_aviso_minimo", ge=0, le=60)
    #: "habiles" counts working days (not weekends, holidays or closures); "calendario" all days.
    notice_day_kind: Literal["habiles", "calendario"] = Field(alias="tipo_dias_aviso")
    allowed_modes: list[HearingMode] = Field(alias="modalidades", min_length=1)
    citations_before_closure: int = Field(alias="citaciones_antes_de_cierre", ge=1, le=5)
    max_procedure_days: int = Field(alias="dias_maximos_procedimiento", ge=1, le=365)
    #: How long before its booked time a hearing may start without a recorded reason (a
    #: party who comes on time must not find it already held).
    early_start_minutes: int = Field(alias="tolerancia_inicio_anticipado_min", ge=0, le=240)
    office_hours: list[HoursBlock] = Field(alias="horario", min_length=1)
    #: Holidays added by decree, recorded in the app by the national office (each with its
    #: source); the holidays table of the country gives the others.
    decreed_holidays: list[DecreedHoliday] = Field(
        default_factory=list, alias="feriados_decretados"
    )

    @model_validator(mode="after")
    def _in_person_allowed(self) -> Scheduling:
        if HearingMode.PRESENCIAL not in self.allowed_modes:
            raise ValueError("las modalidades deben incluir «presencial»")
        return self

    def blocks_for(self, weekday: int) -> list[tuple[dt.time, dt.time]]:
        """Office-hour blocks of a weekday (0 = Monday), in order."""
        name = WEEKDAYS[weekday]
        return sorted((b.start, b.end) for b in self.office_hours if name in b.days)


class SafeguardingQuestion(_Section):
    code: Annotated[str, Field(pattern=r"^[a-z0-9_]+$")] = Field(alias="codigo")
    text: NonEmpty = Field(alias="texto")
    #: A "sí" to this question flags signs of violence.
    flags_violence: bool = Field(default=True, alias="indica_violencia")


class ReferralInstitution(_Section):
    code: Annotated[str, Field(pattern=r"^[a-z0-9_]+$")] = Field(alias="codigo")
    name: NonEmpty = Field(alias="nombre")


class Safeguarding(_Section):
    questions: list[SafeguardingQuestion] = Field(alias="preguntas", min_length=1)
    #: Matters for which a positive screen forbids a joint hearing.
    blocked_matters: list[Matter] = Field(alias="materias_bloqueadas", min_length=1)
    institutions: list[ReferralInstitution] = Field(alias="instituciones", min_length=1)

    @model_validator(mode="after")
    def _unique_codes(self) -> Safeguarding:
        codes = [q.code for q in self.questions]
        if len(codes) != len(set(codes)):
            raise ValueError("hay preguntas con el mismo código")
        return self


class WageBand(_Section):
    """The minimum wage for payers of some ages (Chile: under 18 and over 65)."""

    #: Whole years, both ends included.
    from_age: int = Field(alias="desde_edad", ge=0, le=150)
    to_age: int = Field(alias="hasta_edad", ge=0, le=150)
    #: Absent for the band the general minimum wage (``salario_minimo``) is for: that value
    #: is written once, where the yearly update changes it.
    wage: Decimal | None = Field(default=None, alias="monto", gt=0)
    #: How the working names the band («alimentantes menores de 18 años»).
    name: NonEmpty = Field(alias="nombre")


class Guideline(_Section):
    """The child-support guideline of the jurisdiction (worked by the agreements service)."""

    kind: GuidelineKind = Field(alias="tipo")
    legal_basis: NonEmpty = Field(alias="base_legal")
    #: Share of the payer's net income by number of children ("1", "2", "3" = three or more).
    shares: dict[str, Decimal] = Field(default_factory=dict, alias="porcentajes")
    includes_13th_month: bool = Field(default=False, alias="incluye_aguinaldo")
    minimum_wage: Decimal | None = Field(default=None, alias="salario_minimo", gt=0)
    floor_one_child: Decimal | None = Field(default=None, alias="piso_un_hijo")
    floor_each_child: Decimal | None = Field(default=None, alias="piso_cada_hijo")
    cap_share: Decimal | None = Field(default=None, alias="tope_ingreso")
    adjustment: Literal["ninguno", "recomendado", "obligatorio"] = Field(
        default="ninguno", alias="clausula_reajuste"
    )
    adjustment_index: str | None = Field(default=None, alias="indice_reajuste")
    adjustment_month_day: str | None = Field(default=None, alias="fecha_reajuste")
    #: The day the minimum wage above took effect (shown in the calculator's working).
    minimum_wage_since: dt.date | None = Field(default=None, alias="salario_minimo_desde")
    #: Other minimum wages by the payer's age; ``salario_minimo`` is the one for every other age.
    minimum_wage_bands: list[WageBand] = Field(
        default_factory=list, alias="salario_minimo_por_edad"
    )

    def minimum_wage_for(self, age: int | None) -> tuple[Decimal, str]:
        """The minimum wage for a payer of this age, and its band's name (empty for the
        general one)."""
        assert self.minimum_wage is not None
        if age is not None:
            for band in self.minimum_wage_bands:
                if band.from_age <= age <= band.to_age:
                    return band.wage or self.minimum_wage, band.name
        return self.minimum_wage, ""

    @model_validator(mode="after")
    def _coherent(self) -> Guideline:
        if self.kind == GuidelineKind.PORCENTAJE_INGRESO_NETO:
            if not self.shares:
                raise ValueError("la pauta por porcentaje necesita «porcentajes»")
            for key, share in self.shares.items():
                if not key.isdigit() or int(key) < 1:
                    raise ValueError(f"«{key}» no es un número de hijos válido en «porcentajes»")
                if not Decimal(0) < share <= Decimal(100):
                    raise ValueError(f"el porcentaje para {key} hijo(s) debe estar entre 0 y 100")
        if self.kind == GuidelineKind.PISO_SALARIO_MINIMO and (
            self.minimum_wage is None or self.floor_one_child is None
        ):
            raise ValueError(
                "la pauta por salario mínimo necesita «salario_minimo» y «piso_un_hijo»"
            )
        if self.adjustment != "ninguno" and not self.adjustment_index:
            raise ValueError("una cláusula de reajuste necesita «indice_reajuste»")
        return self

    @field_validator("adjustment_month_day")
    @classmethod
    def _month_day(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                dt.date.fromisoformat(f"2000-{value}")
            except ValueError as exc:
                raise ValueError(
                    f"«{value}» no es un día del año MM-DD (por ejemplo 01-01)"
                ) from exc
        return value


class ActaCopy(_Section):
    recipient: NonEmpty = Field(alias="destinatario")
    legend: NonEmpty = Field(alias="leyenda")


class OfficerRegistry(_Section):
    """An officer's registry entry the law asks the acta to name (Peru, Ley 26872, art. 16,
    literal f: the conciliator's registry number): kept on the user, required to issue."""

    #: How the acta and the screens name it («Número de registro»).
    label: NonEmpty = Field(alias="nombre")
    source: NonEmpty = Field(alias="fuente")

    @property
    def missing(self) -> str:
        """How a message names it when it is missing («el número de registro (fuente: Ley
        n.º 26872, art. 16, literal f …)»): the source up to its first colon."""
        return f"el {self.label[:1].lower()}{self.label[1:]} (fuente: {self.source.split(':')[0]})"


class Fingerprints(_Section):
    """The law asks the acta to carry the fingerprint of every signer who attends (Peru,
    Ley 26872, art. 16): at signature each one's fingerprint, or why not, is recorded."""

    source: NonEmpty = Field(alias="fuente")


class LegalityCheck(_Section):
    """How the acta names the lawyer who verified the agreement's legality before the
    signatures, and the law that asks the acta to carry their name, bar number, signature and
    fingerprint (Peru, Ley 26872, art. 16)."""

    #: The line's title under the signatures («Abogado/a verificador/a de la legalidad»).
    signer: NonEmpty = Field(alias="firmante")
    source: NonEmpty = Field(alias="fuente")


class Actas(_Section):
    copies: list[ActaCopy] = Field(alias="copias", min_length=1)
    #: Where a copy of an "inasistencia del citado" acta goes, if anywhere.
    no_show_copy_to: str | None = Field(default=None, alias="copia_inasistencia_citado")
    #: Peru (Ley 26872, art. 16): a lawyer checks the agreement's legality before signatures.
    legality_check: bool = Field(alias="requiere_verificacion_legalidad")
    #: Chile (Ley 19.968, art. 111): the family court approves a signed mediated agreement;
    #: until then nothing calls it enforceable.
    court_approval: bool = Field(alias="requiere_aprobacion_judicial")
    #: The template an outcome's acta uses when not its own (Chile: the acta of a failed
    #: mediation, Ley 19.968, art. 111).
    templates: dict[Outcome, str] = Field(default_factory=dict, alias="plantillas")
    #: What the acta of a failed mediation enables, in the law's words (required when a
    #: profile uses that template: the acta states it).
    failed_mediation_effect: str | None = Field(default=None, alias="efecto_mediacion_frustrada")
    #: The officer's registry entry the acta names (Peru); none elsewhere.
    officer_registry: OfficerRegistry | None = Field(default=None, alias="registro_conciliador")
    #: Whether each signer's fingerprint is recorded at signature (Peru); none elsewhere.
    fingerprints: Fingerprints | None = Field(default=None, alias="huella_digital")
    #: The acta's line for the lawyer who verified its legality (required where
    #: ``legality_check`` is; none elsewhere).
    legality_signer: LegalityCheck | None = Field(default=None, alias="verificacion_legalidad")

    @model_validator(mode="after")
    def _templates_known(self) -> Actas:
        if self.legality_check and self.legality_signer is None:
            raise ValueError(
                "«requiere_verificacion_legalidad» pide «[actas.verificacion_legalidad]»: cómo "
                "nombra el acta a quien verificó la legalidad, y la ley que lo pide"
            )
        if self.legality_signer is not None and not self.legality_check:
            raise ValueError(
                "«[actas.verificacion_legalidad]» sin «requiere_verificacion_legalidad = true»"
            )
        for outcome, name in self.templates.items():
            if name not in ACTA_VARIANTS and name != ACTA_TEMPLATES[outcome]:
                raise ValueError(
                    f"«plantillas.{outcome.value}»: «{name}» no es una plantilla de acta "
                    f"(hay: {', '.join(ACTA_VARIANTS)})"
                )
        if (
            FAILED_MEDIATION in self.templates.values()
            and not (self.failed_mediation_effect or "").strip()
        ):
            raise ValueError(
                f"«plantillas» usa «{FAILED_MEDIATION}»: falta «efecto_mediacion_frustrada», "
                "lo que el acta dice que habilita"
            )
        return self

    def template(self, outcome: Outcome) -> str:
        """The template of this outcome's acta under this profile."""
        return self.templates.get(outcome, ACTA_TEMPLATES[outcome])


class AlertRule(_Section):
    """One early-alert rule: whether it runs, how urgent it is and why the office follows it."""

    active: bool = Field(default=True, alias="activa")
    #: 1 is the most urgent; the «Pendientes» list sorts by it.
    priority: int = Field(alias="prioridad", ge=1, le=9)
    #: Why the rule exists and where it comes from (a law, a regulation, the programme).
    rationale: NonEmpty = Field(alias="fundamento")


class DelinquencyRule(AlertRule):
    months: int = Field(alias="meses_de_atraso", ge=1, le=12)


class CitationRule(AlertRule):
    working_days: int = Field(alias="dias_habiles", ge=1, le=30)


class DaysRule(AlertRule):
    days: int = Field(alias="dias", ge=1, le=365)


class RepeatedIncidentsRule(AlertRule):
    count: int = Field(alias="cantidad", ge=2, le=50)
    days: int = Field(alias="dias", ge=1, le=730)


class Alerts(_Section):
    """The early alerts (Sistema de Alertas Tempranas): each rule's parameters, as data."""

    delinquency: DelinquencyRule = Field(alias="morosidad")
    #: Its limit is ``agenda.dias_maximos_procedimiento``.
    procedure_overdue: AlertRule = Field(alias="plazo_procedimiento")
    undelivered_citation: CitationRule = Field(alias="citacion_sin_entregar")
    unsigned_acta: DaysRule = Field(alias="acta_sin_firmar")
    pending_matters: DaysRule = Field(alias="materias_pendientes")
    yearly_adjustment: AlertRule = Field(alias="reajuste_anual")
    repeated_incidents: RepeatedIncidentsRule = Field(alias="incidentes_repetidos")
    safeguarding_override: AlertRule = Field(alias="salvaguarda_excepcion")


class IndexFigure(_Section):
    """The yearly variation of the consumer price index (IPC) as published, applied to the
    index adjustments of child support that fall due from ``applies_from`` on (for a year)."""

    applies_from: dt.date = Field(alias="desde")
    percentage: Decimal = Field(alias="porcentaje", gt=-100, le=1000)
    #: Who published the figure (the statistics office and its bulletin).
    source: NonEmpty = Field(alias="fuente")


class FollowUp(_Section):
    """Acompañamiento: what the schedule of a signed agreement needs beyond its terms."""

    #: When the agreed share of the 13th-month pay falls due ("MM-DD"), shared equally among
    #: the dates when there are several.
    thirteenth_month_dates: list[str] = Field(alias="fechas_aguinaldo", min_length=1)
    thirteenth_month_rationale: NonEmpty = Field(alias="fundamento_aguinaldo")
    #: The published yearly variations of the CPI, recorded in the app by the national office.
    price_index: list[IndexFigure] = Field(default_factory=list, alias="variaciones_ipc")

    @field_validator("thirteenth_month_dates")
    @classmethod
    def _month_days(cls, value: list[str]) -> list[str]:
        for item in value:
            try:
                dt.date.fromisoformat(f"2000-{item}")
            except ValueError as exc:
                raise ValueError(
                    f"«{item}» no es un día del año MM-DD (por ejemplo 12-10)"
                ) from exc
        return value

    @property
    def thirteenth_month_month_days(self) -> tuple[tuple[int, int], ...]:
        return tuple(sorted((int(v[:2]), int(v[3:])) for v in self.thirteenth_month_dates))


class Profile(_Section):
    """One jurisdiction's unified criteria."""

    info: ProfileInfo = Field(alias="perfil")
    institution: Institution = Field(alias="institucion")
    #: Other institutions whose offices issue actas under this profile («[[emisoras]]»).
    issuers: list[IssuingInstitution] = Field(default_factory=list, alias="emisoras")
    regional: Regional = Field(alias="regional")
    money: CurrencySection = Field(alias="moneda")
    scheduling: Scheduling = Field(alias="agenda")
    safeguarding: Safeguarding = Field(alias="salvaguarda")
    guideline: Guideline = Field(alias="pauta_alimentaria")
    #: What the country calls each code of the domain (documents, matters, acta titles).
    terms: Terms = Field(alias="terminos")
    #: Standard wording of each clause type, with {placeholders} filled from structured data.
    clauses: dict[str, NonEmpty] = Field(default_factory=dict, alias="clausulas")
    actas: Actas = Field(alias="actas")
    follow_up: FollowUp = Field(alias="seguimiento")
    alerts: Alerts = Field(alias="alertas")

    @property
    def code(self) -> str:
        return self.info.code

    def institution_for(self, code: str) -> Institution:
        """The institution an office issues its actas as: one of ``[[emisoras]]`` by its
        code, or the profile's own ``[institucion]`` for an empty code."""
        if not code:
            return self.institution
        for issuer in self.issuers:
            if issuer.code == code:
                return issuer
        raise ValueError(f"«{code}» no es una institución emisora del perfil {self.code}")

    @property
    def currency_rule(self) -> CurrencyRule:
        m = self.money
        return CurrencyRule(self.regional.currency, m.digits, m.rounding, m.cash_step)

    @field_validator("clauses")
    @classmethod
    def _worded(cls, value: dict[str, str]) -> dict[str, str]:
        problems = wording_problems(value)
        if problems:
            raise ValueError("; ".join(problems))
        return value
