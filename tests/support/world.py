"""A small, realistic office to test against, built through the services themselves."""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from conciliador.db import Database
from conciliador.domain.clock import SteadyClock
from conciliador.domain.enums import IdType, Matter, OfficeLevel, Role, Sex
from conciliador.services import offices, users
from conciliador.services.actor import Actor
from conciliador.services.cases import CaseInput, CaseView, register_case
from conciliador.services.people import ChildInput, PersonInput

MANAGUA = ZoneInfo("America/Managua")
#: "Now" for the tests: Monday 23 November 2026, 09:00 in Managua.
NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=MANAGUA)
PASSWORD = "clave-segura-2026"
_serial = itertools.count(1)


def pinned_clock() -> SteadyClock:
    """The tests' clock: NOW, running from there at the machine's pace, whatever the date of
    the machine (the suite passes on any day)."""
    return SteadyClock(NOW)


def local(y: int, m: int, d: int, hh: int = 9, mm: int = 0) -> dt.datetime:
    """A wall-clock time in Managua."""
    return dt.datetime(y, m, d, hh, mm, tzinfo=MANAGUA)


@dataclass
class World:
    db: Database
    system: Actor
    national_id: int
    office_id: int
    other_office_id: int
    room_ids: list[int]
    officer: Actor
    officer2: Actor
    supervisor: Actor
    clerk: Actor
    admin: Actor
    actors: dict[Role, Actor] = field(default_factory=dict)

    def person(
        self,
        first: str = "María",
        last: str | None = None,
        *,
        sex: Sex = Sex.FEMALE,
        phone: str = "8888-0000",
    ) -> PersonInput:
        n = next(_serial)
        return PersonInput(
            first_names=first,
            last_names=last or f"López {n}",
            id_type=IdType.CEDULA,
            id_number=f"001-010190-{n:04d}A",
            sex=sex,
            birth_date=dt.date(1990, 1, 1),
            nationality="nicaragüense",
            address="Barrio Monseñor Lezcano, Managua",
            phone=phone,
            occupation="comerciante",
        )

    def case(
        self,
        *,
        flagged: bool = False,
        matters: set[Matter] | None = None,
        claimant: PersonInput | None = None,
        respondent: PersonInput | None = None,
        office_id: int | None = None,
        actor: Actor | None = None,
    ) -> CaseView:
        answers = {
            q: False
            for q in (
                "violencia_fisica",
                "violencia_psicologica",
                "violencia_sexual",
                "medidas_proteccion",
                "temor_encuentro",
            )
        }
        if flagged:
            answers["violencia_fisica"] = True
        return register_case(
            self.db,
            actor or self.officer,
            CaseInput(
                office_id=office_id or self.office_id,
                claimant=claimant or self.person("María"),
                respondent=respondent or self.person("José", sex=Sex.MALE),
                children=[
                    ChildInput(
                        first_names="Ana",
                        last_names="López",
                        sex=Sex.FEMALE,
                        birth_date=dt.date(2018, 5, 4),
                        birth_certificate=f"PN-{next(_serial):06d}",
                    )
                ],
                matters=matters or {Matter.ALIMENTOS, Matter.VISITAS},
                account="Solicita pensión para su hija.",
                safeguarding=answers,
                requested_at=NOW - dt.timedelta(days=2),
            ),
        )


def build_world(db: Database) -> World:
    system = Actor.command_line("pruebas")
    national = offices.create_office(
        db,
        system,
        code="NAC",
        name="Sede Central",
        level=OfficeLevel.NACIONAL,
        profile_code="NI",
        department="Managua",
        municipality="Managua",
        name_article="la",
    )
    dept = offices.create_office(
        db,
        system,
        code="MN",
        name="Delegación Departamental de Managua",
        level=OfficeLevel.DEPARTAMENTAL,
        profile_code="NI",
        parent_code="NAC",
        subdivision="MN",
        department="Managua",
        municipality="Managua",
        name_article="la",
    )
    office = offices.create_office(
        db,
        system,
        code="MN-D2",
        name="Delegación Distrital II de Managua",
        level=OfficeLevel.MUNICIPAL,
        profile_code="NI",
        parent_code="MN",
        subdivision="MN",
        department="Managua",
        municipality="Managua",
        name_article="la",
    )
    other = offices.create_office(
        db,
        system,
        code="LE",
        name="Delegación de León",
        level=OfficeLevel.DEPARTAMENTAL,
        profile_code="NI",
        parent_code="NAC",
        subdivision="LE",
        department="León",
        municipality="León",
        name_article="la",
    )
    rooms = [offices.add_room(db, system, office.id, f"Sala {i}").id for i in (1, 2)]
    made: dict[str, Actor] = {}
    for login, name, role, office_id in (
        ("ana.conciliadora", "Ana Martínez", Role.CONCILIADOR, office.id),
        ("luis.conciliador", "Luis Gómez", Role.CONCILIADOR, office.id),
        ("rosa.supervisora", "Rosa Téllez", Role.SUPERVISOR, dept.id),
        ("juan.secretario", "Juan Pérez", Role.SECRETARIO, office.id),
        ("carla.admin", "Carla Ruiz", Role.ADMINISTRADOR, office.id),
    ):
        users.create_user(
            db,
            system,
            login=login,
            full_name=name,
            role=role,
            office_id=office_id,
            password=PASSWORD,
            id_number="001-000000-0000X",
            post="Conciliadora" if role == Role.CONCILIADOR else "",
            legal_capacity="Acuerdo ministerial 12-2026",
        )
        made[login] = users.sign_in(db, login, PASSWORD)
    w = World(
        db=db,
        system=system,
        national_id=national.id,
        office_id=office.id,
        other_office_id=other.id,
        room_ids=rooms,
        officer=made["ana.conciliadora"],
        officer2=made["luis.conciliador"],
        supervisor=made["rosa.supervisora"],
        clerk=made["juan.secretario"],
        admin=made["carla.admin"],
    )
    w.actors = {
        Role.CONCILIADOR: w.officer,
        Role.SUPERVISOR: w.supervisor,
        Role.SECRETARIO: w.clerk,
        Role.ADMINISTRADOR: w.admin,
    }
    return w


def actor_elsewhere(world: World, role: Role, login: str = "otra.persona") -> Actor:
    """Someone of ``role`` in the other office, made through the services: the services read
    who a person is from the database, so a hand-built Actor would not be «elsewhere»."""
    users.create_user(
        world.db,
        world.system,
        login=login,
        full_name="Otra Persona Ajena",
        role=role,
        office_id=world.other_office_id,
        password=PASSWORD,
        id_number="001-000000-0001X",
        post="Conciliadora" if role == Role.CONCILIADOR else "",
        legal_capacity="Acuerdo ministerial 12-2026",
    )
    return users.sign_in(world.db, login, PASSWORD)


def national_admin(world: World) -> Actor:
    """The national administrator («Nora Nacional»), made through the services and signed in:
    the one who edits criteria and templates and moves offices for the whole country."""
    users.create_user(
        world.db,
        world.system,
        login="nora.nacional",
        full_name="Nora Nacional",
        role=Role.ADMINISTRADOR,
        office_id=world.national_id,
        password=PASSWORD,
    )
    return users.sign_in(world.db, "nora.nacional", PASSWORD)
