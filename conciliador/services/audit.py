"""Writing the audit trail: one event per change, chained by SHA-256, one chain per office.

Each event's hash covers its content and the hash of the event before it *in its chain*, so
editing or removing an event afterwards breaks its chain at that point (``conciliador verify``
finds it). An office's events form the office's chain (``chain`` = the office's id); events of
no office, and every event written before chains were kept per office, form chain 0.

Appends wait only for the same chain, and as late as possible: ``record`` keeps the unit of
work's events aside, and just before the unit commits (``_append_pending``) they are chained
and inserted, chain by chain in ascending order, each chain's turn taken first (SQLite: the
unit already holds the one-writer lock; PostgreSQL: a transaction advisory lock on the chain).
A unit never holds a chain's turn while it waits for anything else, so two desks cannot
deadlock on it, and the turn lasts only the few inserts before the commit (docs/concurrency.md).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
from collections.abc import Iterable, Mapping
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import event as sa_event
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from conciliador.domain.audit_actions import AuditAction
from conciliador.models import AuditEvent, User
from conciliador.models.base import session_now
from conciliador.services.actor import Actor
from conciliador.services.errors import PermissionDenied

log = logging.getLogger(__name__)

GENESIS = "0" * 64
#: PostgreSQL advisory lock class of a chain's turn (the two-key form: class, chain).
CHAIN_LOCK = 7_341_003
#: The chain of events of no office (and of every event older than the per-office chains).
CENTRAL_CHAIN = 0


def chain_of(office_id: int | None) -> int:
    """Which chain an event of this office goes to."""
    return office_id or CENTRAL_CHAIN


def jsonable(value: Any) -> Any:
    """A JSON-safe copy: Decimals and instants as text, enums by their code."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat()
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        items = [jsonable(v) for v in value]
        return sorted(items, key=str) if isinstance(value, set | frozenset) else items
    return value


def snapshot(obj: object, fields: Iterable[str]) -> dict[str, Any]:
    """The named attributes of a record, JSON-safe, for an event's before/after."""
    return {name: jsonable(getattr(obj, name)) for name in fields}


#: The columns an event's hash covers, in the order ``content_hash`` takes them.
HASHED = (
    "at",
    "user_id",
    "actor",
    "office_id",
    "action",
    "entity",
    "entity_id",
    "before",
    "after",
    "reason",
    "prev_hash",
    "chain",
)


def content_hash(fields: Mapping[Any, Any]) -> str:
    """SHA-256 of an event's content (the ``HASHED`` columns), canonical JSON. The chain is
    covered when it is an office's (moving an event to another chain shows); chain 0 leaves it
    out, so the events written before per-office chains keep their hashes."""
    body = {name: fields[name] for name in HASHED}
    if not body["chain"]:
        del body["chain"]
    body["at"] = fields["at"].astimezone(dt.UTC).isoformat(timespec="microseconds")
    canonical = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def event_hash(event: AuditEvent) -> str:
    return content_hash({name: getattr(event, name) for name in HASHED})


def _last_hash(session: Session, chain: int) -> str:
    last = session.scalar(
        select(AuditEvent.hash)
        .where(AuditEvent.chain == chain)
        .order_by(AuditEvent.id.desc())
        .limit(1)
    )
    return last or GENESIS


def _ensure_active(session: Session, actor: Actor) -> None:
    """An account deactivated, or holding a temporary password, changes nothing."""
    state = session.execute(
        select(User.active, User.must_change_password).where(User.id == actor.user_id)
    ).first()
    if state is None or not state.active:
        raise PermissionDenied(
            "Su cuenta fue desactivada por un administrador: no se guardó el cambio."
        )
    if state.must_change_password:
        raise PermissionDenied(
            "Debe cambiar la contraseña temporal que le asignó el administrador antes de "
            "hacer cambios: no se guardó nada."
        )


def record(
    session: Session,
    actor: Actor,
    action: AuditAction,
    entity: str,
    entity_id: object,
    *,
    before: Mapping[str, Any] | None = None,
    after: Mapping[str, Any] | None = None,
    reason: str = "",
    office_id: int | None = None,
    signing_in: bool = False,
) -> AuditEvent:
    """Append one event to the trail inside the caller's unit of work.

    Every change passes through here, so this is also where an account deactivated by an
    administrator, or still holding a temporary password, stops changing anything, even on a
    desk where it is signed in (``signing_in`` marks the sign-in's own events).
    """
    if actor.user_id is not None and not signing_in:
        _ensure_active(session, actor)
    event = AuditEvent(
        at=session_now(session),
        user_id=actor.user_id,
        actor=actor.label,
        office_id=office_id,
        action=AuditAction(action).value,
        entity=entity,
        entity_id=str(entity_id),
        before=jsonable(before) if before is not None else None,
        after=jsonable(after) if after is not None else None,
        reason=reason,
        chain=chain_of(office_id),
    )
    _pending(session).append(event)
    return event


def record_many(
    session: Session,
    actor: Actor,
    action: AuditAction,
    items: Iterable[tuple[str, object, Mapping[str, Any] | None, int | None]],
    *,
    reason: str = "",
) -> int:
    """Append one event per (entity, entity id, after, office id), chained in memory after a
    single look at each chain's end — for an import of thousands of records."""
    if actor.user_id is not None:
        _ensure_active(session, actor)
    events = [
        AuditEvent(
            at=session_now(session),
            user_id=actor.user_id,
            actor=actor.label,
            office_id=office_id,
            action=AuditAction(action).value,
            entity=entity,
            entity_id=str(entity_id),
            before=None,
            after=jsonable(after) if after is not None else None,
            reason=reason,
            chain=chain_of(office_id),
        )
        for entity, entity_id, after, office_id in items
    ]
    _pending(session).extend(events)
    return len(events)


# ------------------------------------------------------------------------------ appending
_PENDING = "conciliador_audit_pending"


def _pending(session: Session) -> list[AuditEvent]:
    pending: list[AuditEvent] = session.info.setdefault(_PENDING, [])
    return pending


def _take_turn(session: Session, chain: int) -> None:
    """Wait for this chain's turn (PostgreSQL; on SQLite the unit holds the one writer lock)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k, :c)"), {"k": CHAIN_LOCK, "c": chain})


@sa_event.listens_for(Session, "before_commit")
def _append_pending(session: Session) -> None:
    """Chain and insert the unit's events, last thing before the commit (see the module)."""
    events = session.info.pop(_PENDING, None)
    if not events:
        return
    session.flush()  # every other change first: from here on the unit waits for nothing else
    by_chain: dict[int, list[AuditEvent]] = {}
    for event in events:
        by_chain.setdefault(event.chain, []).append(event)
    for chain in sorted(by_chain):  # one order for every unit
        _take_turn(session, chain)
        previous = _last_hash(session, chain)
        for event in by_chain[chain]:
            event.prev_hash = previous
            event.hash = previous = event_hash(event)
        # SQLAlchemy inserts a table's new rows in the order they were added, so the ids the
        # database hands out follow the chain (and nobody else appends to it meanwhile).
        session.add_all(by_chain[chain])
        session.flush()
        _remember_head(session, by_chain[chain][-1])


# ------------------------------------------------------------------------------ anchoring
_HEAD = "conciliador_audit_head"
_FRESH_START = "conciliador_audit_fresh_start"


def _remember_head(session: Session, event: AuditEvent) -> None:
    """Note the unit of work's last event: once the unit commits, the latest anchor moves to
    it (``_anchor_after_commit``), so the trail's unanchored tail is never longer than the
    unit of work being written."""
    # The chain's first hash is looked up after the commit (``_anchor_after_commit``), not
    # here: every round trip here is made while holding the chain's turn.
    first = event.hash if event.prev_hash == GENESIS else None
    session.info.setdefault(_HEAD, {})[event.chain] = (first, event.id, event.hash, event.chain)


def start_afresh(session: Session) -> None:
    """This unit of work replaces the trail on purpose (a restore): its last event becomes the
    latest anchor whatever the previous one said."""
    session.info[_FRESH_START] = True


@sa_event.listens_for(Session, "after_commit")
def _anchor_after_commit(session: Session) -> None:
    heads = session.info.pop(_HEAD, None)
    fresh = session.info.pop(_FRESH_START, False)
    if not heads:
        return

    engine = session.get_bind().engine
    when = session_now(session)
    try:
        # One connection for every chain the unit wrote: its first hash, then whether the
        # anchor being replaced still matches the trail.
        with engine.connect() as conn:
            for head in heads.values():
                _move_anchor(conn, engine.url, head, when, force=fresh)
    except Exception:  # the change is saved; a missing anchor only shortens what verify proves
        log.warning("no se pudo mover el ancla de la bitácora", exc_info=True)


def _move_anchor(
    conn: Any, url: Any, head: tuple[str | None, int, str, int], when: dt.datetime, *, force: bool
) -> None:
    from conciliador.services import anchors
    from conciliador.services.audit_chain import AuditAnchor

    first, event_id, last_hash, chain = head
    try:
        # The anchor being replaced is read from its file first, so that what the move checks
        # in the trail — the chain's first hash (unless this unit wrote it) and the hash the
        # trail holds for that anchor's event — is read in one statement, not two (each one a
        # round trip on PostgreSQL). The same checks as before, on the same rows.
        current = None if force else anchors.latest_anchor(url, chain)
        previous = current.anchors[0] if current and current.anchors else None
        asked = []
        if first is None:
            asked.append(
                select(AuditEvent.hash)
                .where(AuditEvent.chain == chain)
                .order_by(AuditEvent.id)
                .limit(1)
                .scalar_subquery()
            )
        if previous is not None:
            asked.append(
                select(AuditEvent.hash)
                .where(AuditEvent.id == previous.event_id, AuditEvent.chain == previous.chain)
                .scalar_subquery()
            )
        found = list(conn.execute(select(*asked)).one()) if asked else []
        if first is None:
            first = found.pop(0) or ""
        stored = found.pop(0) if previous is not None else None

        def still_there(checked: AuditAnchor) -> bool:
            return bool(
                checked == previous and stored == checked.hash and first == checked.first_hash
            )

        anchors.write_latest(
            url, AuditAnchor(first, event_id, last_hash, chain), when, force=force,
            still_there=still_there, current=current,
        )  # fmt: skip
    except Exception:  # the change is saved; a missing anchor only shortens what verify proves
        log.warning("no se pudo mover el ancla de la bitácora", exc_info=True)


@sa_event.listens_for(Session, "after_rollback")
def _forget_head(session: Session) -> None:
    session.info.pop(_PENDING, None)
    session.info.pop(_HEAD, None)
    session.info.pop(_FRESH_START, None)
