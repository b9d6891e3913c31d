"""The rows of a demonstration database: offices, rooms, users, people, cases and hearings in
every status, agreements and overrides.

One generator fills both the demo database and the benchmarks' million-hearing database
(``bench/data.py``). Hearings are placed on a per-officer slot grid inside office hours on
working days, so the data obeys the scheduling rules it will be checked against; every
office draws from its own random stream (``draws.py``), mints its uids in its own space
(``uids.py``) and reads its working days from a cache (``calendars.py``). Same seed and same
day, same data.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from conciliador.criteria import Profile, load_profile
from conciliador.demo.bulkload import (
    RowSink,
)
from conciliador.demo.terms import demo_terms
from conciliador.domain.agreement_terms import Party
from conciliador.domain.citations import last_round
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
from conciliador.domain.followup import HearingPurpose
from conciliador.domain.intervals import starts_within
from conciliador.services.calendar import OfficeCalendar
from conciliador.services.text import search_key
from conciliador.services.users import hash_password

if TYPE_CHECKING:
    pass


from conciliador.demo.calendars import WorkingCalendars, next_working
from conciliador.demo.draws import (
    CHILDREN,
    QuickRandom,
    load_names,
    pick_weighted,
    rut_check_digit,
    thousands,
)
from conciliador.demo.spec import (
    CLAIMANT_WOMEN_SHARE,
    FLAGGED_SHARE,
    OUTCOME_WEIGHTS,
    DemoSpec,
    DemoSummary,
    resolve_now,
)
from conciliador.demo.uids import Ids, UidMinter

#: ID-number serials are unique up to here (see ``Generator.cedula``).
_SERIALS = 142_000_000


@dataclass
class OfficePlan:
    id: int
    code: str
    name: str
    level: OfficeLevel
    parent_id: int | None
    subdivision: str
    #: Where it is (resources/places/ni.toml's names): the acta says «En <municipio>, …».
    department: str = ""
    municipality: str = ""
    officers: list[tuple[int, int]] = field(default_factory=list)  # (user id, room id)
    #: Slots taken per (officer, day), as bits of the day's slot list.
    busy: dict[tuple[int, dt.date], int] = field(default_factory=dict)
    #: Position among the offices (1, 2 …): the office's own space of uids.
    position: int = 0
    #: How many cases it gets, and where its people's ID-number serials start.
    cases: int = 0
    serial_base: int = 0


_METHODS = tuple(CitationMethod)


def _month_start(day: dt.date, back: int) -> dt.date:
    month_index = day.year * 12 + day.month - 1 - back
    return dt.date(month_index // 12, month_index % 12 + 1, 1)


class Generator:
    """Writes the organisation (offices, rooms, users) and then each office's cases.

    Every office draws from its own random stream (seeded by the seed and the office code), its
    own uid space and its own range of ID-number serials, and numbers its rows from where the
    previous office stopped; so the data depend on the seed alone, not on how the offices were
    shared among worker processes.
    """

    def __init__(self, spec: DemoSpec, writer: RowSink, *, now: dt.datetime):
        self.spec = spec
        self.rng: random.Random = QuickRandom(spec.seed)
        self.w = writer
        self.ids = Ids()
        self.profile: Profile = load_profile(spec.profile_code)
        self.names = load_names(self.profile.code)
        self.offices_words: dict[str, Any] = self.names["oficinas"]
        self.zone = ZoneInfo(self.profile.regional.timezone)
        self.now = resolve_now(spec, self.zone, now)
        self.today = self.now.date()
        self.window_start = _month_start(self.today, spec.months - 1)
        self.summary = DemoSummary()
        self._password_hash: str | None = None
        self.days = WorkingCalendars(self.profile, self.window_start, self.today)
        self.calendar = self.days.calendar
        self.working = self.days.working
        self.after_notice = self.days.after_notice
        self._keys: dict[str, str] = {}
        self._slots: dict[tuple[str | None, int], list[dt.time]] = {}
        self.window_midnight = self.midnight(self.window_start)
        self.uid = UidMinter(int(self.window_midnight.timestamp() * 1000), self.rng)
        self.serial = 0
        self.serial_limit = _SERIALS
        self.child_serial = 0
        self.slot_minutes = self.profile.scheduling.hearing_minutes
        questions = [q.code for q in self.profile.safeguarding.questions]
        #: Shared (never changed) screen answers: all «no», or the first question «sí».
        self.answers_clear = dict.fromkeys(questions, False)
        self.answers_flagged = {**self.answers_clear, questions[0]: True}
        self.modes = [
            m
            for m in (HearingMode.PRESENCIAL, HearingMode.VIDEO, HearingMode.TELEFONO)
            if m in self.profile.scheduling.allowed_modes
        ]

    @property
    def password_hash(self) -> str:
        if self._password_hash is None:  # argon2 is slow on purpose: only where users are made
            self._password_hash = hash_password(self.spec.password)
        return self._password_hash

    def person_key(self, *names: str) -> str:
        """``search_key`` of the names, worked out once per name."""
        keys = []
        for name in names:
            known = self._keys.get(name)
            if known is None:
                known = self._keys[name] = search_key(name)
            keys.append(known)
        return " ".join(keys)

    # ----------------------------------------------------------------- offices and people

    def office_plans(self) -> list[OfficePlan]:
        departments = self.names["departamentos"]
        total = max(3, self.spec.offices)
        national = OfficePlan(
            self.ids("offices"),
            "NAC",
            self.offices_words["nacional"],
            OfficeLevel.NACIONAL,
            None,
            departments[0].get("subdivision", ""),
            department=departments[0]["nombre"],
            municipality=departments[0]["cabecera"],
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
            dept_plan = OfficePlan(
                self.ids("offices"),
                dept["codigo"],
                self.offices_words["departamental"].format(departamento=dept["nombre"]),
                OfficeLevel.DEPARTAMENTAL,
                national.id,
                dept.get("subdivision", ""),
                department=dept["nombre"],
                municipality=dept["cabecera"],
            )
            plans.append(dept_plan)
            for index, town in enumerate(dept["municipios"][:extra], start=1):
                name = (
                    f"Delegación del {town} de {dept['nombre']}"
                    if town.startswith("Distrito")
                    else self.offices_words["municipal"].format(municipio=town)
                )
                plans.append(
                    OfficePlan(
                        self.ids("offices"),
                        f"{dept['codigo']}-{index:02d}",
                        name,
                        OfficeLevel.MUNICIPAL,
                        dept_plan.id,
                        dept.get("subdivision", ""),
                        department=dept["nombre"],
                        # A district delegation is inside the municipality of the capital.
                        municipality=dept["cabecera"] if town.startswith("Distrito") else town,
                    )
                )
        return plans

    def write_office(self, plan: OfficePlan) -> None:
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
                "phone": self.phone(self.names["formato_telefono_oficina"]),
                "country": self.profile.regional.holidays_country,
                "subdivision": plan.subdivision or None,
                "timezone": self.profile.regional.timezone,
                "profile_code": self.profile.code,
                "department": plan.department,
                "municipality": plan.municipality,
                # «Delegación …», «Sede Central …» read «la …»; «Centro …», «el …».
                "name_article": self.offices_words["articulo"],
                "active": True,
                "created_at": self.midnight(self.window_start),
            },
        )
        self.summary.offices += 1
        if plan.level == OfficeLevel.NACIONAL:
            self.user(
                plan,
                Role.ADMINISTRADOR,
                "admin",
                post=("Administradora del sistema", "Administrador del sistema"),
            )
            self.user(
                plan,
                Role.SUPERVISOR,
                "supervisor.nacional",
                post=tuple(self.offices_words["cargo_direccion"]),
            )
            return
        if plan.level == OfficeLevel.DEPARTAMENTAL:
            self.user(
                plan,
                Role.SUPERVISOR,
                f"supervisor.{plan.code.lower()}",
                post=tuple(self.offices_words["cargo_supervision"]),
            )
        officers = 3 if plan.level == OfficeLevel.DEPARTAMENTAL else 2
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
                Role.CONCILIADOR,
                f"conciliador{n}.{plan.code.lower()}",
                post=tuple(self.offices_words["cargo_facilitador"]),
            )
            plan.officers.append((user_id, room_id))
        self.user(
            plan,
            Role.SECRETARIO,
            f"secretario.{plan.code.lower()}",
            post=("Secretaria", "Secretario"),
        )

    def user(self, plan: OfficePlan, role: Role, login: str, *, post: tuple[str, ...]) -> int:
        """A user whose post agrees with their sex: ``post`` is (feminine, masculine)."""
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
                "id_number": self.id_number(dt.date(1980, 1, 1)),
                "role": role,
                "office_id": plan.id,
                "sex": sex,
                "post": post[0] if sex == Sex.FEMALE else post[1],
                "legal_capacity": (
                    self.names["capacidad_legal"].format(n=self.rng.randint(10, 99))
                    if role in (Role.CONCILIADOR, Role.SUPERVISOR)
                    else ""
                ),
                # Where the profile's acta names the conciliator's registry number (Peru);
                # no draw elsewhere, so the other countries' demos stay as they were.
                "registry_number": (
                    self.names["registro_conciliador"].format(n=self.rng.randint(10, 99))
                    if role in (Role.CONCILIADOR, Role.SUPERVISOR)
                    and "registro_conciliador" in self.names
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
        """A cédula-shaped number, unique for each serial (up to 142 million of them): the
        place and four digits repeat every 6,210,000 serials, the letter then moves on."""
        self.serial += 1
        serial = self.serial
        if serial >= self.serial_limit:
            raise RuntimeError("serial de cédula fuera del rango de la oficina")
        letter = "ABCDEFGHJKLMNPQRSTUVWXY"[(serial + serial // 6_210_000) % 23]
        place = (serial // 10_000) % 621 + 1
        born = f"{birth.day:02d}{birth.month:02d}{birth.year % 100:02d}"
        return f"{place:03d}-{born}-{serial % 10_000:04d}{letter}"

    def id_number(self, birth: dt.date) -> str:
        """An ID number in the country's own shape (resources/demo: ``formato_documento``),
        unique for each serial."""
        kind = self.names["formato_documento"]
        if kind == "cedula_ni":
            return self.cedula(birth)
        self.serial += 1
        if self.serial >= self.serial_limit:
            raise RuntimeError("serial de documento fuera del rango de la oficina")
        if kind == "run":
            body = 8_000_000 + self.serial
            return f"{thousands(body)}-{rut_check_digit(body)}"
        if kind == "dni":
            return f"{self.serial + 10_000_000:08d}"[-8:]
        if kind == "cedula_co":
            return thousands(1_000_000_000 + self.serial)
        if kind == "dpi":
            digits = f"{self.serial:08d}"[-8:]
            return f"{digits[:4]} {digits[4:]}{self.serial % 10} 0901"
        raise ValueError(f"formato de documento desconocido: {kind}")

    def phone(self, pattern: str) -> str:
        """«3## ### ####» with each # a random digit (Nicaragua's two shapes keep the draws
        they always had, so the same seed gives the same data)."""
        rng = self.rng
        if pattern == "ni_fijo":
            return f"2{rng.randint(200, 799)}-{rng.randint(1000, 9999)}"
        if pattern == "ni_movil":
            return f"{rng.choice('578')}{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"
        return "".join(str(rng.randint(0, 9)) if c == "#" else c for c in pattern)

    def person(
        self, sex: Sex, surname: str | None = None, *, payer: bool = False
    ) -> tuple[int, str]:
        """A party: (id, first surname), the surname a child of theirs carries."""
        rng = self.rng
        first = rng.choice(self.names["nombres_mujer" if sex == Sex.FEMALE else "nombres_hombre"])
        surnames = self.names["apellidos"]
        paternal, maternal = surname or rng.choice(surnames), rng.choice(surnames)
        birth = dt.date(rng.randint(1975, 2003), rng.randint(1, 12), rng.randint(1, 28))
        number = self.id_number(birth)
        low, high, step = self.names["ingreso_mensual"]
        income = Decimal(rng.randrange(low, high, step)) if payer or rng.random() < 0.5 else None
        person_id = self.ids("persons")
        self.w.add(
            "persons",
            {
                "id": person_id,
                "uid": self.uid(),
                "first_names": first,
                "last_names": f"{paternal} {maternal}",
                "id_type": IdType.CEDULA,
                "id_number": number,
                "sex": sex,
                "birth_date": birth,
                "nationality": self.names["nacionalidad"],
                "address": f"{rng.choice(self.names['barrios'])}, casa n.º {rng.randint(1, 400)}",
                "phone": self.phone(self.names["formato_telefono"]),
                "email": "",
                "occupation": rng.choice(self.names["ocupaciones"]),
                "employer": rng.choice(self.names["empleadores"]),
                "monthly_income": income,
                "search_key": f"{self.person_key(first, paternal, maternal)} {number.lower()}",
                "created_at": self.window_midnight,
                "version": 1,
            },
        )
        self.summary.persons += 1
        return person_id, paternal

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
            starts.extend(
                start.time()
                for start in starts_within(
                    dt.datetime.combine(day, block_start),
                    dt.datetime.combine(day, block_end),
                    step,
                    step,
                )
            )
        self._slots[key] = starts
        return starts

    def allocate(self, plan: OfficePlan, earliest: dt.date) -> tuple[int, int, dt.datetime]:
        cal = self.calendar(plan.subdivision)
        day = earliest
        officers, busy = plan.officers, plan.busy
        while True:
            if self.working(cal, day):
                starts = self.slot_starts(cal, day)
                first = int(self.rng.random() * len(officers))  # who is asked first
                for turn in range(len(officers)):
                    officer_id, room_id = officers[(first + turn) % len(officers)]
                    used = busy.get((officer_id, day), 0)
                    free = [i for i in range(len(starts)) if not used >> i & 1]
                    if free:
                        index = self.rng.choice(free)
                        busy[officer_id, day] = used | 1 << index
                        start = dt.datetime.combine(day, starts[index], tzinfo=self.zone)
                        return officer_id, room_id, start
            day += dt.timedelta(days=1)

    # ----------------------------------------------------------------- cases
    def case(self, plan: OfficePlan, number: int, request_day: dt.date) -> None:
        rng = self.rng
        cal = self.calendar(plan.subdivision)
        case_id = self.ids("cases")
        claimant_sex = Sex.FEMALE if rng.random() < CLAIMANT_WOMEN_SHARE else Sex.MALE
        respondent_sex = Sex.MALE if claimant_sex == Sex.FEMALE else Sex.FEMALE
        claimant, claimant_surname = self.person(claimant_sex)
        respondent, respondent_surname = self.person(respondent_sex, payer=True)
        # Children carry their father's first surname, then their mother's.
        father, mother = (
            (respondent_surname, claimant_surname)
            if respondent_sex == Sex.MALE
            else (claimant_surname, respondent_surname)
        )
        matters = {
            m
            for m, share in ((Matter.ALIMENTOS, 0.85), (Matter.VISITAS, 0.45), (Matter.CUIDO, 0.3))
            if rng.random() < share
        }
        matters = matters or {Matter.ALIMENTOS}
        n_children = CHILDREN.pick(rng)
        registered = self.midnight(request_day)
        for _ in range(n_children):
            child_id = self.ids("children")
            self.child_serial += 1
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
                    "last_names": f"{father} {mother}",
                    "sex": sex,
                    "birth_date": birth,
                    "birth_certificate": self.names["formato_nacimiento"].format(
                        oficina=plan.code, n=self.child_serial
                    ),
                    "created_at": registered,
                },
            )
            self.w.add("case_children", {"case_id": case_id, "child_id": child_id})
        requested_at = dt.datetime.combine(
            request_day, dt.time(rng.randint(8, 15), rng.choice((0, 15, 30, 45))), tzinfo=self.zone
        )
        flagged = rng.random() < FLAGGED_SHARE
        answers = self.answers_clear
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
            "account": self.names["relato"],
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
            answers = self.answers_flagged
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
            rounds = last_round(self.profile.scheduling.citations_before_closure)
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
        plan: OfficePlan,
        cal: OfficeCalendar,
        row: dict[str, Any],
        matters: set[Matter],
        respondent: int,
        claimant: int,
        n_children: int,
    ) -> None:
        rng = self.rng
        case_id = row["id"]
        outcome: Outcome = pick_weighted(rng, OUTCOME_WEIGHTS)
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
            mode = HearingMode.PRESENCIAL if rng.random() < 0.9 else rng.choice(self.modes)
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
            hearing_uid = self.uid()
            # The minutes a held hearing starts and ends late: from its uid, the same whichever
            # process generates it (ids are renumbered when workers' shares are merged).
            late = int(hearing_uid.replace("-", "")[-6:], 16)
            # Booked (and its citations issued) a week ahead, but never before the request, nor
            # before the hearing it follows ended (a second citation comes from the first
            # hearing's no-show), nor after the generation clock.
            booked = max(start - dt.timedelta(days=7), row["requested_at"])
            if last_end is not None:
                booked = max(booked, last_end)
            booked = min(booked, self.now)
            self.w.add(
                "hearings",
                {
                    "id": hearing_id,
                    "uid": hearing_uid,
                    "case_id": case_id,
                    "office_id": plan.id,
                    "officer_id": officer_id,
                    "room_id": room_id if mode == HearingMode.PRESENCIAL else None,
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
                    # The hearing's own record: held ones started a few minutes after the
                    # booked time (no random draw, so the rest of the demo stays the same).
                    "started_at": min(start + dt.timedelta(minutes=late % 9), self.now)
                    if status in _STARTED
                    else None,
                    "concluded_at": end + dt.timedelta(minutes=late % 13)
                    if status == HearingStatus.CONCLUIDA
                    else None,
                    "start_reason": "",
                    "replaces_id": previous,
                    "purpose": HearingPurpose.CONCILIACION,
                    "created_by_id": officer_id,
                    "created_at": booked,
                    "version": 1,
                },
            )
            self.summary.hearings += 1
            self.summary.statuses[status] = self.summary.statuses.get(status, 0) + 1
            self.citations(
                hearing_id,
                start,
                status,
                absence,
                claimant,
                respondent,
                citation_round,
                outcome,
                booked,
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
                        "kind": OverrideKind.AVISO_MINIMO,
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
        issued: dt.datetime,
    ) -> None:
        rng = self.rng
        held = status in (
            HearingStatus.CONCLUIDA,
            HearingStatus.SUSPENDIDA,
            HearingStatus.EN_CURSO,
            HearingStatus.INASISTENCIA,
            HearingStatus.CITACION_ENTREGADA,
        )
        # Delivered between the issue and the hearing, and never after the generation clock.
        window = min(start, self.now) - issued
        for person_id, party in ((claimant, Party.SOLICITANTE), (respondent, Party.CITADO)):
            unknown_address = outcome == Outcome.DOMICILIO_DESCONOCIDO and party == Party.CITADO
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
                    "issued_at": issued,
                    "delivered_at": (issued + window * rng.uniform(0.2, 0.9)).replace(microsecond=0)
                    if delivered
                    else None,
                    "method": rng.choice(_METHODS) if delivered else None,
                    "delivered_by": self.names["notificador"] if delivered else "",
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
                    "kind": OverrideKind.PAUTA_ALIMENTARIA,
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
                "notes": _CAUSES.get(outcome, ""),
                "created_by_id": None,
                "created_at": closed_at or row["requested_at"],
                "version": 1,
            },
        )

    # ----------------------------------------------------------------- whole run
    def organisation(self) -> list[OfficePlan]:
        """Write the offices, rooms and users; return the offices that hold hearings, each
        with its share of the cases and its range of ID-number serials."""
        plans = self.office_plans()
        for plan in plans:
            self.write_office(plan)
        self.w.flush()
        conciliating = [p for p in plans if p.officers]
        base = self.serial
        for position, plan in enumerate(conciliating, start=1):
            plan.position = position
            plan.cases = self.spec.cases // len(conciliating) + (
                position <= self.spec.cases % len(conciliating)
            )
            plan.serial_base = base
            base += _serials_for(plan.cases)
        return conciliating

    def office(self, plan: OfficePlan) -> dict[int, int]:
        """All the cases of one office; returns the last case number of each year."""
        self.rng = QuickRandom(f"{self.spec.seed}:{plan.code}")
        self.uid.restart(plan.position, self.rng)
        self.serial = plan.serial_base
        self.serial_limit = plan.serial_base + _serials_for(plan.cases)
        self.child_serial = 0
        cal = self.calendar(plan.subdivision)
        days = (self.today - self.window_start).days + 1
        request_days = sorted(
            self.window_start + dt.timedelta(days=self.rng.randrange(days))
            for _ in range(plan.cases)
        )
        numbers: dict[int, int] = {}
        for day in request_days:
            if not self.working(cal, day):
                day = next_working(self.working, cal, day, self.today)
            numbers[day.year] = numbers.get(day.year, 0) + 1
            self.case(plan, numbers[day.year], day)
        plan.busy.clear()
        return numbers


#: Hearings that were started (their record has a start).
_STARTED = frozenset({HearingStatus.CONCLUIDA, HearingStatus.SUSPENDIDA, HearingStatus.EN_CURSO})
#: The cause each outcome's acta states (it cannot be issued without one).
_CAUSES = {
    Outcome.CONCLUSION_MOTIVADA: "La parte citada se retiró de la audiencia antes de "
    "concluirla y manifestó que no firmaría ningún acuerdo.",
    Outcome.DESISTIMIENTO: "La solicitante manifestó que las partes llegaron a un arreglo "
    "por su cuenta y no desea continuar con el trámite.",
    Outcome.DOMICILIO_DESCONOCIDO: "El notificador acudió dos veces a la dirección aportada; "
    "los vecinos indicaron que la persona se mudó sin dejar otra dirección.",
    Outcome.NO_CONCILIABLE: "La solicitud versa sobre la filiación de la niña, materia que "
    "no es conciliable ante esta oficina.",
}


def _serials_for(cases: int) -> int:
    """ID-number serials set aside for an office: room for four people per case."""
    return 4 * cases + 16


_REASONS = {
    HearingStatus.REPROGRAMADA: "A solicitud de la parte citada, por motivos laborales",
    HearingStatus.SUSPENDIDA: "Las partes pidieron tiempo para consultar el monto",
    HearingStatus.CANCELADA: "Cerrado antes de la audiencia",
    HearingStatus.ANULADA: "Registrada por error en otra oficina",
}


def _reason(status: HearingStatus, absence: Absence | None) -> str:
    if status == HearingStatus.INASISTENCIA:
        return absence.label if absence else ""
    return _REASONS.get(status, "")
