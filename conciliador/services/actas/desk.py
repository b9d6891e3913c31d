"""One acta as the desktop's Actas screen shows it: its state, what still keeps it from being
issued, who signs it, the copies the profile asks for, and the moves the signed-in person may
make next. The rules stay here (as ``hearing_details`` does for hearings); the screen only
shows them and calls the lifecycle's services.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from conciliador.db import Database
from conciliador.domain.acta_steps import CourtReview
from conciliador.domain.actas import ActaStatus
from conciliador.domain.enums import Outcome
from conciliador.models import Office
from conciliador.services.actas.citations import day_citation_ids
from conciliador.services.actas.queries import ActaView, acta_view, load_acta
from conciliador.services.actas.rendering import ORIGINAL, ExpectedSigner, signature_lines
from conciliador.services.actas.steps import ActaSteps, steps_of
from conciliador.services.actor import Actor
from conciliador.services.agreements.checks import Finding
from conciliador.services.agreements.service import agreement_view
from conciliador.services.offices import profile_of
from conciliador.services.permissions import Permission, allowed, require


class ActaAction(StrEnum):
    """What may be done next with an acta, each one a service call."""

    ISSUE = "emitir"
    SIGN = "firmar"
    REPLACE = "reemplazar"
    #: The original, the parties' copies and the explanation sheet: preview, print, save.
    PRINT = "imprimir"
    #: Correct what was agreed (an agreement whose acta is still a borrador).
    CORRECT_AGREEMENT = "corregir_acuerdo"
    #: Peru: the lawyer's legality check, before the signatures (``steps.record_legality_check``).
    VERIFY_LEGALITY = "verificar_legalidad"
    #: Chile: the signed acta sent to the family court (``steps.send_to_court``).
    SEND_TO_COURT = "enviar_al_tribunal"
    #: Chile: the court's decision on the sent acta (``steps.record_court_decision``).
    RECORD_COURT_DECISION = "resolucion_del_tribunal"


@dataclass(frozen=True)
class CopyInfo:
    #: The profile's recipient key («expediente», «solicitante» …); ``ORIGINAL`` first.
    recipient: str
    #: The legend the copy carries («Copia para la parte solicitante»).
    legend: str

    @property
    def is_original(self) -> bool:
        return self.recipient == ORIGINAL


@dataclass(frozen=True)
class ActaPanel:
    acta: ActaView
    #: The findings of the outcome record: errors keep a borrador from being issued.
    findings: tuple[Finding, ...]
    #: Who signs, in the order of the signature lines (an issued acta's).
    signers: tuple[ExpectedSigner, ...]
    copies: tuple[CopyInfo, ...]
    actions: frozenset[ActaAction]
    #: Where the acta stands in the steps its country's law adds (Peru's legality check,
    #: Chile's court approval); empty where there are none.
    steps_text: str = ""
    #: The same steps in full (the court, the dates), for the dialogs that record them.
    steps: ActaSteps | None = None
    #: Whether each signer's fingerprint is recorded at signature, and the law that asks
    #: for it (Peru, Ley 26872, art. 16); empty where the profile does not ask.
    fingerprint_source: str = ""

    @property
    def problems(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.is_error)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if not f.is_error)


_AGREEMENTS = frozenset({Outcome.ACUERDO_TOTAL, Outcome.ACUERDO_PARCIAL})


def acta_actions(actor: Actor, acta: ActaView, *, frozen_agreement: bool) -> frozenset[ActaAction]:
    """What ``actor`` may do next with ``acta`` (office scope checked by the caller)."""
    actions: set[ActaAction] = set()
    live = not acta.replaced
    if acta.status == ActaStatus.BORRADOR and allowed(actor, Permission.ISSUE_ACTA):
        actions.add(ActaAction.ISSUE)
    if acta.status == ActaStatus.EMITIDA and live and allowed(actor, Permission.SIGN_ACTA):
        actions.add(ActaAction.SIGN)
    if (
        acta.status != ActaStatus.BORRADOR
        and live
        and acta.replaced_by_id is None
        and allowed(actor, Permission.REPLACE_ACTA)
    ):
        actions.add(ActaAction.REPLACE)
    if allowed(actor, Permission.PRINT_DOCUMENTS):
        actions.add(ActaAction.PRINT)
    if (
        acta.status == ActaStatus.BORRADOR
        and acta.outcome in _AGREEMENTS
        and acta.hearing_id is not None
        and not frozen_agreement
        and allowed(actor, Permission.RECORD_AGREEMENT)
    ):
        actions.add(ActaAction.CORRECT_AGREEMENT)
    return frozenset(actions)


def step_actions(actor: Actor, acta: ActaView, steps: ActaSteps) -> frozenset[ActaAction]:
    """The moves the acta's country adds (recorded with the signing permission, as the
    services check): Peru's legality check on an issued acta before anyone signs it (signing
    waits for it); Chile's sending to the court of a signed acta and the court's decision."""
    if acta.replaced or not allowed(actor, Permission.SIGN_ACTA):
        return frozenset()
    actions: set[ActaAction] = set()
    if (
        steps.needs_legality_check
        and steps.legality_checked_at is None
        and acta.status == ActaStatus.EMITIDA
    ):
        actions.add(ActaAction.VERIFY_LEGALITY)
    if steps.needs_court_approval and acta.status == ActaStatus.FIRMADA:
        if steps.court_status is None:
            actions.add(ActaAction.SEND_TO_COURT)
        elif steps.court_status == CourtReview.ENVIADA:
            actions.add(ActaAction.RECORD_COURT_DECISION)
    return frozenset(actions)


def acta_panel(db: Database, actor: Actor, acta_id: int) -> ActaPanel:
    """The acta with its findings, signers, copies and next moves (see the module)."""
    with db.read() as session:
        acta = load_acta(session, acta_id)
        actor = require(session, actor, Permission.VIEW_CASE, acta.office_id)
        view = acta_view(session, acta)
        agreement = agreement_view(session, acta.agreement_id)
        office = session.get(Office, acta.office_id)
        assert office is not None
        copies = sorted(
            (CopyInfo(c.recipient, c.legend) for c in profile_of(office).actas.copies),
            key=lambda c: not c.is_original,
        )
        signers = tuple(signature_lines(session, acta)) if acta.status == ActaStatus.EMITIDA else ()
        fingerprints = profile_of(office).actas.fingerprints
        steps = steps_of(session, acta)
        actions = acta_actions(actor, view, frozen_agreement=agreement.frozen_at is not None)
        if steps.needs_legality_check and steps.legality_checked_at is None:
            actions -= {ActaAction.SIGN}  # the lawyer's check comes first (Peru)
        return ActaPanel(
            acta=view,
            # An issued acta's text is frozen: what it says no longer changes with findings.
            findings=agreement.findings if acta.status == ActaStatus.BORRADOR else (),
            signers=signers,
            copies=tuple(copies),
            actions=actions | step_actions(actor, view, steps),
            steps_text=steps.state_text,
            steps=steps,
            fingerprint_source=fingerprints.source if fingerprints else "",
        )


def day_citation_count(
    db: Database, actor: Actor, office_id: int, day: dt.date, *, by_hearing_day: bool = False
) -> int:
    """How many citations ``batch.print_citations`` would print for ``day``."""
    actor = require(db, actor, Permission.PRINT_DOCUMENTS, office_id)
    with db.read() as session:
        return len(day_citation_ids(session, office_id, day, by_hearing_day=by_hearing_day))
