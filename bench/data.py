"""The benchmarks' big databases: built once, cached outside the repository, reused.

For other benchmarks (reports, desktop, actas), the whole API is::

    from bench.data import million_hearings_db, MILLION
    path = million_hearings_db()          # a pathlib.Path to a SQLite file; builds it if needed
    db = Database(f"sqlite:///{path}")    # open it read-only in spirit: never write to it
    MILLION.today                         # the day the data is generated around (10:30 there)

The file is a complete Conciliador database at the newest migration: 100 offices (the national
one and 99 delegations holding hearings), ten years of requests ending on ``MILLION.today``,
about 1,000,000 hearings with their cases, people, children, citations, referrals, agreements and
overrides, made by the same generator as ``conciliador demo`` (``conciliador/demo/``).

It lives in the user's cache folder (``~/.cache/conciliador/bench/`` on Linux). Its name
carries a key made of the Alembic head, a hash of the migration files (a revision re-chained
at a merge keeps its name but not its content) and a hash of the generator's source and data,
so a schema change or a generator change builds a new file; old files stay until deleted by hand
(another checkout may still use them). Builds are serialised with a lock file, so two
benchmarks started together build it once; a build goes to a temporary file that is renamed
into place only when complete. Copy the file before changing anything in it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import fcntl
import hashlib
import json
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from alembic.config import Config
from alembic.script import ScriptDirectory
from platformdirs import user_cache_path

import conciliador
from conciliador import migrations
from conciliador.db import Database
from conciliador.demo import DemoSpec, DemoSummary, default_workers, generate_demo
from conciliador.services.actor import Actor

_PACKAGE = Path(conciliador.__file__).parent
#: What the data depends on besides the schema: a change to any of these rebuilds the file.
GENERATOR_FILES = tuple(sorted((_PACKAGE / "demo").glob("*.py")))
#: Same for the data files the generator reads (names, the criteria profile).
_RESOURCE_GLOBS = ("demo/*.toml", "criteria/ni.toml")


@dataclass(frozen=True)
class BenchData:
    """One benchmark database: what ``conciliador demo`` is asked to generate."""

    name: str
    cases: int
    #: All offices: the national one plus the delegations that hold hearings.
    offices: int
    months: int
    seed: int = 2026
    today: dt.date = dt.date(2026, 11, 23)

    def spec(self) -> DemoSpec:
        return DemoSpec(
            cases=self.cases,
            seed=self.seed,
            password="banco-de-pruebas-2026",
            today=self.today,
            months=self.months,
            offices=self.offices,
        )


#: About 1,000,000 hearings (1.3 per case) over ten years, in 100 offices: the national
#: office, 17 departmental and 82 municipal delegations (the 99 that hold hearings).
MILLION = BenchData(name="audiencias-1m", cases=783_000, offices=100, months=120)


@dataclass(frozen=True)
class BuildReport:
    path: Path
    seconds: float
    workers: int
    summary: DemoSummary
    #: CPU seconds of this process and of its worker processes during the build: on a busy
    #: machine the wall time grows while these stay put.
    cpu_main: float = 0.0
    cpu_workers: float = 0.0


def cache_dir() -> Path:
    return user_cache_path("conciliador", appauthor=False) / "bench"


def alembic_head() -> str:
    config = Config()
    config.set_main_option("script_location", str(Path(migrations.__file__).parent))
    return "+".join(sorted(ScriptDirectory.from_config(config).get_heads()))


def migrations_hash(versions: Path | None = None) -> str:
    """The migration files' names and contents: the schema a head name stands for."""
    digest = hashlib.sha256()
    folder = versions or Path(migrations.__file__).parent / "versions"
    for path in sorted(folder.glob("*.py")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:8]


def schema_key() -> str:
    """«<Alembic head>-m<migrations hash>»: what a cached file's schema is named by."""
    return f"{alembic_head()}-m{migrations_hash()}"


def generator_hash() -> str:
    digest = hashlib.sha256()
    resources = _PACKAGE.parent / "resources"
    if not resources.is_dir():  # an installed wheel carries them inside the package
        resources = _PACKAGE / "_data" / "resources"
    files = list(GENERATOR_FILES)
    for pattern in _RESOURCE_GLOBS:
        files.extend(sorted(resources.glob(pattern)))
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


def database_key(data: BenchData) -> str:
    """Schema (head and migrations hash), generator hash and the data's own parameters."""
    fields = json.dumps(dataclasses.asdict(data), default=str, sort_keys=True)
    params = hashlib.sha256(fields.encode()).hexdigest()[:6]
    return f"{schema_key()}-g{generator_hash()}-p{params}"


def database_path(data: BenchData, cache: Path | None = None) -> Path:
    return (cache or cache_dir()) / f"{data.name}-{database_key(data)}.sqlite"


def build_database(
    path: Path,
    data: BenchData,
    *,
    workers: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> BuildReport:
    """Generate ``data`` into a new SQLite file at ``path`` (which must not exist), timed from
    the empty migrated schema to the committed data with every index built."""
    if path.exists():
        raise FileExistsError(path)
    db = Database(f"sqlite:///{path}")
    try:
        db.upgrade()
        workers = default_workers(data.cases) if workers is None else workers
        before, start = os.times(), time.perf_counter()
        summary = generate_demo(
            db, Actor.command_line("bench"), data.spec(), progress=progress, workers=workers
        )
        seconds, after = time.perf_counter() - start, os.times()
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.dispose()
    return BuildReport(
        path,
        seconds,
        workers,
        summary,
        cpu_main=after.user + after.system - before.user - before.system,
        cpu_workers=after.children_user
        + after.children_system
        - before.children_user
        - before.children_system,
    )


def cached_database(
    data: BenchData,
    *,
    cache: Path | None = None,
    progress: Callable[[int], None] | None = None,
    on_build: Callable[[BuildReport], None] | None = None,
) -> Path:
    """The cached file for ``data``, built first if it is not there yet."""
    path = database_path(data, cache)
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    with _locked(path.with_suffix(".lock")):
        if path.exists():  # built by someone else while we waited
            return path
        partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
        _remove_database(partial)
        try:
            report = build_database(partial, data, progress=progress)
            os.replace(partial, path)
        finally:
            _remove_database(partial)
        report = dataclasses.replace(report, path=path)
        _write_build_record(report, data)
        if on_build is not None:
            on_build(report)
    return path


def million_hearings_db(
    *,
    progress: Callable[[int], None] | None = None,
    on_build: Callable[[BuildReport], None] | None = None,
) -> Path:
    """The one-million-hearing SQLite database (see the module's docstring)."""
    return cached_database(MILLION, progress=progress, on_build=on_build)


def build_record(path: Path) -> dict[str, object] | None:
    """What was written next to a cached file when it was built (time taken, counts)."""
    record = path.with_suffix(".json")
    return json.loads(record.read_text(encoding="utf-8")) if record.exists() else None


def _write_build_record(report: BuildReport, data: BenchData) -> None:
    summary = report.summary
    record = {
        "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "seconds": round(report.seconds, 2),
        "workers": report.workers,
        "cpu_seconds": {"main": round(report.cpu_main, 1), "workers": round(report.cpu_workers, 1)},
        "phases": {k: round(v, 2) for k, v in report.summary.phases.items()},
        "data": dataclasses.asdict(data),
        "offices": summary.offices,
        "cases": summary.cases,
        "hearings": summary.hearings,
        "citations": summary.citations,
        "persons": summary.persons,
    }
    target = report.path.with_suffix(".json")
    temporary = target.with_name(f".{target.name}.{os.getpid()}")
    temporary.write_text(json.dumps(record, indent=2, default=str), encoding="utf-8")
    os.replace(temporary, target)


def _remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


@contextmanager
def _locked(lock: Path) -> Iterator[None]:
    with lock.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
