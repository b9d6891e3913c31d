"""Small pieces of Spanish the documents share: ordinals, dates in words, ages, ID lines."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from num2words import num2words

from conciliador.criteria.terms import Terms, lower_first
from conciliador.documents.amounts import cardinal_before_noun, cardinal_feminine
from conciliador.domain.enums import IdType, Matter, Sex
from conciliador.services.agreements.phrases import join

_UNITS = (
    "",
    "primera",
    "segunda",
    "tercera",
    "cuarta",
    "quinta",
    "sexta",
    "séptima",
    "octava",
    "novena",
)
_TENS = {
    1: "décima",
    2: "vigésima",
    3: "trigésima",
    4: "cuadragésima",
    5: "quincuagésima",
    6: "sexagésima",
    7: "septuagésima",
    8: "octogésima",
    9: "nonagésima",
}
_SPECIAL = {11: "undécima", 12: "duodécima"}
_MONTHS = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
)


def courtesy_title(sex: Sex) -> str:
    """«Señora», «Señor» from the person's recorded sex; «Señor/a» when it is not recorded."""
    return {Sex.FEMALE: "Señora", Sex.MALE: "Señor"}.get(sex, "Señor/a")


def officer_title(sex: Sex, terms: Terms) -> str:
    """The officer's own title on the documents, in the profile's words: «Conciliadora»,
    «Mediador»; the neutral one («Conciliador/a») when the user's sex is not recorded."""
    return terms.officer_title(sex)


def ordinal_feminine(n: int) -> str:
    """«primera» … «décima», «undécima», «vigésima primera» (clauses are feminine)."""
    if not 1 <= n <= 99:
        return str(n)
    if n in _SPECIAL:
        return _SPECIAL[n]
    tens, units = divmod(n, 10)
    if tens == 0:
        return _UNITS[units]
    if tens == 1 and units:
        return f"decimo{_UNITS[units]}"
    return f"{_TENS[tens]} {_UNITS[units]}".strip()


def date_in_words(day: dt.date) -> str:
    """«a los veintitrés días del mes de noviembre de dos mil veintiséis» (the way actas
    write their date; «al primer día» for the first)."""
    year = num2words(day.year, lang="es")
    month = _MONTHS[day.month - 1]
    if day.day == 1:
        return f"al primer día del mes de {month} de {year}"
    return f"a los {cardinal_before_noun(day.day)} días del mes de {month} de {year}"


def age_text(born: dt.date | None, on: dt.date) -> str:
    """«8 años», «1 año», «11 meses» — on the given day."""
    if born is None:
        return ""
    years = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    if years >= 1:
        return f"{years} año{'s' if years != 1 else ''}"
    months = (on.year - born.year) * 12 + on.month - born.month - (on.day < born.day)
    months = max(months, 0)
    return f"{months} mes{'es' if months != 1 else ''}"


def id_text(id_type: IdType, number: str, terms: Terms) -> str:
    """«cédula de identidad n.º 001-010190-0001A» (the document's name in the profile's
    words: «cédula de ciudadanía», «DNI»), «sin documento de identidad»."""
    if id_type == IdType.SIN_DOCUMENTO or not number:
        return "sin documento de identidad"
    name = terms.id_document(id_type)
    return f"{lower_first(name)} n.º {number}"


def count_feminine(n: int) -> str:
    """«tres (3)» — for «ejemplares», «cuotas»."""
    return f"{cardinal_feminine(n)} ({n})"


def count_masculine(n: int) -> str:
    words: str = num2words(n, lang="es")
    return f"{'un' if n == 1 else words} ({n})"


def matters_text(matters: Iterable[Matter], terms: Terms) -> str:
    """«pensión alimenticia, régimen de comunicación y visitas y cuido y crianza» — each
    matter in the profile's words."""
    return join([lower_first(terms.matter(m)) for m in matters])
