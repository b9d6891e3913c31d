"""Hostile input to the services, thousands of calls: nothing but the documented errors
(ServiceError, in Spanish) and nothing written by a call that was refused.

Every text a form or the command line can send goes through ``hostile_text`` (NUL, broken
surrogates, controls, absurd lengths…); dates, amounts and numbers go to their extremes.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from conciliador.domain.enums import (
    Absence,
    CancelReason,
    CitationMethod,
    HearingMode,
    IdType,
    Matter,
    OfficeLevel,
    Outcome,
    Role,
    Sex,
)
from conciliador.models import Citation
from conciliador.services import (
    accounts,
    audit_trail,
    case_edits,
    cases,
    hearing_flow,
    offices,
    people,
    scheduling,
    users,
)
from conciliador.services.cases import CaseInput
from conciliador.services.errors import ServiceError
from conciliador.services.people import ChildInput, PersonInput
from conciliador.services.scheduling import BookingRequest
from tests.support.fuzz import NASTY, fingerprint, fuzz_settings, hostile_text
from tests.support.world import NOW, World, local

QUESTIONS = (
    "violencia_fisica",
    "violencia_psicologica",
    "violencia_sexual",
    "medidas_proteccion",
    "temor_encuentro",
)


def _attempt(world: World, call: Callable[[], Any], *, refusal_may_write: bool = False) -> bool:
    """Run one service call: it succeeds, or refuses with a message and writes nothing."""
    before = fingerprint(world.db)
    try:
        call()
    except ServiceError as exc:
        message = exc.message
    else:
        return True
    assert message.strip(), "un rechazo sin mensaje"
    if not refusal_may_write:
        assert fingerprint(world.db) == before, f"rechazado ({message}) pero dejó algo escrito"
    return False


def _unique() -> str:
    return uuid.uuid4().hex[:12].upper()


def texts(valid: str) -> st.SearchStrategy[str]:
    """The text a field expects; hostile text; or the expected text with a nasty character
    slipped in (so that it passes every other check and reaches the database)."""
    slipped = st.builds(
        lambda at, nasty: valid[:at] + nasty + valid[at:],
        st.integers(0, len(valid)),
        st.sampled_from(NASTY),
    )
    return st.one_of(st.just(valid), hostile_text, slipped)


instants = st.one_of(
    st.datetimes(
        min_value=dt.datetime(1, 1, 2), max_value=dt.datetime(9999, 12, 30), timezones=st.none()
    ),
    st.datetimes(
        min_value=dt.datetime(2026, 11, 20),
        max_value=dt.datetime(2027, 3, 1),
        timezones=st.sampled_from([dt.UTC, local(2026, 1, 1).tzinfo]),
    ),
)
amounts = st.one_of(
    st.none(),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.decimals(min_value=Decimal("-1e16"), max_value=Decimal("1e16"), places=3),
)


@st.composite
def person_inputs(draw: st.DrawFn, first: str) -> PersonInput:
    return PersonInput(
        first_names=draw(texts(first)),
        last_names=draw(texts("López")),
        id_type=draw(st.sampled_from(IdType)),
        id_number=draw(texts(f"001-{_unique()}")),
        sex=draw(st.sampled_from(Sex)),
        birth_date=draw(st.none() | st.dates()),
        nationality=draw(texts("nicaragüense")),
        address=draw(texts("Barrio Monseñor Lezcano")),
        phone=draw(texts("8888-0000")),
        email=draw(texts("")),
        occupation=draw(texts("comerciante")),
        employer=draw(texts("")),
        monthly_income=draw(amounts),
    )


@st.composite
def case_inputs(draw: st.DrawFn, world: World) -> CaseInput:
    children = draw(
        st.lists(
            st.builds(
                ChildInput,
                first_names=texts("Ana"),
                last_names=texts("López"),
                sex=st.sampled_from(Sex),
                birth_date=st.none() | st.dates(),
                birth_certificate=texts(f"PN-{_unique()}"),
            ),
            max_size=3,
        )
    )
    answers = {q: draw(st.booleans()) for q in QUESTIONS}
    if draw(st.booleans()):
        answers = draw(st.dictionaries(hostile_text, st.booleans(), max_size=3)) or answers
    return CaseInput(
        office_id=draw(st.sampled_from([world.office_id, world.office_id, world.other_office_id])),
        claimant=draw(person_inputs("María")),
        respondent=draw(person_inputs("José")),
        children=children,
        matters=draw(st.sets(st.sampled_from(Matter))),
        account=draw(texts("Solicita pensión para su hija.")),
        safeguarding=answers,
        requested_at=draw(st.none() | instants.filter(lambda t: t.tzinfo is not None)),
    )


@pytest.mark.slow
def test_intake_and_editing(world: World) -> None:
    @fuzz_settings(world.db.is_sqlite, 500, 120)
    @given(
        case_inputs(world),
        st.dictionaries(
            st.sampled_from(["address", "phone", "email", "occupation", "employer"]),
            hostile_text,
            max_size=3,
        ),
        st.booleans(),
        hostile_text,
        st.none() | st.sets(st.sampled_from(Matter)),
        st.sampled_from(["comisaria_mujer", "juzgado_familia"]) | hostile_text,
        hostile_text,
    )
    def run(
        data: CaseInput,
        changes: dict[str, str],
        stale: bool,
        account: str,
        matters: set[Matter] | None,
        institution: str,
        notes: str,
    ) -> None:
        registered: list[Any] = []
        register = cases.register_case
        _attempt(world, lambda: registered.append(register(world.db, world.officer, data)))
        if not registered:
            return
        case = registered[0]
        version = case_edits.party_version(world.db, world.officer, case.id, "citado")
        _attempt(
            world,
            lambda: case_edits.update_party_contact(
                world.db, world.officer, case.id, "citado", expected_version=version, **changes
            ),
        )
        _attempt(
            world,
            lambda: case_edits.update_request(
                world.db,
                world.officer,
                case.id,
                expected_version=case.version + stale,
                account=account,
                matters=matters,
            ),
        )
        _attempt(
            world, lambda: cases.refer_case(world.db, world.officer, case.id, institution, notes)
        )

    run()


@st.composite
def flows(draw: st.DrawFn, world: World, pool: list[int]) -> dict[str, Any]:
    """A booking request and what happens next, all drawn before anything runs."""
    officers = [world.officer.user_id or 0, world.officer2.user_id or 0]
    return {
        "request": BookingRequest(
            case_id=draw(st.sampled_from(pool) | st.integers(-(2**63), 2**63 - 1)),
            officer_id=draw(st.sampled_from(officers) | st.integers(-5, 10**6)),
            start=draw(instants),
            room_id=draw(st.none() | st.sampled_from(world.room_ids) | st.integers(-5, 10**6)),
            minutes=draw(st.none() | st.integers(-(10**6), 10**6)),
            mode=draw(st.sampled_from(HearingMode)),
        ),
        "override": draw(st.just("") | hostile_text),
        "step": draw(st.sampled_from(["citar", "reprogramar", "cancelar", "curso", "ausente"])),
        "when": draw(instants),
        "method": draw(st.sampled_from(CitationMethod)),
        "by": draw(texts("Notificador")),
        "text": draw(hostile_text),
        "cancel": draw(st.sampled_from(CancelReason)),
        "absence": draw(st.sampled_from(Absence)),
    }


@pytest.mark.slow
def test_booking_and_the_hearing_flow(world: World) -> None:
    pool = [world.case().id for _ in range(6)]

    @fuzz_settings(world.db.is_sqlite, 500, 120)
    @given(flows(world, pool))
    def run(f: dict[str, Any]) -> None:
        db, o = world.db, world.officer
        booked: list[Any] = []
        _attempt(
            world,
            lambda: booked.append(
                scheduling.book_hearing(
                    db, world.supervisor, f["request"], override_reason=f["override"], now=NOW
                )
            ),
        )
        if not booked:
            return
        h = booked[0]
        if f["step"] == "citar":
            with db.read() as s:
                citation = s.scalars(select(Citation.id).where(Citation.hearing_id == h.id)).first()
            _attempt(
                world,
                lambda: hearing_flow.record_citation_delivery(
                    db,
                    world.clerk,
                    citation,
                    delivered_at=f["when"],
                    method=f["method"],
                    delivered_by=f["by"],
                    notes=f["text"],
                    now=NOW,
                ),
            )
        elif f["step"] == "reprogramar":
            _attempt(
                world,
                lambda: scheduling.reschedule_hearing(
                    db, o, h.id, f["when"], reason=f["text"], now=NOW
                ),
            )
        elif f["step"] == "cancelar":
            cancel = hearing_flow.cancel_hearing
            _attempt(world, lambda: cancel(db, o, h.id, f["cancel"], f["text"]))
        elif f["step"] == "curso":
            hearing_flow.start_hearing(db, o, h.id, reason="Ambas partes acudieron por su cuenta.")
            _attempt(world, lambda: hearing_flow.suspend_hearing(db, o, h.id, f["text"]))
        else:
            _attempt(
                world,
                lambda: hearing_flow.record_no_show(
                    db, o, h.id, f["absence"], notes=f["text"], now=h.ends_at
                ),
            )

    run()


@pytest.mark.slow
def test_administration(world: World) -> None:
    @fuzz_settings(world.db.is_sqlite, 400, 100)
    @given(st.data())
    def run(d: st.DataObject) -> None:
        a = world.system
        _attempt(
            world,
            lambda: offices.create_office(
                world.db,
                a,
                code=d.draw(texts(f"T-{_unique()[:8]}")),
                name=d.draw(texts("Oficina de prueba")),
                level=d.draw(st.sampled_from(OfficeLevel)),
                profile_code=d.draw(st.sampled_from(["NI", "CO"]) | hostile_text),
                parent_code=d.draw(st.sampled_from(["MN", "NAC"]) | hostile_text),
                address=d.draw(hostile_text),
                phone=d.draw(texts("2222-0000")),
                subdivision=d.draw(st.none() | st.sampled_from(["MN", "XX"]) | hostile_text),
                timezone=d.draw(st.none() | st.sampled_from(["America/Managua"]) | hostile_text),
                country=d.draw(st.none() | st.sampled_from(["NI", "ZZ"]) | hostile_text),
            ),
        )
        _attempt(
            world,
            lambda: offices.add_room(
                world.db,
                a,
                world.office_id,
                d.draw(texts(f"Sala {_unique()}")),
                d.draw(st.integers(-(10**9), 10**9)),
            ),
        )
        _attempt(
            world,
            lambda: offices.add_closure_day(
                world.db, a, world.office_id, d.draw(st.dates()), d.draw(texts("Inventario"))
            ),
        )
        _attempt(
            world,
            lambda: people.search_people(world.db, world.officer, d.draw(hostile_text)),
        )
        _attempt(
            world,
            lambda: audit_trail.audit_events(
                world.db,
                world.supervisor,
                audit_trail.AuditFilter(
                    first_day=d.draw(st.none() | st.dates()),
                    last_day=d.draw(st.none() | st.dates()),
                    user_id=d.draw(st.none() | st.integers(-5, 10**9)),
                    action=d.draw(st.none() | hostile_text),
                    entity=d.draw(st.none() | st.sampled_from(["caso"]) | hostile_text),
                    entity_id=d.draw(st.none() | hostile_text),
                ),
            ),
        )

    run()


@pytest.mark.slow
def test_accounts(world: World) -> None:
    @fuzz_settings(world.db.is_sqlite, 120, 40)
    @given(st.data())
    def run(d: st.DataObject) -> None:
        password = d.draw(texts(f"clave-{_unique()}") | hostile_text)
        _attempt(
            world,
            lambda: users.create_user(
                world.db,
                world.system,
                login=d.draw(texts(f"u.{_unique().lower()}")),
                full_name=d.draw(texts("Persona Nueva")),
                role=d.draw(st.sampled_from(Role)),
                office_id=world.office_id,
                password=password,
                id_number=d.draw(hostile_text),
                post=d.draw(hostile_text),
                legal_capacity=d.draw(hostile_text),
                email=d.draw(hostile_text),
            ),
        )
        # A refused sign-in of an existing account records the failed attempt, on purpose.
        _attempt(
            world,
            lambda: users.sign_in(
                world.db, d.draw(texts("nadie") | hostile_text), d.draw(hostile_text)
            ),
        )
        _attempt(
            world,
            lambda: accounts.reset_password(
                world.db, world.admin, world.clerk.user_id or 0, d.draw(hostile_text)
            ),
        )

    run()


def _strings(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Where the texts are inside a JSON-like value."""
    if isinstance(value, str):
        return [path]
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in _strings(v, (*path, k))]
    if isinstance(value, list):
        return [p for i, v in enumerate(value) for p in _strings(v, (*path, i))]
    return []


def _poisoned(value: Any, path: tuple[Any, ...], text: str) -> Any:
    if not path:
        return text
    head, *rest = path
    copy = list(value) if isinstance(value, list) else dict(value)
    copy[head] = _poisoned(value[head], tuple(rest), text)
    return copy


@pytest.mark.slow
def test_agreements(world: World) -> None:
    from conciliador.services.agreements import agreement_context, update_agreement
    from conciliador.services.agreements.service import parse_terms
    from conciliador.services.agreements.terms import AgreementTerms
    from tests.support.agreements import support

    case = world.case()
    officer = world.officer.user_id or 0
    booking = BookingRequest(case.id, officer, local(2026, 11, 30, 9), world.room_ids[0])
    hearing = scheduling.book_hearing(world.db, world.system, booking, now=NOW)
    hearing_flow.start_hearing(
        world.db, world.system, hearing.id, reason="Ambas partes acudieron por su cuenta."
    )
    ctx = agreement_context(world.db, world.system, hearing.id)
    stored = AgreementTerms(support=support(ctx)).stored()
    agreement_id = hearing_flow.conclude_hearing(
        world.db, world.system, hearing.id, Outcome.ACUERDO_TOTAL, terms=parse_terms(stored)
    )
    places = _strings(stored)

    @fuzz_settings(world.db.is_sqlite, 300, 80)
    @given(
        st.none() | st.sampled_from(places),
        hostile_text,
        texts("El alimentante mantiene a otros dos hijos con sentencia judicial"),
    )
    def run(place: tuple[Any, ...] | None, text: str, reason: str) -> None:
        # One hostile thing at a time: a text inside the clauses, or the written reason.
        terms = stored if place is None else _poisoned(stored, place, text)
        _attempt(
            world,
            lambda: update_agreement(
                world.db,
                world.officer,
                agreement_id,
                parse_terms(terms),
                departure_reason=reason if place is None else "",
            ),
        )

    run()
