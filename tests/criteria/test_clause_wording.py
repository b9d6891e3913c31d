"""Chile's profile, and the standard clause wording checked when a profile loads."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path

import pytest

from conciliador.criteria import ProfileError, load_profile, load_profile_file
from conciliador.criteria.files import criteria_dir
from conciliador.criteria.wording import CLAUSE_TYPES, PLACEHOLDERS
from conciliador.domain.enums import HearingMode, Matter
from conciliador.services.calendar import calendar_for


def test_chile_is_complete() -> None:
    cl = load_profile("CL")
    assert (cl.regional.locale, cl.regional.currency, cl.regional.timezone) == (
        "es_CL",
        "CLP",
        "America/Santiago",
    )
    g = cl.guideline
    assert (g.kind, g.minimum_wage, g.floor_one_child, g.floor_each_child, g.cap_share) == (
        "piso_salario_minimo",
        Decimal("539000"),
        Decimal("40"),
        Decimal("30"),
        Decimal("50"),
    )
    assert g.minimum_wage_since == dt.date(2026, 1, 1)
    assert "Ley n.º 14.908" in g.legal_basis
    assert cl.scheduling.blocks_for(4) == [
        (dt.time(8, 30), dt.time(13, 30)),
        (dt.time(14, 30), dt.time(16, 30)),
    ]
    assert cl.scheduling.allowed_modes == [HearingMode.PRESENCIAL, HearingMode.VIDEO]
    assert set(cl.safeguarding.blocked_matters) == set(Matter)
    assert "Carabineros de Chile (fono 133) o Policía de Investigaciones" in [
        i.name for i in cl.safeguarding.institutions
    ]
    assert "art. 111" in cl.institution.enforceability_note
    assert [c.recipient for c in cl.actas.copies] == [
        "tribunal",
        "expediente",
        "solicitante",
        "citado",
    ]
    calendar = calendar_for(
        cl, timezone="America/Santiago", country="CL", subdivision="RM", closures=[]
    )
    assert calendar.holiday(dt.date(2026, 9, 18)) == "Día de la Independencia"
    assert not calendar.is_working_day(dt.date(2026, 9, 18))


@pytest.mark.parametrize("code", ["NI", "CO", "CL"])
def test_every_profile_words_every_clause_type(code: str) -> None:
    assert set(load_profile(code).clauses) == set(CLAUSE_TYPES)


def _profile_with(tmp_path: Path, old: str, new: str) -> Path:
    text = (criteria_dir() / "ni.toml").read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "ni.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "a partir del {primer_pago}",
            "a partir del {primer_pagos}",
            "cláusula «pension»: marcador desconocido {primer_pagos}; puede usar:",
        ),
        (
            'especie = "',
            'espesie = "',
            "falta la redacción de: especie; «espesie» no es un tipo de cláusula conocido",
        ),
        (
            "a partir del {primer_pago}",
            "a partir del {primer_pago",
            "cláusula «pension»: hay una llave «{» o «}» sin su pareja",
        ),
        (
            "a partir del {primer_pago}",
            "a partir del {primer_pago:%d/%m}",
            "cláusula «pension»: el marcador «{primer_pago}» no admite formato",
        ),
        (
            'fecha_reajuste = "01-01"',
            'fecha_reajuste = "31-02"',
            "clave «pauta_alimentaria.fecha_reajuste»: «31-02» no es un día del año MM-DD",
        ),
    ],
)
def test_a_wording_mistake_is_named_when_the_profile_loads(
    tmp_path: Path, old: str, new: str, expected: str
) -> None:
    with pytest.raises(ProfileError) as err:
        load_profile_file(_profile_with(tmp_path, old, new))
    assert "«ni.toml»" in str(err.value)
    assert expected in str(err.value)


def test_literal_braces_are_written_doubled(tmp_path: Path) -> None:
    path = _profile_with(
        tmp_path, "a partir del {primer_pago}", "a partir del {primer_pago} {{sic}}"
    )
    assert "{{sic}}" in load_profile_file(path).clauses["pension"]


def test_the_placeholders_documented_are_the_ones_the_code_fills() -> None:
    docs = Path(__file__).resolve().parents[2] / "docs" / "acuerdos.md"
    section = docs.read_text(encoding="utf-8").split("## 4. Redacción estándar")[1]
    section = section.split("## 5.")[0]
    documented: dict[str, set[str]] = {}
    for line in section.splitlines():
        cells = line.split("|")
        if len(cells) > 3 and cells[1].strip().startswith("`"):
            kind = cells[1].strip().strip("`")
            documented[kind] = set(re.findall(r"`([a-z_]+)`", cells[2]))
    assert documented == {kind: set(names) for kind, names in PLACEHOLDERS.items()}
