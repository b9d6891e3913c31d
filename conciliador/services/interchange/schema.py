"""The JSON interchange format (``conciliador-intercambio``, version 2; version 1 still read).

Offices and other institutions exchange records with it. Keys are Spanish, like the people who
read these files; ``docs/intercambio.schema.json`` is generated from these models (see
``conciliador schema``) and a test keeps it current. Every record has a stable ``uid`` (UUID)
by which other records refer to it.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

from conciliador.domain.agreement_terms import PaymentMethod
from conciliador.domain.enums import (
    Absence,
    CancelReason,
    CaseStatus,
    CitationMethod,
    HearingMode,
    HearingStatus,
    IdType,
    Matter,
    OfficeLevel,
    Outcome,
    Role,
    Sex,
)
from conciliador.domain.followup import AlertKind, HearingPurpose, IncidentKind
from conciliador.services.agreements.terms import AgreementTerms
from conciliador.services.validation import text_problem

FORMAT = "conciliador-intercambio"
#: Version 2 (acompañamiento) adds ``pagos``, ``incidencias`` and ``alertas_descartadas``;
#: a version-1 file (without them) is still read.
VERSION = 2
READABLE_VERSIONS = (1, 2)


def _checked(value: str, *, multiline: bool) -> str:
    """The same rule as every other entry (services/validation.py's ``text_problem``), and
    the same composed form (NFC) the services store."""
    problem = text_problem(value, multiline=multiline)
    if problem:
        raise ValueError(problem)
    return unicodedata.normalize("NFC", value)


def _one_line(value: str) -> str:
    return _checked(value, multiline=False)


def _lines(value: str) -> str:
    return _checked(value, multiline=True)


def _storable(value: Any) -> Any:
    """Every text inside a value (dictionary keys and nested values too) must be storable."""
    if isinstance(value, str):
        _lines(value)
    elif isinstance(value, dict):
        for key, item in value.items():
            _storable(key)
            _storable(item)
    elif isinstance(value, list | tuple):
        for item in value:
            _storable(item)
    return value


Text = Annotated[str, Field(max_length=20_000), AfterValidator(_lines)]
Name = Annotated[str, Field(min_length=1, max_length=200), AfterValidator(_one_line)]
Short = Annotated[str, Field(max_length=200), AfterValidator(_one_line)]
Uid = Annotated[
    str, Field(pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
]
Money = Annotated[Decimal, Field(ge=0, max_digits=14, decimal_places=2)]
#: True or false, as JSON writes them: «"yes"», 1 or «"true"» are refused, not guessed.
Flag = Annotated[bool, Field(strict=True)]
#: The years any record of a family-conciliation office can fall in (births included).
FIRST_YEAR, LAST_YEAR = 1900, 2200


def _sane_day(value: dt.date) -> dt.date:
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise ValueError(f"el año {value.year} está fuera de {FIRST_YEAR}…{LAST_YEAR}")
    return value


def _sane_instant(value: dt.datetime) -> dt.datetime:
    _sane_day(value.date())
    return value


Day = Annotated[dt.date, AfterValidator(_sane_day)]
Instant = Annotated[AwareDatetime, AfterValidator(_sane_instant)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, use_enum_values=False)


class _Record(_Strict):
    @field_validator("*", mode="before")
    @classmethod
    def _storable_text(cls, value: Any, info: ValidationInfo) -> Any:
        """No field, whatever its type says, lets in a NUL or a broken surrogate. (The
        agreement's clauses check their own texts, naming the clause.)"""
        if info.field_name == "clausulas":
            return value
        return _storable(value)


class Oficina(_Record):
    uid: Uid
    codigo: Annotated[str, Field(min_length=1, max_length=20, pattern=r"^[A-Z0-9-]+$")]
    nombre: Name
    nivel: OfficeLevel
    oficina_superior_uid: Uid | None
    direccion: Text
    telefono: Short
    pais: Annotated[str, Field(pattern=r"^[A-Z]{2}$")]
    subdivision: Annotated[str, Field(max_length=10)] | None
    zona_horaria: Annotated[str, Field(min_length=1, max_length=64)]
    perfil: Annotated[str, Field(min_length=2, max_length=10)]
    #: Where the office is (a name from the profile's list of places) and its name's article;
    #: empty in files from before version 1 carried them.
    departamento: Annotated[str, Field(max_length=120), AfterValidator(_one_line)] = ""
    municipio: Annotated[str, Field(max_length=120), AfterValidator(_one_line)] = ""
    articulo: Literal["la", "el", "las", "los", ""] = ""
    #: Which institution of the profile issues the office's actas (the code of one of the
    #: profile's ``[[emisoras]]``: Colombia's comisaría de familia); empty, or absent in
    #: older files: the profile's own institution.
    institucion_emisora: Annotated[str, Field(max_length=40), AfterValidator(_one_line)] = ""


class Sala(_Record):
    uid: Uid
    oficina_uid: Uid
    nombre: Name
    capacidad: Annotated[int, Field(ge=1, le=500, strict=True)]
    activa: Flag


class DiaCierre(_Record):
    oficina_uid: Uid
    fecha: Day
    motivo: Name


class Funcionario(_Record):
    """A user, without any password: imported users get one from their administrator."""

    uid: Uid
    usuario: Annotated[str, Field(min_length=1, max_length=60, pattern=r"^[a-z0-9._-]+$")]
    nombre: Name
    documento: Short
    rol: Role
    oficina_uid: Uid
    cargo: Short
    sexo: Sex = Sex.UNSPECIFIED
    capacidad_legal: Text
    correo: Short
    activo: Flag
    #: The officer's registry number, where a profile's acta names it (Peru); files written
    #: before it was kept have none.
    registro_conciliador: Annotated[str, Field(max_length=60)] = ""


class Persona(_Record):
    uid: Uid
    nombres: Name
    apellidos: Name
    tipo_documento: IdType
    numero_documento: Annotated[str, Field(min_length=1, max_length=40)] | None
    sexo: Sex
    fecha_nacimiento: Day | None
    nacionalidad: Short
    direccion: Text
    telefono: Short
    correo: Short
    ocupacion: Short
    empleador: Short
    ingreso_mensual: Money | None


class Hijo(_Record):
    uid: Uid
    nombres: Name
    apellidos: Name
    sexo: Sex
    fecha_nacimiento: Day | None
    partida_nacimiento: Annotated[str, Field(min_length=1, max_length=60)] | None


class Caso(_Record):
    uid: Uid
    oficina_uid: Uid
    anio: Annotated[int, Field(ge=1990, le=2200, strict=True)]
    numero: Annotated[int, Field(ge=1, le=999_999_999, strict=True)]
    solicitante_uid: Uid
    citado_uid: Uid
    representante_solicitante_uid: Uid | None
    representante_citado_uid: Uid | None
    hijos_uid: list[Uid]
    materias: Annotated[list[Matter], Field(min_length=1)]
    relato: Text
    tamizaje: dict[Annotated[str, Field(max_length=60)], Flag]
    tamizaje_positivo: Flag
    estado: CaseStatus
    resultado: Outcome | None
    solicitado_en: Instant
    fecha_solicitud: Day
    cerrado_en: Instant | None


class Derivacion(_Record):
    uid: Uid
    caso_uid: Uid
    institucion_codigo: Short
    institucion: Name
    derivado_en: Instant
    derivado_por_uid: Uid | None
    notas: Text


class Audiencia(_Record):
    uid: Uid
    caso_uid: Uid
    oficina_uid: Uid
    conciliador_uid: Uid
    sala_uid: Uid | None
    modalidad: HearingMode
    inicio: Instant
    fin: Instant
    sesion: Annotated[int, Field(ge=1, le=50, strict=True)]
    citacion: Annotated[int, Field(ge=1, le=10, strict=True)]
    estado: HearingStatus
    motivo_estado: Text
    motivo_cancelacion: CancelReason | None
    inasistencia: Absence | None
    reemplaza_uid: Uid | None
    #: The hearing's own record: when it really started and ended, and why it started
    #: before its day or time, or with a citation undelivered (absent in older files).
    inicio_real: AwareDatetime | None = None
    fin_real: AwareDatetime | None = None
    motivo_inicio: Text = ""
    #: A follow-up hearing on a concluded case with a signed agreement (absent in older
    #: files: a conciliation hearing).
    proposito: HearingPurpose = HearingPurpose.CONCILIACION


class Citacion(_Record):
    uid: Uid
    audiencia_uid: Uid
    persona_uid: Uid
    parte: Literal["solicitante", "citado"]
    numero: Annotated[int, Field(ge=1, le=10, strict=True)]
    emitida_en: Instant
    entregada_en: Instant | None
    metodo: CitationMethod | None
    entregada_por: Short
    notas: Text


class Acuerdo(_Record):
    uid: Uid
    caso_uid: Uid
    audiencia_uid: Uid | None
    resultado: Outcome
    materias_pendientes: list[Matter]
    #: What was agreed, structured (docs/acuerdos.md); empty sections for other outcomes.
    clausulas: AgreementTerms
    pension_mensual: Money | None
    moneda: Annotated[str, Field(pattern=r"^[A-Z]{3}$")] | None
    motivo_apartarse_pauta: Text
    notas: Text
    registrado_en: Instant
    #: When the acta was issued and the agreement frozen (None while it can still change).
    congelado_en: Instant | None = None


class Pago(_Record):
    """A child-support payment reported to the office (version 2)."""

    uid: Uid
    caso_uid: Uid
    oficina_uid: Uid
    fecha: dt.date
    monto: Money
    moneda: Annotated[str, Field(pattern=r"^[A-Z]{3}$")]
    forma: PaymentMethod
    recibo: Annotated[str, Field(max_length=80), AfterValidator(_one_line)]
    informado_por: Short
    notas: Text
    registrado_en: AwareDatetime


class Incidencia(_Record):
    """Something that happened to a signed agreement (version 2)."""

    uid: Uid
    caso_uid: Uid
    oficina_uid: Uid
    tipo: IncidentKind
    fecha: dt.date
    descripcion: Text
    informado_por: Short
    registrado_en: AwareDatetime


class AlertaDescartada(_Record):
    """An early alert set aside, with its reason (version 2)."""

    uid: Uid
    clave: Annotated[str, Field(min_length=1, max_length=120), AfterValidator(_one_line)]
    tipo: AlertKind
    caso_uid: Uid | None
    oficina_uid: Uid
    motivo: Text
    descartada_en: AwareDatetime


class AnclaBitacora(_Strict):
    """One chain of the sender's audit trail (there is one per office) as it was when the file
    was made, signed with the sender's office key: carried to the office above, it is an
    anchor nobody at the sending desk can rewrite (``conciliador verify --ancla-de ARCHIVO``
    checks the sender's trail against it)."""

    #: The chain within the sender's database (0: events of no office and older ones).
    cadena: int = Field(ge=0, le=2**62)
    huella_primer_evento: str = Field(pattern=r"^[0-9a-f]{64}$")
    evento: int = Field(ge=1, le=2**62)
    huella: str = Field(pattern=r"^[0-9a-f]{64}$")
    fecha: Instant
    #: Where the sender's database is (``audit_key.location_of``), never its content.
    lugar: str = Field(pattern=r"^[0-9a-f]{24}$")
    firma: str = Field(pattern=r"^[0-9a-f]{64}$")


class Documento(_Strict):
    formato: Literal["conciliador-intercambio"]
    version: Literal[1, 2]
    #: Version 2 may carry the sender's audit anchors, one per chain (absent from older files).
    anclas_bitacora: list[AnclaBitacora] = Field(default=[], max_length=100_000)
    oficinas: list[Oficina] = []
    salas: list[Sala] = []
    dias_cierre: list[DiaCierre] = []
    funcionarios: list[Funcionario] = []
    personas: list[Persona] = []
    hijos: list[Hijo] = []
    casos: list[Caso] = []
    derivaciones: list[Derivacion] = []
    audiencias: list[Audiencia] = []
    citaciones: list[Citacion] = []
    acuerdos: list[Acuerdo] = []
    pagos: list[Pago] = []
    incidencias: list[Incidencia] = []
    alertas_descartadas: list[AlertaDescartada] = []

    @model_validator(mode="after")
    def _version_1_has_no_follow_up(self) -> Documento:
        if self.version == 1 and (self.pagos or self.incidencias or self.alertas_descartadas):
            raise ValueError(
                "la versión 1 no lleva pagos, incidencias ni alertas descartadas (use la 2)"
            )
        return self


COLLECTIONS = (
    "oficinas",
    "salas",
    "dias_cierre",
    "funcionarios",
    "personas",
    "hijos",
    "casos",
    "derivaciones",
    "audiencias",
    "citaciones",
    "acuerdos",
    "pagos",
    "incidencias",
    "alertas_descartadas",
)


def json_schema() -> dict[str, Any]:
    schema = Documento.model_json_schema()
    schema["$id"] = f"https://conciliador.invalid/intercambio/v{VERSION}.schema.json"
    schema["title"] = f"Conciliador — formato de intercambio, versión {VERSION}"
    return schema
