"""Booking hearings under the office's rules, proposing free slots, rescheduling.

Rules (each clash is named in Spanish):
- never overridable: the officer, the room or either party already busy at that time; a case
  that already has a pending hearing; a time in the past; a remote mode the profile does not allow;
- overridable by a supervisor with a written reason (audited): outside office hours, a public
  holiday, a closure day, less than the minimum notice, a positive safeguarding screen.

Two desks booking the same slot at the same moment: the unit of work locks the officer, room and
party rows first (SQLite: the write unit already holds the write lock), then checks, then
inserts; the second desk sees the first one's hearing and is refused.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from zoneinfo import ZoneInfo

from sqlalchemy import Integer, Select, and_, bindparam, or_, select
from sqlalchemy.orm import Session, aliased

from conciliador.criteria import Profile
from conciliador.db import Database
from conciliador.documents.formatting import clock_time, short_date, weekday_date
from conciliador.domain.actas import ActaStatus
from conciliador.domain.agreement_terms import Party
from conciliador.domain.audit_actions import AuditAction
from conciliador.domain.citations import next_citation_allowed
from conciliador.domain.enums import (
    CaseStatus,
    HearingMode,
    HearingStatus,
    Outcome,
    OverrideKind,
    Role,
)
from conciliador.domain.followup import HearingPurpose
from conciliador.domain.hearing_states import OCCUPYING, PENDING, can_move, can_reschedule
from conciliador.domain.intervals import is_free, overlap_terms, overlaps, starts_within
from conciliador.models import (
    Acta,
    Case,
    Citation,
    Hearing,
    Office,
    Override,
    Person,
    Room,
    User,
)
from conciliador.models.base import UTCDateTime, session_now
from conciliador.services import audit
from conciliador.services.actor import Actor
from conciliador.services.calendar import OfficeCalendar
from conciliador.services.cases import load_case, safeguarding_blocks_hearing
from conciliador.services.errors import (
    Clash,
    FieldProblem,
    InvalidTransition,
    NotFound,
    PermissionDenied,
    SchedulingConflict,
    StaleData,
    ValidationFailed,
)
from conciliador.services.fields import Booking
from conciliador.services.offices import calendar_of, profile_of
from conciliador.services.permissions import Permission, allowed, current_actor, require
from conciliador.services.text import TEXT_MAX, clean
from conciliador.services.validation import checked_text, instant_problems, known_id

#: Outcomes whose signed acta the office follows (a follow-up hearing may be cited).
AGREED_OUTCOMES = (Outcome.ACUERDO_TOTAL, Outcome.ACUERDO_PARCIAL)
#: No hearing lasts longer than this; it bounds the index range of every overlap query.
MAX_MINUTES = 480
_LOOKBACK = dt.timedelta(minutes=MAX_MINUTES)

HEARING_FIELDS = (
    "case_id",
    "officer_id",
    "room_id",
    "mode",
    "starts_at",
    "ends_at",
    "session_number",
    "citation_round",
    "status",
    "status_reason",
    "cancel_reason",
    "absence",
    "replaces_id",
    "started_at",
    "concluded_at",
    "start_reason",
)


@dataclass(frozen=True)
class BookingRequest:
    case_id: int
    officer_id: int
    #: Aware instant, or a naive wall-clock time read in the office's time zone.
    start: dt.datetime
    room_id: int | None = None
    minutes: int | None = None
    mode: HearingMode = HearingMode.PRESENCIAL
    #: A follow-up hearing is booked on a concluded case with a signed agreement.
    purpose: HearingPurpose = HearingPurpose.CONCILIACION


@dataclass(frozen=True)
class HearingView:
    id: int
    uid: str
    case_id: int
    case_number: str
    office_id: int
    officer_id: int
    officer_name: str
    room_id: int | None
    room_name: str | None
    mode: HearingMode
    #: Local (office time zone) aware datetimes.
    starts_at: dt.datetime
    ends_at: dt.datetime
    session_number: int
    citation_round: int
    status: HearingStatus
    status_reason: str
    replaces_id: int | None
    version: int
    purpose: HearingPurpose = HearingPurpose.CONCILIACION


@dataclass(frozen=True)
class Slot:
    starts_at: dt.datetime  # local, aware
    ends_at: dt.datetime

    def label(self, locale: str) -> str:
        return (
            f"{weekday_date(self.starts_at.date(), locale)} "
            f"{clock_time(self.starts_at, locale)}–{clock_time(self.ends_at, locale)}"
        )


@dataclass
class _Plan:
    office: Office
    profile: Profile
    calendar: OfficeCalendar
    case: Case
    officer: User
    room: Room | None
    mode: HearingMode
    start: dt.datetime  # UTC
    end: dt.datetime  # UTC

    @property
    def locale(self) -> str:
        return self.profile.regional.locale

    @property
    def party_ids(self) -> list[int]:
        return sorted({self.case.claimant_id, self.case.respondent_id})


# ------------------------------------------------------------------------------ views
def hearing_view(session: Session, hearing: Hearing) -> HearingView:
    office = session.get(Office, hearing.office_id)
    assert office is not None
    zone = calendar_zone(office)
    return HearingView(
        id=hearing.id,
        uid=hearing.uid,
        case_id=hearing.case_id,
        case_number=hearing.case.number_text(office.code),
        office_id=hearing.office_id,
        officer_id=hearing.officer_id,
        officer_name=hearing.officer.full_name,
        room_id=hearing.room_id,
        room_name=hearing.room.name if hearing.room else None,
        mode=hearing.mode,
        starts_at=hearing.starts_at.astimezone(zone),
        ends_at=hearing.ends_at.astimezone(zone),
        session_number=hearing.session_number,
        citation_round=hearing.citation_round,
        status=hearing.status,
        status_reason=hearing.status_reason,
        replaces_id=hearing.replaces_id,
        version=hearing.version,
        purpose=hearing.purpose,
    )


def calendar_zone(office: Office) -> dt.tzinfo:
    return ZoneInfo(office.timezone)


# ------------------------------------------------------------------------------ planning
def _plan(session: Session, request: BookingRequest, now: dt.datetime | None = None) -> _Plan:
    far = instant_problems(request.start, Booking.START, now or session_now(session))
    if far:
        raise ValidationFailed(far)
    case = load_case(session, request.case_id)
    office = case.office
    profile = profile_of(office)
    calendar = calendar_of(session, office)
    problems: list[FieldProblem] = []
    officer = session.get(User, request.officer_id) if known_id(request.officer_id) else None
    if officer is None or not officer.active or officer.office_id != office.id:
        problems.append(FieldProblem(Booking.OFFICER, "elija una persona activa de esta oficina"))
    elif officer.role not in (Role.CONCILIADOR, Role.SUPERVISOR):
        problems.append(
            FieldProblem(Booking.OFFICER, f"{officer.full_name} no tiene el rol de conciliador/a")
        )
    room = session.get(Room, request.room_id) if known_id(request.room_id) else None
    if request.room_id is not None and (
        room is None or room.office_id != office.id or not room.active
    ):
        problems.append(FieldProblem(Booking.ROOM, "elija una sala activa de esta oficina"))
    if request.mode not in profile.scheduling.allowed_modes:
        allowed_text = ", ".join(m.label.lower() for m in profile.scheduling.allowed_modes)
        problems.append(
            FieldProblem(
                Booking.MODE, f"el perfil {profile.info.name} solo permite: {allowed_text}"
            )
        )
    if request.mode == HearingMode.PRESENCIAL and request.room_id is None:
        problems.append(FieldProblem(Booking.ROOM, "una audiencia presencial necesita una sala"))
    minutes = request.minutes or profile.scheduling.hearing_minutes
    if not 15 <= minutes <= MAX_MINUTES:
        problems.append(
            FieldProblem(Booking.MINUTES, f"debe estar entre 15 y {MAX_MINUTES} minutos")
        )
    if problems:
        raise ValidationFailed(problems)
    assert officer is not None
    start = calendar.to_utc(request.start).replace(second=0, microsecond=0)
    return _Plan(
        office,
        profile,
        calendar,
        case,
        officer,
        room,
        request.mode,
        start,
        start + dt.timedelta(minutes=minutes),
    )


def _lock_resources(session: Session, plan: _Plan) -> None:
    """Serialise bookings that share a case, an officer, a room or a party (PostgreSQL row
    locks, in the order of docs/concurrency.md): the clash check and the insert are one
    decision, so two desks never book the same officer, room or person at once."""
    if session.get_bind().dialect.name != "postgresql":
        return  # SQLite: BEGIN IMMEDIATE already serialises every write unit
    # The case first (its status changes with the booking; another desk may be editing it),
    # re-read under the lock so the update carries its current version.
    session.refresh(plan.case, with_for_update=True)
    session.execute(select(User.id).where(User.id == plan.officer.id).with_for_update())
    if plan.room is not None:
        session.execute(select(Room.id).where(Room.id == plan.room.id).with_for_update())
    session.execute(
        select(Person.id).where(Person.id.in_(plan.party_ids)).order_by(Person.id).with_for_update()
    )


def _case_ids_of(session: Session, person_ids: Iterable[int]) -> list[int]:
    ids = list(person_ids)
    return list(
        session.scalars(
            select(Case.id).where(or_(Case.claimant_id.in_(ids), Case.respondent_id.in_(ids)))
        )
    )


def _when(plan: _Plan, hearing: Hearing) -> str:
    zone = plan.calendar.zone
    start, end = hearing.starts_at.astimezone(zone), hearing.ends_at.astimezone(zone)
    return (
        f"{short_date(start.date(), plan.locale)} de {clock_time(start, plan.locale)}"
        f" a {clock_time(end, plan.locale)}"
    )


def _clash_query() -> Select[Hearing]:
    """Every hearing that could clash with a planned one, in one statement built once.

    Four branches, each a range on its own index (SQLite answers the OR with one index per
    branch): the officer's, the room's and the parties' other cases' occupying hearings that
    overlap the planned time, and the case's pending hearing. One round trip instead of five
    keeps the check well under the 2 ms a booking may spend on it (bench/conflicts.py).
    """
    start = bindparam("start", type_=UTCDateTime)
    end = bindparam("end", type_=UTCDateTime)
    excluded = Hearing.id.not_in(bindparam("exclude", type_=Integer, expanding=True))
    starts_before_end, ends_after_start = overlap_terms(
        Hearing.starts_at, Hearing.ends_at, start, end
    )
    overlap = (
        Hearing.status.in_(OCCUPYING),
        starts_before_end,
        Hearing.starts_at > bindparam("lookback", type_=UTCDateTime),
        ends_after_start,
        excluded,
    )
    parties = bindparam("parties", type_=Integer, expanding=True)
    party_cases = select(Case.id).where(
        or_(Case.claimant_id.in_(parties), Case.respondent_id.in_(parties))
    )
    return (
        select(Hearing)
        .where(
            or_(
                and_(Hearing.officer_id == bindparam("officer"), *overlap),
                and_(Hearing.room_id == bindparam("room"), *overlap),
                and_(
                    Hearing.case_id.in_(party_cases),
                    Hearing.case_id != bindparam("case"),
                    *overlap,
                ),
                and_(Hearing.case_id == bindparam("case"), Hearing.status.in_(PENDING), excluded),
            )
        )
        .order_by(Hearing.starts_at, Hearing.id)
    )


_CLASH_QUERY = _clash_query()


def find_clashes(
    session: Session,
    plan: _Plan,
    *,
    now: dt.datetime,
    exclude: Sequence[int] = (),
    policy: bool = True,
) -> list[Clash]:
    """Every rule the planned hearing breaks. ``policy=False`` checks only double bookings."""
    clashes: list[Clash] = []
    loc = plan.locale
    number = plan.case.number_text(plan.office.code)
    parties = plan.party_ids
    candidates = session.scalars(
        _CLASH_QUERY,
        {
            "start": plan.start,
            "end": plan.end,
            "lookback": plan.start - _LOOKBACK,
            "exclude": list(exclude),
            "officer": plan.officer.id,
            "room": plan.room.id if plan.room is not None else None,
            "parties": parties,
            "case": plan.case.id,
        },
    ).all()
    occupying = [
        h
        for h in candidates
        if h.status in OCCUPYING and overlaps(h.starts_at, h.ends_at, plan.start, plan.end)
    ]

    busy = next((h for h in occupying if h.officer_id == plan.officer.id), None)
    if busy is not None:
        clashes.append(
            Clash(
                "conciliador",
                (
                    f"{plan.officer.full_name} ya tiene la audiencia del caso "
                    f"{busy.case.number_text(plan.office.code)} el {_when(plan, busy)}"
                ),
                False,
            )
        )
    if plan.room is not None:
        busy = next((h for h in occupying if h.room_id == plan.room.id), None)
        if busy is not None:
            clashes.append(
                Clash(
                    "sala",
                    (
                        f"la sala «{plan.room.name}» está ocupada por el caso "
                        f"{busy.case.number_text(plan.office.code)} el {_when(plan, busy)}"
                    ),
                    False,
                )
            )
    busy = next(
        (
            h
            for h in occupying
            if h.case_id != plan.case.id
            and {h.case.claimant_id, h.case.respondent_id} & set(parties)
        ),
        None,
    )
    if busy is not None:
        other_case = busy.case
        for person in (plan.case.claimant, plan.case.respondent):
            if person.id in (other_case.claimant_id, other_case.respondent_id):
                office = session.get(Office, busy.office_id)
                code = office.code if office else plan.office.code
                clashes.append(
                    Clash(
                        "parte",
                        (
                            f"{person.full_name} ya está citada/o a la audiencia del caso "
                            f"{other_case.number_text(code)} el {_when(plan, busy)}"
                        ),
                        False,
                    )
                )
    pending = next(
        (h for h in candidates if h.case_id == plan.case.id and h.status in PENDING), None
    )
    if pending is not None:
        clashes.append(
            Clash(
                "pendiente",
                (
                    f"el caso {number} ya tiene una audiencia pendiente el {_when(plan, pending)};"
                    " reprográmela en lugar de programar otra"
                ),
                False,
            )
        )
    if plan.start < now:
        clashes.append(Clash("pasado", "la fecha y hora ya pasaron", False))
    if not policy:
        return clashes

    cal = plan.calendar
    local_start, local_end = cal.local(plan.start), cal.local(plan.end)
    day = local_start.date()
    holiday = cal.holiday(day)
    if holiday:
        clashes.append(
            Clash(OverrideKind.FERIADO, f"el {short_date(day, loc)} es feriado: {holiday}", True)
        )
    closure = cal.closure(day)
    if closure:
        clashes.append(
            Clash(
                OverrideKind.CIERRE_OFICINA,
                f"la oficina está cerrada el {short_date(day, loc)}: {closure}",
                True,
            )
        )
    if not holiday and not closure and not cal.within_hours(local_start, local_end):
        clashes.append(
            Clash(
                OverrideKind.FUERA_DE_HORARIO,
                (
                    f"de {clock_time(local_start, loc)} a {clock_time(local_end, loc)} queda "
                    f"fuera del horario de atención ({cal.hours_text()})"
                ),
                True,
            )
        )
    today = cal.local(now).date()
    earliest = cal.add_notice_days(today, plan.profile.scheduling.min_notice_days)
    if day < earliest and plan.start >= now:
        kind = "hábiles" if plan.profile.scheduling.notice_day_kind == "habiles" else "naturales"
        clashes.append(
            Clash(
                OverrideKind.AVISO_MINIMO,
                (
                    f"se requieren al menos {plan.profile.scheduling.min_notice_days} días {kind}"
                    f" de aviso: la primera fecha posible es el {short_date(earliest, loc)}"
                ),
                True,
            )
        )
    if (
        safeguarding_blocks_hearing(plan.profile, plan.case)
        or plan.case.status == CaseStatus.DERIVADA
    ):
        clashes.append(
            Clash(
                OverrideKind.SALVAGUARDA,
                (
                    "el tamizaje de salvaguarda indica violencia: no se programa una audiencia"
                    " conjunta sin la autorización de un supervisor"
                ),
                True,
            )
        )
    return clashes


def _authorise(
    session: Session, actor: Actor, plan: _Plan, clashes: list[Clash], override_reason: str
) -> list[OverrideKind]:
    """Refuse unless every clash may be and is set aside by a supervisor with a reason."""
    if not clashes:
        return []
    reason = clean(override_reason)
    if reason:
        reason = checked_text(reason, Booking.OVERRIDE_REASON, limit=TEXT_MAX)
    if not reason or not all(c.overridable for c in clashes):
        raise SchedulingConflict(clashes)
    if not allowed(current_actor(session, actor), Permission.OVERRIDE_RULE):
        raise PermissionDenied(
            "Solo un supervisor puede autorizar una excepción a las reglas de la agenda."
        )
    actor = require(session, actor, Permission.OVERRIDE_RULE, plan.office.id)
    if len(reason) < 10:
        raise ValidationFailed(
            FieldProblem(Booking.OVERRIDE_REASON, "explique el motivo en al menos 10 caracteres")
        )
    return [OverrideKind(c.rule) for c in clashes]


def _record_overrides(
    session: Session,
    actor: Actor,
    plan: _Plan,
    kinds: list[OverrideKind],
    reason: str,
    hearing: Hearing,
) -> None:
    for kind in kinds:
        session.add(
            Override(
                office_id=plan.office.id,
                user_id=actor.user_id,
                actor=actor.label,
                kind=kind,
                reason=clean(reason),
                case_id=plan.case.id,
                hearing_id=hearing.id,
            )
        )
        audit.record(
            session,
            actor,
            AuditAction.EXCEPCION,
            "audiencia",
            hearing.id,
            after={"regla": kind},
            reason=clean(reason),
            office_id=plan.office.id,
        )


def _follow_up_of(session: Session, case_id: int) -> Hearing | None:
    """The case's last suspended or no-show hearing that nothing continues yet."""
    follower = aliased(Hearing)
    return session.scalar(
        select(Hearing)
        .where(
            Hearing.case_id == case_id,
            Hearing.status.in_((HearingStatus.SUSPENDIDA, HearingStatus.INASISTENCIA)),
            ~select(follower.id).where(follower.replaces_id == Hearing.id).exists(),
        )
        .order_by(Hearing.starts_at.desc())
        .limit(1)
    )


def _check_purpose(session: Session, plan: _Plan, purpose: HearingPurpose) -> None:
    """A conciliation hearing belongs to an open case; a follow-up hearing to a concluded case
    whose agreement was signed (it follows what the family agreed, and never reopens the
    procedure)."""
    number = plan.case.number_text(plan.office.code)
    if purpose == HearingPurpose.SEGUIMIENTO:
        signed = session.scalar(
            select(Acta.id)
            .where(
                Acta.case_id == plan.case.id,
                Acta.status == ActaStatus.FIRMADA,
                Acta.outcome.in_(AGREED_OUTCOMES),
            )
            .limit(1)
        )
        if plan.case.status != CaseStatus.CONCLUIDA or signed is None:
            raise InvalidTransition(
                f"El caso {number} no tiene un acuerdo firmado que seguir: la audiencia de "
                "seguimiento se cita después de la firma de un acta de acuerdo."
            )
        return
    if plan.case.status in (CaseStatus.CONCLUIDA, CaseStatus.ANULADA):
        hint = (
            " Para seguir su acuerdo firmado, cite a una audiencia de seguimiento."
            if plan.case.status == CaseStatus.CONCLUIDA
            else ""
        )
        raise InvalidTransition(
            f"El caso {number} está {plan.case.status.label.lower()}: no se programan más "
            f"audiencias de conciliación.{hint}"
        )


def _insert_hearing(
    session: Session,
    actor: Actor,
    plan: _Plan,
    *,
    session_number: int,
    citation_round: int,
    replaces: Hearing | None,
    purpose: HearingPurpose = HearingPurpose.CONCILIACION,
) -> Hearing:
    hearing = Hearing(
        case_id=plan.case.id,
        office_id=plan.office.id,
        officer_id=plan.officer.id,
        room_id=plan.room.id if plan.room else None,
        mode=plan.mode,
        starts_at=plan.start,
        ends_at=plan.end,
        session_number=session_number,
        citation_round=citation_round,
        status=HearingStatus.PROGRAMADA,
        replaces_id=replaces.id if replaces else None,
        purpose=purpose,
        created_by_id=actor.user_id,
    )
    session.add(hearing)
    session.flush()
    for person_id, party in (
        (plan.case.claimant_id, Party.SOLICITANTE),
        (plan.case.respondent_id, Party.CITADO),
    ):
        session.add(
            Citation(hearing_id=hearing.id, person_id=person_id, party=party, number=citation_round)
        )
    if plan.case.status == CaseStatus.SOLICITADA:
        plan.case.status = CaseStatus.EN_TRAMITE
    session.flush()
    after = audit.snapshot(hearing, HEARING_FIELDS)
    if purpose != HearingPurpose.CONCILIACION:
        after["purpose"] = purpose.value
    audit.record(
        session,
        actor,
        AuditAction.PROGRAMAR,
        "audiencia",
        hearing.id,
        after=after,
        office_id=plan.office.id,
    )
    return hearing


# ------------------------------------------------------------------------------ use cases
def check_booking(
    db: Database, actor: Actor, request: BookingRequest, *, now: dt.datetime | None = None
) -> list[Clash]:
    """The clashes a booking would meet, without booking it (for the booking screen)."""
    with db.read() as session:
        plan = _plan(session, request, now)
        actor = require(session, actor, Permission.SCHEDULE_HEARING, plan.office.id)
        _check_purpose(session, plan, request.purpose)
        return find_clashes(session, plan, now=now or db.now())


def book_hearing(
    db: Database,
    actor: Actor,
    request: BookingRequest,
    *,
    override_reason: str = "",
    now: dt.datetime | None = None,
) -> HearingView:
    """Book a hearing and issue one citation per party; refuse with the clashes named."""
    now = now or db.now()
    with db.write() as session:
        plan = _plan(session, request, now)
        actor = require(session, actor, Permission.SCHEDULE_HEARING, plan.office.id)
        _check_purpose(session, plan, request.purpose)
        _lock_resources(session, plan)
        clashes = find_clashes(session, plan, now=now)
        kinds = _authorise(session, actor, plan, clashes, override_reason)
        # A follow-up hearing starts its own series (the procedure's sessions are closed).
        previous = (
            _follow_up_of(session, plan.case.id)
            if request.purpose == HearingPurpose.CONCILIACION
            else None
        )
        session_number, citation_round = 1, 1
        if previous is not None:
            session_number, citation_round = previous.session_number, previous.citation_round
            if previous.status == HearingStatus.SUSPENDIDA:
                session_number += 1
            else:
                citation_round += 1
                if not next_citation_allowed(
                    previous.citation_round, plan.profile.scheduling.citations_before_closure
                ):
                    raise InvalidTransition(
                        "Ya se agotaron las citaciones que permite el perfil; "
                        "cierre el caso por inasistencia."
                    )
        hearing = _insert_hearing(
            session,
            actor,
            plan,
            session_number=session_number,
            citation_round=citation_round,
            replaces=previous,
            purpose=request.purpose,
        )
        _record_overrides(session, actor, plan, kinds, override_reason, hearing)
        return hearing_view(session, hearing)


def reschedule_hearing(
    db: Database,
    actor: Actor,
    hearing_id: int,
    new_start: dt.datetime,
    *,
    reason: str,
    officer_id: int | None = None,
    room_id: int | None = None,
    mode: HearingMode | None = None,
    minutes: int | None = None,
    override_reason: str = "",
    expected_version: int | None = None,
    now: dt.datetime | None = None,
) -> HearingView:
    """Move a pending hearing to ``new_start``, keeping its officer, room, mode and length
    unless told otherwise (see :func:`reschedule`)."""

    def moved(old: Hearing) -> BookingRequest:
        kept_mode = mode or old.mode
        return BookingRequest(
            case_id=old.case_id,
            officer_id=officer_id or old.officer_id,
            start=new_start,
            room_id=room_id
            if room_id is not None
            else (old.room_id if kept_mode == HearingMode.PRESENCIAL else None),
            minutes=minutes or int((old.ends_at - old.starts_at).total_seconds() // 60),
            mode=kept_mode,
            purpose=old.purpose,
        )

    return _reschedule(db, actor, hearing_id, moved, reason, override_reason, expected_version, now)


def reschedule(
    db: Database,
    actor: Actor,
    hearing_id: int,
    request: BookingRequest,
    *,
    reason: str,
    override_reason: str = "",
    expected_version: int | None = None,
    now: dt.datetime | None = None,
) -> HearingView:
    """Move a pending hearing to the slot ``request`` describes: the old one becomes
    «reprogramada» and links to nothing new; the new one links back to it (``replaces_id``)
    and gets fresh citations."""
    return _reschedule(
        db,
        actor,
        hearing_id,
        lambda old: replace(request, case_id=old.case_id, purpose=old.purpose),
        reason,
        override_reason,
        expected_version,
        now,
    )


def _reschedule(
    db: Database,
    actor: Actor,
    hearing_id: int,
    request_for: Callable[[Hearing], BookingRequest],
    reason: str,
    override_reason: str,
    expected_version: int | None,
    now: dt.datetime | None,
) -> HearingView:
    now = now or db.now()
    reason = clean(reason) if isinstance(reason, str) else reason
    if not reason:
        raise ValidationFailed(
            FieldProblem(Booking.RESCHEDULE_REASON, "indique por qué se reprograma")
        )
    reason = checked_text(reason, Booking.RESCHEDULE_REASON, limit=TEXT_MAX)
    with db.write() as session:
        old = get_hearing(session, hearing_id)
        actor = require(session, actor, Permission.SCHEDULE_HEARING, old.office_id)
        check_version(old, expected_version)
        require_reschedulable(old)
        plan = _plan(session, request_for(old), now)
        _lock_resources(session, plan)
        clashes = find_clashes(session, plan, now=now, exclude=[old.id])
        kinds = _authorise(session, actor, plan, clashes, override_reason)
        move_hearing(
            session,
            actor,
            old,
            HearingStatus.REPROGRAMADA,
            action=AuditAction.REPROGRAMAR,
            reason=reason,
        )
        new = _insert_hearing(
            session,
            actor,
            plan,
            session_number=old.session_number,
            citation_round=old.citation_round,
            replaces=old,
            purpose=old.purpose,
        )
        _record_overrides(session, actor, plan, kinds, override_reason, new)
        return hearing_view(session, new)


def propose_slots(
    db: Database,
    actor: Actor,
    *,
    case_id: int,
    officer_id: int,
    room_id: int | None,
    mode: HearingMode = HearingMode.PRESENCIAL,
    minutes: int | None = None,
    count: int = 5,
    after: dt.datetime | None = None,
    horizon_days: int = 90,
    now: dt.datetime | None = None,
) -> list[Slot]:
    """The next ``count`` free slots that fit the officer, the room and both parties."""
    now = now or db.now()
    with db.read() as session:
        case = load_case(session, case_id)
        actor = require(session, actor, Permission.SCHEDULE_HEARING, case.office_id)
        probe = BookingRequest(
            case_id=case_id,
            officer_id=officer_id,
            start=now,
            room_id=room_id,
            minutes=minutes,
            mode=mode,
        )
        plan = _plan(session, probe, now)
        cal = plan.calendar
        length = plan.end - plan.start
        today = cal.local(now).date()
        first_day = cal.add_notice_days(today, plan.profile.scheduling.min_notice_days)
        if after is not None:
            first_day = max(first_day, cal.local(cal.to_utc(after)).date())
        window_start, _ = cal.day_bounds(first_day)
        window_end, _ = cal.day_bounds(first_day + dt.timedelta(days=horizon_days))
        busy = _busy_intervals(session, plan, window_start - _LOOKBACK, window_end)
        step = dt.timedelta(minutes=plan.profile.scheduling.slot_step_minutes)
        floor = max(now, cal.to_utc(after) if after else now)
        slots: list[Slot] = []
        for offset in range(horizon_days):
            day = first_day + dt.timedelta(days=offset)
            if not cal.is_working_day(day):
                continue
            for block_start, block_end in cal.blocks(day):
                for start in starts_within(
                    dt.datetime.combine(day, block_start, tzinfo=cal.zone),
                    dt.datetime.combine(day, block_end, tzinfo=cal.zone),
                    length,
                    step,
                ):
                    s_utc = start.astimezone(dt.UTC)
                    if s_utc >= floor and is_free(s_utc, s_utc + length, busy):
                        slots.append(Slot(start, start + length))
                        if len(slots) >= count:
                            return slots
        return slots


def _busy_intervals(
    session: Session, plan: _Plan, start: dt.datetime, end: dt.datetime
) -> list[tuple[dt.datetime, dt.datetime]]:
    """Occupied time of the officer, the room and both parties in a window (three queries)."""
    window = (Hearing.status.in_(OCCUPYING), Hearing.starts_at >= start, Hearing.starts_at < end)
    resource = [Hearing.officer_id == plan.officer.id]
    if plan.room is not None:
        resource.append(Hearing.room_id == plan.room.id)
    case_ids = _case_ids_of(session, plan.party_ids)
    if case_ids:
        resource.append(Hearing.case_id.in_(case_ids))
    rows: set[tuple[dt.datetime, dt.datetime]] = set()
    for condition in resource:
        rows.update(
            (s, e)
            for s, e in session.execute(
                select(Hearing.starts_at, Hearing.ends_at).where(condition, *window)
            )
        )
    return sorted(rows)


# ------------------------------------------------------------------------------ helpers
def get_hearing(session: Session, hearing_id: int) -> Hearing:
    """The hearing, its row locked until the unit of work ends (PostgreSQL: FOR UPDATE), so a
    change decided on what was read cannot be overtaken by another desk's change."""
    hearing = (
        session.get(Hearing, hearing_id, with_for_update=True, populate_existing=True)
        if known_id(hearing_id)
        else None
    )
    if hearing is None:
        raise NotFound(f"No existe la audiencia n.º {hearing_id}.")
    return hearing


def check_version(hearing: Hearing, expected: int | None) -> None:
    """Refuse a change made from a stale screen (someone else changed the hearing meanwhile)."""
    if expected is not None and hearing.version != expected:
        raise StaleData("esta audiencia")


def require_reschedulable(hearing: Hearing) -> None:
    """Only a hearing the status machine lets become «reprogramada» (a pending one) moves."""
    if not can_reschedule(hearing.status):
        raise InvalidTransition(
            f"Una audiencia {hearing.status.label.lower()} no se puede reprogramar."
        )


def move_hearing(
    session: Session,
    actor: Actor,
    hearing: Hearing,
    target: HearingStatus,
    *,
    action: AuditAction,
    reason: str = "",
    expected_version: int | None = None,
    audit_reason: str = "",
) -> None:
    """The one door through which a hearing changes status: the status machine
    (``domain/hearing_states``) decides, the change is audited."""
    check_version(hearing, expected_version)
    if not can_move(hearing.status, target):
        raise InvalidTransition(
            f"Una audiencia {hearing.status.label.lower()} no puede pasar a "
            f"«{target.label.lower()}»."
        )
    before = audit.snapshot(hearing, HEARING_FIELDS)
    hearing.status = target
    if reason:
        hearing.status_reason = reason
    session.flush()
    audit.record(
        session,
        actor,
        action,
        "audiencia",
        hearing.id,
        before=before,
        after=audit.snapshot(hearing, HEARING_FIELDS),
        reason=reason or audit_reason,
        office_id=hearing.office_id,
    )


def check_reschedule(
    db: Database,
    actor: Actor,
    hearing_id: int,
    request: BookingRequest,
    *,
    now: dt.datetime | None = None,
) -> list[Clash]:
    """The clashes moving a pending hearing to ``request`` would meet (its own slot and its
    being the case's pending hearing do not count), without moving it."""
    with db.read() as session:
        old = get_hearing(session, hearing_id)
        actor = require(session, actor, Permission.SCHEDULE_HEARING, old.office_id)
        require_reschedulable(old)
        plan = _plan(session, replace(request, case_id=old.case_id))
        return find_clashes(session, plan, now=now or db.now(), exclude=[old.id])
