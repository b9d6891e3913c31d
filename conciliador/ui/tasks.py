"""Slow work off the GUI thread: run a function on a QThreadPool, get the result (or the
error) back on the GUI thread. Tests swap in ``SyncTaskRunner``, which runs it at once.

A task may report progress and honour cancellation through the ``Progress`` it receives.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside a task when the user pressed «Cancelar»."""


class Progress:
    """Handed to a task: report ``(done, total)`` and check whether to stop."""

    def __init__(self, report: Callable[[int, int], None] | None = None) -> None:
        self._report = report
        self._cancel = threading.Event()

    def __call__(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled
        if self._report is not None:
            self._report(done, total)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class TaskRunner(Protocol):
    def run(
        self,
        func: Callable[[Progress], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_progress: Callable[[int, int], None] | None = None,
    ) -> Progress: ...


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class _Job(QRunnable):
    def __init__(self, func: Callable[[Progress], Any], signals: _Signals, progress: Progress):
        super().__init__()
        self.func = func
        self.signals = signals
        self.progress = progress

    def run(self) -> None:
        try:
            result = self.func(self.progress)
        except BaseException as exc:  # delivered to the GUI thread, never lost
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class ThreadTaskRunner:
    """Runs tasks on a QThreadPool; callbacks arrive on the GUI thread (queued signals)."""

    def __init__(self, pool: QThreadPool | None = None) -> None:
        self.pool = pool or QThreadPool.globalInstance()
        self._alive: set[_Signals] = set()

    def run(
        self,
        func: Callable[[Progress], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_progress: Callable[[int, int], None] | None = None,
    ) -> Progress:
        signals = _Signals()
        self._alive.add(signals)
        progress = Progress(signals.progress.emit)

        def finish(callback: Callable[[Any], None]) -> Callable[[Any], None]:
            def deliver(value: Any) -> None:
                self._alive.discard(signals)
                callback(value)

            return deliver

        signals.done.connect(finish(on_done))
        signals.failed.connect(finish(on_error))
        if on_progress is not None:
            signals.progress.connect(on_progress)
        self.pool.start(_Job(func, signals, progress))
        return progress

    def wait(self, msecs: int = 30_000) -> bool:
        return bool(self.pool.waitForDone(msecs))


class SyncTaskRunner:
    """For tests: runs the task at once, on the calling thread."""

    def run(
        self,
        func: Callable[[Progress], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_progress: Callable[[int, int], None] | None = None,
    ) -> Progress:
        progress = Progress(on_progress)
        try:
            result = func(progress)
        except BaseException as exc:
            on_error(exc)
        else:
            on_done(result)
        return progress
