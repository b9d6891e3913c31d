"""Migration 0011_s19_person_word_prefixes on an existing PostgreSQL database: the people
already there are found through the new word index (built on the existing rows)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, insert

from conciliador import migrations
from conciliador.db import Database
from conciliador.domain.enums import IdType, Sex
from conciliador.models import Person
from conciliador.services.person_search import SearchWords, candidate_ids
from conciliador.services.text import search_key
from tests.support.pgserver import PgServer

pytestmark = pytest.mark.pg


def test_people_registered_before_the_migration_are_found_by_word_prefixes(
    pg_server: PgServer,
) -> None:
    name = pg_server.new_database()
    url = pg_server.url(name)
    cfg = Config()
    cfg.set_main_option("script_location", str(Path(migrations.__file__).parent))
    engine = create_engine(url)
    people = [("María José", "López García", "001-040100-2526V"), ("Marvin", "Úbeda", None)]
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0010_16_stored_schedules")
        for n, (first, last, number) in enumerate(people):
            conn.execute(
                insert(Person).values(
                    uid=f"u-{n}",
                    first_names=first,
                    last_names=last,
                    id_type=IdType.CEDULA,
                    id_number=number,
                    sex=Sex.FEMALE,
                    search_key=search_key(first, last, number),
                    created_at=dt.datetime(2026, 11, 23, 15, 0, tzinfo=dt.UTC),
                )
            )
    engine.dispose()

    db = Database(url)
    try:
        db.upgrade()
        with db.read() as session:

            def found(typed: str) -> int:
                words = SearchWords.of(typed)  # through the index, never the walk
                return len(list(session.scalars(candidate_ids(session, words, way="index"))))

            assert found("maría l") == 1
            assert found("MAR") == 2
            assert found("ubeda m") == 1
            assert found("001-0401") == 1
            assert found("lopez x") == 0
    finally:
        db.dispose()
        pg_server.drop_database(name)
