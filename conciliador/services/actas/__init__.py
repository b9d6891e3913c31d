"""Actas and the other documents of a conciliation: citations, the referral letter and the
families' explanation sheet.

Public API (docs/actas.md):

- lifecycle: ``draft_acta``, ``acta_of_hearing``, ``issue_acta``, ``sign_acta``,
  ``replace_acta``;
- reading: ``get_acta``, ``list_actas(ActaFilter)``;
- documents: ``acta_document`` (.docx or PDF, original or a marked copy), ``acta_copies``,
  ``preview_pdf``, ``sheet_document``; citations and referral letters in ``citations``;
  many documents at once, with progress and cancel, in ``batch``;
- integrity: ``integrity.check_signed_actas`` (``conciliador verify``).
"""

from conciliador.services.actas.lifecycle import (
    acta_of_hearing,
    draft_acta,
    issue_acta,
    replace_acta,
    sign_acta,
)
from conciliador.services.actas.queries import (
    ActaFilter,
    ActaSummary,
    ActaView,
    SignatureView,
    get_acta,
    list_actas,
)
from conciliador.services.actas.rendering import (
    Altered,
    Document,
    SignatureInput,
    acta_copies,
    acta_document,
    preview_pdf,
    sheet_document,
)

__all__ = [
    "ActaFilter",
    "ActaSummary",
    "ActaView",
    "Altered",
    "Document",
    "SignatureInput",
    "SignatureView",
    "acta_copies",
    "acta_document",
    "acta_of_hearing",
    "draft_acta",
    "get_acta",
    "issue_acta",
    "list_actas",
    "preview_pdf",
    "replace_acta",
    "sheet_document",
    "sign_acta",
]
