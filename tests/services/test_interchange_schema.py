"""The published JSON Schema of the interchange format matches the code."""

from __future__ import annotations

import json
from pathlib import Path

from conciliador.services.interchange.schema import json_schema

DOC = Path(__file__).resolve().parents[2] / "docs" / "intercambio.schema.json"


def test_published_schema_is_current() -> None:
    published = json.loads(DOC.read_text(encoding="utf-8"))
    assert published == json_schema(), (
        "docs/intercambio.schema.json está desactualizado: ejecute "
        "«conciliador schema --out docs/intercambio.schema.json»"
    )
