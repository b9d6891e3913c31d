"""Signed criteria packages: the national office exports what it published; an office on its
own SQLite imports it only when the signature is good and the key is trusted."""

from __future__ import annotations

import base64
import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from conciliador.db import Database
from conciliador.models import ProfileVersion, TemplateVersion
from conciliador.services import audit_key
from conciliador.services.actor import Actor
from conciliador.services.criteria_package import (
    TRUSTED_DIR,
    PackageRefused,
    export_package,
    import_package,
    public_key_text,
    trust_key,
)
from conciliador.services.criteria_versions import (
    draft_yearly_values,
    profile_in_force,
    publish_profile_version,
)
from conciliador.services.errors import PermissionDenied
from conciliador.services.template_versions import publish_template
from tests.services.test_template_versions import edited
from tests.support.world import World, national_admin

OFFICE = Actor.command_line("oficina-local")


@pytest.fixture
def no_trusted_keys() -> None:
    shutil.rmtree(audit_key.key_dir() / TRUSTED_DIR, ignore_errors=True)


def test_a_signed_package_carries_published_criteria_to_an_office_on_its_own_database(
    sqlite_world: World, sqlite_db: Database, tmp_path: Path, no_trusted_keys: None
) -> None:
    w = sqlite_world
    nora = national_admin(w)
    draft_yearly_values(
        w.db,
        nora,
        "CL",
        values={"salario_minimo": "560000"},
        effective_from=dt.date(2027, 1, 1),
        source="Ley de reajuste (valor de prueba)",
    )
    publish_profile_version(w.db, nora, "CL", 2)
    changed = edited("Documento de identidad", "Documento de identidad (cédula)")
    publish_template(w.db, nora, "NI", "acta_acuerdo_total", changed, "Precisa el documento")
    with pytest.raises(PermissionDenied):  # a delegation does not sign criteria
        export_package(w.db, w.admin, tmp_path / "x.criterios")
    package = tmp_path / "criterios-2027.criterios"
    assert export_package(w.db, nora, package) == 4  # CL 1 and 2, the template's 1 and 2

    # The office has not installed the national key yet: refused, nothing stored.
    with pytest.raises(PackageRefused, match="clave desconocida"):
        import_package(sqlite_db, OFFICE, package)
    trust_key(sqlite_db, OFFICE, public_key_text())
    # An altered package is refused.
    tampered = tmp_path / "alterado.criterios"
    data = json.loads(package.read_text(encoding="utf-8"))
    data["contenido"] = data["contenido"].replace("560000", "960000")
    tampered.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(PackageRefused, match="fue alterado"):
        import_package(sqlite_db, OFFICE, tampered)
    with sqlite_db.read() as session:
        assert session.scalars(select(ProfileVersion)).all() == []
    # The genuine one is imported; importing it again adds nothing.
    result = import_package(sqlite_db, OFFICE, package)
    assert (result.profile_versions, result.template_versions) == (2, 2)
    again = import_package(sqlite_db, OFFICE, package)
    assert (again.profile_versions, again.template_versions, again.already_present) == (0, 0, 4)
    with sqlite_db.read() as session:
        assert profile_in_force(session, "CL", dt.date(2027, 1, 4)).guideline.minimum_wage == 560000
        stored = session.scalars(
            select(TemplateVersion.content).where(TemplateVersion.number == 2)
        ).one()
    assert stored == changed


def test_a_package_signed_by_another_key_is_refused(
    sqlite_world: World, sqlite_db: Database, tmp_path: Path, no_trusted_keys: None
) -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    w = sqlite_world
    package = tmp_path / "criterios.criterios"
    export_package(w.db, national_admin(w), package)
    trust_key(sqlite_db, OFFICE, public_key_text())
    stranger = Ed25519PrivateKey.generate()
    data = json.loads(package.read_text(encoding="utf-8"))
    data["clave"] = base64.b64encode(
        stranger.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
    ).decode()
    data["firma"] = base64.b64encode(stranger.sign(data["contenido"].encode())).decode()
    forged = tmp_path / "otra-clave.criterios"
    forged.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(PackageRefused, match="clave desconocida"):
        import_package(sqlite_db, OFFICE, forged)
