"""How many citations a case gets: the one place that decides "is this the last citation".

The criteria profile sets ``citations_before_closure`` (``citaciones_antes_de_cierre``); a
cited party who misses the hearing of citation ``round_`` is cited again while rounds remain,
and the case closes by absence after the last one.
"""

from __future__ import annotations


def last_round(limit: int) -> int:
    """The round of the last citation a profile allowing ``limit`` citations issues."""
    return max(limit, 1)


def is_last_citation(round_: int, limit: int) -> bool:
    """Citation ``round_`` is the last the profile allows: no new citation after it."""
    return round_ >= last_round(limit)


def next_citation_allowed(round_: int, limit: int) -> bool:
    """Another citation may follow citation ``round_`` (the cited party missed it)."""
    return not is_last_citation(round_, limit)


def announced_as_last(round_: int, limit: int) -> bool:
    """The letter and the acta call citation ``round_`` «la última»: it is the last of more
    than one (a profile allowing a single citation has no «última» to announce)."""
    return round_ > 1 and is_last_citation(round_, limit)
