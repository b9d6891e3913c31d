"""Who is acting: the signed-in user, or the command line run by whoever holds the database."""

from __future__ import annotations

from dataclasses import dataclass, field

from conciliador.domain.enums import Role


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    login: str
    name: str
    role: Role
    office_id: int | None
    #: Offices whose records this actor may see and touch: their own and, for supervisors and
    #: administrators, every office below it. ``None`` means all offices (the command line).
    office_ids: frozenset[int] | None = field(default=None)
    #: The local command line acts with every permission (see docs/permissions.md).
    is_system: bool = False

    @property
    def label(self) -> str:
        return f"{self.name} ({self.login})"

    def reaches(self, office_id: int) -> bool:
        return self.office_ids is None or office_id in self.office_ids

    @classmethod
    def command_line(cls, os_user: str = "") -> Actor:
        """The local command line: whoever runs it already holds the database itself."""
        who = f"línea de comandos{f' ({os_user})' if os_user else ''}"
        return cls(
            user_id=None,
            login="sistema",
            name=who,
            role=Role.ADMINISTRADOR,
            office_id=None,
            office_ids=None,
            is_system=True,
        )
