"""Errors a service raises for the user to read and act on; each carries a Spanish message.

Anything else that escapes a service is a bug: the command line and the desktop log it and say
so, instead of showing a traceback.
"""

from __future__ import annotations

from dataclasses import dataclass


class ServiceError(Exception):
    """Base of every error whose message is meant for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class FieldProblem:
    """One invalid field: ``field`` names it as the user sees it, ``message`` says what is wrong."""

    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class ValidationFailed(ServiceError):
    """Input that cannot be saved; lists every problem so a form can mark each field."""

    def __init__(self, problems: list[FieldProblem] | FieldProblem) -> None:
        self.problems = problems if isinstance(problems, list) else [problems]
        super().__init__("; ".join(str(p) for p in self.problems))


class NotFound(ServiceError):
    pass


class PermissionDenied(ServiceError):
    pass


class InvalidTransition(ServiceError):
    pass


class StaleData(ServiceError):
    """Someone else changed the record since it was read (optimistic locking)."""

    def __init__(self, what: str) -> None:
        super().__init__(
            f"Otra persona modificó {what} mientras usted lo editaba. "
            "Vuelva a abrirlo para ver los cambios y repita su modificación."
        )


@dataclass(frozen=True)
class Clash:
    """One scheduling rule a proposed hearing breaks.

    ``overridable`` rules (office hours, holidays, notice, safeguarding) may be set aside by a
    supervisor with a written reason; a double booking of an officer, a room or a person never.
    """

    rule: str
    message: str
    overridable: bool


class SchedulingConflict(ServiceError):
    def __init__(self, clashes: list[Clash]) -> None:
        self.clashes = clashes
        lines = "; ".join(c.message for c in clashes)
        super().__init__(f"No se puede programar la audiencia: {lines}")

    @property
    def overridable(self) -> bool:
        return all(c.overridable for c in self.clashes)
