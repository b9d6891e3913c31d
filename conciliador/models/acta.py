"""Actas: the document that closes a conciliation, its signatures and its sealed file.

An acta is a ``borrador`` rendered from the live data until it is issued; issuing freezes its
text (the template it was rendered with, kept by content in ``document_templates``, and the
values that filled it, in ``frozen_context``) and gives it the office's next correlative
number for the year; signing records who signed and stores the sealed PDF with its SHA-256.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    Boolean,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    event,
    inspect,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from conciliador.domain.actas import ActaStatus, SignatureMode, SignerRole
from conciliador.domain.enums import Outcome
from conciliador.models.base import Base, JSONType, UTCDateTime, enum_column, stamp_now, uid_column


class DocumentTemplate(Base):
    """A template as it was when an acta was issued, stored once per distinct content, so
    an administrator editing ``templates/actas`` never changes an issued acta's text."""

    __tablename__ = "document_templates"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60))
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=stamp_now)


class Acta(Base):
    __tablename__ = "actas"
    __table_args__ = (
        UniqueConstraint("office_id", "year", "number"),
        Index("ix_actas_office_status", "office_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = uid_column()
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"))
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    #: The outcome record (``agreements``) the acta documents.
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreements.id"), index=True)
    hearing_id: Mapped[int | None] = mapped_column(ForeignKey("hearings.id"))
    outcome: Mapped[Outcome] = mapped_column(enum_column(Outcome))
    status: Mapped[ActaStatus] = mapped_column(enum_column(ActaStatus))
    #: Correlative number per office and year, assigned when issued.
    year: Mapped[int | None] = mapped_column(Integer)
    number: Mapped[int | None] = mapped_column(Integer)
    #: The acta this one replaces (a defect corrected), and why.
    replaces_id: Mapped[int | None] = mapped_column(ForeignKey("actas.id"), unique=True)
    replacement_reason: Mapped[str] = mapped_column(Text, default="")
    #: Set on the original when its replacement is issued; the original stays readable.
    replaced_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    #: Frozen at issue: the template's content and every value that filled it.
    template_id: Mapped[int | None] = mapped_column(ForeignKey("document_templates.id"))
    frozen_context: Mapped[dict[str, Any] | None] = mapped_column(JSONType)
    #: Frozen at issue too: the agreement's structured clauses as this acta states them, so
    #: a replacement that corrects them (it shares the outcome record) changes only its own
    #: obligations, from its own date (``services.followup.obligations``).
    terms: Mapped[dict[str, Any] | None] = mapped_column(JSONType)
    #: The criteria profile version in force on the hearing's day, recorded at issue (None for
    #: actas issued before versions were recorded, and while no version is stored: the
    #: shipped profile).
    profile_version_id: Mapped[int | None] = mapped_column(ForeignKey("profile_versions.id"))
    issued_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    issued_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    signed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    signed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    #: SHA-256 of the sealed PDF (hex), kept apart from the file so a change to either shows.
    sealed_sha256: Mapped[str | None] = mapped_column(String(64))
    #: Whether the sealed PDF also carries the office certificate's digital signature.
    digitally_signed: Mapped[bool] = mapped_column(Boolean, default=False)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=stamp_now)
    version: Mapped[int] = mapped_column(Integer, default=1)

    template: Mapped[DocumentTemplate | None] = relationship()
    replaces: Mapped[Acta | None] = relationship(remote_side=[id])
    signatures: Mapped[list[ActaSignature]] = relationship(
        back_populates="acta", order_by="ActaSignature.position"
    )

    __mapper_args__ = {"version_id_col": version}


class ActaSignature(Base):
    """One signature line of a signed acta: who, how, when, and the captured image if any."""

    __tablename__ = "acta_signatures"
    __table_args__ = (UniqueConstraint("acta_id", "role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    acta_id: Mapped[int] = mapped_column(ForeignKey("actas.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    role: Mapped[SignerRole] = mapped_column(enum_column(SignerRole))
    name: Mapped[str] = mapped_column(Text)
    id_number: Mapped[str] = mapped_column(String(40), default="")
    mode: Mapped[SignatureMode] = mapped_column(enum_column(SignatureMode))
    witness_name: Mapped[str] = mapped_column(Text, default="")
    witness_id_number: Mapped[str] = mapped_column(String(40), default="")
    #: Under a profile that asks for every signer's fingerprint (``[actas.huella_digital]``:
    #: Peru, Ley 26872, art. 16): whether this signer stamped it, and if not, why; None where
    #: the profile does not ask (or the person neither signed nor stamped).
    fingerprint: Mapped[bool | None] = mapped_column(Boolean)
    no_fingerprint_reason: Mapped[str] = mapped_column(Text, default="")
    #: The captured signature (PNG), when the desk has a signature pad.
    image: Mapped[bytes | None] = mapped_column(LargeBinary)
    signed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)

    acta: Mapped[Acta] = relationship(back_populates="signatures")


class ActaFile(Base):
    """The sealed PDF/A of a signed acta, kept in the database (docs/actas.md says why)."""

    __tablename__ = "acta_files"

    id: Mapped[int] = mapped_column(primary_key=True)
    acta_id: Mapped[int] = mapped_column(ForeignKey("actas.id"), unique=True)
    media_type: Mapped[str] = mapped_column(String(80), default="application/pdf")
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=stamp_now)


# ------------------------------------------------------------------------------ immutability
class ImmutableRecord(Exception):
    """A write that would change an issued or signed acta (a defect of the caller: the
    services refuse it first, in Spanish)."""


#: What may still change on a signed acta: the mark that a replacement superseded it.
_SIGNED_MUTABLE = frozenset({"replaced_at", "version"})
#: What may still change on an issued acta: its signing.
_ISSUED_MUTABLE = _SIGNED_MUTABLE | {
    "status",
    "signed_at",
    "signed_by_id",
    "sealed_sha256",
    "digitally_signed",
}


@event.listens_for(Acta, "before_update")
def _guard_acta(_mapper: Any, _connection: Any, target: Acta) -> None:
    state = inspect(target)
    status_history = state.attrs.status.history
    was = status_history.deleted[0] if status_history.deleted else target.status
    if was == ActaStatus.BORRADOR:
        return
    allowed = _SIGNED_MUTABLE if was == ActaStatus.FIRMADA else _ISSUED_MUTABLE
    changed = {
        attr.key
        for attr in state.attrs
        if attr.key in state.mapper.column_attrs and attr.history.has_changes()
    }
    if changed - allowed:
        raise ImmutableRecord(
            f"el acta {target.id} está {was.value}: no se modifica ({', '.join(sorted(changed))})"
        )


@event.listens_for(Acta, "before_delete")
def _guard_acta_delete(_mapper: Any, _connection: Any, target: Acta) -> None:
    if target.status != ActaStatus.BORRADOR:
        raise ImmutableRecord(f"el acta {target.id} está {target.status.value}: no se elimina")


@event.listens_for(ActaSignature, "before_update")
@event.listens_for(ActaSignature, "before_delete")
@event.listens_for(ActaFile, "before_update")
@event.listens_for(ActaFile, "before_delete")
def _guard_signed_parts(_mapper: Any, _connection: Any, target: object) -> None:
    raise ImmutableRecord("las firmas y el archivo sellado de un acta no se modifican")
