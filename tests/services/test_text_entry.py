"""Text in, text out: what a person may type, refused at the door with the field's name, and
what was accepted comes back byte for byte in a printed document."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from conciliador.models import Citation, Person
from conciliador.services import people
from conciliador.services.actas.citations import render_citation
from conciliador.services.errors import ValidationFailed
from conciliador.services.scheduling import BookingRequest, book_hearing
from conciliador.services.validation import normal_text, text_problem, text_problems
from tests.support.docx_text import document_text
from tests.support.world import NOW, World, local

REFUSED = {
    "tabulador vertical": "\x0b",
    "escape": "\x1b",
    "campana": "\x07",
    "suprimir (DEL)": "\x7f",
    "C1 (NEL)": "\x85",
    "C1 (CSI)": "\x9b",
    "inversión derecha-izquierda": "\u202e",
    "incrustación izquierda-derecha": "\u202a",
    "aislamiento": "\u2066",
    "fin de aislamiento": "\u2069",
    "marca derecha-izquierda": "\u200f",
    "marca de letra árabe": "\u061c",
    "separador de línea": "\u2028",
}


@pytest.mark.parametrize("char", REFUSED.values(), ids=REFUSED.keys())
def test_invisible_and_control_characters_are_refused_naming_the_character(char: str) -> None:
    for multiline in (False, True):
        problem = text_problem(f"Ana{char}María", multiline=multiline)
        assert problem is not None
        if char not in "\u2028":
            assert f"U+{ord(char):04X}" in problem


def test_tab_and_line_feed_only_where_the_field_has_several_lines() -> None:
    assert text_problem("Calle 1\nCasa 2\tfrente al parque", multiline=True) is None
    assert text_problem("Calle 1\r\nCasa 2", multiline=True) is None
    single = text_problems("Ana\tMaría", "Nombres", limit=200)
    assert [(p.field, p.message) for p in single] == [
        ("Nombres", "no admite saltos de línea ni tabuladores; escríbalo en una sola línea")
    ]
    assert text_problems("Calle 1\nCasa 2", "Dirección", limit=20_000) == []


def test_text_is_stored_composed() -> None:
    assert normal_text("  Zoe\u0308 Nin\u0303o ") == "Zoë Niño"


@pytest.mark.parametrize(
    ("field", "value", "label"),
    [
        ("first_names", "Ana\x1bMaría", "Nombres"),
        ("last_names", "L\u202eópez", "Apellidos"),
        ("phone", "8888\n0000", "Teléfono"),
    ],
)
def test_a_person_with_a_control_character_is_refused_naming_the_field(
    sqlite_world: World, field: str, value: str, label: str
) -> None:
    w = sqlite_world
    data = w.person().__class__(**{**vars(w.person()), field: value})
    with w.db.read() as session:
        before = session.scalar(select(Person.id).order_by(Person.id.desc()))
    with pytest.raises(ValidationFailed) as err:
        w.case(claimant=data)
    fields = [p.field for p in err.value.problems]
    assert any(f.endswith(f"— {label}") for f in fields), fields
    with w.db.read() as session:
        assert session.scalar(select(Person.id).order_by(Person.id.desc())) == before


def test_accepted_text_comes_back_byte_exact_in_the_citation(sqlite_world: World) -> None:
    w = sqlite_world
    typed_first = "Zoe\u0308 Ñusta"  # «ë» typed as e + combining diaeresis
    last = "O'Brien & <Lü> «李» محمد"
    claimant = w.person().__class__(
        **{**vars(w.person()), "first_names": typed_first, "last_names": last}
    )
    case = w.case(claimant=claimant)
    hearing = book_hearing(
        w.db,
        w.officer,
        BookingRequest(
            case_id=case.id,
            officer_id=w.officer.user_id or 0,
            start=local(2026, 12, 14, 10),
            room_id=w.room_ids[0],
        ),
        now=NOW,
    )
    with w.db.read() as session:
        person = session.scalars(select(Person).where(Person.last_names == last)).one()
        assert person.first_names == "Zoë Ñusta"  # composed (NFC) once, at the door
        citation = session.scalars(
            select(Citation).where(
                Citation.hearing_id == hearing.id, Citation.party == "solicitante"
            )
        ).one()
        text = document_text(render_citation(session, citation))
    assert f"Zoë Ñusta {last}".encode() in text.encode()


def test_people_search_does_not_choke_on_a_refused_character(sqlite_world: World) -> None:
    assert people.search_people(sqlite_world.db, sqlite_world.officer, "Ana\x1b") == []
