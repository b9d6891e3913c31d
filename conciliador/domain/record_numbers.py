"""How a case's and an acta's correlative numbers are written, and how people tell them apart.

Both are «office code – year – correlative»: a case («expediente») has five digits, an acta
four (``MN-D2-2026-00001``, ``MN-D2-2026-0001``). These texts are the records' legal
identity: printed on citations and signed actas, carried by interchange files, named in the
audit trail. They stay exactly as issued; nothing stored changes.

Side by side they are easy to confuse, so wherever a number is shown without the word that
says what it numbers (a list's column, an agenda block, an alert's title) it carries its kind
in front: «EXP MN-D2-2026-00001», «ACTA MN-D2-2026-0001». Printed documents already put the
noun before each number («Caso n.º …», «acta n.º …», the acta's own «N.º …» under its title).
A number typed or pasted with its tag, or without it, means the same record.
"""

from __future__ import annotations

import re
from enum import StrEnum


class NumberKind(StrEnum):
    """What a correlative numbers; the values are the counters' kinds."""

    CASO = "caso"
    ACTA = "acta"


#: Digits of the correlative, per kind.
DIGITS: dict[NumberKind, int] = {NumberKind.CASO: 5, NumberKind.ACTA: 4}

#: The tag shown in front of a number standing alone.
TAGS: dict[NumberKind, str] = {NumberKind.CASO: "EXP", NumberKind.ACTA: "ACTA"}

#: A tag (or the noun) someone may type or paste in front of a number.
_LEADING_TAG = re.compile(
    r"^\s*(?:EXP(?:EDIENTE)?|CASO|ACTA)\.?\s*(?:N\.?\s*[º°O]\.?\s*)?[\s:]*", re.IGNORECASE
)


def number_text(kind: NumberKind, office_code: str, year: int, number: int) -> str:
    """The number as issued and printed: «MN-D2-2026-00012» (case), «MN-D2-2026-0012» (acta)."""
    return f"{office_code}-{year}-{number:0{DIGITS[kind]}d}"


def tagged(kind: NumberKind, text: str) -> str:
    """«EXP MN-D2-2026-00012» / «ACTA MN-D2-2026-0012»: a number shown on its own. An empty
    text (an acta not numbered yet) stays empty."""
    return f"{TAGS[kind]} {text}" if text else text


def tag_of(text: str) -> NumberKind | None:
    """The kind a typed number says it is («ACTA …», «EXP …», «caso n.º …»), if it says."""
    match = _LEADING_TAG.match(text)
    if match is None or not match.group(0).strip():
        return None
    return NumberKind.ACTA if match.group(0).strip().upper().startswith("ACTA") else NumberKind.CASO


def untagged(text: str) -> str:
    """What a person typed, without a leading kind tag: «EXP MN-D2-2026-00012»,
    «Expediente n.º MN-D2-2026-00012» and «MN-D2-2026-00012» all give the bare number."""
    return _LEADING_TAG.sub("", text, count=1).strip()
