"""The terms' own refusals (a terms file read by ``parse_terms``, a child who is not the
case's) are named by their place in the clauses, typed (``clause_field``): the agreement
editor lists each one and takes the officer to the tab of its matter, whatever its label
reads — a place in the file is no single widget."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from conciliador.domain.enums import Matter, Outcome
from conciliador.services.agreements import Draft
from conciliador.services.agreements.service import parse_terms, refusals
from conciliador.services.agreements.terms import AgreementTerms
from conciliador.services.errors import FieldId
from conciliador.services.fields import clause_field, matter_of
from conciliador.ui.agreement import open_agreement_editor
from conciliador.ui.agreement.marks import Mark
from conciliador.ui.agreement.preview import MARK_ROLE
from tests.support.agreements import care, family_case, held_hearing, pure_context
from tests.support.problems import problems_of
from tests.support.world import World
from tests.ui.conftest import MakeContext


def test_every_refusal_of_the_terms_is_listed_and_leads_to_its_matters_tab(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    found = problems_of(
        lambda: parse_terms({"pension": "mucho"}),
        lambda: parse_terms({"visitas": 1}),
        lambda: parse_terms({"cuido": []}),
        lambda: parse_terms({"adiciones": [{"texto": ""}]}),
        lambda: parse_terms({"otra_cosa": 1}),
    )
    ctx = pure_context(1)
    stranger = care(ctx)
    stranger = stranger.model_copy(
        update={"children": (stranger.children[0].model_copy(update={"child": "otro-caso"}),)}
    )
    found += refusals(ctx, Draft(Outcome.ACUERDO_TOTAL, AgreementTerms(care=stranger)))
    fields = [p.field for p in found]
    assert all(isinstance(f, FieldId) for f in fields), fields
    assert [matter_of(f) for f in fields] == [
        Matter.ALIMENTOS,
        Matter.VISITAS,
        Matter.CUIDO,
        None,
        None,
        Matter.CUIDO,
    ]
    # The label reads as it always did.
    assert str(fields[-1]) == "Cláusulas — cuido.hijos[1].hijo_uid"
    assert fields[-1] == clause_field("cuido.hijos[1].hijo_uid")
    w = sqlite_world
    hearing = held_hearing(w, family_case(w, 1).id)
    editor = open_agreement_editor(make_context(w.officer), hearing.id)
    assert editor is not None
    qtbot.addWidget(editor)
    editor.refused = [Mark(p.field, p.message, True) for p in found]
    editor.refresh()
    listed = editor.findings.marks
    for problem in found:
        [row] = [i for i, m in enumerate(listed) if m.field == problem.field]
        editor._go_to_finding(editor.findings.index(row, 0))
        matter = matter_of(problem.field)
        tab = editor.matter_tabs[matter] if matter else editor.outcome_tab
        assert editor.tabs.currentWidget() is tab, problem
        assert editor.findings.index(row, 0).data(MARK_ROLE) is not None
    # A plain text reading like one is no matter's.
    assert matter_of("Cláusulas — cuido.hijos[1].hijo_uid") is None
    editor.dirty = False  # closed at teardown without the «discard the draft?» question
