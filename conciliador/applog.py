"""Logging for the app and the command line: a rotating file in the user's log folder.

No personal data is logged: messages name records by id, never by a person's name.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from platformdirs import user_log_path


def log_dir() -> Path:
    path = Path(
        os.environ.get("CONCILIADOR_LOG_DIR") or user_log_path("conciliador", appauthor=False)
    )
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def log_file() -> Path:
    return log_dir() / "conciliador.log"


def configure(level: int = logging.INFO) -> Path:
    """Send log records to a rotating file (1 MB × 5), readable by the user only."""
    path = log_file()
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.setLevel(level)
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        root.addHandler(handler)
    logging.getLogger("alembic").setLevel(logging.WARNING)
    return path
