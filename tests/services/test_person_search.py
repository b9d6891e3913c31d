"""Search as you type: every word typed starts a word of the name or the ID number."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import delete, insert, text, update

from conciliador.db import Database
from conciliador.domain.enums import IdType, Sex
from conciliador.models import Person
from conciliador.services.people import PersonInput, search_people
from conciliador.services.person_search import SearchWords, candidate_ids
from tests.support.world import World


def _party(w: World, first: str, last: str, number: str) -> PersonInput:
    return PersonInput(
        first_names=first,
        last_names=last,
        id_type=IdType.CEDULA,
        id_number=number,
        sex=Sex.FEMALE,
        birth_date=dt.date(1990, 1, 1),
        phone="8888-0000",
    )


@pytest.fixture
def people(world: World) -> World:
    w = world
    for n, (first, last, number) in enumerate(
        (
            ("María José", "López García", "001-040100-2526V"),
            ("Marvin", "Úbeda Téllez", "281-150385-0001K"),
            ("Ana", "Martínez Lacayo", "001-220799-1111X"),
        )
    ):
        w.case(
            claimant=_party(w, first, last, number),
            respondent=_party(w, "Pedro", "Zeledón", f"999-999999-{n:04d}Z"),
        )
    return w


def names(w: World, query: str) -> list[str]:
    return [p.full_name for p in search_people(w.db, w.officer, query)]


def everywhere(w: World, query: str) -> list[str]:
    return [p.full_name for p in search_people(w.db, w.system, query)]


def test_the_beginning_of_any_name_finds_the_person_accents_ignored(people: World) -> None:
    assert names(people, "lop") == ["María José López García"]
    assert names(people, "jose") == ["María José López García"]
    assert names(people, "UBEDA") == ["Marvin Úbeda Téllez"]
    assert set(names(people, "mar")) == {
        "María José López García",
        "Marvin Úbeda Téllez",
        "Ana Martínez Lacayo",
    }


def test_every_word_typed_must_match(people: World) -> None:
    assert names(people, "mar lop") == ["María José López García"]
    assert names(people, "ana gar") == []


def test_a_short_second_word_narrows_the_first_accents_and_case_ignored(people: World) -> None:
    """Search as you type: every keystroke of «María López» finds her, whatever the accents
    and capitals, and the second word may be one letter long."""
    for typed in ("maría l", "Maria L", "MARÍA LÓ", "mari lop", "maría lópez g", "jose lo ga"):
        assert names(people, typed) == ["María José López García"], typed
    assert set(names(people, "mar l")) == {"María José López García", "Ana Martínez Lacayo"}
    assert names(people, "marv ú") == ["Marvin Úbeda Téllez"]
    assert names(people, "ubeda t") == ["Marvin Úbeda Téllez"]
    assert names(people, "ana m l") == ["Ana Martínez Lacayo"]
    assert names(people, "ana m x") == []


def test_a_word_longer_than_the_indexed_prefix_is_matched_whole(people: World) -> None:
    """PostgreSQL indexes the first six letters of a word: «martinez» must not find
    «Martina» (both begin with «martin»)."""
    w = people
    w.case(
        claimant=_party(w, "Martina", "Obando", "001-010101-0000A"),
        respondent=_party(w, "Pedro", "Zeledón", "999-999999-0009Z"),
    )
    assert names(w, "martinez") == ["Ana Martínez Lacayo"]
    assert names(w, "martina") == ["Martina Obando"]
    assert set(names(w, "martin")) == {"Ana Martínez Lacayo", "Martina Obando"}
    assert names(w, "001-040100-2526v") == ["María José López García"]
    assert names(w, "001-040100-2526x") == []


#: Keystrokes; the last ones hold what a tsquery or LIKE would read as syntax.
TYPED = ("m", "mar", "maria l", "ma lo ga", "pedro z", "zeledon", "001-0", "ana x", "ped",
         "o'ne", "50% x_y", "a\\b:*", "ana & | !")  # fmt: skip


@pytest.mark.parametrize("typed", TYPED)
def test_the_walk_and_the_word_index_find_the_same_newest_people(people: World, typed: str) -> None:
    """PostgreSQL finds a keystroke's candidates by walking the newest people or through the
    word index, chosen by how common the typed words are: both give the same people in the
    same order (newest first), capped the same way. (SQLite has one way, FTS5.)"""
    words = SearchWords.of(typed)
    with people.db.read() as session:
        for cap in (2, 500):
            walked = list(session.scalars(candidate_ids(session, words, cap, way="walk")))
            indexed = list(session.scalars(candidate_ids(session, words, cap, way="index")))
            assert walked == indexed, (typed, cap)
            assert walked == sorted(walked, reverse=True)
            assert len(walked) <= cap


def test_the_id_number_is_found_from_its_beginning(people: World) -> None:
    assert names(people, "001-0401") == ["María José López García"]
    assert names(people, "281-150385-0001k") == ["Marvin Úbeda Téllez"]


def test_a_word_in_the_middle_of_a_name_does_not_match(people: World) -> None:
    assert names(people, "arti") == []  # «Martínez» starts with «mart», not «arti»


def test_nothing_typed_finds_nobody(people: World) -> None:
    assert search_people(people.db, people.officer, "   ") == []


def test_people_written_in_bulk_are_found_too(world: World) -> None:
    """The demo generator and the importer insert rows in bulk; the index follows them.
    (A person in no case is found by name only by whoever reaches every office.)"""
    w = world
    with w.db.write() as session:
        session.execute(
            insert(Person).values(
                first_names="Yader",
                last_names="Mairena",
                id_type=IdType.SIN_DOCUMENTO,
                sex=Sex.MALE,
                search_key="yader mairena",
                uid="u-1",
            )
        )
    assert everywhere(w, "yad mai") == ["Yader Mairena"]
    with w.db.write() as session:
        session.execute(
            update(Person).where(Person.uid == "u-1").values(search_key="yader mairena obando")
        )
    assert everywhere(w, "obando") == ["Yader Mairena"]
    with w.db.write() as session:
        session.execute(delete(Person).where(Person.uid == "u-1"))
    assert everywhere(w, "yader") == []


def test_candidates_are_capped_newest_first(people: World) -> None:
    with people.db.read() as session:
        ids = list(session.scalars(candidate_ids(session, SearchWords.of("mar"), cap=2)))
    assert len(ids) == 2
    assert ids == sorted(ids, reverse=True)


def test_the_search_index_survives_the_migrations(sqlite_db: Database) -> None:
    with sqlite_db.read() as session:
        triggers = set(
            session.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))
        )
    assert {"persons_search_insert", "persons_search_delete", "persons_search_update"} <= triggers
