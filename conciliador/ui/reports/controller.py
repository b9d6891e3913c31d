"""What the «Reportes» area does: compute the summary off the GUI thread, show it, export it.

Every database touch goes through the services (``conciliador.services.reports``), on the
context's task runner, so the window stays responsive on a shared server and the same
permission checks and audit records apply as on the command line.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from conciliador.documents.reports.layout import ReportDocument
from conciliador.services.errors import ServiceError
from conciliador.services.permissions import Permission, allowed
from conciliador.services.reports import (
    Month,
    ReportFormat,
    export_case_list,
    export_monthly_report,
    monthly_summary,
    report_document,
)
from conciliador.ui.context import UiContext
from conciliador.ui.i18n import count, tr
from conciliador.ui.tasks import Cancelled, Progress

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Loaded:
    month: Month
    office_id: int
    document: ReportDocument
    empty: bool


def user_message(exc: BaseException) -> str:
    """An error as the user should read it; a bug is logged and named as such."""
    if isinstance(exc, ServiceError):
        return str(exc)
    if isinstance(exc, Cancelled):
        return tr("Exportación cancelada; no se guardó ningún archivo.")
    log.error("error inesperado en Reportes", exc_info=exc)
    return tr("Ocurrió un error inesperado; quedó anotado en el registro de la aplicación.")


class ReportsController:
    def __init__(self, context: UiContext) -> None:
        self.context = context
        self.loaded: Loaded | None = None
        self.running: Progress | None = None
        #: Bumped by every load: a slow answer for a month the user already left is dropped.
        self._generation = 0

    @property
    def can_view(self) -> bool:
        return allowed(self.context.actor, Permission.VIEW_REPORTS)

    @property
    def can_export(self) -> bool:
        return allowed(self.context.actor, Permission.EXPORT_REPORTS)

    @property
    def can_export_cases(self) -> bool:
        return allowed(self.context.actor, Permission.EXPORT_PERSONAL_DATA)

    def load(
        self,
        month: Month,
        office_id: int,
        on_done: Callable[[Loaded], None],
        on_error: Callable[[str], None],
    ) -> None:
        ctx = self.context
        self._generation += 1
        generation = self._generation
        self.loaded = None

        def work(_progress: Progress) -> Loaded:
            summary = monthly_summary(ctx.db, ctx.actor, month, office_id)
            return Loaded(month, office_id, report_document(summary), summary.is_empty)

        def done(result: Any) -> None:
            if generation != self._generation:
                return
            self.loaded = result
            on_done(result)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                on_error(user_message(exc))

        ctx.tasks.run(work, done, failed)

    def export(
        self,
        fmt: ReportFormat | None,
        path: Path,
        on_done: Callable[[str], None],
        on_error: Callable[[str], None],
        on_progress: Callable[[int, int], None],
    ) -> None:
        """Export the loaded month and office; ``fmt`` None means the case list."""
        loaded = self.loaded
        if loaded is None:
            on_error(tr("Elija primero un mes y una oficina."))
            return
        ctx = self.context

        def work(progress: Progress) -> str:
            if fmt is None:
                cases = export_case_list(
                    ctx.db, ctx.actor, loaded.month, loaded.office_id, path, progress=progress
                )
                return count(
                    cases.cases,
                    tr("Listado de {n} caso guardado en {path}."),
                    tr("Listado de {n} casos guardado en {path}."),
                    path=path,
                )
            result = export_monthly_report(
                ctx.db,
                ctx.actor,
                loaded.month,
                loaded.office_id,
                path,
                fmt=fmt,
                progress=progress,
            )
            return tr("Reporte guardado en {path}.").format(path=result.path)

        def finished(message: Any) -> None:
            self.running = None
            on_done(str(message))

        def failed(exc: BaseException) -> None:
            self.running = None
            on_error(user_message(exc))

        self.running = ctx.tasks.run(work, finished, failed, on_progress)

    def cancel(self) -> None:
        if self.running is not None:
            self.running.cancel()
