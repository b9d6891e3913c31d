"""Logging for the app and the command line: a rotating file in the user's log folder.

No personal data is logged: messages name records by id, never by a person's name. Database
errors are the one place values could slip in — the engine hides statement parameters, and
``PrivateFormatter`` strips what the database server itself echoes back (PostgreSQL's «DETAIL:
Key (…)=(…)» and «Failing row contains (…)»).
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
from pathlib import Path

from platformdirs import user_log_path

_ECHOED_VALUES = (
    re.compile(r"^\s*(DETAIL|HINT|CONTEXT):.*$", re.MULTILINE),
    re.compile(r"Key \(.*?\)=\(.*?\)"),
    re.compile(r"Failing row contains \(.*?\)"),
    re.compile(r"\[parameters: .*?\]", re.DOTALL),
)


def redact(text: str) -> str:
    """The text without the values a database server echoes in its error messages."""
    for pattern in _ECHOED_VALUES:
        text = pattern.sub("[valores omitidos]", text)
    return text


class PrivateFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        # The whole line, traceback included: another handler may have cached the record's
        # traceback text before this one sees it.
        return redact(super().format(record))


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Each new log file (after a rotation too) readable by the user only."""

    def _open(self):  # type: ignore[no-untyped-def]
        stream = super()._open()
        os.chmod(self.baseFilename, 0o600)
        return stream


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
    handler = _PrivateRotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(PrivateFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.setLevel(level)
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        root.addHandler(handler)
    logging.getLogger("alembic").setLevel(logging.WARNING)
    return path
