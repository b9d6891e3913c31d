"""Cases, held hearings and complete agreements to test the agreements services against."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from conciliador.criteria import load_profile
from conciliador.domain.agreement_terms import (
    AdjustmentKind,
    Decider,
    LivesWith,
    Party,
    PaymentMethod,
    Periodicity,
    SupportBasis,
    VisitFrequency,
    Weekday,
)
from conciliador.domain.clock import SteadyClock
from conciliador.domain.enums import Matter, OfficeLevel, Role, Sex
from conciliador.services import hearing_flow as flow
from conciliador.services import offices, users
from conciliador.services.actor import Actor
from conciliador.services.agreements import AgreementContext, agreement_context
from conciliador.services.agreements.context import (
    ChildInfo,
    OfficerInfo,
    PartyInfo,
    SafeguardingInfo,
)
from conciliador.services.agreements.terms import (
    Adjustment,
    AgreementTerms,
    Care,
    CareArrangement,
    ChildAmount,
    Income,
    Payment,
    Support,
    Visitation,
    VisitBlock,
)
from conciliador.services.cases import CaseInput, CaseView, register_case
from conciliador.services.people import ChildInput
from conciliador.services.safeguarding import screen_questions
from conciliador.services.scheduling import BookingRequest, HearingView, book_hearing
from tests.support.world import NOW, PASSWORD, World, local

CHILD_NAMES = ("Ana", "Pedro", "Isabel", "Juan", "Lucía", "Mario")
_serial = iter(range(1, 1_000_000))


def family_case(
    world: World,
    children: int = 1,
    *,
    matters: Iterable[Matter] = (Matter.ALIMENTOS, Matter.VISITAS, Matter.CUIDO),
    flagged: bool = False,
    office_id: int | None = None,
    actor: Actor | None = None,
    referral: str | None = None,
) -> CaseView:
    """A case of María (claimant) against José (respondent) for ``children`` children, with
    the screen of the office's profile answered (positive when ``flagged``)."""
    office_id = office_id or world.office_id
    actor = actor or world.officer
    questions = screen_questions(world.db, actor, office_id).questions
    answers = {q.code: flagged and i == 0 for i, q in enumerate(questions)}
    kids = [
        ChildInput(
            first_names=CHILD_NAMES[i % len(CHILD_NAMES)],
            last_names="López Ruiz",
            sex=Sex.FEMALE if i % 2 == 0 else Sex.MALE,
            birth_date=dt.date(2012 + i, 3, 1 + i),
            birth_certificate=f"PN-A-{next(_serial):07d}",
        )
        for i in range(children)
    ]
    return register_case(
        world.db,
        actor,
        CaseInput(
            office_id=office_id,
            claimant=world.person("María", "Ruiz Pérez"),
            respondent=world.person("José", "López Díaz", sex=Sex.MALE),
            children=kids,
            matters=set(matters),
            account="Solicita que se fije la pensión alimenticia.",
            safeguarding=answers,
            requested_at=NOW - dt.timedelta(days=10),
            referral_institution=referral,
        ),
    )


def held_hearing(
    world: World,
    case_id: int,
    *,
    hour: int = 8,
    officer: Actor | None = None,
    room_id: int | None = None,
    supervisor: Actor | None = None,
    start: bool = True,
) -> HearingView:
    """A hearing booked ten days ago for this morning (Monday 23 November 2026, ``hour`` in
    Managua), now in course. The supervisor authorises it if the screen was positive."""
    officer = officer or world.officer
    assert officer.user_id is not None
    hearing = book_hearing(
        world.db,
        supervisor or world.supervisor,
        BookingRequest(
            case_id=case_id,
            officer_id=officer.user_id,
            start=local(2026, 11, 23, hour),
            room_id=room_id or world.room_ids[0],
        ),
        now=NOW - dt.timedelta(days=10),
        override_reason="Autorizado: la solicitante pidió audiencia conjunta con acompañamiento",
    )
    if start:
        # The world's clock moves to the hearing: what the officer records next (concluding
        # it, most often) happens after it started, as it would at the desk.
        if world.db.now() < hearing.starts_at:
            world.db.clock = SteadyClock(hearing.starts_at)
        flow.start_hearing(
            world.db,
            officer,
            hearing.id,
            reason="Ambas partes acudieron por su cuenta.",
            now=hearing.starts_at,
        )
    return hearing


def context_for(
    world: World, children: int = 1, *, hour: int = 8, **case_options: Any
) -> AgreementContext:
    case = family_case(world, children, **case_options)
    hearing = held_hearing(world, case.id, hour=hour)
    return agreement_context(world.db, world.officer, hearing.id)


def ni_share(children: int) -> Decimal:
    return Decimal({1: 25, 2: 35}.get(children, 50))


def support(ctx: AgreementContext, **changes: Any) -> Support:
    """Child support at Nicaragua's guideline (a share of a net income of C$24,715.00),
    complete and valid."""
    share = ni_share(len(ctx.children))
    base = Support(
        payer=Party.CITADO,
        basis=SupportBasis.PORCENTAJE_INGRESO,
        percentage=share,
        income=Income(
            gross=Decimal("30000.00"),
            social_security=Decimal("2100.00"),
            income_tax=Decimal("3185.00"),
            thirteenth_month=Decimal("30000.00"),
            source="Colilla de pago de octubre de 2026",
        ),
        children=tuple(ChildAmount(child=c.uid, amount=Decimal(0)) for c in ctx.children),
        currency=ctx.currency,
        periodicity=Periodicity.MENSUAL,
        due_days=(15,),
        first_payment=dt.date(2026, 12, 15),
        payment=Payment(method=PaymentMethod.EFECTIVO_OFICINA),
        thirteenth_month_share=share,
        adjustment=Adjustment(
            kind=AdjustmentKind.INDICE,
            index="la variación del salario mínimo",
            first_date=dt.date(2028, 1, 1),
        ),
    )
    return base.model_copy(update=changes)


def visitation(ctx: AgreementContext, **changes: Any) -> Visitation:
    base = Visitation(
        visitor=Party.CITADO,
        children=tuple(c.uid for c in ctx.children),
        schedule=(
            VisitBlock(
                frequency=VisitFrequency.SEMANAS_ALTERNAS,
                from_day=Weekday.SABADO,
                from_time=dt.time(9),
                to_day=Weekday.DOMINGO,
                to_time=dt.time(17),
                first_date=dt.date(2026, 11, 28),
            ),
            VisitBlock(
                from_day=Weekday.MIERCOLES,
                from_time=dt.time(15),
                to_day=Weekday.MIERCOLES,
                to_time=dt.time(18),
            ),
        ),
        pickup_place="la casa de la madre, Barrio Monseñor Lezcano",
        pickup_person="María Ruiz Pérez",
        return_place="la casa de la madre, Barrio Monseñor Lezcano",
        return_person="María Ruiz Pérez",
    )
    return base.model_copy(update=changes)


def care(ctx: AgreementContext, **changes: Any) -> Care:
    base = Care(
        children=tuple(
            CareArrangement(
                child=c.uid,
                lives_with=LivesWith.SOLICITANTE,
                residence="Barrio Monseñor Lezcano, casa n.º 12, Managua",
                school=Decider.AMBOS,
                health=Decider.AMBOS,
            )
            for c in ctx.children
        )
    )
    return base.model_copy(update=changes)


def complete_terms(ctx: AgreementContext) -> AgreementTerms:
    return AgreementTerms(support=support(ctx), visitation=visitation(ctx), care=care(ctx))


# ---------------------------------------------------------------------- without a database
CLAIMANT = PartyInfo(Party.SOLICITANTE, "María Ruiz Pérez", Sex.FEMALE, None, "")
RESPONDENT = PartyInfo(
    Party.CITADO, "José López Díaz", Sex.MALE, Decimal("30000.00"), "Zona Franca Las Mercedes"
)
CHILD_UIDS = tuple(f"0190a6a0-0000-7000-8000-{i:012d}" for i in range(1, 7))
HEARING_DAY = dt.date(2026, 11, 23)
OFFICER = OfficerInfo("Ana Martínez", "Conciliadora", "Acuerdo ministerial 12-2026")


def pure_context(
    children: int = 2,
    *,
    profile: str = "NI",
    matters: Iterable[Matter] = (Matter.ALIMENTOS, Matter.VISITAS, Matter.CUIDO),
    flagged: bool = False,
    overrides: tuple[str, ...] = (),
    referrals: tuple[str, ...] = (),
    officer: OfficerInfo | None = OFFICER,
) -> AgreementContext:
    """The context of a hearing held on Monday 23 November 2026, built without a database."""
    loaded = load_profile(profile)
    return AgreementContext(
        profile=loaded,
        office_id=1,
        office_name="Delegación Distrital II de Managua",
        office_municipality="Managua",
        case_id=1,
        case_number="MN-D2-2026-00001",
        matters=tuple(matters),
        claimant=CLAIMANT,
        respondent=RESPONDENT,
        children=tuple(
            ChildInfo(CHILD_UIDS[i], f"{CHILD_NAMES[i]} López Ruiz", dt.date(2014 + i, 5, 4))
            for i in range(children)
        ),
        hearing_id=1,
        hearing_date=HEARING_DAY,
        officer=officer,
        safeguarding=SafeguardingInfo(
            flagged=flagged,
            blocked_matters=tuple(loaded.safeguarding.blocked_matters),
            override_reasons=overrides,
            referrals=referrals,
        ),
    )


def office_under(world: World, profile: str) -> tuple[int, Actor, int]:
    """An office of another country's profile under the national one, with a room and an
    officer (mediator) of its own: (office id, officer, room id)."""
    code = {"CL": "STGO-1", "CO": "BOG-1"}[profile]
    department, municipality = {
        "CL": ("Región Metropolitana de Santiago", "Santiago"),
        "CO": ("Bogotá, D. C.", "Bogotá"),
    }[profile]
    office = offices.create_office(
        world.db,
        world.system,
        code=code,
        name=f"Centro {code}",
        level=OfficeLevel.MUNICIPAL,
        profile_code=profile,
        parent_code="NAC",
        department=department,
        municipality=municipality,
        name_article="el",
    )
    room = offices.add_room(world.db, world.system, office.id, "Sala 1").id
    login = f"mediacion.{code.lower()}"
    users.create_user(
        world.db,
        world.system,
        login=login,
        full_name="Carolina Fuentes Soto",
        role=Role.CONCILIADOR,
        office_id=office.id,
        password=PASSWORD,
        post="Mediadora familiar",
        legal_capacity="Inscrita en el Registro de Mediadores, n.º 4321",
    )
    return office.id, users.sign_in(world.db, login, PASSWORD), room
