"""Smaller holes of issue 13: PostgreSQL tools and the URL's query, sign-in timing, a long
digit string in the Actas search."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

import pytest

from conciliador.db import Database
from conciliador.services import users
from conciliador.services.actas.queries import ActaFilter, list_actas
from conciliador.services.actor import Actor
from conciliador.services.backups import create_backup
from conciliador.services.pg_tools import connection_env
from conciliador.services.users import SignInFailed
from tests.support.hashing import application_password_hashing
from tests.support.pgserver import PgServer
from tests.support.world import PASSWORD, World


def test_the_urls_query_reaches_the_postgresql_tools() -> None:
    env = connection_env(Database("postgresql://ana@/conciliador?host=/run/pg&sslmode=require"))
    assert (env["PGHOST"], env["PGSSLMODE"], env["PGDATABASE"]) == (
        "/run/pg",
        "require",
        "conciliador",
    )


@pytest.mark.pg
def test_a_backup_through_the_servers_socket_folder(
    pg_server: PgServer, pg_url: str, tmp_path: Path
) -> None:
    name = pg_url.rsplit("/", 1)[1]
    url = f"postgresql://postgres@/{name}?host={pg_server.root}&port={pg_server.port}"
    db = Database(url)
    try:
        info = create_backup(db, Actor.command_line(), tmp_path / "copia.tar.gz")
    finally:
        db.dispose()
    assert info.manifest.engine == "postgresql"


def _seconds(db: Database, login: str) -> float:
    started = time.perf_counter()
    with pytest.raises(SignInFailed):
        users.sign_in(db, login, "contraseña-equivocada-1")
    return time.perf_counter() - started


def test_an_unknown_login_takes_as_long_to_refuse_as_a_known_one(world: World) -> None:
    with application_password_hashing(world.db, PASSWORD):
        known = statistics.median(_seconds(world.db, "juan.secretario") for _ in range(3))
        unknown = statistics.median(_seconds(world.db, "nadie.conocido") for _ in range(3))
    assert unknown > known / 3, (known, unknown)


def test_a_long_digit_string_in_the_actas_search_finds_nothing(world: World) -> None:
    assert list_actas(world.db, world.supervisor, ActaFilter(text="9" * 40)) == []
    assert list_actas(world.db, world.supervisor, ActaFilter(text="MN-D2-2026-²")) == []
