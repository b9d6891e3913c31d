"""The contract between a profile's standard clause wording and the code that fills it.

Each clause type of ``[clausulas]`` is a sentence with ``{placeholders}``; the agreements
service fills them from the structured agreement. A profile must word every clause type and may
use only the placeholders listed here, so a typo in a profile is caught when it loads, naming
the clause, instead of showing up in a family's acta.
"""

from __future__ import annotations

from string import Formatter

_SUPPORT_PEOPLE = frozenset({"alimentante", "receptor", "beneficiarios"})
_VISIT_PEOPLE = frozenset({"visitante", "custodio", "hijos"})
_CARE_PEOPLE = frozenset({"hijo", "custodio", "otro_progenitor"})

#: Clause type → the placeholders its wording may use.
PLACEHOLDERS: dict[str, frozenset[str]] = {
    "pension": _SUPPORT_PEOPLE
    | {
        "monto_total",
        "monto_total_letras",
        "periodicidad",
        "reparto",
        "dia_pago",
        "primer_pago",
        "forma_pago",
        "monto_mensual",
        "monto_mensual_letras",
    },
    "pension_porcentaje": _SUPPORT_PEOPLE
    | {
        "porcentaje",
        "ingreso_neto",
        "ingreso_neto_letras",
        "monto_mensual",
        "monto_mensual_letras",
        # How the net income was declared: its deductions, or that it has none, and the
        # documents seen («después de deducir …, según colilla de pago»).
        "deducciones",
    },
    # monto_aguinaldo: «, es decir, C$… (…)» when the 13th-month pay is known, else empty.
    "aguinaldo": _SUPPORT_PEOPLE | {"porcentaje_aguinaldo", "monto_aguinaldo"},
    "especie": _SUPPORT_PEOPLE | {"especie"},
    "atrasos": _SUPPORT_PEOPLE
    | {
        "monto_atrasos",
        "monto_atrasos_letras",
        "cuotas",
        "monto_cuota",
        "inicio_cuotas",
        "periodicidad_cuotas",
    },
    "reajuste": _SUPPORT_PEOPLE | {"indice_reajuste", "primer_reajuste", "fecha_reajuste"},
    "reajuste_porcentaje": _SUPPORT_PEOPLE
    | {"porcentaje_reajuste", "primer_reajuste", "fecha_reajuste"},
    "visitas": _VISIT_PEOPLE
    | {"horario", "lugar_entrega", "persona_entrega", "lugar_devolucion", "persona_devolucion"},
    "visitas_feriados": _VISIT_PEOPLE | {"feriados"},
    "visitas_cumpleanos": _VISIT_PEOPLE | {"cumpleanos"},
    "visitas_progenitores": _VISIT_PEOPLE,
    "visitas_vacaciones": _VISIT_PEOPLE | {"vacaciones"},
    "visitas_contacto": _VISIT_PEOPLE | {"medios", "cuando"},
    "visitas_supervision": _VISIT_PEOPLE | {"supervisor", "lugar"},
    "visitas_restricciones": _VISIT_PEOPLE | {"restricciones"},
    "cuido": _CARE_PEOPLE | {"residencia"},
    "cuido_decisiones": _CARE_PEOPLE | {"decide"},
    "cuido_decisiones_separadas": _CARE_PEOPLE | {"decide_educacion", "decide_salud"},
    "pendientes": frozenset({"materias"}),
    "adicional": frozenset({"texto", "materia"}),
}

#: Every profile words every clause type.
CLAUSE_TYPES = tuple(PLACEHOLDERS)


def placeholders_of(template: str) -> list[str]:
    """The placeholder names a template uses; ``ValueError`` if its braces are malformed."""
    names: list[str] = []
    try:
        parts = list(Formatter().parse(template))
    except ValueError as exc:
        raise ValueError("hay una llave «{» o «}» sin su pareja") from exc
    for _literal, name, spec, conversion in parts:
        if name is None:
            continue
        if not name or not name.isidentifier():
            raise ValueError(f"marcador «{{{name}}}» no válido: use un nombre como {{alimentante}}")
        if spec or conversion:
            raise ValueError(f"el marcador «{{{name}}}» no admite formato («:» o «!»)")
        names.append(name)
    return names


def wording_problems(clauses: dict[str, str]) -> list[str]:
    """What is wrong with a profile's clause wording, in Spanish, each naming the clause."""
    problems: list[str] = []
    missing = [key for key in CLAUSE_TYPES if key not in clauses]
    if missing:
        problems.append(f"falta la redacción de: {', '.join(missing)}")
    for key, template in clauses.items():
        allowed = PLACEHOLDERS.get(key)
        if allowed is None:
            problems.append(
                f"«{key}» no es un tipo de cláusula conocido (¿error de escritura?); "
                f"los tipos son: {', '.join(CLAUSE_TYPES)}"
            )
            continue
        try:
            used = placeholders_of(template)
        except ValueError as exc:
            problems.append(f"cláusula «{key}»: {exc} (para una llave literal escriba «{{{{»)")
            continue
        unknown = [name for name in used if name not in allowed]
        if unknown:
            problems.append(
                f"cláusula «{key}»: marcador desconocido {{{unknown[0]}}}; "
                f"puede usar: {', '.join('{' + n + '}' for n in sorted(allowed))}"
            )
    return problems
