"""The hearing status machine, rescheduling included (domain/hearing_states.py)."""

from __future__ import annotations

from conciliador.domain.enums import HearingStatus as S
from conciliador.domain.hearing_states import PENDING, TERMINAL, can_move, can_reschedule


def test_only_a_hearing_still_to_be_held_can_be_rescheduled() -> None:
    assert {s for s in S if can_reschedule(s)} == PENDING == {S.PROGRAMADA, S.CITACION_ENTREGADA}


def test_a_rescheduled_hearing_is_over_for_good() -> None:
    assert S.REPROGRAMADA in TERMINAL
    assert not any(can_move(S.REPROGRAMADA, s) for s in S)
    assert not can_reschedule(S.REPROGRAMADA)


def test_a_held_hearing_cannot_be_rescheduled() -> None:
    for held in (S.EN_CURSO, S.CONCLUIDA, S.SUSPENDIDA, S.INASISTENCIA):
        assert not can_reschedule(held)
