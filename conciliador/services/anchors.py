"""The audit trail's anchors: points of the chain (an event's id and hash, and the hash of the
trail's first event) written down outside the database and signed with the office's key, so
``conciliador verify`` finds a trail that was cut short or rewritten — even from its first
event, with every hash recomputed.

Two places hold them:

- **the latest anchor**, in this user's private key folder (``audit_key.key_dir()``), one file
  per database (named after the database's place, not its content), moved forward after every
  unit of work that added events — only if the anchor it replaces still matches the trail, so a
  trail tampered with never gets its evidence overwritten;
- **the anchors file** beside the backups (``anclas-bitacora.tsv``), one line per backup and per
  restore. Lines are signed; older unsigned lines still count as anchors (they can only add
  checks) but an unsigned *restore* line, which would retire anchors, is refused.

A restore writes a signed ``restauracion`` line and resets the latest anchor: anchors of the
history the office chose to leave behind stop counting.

Anchors name their chain (the trail is one chain per office plus chain 0,
conciliador.services.audit): a line of an office's chain carries the chain as a ninth field
before the signature, a line of chain 0 keeps the old eight-field form; each chain has its own
latest-anchor file, so desks of different offices never write the same file. A restore line
retires the anchors of every other chain too (the whole database went back); the restore then
writes an anchor line for each office chain of the restored trail.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import URL

from conciliador.documents.atomic import write_atomically
from conciliador.services import audit_key
from conciliador.services.audit_chain import AuditAnchor

log = logging.getLogger(__name__)

FILE_NAME = "anclas-bitacora.tsv"
_ANCHOR, _RESTORE, _LATEST = "ancla", "restauracion", "ultima"


@dataclass
class LoadedAnchors:
    anchors: list[AuditAnchor] = field(default_factory=list)
    #: Lines that were altered or cannot be trusted, in Spanish.
    problems: list[str] = field(default_factory=list)


def _fields(kind: str, anchor: AuditAnchor, when: dt.datetime, source: str) -> list[str]:
    return [
        kind,
        when.astimezone(dt.UTC).isoformat(timespec="seconds"),
        anchor.first_hash,
        str(anchor.event_id),
        anchor.hash,
        source.replace("\t", " ").replace("\n", " "),
    ]


def _signed_line(kind: str, anchor: AuditAnchor, when: dt.datetime, source: str, url: URL) -> str:
    parts = [*_fields(kind, anchor, when, source), audit_key.location_of(url)]
    if anchor.chain:
        parts.append(str(anchor.chain))
    return "\t".join([*parts, audit_key.sign(*parts)])


def _append(folder: Path, line: str) -> None:
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(folder / FILE_NAME, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        os.write(fd, (line + "\n").encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)


def record_anchor(
    folder: Path, anchor: AuditAnchor, when: dt.datetime, source: str, url: URL
) -> None:
    _append(folder, _signed_line(_ANCHOR, anchor, when, source, url))


def record_restore(
    folder: Path, anchor: AuditAnchor, when: dt.datetime, source: str, url: URL
) -> None:
    _append(folder, _signed_line(_RESTORE, anchor, when, source, url))


def _parse(parts: list[str]) -> AuditAnchor:
    return AuditAnchor(
        first_hash=parts[2],
        event_id=int(parts[3]),
        hash=parts[4],
        chain=int(parts[7]) if len(parts) == 9 else 0,
        taken_at=dt.datetime.fromisoformat(parts[1]),
        source=parts[5],
    )


def load_anchors(folder: Path, url: URL) -> LoadedAnchors:
    """The anchors still in force beside the backups, and the lines that cannot be trusted."""
    loaded = LoadedAnchors()
    try:
        text = (folder / FILE_NAME).read_text(encoding="utf-8")
    except (FileNotFoundError, NotADirectoryError):
        return loaded
    here = audit_key.location_of(url)
    for number, line in enumerate(text.splitlines(), 1):
        parts = line.split("\t")
        if not parts or parts[0] not in (_ANCHOR, _RESTORE):
            continue
        signed = len(parts) in (8, 9)
        if len(parts) not in (6, 8, 9):
            loaded.problems.append(f"la línea {number} del archivo de anclas está incompleta")
            continue
        if signed and not audit_key.valid(parts[-1], *parts[:-1]):
            loaded.problems.append(
                f"la línea {number} del archivo de anclas fue alterada (su firma no coincide)"
            )
            continue
        if signed and parts[6] != here:
            continue  # an anchor of another database copied here: it says nothing about this one
        try:
            anchor = _parse(parts)
        except ValueError:
            loaded.problems.append(f"la línea {number} del archivo de anclas no se puede leer")
            continue
        if parts[0] == _RESTORE:
            if not signed:
                loaded.problems.append(
                    f"la línea {number} del archivo de anclas anota una restauración sin firma: "
                    "no se tiene en cuenta"
                )
                continue
            loaded.anchors = [
                a
                for a in loaded.anchors
                if a.chain == anchor.chain
                and a.first_hash == anchor.first_hash
                and a.event_id < anchor.event_id
            ]
        loaded.anchors.append(anchor)
    return loaded


# ------------------------------------------------------------------------------ the latest
def _latest_path(url: URL, chain: int = 0) -> Path:
    suffix = f"-{chain}" if chain else ""
    return audit_key.key_dir() / f"ultima-ancla-{audit_key.location_of(url)}{suffix}.tsv"


def latest_anchors(url: URL) -> LoadedAnchors:
    """The latest anchor of every chain this user's desks took of the database at ``url``."""
    loaded = LoadedAnchors()
    prefix = f"ultima-ancla-{audit_key.location_of(url)}"
    for path in sorted(audit_key.key_dir().glob(f"{prefix}*.tsv")):
        rest = path.stem.removeprefix(prefix)
        if rest and not (rest.startswith("-") and rest[1:].isdigit()):
            continue
        one = latest_anchor(url, int(rest[1:]) if rest else 0)
        loaded.anchors += one.anchors
        loaded.problems += one.problems
    return loaded


def latest_anchor(url: URL, chain: int = 0) -> LoadedAnchors:
    """The latest anchor this user's desks took of one chain of the database at ``url``."""
    loaded = LoadedAnchors()
    try:
        line = _latest_path(url, chain).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return loaded
    parts = line.split("\t")
    if (
        len(parts) != (9 if chain else 8)
        or not audit_key.valid(parts[-1], *parts[:-1])
        or (chain and parts[7] != str(chain))
    ):
        loaded.problems.append(
            "el ancla más reciente de esta base, guardada en la carpeta protegida de este "
            "usuario, fue alterada (su firma no coincide)"
        )
        return loaded
    try:
        loaded.anchors.append(_parse(parts))
    except ValueError:
        loaded.problems.append("el ancla más reciente de esta base no se puede leer")
    return loaded


def write_latest(
    url: URL,
    anchor: AuditAnchor,
    when: dt.datetime,
    *,
    force: bool = False,
    still_there: Callable[[AuditAnchor], bool] | None = None,
    current: LoadedAnchors | None = None,
) -> bool:
    """Move the latest anchor forward to ``anchor``; False when it was left where it was.

    Without ``force`` the anchor only moves forward, and only when the one it replaces still
    matches the trail (``still_there``): a trail rewritten behind the program's back keeps the
    anchor that proves it. ``current``: that anchor, as the caller just read it
    (``latest_anchor``), not read again.
    """
    if not force:
        if current is None:
            current = latest_anchor(url, anchor.chain)
        if current.problems:
            return False
        if current.anchors:
            previous = current.anchors[0]
            if previous.event_id >= anchor.event_id or previous.first_hash != anchor.first_hash:
                return False
            if still_there is not None and not still_there(previous):
                log.warning("la bitácora no coincide con su última ancla: el ancla no se mueve")
                return False
    line = _signed_line(_LATEST, anchor, when, "última escritura", url)
    write_atomically(_latest_path(url, anchor.chain), (line + "\n").encode("utf-8"), mode=0o600)
    return True


def reset_latest(url: URL, heads: Sequence[AuditAnchor], when: dt.datetime) -> None:
    """After a restore: each chain's latest anchor is the restored trail's head; chains the
    restored trail does not have lose theirs."""
    keep = {h.chain for h in heads}
    for anchor in latest_anchors(url).anchors:
        if anchor.chain not in keep:
            _latest_path(url, anchor.chain).unlink(missing_ok=True)
    for head in heads:
        write_latest(url, head, when, force=True)
