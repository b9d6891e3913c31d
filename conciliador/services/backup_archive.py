"""The backup file: a gzip-compressed tar archive that carries the database and its documents.

    base.sqlite | base.pgdump      the database (SQLite file, or pg_dump's custom format)
    documentos/…                   the documents folder, as it was
    manifiesto.json                what the copy holds: format, engine, schema revision, the
                                   audit trail's last event (an anchor), and a SHA-256 of
                                   every other member

The manifest goes last, so it can carry the checksums of everything written before it. Reading
a copy checks every checksum and refuses anything unexpected (absolute paths, «..», links), so
a damaged or doctored file is named before anything is restored from it. Any tar tool opens
it: the format is documented in docs/copias.md.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gzip
import hashlib
import io
import json
import os
import tarfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO, Any, BinaryIO

from conciliador.services.audit_chain import AuditAnchor
from conciliador.services.errors import ServiceError

FORMAT = "conciliador-copia"
VERSION = 1
MANIFEST = "manifiesto.json"
DATABASE_MEMBERS = {"sqlite": "base.sqlite", "postgresql": "base.pgdump"}
DOCUMENTS = "documentos"
_CHUNK = 1 << 20

ProgressFn = Callable[[int, int], None]


class BackupError(ServiceError):
    """A backup cannot be made, read or restored; the message says why, in Spanish."""


@dataclass(frozen=True)
class Manifest:
    created_at: dt.datetime
    program_version: str
    engine: str
    schema: tuple[str, ...]
    #: Chain 0's last event (conciliador.services.audit).
    audit_head: AuditAnchor | None
    database_member: str
    database_sha256: str
    database_bytes: int
    documents: dict[str, str] = field(default_factory=dict)
    documents_bytes: int = 0
    source: str = ""
    #: Problems the checks found in the database when the copy was taken (a copy of a
    #: damaged database is still kept: it may be the best one there is).
    problems: tuple[str, ...] = ()
    #: The last event of every office's chain.
    audit_chains: tuple[AuditAnchor, ...] = ()

    def to_json(self) -> bytes:
        head = self.audit_head
        data: dict[str, Any] = {
            "formato": FORMAT,
            "version": VERSION,
            "creada_en": self.created_at.astimezone(dt.UTC).isoformat(),
            "programa": self.program_version,
            "motor": self.engine,
            "esquema": list(self.schema),
            "bitacora": None
            if head is None
            else {"primer_hash": head.first_hash, "evento": head.event_id, "hash": head.hash},
            "cadenas": [
                {
                    "cadena": h.chain,
                    "primer_hash": h.first_hash,
                    "evento": h.event_id,
                    "hash": h.hash,
                }
                for h in self.audit_chains
            ],
            "base": {
                "archivo": self.database_member,
                "sha256": self.database_sha256,
                "bytes": self.database_bytes,
            },
            "documentos": {"bytes": self.documents_bytes, "sha256": self.documents},
            "origen": self.source,
            "problemas": list(self.problems),
        }
        return (json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()

    @classmethod
    def from_json(cls, raw: bytes) -> Manifest:
        try:
            data = json.loads(raw.decode("utf-8"))
            if data.get("formato") != FORMAT:
                raise BackupError("El archivo no es una copia de seguridad de Conciliador.")
            if data.get("version") != VERSION:
                raise BackupError(
                    f"Versión de copia no admitida: {data.get('version')!r} "
                    f"(esta versión del programa lee la {VERSION})."
                )
            head = data["bitacora"]
            created = dt.datetime.fromisoformat(data["creada_en"])
            return cls(
                created_at=created,
                program_version=str(data["programa"]),
                engine=str(data["motor"]),
                schema=tuple(str(s) for s in data["esquema"]),
                audit_head=None
                if head is None
                else AuditAnchor(
                    str(head["primer_hash"]),
                    int(head["evento"]),
                    str(head["hash"]),
                    taken_at=created,
                ),
                database_member=str(data["base"]["archivo"]),
                database_sha256=str(data["base"]["sha256"]),
                database_bytes=int(data["base"]["bytes"]),
                documents={str(k): str(v) for k, v in data["documentos"]["sha256"].items()},
                documents_bytes=int(data["documentos"]["bytes"]),
                source=str(data.get("origen", "")),
                problems=tuple(str(p) for p in data.get("problemas", [])),
                audit_chains=tuple(
                    AuditAnchor(
                        str(h["primer_hash"]),
                        int(h["evento"]),
                        str(h["hash"]),
                        int(h["cadena"]),
                        taken_at=created,
                    )
                    for h in data.get("cadenas", [])
                ),
            )
        except BackupError:
            raise
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise BackupError("La copia está dañada: su manifiesto no se puede leer.") from exc


class _Hashing(io.RawIOBase):
    """A reader that hashes what passes through it and reports progress."""

    def __init__(self, source: IO[bytes], tick: Callable[[int], None]) -> None:
        super().__init__()
        self.source = source
        self.digest = hashlib.sha256()
        self.tick = tick

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        chunk = self.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)

    def read(self, size: int = -1) -> bytes:
        chunk = self.source.read(size)
        self.digest.update(chunk)
        self.tick(len(chunk))
        return chunk


def document_files(folder: Path | None) -> Iterator[tuple[str, Path]]:
    """The regular files under the documents folder, as (archive name, path), sorted.

    Hidden names are left out, and so is everything under a hidden folder: those are
    temporaries and the work folders of conversions still running (or killed), never a
    document; the reader refuses them, so the writer must never put one in."""
    if folder is None or not folder.is_dir():
        return
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if path.is_symlink() or not path.is_file():
            continue
        if any(part.startswith(".") for part in relative.parts):
            continue
        yield f"{DOCUMENTS}/{relative.as_posix()}", path


def write_archive(
    out: BinaryIO,
    database_file: Path,
    documents: Path | None,
    base: Manifest,
    progress: ProgressFn | None = None,
) -> Manifest:
    """Write the archive into ``out``; returns the manifest with every checksum filled in."""
    files = list(document_files(documents))
    total = database_file.stat().st_size + sum(p.stat().st_size for _, p in files)
    done = 0

    def tick(n: int) -> None:
        nonlocal done
        done += n
        if progress is not None:
            progress(min(done, total), total)

    now = base.created_at.timestamp()
    hashes: dict[str, str] = {}
    docs_bytes = 0
    with tarfile.open(fileobj=out, mode="w:gz", compresslevel=6, format=tarfile.PAX_FORMAT) as tar:
        db_hash, db_bytes = _add(tar, base.database_member, database_file, now, tick)
        for name, path in files:
            try:
                hashes[name], size = _add(tar, name, path, None, tick)
            except FileNotFoundError:
                continue  # removed while we were copying: it was not part of the copy
            docs_bytes += size
        manifest = Manifest(
            created_at=base.created_at,
            program_version=base.program_version,
            engine=base.engine,
            schema=base.schema,
            audit_head=base.audit_head,
            database_member=base.database_member,
            database_sha256=db_hash,
            database_bytes=db_bytes,
            documents=hashes,
            documents_bytes=docs_bytes,
            source=base.source,
            problems=base.problems,
            audit_chains=base.audit_chains,
        )
        raw = manifest.to_json()
        info = tarfile.TarInfo(MANIFEST)
        info.size, info.mtime, info.mode = len(raw), int(now), 0o600
        tar.addfile(info, io.BytesIO(raw))
    return manifest


def _add(
    tar: tarfile.TarFile, name: str, path: Path, mtime: float | None, tick: Callable[[int], None]
) -> tuple[str, int]:
    with open(path, "rb") as fh:
        stat = os.fstat(fh.fileno())
        info = tarfile.TarInfo(name)
        info.size = stat.st_size
        info.mtime = int(mtime if mtime is not None else stat.st_mtime)
        info.mode = 0o600
        reader = _Hashing(fh, tick)
        tar.addfile(info, reader)
        return reader.digest.hexdigest(), stat.st_size


def _safe_document_path(name: str) -> PurePosixPath:
    path = PurePosixPath(name)
    if (
        path.is_absolute()
        or ".." in path.parts
        or len(path.parts) < 2
        or path.parts[0] != DOCUMENTS
        or any(part.startswith(".") or "\x00" in part for part in path.parts)
    ):
        raise BackupError(f"La copia contiene una ruta no permitida: «{name}».")
    return PurePosixPath(*path.parts[1:])


def read_archive(
    path: Path,
    *,
    source: BinaryIO | None = None,
    database_to: Path | None = None,
    documents_to: Path | None = None,
    progress: ProgressFn | None = None,
) -> Manifest:
    """Read a backup through, checking every checksum against the manifest.

    Reads ``source`` when given (an open file, ``path`` only names it in messages). The
    database is written to ``database_to`` and the documents under ``documents_to`` when given
    (files readable by the user only); otherwise they are only checked.
    """
    try:
        raw = source if source is not None else open(path, "rb")  # noqa: SIM115
    except OSError as exc:
        raise BackupError(f"No se puede leer la copia «{path}»: {exc.strerror}.") from exc
    with contextlib.ExitStack() as stack:
        if source is None:
            stack.enter_context(raw)
        return _read(raw, path, database_to, documents_to, progress)
    raise AssertionError("unreachable")


def _read(
    raw: BinaryIO,
    path: Path,
    database_to: Path | None,
    documents_to: Path | None,
    progress: ProgressFn | None,
) -> Manifest:
    total = os.fstat(raw.fileno()).st_size
    seen: dict[str, tuple[str, int]] = {}
    manifest_raw: bytes | None = None
    try:
        # gzip.GzipFile (unlike tarfile's own gzip reader) checks the CRC at the end.
        with (
            gzip.GzipFile(fileobj=raw, mode="rb") as unzipped,
            tarfile.open(fileobj=unzipped, mode="r|") as tar,
        ):
            for member in tar:
                if progress is not None:
                    progress(min(raw.tell(), total), total)
                if member.name == MANIFEST and member.isfile():
                    handle = tar.extractfile(member)
                    assert handle is not None
                    manifest_raw = handle.read(1 << 20)
                    continue
                if not member.isfile():
                    raise BackupError(
                        f"La copia contiene algo que no es un archivo: «{member.name}»."
                    )
                if member.name in seen:
                    raise BackupError(f"La copia repite el archivo «{member.name}».")
                if member.name in DATABASE_MEMBERS.values():
                    target = database_to
                else:
                    relative = _safe_document_path(member.name)
                    target = documents_to / relative if documents_to is not None else None
                handle = tar.extractfile(member)
                assert handle is not None
                seen[member.name] = _copy_out(handle, target)
            # tar stops at the first unreadable header as if the archive ended there; read the
            # compressed stream to its end so gzip checks its CRC and names the damage.
            while unzipped.read(_CHUNK):
                pass
    except (tarfile.TarError, EOFError, OSError, ValueError, zlib.error) as exc:
        raise BackupError(
            f"La copia «{path.name}» está dañada o incompleta ({type(exc).__name__}): "
            "no se puede usar."
        ) from exc
    if manifest_raw is None:
        raise BackupError(
            f"«{path.name}» no es una copia de seguridad de Conciliador, o está incompleta "
            "(no tiene manifiesto)."
        )
    manifest = Manifest.from_json(manifest_raw)
    expected = {manifest.database_member: manifest.database_sha256, **manifest.documents}
    for name, digest in expected.items():
        if name not in seen:
            raise BackupError(f"A la copia le falta «{name}»: está incompleta.")
        if seen[name][0] != digest:
            raise BackupError(f"«{name}» no coincide con su huella en la copia: está dañada.")
    extra = sorted(set(seen) - set(expected))
    if extra:
        raise BackupError(f"La copia contiene archivos que su manifiesto no declara: {extra[0]}.")
    return manifest


def _copy_out(handle: IO[bytes], target: Path | None) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with contextlib.ExitStack() as stack:
        out: BinaryIO | None = None
        if target is not None:
            target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            out = stack.enter_context(os.fdopen(fd, "wb"))
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
            if out is not None:
                out.write(chunk)
        if out is not None:
            out.flush()
            os.fsync(out.fileno())
    return digest.hexdigest(), size
