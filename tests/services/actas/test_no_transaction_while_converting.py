"""No transaction stays open while a document is made (issue 19): issuing renders the acta's
text before the unit of work that numbers it, and signing converts it with LibreOffice between
two units, inside none — so a slow conversion holds no row, no number and no snapshot another
desk could be waiting for. Checked on PostgreSQL, where the server lists open transactions."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import text

from conciliador.services.actas import issue_acta, lifecycle, rendering, sign_acta
from tests.support.actas import SIGNED_AT, all_sign, concluded
from tests.support.world import NOW, World

OPEN = text(
    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
    " AND pid <> pg_backend_pid() AND backend_type = 'client backend'"
    " AND xact_start IS NOT NULL"
)


def _watching(world: World, real: Callable[..., Any], seen: list[int]) -> Callable[..., Any]:
    def watched(*args: Any, **kwargs: Any) -> Any:
        with world.db.engine.connect() as conn:  # a connection of its own, outside any unit
            seen.append(int(conn.execute(OPEN).scalar_one()))
        return real(*args, **kwargs)

    return watched


def test_issuing_and_signing_hold_no_transaction_while_the_document_is_made(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    if world.db.is_sqlite:
        pytest.skip("PostgreSQL lists the open transactions; SQLite's readers block no one")
    _, hearing = concluded(world, hour=8)
    rendered: list[int] = []
    converted: list[int] = []
    monkeypatch.setattr(lifecycle, "render", _watching(world, lifecycle.render, rendered))
    monkeypatch.setattr(rendering, "to_pdf", _watching(world, rendering.to_pdf, converted))
    issue_acta(world.db, world.officer, hearing.acta_id, now=NOW)
    sign_acta(world.db, world.officer, hearing.acta_id, all_sign(), now=SIGNED_AT)
    assert rendered == [0] and converted == [0]
