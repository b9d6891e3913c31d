"""Families with a signed agreement, to follow after the signature."""

from __future__ import annotations

import datetime as dt

from conciliador.services.actas import issue_acta, sign_acta
from tests.support.actas import SIGNED_AT, all_sign, concluded
from tests.support.world import NOW, World

#: The support of ``tests.support.agreements.support`` for two children: C$8,650.25 a month
#: (35 % of a net income of C$24,715.00), due on the 15th from 15 December 2026.
MONTHLY = "8650.25"
FIRST_DUE = dt.date(2026, 12, 15)


def signed_case(world: World, *, children: int = 2, hour: int = 8, room: int = 0) -> int:
    """A case whose total agreement was signed this morning (23 November 2026); its id."""
    hearing, acta = concluded(world, children=children, hour=hour, room=room)
    assert acta.acta_id is not None
    issue_acta(world.db, world.officer, acta.acta_id, now=NOW)
    sign_acta(world.db, world.officer, acta.acta_id, all_sign(), now=SIGNED_AT)
    return hearing.case_id
