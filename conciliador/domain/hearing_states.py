"""The hearing status machine of PRODUCT.md, as data.

A hearing is booked ``programada``; the happy path runs through ``citacion_entregada`` and
``en_curso`` to ``concluida``. The side branches are terminal for that hearing: a new session,
a new citation or a rescheduled slot is always a *new* hearing linked to this one.
"""

from __future__ import annotations

from conciliador.domain.enums import HearingStatus as S

TRANSITIONS: dict[S, frozenset[S]] = {
    S.PROGRAMADA: frozenset(
        {S.CITACION_ENTREGADA, S.EN_CURSO, S.REPROGRAMADA, S.INASISTENCIA, S.CANCELADA, S.ANULADA}
    ),
    S.CITACION_ENTREGADA: frozenset(
        {S.EN_CURSO, S.REPROGRAMADA, S.INASISTENCIA, S.CANCELADA, S.ANULADA}
    ),
    S.EN_CURSO: frozenset({S.CONCLUIDA, S.SUSPENDIDA, S.ANULADA}),
    S.CONCLUIDA: frozenset(),
    S.REPROGRAMADA: frozenset(),
    S.SUSPENDIDA: frozenset(),
    S.INASISTENCIA: frozenset(),
    S.CANCELADA: frozenset(),
    S.ANULADA: frozenset(),
}

#: Statuses in which a hearing holds its officer, room and parties for its time slot.
OCCUPYING: frozenset[S] = frozenset(
    {S.PROGRAMADA, S.CITACION_ENTREGADA, S.EN_CURSO, S.CONCLUIDA, S.SUSPENDIDA, S.INASISTENCIA}
)

#: Statuses from which nothing else can happen to the hearing.
TERMINAL: frozenset[S] = frozenset(s for s, nxt in TRANSITIONS.items() if not nxt)

#: Statuses of a hearing that is still to be held.
PENDING: frozenset[S] = frozenset({S.PROGRAMADA, S.CITACION_ENTREGADA})


def can_move(current: S, target: S) -> bool:
    return target in TRANSITIONS[current]


def can_reschedule(current: S) -> bool:
    """A hearing still to be held may be moved: it becomes «reprogramada» and a new hearing
    takes its place (so the reschedulable statuses are exactly :data:`PENDING`)."""
    return can_move(current, S.REPROGRAMADA)
