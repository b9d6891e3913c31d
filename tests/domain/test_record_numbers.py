"""A case's and an acta's numbers: written as issued, shown with their kind, read back with or
without it."""

from __future__ import annotations

from conciliador.domain.record_numbers import NumberKind, number_text, tag_of, tagged, untagged


def test_issued_numbers_keep_their_form_and_are_shown_with_their_kind() -> None:
    case = number_text(NumberKind.CASO, "MN-D2", 2026, 1)
    acta = number_text(NumberKind.ACTA, "MN-D2", 2026, 1)
    assert (case, acta) == ("MN-D2-2026-00001", "MN-D2-2026-0001")  # as already printed
    assert tagged(NumberKind.CASO, case) == "EXP MN-D2-2026-00001"
    assert tagged(NumberKind.ACTA, acta) == "ACTA MN-D2-2026-0001"
    assert tagged(NumberKind.ACTA, "") == ""


def test_a_typed_number_is_read_with_or_without_its_tag() -> None:
    for typed in (
        "EXP MN-D2-2026-00001",
        "exp. MN-D2-2026-00001",
        "Expediente n.º MN-D2-2026-00001",
        "Caso N° MN-D2-2026-00001",
        "MN-D2-2026-00001",
    ):
        assert untagged(typed) == "MN-D2-2026-00001", typed
    assert tag_of("ACTA MN-D2-2026-0001") == NumberKind.ACTA
    assert untagged("Acta n.º MN-D2-2026-0001") == "MN-D2-2026-0001"
    assert tag_of("EXP MN-D2-2026-00001") == NumberKind.CASO
    assert tag_of("MN-D2-2026-00001") is None
    assert tag_of("María López") is None and untagged("María López") == "María López"
