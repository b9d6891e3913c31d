"""The typed field identities services report problems under, with their Spanish labels.

This is the one place the services layer makes a field's Spanish name: a screen binds a
widget to the identity (``FieldId``), never to the text, and makes its own label with
``tr``. The identities here are those with a known screen that binds them; a test walks
them (``tests/ui/test_field_bindings.py``).
"""

from __future__ import annotations

from conciliador.domain.enums import Matter
from conciliador.services.errors import FieldId


class Booking:
    """The booking (and rescheduling) of a hearing: ``ui/booking/dialog.py``."""

    OFFICER = FieldId(("audiencia", "conciliador"), "Conciliador/a")
    MODE = FieldId(("audiencia", "modalidad"), "Modalidad")
    ROOM = FieldId(("audiencia", "sala"), "Sala")
    MINUTES = FieldId(("audiencia", "duracion"), "Duración")
    START = FieldId(("audiencia", "inicio"), "Fecha y hora")
    RESCHEDULE_REASON = FieldId(("audiencia", "motivo_reprogramacion"), "Motivo")
    OVERRIDE_REASON = FieldId(("audiencia", "motivo_excepcion"), "Motivo de la excepción")

    ALL = (OFFICER, MODE, ROOM, MINUTES, START, RESCHEDULE_REASON, OVERRIDE_REASON)


class AgreementFields:
    """The agreement editor (``ui/agreement/``)."""

    DEPARTURE_REASON = FieldId(
        ("acuerdo", "motivo_apartarse_pauta"), "Motivo para apartarse de la pauta"
    )


def support_child(child_uid: str, name: str = "") -> FieldId:
    """A child's line of the support clause (``ui/agreement/support_tab.py``)."""
    return FieldId(("alimentos", "hijo", child_uid), f"{Matter.ALIMENTOS.label} — {name}")


def support_child_amount(child_uid: str, name: str = "") -> FieldId:
    """The amount of the support for one child (``ui/agreement/support_tab.py``)."""
    return FieldId(
        ("alimentos", "monto", child_uid), f"{Matter.ALIMENTOS.label} — Monto para {name}"
    )


def care_child(child_uid: str, name: str = "") -> FieldId:
    """A child's care clause as a whole: «Vive con» (``ui/agreement/care_tab.py``)."""
    return FieldId(("cuido", "hijo", child_uid), f"{Matter.CUIDO.label} — {name}")


def care_residence(child_uid: str, name: str = "") -> FieldId:
    """Where the child will live (``ui/agreement/care_tab.py``)."""
    return FieldId(("cuido", "residencia", child_uid), f"{Matter.CUIDO.label} — {name}")


def care_other_person(child_uid: str, name: str = "") -> FieldId:
    """The other person a child lives with, and their relationship (``care_tab.py``)."""
    return FieldId(("cuido", "otra_persona", child_uid), f"{Matter.CUIDO.label} — {name}")
