"""People who use the application, with their role, office and legal capacity."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from conciliador.domain.enums import Role, Sex
from conciliador.models.base import Base, UTCDateTime, enum_column, stamp_now, uid_column
from conciliador.models.office import Office


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = uid_column()
    login: Mapped[str] = mapped_column(String(60), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    id_number: Mapped[str] = mapped_column(String(40), default="")
    role: Mapped[Role] = mapped_column(enum_column(Role))
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"), index=True)
    #: Post (cargo) and the instrument that delegates the capacity to conciliate; an acta
    #: signed by someone without it is unenforceable.
    post: Mapped[str] = mapped_column(String(200), default="")
    #: The officer's sex, for the title the documents give them (Conciliadora, Conciliador);
    #: unspecified gives the neutral «Conciliador/a».
    sex: Mapped[Sex] = mapped_column(enum_column(Sex), default=Sex.UNSPECIFIED)
    legal_capacity: Mapped[str] = mapped_column(Text, default="")
    #: The officer's entry in the registry of conciliators, where the office's profile asks
    #: the acta to name it (``[actas.registro_conciliador]``: Peru, Ley 26872, art. 16 f).
    registry_number: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    password_hash: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=stamp_now)
    version: Mapped[int] = mapped_column(Integer, default=1)

    office: Mapped[Office] = relationship()

    __mapper_args__ = {"version_id_col": version}
