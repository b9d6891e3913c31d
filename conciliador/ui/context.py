"""What every area of the desktop receives: the database handle, who is signed in, where to
run slow work, and where to say things to the user. Built once by the shell after sign-in."""

from __future__ import annotations

from dataclasses import dataclass

from conciliador.services.actor import Actor
from conciliador.services.context import Database
from conciliador.ui.tasks import TaskRunner


@dataclass
class UiContext:
    db: Database
    actor: Actor
    tasks: TaskRunner
