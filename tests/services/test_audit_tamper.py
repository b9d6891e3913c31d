"""The audit trail against someone who can write the database (issue 13): every way of
tampering with it — edit, delete, reorder, truncate, rewrite the whole chain from event 1,
change an issued acta — is caught by ``verify``, on SQLite and PostgreSQL.

The proof that cannot be forged from the database's side is the latest anchor, signed with the
office's key and kept in the user's protected folder (CONCILIADOR_KEY_DIR in the tests), moved
forward after every unit of work that adds events.
"""

from __future__ import annotations

import os
import stat

import pytest
from sqlalchemy import delete, select, update

from conciliador.models import Acta, AuditEvent
from conciliador.services import anchors, audit_key, cases
from conciliador.services.actas import issue_acta
from conciliador.services.audit import GENESIS, HASHED, content_hash
from conciliador.services.audit_chain import chain_head
from conciliador.services.reports.periods import Month
from conciliador.services.reports.summary import monthly_summary
from conciliador.services.reports.tables import report_document
from conciliador.services.verification import verify
from tests.support.actas import concluded
from tests.support.world import NOW, World


def _trail(world: World, office_id: int | None = None) -> list[int]:
    """A few more events in an office's chain (the world's office by default), and every event
    id of that chain in order."""
    office_id = office_id or world.office_id
    actor = world.officer if office_id == world.office_id else world.system
    case = world.case(office_id=office_id, actor=actor)
    for _ in range(3):
        cases.get_case(world.db, actor, case.id)
    with world.db.read() as s:
        return list(
            s.scalars(
                select(AuditEvent.id).where(AuditEvent.chain == office_id).order_by(AuditEvent.id)
            )
        )


def _problems(world: World) -> list[str]:
    return verify(world.db, world.system).problems


def _rechain(world: World, start: int) -> None:
    """Recompute every hash and link of event ``start``'s chain from it on, as a careful forger
    would."""
    with world.db.write() as s:
        chain = s.scalar(select(AuditEvent.chain).where(AuditEvent.id == start))
        in_chain = AuditEvent.chain == chain
        previous = (
            s.scalar(
                select(AuditEvent.hash)
                .where(in_chain, AuditEvent.id < start)
                .order_by(AuditEvent.id.desc())
                .limit(1)
            )
            or GENESIS
        )
        rows = s.execute(
            select(AuditEvent.id, *[getattr(AuditEvent, n) for n in HASHED])
            .where(in_chain, AuditEvent.id >= start)
            .order_by(AuditEvent.id)
        ).all()
        for row in rows:
            values = dict(row._mapping)
            values["prev_hash"] = previous
            previous = content_hash(values)
            s.execute(
                update(AuditEvent)
                .where(AuditEvent.id == row.id)
                .values(prev_hash=values["prev_hash"], hash=previous)
            )


def test_an_untouched_trail_verifies_and_says_how_far_its_anchors_reach(world: World) -> None:
    ids = _trail(world)
    report = verify(world.db, world.system)
    assert report.ok, report.problems
    assert any("cubierta por anclas hasta el último evento" in line for line in report.lines())
    assert ids


def test_the_key_and_the_latest_anchor_are_private_files_outside_the_database_folder(
    world: World,
) -> None:
    _trail(world)
    folder = audit_key.key_dir()
    for name in os.listdir(folder):
        assert stat.S_IMODE(os.stat(folder / name).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700
    path = world.db.sqlite_path
    if path is not None:
        assert not str(folder).startswith(str(path.parent))
    assert anchors.latest_anchor(world.db.url, world.office_id).anchors


def test_an_edited_and_rechained_event_is_caught(world: World) -> None:
    ids = _trail(world)
    with world.db.write() as s:
        s.execute(update(AuditEvent).where(AuditEvent.id == ids[3]).values(actor="Nadie"))
    _rechain(world, ids[3])
    problems = _problems(world)
    assert any("no es el que había cuando se tomó el ancla" in p for p in problems), problems


def test_a_deleted_and_rechained_event_is_caught(world: World) -> None:
    ids = _trail(world)
    with world.db.write() as s:
        s.execute(delete(AuditEvent).where(AuditEvent.id == ids[4]))
    _rechain(world, ids[5])
    assert _problems(world)


def test_reordered_events_are_caught(world: World) -> None:
    ids = _trail(world)
    a, b = ids[2], ids[3]
    columns = [*[getattr(AuditEvent, n) for n in HASHED], AuditEvent.hash]
    with world.db.write() as s:
        first = dict(s.execute(select(*columns).where(AuditEvent.id == a)).one()._mapping)
        second = dict(s.execute(select(*columns).where(AuditEvent.id == b)).one()._mapping)
        s.execute(update(AuditEvent).where(AuditEvent.id == a).values({**second, "hash": "x" * 64}))
        s.execute(update(AuditEvent).where(AuditEvent.id == b).values(**first))
        s.execute(update(AuditEvent).where(AuditEvent.id == a).values(hash=second["hash"]))
    assert _problems(world)
    _rechain(world, a)  # and with every link recomputed
    assert _problems(world)


def test_a_truncated_tail_is_caught(world: World) -> None:
    ids = _trail(world)
    with world.db.write() as s:
        s.execute(delete(AuditEvent).where(AuditEvent.id >= ids[-2]))
    problems = _problems(world)
    assert any(f"Falta el evento n.º {ids[-1]}" in p for p in problems), problems


def test_a_chain_rewritten_from_event_one_is_caught(world: World) -> None:
    ids = _trail(world)
    with world.db.write() as s:
        s.execute(update(AuditEvent).where(AuditEvent.id == ids[0]).values(reason="reescrito"))
        s.execute(delete(AuditEvent).where(AuditEvent.id == ids[-1]))
    _rechain(world, ids[0])
    problems = _problems(world)
    assert any("reescrita desde el principio" in p for p in problems), problems


def test_a_forged_or_altered_latest_anchor_is_caught(world: World) -> None:
    ids = _trail(world)
    path = anchors._latest_path(world.db.url, world.office_id)
    parts = path.read_text(encoding="utf-8").rstrip("\n").split("\t")
    parts[3], parts[4] = str(ids[2]), "0" * 64  # moved back, as one hiding a rewrite would
    path.write_text("\t".join(parts) + "\n", encoding="utf-8")
    problems = verify(world.db, world.system).problems
    assert any("fue alterada (su firma no coincide)" in p for p in problems), problems


def test_changing_an_issued_actas_number_or_text_is_caught(world: World) -> None:
    _, first = concluded(world, hour=8)
    issue_acta(world.db, world.officer, first.acta_id, now=NOW)
    assert verify(world.db, world.system).ok
    with world.db.write() as s:
        s.execute(update(Acta).where(Acta.id == first.acta_id).values(number=7))
    problems = _problems(world)
    assert any("el número fue cambiado en la base" in p for p in problems), problems
    with world.db.write() as s:  # behind the application's back: plain SQL, no ORM guard
        frozen = s.scalar(select(Acta.frozen_context).where(Acta.id == first.acta_id))
        assert frozen is not None
        s.execute(
            update(Acta)
            .where(Acta.id == first.acta_id)
            .values(number=1, frozen_context={**frozen, "lugar": "Otra ciudad"})
        )
    problems = _problems(world)
    assert any("su texto emitido fue cambiado" in p for p in problems), problems


def test_the_monthly_summary_carries_the_trails_anchor_out_of_the_office(world: World) -> None:
    _trail(world)
    with world.db.read() as s:
        head = chain_head(s, world.office_id)
    summary = monthly_summary(world.db, world.supervisor, Month(2026, 11), world.office_id, now=NOW)
    assert head is not None
    assert summary.audit_anchor == f"n.º {head.event_id} · SHA-256 {head.hash}"
    facts = dict(report_document(summary).facts)
    assert facts["Bitácora (ancla)"] == f"último evento {summary.audit_anchor}"


def _tamper(world: World, kind: str, ids: list[int]) -> None:
    """One way of tampering, applied to the chain whose event ids are ``ids``."""
    with world.db.write() as s:
        if kind == "borrado":
            s.execute(delete(AuditEvent).where(AuditEvent.id == ids[-3]))
        elif kind == "editado":
            s.execute(update(AuditEvent).where(AuditEvent.id == ids[-3]).values(actor="Nadie"))
        elif kind == "truncado":
            s.execute(delete(AuditEvent).where(AuditEvent.id.in_(ids[-2:])))
        else:  # reordenado: two events swap places, hashes and all
            a, b = ids[-3], ids[-2]
            columns = [*[getattr(AuditEvent, n) for n in HASHED], AuditEvent.hash]
            first = dict(s.execute(select(*columns).where(AuditEvent.id == a)).one()._mapping)
            second = dict(s.execute(select(*columns).where(AuditEvent.id == b)).one()._mapping)
            s.execute(update(AuditEvent).where(AuditEvent.id == a).values(hash="x" * 64))
            s.execute(update(AuditEvent).where(AuditEvent.id == b).values(**first))
            s.execute(update(AuditEvent).where(AuditEvent.id == a).values(**second))
    if kind in ("editado", "reordenado"):
        _rechain(world, ids[-3])  # and every link after it recomputed, as a forger would


@pytest.mark.parametrize("kind", ["borrado", "editado", "reordenado", "truncado"])
def test_tampering_is_found_in_every_offices_chain(world: World, kind: str) -> None:
    """Each office keeps its own chain (issue 19): tampering with two of them at once is found
    in both, and each problem names its chain."""
    here = _trail(world)
    there = _trail(world, world.other_office_id)
    _trail(world)  # the chains interleave: the office writes again after the other one
    with world.db.read() as s:
        here = list(
            s.scalars(
                select(AuditEvent.id)
                .where(AuditEvent.chain == world.office_id)
                .order_by(AuditEvent.id)
            )
        )
    assert verify(world.db, world.system).ok
    _tamper(world, kind, here)
    _tamper(world, kind, there)
    problems = _problems(world)
    for office_id in (world.office_id, world.other_office_id):
        assert any(f"(Cadena de la oficina n.º {office_id}.)" in p for p in problems), problems


def test_a_trail_written_before_per_office_chains_still_verifies(world: World) -> None:
    """Events chained as one trail (chain 0, as every database before issue 19 has them) keep
    verifying, and the offices' new events start their own chains beside them."""
    with world.db.write() as s:  # the old way: every event in one chain, in id order
        previous = GENESIS
        rows = s.execute(
            select(AuditEvent.id, *[getattr(AuditEvent, n) for n in HASHED]).order_by(AuditEvent.id)
        ).all()
        for row in rows:
            values = {**row._mapping, "chain": 0, "prev_hash": previous}
            previous = content_hash(values)
            s.execute(
                update(AuditEvent)
                .where(AuditEvent.id == row.id)
                .values(chain=0, prev_hash=values["prev_hash"], hash=previous)
            )
    for path in audit_key.key_dir().glob("ultima-ancla-*"):
        path.unlink()  # the old trail's anchors are not this one's
    ids = _trail(world)
    report = verify(world.db, world.system)
    assert report.ok, report.problems
    with world.db.write() as s:
        s.execute(delete(AuditEvent).where(AuditEvent.id == 2))
    assert any("entre el n.º 1 y el n.º 3" in p for p in _problems(world))
    assert ids
