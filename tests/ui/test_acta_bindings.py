"""The Actas screen's dialogs bind the typed identities the acta services report
(``services/fields.py``: ``ActaFields``, ``signature_field``, ``signature_witness``): every
problem of replacing an acta, of the steps a country's law adds and of the signatures lands
next to the widget that edits it, whatever its label reads; the findings about the whole
document are listed in the dialog of what keeps the acta from being issued."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from conciliador.domain.actas import SignatureMode, SignerRole
from conciliador.domain.enums import Outcome
from conciliador.models import Acta, Office, User
from conciliador.services.actas import SignatureInput, issue_acta
from conciliador.services.actas.desk import acta_panel
from conciliador.services.actas.lifecycle import replace_acta
from conciliador.services.actas.rendering import validate_signatures
from conciliador.services.actas.steps import (
    record_court_decision,
    record_legality_check,
    send_to_court,
)
from conciliador.services.errors import FieldId
from conciliador.services.fields import ActaFields, signature_field, signature_witness
from conciliador.ui.actas.dialogs import ProblemsDialog, ReplaceDialog
from conciliador.ui.actas.sign_dialog import SignDialog
from conciliador.ui.actas.step_dialogs import (
    CourtDecisionDialog,
    LegalityCheckDialog,
    SendToCourtDialog,
)
from tests.support.actas import concluded
from tests.support.problems import fields_of, problems_of
from tests.support.world import NOW, World

#: No acta: the typed input is refused before any is read.
NO_ACTA = 0


def test_every_problem_of_a_step_or_a_replacement_lands_on_a_widget_of_its_dialog(
    qtbot: QtBot, sqlite_world: World
) -> None:
    w = sqlite_world
    db, officer = w.db, w.officer
    legality = problems_of(
        lambda: record_legality_check(db, officer, NO_ACTA, lawyer_name="", registration=""),
        lambda: record_legality_check(
            db, officer, NO_ACTA, lawyer_name="\x00", registration="x" * 61
        ),
    )
    sending = problems_of(lambda: send_to_court(db, officer, NO_ACTA, court="", sent_on=None))
    decision = problems_of(
        lambda: record_court_decision(
            db,
            officer,
            NO_ACTA,
            approved=None,
            decided_on=None,
            case_reference="",
            decision="",
        )
    )
    replacing = problems_of(
        lambda: replace_acta(db, officer, NO_ACTA, "mal"),
        lambda: replace_acta(db, officer, NO_ACTA, "x" * 70_000),
    )
    assert fields_of(legality) | fields_of(sending) | fields_of(decision) == set(ActaFields.STEPS)
    assert fields_of(replacing) == {ActaFields.REPLACE_REASON}
    _, acta = concluded(w)
    assert acta.acta_id is not None
    panel = acta_panel(db, officer, acta.acta_id)
    today = NOW.date()
    dialogs = (
        (LegalityCheckDialog(panel, lambda *_a: True), legality),
        (SendToCourtDialog(panel, today, lambda *_a: True), sending),
        (CourtDecisionDialog(panel, today, lambda *_a: True), decision),
        (ReplaceDialog(panel, lambda *_a: True), replacing),
    )
    for dialog, found in dialogs:
        qtbot.addWidget(dialog)
        for problem in found:
            assert dialog.errors.widget_of(problem.field) is not None, (dialog, problem)
        assert dialog.errors.show(found) == []
    legality_dialog = dialogs[0][0]
    assert isinstance(legality_dialog, LegalityCheckDialog)
    assert legality_dialog.errors.widget_of(ActaFields.LAWYER) is legality_dialog.lawyer
    # A plain text reading as the label binds nothing.
    assert legality_dialog.errors.widget_of("Abogado/a verificador/a") is None


def test_every_signature_problem_lands_in_the_box_of_its_signer(
    qtbot: QtBot, sqlite_world: World
) -> None:
    """The signature problems named their signer by the text «Firma — Parte citada (…)»,
    bound by that text's start; they are bound by the signer's identity now."""
    w = sqlite_world
    _, acta = concluded(w, Outcome.ACUERDO_TOTAL)
    assert acta.acta_id is not None
    issue_acta(w.db, w.officer, acta.acta_id, now=NOW)
    panel = acta_panel(w.db, w.officer, acta.acta_id)
    signers = list(panel.signers)
    roles = [s.role for s in signers]
    assert SignerRole.CONCILIADOR in roles and SignerRole.CITADO in roles
    with w.db.read() as session:
        stored = session.get(Acta, acta.acta_id)
        assert stored is not None

        def check(given: list[SignatureInput]) -> Callable[[], object]:
            return lambda: validate_signatures(stored, signers, given, NOW)

        def sign(role: SignerRole, mode: SignatureMode, **kw: object) -> SignatureInput:
            return SignatureInput(role=role, mode=mode, **kw)  # type: ignore[arg-type]

        found = problems_of(
            check(
                [
                    sign(SignerRole.CONCILIADOR, SignatureMode.SE_NEGO),
                    sign(SignerRole.CONCILIADOR, SignatureMode.FIRMA),
                    sign(SignerRole.SOLICITANTE, SignatureMode.HUELLA_TESTIGO),
                    sign(SignerRole.CITADO, SignatureMode.SE_NEGO, image=b"x"),
                    sign(SignerRole.REPRESENTANTE_CITADO, SignatureMode.FIRMA),
                ]
            ),
            check([sign(SignerRole.CITADO, SignatureMode.FIRMA, image=b"no es png")]),
        )
    produced = fields_of(found)
    named = {s.role: s.name for s in signers}
    assert produced == {
        signature_field(SignerRole.CONCILIADOR),
        signature_field(SignerRole.SOLICITANTE),
        signature_witness(SignerRole.SOLICITANTE),
        signature_field(SignerRole.CITADO),
        signature_field(SignerRole.REPRESENTANTE_CITADO),
    }
    # The label still names the signer as before.
    assert str(signature_witness(SignerRole.SOLICITANTE, named[SignerRole.SOLICITANTE])) == (
        f"Firma — Parte solicitante ({named[SignerRole.SOLICITANTE]}) — testigo a ruego"
    )
    dialog = SignDialog(panel, lambda *_a: None)
    qtbot.addWidget(dialog)
    for problem in found:
        field = problem.field
        assert isinstance(field, FieldId)
        role = SignerRole(field.parts[1])
        if role not in named:
            # A role that does not sign this acta has no box: the dialog's general line.
            assert dialog.errors.widget_of(field) is None
            continue
        box = dialog.box(role)
        assert dialog.errors.widget_of(field) is box.modes[SignatureMode.FIRMA], problem
    assert dialog.errors.show(found) == []
    assert "no firma esta acta" in dialog.general.text()
    citado = dialog.box(SignerRole.CITADO).problem.text()
    assert "solo una firma lleva imagen" in citado and "debe ser PNG" in citado
    assert "testigo a ruego: indique su nombre" in dialog.box(SignerRole.SOLICITANTE).problem.text()
    # A plain text reading as a signer's line binds nothing.
    assert dialog.errors.widget_of(f"Firma — Parte citada ({named[SignerRole.CITADO]})") is None


def test_the_findings_about_the_whole_acta_are_listed_when_it_cannot_be_issued(
    qtbot: QtBot, sqlite_world: World
) -> None:
    """The officer's post and delegation and the office's municipality concern the whole
    document: no widget edits them, the problems dialog lists them with their labels."""
    w = sqlite_world
    _, acta = concluded(w, Outcome.FALTA_DE_ACUERDO)
    assert acta.acta_id is not None
    with w.db.write() as session:
        office = session.get(Office, w.office_id)
        user = session.get(User, w.officer.user_id)
        assert office is not None and user is not None
        office.department, office.municipality = "", ""
        user.post = ""
    found = problems_of(lambda: issue_acta(w.db, w.officer, acta.acta_id or 0, now=NOW))
    assert fields_of(found) == {ActaFields.OFFICER, ActaFields.OFFICE_PLACE}
    dialog = ProblemsDialog(found, None)
    qtbot.addWidget(dialog)
    text = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Conciliador/a: no constan el cargo" in text
    assert "Oficina — Municipio: no consta el municipio" in text
