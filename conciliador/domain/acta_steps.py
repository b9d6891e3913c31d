"""The steps a country's law adds to an acta with an agreement, beyond borrador → emitida →
firmada.

- Chile (Ley 19.968, art. 111): the signed acta of a mediated agreement is sent to the family
  court, which approves it (then it has the value of a final judgment) or makes observations.
  Until it is approved nothing may call the agreement enforceable.
- Peru (Ley 26872, art. 16): a lawyer checks the legality of the agreement before the parties
  sign; an acta cannot be signed before that check is recorded.

Codes only; which country takes which step is its criteria profile's
(``[actas] requiere_aprobacion_judicial`` / ``requiere_verificacion_legalidad``).
"""

from __future__ import annotations

from enum import StrEnum


class CourtReview(StrEnum):
    """enviada → aprobada | observada. An observed acta is corrected by replacing it."""

    ENVIADA = "enviada"
    APROBADA = "aprobada"
    OBSERVADA = "observada"

    @property
    def label(self) -> str:
        return {
            "enviada": "Enviada al tribunal",
            "aprobada": "Aprobada por el tribunal",
            "observada": "Observada por el tribunal",
        }[self.value]


#: From each state (None: not sent yet), the states a court review may move to.
COURT_TRANSITIONS: dict[CourtReview | None, frozenset[CourtReview]] = {
    None: frozenset({CourtReview.ENVIADA}),
    CourtReview.ENVIADA: frozenset({CourtReview.APROBADA, CourtReview.OBSERVADA}),
    CourtReview.APROBADA: frozenset(),
    CourtReview.OBSERVADA: frozenset(),
}


def court_move_allowed(current: CourtReview | None, new: CourtReview) -> bool:
    return new in COURT_TRANSITIONS[current]


def binds_before_court(requires_approval: bool, review: CourtReview | None) -> bool:
    """Whether a signed agreement binds the parties yet: always where no court approves it;
    only once approved where one does."""
    return not requires_approval or review == CourtReview.APROBADA
