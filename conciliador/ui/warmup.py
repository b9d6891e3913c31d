"""While the person types their password, load what the main window will need next.

Opening the agenda imports its modules, the services behind its quick actions and the public
holidays of every country (the ``holidays`` package loads them all at once: about a fifth of
a second); done in the background during sign-in, the main window opens without that wait.
Only imports happen here — no widget is built off the GUI thread.
"""

from __future__ import annotations

import importlib
import logging
import threading

log = logging.getLogger(__name__)

MODULES = (
    "holidays.countries",
    "conciliador.ui.agenda.view",
    "conciliador.ui.cases.view",
    "conciliador.ui.admin.view",
)


def _load() -> None:
    for name in MODULES:
        try:
            importlib.import_module(name)
        except Exception:  # the real import, later, reports it properly
            log.exception("no se pudo precargar %s", name)


def warm_up() -> threading.Thread:
    """Start loading in a daemon thread; returns it (tests and benchmarks may join it)."""
    thread = threading.Thread(target=_load, name="precarga", daemon=True)
    thread.start()
    return thread
