"""The audit trail's hash chain: every event edited, removed or inserted behind the application's
back is named by the verification; anchors catch a cut-off or rewritten tail."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, func, insert, select, update

from conciliador.models import AuditEvent
from conciliador.services import cases
from conciliador.services.audit import HASHED, content_hash
from conciliador.services.audit_chain import AuditAnchor, chain_head
from conciliador.services.errors import PermissionDenied
from conciliador.services.verification import verify
from tests.support.world import World


def _trail(world: World, count: int = 3) -> list[int]:
    """A few more events (cases opened), and every event id of the office's chain in order."""
    case = world.case()
    for _ in range(count):
        cases.get_case(world.db, world.officer, case.id)
    with world.db.read() as s:
        return list(
            s.scalars(
                select(AuditEvent.id)
                .where(AuditEvent.chain == world.office_id)
                .order_by(AuditEvent.id)
            )
        )


def _problems(world: World, anchors: tuple[AuditAnchor, ...] = ()) -> list[str]:
    """The chain's problems; anchors only those given (the latest signed anchor, which every
    write moves, is the subject of test_audit_tamper.py)."""
    report = verify(world.db, world.system, anchors=anchors, use_anchors=bool(anchors))
    (chain,) = [r for r in report.results if r.title == "Cadena de la bitácora de auditoría"]
    assert all(r.ok for r in report.results if r is not chain)
    return list(chain.problems)


def _rehash(world: World, event_id: int) -> None:
    """Recompute an edited event's own hash, as someone covering their tracks would."""
    with world.db.write() as s:
        row = s.execute(
            select(*[getattr(AuditEvent, n) for n in HASHED]).where(AuditEvent.id == event_id)
        ).one()
        s.execute(
            update(AuditEvent)
            .where(AuditEvent.id == event_id)
            .values(hash=content_hash(row._mapping))
        )


def test_an_untouched_trail_verifies(world: World) -> None:
    ids = _trail(world)
    with world.db.read() as s:
        total = s.scalar(select(func.count(AuditEvent.id)))
    report = verify(world.db, world.system)
    assert report.ok, report.problems
    assert any(f"{total} eventos; último n.º {ids[-1]}" in line for line in report.lines())


def test_an_edited_event_is_named(world: World) -> None:
    ids = _trail(world)
    victim = ids[len(ids) // 2]
    with world.db.write() as s:
        s.execute(update(AuditEvent).where(AuditEvent.id == victim).values(actor="Otra persona"))
    assert _problems(world) == [
        f"Evento(s) modificado(s) después de registrados: n.º {victim} "
        "(su contenido ya no coincide con su huella)."
    ]


def test_an_edited_event_with_a_recomputed_hash_is_still_found(world: World) -> None:
    ids = _trail(world)
    victim = ids[-3]
    with world.db.write() as s:
        s.execute(update(AuditEvent).where(AuditEvent.id == victim).values(reason="nada"))
    _rehash(world, victim)
    (problem,) = _problems(world)
    assert problem.startswith(f"El evento n.º {victim} fue modificado y su huella recalculada")


def test_a_removed_event_is_found_where_it_was(world: World) -> None:
    ids = _trail(world)
    victim = ids[-2]
    with world.db.write() as s:
        s.execute(delete(AuditEvent).where(AuditEvent.id == victim))
    (problem,) = _problems(world)
    assert problem.startswith(f"Se eliminaron eventos entre el n.º {ids[-3]} y el n.º {ids[-1]}")


def test_removing_the_first_events_is_found(world: World) -> None:
    ids = _trail(world)
    with world.db.write() as s:
        s.execute(delete(AuditEvent).where(AuditEvent.id.in_(ids[:2])))
    (problem,) = _problems(world)
    assert problem.startswith(f"Faltan los primeros eventos de la bitácora: el n.º {ids[2]}")


def test_an_inserted_event_is_named(world: World) -> None:
    ids = _trail(world)
    last = ids[-1]
    with world.db.write() as s:
        # Make room after the second-to-last event, then slip a well-formed event into it.
        s.execute(update(AuditEvent).where(AuditEvent.id == last).values(id=last + 5))
        before = s.execute(select(AuditEvent).where(AuditEvent.id == ids[-2])).scalar_one()
        forged = {n: getattr(before, n) for n in HASHED}
        forged.update(action="consultar", reason="evento falso", prev_hash=before.hash)
        s.execute(insert(AuditEvent).values(id=last + 1, hash=content_hash(forged), **forged))
    assert _problems(world) == [
        f"Evento(s) insertado(s) por fuera de la aplicación: n.º {last + 1} "
        "(el evento siguiente no los reconoce como anteriores)."
    ]


def test_a_cut_off_tail_is_found_by_an_anchor(world: World) -> None:
    ids = _trail(world)
    with world.db.read() as s:
        anchor = chain_head(s, world.office_id)
    assert anchor is not None and anchor.event_id == ids[-1]
    with world.db.write() as s:
        s.execute(delete(AuditEvent).where(AuditEvent.id >= ids[-2]))
    assert _problems(world) == []  # the chain alone cannot tell
    (problem,) = _problems(world, (anchor,))
    assert problem.startswith(f"Falta el evento n.º {ids[-1]}, que existía cuando se tomó")


def test_a_rewritten_tail_is_found_by_an_anchor(world: World) -> None:
    ids = _trail(world)
    with world.db.read() as s:
        anchor = chain_head(s, world.office_id)
    assert anchor is not None
    with world.db.write() as s:
        s.execute(update(AuditEvent).where(AuditEvent.id == ids[-1]).values(reason="otro"))
    _rehash(world, ids[-1])
    (problem,) = _problems(world, (anchor,))
    assert problem.startswith(f"El evento n.º {ids[-1]} no es el que había")
    # An anchor whose first event differs is a trail rewritten from the start (issue 13), not
    # an anchor to set aside: anchors of other databases are told apart by where they are.
    other_start = AuditAnchor("f" * 64, ids[-1], "0" * 64, world.office_id)
    problems = _problems(world, (other_start,))
    assert any(p.startswith("El primer evento de la bitácora no es el que había") for p in problems)


def test_verifying_is_for_supervisors_and_administrators_and_is_recorded(world: World) -> None:
    with pytest.raises(PermissionDenied):
        verify(world.db, world.officer)
    with world.db.read() as s:
        before = s.scalar(select(func.count(AuditEvent.id)))
    assert verify(world.db, world.supervisor).ok
    with world.db.read() as s:
        last = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
        assert s.scalar(select(func.count(AuditEvent.id))) == before + 1
    assert last is not None
    assert (last.action, last.user_id, last.after) == (
        "verificar",
        world.supervisor.user_id,
        {"correcta": True, "problemas": 0},
    )
