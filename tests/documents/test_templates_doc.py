"""docs/templates.md lists every variable an administrator can use."""

from __future__ import annotations

from pathlib import Path

import pytest

from conciliador.documents.template_check import schema_of
from conciliador.services.actas.catalog import sample_context

DOC = Path(__file__).resolve().parents[2] / "docs" / "templates.md"


@pytest.mark.parametrize(
    "name",
    [
        "acta_acuerdo_total",
        "hoja_explicativa",
        "citacion_primera",
        "carta_derivacion",
        "estado_de_cuenta",
        "constancia_incumplimiento",
    ],
)
def test_every_variable_is_documented(name: str) -> None:
    documented = DOC.read_text(encoding="utf-8")
    leaves = {p for p in schema_of(sample_context(name)) if not p.endswith("[]")}
    missing = sorted(p for p in leaves if f"`{p}`" not in documented)
    parents = {p.rsplit(".", 1)[0] for p in leaves if "." in p}
    missing = [p for p in missing if p not in parents]
    assert not missing, missing
