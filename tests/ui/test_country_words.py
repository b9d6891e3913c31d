"""An office of Chile or Peru reads its own country's words on the request, the case and the
list: the ID and birth documents and the matters come from its profile's ``[terminos]``, never
Nicaragua's «Cédula de identidad», «Partida de nacimiento», «Pensión alimenticia» or «Cuido y
crianza»."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QGroupBox, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from conciliador.criteria.terms import lower_first
from conciliador.domain.enums import IdType, Matter
from conciliador.models import Office
from conciliador.ui.cases.view import CasesView
from tests.support.typing import type_text
from tests.support.world import World
from tests.ui.conftest import MakeContext

NICARAGUA = (
    "Cédula de identidad",
    "Partida de nacimiento",
    "Pensión alimenticia",
    "Cuido y crianza",
)

COUNTRIES = {
    "CL": {
        "place": ("Región Metropolitana de Santiago", "Santiago"),
        "id": "Cédula de identidad (RUN)",
        "birth": "Certificado de nacimiento (RUN)",
        "matters": ("Pensión de alimentos", "Relación directa y regular", "Cuidado personal"),
        "short_care": "Cuidado personal",
        "respondent": "Parte requerida",
        # Chile's own word for a foreigner's ID, which contains Nicaragua's.
        "foreign_id": "Cédula de identidad para extranjeros (RUN)",
        "number": "12.345.678-5",
    },
    "PE": {
        "place": ("Lima", "San Juan de Lurigancho"),
        "id": "DNI",
        "birth": "Acta de nacimiento (RENIEC)",
        "matters": ("Pensión de alimentos", "Régimen de visitas", "Tenencia"),
        "short_care": "Tenencia",
        "respondent": "Parte invitada",
        "foreign_id": "Carné de extranjería",
        "number": "45678912",
    },
}


def _texts(root: QWidget) -> list[str]:
    """Every word the screen shows: labels, boxes, group titles, combo items, placeholders."""
    texts: list[str] = []
    for w in root.findChildren(QLabel):
        texts.append(w.text())
    for w in root.findChildren(QCheckBox):
        texts.append(w.text())
    for w in root.findChildren(QGroupBox):
        texts.append(w.title())
    for w in root.findChildren(QComboBox):
        texts += [w.itemText(i) for i in range(w.count())]
    for w in root.findChildren(QLineEdit):
        texts += [w.placeholderText(), w.accessibleName()]
    return texts


def _nicaraguan(texts: list[str], own: dict[str, object]) -> list[str]:
    """The texts that still say one of Nicaragua's words once the country's own are taken out
    (Chile's «Cédula de identidad (RUN)» contains Nicaragua's «Cédula de identidad»)."""
    found = []
    for text in texts:
        rest = text.lower()
        for word in (own["foreign_id"], own["id"], own["birth"]):
            rest = rest.replace(str(word).lower(), "")
        found += [text for word in NICARAGUA if word.lower() in rest]
    return found


@pytest.mark.parametrize("country", ["CL", "PE"])
def test_a_request_and_its_case_use_the_offices_country_words(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext, country: str
) -> None:
    w = sqlite_world
    words = COUNTRIES[country]
    with w.db.write() as s:
        office = s.get(Office, w.office_id)
        assert office is not None
        office.profile_code = country
        office.department, office.municipality = words["place"]
    view = CasesView(make_context(w.officer))
    qtbot.addWidget(view)
    view.resize(1300, 900)
    view.show()
    national_id = lower_first(str(words["id"]))
    assert f"número de {national_id} de una parte" in view.list_page.search.placeholderText()

    view.new_request()
    intake = view.intake
    assert intake is not None
    c = intake.claimant
    combo = [c.id_type.itemText(i) for i in range(c.id_type.count())]
    assert combo[c.id_type.findData(IdType.CEDULA)] == words["id"]
    assert [intake.matters[m].text() for m in Matter] == list(words["matters"])
    assert intake.respondent.title() == words["respondent"]
    child = intake.children_editor.rows[0]
    assert child.certificate.accessibleName() == f"Hija/o 1 — {words['birth']}"
    texts = _texts(intake)
    assert words["birth"] in texts
    assert _nicaraguan(texts, words) == []
    if os.environ.get("CONCILIADOR_SCREENSHOTS"):
        for size in ((1024, 600), (1280, 800), (1920, 1080)):
            view.resize(*size)
            qtbot.wait(200)
            view.grab().save(f"/tmp/15-intake-{country}-{size[0]}x{size[1]}.png")

    # The request typed with keys, saved; the case's page says the same words.
    type_text(c.first_names, "Valentina")
    type_text(c.last_names, "Rojas Muñoz")
    type_text(c.id_number, str(words["number"]))
    r = intake.respondent
    type_text(r.first_names, "Matías")
    type_text(r.last_names, "Soto Pérez")
    r.id_type.setCurrentIndex(r.id_type.findData(IdType.SIN_DOCUMENTO))
    type_text(child.first_names, "Agustina")
    type_text(child.last_names, "Soto Rojas")
    type_text(child.certificate, "778899")
    child.birth_date.set_value(dt.date(2019, 3, 14))
    intake.matters[Matter.CUIDO].setChecked(True)
    type_text(intake.account, "Pide que la niña viva con ella.")
    for _yes, no in intake.screening.answers.values():
        no.setChecked(True)
    intake.save_button.click()
    page = view.case_page
    assert view.pages.currentWidget() is page and page.case is not None, intake.general.text()
    if view.dialog is not None:
        view.dialog.close()
    assert page.matters.text() == words["matters"][2]
    assert page.respondent_heading.text() == words["respondent"]
    assert f"{words['id']} {words['number']}" in page.claimant.text()
    assert f"{lower_first(str(words['birth']))} n.º 778899" in page.children_text.text()
    assert _nicaraguan(_texts(page), words) == []

    view.show_list()
    qtbot.waitUntil(lambda: view.list_page.model.rowCount() == 1, timeout=5000)
    model = view.list_page.model
    column = next(
        i
        for i in range(model.columnCount())
        if model.headerData(i, Qt.Orientation.Horizontal) == "Materias"
    )
    assert model.index(0, column).data() == words["short_care"]
