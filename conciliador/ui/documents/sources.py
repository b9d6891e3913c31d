"""The documents a hearing and a case carry, as lists for the documents viewer: each party's
citation to a hearing, and the referral letters of a case sent along the route of care."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from conciliador.domain.agreement_terms import Party
from conciliador.services.actas import Document
from conciliador.services.actas.citations import citation_document, referral_letter
from conciliador.services.hearing_details import HearingDetail
from conciliador.services.safeguarding import ReferralView
from conciliador.ui.context import UiContext
from conciliador.ui.documents.viewer import DocumentsDialog, DocumentSource
from conciliador.ui.i18n import tr


def _citation(context: UiContext, citation_id: int) -> Callable[[], Document]:
    return lambda: citation_document(context.db, context.actor, citation_id, pdf=True)


def _letter(context: UiContext, referral_id: int) -> Callable[[], Document]:
    return lambda: referral_letter(context.db, context.actor, referral_id, pdf=True)


def _party(party: Party) -> str:
    return tr("Solicitante") if party == Party.SOLICITANTE else tr("Citado/a")


def hearing_citations(context: UiContext, detail: HearingDetail) -> list[DocumentSource]:
    return [
        DocumentSource(
            tr("Citación n.º {n} — {party}: {name}").format(
                n=c.number, party=_party(c.party), name=c.person_name
            ),
            _citation(context, c.id),
        )
        for c in detail.citations
    ]


def citations_dialog(context: UiContext, detail: HearingDetail, parent: QWidget) -> DocumentsDialog:
    """The hearing's citations, one per party, to see, print or save (agenda and case file)."""
    return DocumentsDialog(
        context,
        tr("Citaciones del caso {case}").format(case=detail.hearing.case_number),
        tr("Una citación por parte: véala, imprímala o guárdela en PDF."),
        hearing_citations(context, detail),
        parent=parent,
    )


def case_referrals(context: UiContext, referrals: list[ReferralView]) -> list[DocumentSource]:
    return [
        DocumentSource(
            tr("Carta de derivación a {institution}").format(institution=r.institution_name),
            _letter(context, r.id),
        )
        for r in referrals
    ]
