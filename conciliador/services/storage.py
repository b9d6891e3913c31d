"""Where a database's files live: its documents folder and its backups folder.

For the embedded SQLite database both sit beside the database file, in the user's data folder
(``conciliador-documentos/`` and ``conciliador-copias/`` next to ``conciliador.sqlite``). For a
PostgreSQL server they sit in this user's data folder, one per server and database. Either can
be moved (a network share for documents, a second disk for backups) with
``CONCILIADOR_DOCUMENTS_DIR`` and ``CONCILIADOR_BACKUP_DIR``. Folders are created readable by
the user only.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from conciliador.db import Database, data_dir

DOCUMENTS_ENV = "CONCILIADOR_DOCUMENTS_DIR"
BACKUP_ENV = "CONCILIADOR_BACKUP_DIR"


def _private(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def _server_slug(db: Database) -> str:
    url = db.url
    raw = f"{url.host or 'local'}_{url.port or 5432}_{url.database or 'postgres'}"
    return re.sub(r"[^A-Za-z0-9._-]", "_", raw)


def _beside(db: Database, suffix: str, env: str, server_folder: str) -> Path:
    explicit = os.environ.get(env)
    if explicit:
        return Path(explicit)
    sqlite_file = db.sqlite_path
    if sqlite_file is not None:
        return sqlite_file.parent / f"{sqlite_file.stem}-{suffix}"
    return data_dir() / server_folder / _server_slug(db)


def documents_dir(db: Database, *, create: bool = True) -> Path:
    """The folder of this database's documents (actas, citations, exports it keeps)."""
    path = _beside(db, "documentos", DOCUMENTS_ENV, "documentos")
    return _private(path) if create else path


def backup_dir(db: Database, *, create: bool = True) -> Path:
    """The folder of this database's automatic daily backups."""
    path = _beside(db, "copias", BACKUP_ENV, "copias")
    return _private(path) if create else path
