"""Imports refuse what they should (issue 13): records that contradict each other, impossible
dates, values of the wrong type that a lax reader would guess at, repeated keys, absurd
numbers and nesting — each in one Spanish sentence naming the record and field."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from sqlalchemy import func, select

from conciliador.db import Database
from conciliador.models import Office
from conciliador.services.interchange.importer import ImportRejected, import_records
from tests.services.test_interchange import SYSTEM, _exported
from tests.support.world import World


def _refused(db: Database, document: dict[str, Any] | bytes) -> str:
    raw = document if isinstance(document, bytes) else json.dumps(document).encode()
    with pytest.raises(ImportRejected) as refused:
        import_records(db, SYSTEM, raw)
    with db.read() as s:
        assert s.scalar(select(func.count(Office.id))) == 0  # nothing half-imported
    message = refused.value.message
    for english in ("Input should", "valid", "field required", "Value error"):
        assert english not in message, message
    return message


def test_a_hearings_officer_or_room_of_another_office_is_refused(
    world: World, sqlite_db: Database
) -> None:
    data = copy.deepcopy(base := _exported(world))
    other = next(o for o in data["oficinas"] if o["codigo"] == "LE")["uid"]
    data["salas"].append(
        {
            **data["salas"][0],
            "uid": "0" * 8 + "-0000-4000-8000-" + "0" * 12,
            "oficina_uid": other,
            "nombre": "Sala de León",
        }
    )
    data["audiencias"][0]["sala_uid"] = data["salas"][-1]["uid"]
    assert "«sala_uid»: la sala pertenece a otra oficina" in _refused(sqlite_db, data)
    data = copy.deepcopy(base)
    data["funcionarios"][0]["oficina_uid"] = other
    officer = data["audiencias"][0]["conciliador_uid"]
    for user in data["funcionarios"]:
        if user["uid"] == officer:
            user["oficina_uid"] = other
    assert "el conciliador pertenece a otra oficina" in _refused(sqlite_db, data)


def test_a_citation_to_someone_who_is_not_the_party_is_refused(
    world: World, sqlite_db: Database
) -> None:
    data = _exported(world)
    citation = data["citaciones"][0]
    other = next(c for c in data["citaciones"] if c["parte"] != citation["parte"])
    citation["persona_uid"] = other["persona_uid"]
    assert "no es la parte" in _refused(sqlite_db, data)


@pytest.mark.parametrize("when", ["9999-11-30T09:00:00-06:00", "0001-11-30T09:00:00-06:00"])
def test_hearings_in_impossible_years_are_refused(
    world: World, sqlite_db: Database, when: str
) -> None:
    data = _exported(world)
    data["audiencias"][0]["inicio"] = when
    assert "campo «inicio»: el año" in _refused(sqlite_db, data)


def test_values_of_the_wrong_type_are_not_guessed(world: World, sqlite_db: Database) -> None:
    data = copy.deepcopy(base := _exported(world))
    data["funcionarios"][0]["activo"] = "yes"
    assert "campo «activo»: debe ser verdadero o falso" in _refused(sqlite_db, data)
    data = copy.deepcopy(base)
    data["audiencias"][0]["sesion"] = "1"
    assert "campo «sesion»: debe ser un número entero" in _refused(sqlite_db, data)
    data = copy.deepcopy(base)
    data["version"] = True
    assert "Versión del formato no admitida: True" in _refused(sqlite_db, data)


def test_repeated_keys_huge_numbers_and_deep_nesting_are_refused(
    world: World, sqlite_db: Database
) -> None:
    text = json.dumps(copy.deepcopy(base := _exported(world)))
    doubled = text.replace('"formato": ', '"formato": "otro", "formato": ', 1)
    assert "repite la clave «formato»" in _refused(sqlite_db, doubled.encode())
    data = copy.deepcopy(base)
    data["casos"][0]["numero"] = 2**63
    assert "número entero demasiado grande" in _refused(sqlite_db, data)
    data = copy.deepcopy(base)
    data["casos"][0]["numero"] = 2**40
    assert "campo «numero»" in _refused(sqlite_db, data)
    deep = '{"formato": "conciliador-intercambio", "version": 1, "x": ' + "[" * 100_000
    assert "profundidad" in _refused(sqlite_db, (deep + "]" * 100_000 + "}").encode())
