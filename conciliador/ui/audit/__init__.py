"""The audit trail viewer (administrators and supervisors): filters, the events, the details of
one event, and the integrity check. Mounted by the shell in Administración and Reportes."""

from conciliador.ui.audit.viewer import AuditViewer

__all__ = ["AuditViewer"]
