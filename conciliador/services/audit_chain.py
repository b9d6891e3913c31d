"""Checking the audit trail's hash chain: which events were edited, removed or inserted.

Each event stores the hash of its own content and the hash of the event before it. Walking the
trail in order:

- an event whose content no longer gives its stored hash was **edited**;
- an event that names as predecessor an *earlier* event than the one before it shows that the
  events in between were **inserted**;
- an event that names a predecessor that no longer exists shows that events were **removed**
  before it (or that the one before it was edited and its hash recomputed to hide it);
- removing events from the *end* leaves a valid chain: an **anchor** (an event's id and hash
  written down elsewhere — every backup carries one) shows it.

The walk streams the trail in id order (it holds only the previous hash), so it runs in
constant memory at millions of events.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from conciliador.models import AuditEvent
from conciliador.services.audit import GENESIS, HASHED, content_hash

_COLUMNS = [getattr(AuditEvent, name) for name in ("id", *HASHED, "hash")]
_BATCH = 5_000


@dataclass(frozen=True)
class AuditAnchor:
    """A point of the chain written down outside the database (in a backup, a log, on paper).

    ``first_hash`` (the hash of the trail's first event) says which database it belongs to.
    """

    first_hash: str
    event_id: int
    hash: str
    taken_at: dt.datetime | None = field(default=None, compare=False)
    source: str = field(default="", compare=False)

    def text(self) -> str:
        return f"{self.event_id}:{self.hash}"


@dataclass
class ChainReport:
    events: int = 0
    first_hash: str | None = None
    last_id: int | None = None
    last_hash: str | None = None
    edited: list[int] = field(default_factory=list)
    inserted: list[int] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def head(self) -> AuditAnchor | None:
        if self.first_hash is None or self.last_id is None or self.last_hash is None:
            return None
        return AuditAnchor(self.first_hash, self.last_id, self.last_hash)


def chain_head(session: Session) -> AuditAnchor | None:
    """The trail's current last event, as an anchor (None for an empty trail)."""
    first = session.scalar(select(AuditEvent.hash).order_by(AuditEvent.id).limit(1))
    last = session.execute(
        select(AuditEvent.id, AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)
    ).first()
    if first is None or last is None:
        return None
    return AuditAnchor(first, last[0], last[1])


def _ids(ids: Sequence[int]) -> str:
    shown = ", ".join(f"n.º {i}" for i in ids[:10])
    return shown + (f" y {len(ids) - 10} más" if len(ids) > 10 else "")


def check_chain(
    session: Session,
    anchors: Sequence[AuditAnchor] = (),
    progress: Callable[[int, int], None] | None = None,
) -> ChainReport:
    """Walk the whole trail and say, in Spanish, every place where it was tampered with."""
    report = ChainReport()
    total = session.scalar(select(func.count(AuditEvent.id))) or 0
    breaks: list[tuple[int | None, int, str]] = []
    previous_id: int | None = None
    previous_hash = GENESIS
    stream = session.execute(
        select(*_COLUMNS).order_by(AuditEvent.id).execution_options(yield_per=_BATCH)
    )
    for row in stream:
        values = row._mapping
        event_id: int = values["id"]
        stored: str = values["hash"]
        if report.first_hash is None:
            report.first_hash = stored
        if content_hash(values) != stored:
            report.edited.append(event_id)
        if values["prev_hash"] != previous_hash:
            breaks.append((previous_id, event_id, values["prev_hash"]))
        previous_id, previous_hash = event_id, stored
        report.events += 1
        if progress is not None and report.events % _BATCH == 0:
            progress(report.events, total)
    report.last_id = previous_id
    report.last_hash = previous_hash if previous_id is not None else None
    if progress is not None:
        progress(report.events, max(total, report.events))

    removals: list[tuple[int | None, int]] = []
    inserted: set[int] = set()
    for before_id, event_id, claimed in breaks:
        if claimed == GENESIS:
            claimed_id: int | None = 0
        else:
            claimed_id = session.scalar(select(AuditEvent.id).where(AuditEvent.hash == claimed))
        if claimed_id is not None and claimed_id < (before_id or 0):
            between = session.scalars(
                select(AuditEvent.id).where(AuditEvent.id > claimed_id, AuditEvent.id < event_id)
            ).all()
            inserted.update(between)
        else:
            removals.append((before_id, event_id))
    report.inserted = sorted(inserted)

    if report.edited:
        report.problems.append(
            f"Evento(s) modificado(s) después de registrados: {_ids(report.edited)} "
            "(su contenido ya no coincide con su huella)."
        )
    if report.inserted:
        report.problems.append(
            f"Evento(s) insertado(s) por fuera de la aplicación: {_ids(report.inserted)} "
            "(el evento siguiente no los reconoce como anteriores)."
        )
    for before_id, event_id in removals:
        if event_id in inserted:
            continue
        if before_id is None:
            report.problems.append(
                f"Faltan los primeros eventos de la bitácora: el n.º {event_id} no es el "
                "primero que se registró (se eliminaron los anteriores)."
            )
        elif event_id == before_id + 1:
            report.problems.append(
                f"El evento n.º {before_id} fue modificado y su huella recalculada: el "
                f"n.º {event_id} registró otra huella para él."
            )
        else:
            report.problems.append(
                f"Se eliminaron eventos entre el n.º {before_id} y el n.º {event_id} "
                f"(o se alteró el n.º {before_id}): la cadena se rompe ahí."
            )
    _check_anchors(session, report, anchors)
    return report


def _check_anchors(session: Session, report: ChainReport, anchors: Sequence[AuditAnchor]) -> None:
    """Every anchor of this database must still be in the chain, unchanged — compared in
    every direction: a trail whose first event changed is a trail rewritten from the start,
    not a reason to set the anchors aside."""
    rewritten_from_start = False
    for anchor in sorted(set(anchors), key=lambda a: a.event_id):
        where = f" ({anchor.source})" if anchor.source else ""
        if report.first_hash is not None and anchor.first_hash != report.first_hash:
            if not rewritten_from_start:
                report.problems.append(
                    f"El primer evento de la bitácora no es el que había cuando se tomó el ancla "
                    f"del n.º {anchor.event_id}{where}: la bitácora fue reescrita desde el "
                    "principio (o la base fue reemplazada por otra)."
                )
            rewritten_from_start = True
            continue
        stored = session.scalar(select(AuditEvent.hash).where(AuditEvent.id == anchor.event_id))
        if stored is None:
            report.problems.append(
                f"Falta el evento n.º {anchor.event_id}, que existía cuando se tomó el ancla"
                f"{where}: se eliminaron eventos del final de la bitácora."
            )
        elif stored != anchor.hash:
            report.problems.append(
                f"El evento n.º {anchor.event_id} no es el que había cuando se tomó el ancla"
                f"{where}: la bitácora fue reescrita desde ahí."
            )
