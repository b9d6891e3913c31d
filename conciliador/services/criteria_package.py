"""Published criteria and templates carried to offices on their own SQLite database, as a
signed package file.

The national office signs the package with its criteria key (Ed25519, kept in the same private
key folder as the audit key); an office imports it only if the signature is good and the key is
one it trusts (``trust_key``: the national office's public key, installed once by the office's
administrator). An altered package, or one signed by an unknown key, is refused and nothing is
stored. Importing adds the versions the office does not have yet; a version number the office
already holds with other content is a conflict and refuses the whole package.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import select

from conciliador.criteria import ProfileError
from conciliador.criteria.versioned import profile_from_text
from conciliador.db import Database
from conciliador.documents.atomic import write_atomically
from conciliador.domain.audit_actions import AuditAction
from conciliador.domain.versions import VersionStatus
from conciliador.models import ProfileVersion, TemplateVersion
from conciliador.models.base import session_now
from conciliador.services import audit, audit_key
from conciliador.services.actas.published import compiled_version
from conciliador.services.actor import Actor
from conciliador.services.errors import ServiceError
from conciliador.services.national import require_national
from conciliador.services.permissions import Permission, require

FORMAT = "conciliador-criterios/1"
PRIVATE_KEY_FILE = "clave-criterios-nacional.pem"
TRUSTED_DIR = "claves-criterios-confiables"


class PackageRefused(ServiceError):
    """A package that cannot be imported (altered, unknown key, conflicting versions)."""


@dataclass(frozen=True)
class ImportResult:
    key_fingerprint: str
    profile_versions: int
    template_versions: int
    already_present: int


def fingerprint(public: bytes) -> str:
    return hashlib.sha256(public).hexdigest()[:16]


def _raw(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _private_key() -> Ed25519PrivateKey:
    path = audit_key.key_dir() / PRIVATE_KEY_FILE
    try:
        loaded = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except FileNotFoundError:
        key = Ed25519PrivateKey.generate()
        pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        write_atomically(path, pem, mode=0o600)
        return key
    if not isinstance(loaded, Ed25519PrivateKey):
        raise ServiceError(f"La clave de criterios «{path}» no es una clave Ed25519.")
    return loaded


def public_key_text() -> str:
    """The national office's public criteria key, as the offices install it (one line)."""
    return base64.b64encode(_raw(_private_key().public_key())).decode("ascii") + "\n"


def _trusted() -> dict[str, bytes]:
    folder = audit_key.key_dir() / TRUSTED_DIR
    keys: dict[str, bytes] = {}
    try:
        entries = sorted(folder.glob("*.pub"))
    except OSError:
        return keys
    for entry in entries:
        try:
            raw = base64.b64decode(entry.read_text(encoding="ascii").strip(), validate=True)
        except (OSError, ValueError):
            continue
        if len(raw) == 32:
            keys[fingerprint(raw)] = raw
    return keys


def trust_key(db: Database, actor: Actor, text: str) -> str:
    """Trust a public criteria key (the national office's) for imports; returns its
    fingerprint. Audited."""
    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except ValueError as exc:
        raise PackageRefused("El archivo no contiene una clave pública de criterios.") from exc
    if len(raw) != 32:
        raise PackageRefused("El archivo no contiene una clave pública de criterios.")
    with db.write() as session:
        actor = require(session, actor, Permission.PUBLISH_CRITERIA)
        mark = fingerprint(raw)
        folder = audit_key.key_dir() / TRUSTED_DIR
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_atomically(folder / f"{mark}.pub", base64.b64encode(raw) + b"\n")
        audit.record(
            session,
            actor,
            AuditAction.CONFIAR_CLAVE,
            "paquete_criterios",
            mark,
            after={"huella": mark},
            office_id=actor.office_id,
        )
    return mark


def export_package(db: Database, actor: Actor, out: Path) -> int:
    """Write every published profile version and every template version, signed with the
    national key; returns how many versions it holds."""
    with db.read() as session:
        actor = require_national(session, require(session, actor, Permission.PUBLISH_CRITERIA))
        profiles = session.scalars(
            select(ProfileVersion)
            .where(ProfileVersion.status == VersionStatus.PUBLICADA)
            .order_by(ProfileVersion.profile_code, ProfileVersion.number)
        ).all()
        templates = session.scalars(
            select(TemplateVersion).order_by(
                TemplateVersion.profile_code, TemplateVersion.name, TemplateVersion.number
            )
        ).all()
        payload: dict[str, Any] = {
            "formato": FORMAT,
            "creado": session_now(session).isoformat(),
            "perfiles": [
                {
                    "perfil": v.profile_code,
                    "version": v.number,
                    "vigente_desde": v.effective_from.isoformat(),
                    "texto": v.toml_text,
                    "nota": v.note,
                    "fuente": v.source,
                }
                for v in profiles
            ],
            "plantillas": [
                {
                    "perfil": t.profile_code,
                    "plantilla": t.name,
                    "version": t.number,
                    "docx": base64.b64encode(t.content).decode("ascii"),
                    "nota": t.note,
                }
                for t in templates
            ],
        }
    content = json.dumps(payload, ensure_ascii=False, sort_keys=True)
    key = _private_key()
    package = {
        "contenido": content,
        "clave": base64.b64encode(_raw(key.public_key())).decode("ascii"),
        "firma": base64.b64encode(key.sign(content.encode("utf-8"))).decode("ascii"),
    }
    try:
        write_atomically(out, json.dumps(package, ensure_ascii=False).encode("utf-8"))
    except OSError as exc:
        raise ServiceError(f"No se pudo escribir «{out}»: {exc.strerror}.") from exc
    with db.write() as session:
        audit.record(
            session,
            actor,
            AuditAction.EXPORTAR_CRITERIOS,
            "paquete_criterios",
            out.name,
            after={"perfiles": len(profiles), "plantillas": len(templates)},
            office_id=actor.office_id,
        )
    return len(profiles) + len(templates)


def _verified(path: Path) -> tuple[str, dict[str, Any]]:
    try:
        package = json.loads(path.read_bytes())
        content = package["contenido"]
        public = base64.b64decode(package["clave"], validate=True)
        signature = base64.b64decode(package["firma"], validate=True)
    except OSError as exc:
        raise PackageRefused(f"No se pudo leer «{path.name}»: {exc.strerror}.") from exc
    except (ValueError, KeyError, TypeError) as exc:
        raise PackageRefused(f"«{path.name}» no es un paquete de criterios.") from exc
    if not isinstance(content, str) or len(public) != 32:
        raise PackageRefused(f"«{path.name}» no es un paquete de criterios.")
    mark = fingerprint(public)
    if mark not in _trusted():
        raise PackageRefused(
            f"El paquete está firmado con una clave desconocida (huella {mark}): no se importó. "
            "Instale antes la clave pública de la oficina nacional."
        )
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, content.encode("utf-8"))
    except InvalidSignature as exc:
        raise PackageRefused(
            "La firma del paquete no corresponde a su contenido: fue alterado. No se importó."
        ) from exc
    payload = json.loads(content)
    if payload.get("formato") != FORMAT:
        raise PackageRefused("El paquete es de un formato que esta versión no conoce.")
    return mark, payload


def import_package(db: Database, actor: Actor, path: Path) -> ImportResult:
    """Check the package's signature and key, then store the versions not present yet."""
    mark, payload = _verified(path)
    added_profiles = added_templates = present = 0
    with db.write() as session:
        actor = require(session, actor, Permission.PUBLISH_CRITERIA)
        for item in payload["perfiles"]:
            code, number, text = item["perfil"], int(item["version"]), item["texto"]
            try:
                profile_from_text(text, code)
            except ProfileError as exc:
                raise PackageRefused(f"El paquete trae un perfil que no es válido: {exc}") from exc
            digest = hashlib.sha256(text.encode()).hexdigest()
            held = session.scalar(
                select(ProfileVersion).where(
                    ProfileVersion.profile_code == code, ProfileVersion.number == number
                )
            )
            if held is not None:
                if held.sha256 != digest:
                    raise PackageRefused(
                        f"La versión {number} del perfil {code} de esta oficina es distinta de "
                        "la del paquete: no se importó nada."
                    )
                present += 1
                continue
            session.add(
                ProfileVersion(
                    profile_code=code,
                    number=number,
                    status=VersionStatus.PUBLICADA,
                    effective_from=dt.date.fromisoformat(item["vigente_desde"]),
                    toml_text=text,
                    sha256=digest,
                    note=item["nota"],
                    source=item["fuente"],
                    created_by_id=None,
                    published_at=session_now(session),
                )
            )
            added_profiles += 1
        for item in payload["plantillas"]:
            code, name, number = item["perfil"], item["plantilla"], int(item["version"])
            content = base64.b64decode(item["docx"], validate=True)
            digest = hashlib.sha256(content).hexdigest()
            held_template = session.scalar(
                select(TemplateVersion).where(
                    TemplateVersion.profile_code == code,
                    TemplateVersion.name == name,
                    TemplateVersion.number == number,
                )
            )
            if held_template is not None:
                if held_template.sha256 != digest:
                    raise PackageRefused(
                        f"La versión {number} de la plantilla «{name}» ({code}) de esta oficina "
                        "es distinta de la del paquete: no se importó nada."
                    )
                present += 1
                continue
            compiled_version(name, digest, content)  # a template that fits its context
            session.add(
                TemplateVersion(
                    profile_code=code,
                    name=name,
                    number=number,
                    content=content,
                    sha256=digest,
                    note=item["nota"],
                    published_by_id=None,
                )
            )
            added_templates += 1
        session.flush()
        audit.record(
            session,
            actor,
            AuditAction.IMPORTAR_CRITERIOS,
            "paquete_criterios",
            path.name,
            after={
                "huella": mark,
                "perfiles": added_profiles,
                "plantillas": added_templates,
                "ya_estaban": present,
            },
            office_id=actor.office_id,
        )
    return ImportResult(mark, added_profiles, added_templates, present)


def key_file_name() -> str:
    return f"clave-criterios-{fingerprint(_raw(_private_key().public_key()))}.pub"
