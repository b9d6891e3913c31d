"""Checking the audit trail's hash chains: which events were edited, removed or inserted.

The trail is one chain per office plus chain 0 (events of no office, and every event older
than the per-office chains; conciliador.services.audit). Each event stores the hash of its own
content and the hash of the event before it in its chain. Walking each chain in order:

- an event whose content no longer gives its stored hash was **edited**;
- an event that names as predecessor an *earlier* event than the one before it shows that the
  events in between were **inserted**;
- an event that names a predecessor that no longer exists shows that events were **removed**
  before it (or that the one before it was edited and its hash recomputed to hide it);
- removing events from the *end* leaves a valid chain: an **anchor** (an event's id and hash
  written down elsewhere — every backup carries one) shows it.

The walk streams the trail in (chain, id) order (it holds only the previous hash), so it runs in
constant memory at millions of events. Every check is made within one chain, and anchors name
their chain: an office's chain cut short is found by that chain's anchor.
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
    #: The chain (0: the database-wide chain; otherwise the office's id).
    chain: int = 0
    taken_at: dt.datetime | None = field(default=None, compare=False)
    source: str = field(default="", compare=False)

    def text(self) -> str:
        return f"{self.event_id}:{self.hash}"


@dataclass
class ChainReport:
    events: int = 0
    #: Each chain's first hash and last event, as the walk found them.
    heads: dict[int, AuditAnchor] = field(default_factory=dict)
    edited: list[int] = field(default_factory=list)
    inserted: list[int] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def head(self) -> AuditAnchor | None:
        """Chain 0's last event (None when chain 0 is empty)."""
        return self.heads.get(0)

    def office_heads(self) -> tuple[AuditAnchor, ...]:
        """The last event of every office's chain, in chain order."""
        return tuple(self.heads[c] for c in sorted(self.heads) if c != 0)

    @property
    def last_id(self) -> int | None:
        return max((h.event_id for h in self.heads.values()), default=None)


def chain_head(session: Session, chain: int = 0) -> AuditAnchor | None:
    """A chain's current last event, as an anchor (None for an empty chain)."""
    in_chain = AuditEvent.chain == chain
    first = session.scalar(select(AuditEvent.hash).where(in_chain).order_by(AuditEvent.id).limit(1))
    last = session.execute(
        select(AuditEvent.id, AuditEvent.hash)
        .where(in_chain)
        .order_by(AuditEvent.id.desc())
        .limit(1)
    ).first()
    if first is None or last is None:
        return None
    return AuditAnchor(first, last[0], last[1], chain)


def chain_heads(session: Session) -> tuple[AuditAnchor, ...]:
    """Every chain's current last event, in chain order."""
    chains = session.scalars(select(AuditEvent.chain).group_by(AuditEvent.chain)).all()
    heads = (chain_head(session, c) for c in sorted(chains))
    return tuple(h for h in heads if h is not None)


def _where(chain: int) -> str:
    """Which chain a problem is in (said after the problem; nothing for chain 0)."""
    return "" if chain <= 0 else f" (Cadena de la oficina n.º {chain}.)"


def _ids(ids: Sequence[int]) -> str:
    shown = ", ".join(f"n.º {i}" for i in ids[:10])
    return shown + (f" y {len(ids) - 10} más" if len(ids) > 10 else "")


def check_chain(
    session: Session,
    anchors: Sequence[AuditAnchor] = (),
    progress: Callable[[int, int], None] | None = None,
) -> ChainReport:
    """Walk every chain of the trail and say, in Spanish, every place where it was tampered
    with."""
    report = ChainReport()
    total = session.scalar(select(func.count(AuditEvent.id))) or 0
    breaks: list[tuple[int, int | None, int, str]] = []
    chain: int | None = None
    previous_id: int | None = None
    previous_hash = GENESIS
    first_hash = ""

    def close() -> None:
        if chain is not None and previous_id is not None:
            report.heads[chain] = AuditAnchor(first_hash, previous_id, previous_hash, chain)

    stream = session.execute(
        select(*_COLUMNS)
        .order_by(AuditEvent.chain, AuditEvent.id)
        .execution_options(yield_per=_BATCH)
    )
    for row in stream:
        values = row._mapping
        event_id: int = values["id"]
        stored: str = values["hash"]
        if values["chain"] != chain:
            close()
            chain, previous_id, previous_hash, first_hash = values["chain"], None, GENESIS, stored
        if content_hash(values) != stored:
            report.edited.append(event_id)
        if values["prev_hash"] != previous_hash:
            breaks.append((values["chain"], previous_id, event_id, values["prev_hash"]))
        previous_id, previous_hash = event_id, stored
        report.events += 1
        if progress is not None and report.events % _BATCH == 0:
            progress(report.events, total)
    close()
    if progress is not None:
        progress(report.events, max(total, report.events))

    removals: list[tuple[int, int | None, int]] = []
    inserted: set[int] = set()
    for in_chain, before_id, event_id, claimed in breaks:
        if claimed == GENESIS:
            claimed_id: int | None = 0
        else:
            claimed_id = session.scalar(
                select(AuditEvent.id).where(
                    AuditEvent.hash == claimed, AuditEvent.chain == in_chain
                )
            )
        if claimed_id is not None and claimed_id < (before_id or 0):
            between = session.scalars(
                select(AuditEvent.id).where(
                    AuditEvent.chain == in_chain,
                    AuditEvent.id > claimed_id,
                    AuditEvent.id < event_id,
                )
            ).all()
            inserted.update(between)
        else:
            removals.append((in_chain, before_id, event_id))
    report.edited.sort()
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
    for in_chain, before_id, event_id in removals:
        if event_id in inserted:
            continue
        where = _where(in_chain)
        if before_id is None:
            report.problems.append(
                f"Faltan los primeros eventos de la bitácora: el n.º {event_id} no es el "
                f"primero que se registró (se eliminaron los anteriores).{where}"
            )
        elif _no_room_between(session, before_id, event_id):
            report.problems.append(
                f"El evento n.º {before_id} fue modificado y su huella recalculada: el "
                f"n.º {event_id} registró otra huella para él.{where}"
            )
        else:
            report.problems.append(
                f"Se eliminaron eventos entre el n.º {before_id} y el n.º {event_id} "
                f"(o se alteró el n.º {before_id}): la cadena se rompe ahí.{where}"
            )
    _check_anchors(session, report, anchors)
    return report


def _no_room_between(session: Session, before_id: int, event_id: int) -> bool:
    """Every id between the two is still there (in other chains): no event of this chain was
    removed in between, so the one before was edited and its hash recomputed."""
    present = session.scalar(
        select(func.count(AuditEvent.id)).where(AuditEvent.id > before_id, AuditEvent.id < event_id)
    )
    return present == event_id - before_id - 1


def _check_anchors(session: Session, report: ChainReport, anchors: Sequence[AuditAnchor]) -> None:
    """Every anchor of this database must still be in the chain, unchanged — compared in
    every direction: a trail whose first event changed is a trail rewritten from the start,
    not a reason to set the anchors aside."""
    rewritten_from_start: set[int] = set()
    for anchor in sorted(set(anchors), key=lambda a: (a.chain, a.event_id)):
        where = f" ({anchor.source})" if anchor.source else ""
        chain = _where(anchor.chain)
        head = report.heads.get(anchor.chain)
        if head is not None and anchor.first_hash != head.first_hash:
            if anchor.chain not in rewritten_from_start:
                report.problems.append(
                    f"El primer evento de la bitácora no es el que había cuando se tomó "
                    f"el ancla del n.º {anchor.event_id}{where}: la bitácora fue reescrita desde "
                    f"el principio (o la base fue reemplazada por otra).{chain}"
                )
            rewritten_from_start.add(anchor.chain)
            continue
        stored = session.scalar(
            select(AuditEvent.hash).where(
                AuditEvent.id == anchor.event_id, AuditEvent.chain == anchor.chain
            )
        )
        if stored is None:
            report.problems.append(
                f"Falta el evento n.º {anchor.event_id}, que existía cuando se tomó el "
                f"ancla{where}: se eliminaron eventos del final de la bitácora.{chain}"
            )
        elif stored != anchor.hash:
            report.problems.append(
                f"El evento n.º {anchor.event_id} no es el que había cuando se tomó el "
                f"ancla{where}: la bitácora fue reescrita desde ahí.{chain}"
            )
