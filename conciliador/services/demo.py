"""Realistic demonstration data: offices, people, cases and hearings in every status.

Outcomes follow the proportions of Colombia's national conciliation registry quoted in
PRODUCT.md (about a third total agreement, 3 % partial, a quarter no-show, a quarter no
agreement); about half of the requesters are women. Same seed and same day, same data.

Rows are generated per office and written with bulk inserts (one unit of work), so the same
generator fills the demo database and the benchmarks' million-hearing database. Hearings are
placed on a per-officer slot grid inside office hours on working days, so the data obeys the
scheduling rules it will be checked against.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import JSON, Boolean, Date, Enum, Table, func, insert, select
from sqlalchemy.orm import Session

from conciliador.criteria import Profile, load_profile
from conciliador.criteria.files import resources_dir
from conciliador.db import Database
from conciliador.domain.enums import (
    Absence,
    CancelReason,
    CaseStatus,
    CitationMethod,
    HearingMode,
    HearingStatus,
    IdType,
    Matter,
    OfficeLevel,
    Outcome,
    OverrideKind,
    Role,
    Sex,
)
from conciliador.models import (
    Agreement,
    Case,
    Child,
    Citation,
    Counter,
    Hearing,
    Office,
    Override,
    Person,
    Referral,
    Room,
    User,
    case_children,
)
from conciliador.models.base import Money, UTCDateTime, time_ordered_uid
from conciliador.services import audit
from conciliador.services.actor import Actor
from conciliador.services.agreements.demo_terms import demo_terms
from conciliador.services.calendar import OfficeCalendar, calendar_for
from conciliador.services.errors import FieldProblem, ServiceError, ValidationFailed
from conciliador.services.permissions import Permission, require
from conciliador.services.text import search_key
from conciliador.services.users import hash_password, password_problems

#: Outcome shares (PRODUCT.md, "Figures that ground the reporting").
OUTCOME_WEIGHTS: dict[Outcome, float] = {
    Outcome.ACUERDO_TOTAL: 0.33,
    Outcome.ACUERDO_PARCIAL: 0.03,
    Outcome.INASISTENCIA_CITADO: 0.25,
    Outcome.FALTA_DE_ACUERDO: 0.25,
    Outcome.INASISTENCIA_SOLICITANTE: 0.04,
    Outcome.INASISTENCIA_AMBAS: 0.02,
    Outcome.CONCLUSION_MOTIVADA: 0.02,
    Outcome.DOMICILIO_DESCONOCIDO: 0.02,
    Outcome.NO_CONCILIABLE: 0.02,
    Outcome.DESISTIMIENTO: 0.02,
}
FLAGGED_SHARE = 0.04
CLAIMANT_WOMEN_SHARE = 0.52
_BATCH = 5_000


@dataclass(frozen=True)
class DemoSpec:
    cases: int = 400
    seed: int = 1
    password: str = ""
    #: The office-local day the data is generated around (default: today in Managua).
    today: dt.date | None = None
    #: How many calendar months the requests span, ending with the current one.
    months: int = 2
    #: How many offices (national, departmental, municipal); default 16.
    offices: int = 16
    profile_code: str = "NI"


@dataclass
class DemoSummary:
    offices: int = 0
    users: int = 0
    persons: int = 0
    cases: int = 0
    hearings: int = 0
    citations: int = 0
    outcomes: dict[Outcome, int] = field(default_factory=dict)
    statuses: dict[HearingStatus, int] = field(default_factory=dict)
    logins: list[tuple[str, str, str]] = field(default_factory=list)


@dataclass
class _OfficePlan:
    id: int
    code: str
    name: str
    level: OfficeLevel
    parent_id: int | None
    subdivision: str
    officers: list[tuple[int, int]] = field(default_factory=list)  # (user id, room id)
    busy: dict[tuple[int, dt.date], set[int]] = field(default_factory=dict)


class _Ids:
    """Explicit primary keys, so rows can point at each other before they are written."""

    def __init__(self) -> None:
        self._next: dict[str, int] = {}

    def __call__(self, table: str) -> int:
        value = self._next.get(table, 0) + 1
        self._next[table] = value
        return value


class _Writer:
    """Buffers rows per table and writes them in batches, parents before children.

    On SQLite the rows go straight to the driver's ``executemany`` as tuples, converted the
    way the column types store them (SQLAlchemy's per-row parameter processing is most of
    the cost at a million rows); other engines go through SQLAlchemy Core.
    """

    ORDER = (
        "offices",
        "rooms",
        "users",
        "persons",
        "children",
        "cases",
        "case_children",
        "hearings",
        "citations",
        "referrals",
        "agreements",
        "overrides",
    )

    def __init__(self, session: Session) -> None:
        self.connection = session.connection()
        self.raw = self.connection.dialect.name == "sqlite"
        self.rows: dict[str, list[dict[str, Any]]] = {t: [] for t in self.ORDER}
        models: dict[str, Any] = {
            "offices": Office,
            "rooms": Room,
            "users": User,
            "persons": Person,
            "children": Child,
            "cases": Case,
            "hearings": Hearing,
            "citations": Citation,
            "referrals": Referral,
            "agreements": Agreement,
            "overrides": Override,
        }
        self.tables: dict[str, Table] = {name: m.__table__ for name, m in models.items()}
        self.tables["case_children"] = case_children

    def add(self, table: str, row: dict[str, Any]) -> None:
        self.rows[table].append(row)

    def flush(self) -> None:
        for name in self.ORDER:
            rows = self.rows[name]
            if not rows:
                continue
            table = self.tables[name]
            for start in range(0, len(rows), _BATCH):
                chunk = rows[start : start + _BATCH]
                if self.raw:
                    self._raw_insert(table, chunk)
                else:
                    self.connection.execute(insert(table), chunk)
            rows.clear()

    def _raw_insert(self, table: Table, rows: list[dict[str, Any]]) -> None:
        columns = list(rows[0])
        convert = [
            (i, conv)
            for i, c in enumerate(columns)
            if (conv := _sqlite_converter(table.c[c].type)) is not None
        ]
        sql = (
            f"INSERT INTO {table.name} ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' * len(columns))})"
        )
        data = []
        for row in rows:
            values = [row[c] for c in columns]
            for i, conv in convert:
                if values[i] is not None:
                    values[i] = conv(values[i])
            data.append(tuple(values))
        self.connection.exec_driver_sql(sql, data)


def _sqlite_instant(value: dt.datetime) -> str:
    text = value.astimezone(dt.UTC).replace(tzinfo=None).isoformat(" ")
    return text if len(text) > 19 else text + ".000000"


def _sqlite_converter(kind: Any) -> Callable[[Any], Any] | None:
    """How a column type stores a (non-null) Python value in SQLite, as SQLAlchemy would;
    None where the driver takes the value as it is."""
    if isinstance(kind, UTCDateTime):
        return _sqlite_instant
    if isinstance(kind, Money):
        return lambda v: int((v * 100).to_integral_value())
    if isinstance(kind, Boolean):
        return int
    if isinstance(kind, Date):
        return dt.date.isoformat
    if isinstance(kind, JSON):
        return json.dumps
    if isinstance(kind, Enum):
        return lambda v: v.value if hasattr(v, "value") else str(v)
    return None


def _load_names() -> dict[str, Any]:
    with (resources_dir() / "demo" / "ni.toml").open("rb") as fh:
        return tomllib.load(fh)


def _pick_weighted(rng: random.Random, weights: dict[Any, float]) -> Any:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _month_start(day: dt.date, back: int) -> dt.date:
    month_index = day.year * 12 + day.month - 1 - back
    return dt.date(month_index // 12, month_index % 12 + 1, 1)


class _Generator:
    def __init__(self, spec: DemoSpec, writer: _Writer):
        self.spec = spec
        self.rng = random.Random(spec.seed)
        self.w = writer
        self.ids = _Ids()
        self.names = _load_names()
        self.profile: Profile = load_profile(spec.profile_code)
        self.zone = ZoneInfo(self.profile.regional.timezone)
        self.today = spec.today or dt.datetime.now(self.zone).date()
        self.now = dt.datetime.combine(self.today, dt.time(10, 30), tzinfo=self.zone)
        if spec.today is None:
            self.now = dt.datetime.now(self.zone)
        self.window_start = _month_start(self.today, spec.months - 1)
        self.summary = DemoSummary()
        self.password_hash = hash_password(spec.password)
        self.calendars: dict[str, OfficeCalendar] = {}
        self._working: dict[tuple[str | None, dt.date], bool] = {}
        self._notice: dict[tuple[str | None, dt.date, int], dt.date] = {}
        self._keys: dict[tuple[str, str], str] = {}
        self._slots: dict[tuple[str | None, int], list[dt.time]] = {}
        self.uid_serial = 0
        self.uid_epoch = int(self.midnight(self.window_start).timestamp() * 1000)
        self.serial = 0
        self.slot_minutes = self.profile.scheduling.hearing_minutes
        self.modes = [
            m
            for m in (HearingMode.IN_PERSON, HearingMode.VIDEO, HearingMode.PHONE)
            if m in self.profile.scheduling.allowed_modes
        ]

    def uid(self) -> str:
        """Deterministic for a seed, and time-ordered like the application's own uids."""
        self.uid_serial += 1
        return time_ordered_uid(
            self.uid_epoch + self.uid_serial // 1000,
            self.uid_serial << 20 | self.rng.getrandbits(20),
        )

    def working(self, cal: OfficeCalendar, day: dt.date) -> bool:
        key = (cal.subdivision, day)
        known = self._working.get(key)
        if known is None:
            known = self._working[key] = cal.is_working_day(day)
        return known

    def after_notice(self, cal: OfficeCalendar, day: dt.date, count: int) -> dt.date:
        key = (cal.subdivision, day, count)
        known = self._notice.get(key)
        if known is None and self.profile.scheduling.notice_day_kind == "calendario":
            known = self._notice[key] = day + dt.timedelta(days=count)
        if known is None:
            current, remaining = day, count
            while remaining > 0:
                current += dt.timedelta(days=1)
                if self.working(cal, current):
                    remaining -= 1
            known = self._notice[key] = current
        return known

    def person_key(self, first: str, last: str) -> str:
        key = (first, last)
        known = self._keys.get(key)
        if known is None:
            known = self._keys[key] = search_key(first, last)
        return known

    # ----------------------------------------------------------------- offices and people
    def calendar(self, subdivision: str) -> OfficeCalendar:
        if subdivision not in self.calendars:
            self.calendars[subdivision] = calendar_for(
                self.profile,
                timezone=self.profile.regional.timezone,
                country=self.profile.regional.holidays_country,
                subdivision=subdivision,
            )
        return self.calendars[subdivision]

    def office_plans(self) -> list[_OfficePlan]:
        departments = self.names["departamentos"]
        total = max(3, self.spec.offices)
        national = _OfficePlan(
            self.ids("offices"),
            "NAC",
            "Sede Central — Dirección Nacional",
            OfficeLevel.NATIONAL,
            None,
            "MN",
        )
        plans = [national]
        municipal_total = total - 1
        n_depts = min(len(departments), max(1, round(municipal_total / 6)))
        while (
            n_depts < len(departments)
            and n_depts + sum(len(d["municipios"]) for d in departments[:n_depts]) < municipal_total
        ):
            n_depts += 1
        per_dept = [0] * n_depts
        remaining = municipal_total - n_depts
        while remaining > 0:
            placed = False
            for i in range(n_depts):
                if remaining and per_dept[i] < len(departments[i]["municipios"]):
                    per_dept[i] += 1
                    remaining -= 1
                    placed = True
            if not placed:
                break
        for dept, extra in zip(departments[:n_depts], per_dept, strict=True):
            dept_plan = _OfficePlan(
                self.ids("offices"),
                dept["codigo"],
                f"Delegación Departamental de {dept['nombre']}",
                OfficeLevel.DEPARTMENTAL,
                national.id,
                dept["codigo"],
            )
            plans.append(dept_plan)
            for index, town in enumerate(dept["municipios"][:extra], start=1):
                name = (
                    f"Delegación del {town} de {dept['nombre']}"
                    if town.startswith("Distrito")
                    else f"Delegación Municipal de {town}"
                )
                plans.append(
                    _OfficePlan(
                        self.ids("offices"),
                        f"{dept['codigo']}-{index:02d}",
                        name,
                        OfficeLevel.MUNICIPAL,
                        dept_plan.id,
                        dept["codigo"],
                    )
                )
        return plans

    def write_office(self, plan: _OfficePlan) -> None:
        self.w.add(
            "offices",
            {
                "id": plan.id,
                "uid": self.uid(),
                "code": plan.code,
                "name": plan.name,
                "level": plan.level,
                "parent_id": plan.parent_id,
                "address": f"{self.rng.choice(self.names['barrios'])}, frente al parque central",
                "phone": f"2{self.rng.randint(200, 799)}-{self.rng.randint(1000, 9999)}",
                "country": self.profile.regional.holidays_country,
                "subdivision": plan.subdivision,
                "timezone": self.profile.regional.timezone,
                "profile_code": self.profile.code,
                "active": True,
                "created_at": self.midnight(self.window_start),
            },
        )
        self.summary.offices += 1
        if plan.level == OfficeLevel.NATIONAL:
            self.user(plan, Role.ADMIN, "admin", post="Administrador del sistema")
            self.user(
                plan,
                Role.SUPERVISOR,
                "supervisor.nacional",
                post="Directora Nacional de Conciliación",
            )
            return
        if plan.level == OfficeLevel.DEPARTMENTAL:
            self.user(
                plan,
                Role.SUPERVISOR,
                f"supervisor.{plan.code.lower()}",
                post="Delegada departamental",
            )
        officers = 3 if plan.level == OfficeLevel.DEPARTMENTAL else 2
        for n in range(1, officers + 1):
            room_id = self.ids("rooms")
            self.w.add(
                "rooms",
                {
                    "id": room_id,
                    "uid": self.uid(),
                    "office_id": plan.id,
                    "name": f"Sala {n}",
                    "capacity": 6,
                    "active": True,
                },
            )
            user_id = self.user(
                plan,
                Role.OFFICER,
                f"conciliador{n}.{plan.code.lower()}",
                post="Conciliador/a de familia",
            )
            plan.officers.append((user_id, room_id))
        self.user(plan, Role.CLERK, f"secretario.{plan.code.lower()}", post="Secretario/a")

    def user(self, plan: _OfficePlan, role: Role, login: str, *, post: str) -> int:
        user_id = self.ids("users")
        sex = Sex.FEMALE if self.rng.random() < 0.6 else Sex.MALE
        first = self.rng.choice(
            self.names["nombres_mujer" if sex == Sex.FEMALE else "nombres_hombre"]
        )
        name = f"{first} {self.rng.choice(self.names['apellidos'])}"
        self.w.add(
            "users",
            {
                "id": user_id,
                "uid": self.uid(),
                "login": login,
                "full_name": name,
                "id_number": self.cedula(dt.date(1980, 1, 1)),
                "role": role,
                "office_id": plan.id,
                "post": post,
                "legal_capacity": (
                    f"Acuerdo Ministerial n.º {self.rng.randint(10, 99)}-2026 de "
                    "delegación de funciones de conciliación"
                    if role in (Role.OFFICER, Role.SUPERVISOR)
                    else ""
                ),
                "email": f"{login}@demo.invalid",
                "password_hash": self.password_hash,
                "active": True,
                "failed_logins": 0,
                "must_change_password": False,
                "created_at": self.midnight(self.window_start),
                "version": 1,
            },
        )
        self.summary.users += 1
        self.summary.logins.append((login, role.label, plan.code))
        return user_id

    def cedula(self, birth: dt.date) -> str:
        """A cédula-shaped number, unique for the first six million people generated."""
        self.serial += 1
        letter = "ABCDEFGHJKLMNPQRSTUVWXY"[self.serial % 23]
        place = (self.serial // 10_000) % 621 + 1
        return f"{place:03d}-{birth:%d%m%y}-{self.serial % 10_000:04d}{letter}"

    def person(self, sex: Sex, surname: str | None = None, *, payer: bool = False) -> int:
        rng = self.rng
        first = rng.choice(self.names["nombres_mujer" if sex == Sex.FEMALE else "nombres_hombre"])
        surnames = self.names["apellidos"]
        last = f"{surname or rng.choice(surnames)} {rng.choice(surnames)}"
        birth = dt.date(rng.randint(1975, 2003), rng.randint(1, 12), rng.randint(1, 28))
        number = self.cedula(birth)
        income = Decimal(rng.randrange(5_500, 38_000, 50)) if payer or rng.random() < 0.5 else None
        person_id = self.ids("persons")
        self.w.add(
            "persons",
            {
                "id": person_id,
                "uid": self.uid(),
                "first_names": first,
                "last_names": last,
                "id_type": IdType.CEDULA,
                "id_number": number,
                "sex": sex,
                "birth_date": birth,
                "nationality": "nicaragüense",
                "address": f"{rng.choice(self.names['barrios'])}, casa n.º {rng.randint(1, 400)}",
                "phone": f"{rng.choice('578')}{rng.randint(100, 999)}-{rng.randint(1000, 9999)}",
                "email": "",
                "occupation": rng.choice(self.names["ocupaciones"]),
                "employer": rng.choice(self.names["empleadores"]),
                "monthly_income": income,
                "search_key": f"{self.person_key(first, last)} {number.lower()}",
                "created_at": self.midnight(self.window_start),
                "version": 1,
            },
        )
        self.summary.persons += 1
        return person_id

    def midnight(self, day: dt.date) -> dt.datetime:
        return dt.datetime.combine(day, dt.time(0), tzinfo=self.zone)

    # ----------------------------------------------------------------- slots
    def slot_starts(self, cal: OfficeCalendar, day: dt.date) -> list[dt.time]:
        key = (cal.subdivision, day.weekday())
        if key in self._slots:
            return self._slots[key]
        starts: list[dt.time] = []
        step = dt.timedelta(minutes=self.slot_minutes)
        for block_start, block_end in cal.blocks(day):
            current = dt.datetime.combine(day, block_start)
            while current + step <= dt.datetime.combine(day, block_end):
                starts.append(current.time())
                current += step
        self._slots[key] = starts
        return starts

    def allocate(self, plan: _OfficePlan, earliest: dt.date) -> tuple[int, int, dt.datetime]:
        cal = self.calendar(plan.subdivision)
        day = earliest
        while True:
            if self.working(cal, day):
                starts = self.slot_starts(cal, day)
                officers = plan.officers[:]
                self.rng.shuffle(officers)
                for officer_id, room_id in officers:
                    used = plan.busy.setdefault((officer_id, day), set())
                    free = [i for i in range(len(starts)) if i not in used]
                    if free:
                        index = self.rng.choice(free)
                        used.add(index)
                        start = dt.datetime.combine(day, starts[index], tzinfo=self.zone)
                        return officer_id, room_id, start
            day += dt.timedelta(days=1)

    # ----------------------------------------------------------------- cases
    def case(self, plan: _OfficePlan, number: int, request_day: dt.date) -> None:
        rng = self.rng
        cal = self.calendar(plan.subdivision)
        case_id = self.ids("cases")
        claimant_sex = Sex.FEMALE if rng.random() < CLAIMANT_WOMEN_SHARE else Sex.MALE
        respondent_sex = Sex.MALE if claimant_sex == Sex.FEMALE else Sex.FEMALE
        claimant = self.person(claimant_sex)
        respondent = self.person(respondent_sex, payer=True)
        matters = {
            m
            for m, share in ((Matter.ALIMENTOS, 0.85), (Matter.VISITAS, 0.45), (Matter.CUIDO, 0.3))
            if rng.random() < share
        }
        matters = matters or {Matter.ALIMENTOS}
        n_children = rng.choices((1, 2, 3, 4), weights=(50, 32, 13, 5))[0]
        surname = rng.choice(self.names["apellidos"])
        for _ in range(n_children):
            child_id = self.ids("children")
            birth = request_day - dt.timedelta(days=rng.randint(200, 17 * 365))
            sex = rng.choice((Sex.FEMALE, Sex.MALE))
            self.w.add(
                "children",
                {
                    "id": child_id,
                    "uid": self.uid(),
                    "first_names": rng.choice(
                        self.names["nombres_mujer" if sex == Sex.FEMALE else "nombres_hombre"]
                    ),
                    "last_names": f"{surname} {rng.choice(self.names['apellidos'])}",
                    "sex": sex,
                    "birth_date": birth,
                    "birth_certificate": f"PN-{plan.code}-{child_id:07d}",
                    "created_at": self.midnight(request_day),
                },
            )
            self.w.add("case_children", {"case_id": case_id, "child_id": child_id})
        requested_at = dt.datetime.combine(
            request_day, dt.time(rng.randint(8, 15), rng.choice((0, 15, 30, 45))), tzinfo=self.zone
        )
        flagged = rng.random() < FLAGGED_SHARE
        answers = {q.code: False for q in self.profile.safeguarding.questions}
        row: dict[str, Any] = {
            "id": case_id,
            "uid": self.uid(),
            "office_id": plan.id,
            "year": request_day.year,
            "number": number,
            "claimant_id": claimant,
            "respondent_id": respondent,
            "claimant_representative_id": None,
            "respondent_representative_id": None,
            "matter_alimentos": Matter.ALIMENTOS in matters,
            "matter_visitas": Matter.VISITAS in matters,
            "matter_cuido": Matter.CUIDO in matters,
            "account": "Solicita que se fije la pensión alimenticia y el régimen de visitas.",
            "safeguarding_answers": answers,
            "safeguarding_flagged": False,
            "status": CaseStatus.SOLICITADA,
            "outcome": None,
            "requested_at": requested_at,
            "request_date": request_day,
            "closed_at": None,
            "created_by_id": plan.officers[0][0],
            "created_at": requested_at,
            "version": 1,
        }
        self.summary.cases += 1
        if flagged:
            answers[self.profile.safeguarding.questions[0].code] = True
            institution = rng.choice(self.profile.safeguarding.institutions)
            row.update(
                safeguarding_answers=answers, safeguarding_flagged=True, status=CaseStatus.DERIVADA
            )
            self.w.add(
                "referrals",
                {
                    "id": self.ids("referrals"),
                    "uid": self.uid(),
                    "case_id": case_id,
                    "institution_code": institution.code,
                    "institution_name": institution.name,
                    "referred_at": requested_at + dt.timedelta(hours=1),
                    "referred_by_id": plan.officers[0][0],
                    "notes": "Derivado tras tamizaje positivo de salvaguarda.",
                },
            )
            self.w.add("cases", row)
            return
        self.hearings(plan, cal, row, matters, respondent, claimant, n_children)
        self.w.add("cases", row)

    def chain_for(self, outcome: Outcome) -> list[tuple[HearingStatus, Absence | None]]:
        rng = self.rng
        done = (HearingStatus.CONCLUIDA, None)
        if outcome == Outcome.INASISTENCIA_CITADO:
            rounds = self.profile.scheduling.citations_before_closure
            return [(HearingStatus.INASISTENCIA, Absence.CITADO)] * rounds
        if outcome == Outcome.INASISTENCIA_SOLICITANTE:
            return [(HearingStatus.INASISTENCIA, Absence.SOLICITANTE)]
        if outcome == Outcome.INASISTENCIA_AMBAS:
            return [(HearingStatus.INASISTENCIA, Absence.AMBAS)]
        if outcome == Outcome.DOMICILIO_DESCONOCIDO:
            return [(HearingStatus.CANCELADA, None)]
        if outcome == Outcome.DESISTIMIENTO and rng.random() < 0.5:
            return [(HearingStatus.CANCELADA, None)]
        chain: list[tuple[HearingStatus, Absence | None]] = [done]
        if outcome in (Outcome.ACUERDO_TOTAL, Outcome.ACUERDO_PARCIAL) and rng.random() < 0.08:
            chain.insert(0, (HearingStatus.SUSPENDIDA, None))
        return chain

    def hearings(
        self,
        plan: _OfficePlan,
        cal: OfficeCalendar,
        row: dict[str, Any],
        matters: set[Matter],
        respondent: int,
        claimant: int,
        n_children: int,
    ) -> None:
        rng = self.rng
        case_id = row["id"]
        outcome: Outcome = _pick_weighted(rng, OUTCOME_WEIGHTS)
        if outcome == Outcome.ACUERDO_PARCIAL and len(matters) < 2:
            outcome = Outcome.ACUERDO_TOTAL
        chain = self.chain_for(outcome)
        # Some bookings were moved, or annulled as a mistake, before the real one.
        if rng.random() < 0.07:
            chain.insert(0, (HearingStatus.REPROGRAMADA, None))
        elif rng.random() < 0.01:
            chain.insert(0, (HearingStatus.ANULADA, None))
        earliest = self.after_notice(
            cal, row["request_date"], self.profile.scheduling.min_notice_days
        )
        earliest += dt.timedelta(days=rng.randint(0, 6))
        previous: int | None = None
        session_number, citation_round = 1, 1
        last_end: dt.datetime | None = None
        row["status"] = CaseStatus.EN_TRAMITE
        for index, (planned, absence) in enumerate(chain):
            officer_id, room_id, start = self.allocate(plan, earliest)
            end = start + dt.timedelta(minutes=self.slot_minutes)
            mode = HearingMode.IN_PERSON if rng.random() < 0.9 else rng.choice(self.modes)
            status = planned
            if end > self.now:
                status = (
                    HearingStatus.EN_CURSO
                    if start <= self.now
                    else (
                        HearingStatus.CITACION_ENTREGADA
                        if start.date() - self.now.date() <= dt.timedelta(days=3)
                        and rng.random() < 0.6
                        else HearingStatus.PROGRAMADA
                    )
                )
            hearing_id = self.ids("hearings")
            self.w.add(
                "hearings",
                {
                    "id": hearing_id,
                    "uid": self.uid(),
                    "case_id": case_id,
                    "office_id": plan.id,
                    "officer_id": officer_id,
                    "room_id": room_id if mode == HearingMode.IN_PERSON else None,
                    "mode": mode,
                    "starts_at": start,
                    "ends_at": end,
                    "session_number": session_number,
                    "citation_round": citation_round,
                    "status": status,
                    "status_reason": _reason(status, absence),
                    "cancel_reason": (
                        CancelReason.DESISTIMIENTO_PREVIO
                        if status == HearingStatus.CANCELADA and outcome == Outcome.DESISTIMIENTO
                        else CancelReason.OTRO
                        if status == HearingStatus.CANCELADA
                        else None
                    ),
                    "absence": absence if status == HearingStatus.INASISTENCIA else None,
                    "replaces_id": previous,
                    "created_by_id": officer_id,
                    "created_at": start - dt.timedelta(days=7),
                    "version": 1,
                },
            )
            self.summary.hearings += 1
            self.summary.statuses[status] = self.summary.statuses.get(status, 0) + 1
            self.citations(
                hearing_id, start, status, absence, claimant, respondent, citation_round, outcome
            )
            if rng.random() < 0.015 and index == 0:
                self.w.add(
                    "overrides",
                    {
                        "id": self.ids("overrides"),
                        "office_id": plan.id,
                        "user_id": officer_id,
                        "actor": "demo",
                        "at": start - dt.timedelta(days=2),
                        "kind": OverrideKind.NOTICE,
                        "case_id": case_id,
                        "hearing_id": hearing_id,
                        "reason": "La solicitante viaja fuera del país la próxima semana.",
                    },
                )
            previous, last_end = hearing_id, end
            if status != planned:  # still ahead (or in course): the case is in process
                return
            if status == HearingStatus.SUSPENDIDA:
                session_number += 1
            elif status == HearingStatus.INASISTENCIA:
                citation_round += 1
            earliest = self.after_notice(cal, start.date(), 3 + rng.randint(0, 5))
        row.update(status=CaseStatus.CONCLUIDA, outcome=outcome, closed_at=last_end)
        self.summary.outcomes[outcome] = self.summary.outcomes.get(outcome, 0) + 1
        self.agreement(row, outcome, matters, previous, last_end, n_children)

    def citations(
        self,
        hearing_id: int,
        start: dt.datetime,
        status: HearingStatus,
        absence: Absence | None,
        claimant: int,
        respondent: int,
        number: int,
        outcome: Outcome,
    ) -> None:
        rng = self.rng
        held = status in (
            HearingStatus.CONCLUIDA,
            HearingStatus.SUSPENDIDA,
            HearingStatus.EN_CURSO,
            HearingStatus.INASISTENCIA,
            HearingStatus.CITACION_ENTREGADA,
        )
        for person_id, party in ((claimant, "solicitante"), (respondent, "citado")):
            unknown_address = outcome == Outcome.DOMICILIO_DESCONOCIDO and party == "citado"
            delivered = held and not unknown_address
            self.w.add(
                "citations",
                {
                    "id": self.ids("citations"),
                    "uid": self.uid(),
                    "hearing_id": hearing_id,
                    "person_id": person_id,
                    "party": party,
                    "number": number,
                    "issued_at": start - dt.timedelta(days=7),
                    "delivered_at": start - dt.timedelta(days=rng.randint(2, 5))
                    if delivered
                    else None,
                    "method": rng.choice(list(CitationMethod)) if delivered else None,
                    "delivered_by": "Notificador de la delegación" if delivered else "",
                    "recorded_by_id": None,
                    "notes": "",
                },
            )
            self.summary.citations += 1

    def agreement(
        self,
        row: dict[str, Any],
        outcome: Outcome,
        matters: set[Matter],
        hearing_id: int | None,
        closed_at: dt.datetime | None,
        n_children: int,
    ) -> None:
        pending: list[str] = []
        if outcome == Outcome.ACUERDO_PARCIAL:
            pending = [sorted(matters - {Matter.ALIMENTOS} or matters)[0].value]
        # This case's rows are the last ones buffered: its children, its claimant, its respondent.
        assert all(r["case_id"] == row["id"] for r in self.w.rows["case_children"][-n_children:])
        terms = demo_terms(
            random.Random(f"{self.spec.seed}-{row['uid']}"),
            self.profile,
            outcome=outcome,
            matters=matters,
            pending=pending,
            children=self.w.rows["children"][-n_children:],
            claimant=self.w.rows["persons"][-2],
            respondent=self.w.rows["persons"][-1],
            hearing_day=(closed_at or row["requested_at"]).astimezone(self.zone).date(),
        )
        support = terms.monthly_support
        if terms.departure_reason:
            self.w.add(
                "overrides",
                {
                    "id": self.ids("overrides"),
                    "office_id": row["office_id"],
                    "user_id": None,
                    "actor": "demo",
                    "at": closed_at or row["requested_at"],
                    "kind": OverrideKind.GUIDELINE,
                    "case_id": row["id"],
                    "hearing_id": hearing_id,
                    "reason": terms.departure_reason,
                },
            )
        self.w.add(
            "agreements",
            {
                "id": self.ids("agreements"),
                "uid": self.uid(),
                "case_id": row["id"],
                "hearing_id": hearing_id,
                "outcome": outcome,
                "pending_matters": pending,
                "clauses": terms.clauses,
                "monthly_support": support,
                "currency": self.profile.regional.currency if support is not None else None,
                "guideline_departure_reason": terms.departure_reason,
                "notes": "",
                "created_by_id": None,
                "created_at": closed_at or row["requested_at"],
                "version": 1,
            },
        )

    # ----------------------------------------------------------------- whole run
    def run(self) -> Iterator[tuple[_OfficePlan, list[dt.date]]]:
        plans = self.office_plans()
        for plan in plans:
            self.write_office(plan)
        self.w.flush()
        conciliating = [p for p in plans if p.officers]
        days = (self.today - self.window_start).days + 1
        per_office = [0] * len(conciliating)
        for i in range(self.spec.cases):
            per_office[i % len(conciliating)] += 1
        for plan, count in zip(conciliating, per_office, strict=True):
            cal = self.calendar(plan.subdivision)
            request_days = sorted(
                self.window_start + dt.timedelta(days=self.rng.randrange(days))
                for _ in range(count)
            )
            request_days = [
                d if self.working(cal, d) else _next_working(cal, d, self.today)
                for d in request_days
            ]
            yield plan, request_days


def _next_working(cal: OfficeCalendar, day: dt.date, limit: dt.date) -> dt.date:
    current = day
    while not cal.is_working_day(current) and current < limit:
        current += dt.timedelta(days=1)
    return current


def _reason(status: HearingStatus, absence: Absence | None) -> str:
    return {
        HearingStatus.REPROGRAMADA: "A solicitud de la parte citada, por motivos laborales",
        HearingStatus.SUSPENDIDA: "Las partes pidieron tiempo para consultar el monto",
        HearingStatus.CANCELADA: "Cerrado antes de la audiencia",
        HearingStatus.ANULADA: "Registrada por error en otra oficina",
        HearingStatus.INASISTENCIA: absence.label if absence else "",
    }.get(status, "")


def generate_demo(
    db: Database, actor: Actor, spec: DemoSpec, *, progress: Callable[[int], None] | None = None
) -> DemoSummary:
    """Fill an empty database with demonstration data, in one unit of work."""
    problems = password_problems(spec.password)
    if spec.cases < 0:
        problems.append(FieldProblem("--cases", "no puede ser negativo"))
    if not 1 <= spec.months <= 240:
        problems.append(FieldProblem("Meses", "entre 1 y 240"))
    if problems:
        raise ValidationFailed(problems)
    report = progress or (lambda _done: None)
    require(actor, Permission.IMPORT_DATA)  # loading demo data is an import (issue 7)
    with db.write() as session:
        if session.scalar(select(func.count(Office.id))):
            raise ServiceError(
                "La base de datos ya tiene oficinas: la demostración se carga en una base vacía "
                "(use --db con otro archivo)."
            )
        writer = _Writer(session)
        generator = _Generator(spec, writer)
        numbers: dict[tuple[int, int], int] = {}
        done = 0
        for plan, request_days in generator.run():
            for day in request_days:
                key = (plan.id, day.year)
                numbers[key] = numbers.get(key, 0) + 1
                generator.case(plan, numbers[key], day)
            writer.flush()
            done += len(request_days)
            report(done)
        writer.flush()
        if numbers:
            session.execute(
                insert(Counter),
                [
                    {"office_id": office_id, "year": year, "kind": "caso", "last_value": value}
                    for (office_id, year), value in sorted(numbers.items())
                ],
            )
        audit.record(
            session,
            actor,
            "cargar_demo",
            "base_de_datos",
            "demo",
            after={"casos": spec.cases, "semilla": spec.seed, "dia": generator.today.isoformat()},
        )
        return generator.summary
