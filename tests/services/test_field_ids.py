"""A field's typed identity reads as its Spanish label but binds by its path parts."""

from __future__ import annotations

import pickle

from conciliador.services.errors import FieldId, FieldProblem
from conciliador.services.fields import Booking, support_child_amount


def test_the_identity_is_the_parts_not_the_text() -> None:
    assert FieldId(("a", "b"), "Uno") == FieldId(("a", "b"), "Otro")
    assert FieldId(("a", "b"), "Uno") != FieldId(("a", "c"), "Uno")
    assert Booking.START != "Fecha y hora" and "Fecha y hora" != Booking.START  # noqa: SIM300
    assert {Booking.START: 1}.get(FieldId(("audiencia", "inicio"))) == 1
    assert support_child_amount("u1", "Ana") == support_child_amount("u1")
    assert support_child_amount("u1") != support_child_amount("u2")


def test_people_read_the_spanish_label() -> None:
    problem = FieldProblem(Booking.START, "revise la fecha")
    assert str(problem) == "Fecha y hora: revise la fecha"
    assert (
        str(support_child_amount("u1", "Ana Ruiz")) == "Pensión alimenticia — Monto para Ana Ruiz"
    )


def test_it_survives_a_trip_to_another_process() -> None:
    again = pickle.loads(pickle.dumps(Booking.START))
    assert again == Booking.START and str(again) == "Fecha y hora"
