"""The interchange file carries the sender's audit anchors, one per chain, to the office above
(issue 13 §1).

Someone holding this desk's key can rewrite the trail and re-sign the anchors kept here; the
anchor that left in a file to the office above cannot be re-signed there. ``verify --ancla-de``
checks this desk's trail against it, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from conciliador.db import Database
from conciliador.models import AuditEvent
from conciliador.services import anchors, cases
from conciliador.services.audit_chain import chain_head, chain_heads
from conciliador.services.interchange.anchor import anchors_of_file
from conciliador.services.interchange.export import export_records
from conciliador.services.interchange.importer import import_records
from conciliador.services.verification import verify
from tests.cli.test_cli import conciliador
from tests.services.test_audit_tamper import _rechain
from tests.support.world import World


def _sent_up(world: World, tmp_path: Path) -> Path:
    case = world.case()
    cases.get_case(world.db, world.officer, case.id)
    path = tmp_path / "envio.json"
    export_records(world.db, world.system, path=path)
    return path


def _carried(path: Path) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))["anclas_bitacora"]
    return found


def test_the_file_carries_every_chains_head_and_verifies_against_them(
    world: World, tmp_path: Path
) -> None:
    path = _sent_up(world, tmp_path)
    with world.db.read() as s:
        heads = {h.chain: h for h in chain_heads(s)}
    carried = {a["cadena"]: a for a in _carried(path)}
    # One chain per office (the export's own event, written after, may start another).
    assert set(carried) <= set(heads) and len(carried) >= 2
    for chain, anchor in carried.items():
        assert anchor["huella_primer_evento"] == heads[chain].first_hash
        # The head as the file was made: the export's own event may come after it.
        assert anchor["evento"] <= heads[chain].event_id
    loaded = anchors_of_file(path, world.db.url)
    assert loaded.problems == [] and len(loaded.anchors) == len(carried)
    report = verify(world.db, world.system, anchors=loaded.anchors)
    assert report.ok, report.problems


def test_a_trail_rewritten_by_someone_holding_the_key_meets_the_anchors_sent_up(
    world: World, tmp_path: Path
) -> None:
    path = _sent_up(world, tmp_path)
    # The forger holds this desk's key: rewrites the office's chain from its first event,
    # recomputes every hash, and replaces the local latest anchor with one of the forged chain.
    chain = max(a["cadena"] for a in _carried(path))
    with world.db.write() as s:
        first = s.scalar(
            select(AuditEvent.id).where(AuditEvent.chain == chain).order_by(AuditEvent.id).limit(1)
        )
        assert first is not None
        s.execute(update(AuditEvent).where(AuditEvent.id == first).values(reason="reescrito"))
    _rechain(world, first)
    with world.db.read() as s:
        forged = chain_head(s, chain)
    assert forged is not None
    anchors.write_latest(world.db.url, forged, world.db.now(), force=True)
    assert verify(world.db, world.system).ok  # nothing kept at this desk can tell

    carried = anchors_of_file(path, world.db.url)
    problems = verify(world.db, world.system, anchors=carried.anchors).problems
    assert any("reescrita desde el principio" in p for p in problems), problems


def test_an_altered_anchor_in_the_file_is_reported_not_used(world: World, tmp_path: Path) -> None:
    path = _sent_up(world, tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    first = data["anclas_bitacora"][0]
    first["huella"] = ("0" if first["huella"][0] != "0" else "1") + first["huella"][1:]
    path.write_text(json.dumps(data), encoding="utf-8")
    loaded = anchors_of_file(path, world.db.url)
    assert len(loaded.anchors) == len(data["anclas_bitacora"]) - 1
    assert any("n.º 1" in p and "fue alterada" in p for p in loaded.problems)


def test_the_office_above_records_the_anchors_it_received_in_its_own_trail(
    world: World, tmp_path: Path
) -> None:
    path = _sent_up(world, tmp_path)
    carried = _carried(path)
    above = Database(f"sqlite:///{tmp_path / 'superior.sqlite'}", clock=world.db.clock)
    above.upgrade()
    import_records(above, world.system, path.read_bytes(), source="envio.json")
    with above.read() as s:
        after = s.scalars(
            select(AuditEvent.after).where(
                AuditEvent.action == "importar", AuditEvent.entity == "intercambio"
            )
        ).one()
    assert after is not None
    for anchor in carried:
        assert (
            f"cadena {anchor['cadena']}: n.º {anchor['evento']} · SHA-256 {anchor['huella']}"
            in after["anclas_recibidas"]
        )


@pytest.mark.slow  # `conciliador` in subprocesses: in make test, not in make check
def test_verify_on_the_command_line_takes_the_file(world: World, tmp_path: Path) -> None:
    path = _sent_up(world, tmp_path)
    done = conciliador(
        "verify",
        "--db",
        world.db.url.render_as_string(hide_password=False),
        "--ancla-de",
        str(path),
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Todo en orden." in done.stdout
