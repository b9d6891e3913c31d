"""The unified criteria as versioned data: criteria profiles and document templates, each
version kept for ever.

A profile version holds the profile's validated TOML text (so keys added to the profile's
schema pass through unchanged) with the day it takes effect; the version in force on a
hearing's day is the published one with the latest effective date on or before it. A template
version holds the .docx bytes of one template of one profile; the newest is the one in use.
The shipped files are the first versions.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from conciliador.domain.versions import VersionStatus
from conciliador.models.base import Base, UTCDateTime, enum_column, stamp_now


class ProfileVersion(Base):
    __tablename__ = "profile_versions"
    __table_args__ = (UniqueConstraint("profile_code", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    profile_code: Mapped[str] = mapped_column(String(10), index=True)
    number: Mapped[int] = mapped_column(Integer)
    status: Mapped[VersionStatus] = mapped_column(enum_column(VersionStatus))
    #: The first day (in the offices' calendar) on which this version applies.
    effective_from: Mapped[dt.date] = mapped_column(Date)
    toml_text: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    #: What changed, and where the new values come from (a decree, the statistics office…).
    note: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=stamp_now)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    published_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    published_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class TemplateVersion(Base):
    __tablename__ = "template_versions"
    __table_args__ = (UniqueConstraint("profile_code", "name", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    profile_code: Mapped[str] = mapped_column(String(10))
    name: Mapped[str] = mapped_column(String(60))
    number: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    note: Mapped[str] = mapped_column(Text, default="")
    published_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=stamp_now)
    published_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
