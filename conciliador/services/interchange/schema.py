"""The JSON interchange format (``conciliador-intercambio``, version 1).

Offices and other institutions exchange records with it. Keys are Spanish, like the people who
read these files; ``docs/intercambio.schema.json`` is generated from these models (see
``conciliador schema``) and a test keeps it current. Every record has a stable ``uid`` (UUID)
by which other records refer to it.
"""

from __future__ import annotations

import datetime as dt
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
)

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
from conciliador.services.agreements.terms import AgreementTerms

FORMAT = "conciliador-intercambio"
VERSION = 1


def _no_nul(value: str) -> str:
    if "\x00" in value:
        raise ValueError("contiene un carácter nulo (U+0000), que no se puede guardar")
    if any("\ud800" <= c <= "\udfff" for c in value):
        raise ValueError("contiene caracteres no válidos (texto mal codificado)")
    return value


def _storable(value: Any) -> Any:
    """Every text inside a value (dictionary keys and nested values too) must be storable."""
    if isinstance(value, str):
        _no_nul(value)
    elif isinstance(value, dict):
        for key, item in value.items():
            _storable(key)
            _storable(item)
    elif isinstance(value, list | tuple):
        for item in value:
            _storable(item)
    return value


Text = Annotated[str, Field(max_length=20_000), AfterValidator(_no_nul)]
Name = Annotated[str, Field(min_length=1, max_length=200), AfterValidator(_no_nul)]
Short = Annotated[str, Field(max_length=200), AfterValidator(_no_nul)]
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
    capacidad_legal: Text
    correo: Short
    activo: Flag


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


class Documento(_Strict):
    formato: Literal["conciliador-intercambio"]
    version: Literal[1]
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
)


def json_schema() -> dict[str, Any]:
    schema = Documento.model_json_schema()
    schema["$id"] = "https://conciliador.invalid/intercambio/v1.schema.json"
    schema["title"] = "Conciliador — formato de intercambio, versión 1"
    return schema
