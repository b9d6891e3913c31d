"""The interchange file carries the sender's audit anchor to the office above (issue 13 §1).

Someone holding this desk's key can rewrite the trail and re-sign the anchors kept here; the
anchor that left in a file to the office above cannot be re-signed there. ``verify --ancla-de``
checks this desk's trail against it, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select, update

from conciliador.db import Database
from conciliador.models import AuditEvent
from conciliador.services import anchors, cases
from conciliador.services.audit_chain import AuditAnchor, chain_head, chain_heads
from conciliador.services.interchange.anchor import anchors_of_file
from conciliador.services.interchange.export import export_records
from conciliador.services.interchange.importer import import_records
from conciliador.services.verification import verify
from tests.cli.test_cli import conciliador
from tests.services.test_audit_tamper import _rechain
from tests.support.world import World


def _last_written(world: World) -> AuditAnchor:
    """The head of the chain written last (one chain per office, issue 19): the file's."""
    with world.db.read() as s:
        return max(chain_heads(s), key=lambda h: h.event_id)


def _sent_up(world: World, tmp_path: Path) -> Path:
    case = world.case()
    cases.get_case(world.db, world.officer, case.id)
    path = tmp_path / "envio.json"
    export_records(world.db, world.system, path=path)
    return path


def test_the_file_carries_the_trails_head_and_verifies_against_it(
    world: World, tmp_path: Path
) -> None:
    before = _last_written(world)
    path = _sent_up(world, tmp_path)
    carried = json.loads(path.read_text(encoding="utf-8"))["ancla_bitacora"]
    with world.db.read() as s:
        chain = s.scalar(select(AuditEvent.chain).where(AuditEvent.id == carried["evento"]))
        assert chain is not None
        head = chain_head(s, chain)
    last = _last_written(world)
    assert head is not None
    # The head as the file was made: the export's own event comes after it.
    assert before.event_id < carried["evento"] < last.event_id
    assert carried["huella_primer_evento"] == head.first_hash
    loaded = anchors_of_file(path, world.db.url)
    assert loaded.problems == [] and len(loaded.anchors) == 1
    report = verify(world.db, world.system, anchors=loaded.anchors)
    assert report.ok, report.problems


def test_a_trail_rewritten_by_someone_holding_the_key_meets_the_anchor_sent_up(
    world: World, tmp_path: Path
) -> None:
    path = _sent_up(world, tmp_path)
    carried_event = json.loads(path.read_text(encoding="utf-8"))["ancla_bitacora"]["evento"]
    # The forger holds this desk's key: rewrites the chain from its first event, recomputes
    # every hash, and replaces the local latest anchor with one of the forged chain.
    with world.db.write() as s:
        chain = s.scalar(select(AuditEvent.chain).where(AuditEvent.id == carried_event))
        first = s.scalar(
            select(AuditEvent.id).where(AuditEvent.chain == chain).order_by(AuditEvent.id).limit(1)
        )
        assert chain is not None and first is not None
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
    data["ancla_bitacora"]["evento"] -= 1
    path.write_text(json.dumps(data), encoding="utf-8")
    loaded = anchors_of_file(path, world.db.url)
    assert loaded.anchors == []
    assert any("fue alterada" in p for p in loaded.problems)


def test_the_office_above_records_the_anchor_it_received_in_its_own_trail(
    world: World, tmp_path: Path
) -> None:
    path = _sent_up(world, tmp_path)
    carried = json.loads(path.read_text(encoding="utf-8"))["ancla_bitacora"]
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
    assert after["ancla_recibida"].startswith(
        f"n.º {carried['evento']} · SHA-256 {carried['huella']}"
    )


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
