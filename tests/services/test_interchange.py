"""The JSON interchange format: round trip, and bad files refused with nothing written."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import func, select

from conciliador.db import Database
from conciliador.models import Case, Hearing, Office, Person
from conciliador.services.actor import Actor
from conciliador.services.interchange.export import export_records
from conciliador.services.interchange.importer import ImportRejected, import_records
from conciliador.services.office_issuer import set_issuing_institution
from conciliador.services.scheduling import BookingRequest, book_hearing
from tests.support.interchange import records
from tests.support.world import NOW, World, local

SYSTEM = Actor.command_line("pruebas")


def _exported(world: World) -> dict[str, Any]:
    case = world.case()
    book_hearing(
        world.db,
        world.officer,
        BookingRequest(
            case_id=case.id,
            officer_id=world.officer.user_id,
            start=local(2026, 11, 30, 9),
            room_id=world.room_ids[0],
        ),
        now=NOW,
    )
    data, _ = export_records(world.db, SYSTEM)
    return json.loads(data)


def _counts(db: Database) -> tuple[int, ...]:
    with db.read() as s:
        return tuple(
            s.scalar(select(func.count()).select_from(m)) or 0
            for m in (Office, Person, Case, Hearing)
        )


def test_export_import_export_gives_the_same_file(world: World, sqlite_db: Database) -> None:
    _exported(world)
    first, counts = export_records(world.db, SYSTEM)
    assert counts["audiencias"] == 1 and counts["citaciones"] == 2
    import_records(sqlite_db, SYSTEM, first)
    second, _ = export_records(sqlite_db, SYSTEM)
    # The same records; each file carries its own sender's audit anchor (another trail).
    assert (
        json.loads(first)["anclas_bitacora"][0]["lugar"]
        != json.loads(second)["anclas_bitacora"][0]["lugar"]
    )
    assert records(second) == records(first)


def test_the_hearings_own_record_survives_the_round_trip(world: World, sqlite_db: Database) -> None:
    """When a hearing really started and why travels with it: an office that imports it
    issues the acta with the same times, not the booked slot."""
    _exported(world)
    with world.db.write() as s:
        hearing = s.scalars(select(Hearing)).one()
        hearing.started_at = local(2026, 11, 27, 14, 17)
        hearing.start_reason = "Ambas partes acudieron por su cuenta."
        uid = hearing.uid
    data, _ = export_records(world.db, SYSTEM)
    import_records(sqlite_db, SYSTEM, data)
    with sqlite_db.read() as s:
        copy = s.scalars(select(Hearing).where(Hearing.uid == uid)).one()
        assert copy.started_at == local(2026, 11, 27, 14, 17)
        assert copy.start_reason == "Ambas partes acudieron por su cuenta."
        assert copy.concluded_at is None


def test_the_office_place_and_the_officer_sex_travel(world: World, sqlite_db: Database) -> None:
    doc = _exported(world)
    office = next(o for o in doc["oficinas"] if o["codigo"] == "MN-D2")
    assert (office["departamento"], office["municipio"], office["articulo"]) == (
        "Managua",
        "Managua",
        "la",
    )
    assert {f["sexo"] for f in doc["funcionarios"]} <= {"F", "M", "X"}


def _comisaria(world: World) -> None:
    """The world's office as a Colombian comisaría de familia (not the ICBF)."""
    with world.db.write() as s:
        office = s.get(Office, world.office_id)
        assert office is not None
        office.profile_code = "CO"
        office.department = "Bogotá, D. C."
        office.municipality = "Bogotá, D. C."
        office.subdivision = None
    set_issuing_institution(world.db, world.admin, world.office_id, "comisaria_familia")


def test_the_offices_issuing_institution_travels(world: World, sqlite_db: Database) -> None:
    """A comisaría's records imported elsewhere still issue actas as the comisaría."""
    _exported(world)
    _comisaria(world)
    doc = json.loads(export_records(world.db, SYSTEM)[0])
    office = next(o for o in doc["oficinas"] if o["codigo"] == "MN-D2")
    assert office["institucion_emisora"] == "comisaria_familia"
    import_records(sqlite_db, SYSTEM, json.dumps(doc).encode())
    with sqlite_db.read() as s:
        copy = s.scalars(select(Office).where(Office.code == "MN-D2")).one()
        assert copy.issuing_institution == "comisaria_familia"
    again, _ = export_records(sqlite_db, SYSTEM)
    assert records(again)["oficinas"] == records(json.dumps(doc).encode())["oficinas"]


def test_an_issuing_institution_the_profile_lacks_is_refused(
    world: World, sqlite_db: Database
) -> None:
    _exported(world)
    _comisaria(world)
    doc = json.loads(export_records(world.db, SYSTEM)[0])
    index, office = next((i, o) for i, o in enumerate(doc["oficinas"]) if o["codigo"] == "MN-D2")
    office["institucion_emisora"] = "notaria"
    with pytest.raises(ImportRejected) as err:
        import_records(sqlite_db, SYSTEM, json.dumps(doc).encode())
    assert f"oficinas[{index + 1}]" in err.value.message
    assert "campo «institucion_emisora»: «notaria» no es una institución emisora del perfil CO" in (
        err.value.message
    )
    with sqlite_db.read() as s:
        assert s.scalar(select(func.count()).select_from(Office)) == 0


def test_an_older_file_without_the_issuing_institution_reads_as_the_profiles_own(
    world: World, sqlite_db: Database
) -> None:
    doc = _exported(world)
    for office in doc["oficinas"]:
        del office["institucion_emisora"]
    import_records(sqlite_db, SYSTEM, json.dumps(doc).encode())
    with sqlite_db.read() as s:
        assert {o.issuing_institution for o in s.scalars(select(Office))} == {""}


@pytest.mark.parametrize(
    ("department", "municipality", "message"),
    [
        ("Managua", "Oriente", "campo «municipio»: «Oriente» no es un municipio de Managua"),
        ("Narnia", "Managua", "campo «departamento»: «Narnia» no está en la lista de NI"),
    ],
)
def test_an_office_in_no_real_place_is_refused(
    world: World, sqlite_db: Database, department: str, municipality: str, message: str
) -> None:
    doc = _exported(world)
    doc["oficinas"][0]["departamento"] = department
    doc["oficinas"][0]["municipio"] = municipality
    with pytest.raises(ImportRejected) as err:
        import_records(sqlite_db, SYSTEM, json.dumps(doc).encode())
    assert "oficinas[1]" in err.value.message and message in err.value.message


def test_importing_the_same_file_twice_changes_nothing(
    sqlite_world: World, sqlite_db: Database
) -> None:
    raw = json.dumps(_exported(sqlite_world)).encode()
    import_records(sqlite_db, SYSTEM, raw)
    before = _counts(sqlite_db)
    result = import_records(sqlite_db, SYSTEM, raw)
    assert result.created == {} and sum(result.skipped.values()) > 0
    assert _counts(sqlite_db) == before


def _set(collection: str, index: int, field: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        doc[collection][index][field] = value

    return change


def _drop(collection: str, field: str) -> Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        del doc[collection][0][field]

    return change


def _overlap(doc: dict[str, Any]) -> None:
    twin = copy.deepcopy(doc["audiencias"][0])
    twin["uid"] = "0190a6a0-0000-7000-8000-000000000001"
    twin["sala_uid"] = None
    twin["modalidad"] = "video"
    doc["audiencias"].append(twin)


BAD_FILES = [
    (
        "campo desconocido",
        _set("casos", 0, "apodo", "x"),
        "casos[1] (uid",
        "campo «apodo»: clave desconocida",
    ),
    (
        "campo que falta",
        _drop("personas", "apellidos"),
        "personas[1]",
        "campo «apellidos»: falta este dato obligatorio",
    ),
    (
        "tipo equivocado",
        _set("casos", 0, "numero", "uno"),
        "casos[1]",
        "campo «numero»: debe ser un número entero",
    ),
    (
        "valor desconocido",
        _set("audiencias", 0, "estado", "en_pausa"),
        "audiencias[1]",
        "campo «estado»: debe ser uno de",
    ),
    (
        "nombre de 10.000 caracteres",
        _set("personas", 0, "nombres", "A" * 10_000),
        "personas[1]",
        "campo «nombres»: es demasiado largo (máximo 200 caracteres)",
    ),
    (
        "carácter nulo",
        _set("personas", 1, "direccion", "calle\x00 1"),
        "personas[2]",
        "carácter nulo",
    ),
    (
        "carácter de escape en un nombre",
        _set("personas", 0, "nombres", "Ana\x1bMaría"),
        "personas[1]",
        "campo «nombres»: contiene un carácter de control invisible (U+001B)",
    ),
    (
        "inversión derecha-izquierda en un apellido",
        _set("personas", 1, "apellidos", "L\u202eópez"),
        "personas[2]",
        "campo «apellidos»: contiene una marca invisible de dirección del texto (U+202E)",
    ),
    (
        "salto de línea en un nombre",
        _set("personas", 0, "nombres", "Ana\nMaría"),
        "personas[1]",
        "campo «nombres»: no admite saltos de línea",
    ),
    (
        "fecha sin zona",
        _set("audiencias", 0, "inicio", "2026-11-30T09:00:00"),
        "audiencias[1]",
        "campo «inicio»: debe indicar la zona horaria",
    ),
    (
        "referencia rota",
        _set("casos", 0, "solicitante_uid", "0190a6a0-0000-7000-8000-0000000000ff"),
        "casos[1]",
        "no existe el registro",
    ),
    (
        "audiencias superpuestas",
        _overlap,
        "audiencias[1]",
        "se superpone con la audiencia 0190a6a0-0000-7000-8000-000000000001 del mismo conciliador",
    ),
    ("documento repetido", _set("personas", 1, "numero_documento", "REPETIDO"), "", ""),
    (
        "identificador repetido",
        lambda doc: doc["audiencias"].append(dict(doc["audiencias"][0])),
        "audiencias[",
        "ya aparece antes en «audiencias»",
    ),
]


@pytest.mark.parametrize(
    ("label", "change", "where", "what"), BAD_FILES, ids=[b[0] for b in BAD_FILES]
)
def test_bad_record_is_named_and_nothing_is_written(
    sqlite_world: World,
    sqlite_db: Database,
    label: str,
    change: Callable[[dict[str, Any]], None],
    where: str,
    what: str,
) -> None:
    doc = _exported(sqlite_world)
    if label == "documento repetido":
        doc["personas"][0]["numero_documento"] = "REPETIDO"
        where, what = "personas[2]", "ya hay otro registro con el mismo documento de identidad"
    change(doc)
    before = _counts(sqlite_db)
    with pytest.raises(ImportRejected) as err:
        import_records(sqlite_db, SYSTEM, json.dumps(doc).encode())
    assert where in err.value.message and what in err.value.message, err.value.message
    assert _counts(sqlite_db) == before


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b'{"formato": ', "no es JSON válido: línea 1"),
        (b"\xff\xfe\x00", "no está en UTF-8"),
        (b"[]", "no es de formato «conciliador-intercambio»"),
        (
            b'{"formato": "conciliador-intercambio", "version": 9}',
            "Versión del formato no admitida",
        ),
    ],
)
def test_unreadable_files_get_a_clear_message(
    sqlite_db: Database, raw: bytes, expected: str
) -> None:
    with pytest.raises(ImportRejected, match=expected):
        import_records(sqlite_db, SYSTEM, raw)
    assert _counts(sqlite_db) == (0, 0, 0, 0)


def test_text_in_every_script_survives_the_round_trip(
    sqlite_world: World, sqlite_db: Database
) -> None:
    doc = _exported(sqlite_world)
    names = [
        "Ñandú Güell",
        "Σωκράτης",
        "Иван",
        "محمد عبد الله",
        "张伟",
        "ꦱꦸꦏꦂꦤꦺ",
        "שָׁלוֹם",
        "🙂 Ana",
        "K'iche' Tz'ikin",
    ]
    for person, name in zip(doc["personas"], names, strict=False):
        person["nombres"] = name
    import_records(sqlite_db, SYSTEM, json.dumps(doc, ensure_ascii=False).encode())
    with sqlite_db.read() as s:
        stored = set(s.scalars(select(Person.first_names)))
    assert set(names[: len(doc["personas"])]) <= stored
