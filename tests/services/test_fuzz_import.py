"""Hostile interchange files, thousands of them: the import answers with ImportRejected (a
message naming the record and field) or imports exactly what it says — never a crash, never
half a file."""

from __future__ import annotations

import copy
import json
import uuid
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conciliador.db import Database
from conciliador.services.actor import Actor
from conciliador.services.errors import ServiceError
from conciliador.services.interchange.export import export_records
from conciliador.services.interchange.importer import ImportRejected, import_records
from conciliador.services.interchange.schema import COLLECTIONS
from conciliador.services.scheduling import BookingRequest, book_hearing
from tests.support.fuzz import NASTY, fingerprint, fuzz_settings, hostile_text
from tests.support.world import NOW, World, local

SYSTEM = Actor.command_line("pruebas")
TABLES = {
    "oficinas": "offices",
    "salas": "rooms",
    "dias_cierre": "closure_days",
    "funcionarios": "users",
    "personas": "persons",
    "hijos": "children",
    "casos": "cases",
    "derivaciones": "referrals",
    "audiencias": "hearings",
    "citaciones": "citations",
    "acuerdos": "agreements",
}

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False)
    | hostile_text
    | st.sampled_from(["2026-02-30", "2026-11-30T09:00:00", "cedula", "MN-D2", "NI", "alimentos"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(hostile_text, inner, max_size=3),
    max_leaves=6,
)


@pytest.fixture
def exported(sqlite_world: World) -> dict[str, Any]:
    """A realistic, valid file: four offices, staff, a case with its hearing and citations."""
    w = sqlite_world
    case = w.case()
    book_hearing(
        w.db,
        w.officer,
        BookingRequest(case.id, w.officer.user_id or 0, local(2026, 11, 30, 9), w.room_ids[0]),
        now=NOW,
    )
    data, _ = export_records(w.db, SYSTEM)
    return json.loads(data)


MUTATIONS = ["poison", "poison", "poison", "set", "drop", "add", "dup", "uid", "top"]


@st.composite
def mutated(draw: st.DrawFn, base: dict[str, Any]) -> bytes:
    doc = copy.deepcopy(base)
    for _ in range(draw(st.integers(1, 4))):
        present = [c for c in COLLECTIONS if doc.get(c)]
        kind = draw(st.sampled_from(MUTATIONS))
        if kind == "top" or not present:
            key = draw(st.sampled_from(["formato", "version", *COLLECTIONS, "extra"]))
            doc[key] = draw(json_values)
            continue
        records = doc[draw(st.sampled_from(present))]
        if not isinstance(records, list) or not records:
            continue
        record = records[draw(st.integers(0, len(records) - 1))]
        if not isinstance(record, dict) or not record:
            continue
        field = draw(st.sampled_from(sorted(record)))
        if kind == "poison":  # a nasty character slipped into a text that is otherwise fine
            strings = [k for k, v in record.items() if isinstance(v, str)]
            if strings:
                name = draw(st.sampled_from(sorted(strings)))
                at = draw(st.integers(0, len(record[name])))
                nasty = draw(st.sampled_from(NASTY))
                record[name] = record[name][:at] + nasty + record[name][at:]
        elif kind == "set":
            record[field] = draw(json_values)
        elif kind == "drop":
            del record[field]
        elif kind == "add":
            record[draw(hostile_text)] = draw(json_values)
        elif kind == "dup":
            records.append(copy.deepcopy(record))
        else:
            record["uid"] = str(uuid.UUID(int=draw(st.integers(0, 2**128 - 1))))
    text = json.dumps(doc, ensure_ascii=draw(st.booleans()))
    return text.encode("utf-8", "surrogatepass")


def _uid() -> st.SearchStrategy[str]:
    return st.uuids().map(str)


def fresh_document(n: int, office: str, uid: Any) -> dict[str, Any]:
    """A valid file of new records for an existing office (``uid()`` gives fresh uids)."""
    people = [
        {
            "uid": uid(),
            "nombres": "María",
            "apellidos": "López",
            "tipo_documento": "cedula",
            "numero_documento": f"001-{n}-{side}",
            "sexo": side,
            "fecha_nacimiento": "1990-01-01",
            "nacionalidad": "nicaragüense",
            "direccion": "Managua",
            "telefono": "8888-0000",
            "correo": "",
            "ocupacion": "",
            "empleador": "",
            "ingreso_mensual": "12000.50",
        }
        for side in ("F", "M")
    ]
    child = {
        "uid": uid(),
        "nombres": "Ana",
        "apellidos": "López",
        "sexo": "F",
        "fecha_nacimiento": "2019-05-04",
        "partida_nacimiento": f"PN-{n}",
    }
    case = {
        "uid": uid(),
        "oficina_uid": office,
        "anio": 2025,
        "numero": n % 10**9 + 1000,
        "solicitante_uid": people[0]["uid"],
        "citado_uid": people[1]["uid"],
        "representante_solicitante_uid": None,
        "representante_citado_uid": None,
        "hijos_uid": [child["uid"]],
        "materias": ["alimentos"],
        "relato": "Solicita pensión.",
        "tamizaje": {"violencia_fisica": False},
        "tamizaje_positivo": False,
        "estado": "solicitada",
        "resultado": None,
        "solicitado_en": "2025-03-01T15:00:00+00:00",
        "fecha_solicitud": "2025-03-01",
        "cerrado_en": None,
    }
    room = {"uid": uid(), "oficina_uid": office, "nombre": f"Sala {n}", "capacidad": 6}
    room["activa"] = True
    closure = {"oficina_uid": office, "fecha": "2031-01-02", "motivo": f"Cierre {n}"}
    user = {
        "uid": uid(),
        "usuario": f"persona.{n}",
        "nombre": "Persona Nueva",
        "documento": "001-000000-0000X",
        "rol": "secretario",
        "oficina_uid": office,
        "cargo": "Secretaria",
        "capacidad_legal": "",
        "correo": "",
        "activo": True,
    }
    new_office = {
        "uid": uid(),
        "codigo": f"T{n % 10**8}",
        "nombre": "Oficina nueva",
        "nivel": "municipal",
        "oficina_superior_uid": office,
        "direccion": "",
        "telefono": "",
        "pais": "NI",
        "subdivision": "MN",
        "zona_horaria": "America/Managua",
        "perfil": "NI",
    }
    return {
        "formato": "conciliador-intercambio",
        "version": 1,
        "oficinas": [new_office],
        "salas": [room],
        "dias_cierre": [closure],
        "funcionarios": [user],
        "personas": people,
        "hijos": [child],
        "casos": [case],
    }


def _text_fields(doc: dict[str, Any]) -> list[tuple[str, int, str]]:
    return [
        (collection, index, field)
        for collection in COLLECTIONS
        for index, record in enumerate(doc.get(collection, []))
        for field, value in record.items()
        if isinstance(value, str)
    ]


@st.composite
def new_records(draw: st.DrawFn, base: dict[str, Any]) -> bytes:
    """A valid file of new records with one field made hostile: what reaches the database's
    INSERT, not just the schema."""
    doc = fresh_document(
        draw(st.integers(0, 10**12)), base["oficinas"][-1]["uid"], lambda: str(uuid.uuid4())
    )
    targets = [(c, i, f) for c, i, f in _text_fields(doc) if f != "uid"]
    collection, index, field = draw(st.sampled_from(targets))
    record = doc[collection][index]
    if draw(st.booleans()):
        at = draw(st.integers(0, len(record[field])))
        record[field] = record[field][:at] + draw(st.sampled_from(NASTY)) + record[field][at:]
    else:
        record[field] = draw(json_values)
    return json.dumps(doc).encode()


def _refusal(db: Database, raw: bytes) -> str | None:
    try:
        import_records(db, SYSTEM, raw)
    except ImportRejected as exc:
        return exc.message
    return None


def _import_checked(db: Database, raw: bytes) -> None:
    before = fingerprint(db)
    refusal = ""
    try:
        result = import_records(db, SYSTEM, raw, source="fuzz.json")
    except ImportRejected as exc:
        refusal = exc.message or "(sin mensaje)"
    except ServiceError as exc:  # documented too, e.g. two desks importing at once
        refusal = exc.message or "(sin mensaje)"
    if refusal:
        assert refusal.strip() != "(sin mensaje)"
        assert fingerprint(db) == before, f"rechazado ({refusal}) pero dejó algo escrito"
        return
    after = fingerprint(db)
    for collection, table in TABLES.items():
        assert after[table] - before[table] == result.created.get(collection, 0), collection


@pytest.mark.slow
def test_random_bytes_and_random_json_are_refused_cleanly(db: Database) -> None:
    @fuzz_settings(db.is_sqlite, 600, 150)
    @given(
        st.one_of(
            st.binary(max_size=400),
            json_values.map(lambda v: json.dumps(v).encode()),
            st.dictionaries(st.sampled_from([*COLLECTIONS, "formato", "version"]), json_values)
            .map(lambda d: {"formato": "conciliador-intercambio", "version": 1, **d})
            .map(lambda d: json.dumps(d).encode()),
        )
    )
    def run(raw: bytes) -> None:
        _import_checked(db, raw)

    run()


@pytest.mark.slow
def test_new_records_with_hostile_texts_are_refused_or_imported_whole(
    db: Database, exported: dict[str, Any]
) -> None:
    _import_checked(db, json.dumps(exported).encode())

    @fuzz_settings(db.is_sqlite, 600, 300)
    @given(new_records(exported))
    def run(raw: bytes) -> None:
        _import_checked(db, raw)

    run()


@pytest.mark.parametrize("nasty", ["\x00", "\ud800"], ids=["nul", "surrogate"])
def test_no_text_field_lets_in_what_cannot_be_stored(
    db: Database, exported: dict[str, Any], nasty: str
) -> None:
    """Every text of every record, poisoned in turn: each file is refused, naming the field."""
    counter = iter(range(10**6))
    office = exported["oficinas"][-1]["uid"]
    _import_checked(db, json.dumps(exported).encode())
    template = fresh_document(0, office, lambda: "x")
    accepted: list[str] = []
    unnamed: list[str] = []
    for collection, index, field in _text_fields(template):
        doc = fresh_document(next(counter), office, lambda: str(uuid.uuid4()))
        doc[collection][index][field] = "ab" + nasty + "cd"
        before = fingerprint(db)
        message = _refusal(db, json.dumps(doc).encode())
        if message is None:
            accepted.append(f"{collection}.{field}")
        else:
            assert fingerprint(db) == before
            if f"campo «{field}»" not in message:
                unnamed.append(message)
    assert accepted == [] and unnamed == []


@pytest.mark.slow
def test_mutations_of_a_valid_file_are_refused_or_imported_whole(
    db: Database, exported: dict[str, Any]
) -> None:
    _import_checked(db, json.dumps(exported).encode())  # the valid file itself imports

    @fuzz_settings(db.is_sqlite, 1500, 300)
    @given(mutated(exported))
    def run(raw: bytes) -> None:
        _import_checked(db, raw)

    run()
