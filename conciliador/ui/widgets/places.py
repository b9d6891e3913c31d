"""The office's place as two boxes: the country's first-level divisions and, where the list is
shipped (``criteria.places``), their municipalities — typed where it is not. One filling for
every screen that asks where an office is (the first start, the offices' administration)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from conciliador.criteria.places import load_places
from conciliador.ui.i18n import tr


def fill_departments(box: QComboBox, profile_code: str) -> None:
    """The profile's divisions, after «(elija)»; no signal while filling."""
    places = load_places(profile_code)
    box.blockSignals(True)
    box.clear()
    box.addItem(tr("(elija)"), "")
    for division in places.divisions if places else ():
        box.addItem(division.name, division.name)
    box.blockSignals(False)


def fill_municipalities(box: QComboBox, profile_code: str, department: str) -> None:
    """The department's municipalities; an editable box where they are not listed."""
    places = load_places(profile_code)
    division = places.division(department) if places else None
    box.clear()
    listed = division.municipalities if division else ()
    box.setEditable(not listed and division is not None)
    if listed:
        box.addItem(tr("(elija)"), "")
    for name in listed:
        box.addItem(name, name)


def chosen_municipality(box: QComboBox) -> str:
    """What the box says: the typed text where it is editable, the chosen item otherwise."""
    if box.isEditable():
        return box.currentText()
    return str(box.currentData() or "")
