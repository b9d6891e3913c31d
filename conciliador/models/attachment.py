"""A document attached to a case. The file itself lives in the database's documents folder
(``services/attachments.py``), readable by its owner only; the row says what it is, who added
it and when, and its SHA-256, by which ``verify`` and the backups tell it is intact."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from conciliador.domain.attachments import AttachmentKind
from conciliador.models.base import Base, UTCDateTime, enum_column, stamp_now, uid_column


class Attachment(Base):
    __tablename__ = "attachments"
    __table_args__ = (Index("ix_attachments_case", "case_id", "added_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = uid_column()
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"), index=True)
    kind: Mapped[AttachmentKind] = mapped_column(enum_column(AttachmentKind))
    #: The date the document bears (issued, signed), as the person adding it read it.
    document_date: Mapped[dt.date] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text, default="")
    #: The file's name on the desk it came from (shown; never used as a path).
    original_name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(80))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    #: Where it is, relative to the documents folder.
    stored_as: Mapped[str] = mapped_column(String(255))
    added_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    added_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=stamp_now)
    #: Removed: the file is deleted, the row (and the trail) stay.
    removed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    removed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    removal_reason: Mapped[str] = mapped_column(Text, default="")
