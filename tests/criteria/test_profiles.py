"""Criteria profiles: the shipped ones load; a bad one is named by file and key."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from conciliador.criteria import ProfileError, available_profiles, load_profile, load_profile_file
from conciliador.criteria.files import criteria_dir
from conciliador.domain.enums import IdType, Matter


@pytest.mark.parametrize("code", ["NI", "CO", "CL", "PE", "GT"])
def test_shipped_profiles_load(code: str) -> None:
    profile = load_profile(code)
    assert profile.code == code
    assert profile.scheduling.blocks_for(0)  # Monday has office hours
    assert profile.safeguarding.questions and profile.safeguarding.institutions
    assert profile.institution.enforceability_note


def test_nicaragua_is_complete() -> None:
    ni = load_profile("NI")
    assert (ni.regional.locale, ni.regional.currency, ni.regional.timezone) == (
        "es_NI",
        "NIO",
        "America/Managua",
    )
    assert [str(ni.guideline.shares[k]) for k in ("1", "2", "3")] == ["25", "35", "50"]
    assert ni.guideline.includes_13th_month
    assert ni.scheduling.blocks_for(5) == []  # no Saturday hours
    assert ni.scheduling.blocks_for(2) == [(dt.time(8), dt.time(12)), (dt.time(13), dt.time(17))]
    assert "pension" in ni.clauses and "{monto_total_letras}" in ni.clauses["pension"]


@pytest.mark.parametrize("code", ["NI", "CO", "CL", "PE", "GT"])
def test_every_profile_sets_how_early_a_hearing_may_start(code: str) -> None:
    """No default: each jurisdiction states it, with its rationale in the file."""
    assert load_profile(code).scheduling.early_start_minutes == 15
    text = (criteria_dir() / f"{code.lower()}.toml").read_text(encoding="utf-8")
    before = text.split("tolerancia_inicio_anticipado_min", 1)[0].splitlines()[-3:]
    assert all(line.startswith("#") for line in before)


@pytest.mark.parametrize(
    ("code", "currency", "zone", "procedure", "id_name"),
    [
        ("NI", "NIO", "America/Managua", "conciliación", "Cédula de identidad"),
        ("CO", "COP", "America/Bogota", "conciliación", "Cédula de ciudadanía"),
        ("CL", "CLP", "America/Santiago", "mediación", "Cédula de identidad (RUN)"),
        ("PE", "PEN", "America/Lima", "conciliación", "DNI"),
        (
            "GT",
            "GTQ",
            "America/Guatemala",
            "conciliación",
            "Documento Personal de Identificación (DPI)",
        ),
    ],
)
def test_each_country_has_its_currency_zone_and_words(
    code: str, currency: str, zone: str, procedure: str, id_name: str
) -> None:
    p = load_profile(code)
    assert (p.regional.currency, p.regional.timezone, p.regional.holidays_country) == (
        currency,
        zone,
        code,
    )
    assert p.terms.procedure == procedure
    assert p.terms.id_document(IdType.CEDULA) == id_name


def test_peru_forbids_a_joint_hearing_on_any_matter_with_signs_of_violence() -> None:
    """Ley n.º 30364, art. 25: no conciliation between the victim and the aggressor."""
    pe = load_profile("PE")
    assert set(pe.safeguarding.blocked_matters) == set(Matter)
    assert "30364" in (criteria_dir() / "pe.toml").read_text(encoding="utf-8")


def test_colombia_requires_the_yearly_adjustment() -> None:
    co = load_profile("CO")
    assert co.guideline.adjustment == "obligatorio"
    assert co.actas.copies[0].legend == "Primera copia que presta mérito ejecutivo"


def _broken(tmp_path: Path, old: str, new: str, name: str = "ni.toml") -> Path:
    text = (criteria_dir() / "ni.toml").read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / name
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "duracion_audiencia_min = 60",
            'duracion_audiencia_min = "una hora"',
            "clave «agenda.duracion_audiencia_min»: debe ser un número entero",
        ),
        (
            'zona_horaria = "America/Managua"',
            'zona_horaria = "America/Atlantida"',
            "clave «regional.zona_horaria»: «America/Atlantida» no es una zona horaria conocida",
        ),
        (
            "dias_aviso_minimo = 3",
            "dias_avisos_minimo = 3",
            "clave «agenda.dias_avisos_minimo»: clave desconocida",
        ),
        (
            'hasta = "12:00"',
            'hasta = "07:00"',
            "clave «agenda.horario[1]»: la hora «hasta» debe ser posterior a «desde»",
        ),
        ('moneda = "NIO"', 'moneda = "XYZ"', "«XYZ» no es un código de moneda ISO 4217 conocido"),
        (
            "tolerancia_inicio_anticipado_min = 15",
            "tolerancia_inicio_anticipado_min = -5",
            "clave «agenda.tolerancia_inicio_anticipado_min»",
        ),
        (
            "tolerancia_inicio_anticipado_min = 15",
            "",
            "clave «agenda.tolerancia_inicio_anticipado_min»: falta",
        ),
        # A country's word for a code cannot be forgotten: it would fall back to another's.
        (
            'cuido = "Cuido y crianza"\n',
            "",
            "clave «terminos»: «materias» no nombra: cuido",
        ),
        ('articulo = "el"\n', "", "clave «institucion.articulo»: falta"),
        # Ley 19.968, art. 111: the acta of a failed mediation states what it enables
        (
            'copia_inasistencia_citado = "Ministerio Público"\n',
            'copia_inasistencia_citado = "Ministerio Público"\n'
            '[actas.plantillas]\nfalta_de_acuerdo = "acta_mediacion_frustrada"\n',
            "falta «efecto_mediacion_frustrada»",
        ),
        (
            'copia_inasistencia_citado = "Ministerio Público"\n',
            'copia_inasistencia_citado = "Ministerio Público"\n'
            '[actas.plantillas]\nfalta_de_acuerdo = "acta_acuerdo_total"\n',
            "«plantillas.falta_de_acuerdo»: «acta_acuerdo_total» no es una plantilla de acta",
        ),
        # Ley 26872, art. 16: the acta names the lawyer who verified it; the profile says how
        (
            "requiere_verificacion_legalidad = false",
            "requiere_verificacion_legalidad = true",
            "«requiere_verificacion_legalidad» pide «[actas.verificacion_legalidad]»",
        ),
    ],
)
def test_bad_profile_names_file_and_key(tmp_path: Path, old: str, new: str, expected: str) -> None:
    with pytest.raises(ProfileError) as err:
        load_profile_file(_broken(tmp_path, old, new))
    assert "«ni.toml»" in str(err.value)
    assert expected in str(err.value)


def test_invalid_toml_is_reported_with_the_file(tmp_path: Path) -> None:
    path = tmp_path / "ni.toml"
    path.write_text("[perfil\ncodigo = 'NI'", encoding="utf-8")
    with pytest.raises(ProfileError, match=r"«ni\.toml» no es TOML válido"):
        load_profile_file(path)


def test_unknown_profile_lists_the_available_ones() -> None:
    with pytest.raises(ProfileError, match="No existe el perfil de criterios «XX"):
        load_profile("XX")
    assert {"NI", "CO"} <= set(available_profiles())
