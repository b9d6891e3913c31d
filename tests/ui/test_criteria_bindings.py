"""The criteria profiles' forms bind the typed identities their services report
(``services/fields.py``: ``CriteriaFields``, ``DecreedFields``): every problem of next year's
values, of the whole text, of a holiday by decree and of the CPI's variation lands on a widget
of the form that sent it, whatever its label reads."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from pytestqt.qtbot import QtBot

from conciliador.services.criteria_decreed import draft_decreed_holiday, draft_price_index
from conciliador.services.criteria_versions import (
    draft_from_text,
    draft_yearly_values,
    publish_profile_version,
    text_in_force,
)
from conciliador.services.fields import ClosureFields, CriteriaFields, DecreedFields
from conciliador.ui.admin.closures import ClosureDialog
from conciliador.ui.admin.criteria import CriteriaTab
from conciliador.ui.admin.decreed import HOLIDAY, PRICE_INDEX, DecreedValueDialog
from conciliador.ui.admin.profile_editor import ProfileEditorDialog
from tests.support.problems import fields_of, problems_of
from tests.support.world import NOW, World, national_admin
from tests.ui.conftest import MakeContext

LONG = "x" * 3000


def test_every_problem_of_next_years_values_and_of_the_whole_text_lands_on_a_widget(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    w = sqlite_world
    nora = national_admin(w)
    db, later = w.db, NOW.date() + dt.timedelta(days=40)

    def yearly(values: dict[str, str], source: str = "Ley", note: str = "") -> Callable[[], object]:
        return lambda: draft_yearly_values(
            db, nora, "CL", values=values, effective_from=later, source=source, note=note
        )

    yearly_found = problems_of(
        yearly({"salario_minimo": "mucho", "salario_minimo_desde": "enero"}),
        yearly({"salario_minimo": "0"}),
        yearly({}),
        yearly({"salario_minimo": "1"}, source=""),
        yearly({"salario_minimo": "1"}, note=LONG),
    )
    text = text_in_force(db, nora, "NI")

    def whole(body: str, source: str = "Ley", note: str = "Cambio") -> Callable[[], object]:
        return lambda: draft_from_text(
            db, nora, "NI", body, effective_from=later, source=source, note=note
        )

    editor_found = problems_of(
        whole(""),
        whole(text.replace('siglas = "MIFAN"', 'sigla = "MIFAN"')),
        whole(text, source=""),
        whole(text, note=""),
    )
    past = NOW.date() - dt.timedelta(days=3)
    draft = draft_yearly_values(
        db, nora, "CL", values={"salario_minimo": "1"}, effective_from=later, source="Ley"
    )
    published = problems_of(
        lambda: publish_profile_version(db, nora, "CL", draft.number, effective_from=past)
    )
    produced = fields_of(yearly_found) | fields_of(editor_found) | fields_of(published)
    # «Vigente desde» of the values is checked by the tab itself (a date field always has one).
    assert produced == set(CriteriaFields.ALL) - {CriteriaFields.EFFECTIVE_FROM}
    ctx = make_context(nora)
    tab = CriteriaTab(ctx)
    qtbot.addWidget(tab)
    editor = ProfileEditorDialog(ctx, "NI", text)
    qtbot.addWidget(editor)
    for field in (*fields_of(yearly_found), CriteriaFields.EFFECTIVE_FROM):
        assert tab.errors.widget_of(field) is not None, field
    assert tab.errors.show(yearly_found) == []
    assert tab.errors.widget_of(CriteriaFields.MINIMUM_WAGE) is tab.wage
    assert tab.errors.widget_of(CriteriaFields.SOURCE) is tab.source
    assert tab.wage.property("fieldInError") and tab.source.property("fieldInError")
    for field in (*fields_of(editor_found), CriteriaFields.EFFECTIVE_FROM):
        assert editor.errors.widget_of(field) is not None, field
    assert editor.errors.widget_of(CriteriaFields.TEXT) is editor.text
    assert editor.errors.show(editor_found) == []
    assert "institucion.sigla" in editor.problem.text()
    # Publishing names the chosen draft's date, which no widget edits: the message bar.
    assert tab.errors.widget_of(CriteriaFields.PUBLISHED_FROM) is None
    # A plain text reading as a label binds nothing.
    assert tab.errors.widget_of("Fuente del nuevo valor") is None


def test_every_problem_of_a_decreed_value_lands_on_a_widget_of_its_dialog(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    w = sqlite_world
    nora = national_admin(w)
    db, day = w.db, NOW.date() + dt.timedelta(days=20)

    def holiday(**kw: object) -> Callable[[], object]:
        base: dict[str, object] = {
            "day": day,
            "name": "Duelo",
            "source": "Decreto",
            "effective_from": day,
        }
        return lambda: draft_decreed_holiday(db, nora, "NI", **(base | kw))  # type: ignore[arg-type]

    def index(**kw: object) -> Callable[[], object]:
        base: dict[str, object] = {
            "percentage": "4,5",
            "applies_from": day,
            "source": "INE",
            "effective_from": day,
        }
        return lambda: draft_price_index(db, nora, "CL", **(base | kw))  # type: ignore[arg-type]

    holidays = problems_of(
        holiday(day=None, effective_from=None),
        holiday(effective_from=day + dt.timedelta(days=1)),
        holiday(name=""),
        holiday(source=""),
    )
    indexes = problems_of(
        index(percentage="mucho", applies_from=None, effective_from=None),
        index(percentage="2000"),
        index(percentage="1,12345"),
        index(source=LONG),
    )
    assert fields_of(holidays) == set(DecreedFields.HOLIDAY)
    assert fields_of(indexes) == set(DecreedFields.INDEX)
    ctx = make_context(nora)
    for kind, found in ((HOLIDAY, holidays), (PRICE_INDEX, indexes)):
        dialog = DecreedValueDialog(ctx, "NI", kind)
        qtbot.addWidget(dialog)
        for problem in found:
            assert dialog.errors.widget_of(problem.field) is not None, (kind, problem)
        assert dialog.errors.show(found) == []
        assert dialog.general.text() == ""
        assert dialog.errors.widget_of(DecreedFields.SOURCE) is dialog.source


def test_a_closure_without_its_day_is_said_under_the_day(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    """The dialog's own check named «Fecha» as text, which no widget took (the day is bound
    by its identity): it fell to the dialog's general line."""
    dialog = ClosureDialog(make_context(sqlite_world.admin))
    qtbot.addWidget(dialog)
    dialog.day.set_value(None)
    dialog.save()
    assert dialog.errors.widget_of(ClosureFields.DAY) is dialog.day
    assert "elija el día" in dialog.day.accessibleDescription()
    assert dialog.general.text() == ""
