"""The audit anchor an interchange file carries to the office above.

When an office sends its records up, the file carries its audit trail's head at that moment
(the last event's number and hash, and the first event's hash), signed with the sending office's
key. The office above keeps the file and records the anchor in its own trail on import: from then
on, a trail rewritten at the sending desk — even by someone holding its key, who could re-sign
its local anchors — no longer meets the anchor the office above holds.
``conciliador verify --ancla-de ARCHIVO`` checks this desk's trail against such a file.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from sqlalchemy import URL
from sqlalchemy.orm import Session

from conciliador.services import audit_key
from conciliador.services.anchors import LoadedAnchors
from conciliador.services.audit_chain import ANY_CHAIN, AuditAnchor, chain_heads
from conciliador.services.errors import ServiceError
from conciliador.services.interchange import schema as s


def _parts(first: str, event: int, hash_: str, when: dt.datetime, place: str) -> tuple[str, ...]:
    return (first, str(event), hash_, when.astimezone(dt.UTC).isoformat(), place)


def sender_anchor(session: Session, url: URL, when: dt.datetime) -> s.AnclaBitacora | None:
    """This database's trail head, signed, for a file leaving the office (None: empty trail).

    The trail is one chain per office: the file carries the head of the chain written last
    (the one of the sending office's latest work); the verifier finds that chain again by its
    first event's hash."""
    heads = chain_heads(session)
    if not heads:
        return None
    head = max(heads, key=lambda h: h.event_id)
    when = when.astimezone(dt.UTC).replace(microsecond=0)
    place = audit_key.location_of(url)
    return s.AnclaBitacora(
        huella_primer_evento=head.first_hash,
        evento=head.event_id,
        huella=head.hash,
        fecha=when,
        lugar=place,
        firma=audit_key.sign(*_parts(head.first_hash, head.event_id, head.hash, when, place)),
    )


def received_text(anchor: s.AnclaBitacora) -> str:
    """How the office above records a received anchor in its own trail."""
    return (
        f"n.º {anchor.evento} · SHA-256 {anchor.huella} · primer evento "
        f"{anchor.huella_primer_evento} · {anchor.fecha.isoformat()}"
    )


def anchors_of_file(path: Path, url: URL) -> LoadedAnchors:
    """The anchor an interchange file made here carries, to check this trail against.

    The file must come from this database (its place) and its signature must be this office's:
    an altered anchor, or one from another desk, is reported and not used.
    """
    try:
        raw = json.loads(path.read_bytes())
    except OSError as exc:
        raise ServiceError(f"No se pudo leer el archivo «{path.name}»: {exc.strerror}.") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ServiceError(f"«{path.name}» no es un archivo de intercambio (JSON).") from exc
    found = raw.get("ancla_bitacora") if isinstance(raw, dict) else None
    if found is None:
        raise ServiceError(f"«{path.name}» no lleva el ancla de la bitácora.")
    try:
        a = s.AnclaBitacora.model_validate(found)
    except ValueError as exc:
        raise ServiceError(f"El ancla de «{path.name}» no es válida.") from exc
    loaded = LoadedAnchors()
    parts = _parts(a.huella_primer_evento, a.evento, a.huella, a.fecha, a.lugar)
    if a.lugar != audit_key.location_of(url):
        loaded.problems.append(
            f"El ancla de «{path.name}» es de otra base de datos: no se compara con esta."
        )
    elif not audit_key.valid(a.firma, *parts):
        loaded.problems.append(
            f"El ancla de «{path.name}» fue alterada (su firma no coincide con la clave de "
            "esta oficina)."
        )
    else:
        loaded.anchors.append(
            AuditAnchor(
                a.huella_primer_evento,
                a.evento,
                a.huella,
                ANY_CHAIN,
                taken_at=a.fecha,
                source=f"archivo de intercambio «{path.name}»",
            )
        )
    return loaded
