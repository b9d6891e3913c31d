"""A desk that saves things in a loop, to be killed with SIGKILL at a random moment.

Run as ``python -m tests.support.crash_worker URL FOLDER``: a *zygote* that imports everything
once, then for every «go» line on stdin forks a worker, prints its pid, waits for it to die and
prints «fin». Each worker opens the database and runs ``OPERATIONS`` at random, appending one
line per completed save to ``FOLDER/hecho.log`` («caso 17», «audiencia 9», …) so the test can
check that everything reported done survived the kill.

To cover a new kind of save, add a function to ``OPERATIONS`` and, in the test, a check of
what it must leave behind.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from conciliador.db import Database
from conciliador.documents.atomic import write_atomically
from conciliador.domain.enums import CaseStatus, Matter, Outcome, Role, Sex
from conciliador.models import Case, Office, Room, User
from conciliador.services.actas import acta_of_hearing, issue_acta
from conciliador.services.actas.batch import print_citations
from conciliador.services.actor import Actor
from conciliador.services.agreements import agreement_context
from conciliador.services.backups import create_backup
from conciliador.services.errors import ServiceError
from conciliador.services.hearing_flow import conclude_hearing, start_hearing
from conciliador.services.interchange.export import export_records
from conciliador.services.interchange.importer import import_records
from conciliador.services.people import PersonInput
from conciliador.services.scheduling import BookingRequest, book_hearing
from tests.support.agreements import complete_terms
from tests.support.world import NOW, World, local, pinned_clock

SYSTEM = Actor.command_line("escritorio que se cae")
EXPORT_NAME = "exportacion.json"
BACKUP_NAME = "copia.tar.gz"
BATCH_DIR = "lote"
DONE_LOG = "hecho.log"


class Desk:
    def __init__(self, url: str, folder: Path, rng: random.Random) -> None:
        self.db = Database(url, clock=pinned_clock())
        self.folder = folder
        self.rng = rng
        with self.db.read() as s:
            office_id = s.scalar(select(Office.id).where(Office.code == "MN-D2"))
            assert office_id is not None
            self.office_id = office_id
            self.officers = list(
                s.scalars(
                    select(User.id).where(
                        User.office_id == office_id, User.role == Role.CONCILIADOR
                    )
                )
            )
            self.rooms = list(s.scalars(select(Room.id).where(Room.office_id == office_id)))
        self.world = World(
            db=self.db,
            system=SYSTEM,
            national_id=0,
            office_id=self.office_id,
            other_office_id=0,
            room_ids=self.rooms,
            officer=SYSTEM,
            officer2=SYSTEM,
            supervisor=SYSTEM,
            clerk=SYSTEM,
            admin=SYSTEM,
        )
        self.done = open(folder / DONE_LOG, "a", encoding="utf-8")  # noqa: SIM115

    def report(self, line: str) -> None:
        self.done.write(line + "\n")
        self.done.flush()

    # -- the saves ---------------------------------------------------------------------------
    def register(self) -> None:
        parties = []
        for first, sex in (("María", Sex.FEMALE), ("José", Sex.MALE)):
            person = self.world.person(first, sex=sex)
            person.id_number = f"001-{self.rng.randrange(10**12):012d}X"
            parties.append(person)
        case = self.world.case(actor=SYSTEM, claimant=parties[0], respondent=parties[1])
        self.report(f"caso {case.id}")

    def book(self) -> None:
        with self.db.read() as s:
            waiting = s.scalars(
                select(Case.id).where(Case.status == CaseStatus.SOLICITADA).limit(50)
            ).all()
        if not waiting:
            return self.register()
        day = dt.date(2026, 11, 30) + dt.timedelta(days=self.rng.randrange(0, 60))
        if day.weekday() >= 5:
            return None
        start = local(day.year, day.month, day.day, self.rng.choice((8, 9, 10, 11, 13, 14, 15)))
        request = BookingRequest(
            case_id=self.rng.choice(waiting),
            officer_id=self.rng.choice(self.officers),
            start=start,
            room_id=self.rng.choice(self.rooms),
        )
        try:
            hearing = book_hearing(self.db, SYSTEM, request, now=NOW)
        except ServiceError:
            return None  # a clash or a holiday: refused, nothing saved
        self.report(f"audiencia {hearing.id}")
        return None

    def import_file(self) -> None:
        n = self.rng.randrange(10**9)
        uid = lambda k: f"{n:08x}"[:8] + f"-0000-4000-8000-{k:012d}"  # noqa: E731
        with self.db.read() as s:
            office_uid = s.scalar(select(Office.uid).where(Office.id == self.office_id))
        person = {
            "nombres": "Importada",
            "apellidos": f"Persona {n}",
            "tipo_documento": "cedula",
            "sexo": "F",
            "fecha_nacimiento": "1990-01-01",
            "nacionalidad": "",
            "direccion": "",
            "telefono": "",
            "correo": "",
            "ocupacion": "",
            "empleador": "",
            "ingreso_mensual": None,
        }
        doc = {
            "formato": "conciliador-intercambio",
            "version": 1,
            "personas": [
                {**person, "uid": uid(1), "numero_documento": f"IMP-{n}-1"},
                {**person, "uid": uid(2), "numero_documento": f"IMP-{n}-2", "sexo": "M"},
            ],
            "hijos": [
                {
                    "uid": uid(3),
                    "nombres": "Niña",
                    "apellidos": f"Importada {n}",
                    "sexo": "F",
                    "fecha_nacimiento": "2019-03-03",
                    "partida_nacimiento": f"PN-IMP-{n}",
                }
            ],
            "casos": [
                {
                    "uid": uid(4),
                    "oficina_uid": office_uid,
                    "anio": 2025,
                    "numero": n % 900_000 + 1,
                    "solicitante_uid": uid(1),
                    "citado_uid": uid(2),
                    "representante_solicitante_uid": None,
                    "representante_citado_uid": None,
                    "hijos_uid": [uid(3)],
                    "materias": ["alimentos"],
                    "relato": "Importado de otra oficina.",
                    "tamizaje": {},
                    "tamizaje_positivo": False,
                    "estado": "solicitada",
                    "resultado": None,
                    "solicitado_en": "2025-06-01T15:00:00+00:00",
                    "fecha_solicitud": "2025-06-01",
                    "cerrado_en": None,
                }
            ],
        }
        try:
            import_records(self.db, SYSTEM, json.dumps(doc).encode(), source=f"lote-{n}")
        except ServiceError:
            return  # the rare clash of a random case number: refused, nothing saved
        self.report(f"importacion {uid(4)}")

    def export(self) -> None:
        data, counts = export_records(self.db, SYSTEM, "MN-D2")
        write_atomically(self.folder / EXPORT_NAME, data)
        self.report(f"exportacion {counts['casos']}")

    def _slot(self, days: int = 60) -> dt.datetime | None:
        day = dt.date(2026, 11, 30) + dt.timedelta(days=self.rng.randrange(0, days))
        if day.weekday() >= 5 or day == dt.date(2026, 12, 8):
            return None
        return local(day.year, day.month, day.day, self.rng.choice((8, 9, 10, 11, 13, 14, 15)))

    def issue(self) -> None:
        """Conclude a hearing in total agreement and issue its acta (numbered, frozen). The
        hearing is before the agreed first payment (15 December)."""
        start = self._slot(days=14)
        if start is None:
            return
        case = self.world.case(
            actor=SYSTEM,
            claimant=self._party("Rosa", Sex.FEMALE),
            respondent=self._party("Juan", Sex.MALE),
            matters={Matter.ALIMENTOS, Matter.VISITAS, Matter.CUIDO},
        )
        request = BookingRequest(case.id, self.rng.choice(self.officers), start, self.rooms[0])
        try:
            hearing = book_hearing(self.db, SYSTEM, request, now=NOW)
        except ServiceError:
            return
        start_hearing(self.db, SYSTEM, hearing.id, reason="Ambas partes acudieron por su cuenta.")
        ctx = agreement_context(self.db, SYSTEM, hearing.id)
        conclude_hearing(
            self.db, SYSTEM, hearing.id, Outcome.ACUERDO_TOTAL, terms=complete_terms(ctx)
        )
        acta = acta_of_hearing(self.db, SYSTEM, hearing.id)
        assert acta.acta_id is not None
        issued = issue_acta(self.db, SYSTEM, acta.acta_id, now=NOW)
        self.report(f"acta {issued.acta_id}")

    def batch(self, *, pdf: bool) -> None:
        """Print the citations of one hearing day, as files (PDF too when ``pdf``)."""
        start = self._slot()
        if start is None:
            return
        result = print_citations(
            self.db,
            SYSTEM,
            self.office_id,
            start.date(),
            self.folder / BATCH_DIR,
            by_hearing_day=True,
            pdf=pdf,
        )
        self.report(f"lote {len(result.written)}")

    def _party(self, first: str, sex: Sex) -> PersonInput:
        person = self.world.person(first, sex=sex)
        person.id_number = f"003-{self.rng.randrange(10**12):012d}Z"
        return person

    def backup(self) -> None:
        documents = self.folder / "documentos"
        info = create_backup(self.db, SYSTEM, self.folder / BACKUP_NAME, documents=documents)
        self.report(f"copia {info.manifest.audit_head.event_id if info.manifest.audit_head else 0}")


OPERATIONS: dict[str, tuple[Callable[[Desk], object], int]] = {
    # name: (what it does, how often, relatively)
    "caso": (Desk.register, 4),
    "audiencia": (Desk.book, 4),
    "importacion": (Desk.import_file, 2),
    "exportacion": (Desk.export, 2),
    "copia": (Desk.backup, 1),
    "acta": (Desk.issue, 3),
    "lote": (lambda desk: desk.batch(pdf=False), 2),
    "lote_pdf": (lambda desk: desk.batch(pdf=True), 1),
}


def work(url: str, folder: Path, seed: int) -> None:
    rng = random.Random(seed)
    desk = Desk(url, folder, rng)
    names = list(OPERATIONS)
    weights = [OPERATIONS[n][1] for n in names]
    while True:
        operation = OPERATIONS[rng.choices(names, weights)[0]][0]
        operation(desk)


def zygote(url: str, folder: Path) -> None:
    print("listo", flush=True)
    for line in sys.stdin:
        if line.strip() != "go":
            continue
        seed = random.randrange(1 << 30)
        pid = os.fork()
        if pid == 0:
            status = 0
            try:
                work(url, folder, seed)
            except BaseException:
                traceback.print_exc()
                sys.stderr.flush()
                status = 1
            finally:
                os._exit(status)
        print(pid, flush=True)
        _, status = os.waitpid(pid, 0)
        print(f"fin {status}", flush=True)


if __name__ == "__main__":
    zygote(sys.argv[1], Path(sys.argv[2]))
