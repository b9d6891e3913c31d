"""A desk killed with SIGKILL in the middle of a save — registering a case, booking, importing,
exporting, backing up — leaves the database consistent, loses nothing it reported saved, and
leaves no half-written file. Done many times, at random moments, on SQLite and PostgreSQL.

``CONCILIADOR_CRASH_ROUNDS`` sets how many kills (default 30 on SQLite, 12 on PostgreSQL).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
import random
import signal
import subprocess
import sys
import time
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

from conciliador.documents.atomic import sweep_stale_temporaries
from conciliador.models import Acta, AuditEvent, Case, Citation, Hearing
from conciliador.models import Counter as NumberCounter
from conciliador.services.actas.batch import print_citations
from conciliador.services.backup_archive import read_archive
from conciliador.services.backups import create_backup
from conciliador.services.interchange.importer import parse
from conciliador.services.verification import run_checks
from tests.support import crash_worker as cw
from tests.support.world import World

# Processes that race or are killed: run alone, after the parallel part (make test).
pytestmark = pytest.mark.serial

ROOT = Path(__file__).resolve().parents[2]


def _rounds(engine: str) -> int:
    explicit = os.environ.get("CONCILIADOR_CRASH_ROUNDS")
    if explicit:
        return int(explicit)
    return 30 if engine == "sqlite" else 12


def _done(folder: Path) -> list[tuple[str, str]]:
    try:
        text = (folder / cw.DONE_LOG).read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    complete = text if text.endswith("\n") else text.rsplit("\n", 1)[0]
    return [tuple(line.split(" ", 1)) for line in complete.splitlines() if line]  # type: ignore[misc]


def _check(world: World, folder: Path) -> None:
    """What must hold after every kill."""
    report = run_checks(world.db, thorough=False)
    assert report.ok, report.problems
    with world.db.read() as s:
        case_ids = set(s.scalars(select(Case.id)))
        created = set(
            s.scalars(
                select(AuditEvent.entity_id).where(
                    AuditEvent.entity == "caso",
                    AuditEvent.action.in_(("crear", "importar")),
                )
            )
        )
        assert {str(c) for c in case_ids} <= created, "un caso sin su evento de creación"
        numbers = sorted(
            s.scalars(
                select(Case.number).where(Case.office_id == world.office_id, Case.year == 2026)
            )
        )
        assert numbers == list(range(1, len(numbers) + 1)), "números de caso con huecos"
        counter = s.get(NumberCounter, (world.office_id, 2026, "caso"))
        assert (counter.last_value if counter else 0) == len(numbers), "contador desfasado"
        citations = Counter(s.scalars(select(Citation.hearing_id)))
        hearing_ids = set(s.scalars(select(Hearing.id)))
        assert all(citations[h] == 2 for h in hearing_ids), "audiencia sin sus dos citaciones"
        booked = set(
            s.scalars(select(AuditEvent.entity_id).where(AuditEvent.action == "programar"))
        )
        assert {str(h) for h in hearing_ids} <= booked
        imported = set(s.scalars(select(Case.uid)))
        issued = s.execute(
            select(Acta.id, Acta.number).where(
                Acta.office_id == world.office_id,
                Acta.year == 2026,
                Acta.number.is_not(None),
            )
        ).all()
        acta_numbers = sorted(n for _, n in issued)
        assert acta_numbers == list(range(1, len(acta_numbers) + 1)), "números de acta con huecos"
        acta_counter = s.get(NumberCounter, (world.office_id, 2026, "acta"))
        assert (acta_counter.last_value if acta_counter else 0) == len(acta_numbers)
        issued_events = set(
            s.scalars(select(AuditEvent.entity_id).where(AuditEvent.action == "emitir"))
        )
        assert {str(i) for i, _ in issued} <= issued_events, "acta emitida sin su evento"
        acta_ids = {i for i, _ in issued}
    for kind, what in _done(folder):
        if kind == "caso":
            assert int(what) in case_ids, f"se perdió el caso {what}, que se había guardado"
        elif kind == "audiencia":
            assert int(what) in hearing_ids, f"se perdió la audiencia {what}"
        elif kind == "importacion":
            assert what in imported, f"se perdió la importación del caso {what}"
        elif kind == "acta":
            assert int(what) in acta_ids, f"se perdió el acta emitida {what}"
    # A desk killed between an atomic write's hidden name and its rename (the export, the
    # backup) leaves that hidden file; the next write in the folder sweeps it, as done here.
    sweep_stale_temporaries(folder)
    visible = {p.name for p in folder.iterdir()}
    assert visible <= {cw.DONE_LOG, cw.EXPORT_NAME, cw.BACKUP_NAME, "documentos", cw.BATCH_DIR}
    _check_batch(folder / cw.BATCH_DIR)
    export = folder / cw.EXPORT_NAME
    if export.exists():
        parse(export.read_bytes())  # complete and valid, never half of one
        assert export.stat().st_mode & 0o777 == 0o600
    backup = folder / cw.BACKUP_NAME
    if backup.exists():
        read_archive(backup)
        assert backup.stat().st_mode & 0o777 == 0o600


def _check_batch(batch: Path) -> None:
    """Every printed file is whole. Only the work folder of a killed conversion may be left,
    or a file killed between getting its hidden name and its rename into place (the one step
    an atomic write cannot make without a name): the next write in that folder sweeps it, as
    done here first — so what is left is a dead writer's, and nothing visible is half of one."""
    if not batch.exists():
        return
    sweep_stale_temporaries(batch)
    for entry in batch.iterdir():
        if entry.name.startswith(".conciliador-pdf-"):
            pid = int(entry.name.removeprefix(".conciliador-pdf-").split("-")[0])
            assert not _alive(pid), "una conversión viva en un escritorio muerto"
            continue
        assert not entry.name.startswith("."), f"archivo temporal a medias: {entry.name}"
        data = entry.read_bytes()
        if entry.suffix == ".docx":
            with zipfile.ZipFile(io.BytesIO(data)) as docx:
                assert docx.testzip() is None, entry.name
        else:
            assert entry.suffix == ".pdf" and data.startswith(b"%PDF"), entry.name
            assert b"%%EOF" in data[-1024:], f"PDF a medias: {entry.name}"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.mark.slow
def test_a_desk_killed_mid_save_leaves_everything_consistent(
    world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = "sqlite" if world.db.is_sqlite else "postgresql"
    folder = tmp_path / "escritorio"
    (folder / "documentos").mkdir(parents=True)
    (folder / "documentos" / "acta.pdf").write_bytes(b"%PDF acta")
    backups = tmp_path / "copias"
    monkeypatch.setenv("CONCILIADOR_BACKUP_DIR", str(backups))
    errors = tmp_path / "errores.log"
    url = world.db.url.render_as_string(hide_password=False)
    with open(errors, "w", encoding="utf-8") as err:
        zygote = subprocess.Popen(
            [sys.executable, "-m", "tests.support.crash_worker", url, str(folder)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=err,
            text=True,
            cwd=ROOT,
            env={**os.environ, "CONCILIADOR_LOG_DIR": str(tmp_path / "log")},
        )
    assert zygote.stdin is not None and zygote.stdout is not None
    seed = int(os.environ.get("CONCILIADOR_CRASH_SEED", random.randrange(1 << 30)))
    rng = random.Random(seed)
    try:
        assert zygote.stdout.readline().strip() == "listo", errors.read_text()
        for _ in range(_rounds(engine)):
            zygote.stdin.write("go\n")
            zygote.stdin.flush()
            pid = int(zygote.stdout.readline())
            time.sleep(rng.uniform(0.1, 1.6))
            with contextlib.suppress(ProcessLookupError):  # died on its own: said below
                os.kill(pid, signal.SIGKILL)
            status = int(zygote.stdout.readline().split()[1])
            assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, (
                f"el escritorio terminó solo (semilla {seed}):\n{errors.read_text()}"
            )
            _check(world, folder)
    finally:
        zygote.stdin.close()
        zygote.wait(timeout=30)
        zygote.stdout.close()
    kinds = Counter(kind for kind, _ in _done(folder))
    assert {"caso", "audiencia", "exportacion", "importacion", "acta"} <= set(kinds), kinds
    # A killed PDF conversion's work folder is swept by the next batch.
    batch = folder / cw.BATCH_DIR
    batch.mkdir(exist_ok=True)
    print_citations(world.db, world.system, world.office_id, dt.date(2026, 11, 30), batch)
    assert [p.name for p in batch.iterdir() if p.name.startswith(".")] == []
    # Work folders a killed backup left (they may hold a copy of the database) are swept
    # by the next backup.
    create_backup(world.db, world.system, tmp_path / "despues.tar.gz", documents=folder)
    assert [p.name for p in backups.iterdir() if p.name.startswith(".trabajo")] == []
    with world.db.read() as s:
        assert s.scalar(select(func.count(Case.id))) >= kinds["caso"]
