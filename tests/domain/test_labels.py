"""Every member of a labelled enum reads as its own label (StrEnum members of different enums
with the same value are equal dict keys; the labels must not bleed into each other)."""

from __future__ import annotations

from enum import StrEnum

import pytest

from conciliador.domain import enums
from conciliador.domain.enums import CancelReason, CitationMethod, IdType, OverrideKind

LABELLED = [
    value
    for value in vars(enums).values()
    if isinstance(value, type)
    and issubclass(value, StrEnum)
    and hasattr(value, "label")
    and value.__name__ != "_Labelled"
]


@pytest.mark.parametrize("enum", LABELLED, ids=lambda e: e.__name__)
def test_each_member_has_its_own_label(enum: type[StrEnum]) -> None:
    labels = [member.label for member in enum]  # type: ignore[attr-defined]
    assert all(label != member.value for label, member in zip(labels, enum, strict=True))
    assert len(set(labels)) == len(labels)


def test_members_sharing_a_value_keep_their_own_labels() -> None:
    assert IdType.OTRO.label == "Otro documento"
    assert CancelReason.OTRO.label == "Otro motivo"
    assert CancelReason.CIERRE_OFICINA.label == "Cierre imprevisto de la oficina"
    assert OverrideKind.CIERRE_OFICINA.label == "Día de cierre de la oficina"
    assert CitationMethod.TELEFONO.label == "Por teléfono"
