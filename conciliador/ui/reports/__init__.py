"""The «Reportes» area: the monthly summary on screen, its charts, and its exports."""

from conciliador.ui.reports.view import ReportsView

__all__ = ["ReportsView"]
