"""Every signed acta checked against the SHA-256 recorded when it was sealed.

Three records must agree: the sealed file's bytes, the hash stored on the acta, and the hash
the audit trail recorded at signing (so changing a file and its stored hash together still
shows). Each acta whose file is missing or altered is named with its number.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from conciliador.db import Database
from conciliador.documents.seal import sha256_hex
from conciliador.domain.actas import ActaStatus
from conciliador.domain.audit_actions import AuditAction
from conciliador.models import Acta, ActaFile, AuditEvent, Office
from conciliador.services.actas.facts import acta_number_text


def frozen_text_sha256(values: Mapping[str, Any]) -> str:
    """SHA-256 of an issued acta's frozen values, as canonical JSON (what the audit trail keeps
    of the text at issue)."""
    canonical = json.dumps(values, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class IntegrityReport:
    checked: int
    problems: tuple[str, ...]
    noun: str = ""

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def summary(self) -> str:
        noun = self.noun or ("acta firmada" if self.checked == 1 else "actas firmadas")
        if self.ok:
            return f"{self.checked} {noun}, todas coinciden con su huella"
        return f"{self.checked} {noun}, {len(self.problems)} con problemas"


def check_signed_actas(
    db: Database, progress: Callable[[int, int], None] | None = None
) -> IntegrityReport:
    """Check every signed acta's sealed file (read one at a time)."""
    problems: list[str] = []
    with db.read() as session:
        total = session.query(Acta).filter(Acta.status == ActaStatus.FIRMADA).count()
        recorded: dict[str, str] = {}
        for entity_id, after in session.execute(
            select(AuditEvent.entity_id, AuditEvent.after).where(
                AuditEvent.entity == "acta", AuditEvent.action == AuditAction.FIRMAR
            )
        ):
            if isinstance(after, dict) and after.get("sealed_sha256"):
                recorded[entity_id] = str(after["sealed_sha256"])
        rows = session.execute(
            select(Acta.id, Office.code, Acta.year, Acta.number, Acta.sealed_sha256, ActaFile.id)
            .join(Office, Office.id == Acta.office_id)
            .outerjoin(ActaFile, ActaFile.acta_id == Acta.id)
            .where(Acta.status == ActaStatus.FIRMADA)
            .order_by(Acta.id)
        ).all()
        for done, (acta_id, code, year, number, stored_hash, file_id) in enumerate(rows, 1):
            name = f"acta n.º {acta_number_text(code, year or 0, number or 0)}"
            if file_id is None:
                problems.append(f"{name}: falta su archivo sellado")
            else:
                content = session.scalar(select(ActaFile.content).where(ActaFile.id == file_id))
                actual = sha256_hex(content or b"")
                if stored_hash is None or actual != stored_hash:
                    problems.append(
                        f"{name}: el archivo sellado fue alterado (su huella SHA-256 no coincide "
                        "con la registrada al firmarla)"
                    )
                elif recorded.get(str(acta_id)) not in (None, stored_hash):
                    problems.append(
                        f"{name}: su huella registrada no coincide con la de la bitácora de "
                        "auditoría (el archivo y su huella fueron cambiados)"
                    )
                elif str(acta_id) not in recorded:
                    problems.append(f"{name}: la bitácora de auditoría no registra su firma")
            if progress is not None:
                progress(done, total)
    return IntegrityReport(total, tuple(problems))


def check_issued_actas(db: Database) -> IntegrityReport:
    """Every issued acta's number and frozen text against what the audit trail recorded when it
    was issued (the chain protects the event; this ties the acta's row to it)."""
    problems: list[str] = []
    with db.read() as session:
        issued: dict[str, dict[str, Any]] = {}
        for entity_id, after in session.execute(
            select(AuditEvent.entity_id, AuditEvent.after)
            .where(AuditEvent.entity == "acta", AuditEvent.action == AuditAction.EMITIR)
            .order_by(AuditEvent.id)
        ):
            if isinstance(after, dict):
                issued[entity_id] = after
        rows = session.execute(
            select(Acta.id, Office.code, Acta.year, Acta.number, Acta.frozen_context)
            .join(Office, Office.id == Acta.office_id)
            .where(Acta.issued_at.is_not(None))
            .order_by(Acta.id)
        ).all()
        for acta_id, code, year, number, frozen in rows:
            name = f"acta n.º {acta_number_text(code, year or 0, number or 0)}"
            event = issued.get(str(acta_id))
            if event is None:
                problems.append(f"{name}: la bitácora de auditoría no registra su emisión")
                continue
            if (event.get("year"), event.get("number")) != (year, number):
                recorded = event.get("numero") or f"{event.get('year')}/{event.get('number')}"
                problems.append(
                    f"{name}: la bitácora registró su emisión con el número {recorded} (el "
                    "número fue cambiado en la base)"
                )
            text_hash = event.get("texto_sha256")
            if text_hash is not None and frozen_text_sha256(frozen or {}) != text_hash:
                problems.append(
                    f"{name}: su texto emitido fue cambiado en la base (no coincide con la "
                    "huella que la bitácora registró al emitirla)"
                )
    noun = "acta emitida" if len(rows) == 1 else "actas emitidas"
    return IntegrityReport(len(rows), tuple(problems), noun)
