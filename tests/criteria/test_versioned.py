"""A profile version's text: one yearly value changed in place, everything else kept."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from conciliador.criteria import ProfileError
from conciliador.criteria.files import criteria_dir
from conciliador.criteria.versioned import profile_from_text, toml_literal, with_value


def test_a_yearly_value_changes_in_place_keeping_every_other_line() -> None:
    shipped = (criteria_dir() / "cl.toml").read_text(encoding="utf-8")
    text = shipped
    changed = with_value(
        text, "pauta_alimentaria", "salario_minimo", toml_literal(Decimal("560000"))
    )
    changed = with_value(
        changed, "pauta_alimentaria", "salario_minimo_desde", toml_literal(dt.date(2027, 1, 1))
    )
    assert 'salario_minimo = "560000"\n' in changed
    assert "salario_minimo_desde = 2027-01-01\n" in changed
    assert [line for line in changed.splitlines() if line.startswith("#")] == [
        line for line in shipped.splitlines() if line.startswith("#")
    ]
    assert len(changed.splitlines()) == len(text.splitlines())
    profile = profile_from_text(changed, "CL")
    assert profile.guideline.minimum_wage == Decimal("560000")
    assert profile.guideline.minimum_wage_since == dt.date(2027, 1, 1)


def test_a_missing_key_is_added_to_its_table_and_a_bad_text_names_the_key() -> None:
    text = '[perfil]\ncodigo = "CL"\n\n[pauta_alimentaria]\ntipo = "libre"\n\n[otra]\nx = 1\n'
    added = with_value(text, "pauta_alimentaria", "salario_minimo", '"1"')
    assert '[pauta_alimentaria]\ntipo = "libre"\nsalario_minimo = "1"\n\n[otra]' in added
    with pytest.raises(ProfileError, match="no tiene la sección"):
        with_value(text, "no_existe", "x", "1")
    shipped = (criteria_dir() / "cl.toml").read_text(encoding="utf-8")
    broken = with_value(shipped, "pauta_alimentaria", "salario_minimo", '"-5"')
    with pytest.raises(ProfileError, match="salario_minimo"):
        profile_from_text(broken, "CL")
