"""The areas of the main window, and who sees each one.

An area is a widget built from a ``UiContext`` (``factory``) in its own package under
``conciliador/ui/<area>/``; the main window shows the areas whose ``permission`` the
signed-in person holds, in this order, and builds each one the first time it is opened.

TO MOUNT AN AREA (integrator): add one ``AreaSpec`` line to ``AREAS`` below. The factory is
imported lazily, so the window opens fast. If the widget has a ``refresh()`` method, the window
calls it when the area is shown again and on F5; if it has a ``home()`` method, the window calls
it when the person picks the area in the navigation (not when another area sends them there),
so the area opens on its first page with its buttons where they usually are.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from PySide6.QtWidgets import QWidget

from conciliador.services.actor import Actor
from conciliador.services.permissions import Permission, allowed
from conciliador.ui.context import UiContext
from conciliador.ui.i18n import tr

AreaFactory = Callable[[UiContext], QWidget]


@runtime_checkable
class Refreshable(Protocol):
    def refresh(self) -> None: ...


@runtime_checkable
class HasHome(Protocol):
    def home(self) -> None: ...


@dataclass(frozen=True)
class AreaSpec:
    key: str
    #: The area's name, translated when shown (``lambda: tr("Agenda")``).
    title: Callable[[], str]
    #: Icon name in resources/icons.
    icon: str
    #: Shown to whoever holds this permission.
    permission: Permission
    factory: AreaFactory


def _agenda(context: UiContext) -> QWidget:
    from conciliador.ui.agenda.view import AgendaView

    view: QWidget = AgendaView(context)
    return view


def _cases(context: UiContext) -> QWidget:
    from conciliador.ui.cases.view import CasesView

    view: QWidget = CasesView(context)
    return view


def _actas(context: UiContext) -> QWidget:
    from conciliador.ui.actas import ActasView

    view: QWidget = ActasView(context)
    return view


def _pending(context: UiContext) -> QWidget:
    from conciliador.ui.followup import PendingView

    view: QWidget = PendingView(context)
    return view


def _reports(context: UiContext) -> QWidget:
    from conciliador.ui.reports import ReportsView

    view: QWidget = ReportsView(context)
    return view


def _audit(context: UiContext) -> QWidget:
    from conciliador.ui.audit import AuditViewer

    view: QWidget = AuditViewer(context)
    return view


def _administration(context: UiContext) -> QWidget:
    from conciliador.ui.admin.view import AdminView

    view: QWidget = AdminView(context)
    return view


AREAS: tuple[AreaSpec, ...] = (
    AreaSpec("agenda", lambda: tr("Agenda"), "agenda", Permission.VIEW_AGENDA, _agenda),
    AreaSpec("casos", lambda: tr("Casos"), "cases", Permission.VIEW_CASE, _cases),
    AreaSpec("actas", lambda: tr("Actas"), "actas", Permission.PRINT_DOCUMENTS, _actas),
    AreaSpec("pendientes", lambda: tr("Pendientes"), "warning", Permission.VIEW_CASE, _pending),
    AreaSpec("reportes", lambda: tr("Reportes"), "reports", Permission.VIEW_REPORTS, _reports),
    AreaSpec("bitacora", lambda: tr("Bitácora"), "audit", Permission.VIEW_AUDIT, _audit),
    AreaSpec(
        "administracion",
        lambda: tr("Administración"),
        "admin",
        Permission.MANAGE_USERS,
        _administration,
    ),
)


def areas_for(actor: Actor, areas: Sequence[AreaSpec] = AREAS) -> list[AreaSpec]:
    return [a for a in areas if allowed(actor, a.permission)]
