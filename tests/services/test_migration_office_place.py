"""Migration 0005_12b_office_place on an existing database: offices keep their name's article
(read once from the name, so no printed sentence changes), get an empty place (issuing is then
blocked until it is set), and users an unspecified sex."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, text

from conciliador import migrations
from conciliador.db import Database


def test_existing_offices_keep_their_article_and_wait_for_their_place(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.sqlite'}"
    cfg = Config()
    cfg.set_main_option("script_location", str(Path(migrations.__file__).parent))
    engine = create_engine(url)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0004_person_key_index")
        for n, name in enumerate(
            ("Delegación Municipal de Tipitapa", "Centro de Mediación Norte", "MIFAN Boaco"), 1
        ):
            conn.execute(
                text(
                    "INSERT INTO offices (id, uid, code, name, level, address, phone, country,"
                    " timezone, profile_code, active, created_at) VALUES (:id, :uid, :code,"
                    " :name, 'municipal', '', '', 'NI', 'America/Managua', 'NI', 1,"
                    " '2026-01-01 00:00:00')"
                ),
                {
                    "id": n,
                    "uid": f"0190a6a0-0000-7000-8000-{n:012d}",
                    "code": f"X{n}",
                    "name": name,
                },
            )
    engine.dispose()
    db = Database(url)
    db.upgrade()
    with db.engine.connect() as conn:
        rows = conn.execute(
            text("SELECT name, name_article, department, municipality FROM offices ORDER BY id")
        ).all()
    assert [tuple(r) for r in rows] == [
        ("Delegación Municipal de Tipitapa", "la", "", ""),
        ("Centro de Mediación Norte", "el", "", ""),
        ("MIFAN Boaco", "", "", ""),
    ]
