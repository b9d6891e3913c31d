"""What a program killed half-way leaves behind, swept when the next one starts.

Work folders are named after the process that made them (``{prefix}{pid}-…``); one whose
process is gone is removed: a backup's ``.trabajo-`` (it may hold a dump of the database), a
demo's ``.conciliador-demo-`` (a gigabyte of side files at a million hearings), a PDF batch's
``.conciliador-pdf-`` and LibreOffice's profiles in the system's temporary folder. Folders of
processes still running (another desk, another order) are left alone.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from conciliador.db import Database
from conciliador.documents.atomic import sweep_dead_work_dirs
from conciliador.documents.children import contain_on_windows
from conciliador.documents.pdf import LO_WORK, PDF_TEMP
from conciliador.services.backups import sweep_leftovers as sweep_backup_leftovers
from conciliador.services.storage import backup_dir, documents_dir

DEMO_WORK = ".conciliador-demo-"
BACKUP_WORK = ".trabajo-"
BATCH_WORK = ".conciliador-pdf-"


def sweep_leftovers(db: Database) -> list[Path]:
    """Remove the dead processes' work folders around ``db``; returns what was removed.

    Also, on Windows, put the program in its job first: from its start, every process it
    starts (a demo's workers included) dies with it, so it leaves no new ones behind."""
    contain_on_windows()
    removed: list[Path] = []
    folder = db.sqlite_path.parent if db.sqlite_path is not None else None
    if folder is not None:
        removed += sweep_dead_work_dirs(folder, DEMO_WORK)
    removed += sweep_dead_work_dirs(backup_dir(db, create=False), BACKUP_WORK)
    documents = documents_dir(db, create=False)
    removed += sweep_dead_work_dirs(documents, BATCH_WORK)
    sweep_backup_leftovers(documents.parent)  # a restore's staged or set-aside documents
    system = Path(tempfile.gettempdir())
    for prefix in (LO_WORK, PDF_TEMP):
        removed += sweep_dead_work_dirs(system, prefix)
    return removed
