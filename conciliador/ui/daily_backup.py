"""The automatic daily backup, started by the desktop at start-up off the GUI thread.

Only for the embedded SQLite database: a shared PostgreSQL server is backed up where it runs
(``conciliador backup --daily`` from cron), not by every desk that opens it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from conciliador.services.backup_desk import scheduled_backup
from conciliador.services.backups import DailyBackupResult
from conciliador.services.context import Database
from conciliador.services.errors import ServiceError
from conciliador.ui.i18n import tr
from conciliador.ui.tasks import TaskRunner

log = logging.getLogger(__name__)


def start_daily_backup(
    db: Database, tasks: TaskRunner, say: Callable[[str], None] | None = None
) -> bool:
    """Make today's backup in the background if there is none yet; ``say`` tells the user how
    it went (one line, for the status bar). Returns whether a backup was started."""
    if not db.is_sqlite:
        return False
    tell = say or (lambda _text: None)

    def done(result: DailyBackupResult) -> None:
        if result.created is None:
            return  # today's copy already exists (or another desk is making it)
        if result.created.problems:
            tell(
                tr(
                    "La copia de seguridad de hoy se guardó, pero la verificación encontró "
                    "{count} problema(s): avise al administrador."
                ).format(count=len(result.created.problems))
            )
        else:
            tell(
                tr("Copia de seguridad de hoy guardada ({name}).").format(
                    name=result.created.path.name
                )
            )

    def failed(exc: BaseException) -> None:
        if isinstance(exc, ServiceError | OSError):
            log.warning("no se pudo hacer la copia diaria: %s", type(exc).__name__)
            tell(tr("No se pudo hacer la copia de seguridad de hoy: {why}").format(why=exc))
            return
        log.error("error inesperado en la copia diaria", exc_info=exc)
        tell(tr("No se pudo hacer la copia de seguridad de hoy (el error quedó en el registro)."))

    tasks.run(lambda _progress: scheduled_backup(db), done, failed)
    return True
