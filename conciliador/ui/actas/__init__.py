"""The «Actas» area (issue 5 §6): the list with its filters, the PDF previewed inside the
app, printing, issuing, signatures, replacement, the copies and the families' explanation
sheet, and the day's citations printed in one batch. ``ActasView(context)`` is mounted."""

from conciliador.ui.actas.view import ActasView

__all__ = ["ActasView"]
