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


class FieldId(str):
    """A field's identity: stable path parts that services report and the screens bind to.

    It reads as its Spanish label (made once, in ``services/fields.py``), so messages,
    logs and the command line show the label unchanged; but it is equal to, and hashes
    as, its ``parts`` only: a renamed label changes no binding, and a plain string that
    happens to read the same never takes its place.
    """

    parts: tuple[str, ...]

    def __new__(cls, parts: tuple[str, ...], label: str = "") -> FieldId:
        self = super().__new__(cls, label or " — ".join(parts))
        self.parts = parts
        return self

    def __eq__(self, other: object) -> bool:
        return isinstance(other, FieldId) and other.parts == self.parts

    def __ne__(self, other: object) -> bool:
        return not self == other

    def __hash__(self) -> int:
        return hash((FieldId, self.parts))

    def __repr__(self) -> str:
        return f"FieldId({self.parts!r}, {str(self)!r})"

    def __reduce__(self) -> tuple[type[FieldId], tuple[tuple[str, ...], str]]:
        return (FieldId, (self.parts, str(self)))


@dataclass(frozen=True)
class FieldProblem:
    """One invalid field: ``field`` names it as the user sees it, ``message`` says what is wrong."""

    field: FieldId
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

    #: An overridable rule is named by its ``OverrideKind`` (the code its override is stored
    #: and audited under: office hours are ``fuera_de_horario`` everywhere); a double booking
    #: by what is taken («conciliador», «sala», «parte», «pendiente», «pasado»).
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
