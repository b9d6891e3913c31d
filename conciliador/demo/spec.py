"""What a demonstration load is asked for (``DemoSpec``) and what it made (``DemoSummary``),
with the shares it draws from.

Outcomes follow the proportions of Colombia's national conciliation registry quoted in
PRODUCT.md (about a third total agreement, 3 % partial, a quarter no-show, a quarter no
agreement); about half of the requesters are women.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from conciliador.domain.enums import (
    HearingStatus,
    Outcome,
)

if TYPE_CHECKING:
    pass


#: Outcome shares (PRODUCT.md, "Figures that ground the reporting").
OUTCOME_WEIGHTS: dict[Outcome, float] = {
    Outcome.ACUERDO_TOTAL: 0.33,
    Outcome.ACUERDO_PARCIAL: 0.03,
    Outcome.INASISTENCIA_CITADO: 0.25,
    Outcome.FALTA_DE_ACUERDO: 0.25,
    Outcome.INASISTENCIA_SOLICITANTE: 0.04,
    Outcome.INASISTENCIA_AMBAS: 0.02,
    Outcome.CONCLUSION_MOTIVADA: 0.02,
    Outcome.DOMICILIO_DESCONOCIDO: 0.02,
    Outcome.NO_CONCILIABLE: 0.02,
    Outcome.DESISTIMIENTO: 0.02,
}
FLAGGED_SHARE = 0.04
CLAIMANT_WOMEN_SHARE = 0.52

#: More cases than any office network holds (the benchmarks' largest is 783,000); beyond it the
#: generator would only run out of memory.
MAX_CASES = 10_000_000


@dataclass(frozen=True)
class DemoSpec:
    cases: int = 400
    seed: int = 1
    password: str = ""
    #: The office-local day the data is generated around (default: today in Managua).
    today: dt.date | None = None
    #: How many calendar months the requests span, ending with the current one.
    months: int = 2
    #: How many offices (national, departmental, municipal); default 16.
    offices: int = 16
    profile_code: str = "NI"


@dataclass
class DemoSummary:
    offices: int = 0
    users: int = 0
    persons: int = 0
    cases: int = 0
    hearings: int = 0
    citations: int = 0
    outcomes: dict[Outcome, int] = field(default_factory=dict)
    statuses: dict[HearingStatus, int] = field(default_factory=dict)
    logins: list[tuple[str, str, str]] = field(default_factory=list)
    #: Seconds spent in each phase of the load (generating, merging, indexing…).
    phases: dict[str, float] = field(default_factory=dict)

    def absorb(self, other: DemoSummary) -> None:
        """Add another part's counts (a worker process's offices) to these."""
        for name in ("offices", "users", "persons", "cases", "hearings", "citations"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for outcome, count in other.outcomes.items():
            self.outcomes[outcome] = self.outcomes.get(outcome, 0) + count
        for status, count in other.statuses.items():
            self.statuses[status] = self.statuses.get(status, 0) + count
        self.logins.extend(other.logins)


def resolve_now(spec: DemoSpec, zone: ZoneInfo, now: dt.datetime) -> dt.datetime:
    """The moment the data is generated around: 10:30 on ``spec.today``, or ``now`` (the
    database's clock)."""
    if spec.today is not None:
        return dt.datetime.combine(spec.today, dt.time(10, 30), tzinfo=zone)
    return now.astimezone(zone)
