"""Acompañamiento in the desktop: the «Pendientes» area (early alerts) and a family's account
(schedule, payments, balance) with a way to record a payment."""

from conciliador.ui.followup.pending import PendingView

__all__ = ["PendingView"]
