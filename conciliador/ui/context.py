"""What every area of the desktop receives: the database handle, who is signed in, where to
run slow work, and where to say things to the user. Built once by the shell after sign-in."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from conciliador.services.actor import Actor
from conciliador.services.context import Database
from conciliador.ui.messages import Messages
from conciliador.ui.navigation import Navigator
from conciliador.ui.office_choice import OfficeChoice
from conciliador.ui.tasks import TaskRunner


@dataclass
class UiContext:
    db: Database
    actor: Actor
    tasks: TaskRunner
    #: The message channel shown by the main window's message bar.
    messages: Messages = field(default_factory=Messages)
    #: Asks the main window to go somewhere (open a case from the agenda, …).
    navigation: Navigator = field(default_factory=Navigator)
    #: The office the areas show (the signed-in person's own unless they pick another).
    office: OfficeChoice = field(init=False)

    def __post_init__(self) -> None:
        self.office = OfficeChoice(self.actor.office_id)

    def now(self) -> dt.datetime:
        """ "Now", by the database's clock (the one clock: tests pin it there)."""
        return self.db.now()
