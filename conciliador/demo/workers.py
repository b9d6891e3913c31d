"""Worker processes for long, splittable jobs (the demo generator's large loads).

Each job runs ``target(job, progress, results)`` in its own process, started with ``spawn``
(forking a process that may hold threads or open database connections is unsafe). A worker
adds to the shared ``progress`` counter as it goes and sends exactly one answer through
``results``: its result, or the text of the exception that stopped it. The caller waits for all
of them, or stops them when it fails itself, so no worker outlives the unit of work that
started it.
"""

from __future__ import annotations

import multiprocessing
import traceback
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from conciliador.documents.children import die_with_parent

_J = TypeVar("_J")
_R = TypeVar("_R")


class WorkerFailed(RuntimeError):
    """A worker process stopped without a result: a bug or the machine, never the user."""


class _Failure:
    def __init__(self, text: str) -> None:
        self.text = text


def run_job(
    target: Callable[[_J, Callable[[int], None]], _R], job: _J, progress: Any, results: Any
) -> None:
    """What a worker process runs: the target, its progress counter and one answer."""
    die_with_parent()  # a worker never outlives the program that started it (even kill -9)

    def advance(amount: int) -> None:
        with progress.get_lock():
            progress.value += amount

    try:
        answer: object = target(job, advance)
    except BaseException:
        results.send(_Failure(traceback.format_exc()))
        raise
    results.send(answer)


class Workers(Generic[_J, _R]):
    """One process per job, started at once."""

    def __init__(
        self, target: Callable[[_J, Callable[[int], None]], _R], jobs: list[_J], name: str
    ) -> None:
        context = multiprocessing.get_context("spawn")
        self.name = name
        self.progress_counter = context.Value("q", 0)
        self.running: list[tuple[Any, Any]] = []
        try:
            for job in jobs:
                receiver, sender = context.Pipe(duplex=False)
                process = context.Process(
                    target=run_job,
                    args=(target, job, self.progress_counter, sender),
                    name=name,
                    daemon=True,
                )
                process.start()
                sender.close()
                self.running.append((process, receiver))
        except BaseException:
            self.stop()
            raise

    def progress(self) -> int:
        """What the workers have reported done so far, all together."""
        return int(self.progress_counter.value)

    def wait(self, report: Callable[[int], None], every: float = 0.5) -> list[_R]:
        """Every worker's result, in job order; ``report`` hears the progress meanwhile."""
        results: list[_R] = []
        for process, receiver in self.running:
            while not receiver.poll(every):
                report(self.progress())
                if not process.is_alive() and not receiver.poll(0):
                    break
            try:
                answer = receiver.recv()
            except EOFError:
                process.join()
                answer = _Failure(f"terminó sin resultado (código {process.exitcode})")
            if isinstance(answer, _Failure):
                raise WorkerFailed(f"falló un proceso auxiliar ({self.name}):\n{answer.text}")
            results.append(answer)
            process.join()
        report(self.progress())
        return results

    def stop(self) -> None:
        """End the workers still running (after a failure) and release their pipes."""
        for process, receiver in self.running:
            if process.is_alive():
                process.terminate()
            process.join()
            receiver.close()
