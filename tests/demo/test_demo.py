"""The demonstration generator on both engines: SQLite's bulk path and SQLAlchemy Core elsewhere
write the same data, every row where it belongs, audited, and only into an empty database."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from conciliador.criteria.places import load_places
from conciliador.db import Database
from conciliador.demo import DemoSpec, generate_demo
from conciliador.domain.enums import OfficeLevel, Role, Sex
from conciliador.models import AuditEvent, Case, Citation, Counter, Hearing, Office, Person, User
from conciliador.services import offices, users
from conciliador.services.actor import Actor
from conciliador.services.errors import ServiceError, ValidationFailed
from conciliador.services.fields import DemoFields
from tests.support.world import PASSWORD, World

SPEC = DemoSpec(
    cases=90, seed=3, password="clave-segura-2026", today=dt.date(2026, 11, 24), offices=5
)


def count(db: Database, column: object) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count(column))) or 0)  # type: ignore[call-overload]


def test_demo_fills_an_empty_database_on_either_engine(db: Database) -> None:
    summary = generate_demo(db, Actor.command_line(), SPEC)
    assert count(db, Office.id) == summary.offices == 5
    assert count(db, Case.id) == summary.cases == 90
    assert count(db, Hearing.id) == summary.hearings > 90
    assert count(db, Citation.id) == summary.citations == 2 * summary.hearings
    assert count(db, Person.id) == summary.persons == 180
    with db.read() as session:
        numbered = session.scalar(select(func.sum(Counter.last_value)))
        event = session.scalars(select(AuditEvent)).one()
    assert numbered == 90  # case numbers run 1…n per office and year
    assert event.action == "cargar_demo" and event.after == {
        "casos": 90,
        "semilla": 3,
        "dia": "2026-11-24",
    }


@pytest.mark.pg
def test_the_same_seed_gives_the_same_rows_on_either_engine(
    pg_db: Database, sqlite_db: Database
) -> None:
    generate_demo(pg_db, Actor.command_line(), SPEC)
    generate_demo(sqlite_db, Actor.command_line(), SPEC)

    def hearings(database: Database) -> list[tuple[object, ...]]:
        with database.read() as session:
            return [
                tuple(row)
                for row in session.execute(
                    select(
                        Hearing.uid, Hearing.starts_at, Hearing.status, Hearing.officer_id
                    ).order_by(Hearing.id)
                )
            ]

    assert hearings(pg_db) == hearings(sqlite_db)


def test_demo_refuses_a_database_that_has_offices(db: Database) -> None:
    generate_demo(db, Actor.command_line(), SPEC)
    with pytest.raises(ServiceError, match="ya tiene oficinas"):
        generate_demo(db, Actor.command_line(), SPEC)
    assert count(db, Case.id) == 90


def test_bad_figures_are_named(sqlite_db: Database) -> None:
    with pytest.raises(ValidationFailed) as refused:
        generate_demo(
            sqlite_db,
            Actor.command_line(),
            DemoSpec(cases=-1, months=0, password="clave-segura-2026"),
        )
    assert {p.field for p in refused.value.problems} == {DemoFields.CASES, DemoFields.MONTHS}
    assert {str(p.field) for p in refused.value.problems} == {"--cases", "Meses"}
    assert count(sqlite_db, Office.id) == 0


# ------------------------------------------------------------------------------ could happen
@pytest.fixture(scope="module")
def demo_world(tmp_path_factory: pytest.TempPathFactory) -> Database:
    """One demonstration database (SQLite), read by the invariant checks below."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    db = Database(f"sqlite:///{path}")
    db.upgrade()
    generate_demo(
        db,
        Actor.command_line(),
        DemoSpec(
            cases=400, seed=11, password="clave-segura-2026", today=dt.date(2026, 11, 24), offices=8
        ),
    )
    return db


GENERATED_AT = dt.datetime(2026, 11, 24, 10, 30, tzinfo=ZoneInfo("America/Managua"))


def test_demo_offices_are_in_real_municipalities(demo_world: Database) -> None:
    places = load_places("NI")
    assert places is not None
    with demo_world.read() as session:
        offices = session.scalars(select(Office)).all()
    for office in offices:
        division = places.division(office.department)
        assert division is not None, office.department
        assert office.municipality in division.municipalities, (office.name, office.municipality)
        assert office.name_article == "la"


def test_demo_citations_follow_the_hearing_before_and_are_delivered_in_the_past(
    demo_world: Database,
) -> None:
    with demo_world.read() as session:
        rows = session.execute(
            select(Citation, Hearing).join(Hearing, Hearing.id == Citation.hearing_id)
        ).all()
        first_ends = {
            (case_id, round_): ends
            for case_id, round_, ends in session.execute(
                select(Hearing.case_id, Hearing.citation_round, func.max(Hearing.ends_at)).group_by(
                    Hearing.case_id, Hearing.citation_round
                )
            )
        }
    seconds = 0
    for citation, hearing in rows:
        if citation.number > 1:
            seconds += 1
            before = first_ends[(hearing.case_id, citation.number - 1)]
            assert citation.issued_at >= before, (citation.id, citation.issued_at, before)
        assert citation.issued_at <= GENERATED_AT
        assert hearing.created_at <= GENERATED_AT
        if citation.delivered_at is not None:
            assert citation.issued_at <= citation.delivered_at <= GENERATED_AT, citation.id
            assert citation.delivered_at <= hearing.starts_at, citation.id
    assert seconds > 0


def test_demo_children_carry_their_parents_surnames(demo_world: Database) -> None:
    with demo_world.read() as session:
        cases = session.scalars(select(Case)).all()
        checked = 0
        for case in cases:
            father, mother = (
                (case.respondent, case.claimant)
                if case.respondent.sex == Sex.MALE
                else (case.claimant, case.respondent)
            )
            expected = f"{father.last_names.split()[0]} {mother.last_names.split()[0]}"
            for child in case.children:
                assert child.last_names == expected, (child.full_name, father.full_name)
                checked += 1
    assert checked > 0


FEMININE_POSTS = {
    "Administradora del sistema",
    "Directora Nacional de Conciliación",
    "Delegada departamental",
    "Conciliadora de familia",
    "Secretaria",
}
MASCULINE_POSTS = {
    "Administrador del sistema",
    "Director Nacional de Conciliación",
    "Delegado departamental",
    "Conciliador de familia",
    "Secretario",
}


def test_demo_posts_agree_with_the_person(demo_world: Database) -> None:
    with demo_world.read() as session:
        users = session.scalars(select(User)).all()
    for user in users:
        posts = FEMININE_POSTS if user.sex == Sex.FEMALE else MASCULINE_POSTS
        assert user.post in posts, (user.full_name, user.sex, user.post)
    assert {u.sex for u in users} == {Sex.FEMALE, Sex.MALE}


def test_an_absurd_number_of_cases_is_refused_before_any_memory_is_used(
    sqlite_db: Database,
) -> None:
    with pytest.raises(ValidationFailed, match=r"--cases: entre 0 y 10\.000\.000"):
        generate_demo(
            sqlite_db, Actor.command_line(), DemoSpec(cases=10**30, password="clave-segura-2026")
        )
    assert count(sqlite_db, Office.id) == 0


def test_after_the_demo_new_records_get_fresh_ids_on_either_engine(db: Database) -> None:
    """The demo writes its rows with their ids; PostgreSQL's sequences must then move past
    them, or the first user, room, person or case made afterwards collides (issue 13)."""
    system = Actor.command_line()
    generate_demo(db, system, SPEC)
    office = offices.create_office(
        db,
        system,
        code="NUEVA",
        name="Oficina nueva",
        level=OfficeLevel.MUNICIPAL,
        profile_code="NI",
        parent_code=offices.list_offices(db, system)[0].code,
    )
    room = offices.add_room(db, system, office.id, "Sala nueva")
    users.create_user(
        db,
        system,
        login="nueva.conciliadora",
        full_name="Nueva Conciliadora",
        role=Role.CONCILIADOR,
        office_id=office.id,
        password=PASSWORD,
    )
    officer = users.sign_in(db, "nueva.conciliadora", PASSWORD)
    w = World(
        db,
        system,
        office.id,
        office.id,
        office.id,
        [room.id],
        officer,
        officer,
        officer,
        officer,
        officer,
    )
    case = w.case()
    assert count(db, Case.id) == 91 and case.id > 90
