"""Agreements under the unified criteria: child support, visitation and care as structured
clauses, the guideline calculator, the findings that gate the acta, and the standard wording.

Public API (see ``docs/acuerdos.md``):

- ``terms``: the structured clauses (``AgreementTerms`` and its parts);
- ``agreement_context`` + ``starting_terms`` + ``evaluate(ctx, Draft(...))``: the editor's
  first draft and its live evaluation (``parse_amount`` reads amounts as the office types);
- ``hearing_flow.conclude_hearing(..., terms=...)`` and ``update_agreement``: storing;
- ``get_agreement`` / ``agreement_view``: the ``AgreementView`` the acta is made from;
- ``check_agreement`` / ``blocking_problems``: the findings; errors block the acta;
- ``work_guideline``: the calculator alone.
"""

from conciliador.services.agreements.checks import Finding
from conciliador.services.agreements.context import AgreementContext
from conciliador.services.agreements.drafting import starting_terms
from conciliador.services.agreements.evaluation import Draft, Evaluation, evaluate
from conciliador.services.agreements.guideline import GuidelineWorking, WorkingLine, work_guideline
from conciliador.services.agreements.money import parse_amount
from conciliador.services.agreements.service import (
    AgreementView,
    agreement_context,
    agreement_id_of_hearing,
    agreement_view,
    blocking_problems,
    check_agreement,
    freeze_agreement,
    get_agreement,
    issued_at,
    parse_terms,
    update_agreement,
)
from conciliador.services.agreements.terms import AgreementTerms
from conciliador.services.agreements.wording import ClauseText

__all__ = [
    "AgreementContext",
    "AgreementTerms",
    "AgreementView",
    "ClauseText",
    "Draft",
    "Evaluation",
    "Finding",
    "GuidelineWorking",
    "WorkingLine",
    "agreement_context",
    "agreement_id_of_hearing",
    "agreement_view",
    "blocking_problems",
    "check_agreement",
    "evaluate",
    "freeze_agreement",
    "get_agreement",
    "issued_at",
    "parse_amount",
    "parse_terms",
    "starting_terms",
    "update_agreement",
    "work_guideline",
]
