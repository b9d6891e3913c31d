"""Killed half-way, nothing is left running or lying around (issue 13): a PDF batch's
LibreOffice, a large demo's worker processes, and the hidden work folders of batches, demos,
backups and restores, which the next start sweeps."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import pytest

from conciliador.db import Database, open_database
from conciliador.documents.pdf import LO_WORK, soffice_path
from conciliador.services.leftovers import sweep_leftovers
from conciliador.services.storage import backup_dir, documents_dir

# Processes that race or are killed: run alone, after the parallel part (make test).
pytestmark = pytest.mark.serial


def _processes_mentioning(marker: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        if marker in command and str(os.getpid()) != entry.name:
            found.append(int(entry.name))
    return found


def _children_of(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _wait_until(condition: object, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.1)
    return False


def _start(script: str, tmp_path: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "TMPDIR": str(tmp_path), "PYTHONPATH": os.getcwd()}
    return subprocess.Popen([sys.executable, "-c", textwrap.dedent(script)], env=env)


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or soffice_path() is None,
    reason="LibreOffice en Linux",
)
def test_a_killed_pdf_batch_leaves_no_libreoffice_and_no_work_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sources = tmp_path / "docs"
    sources.mkdir()
    for n in range(150):
        (sources / f"doc{n:02d}.txt").write_text("Acta de prueba\n" * 3000, encoding="utf-8")
    batch = _start(
        f"""
        from pathlib import Path
        from conciliador.documents.pdf import convert_many
        convert_many(sorted(Path({str(sources)!r}).glob("*.txt")), Path({str(tmp_path)!r}) / "pdf",
                     workers=2)
        """,
        tmp_path,
    )
    marker = str(tmp_path)  # every LibreOffice of this batch has its profile in there
    assert _wait_until(lambda: _processes_mentioning(marker), 60), "LibreOffice no arrancó"
    batch.send_signal(signal.SIGKILL)
    batch.wait()
    assert _wait_until(lambda: not _processes_mentioning(marker), 3), "LibreOffice sigue vivo"
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # the batch's system temp folder
    db = Database(f"sqlite:///{tmp_path / 'c.sqlite'}")
    sweep_leftovers(db)
    db.dispose()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(LO_WORK)]


def test_a_killed_demo_leaves_no_worker_and_the_next_start_sweeps_its_folder(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path / 'demo.sqlite'}"
    demo = _start(
        f"""
        from conciliador.db import open_database
        from conciliador.services.actor import Actor
        from conciliador.demo import DemoSpec, generate_demo
        db = open_database({url!r})
        spec = DemoSpec(cases=30_000, password="clave-segura-2026")
        generate_demo(db, Actor.command_line(), spec, workers=2)
        """,
        tmp_path,
    )
    assert _wait_until(lambda: _children_of(demo.pid), 60), "no arrancó ningún proceso auxiliar"
    assert _wait_until(lambda: list(tmp_path.glob(".conciliador-demo-*")), 30)
    workers = _children_of(demo.pid)
    demo.send_signal(signal.SIGKILL)
    demo.wait()
    assert _wait_until(lambda: not any(_alive(w) for w in workers), 10), "un auxiliar sigue vivo"
    db = open_database(url)
    sweep_leftovers(db)
    db.dispose()
    assert not list(tmp_path.glob(".conciliador-demo-*"))


def test_the_next_start_sweeps_what_killed_backups_restores_and_batches_left(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path / 'c.sqlite'}"
    db = open_database(url)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    living = os.getpid()
    copies, documents = backup_dir(db), documents_dir(db)
    left = [
        copies / f".trabajo-{dead.pid}-abc",  # a backup's work folder, with a dump in it
        documents / f".conciliador-pdf-{dead.pid}-abc",
        documents.parent / f".{documents.name}.restaurando-{dead.pid}",
    ]
    kept = copies / f".trabajo-{living}-abc"  # a backup running right now: left alone
    for folder in [*left, kept]:
        folder.mkdir(parents=True)
        (folder / "base.pgdump").write_bytes(b"datos personales")
    db.dispose()
    result = subprocess.run(
        [sys.executable, "-m", "conciliador", "verify", "--db", url],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": os.getcwd()},
    )
    assert result.returncode == 0, result.stderr
    assert [p for p in left if p.exists()] == []
    assert kept.exists()
