"""The audit anchors an interchange file carries to the office above.

When an office sends its records up, the file carries its audit trail's heads at that moment
(one per chain — there is one per office —: the last event's number and hash, and the first
event's hash), each signed with the sending office's key. The office above keeps the file and
records the anchors in its own trail on import: from then on, a trail rewritten at the sending
desk — even by someone holding its key, who could re-sign its local anchors — no longer meets
the anchors the office above holds.
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
from conciliador.services.audit_chain import AuditAnchor, chain_heads
from conciliador.services.errors import ServiceError
from conciliador.services.interchange import schema as s


def _parts(a: s.AnclaBitacora) -> tuple[str, ...]:
    return (
        str(a.cadena),
        a.huella_primer_evento,
        str(a.evento),
        a.huella,
        a.fecha.astimezone(dt.UTC).isoformat(),
        a.lugar,
    )


def sender_anchors(session: Session, url: URL, when: dt.datetime) -> list[s.AnclaBitacora]:
    """Every chain's head of this database's trail, each signed, for a file leaving the
    office (empty for an empty trail)."""
    when = when.astimezone(dt.UTC).replace(microsecond=0)
    place = audit_key.location_of(url)
    found = []
    for head in chain_heads(session):
        unsigned = s.AnclaBitacora(
            cadena=head.chain,
            huella_primer_evento=head.first_hash,
            evento=head.event_id,
            huella=head.hash,
            fecha=when,
            lugar=place,
            firma="0" * 64,
        )
        found.append(unsigned.model_copy(update={"firma": audit_key.sign(*_parts(unsigned))}))
    return found


def received_text(anchors: list[s.AnclaBitacora]) -> str:
    """How the office above records the anchors it received in its own trail."""
    return "; ".join(
        f"cadena {a.cadena}: n.º {a.evento} · SHA-256 {a.huella} · primer evento "
        f"{a.huella_primer_evento} · {a.fecha.isoformat()}"
        for a in anchors
    )


def anchors_of_file(path: Path, url: URL) -> LoadedAnchors:
    """The anchors an interchange file made here carries, to check this trail against.

    The file must come from this database (its place) and each signature must be this
    office's: an altered anchor, or one from another desk, is reported and not used.
    """
    try:
        raw = json.loads(path.read_bytes())
    except OSError as exc:
        raise ServiceError(f"No se pudo leer el archivo «{path.name}»: {exc.strerror}.") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ServiceError(f"«{path.name}» no es un archivo de intercambio (JSON).") from exc
    found = raw.get("anclas_bitacora") if isinstance(raw, dict) else None
    if not found or not isinstance(found, list):
        raise ServiceError(f"«{path.name}» no lleva las anclas de la bitácora.")
    loaded = LoadedAnchors()
    here = audit_key.location_of(url)
    for n, item in enumerate(found, start=1):
        try:
            a = s.AnclaBitacora.model_validate(item)
        except ValueError:
            loaded.problems.append(f"El ancla n.º {n} de «{path.name}» no es válida.")
            continue
        if a.lugar != here:
            loaded.problems.append(
                f"El ancla n.º {n} de «{path.name}» es de otra base de datos: no se compara "
                "con esta."
            )
        elif not audit_key.valid(a.firma, *_parts(a)):
            loaded.problems.append(
                f"El ancla n.º {n} de «{path.name}» fue alterada (su firma no coincide con la "
                "clave de esta oficina)."
            )
        else:
            loaded.anchors.append(
                AuditAnchor(
                    a.huella_primer_evento,
                    a.evento,
                    a.huella,
                    a.cadena,
                    taken_at=a.fecha,
                    source=f"archivo de intercambio «{path.name}»",
                )
            )
    return loaded
