"""The anchors file: the audit trail's last event written down at every backup, outside the
database, so ``conciliador verify`` can tell when events were cut off the end of the trail.

One line per anchor, tab-separated (``ancla``, when, first event's hash, event id, hash,
where). A restore writes a ``restauracion`` line: anchors taken later than the restored point
belong to a history the office chose to leave behind, and stop counting.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from conciliador.services.audit_chain import AuditAnchor

FILE_NAME = "anclas-bitacora.tsv"
_ANCHOR, _RESTORE = "ancla", "restauracion"


def _append(folder: Path, kind: str, anchor: AuditAnchor, when: dt.datetime, source: str) -> None:
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    line = "\t".join(
        (
            kind,
            when.astimezone(dt.UTC).isoformat(timespec="seconds"),
            anchor.first_hash,
            str(anchor.event_id),
            anchor.hash,
            source.replace("\t", " ").replace("\n", " "),
        )
    )
    fd = os.open(folder / FILE_NAME, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        os.write(fd, (line + "\n").encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)


def record_anchor(folder: Path, anchor: AuditAnchor, when: dt.datetime, source: str) -> None:
    _append(folder, _ANCHOR, anchor, when, source)


def record_restore(folder: Path, anchor: AuditAnchor, when: dt.datetime, source: str) -> None:
    _append(folder, _RESTORE, anchor, when, source)


def load_anchors(folder: Path) -> list[AuditAnchor]:
    """The anchors still in force (a line that cannot be read is skipped)."""
    try:
        text = (folder / FILE_NAME).read_text(encoding="utf-8")
    except (FileNotFoundError, NotADirectoryError):
        return []
    anchors: list[AuditAnchor] = []
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) != 6 or parts[0] not in (_ANCHOR, _RESTORE):
            continue
        try:
            anchor = AuditAnchor(
                first_hash=parts[2],
                event_id=int(parts[3]),
                hash=parts[4],
                taken_at=dt.datetime.fromisoformat(parts[1]),
                source=parts[5],
            )
        except ValueError:
            continue
        if parts[0] == _RESTORE:
            anchors = [
                a
                for a in anchors
                if a.first_hash != anchor.first_hash or a.event_id < anchor.event_id
            ]
        anchors.append(anchor)
    return anchors
