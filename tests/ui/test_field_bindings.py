"""Services name fields by typed identity (``services/fields.py``) and the screens bind
widgets to that identity, never to its Spanish text: every field problem a service can raise
lands on a widget, and renaming a label moves nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot

from conciliador.domain.agreement_terms import SupportBasis
from conciliador.domain.enums import Absence, CancelReason, CitationMethod, IdType, Matter, Outcome
from conciliador.models import Case
from conciliador.services import hearing_flow as flow
from conciliador.services.agreements import Draft, evaluate
from conciliador.services.agreements.service import refusals
from conciliador.services.agreements.terms import AgreementTerms, ChildAmount
from conciliador.services.cases import CaseInput, register_case
from conciliador.services.errors import FieldId, FieldProblem, ValidationFailed
from conciliador.services.fields import (
    AgreementFields,
    Booking,
    ChildPart,
    HearingFields,
    Intake,
    PersonPart,
    SupportFields,
    VisitFields,
    child_field,
    matter_of,
    person_field,
    support_child,
    support_child_amount,
    visit_block,
)
from conciliador.services.hearing_details import hearing_detail
from conciliador.services.people import ChildInput, PersonInput
from conciliador.services.safeguarding import screen_questions
from conciliador.services.scheduling import (
    BookingRequest,
    book_hearing,
    check_booking,
    reschedule_hearing,
)
from conciliador.ui.agenda.dialogs import (
    CancelDialog,
    CitationDeliveryDialog,
    NoShowDialog,
    ReasonDialog,
    StartDialog,
    TimesDialog,
)
from conciliador.ui.agreement import open_agreement_editor
from conciliador.ui.agreement.editor import AgreementEditor
from conciliador.ui.booking.dialog import BookingDialog
from conciliador.ui.cases.view import CasesView
from tests.support.agreements import (
    care,
    family_case,
    held_hearing,
    pure_context,
    support,
    visitation,
)
from tests.support.booking import book
from tests.support.problems import problems_of
from tests.support.typing import type_text
from tests.support.world import NOW, World, local
from tests.ui.conftest import MakeContext

MONDAY = local(2026, 11, 30, 9)


def _problems(attempt: Callable[[], object]) -> list[FieldProblem]:
    return problems_of(attempt)


def _every_booking_problem(w: World) -> list[FieldProblem]:
    """Each field problem the booking services raise, one bad input at a time."""
    case_id = w.case().id
    officer = w.officer.user_id
    assert officer is not None

    def request(**kw: object) -> BookingRequest:
        base: dict[str, object] = {
            "case_id": case_id,
            "officer_id": officer,
            "start": MONDAY,
            "room_id": w.room_ids[0],
        }
        return BookingRequest(**(base | kw))  # type: ignore[arg-type]

    found: list[FieldProblem] = []
    for bad in (
        request(start=local(2040, 1, 2, 9)),
        request(officer_id=10_000),
        request(room_id=10_000),
        request(room_id=None),
        request(minutes=5),
    ):
        found += _problems(lambda bad=bad: check_booking(w.db, w.officer, bad, now=NOW))
    inside_notice = request(start=local(2026, 11, 24, 9))
    found += _problems(
        lambda: book_hearing(w.db, w.supervisor, inside_notice, override_reason="corto", now=NOW)
    )
    hearing = book(w, case_id, MONDAY)
    found += _problems(
        lambda: reschedule_hearing(w.db, w.officer, hearing.id, MONDAY, reason="", now=NOW)
    )
    return found


def test_every_booking_problem_lands_on_a_widget_of_the_booking_dialog(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    w = sqlite_world
    problems = _every_booking_problem(w)
    produced = {p.field for p in problems}
    assert all(isinstance(f, FieldId) for f in produced), produced
    # Every identity is walked but «Modalidad» (Nicaragua's profile allows every mode).
    assert produced == set(Booking.ALL) - {Booking.MODE}
    hearing = book(w, w.case().id, local(2026, 11, 30, 11))
    dialog = BookingDialog(make_context(w.officer), hearing.case_id, reschedule=hearing)
    qtbot.addWidget(dialog)
    for field in Booking.ALL:
        assert dialog.errors.widget_of(field) is not None, field
    # «Fecha y hora» goes under the day, not to the general line.
    assert dialog.errors.widget_of(Booking.START) is dialog.day
    assert dialog.errors.show(problems) == []
    assert dialog.general.text() == ""


def test_renaming_a_field_label_changes_no_binding(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = sqlite_world
    renamed = FieldId(Booking.START.parts, "Día y hora de la audiencia")
    monkeypatch.setattr(Booking, "START", renamed)
    far = BookingRequest(
        case_id=w.case().id,
        officer_id=w.officer.user_id or 0,
        start=local(2040, 1, 2, 9),
        room_id=w.room_ids[0],
    )
    [problem] = _problems(lambda: check_booking(w.db, w.officer, far, now=NOW))
    assert str(problem.field) == "Día y hora de la audiencia"
    dialog = BookingDialog(make_context(w.officer), far.case_id)
    qtbot.addWidget(dialog)
    assert dialog.errors.show([problem]) == []
    assert dialog.errors.widget_of(problem.field) is dialog.day
    assert "revise la fecha" in dialog.day.accessibleDescription()
    # … while a plain string reading like a field binds to nothing.
    assert dialog.errors.widget_of("Fecha y hora") is None
    assert dialog.errors.widget_of(FieldId(("audiencia", "inicio"))) is dialog.day


def test_a_childs_amount_finding_lands_on_that_childs_amount(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    w = sqlite_world
    hearing = held_hearing(w, family_case(w, 2).id)
    editor = open_agreement_editor(make_context(w.officer), hearing.id)
    assert editor is not None
    qtbot.addWidget(editor)
    lines = editor.support_tab.child_lines
    assert len(lines) == 2
    for line in lines:
        amount = support_child_amount(line.uid, "otro nombre")  # the label is not the key
        assert editor.marks.widget_of(amount) is line.amount
        assert editor.marks.widget_of(support_child(line.uid)) is line.check
        # the amount's own typing problems carry the same identity
        assert line.amount.field == amount
    # a plain string that reads like the old key binds to nothing
    assert editor.marks.widget_of(f"Pensión alimenticia — Monto para {lines[0].name}") is None
    # the service's finding for a zero amount lands on that child's amount
    editor.support_tab.basis.choose(SupportBasis.MONTO_FIJO)
    with qtbot.waitSignal(editor.evaluated, timeout=3000):
        type_text(lines[0].amount, "0")
    wanted = support_child_amount(lines[0].uid)
    [mark] = [m for m in editor.findings.marks if m.field == wanted]
    assert "mayor que cero" in mark.message
    assert "mayor que cero" in lines[0].amount.accessibleDescription()
    editor.dirty = False  # closed at teardown without the «discard the draft?» question


def test_the_agreement_services_refusals_land_on_the_editors_widgets(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    """A child's amount with more decimals than the currency has, and a reason too short,
    are refused next to that child's amount and the reason box (the amount used to be
    named «Monto para la hija o hijo 1», which no widget took)."""
    ctx = pure_context(2, profile="CL")  # pesos: no decimals
    kids = tuple(ChildAmount(child=c.uid, amount=Decimal("100000.50")) for c in ctx.children)
    terms = AgreementTerms(
        support=support(
            ctx,
            basis=SupportBasis.MONTO_FIJO,
            percentage=None,
            currency="CLP",
            thirteenth_month_share=None,
            adjustment=None,
            children=kids,
        ),
        visitation=visitation(ctx),
        care=care(ctx),
    )
    problems = refusals(ctx, Draft(Outcome.ACUERDO_TOTAL, terms, departure_reason="corto"))
    assert {p.field for p in problems} == {
        support_child_amount(ctx.children[0].uid),
        support_child_amount(ctx.children[1].uid),
        AgreementFields.DEPARTURE_REASON,
    }
    w = sqlite_world
    hearing = held_hearing(w, family_case(w, 2).id)
    editor = open_agreement_editor(make_context(w.officer), hearing.id)
    assert editor is not None
    qtbot.addWidget(editor)
    s = editor.support_tab
    assert editor.marks.widget_of(AgreementFields.DEPARTURE_REASON) is s.reason
    for line in s.child_lines:
        assert editor.marks.widget_of(support_child_amount(line.uid)) is line.amount


#: The findings that name no field of a tab: the officer's record, the hearing's times, the
#: office's place and the safeguarding screen (said in the list and the outcome tab).
#: Findings about facts no widget of the editor holds (the hearing's real times, set from the
#: agenda; the office's municipality, set with «conciliador office place»): typed, and shown
#: in the editor's list of findings only.
LISTED = {"horas_sin_registrar", "lugar_oficina"}
#: Findings about the agreement as a whole: under a line of the outcome tab, no widget.
WHOLE_AGREEMENT = {AgreementFields.OFFICER, AgreementFields.SAFEGUARDING}

#: Every finding code of the support and visitation checks (services/agreements/checks.py).
SUPPORT_AND_VISIT_CODES = {
    "aguinaldo_cero",
    "aguinaldo_debajo",
    "aguinaldo_debajo_sin_motivo",
    "aguinaldo_ingreso",
    "atrasos_no_positivos",
    "bloque_invertido",
    "condicion_vacia",
    "contacto_hora",
    "contacto_sin_medio",
    "debajo_pauta",
    "debajo_pauta_sin_motivo",
    "deduccion_negativa",
    "deducciones_contradictorias",
    "deducciones_no_declaradas",
    "deducciones_superan_ingreso",
    "especie_sin_descripcion",
    "especie_valor",
    "falta_anio_alterno",
    "falta_cuenta",
    "falta_dia_pago",
    "falta_empleador",
    "falta_fecha_reajuste",
    "falta_forma_pago",
    "falta_fuente_ingreso",
    "falta_indice",
    "falta_lugar_devolucion",
    "falta_lugar_entrega",
    "falta_lugar_supervision",
    "falta_persona_devolucion",
    "falta_persona_entrega",
    "falta_porcentaje",
    "falta_porcentaje_reajuste",
    "falta_primer_pago",
    "falta_primera_cuota",
    "falta_primera_fecha",
    "falta_reajuste",
    "falta_supervisor",
    "faltan_ingresos",
    "feriado_sin_ocasion",
    "horario_superpuesto",
    "ingreso_no_positivo",
    "moneda",
    "monto_no_positivo",
    "pension_hijo_repetido",
    "pension_sin_hijos",
    "primer_pago_anterior",
    "primera_cuota_anterior",
    "primera_fecha_otro_dia",
    "reajuste_anterior",
    "sin_aguinaldo",
    "sin_reajuste",
    "sobre_tope",
    "visitante_con_cuido",
    "visitas_sin_hijos",
    "visitas_sin_horario",
    "visitas_sin_supervision",
}


#: Fields keyed by a child's uid (``support_child``, ``care_residence`` …).
CHILD_KEYED = {("hijo",), ("monto",), ("residencia",), ("otra_persona",)}
#: Codes the catalogue does not produce on the editor's own case (its income and guideline
#: differ, or the child is another case's); their fields are checked one by one below.
NOT_IN_CATALOGUE = {
    "debajo_pauta",
    "debajo_pauta_sin_motivo",
    "sobre_tope",
    "deducciones_contradictorias",
    "falta_reajuste",
    "pension_hijo_repetido",
}


def _unplaced_findings(editor: AgreementEditor) -> tuple[set[str], set[str]]:
    """Each finding of the catalogue in tests/services/agreements/test_findings.py, produced
    on the editor's own case with the changed clauses loaded in its tabs: the codes met, and
    those whose field no widget of the right tab takes (or that are named by text)."""
    from tests.services.agreements.test_findings import CASES, terms_of

    met: set[str] = set()
    unplaced: set[str] = set()
    uids = {c.uid for c in editor.ctx.children}
    for name, change, _severity, _code, _field, _message in CASES:
        ctx, draft = change(editor.ctx, terms_of(editor.ctx))
        # the rows of the lists (blocks, holidays, in kind …) as the change has them
        editor.support_tab.load(draft.terms.support)
        editor.visits_tab.load(draft.terms.visitation)
        editor.support_tab.bind_rows()
        editor.visits_tab.bind_rows()
        for finding in evaluate(ctx, draft).findings:
            field = finding.field
            if not isinstance(field, FieldId):
                unplaced.add(f"{name}: named by text {field!r}")
                continue
            if finding.code in LISTED:
                continue
            if field.parts[1:2] in CHILD_KEYED and field.parts[-1] not in uids:
                continue  # a child the change put in another case: no line of this editor
            met.add(finding.code)
            matter = matter_of(field)
            tab = editor.matter_tabs[matter] if matter else editor.outcome_tab
            if len(field.parts) == 1 and matter is not None:
                continue  # the matter as a whole: its tab (``_go_to_finding``)
            widget = editor.marks.widget_of(field)
            place = editor.marks.place_of(field)
            if field in WHOLE_AGREEMENT and place is not None:
                if not editor.outcome_tab.isAncestorOf(place.label):
                    unplaced.add(f"{name}: {field!r} off the outcome tab")
            elif place is None or widget is None:
                unplaced.add(f"{name}: {field!r}")
            elif not tab.isAncestorOf(widget):
                unplaced.add(f"{name}: {field!r} on another tab")
    return met, unplaced


def test_every_typed_agreement_finding_lands_on_a_widget_of_the_editor(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    """Every finding of the agreement's checks is named by a typed identity and lands next
    to a widget of the tab its identity names, support and visitation included; those about
    the agreement as a whole (the officer, safeguarding) under their line of the outcome
    tab, and the hearing's times and the office's place in the list only."""
    w = sqlite_world
    hearing = held_hearing(w, family_case(w, 2).id)
    editor = open_agreement_editor(make_context(w.officer), hearing.id)
    assert editor is not None
    qtbot.addWidget(editor)
    met, unplaced = _unplaced_findings(editor)
    assert unplaced == set()
    assert met >= {
        "hijo_sin_cuido",
        "cuido_repetido",
        "falta_residencia",
        "falta_otra_persona",
        "parcial_sin_pendientes",
        "clausulas_sin_acuerdo",
        "materia_sin_clausulas",
    }
    assert SUPPORT_AND_VISIT_CODES - met == NOT_IN_CATALOGUE
    s = editor.support_tab
    for field in (SupportFields.AMOUNT, SupportFields.DEDUCTIONS, SupportFields.ADJUSTMENT):
        widget = editor.marks.widget_of(field)
        assert editor.marks.place_of(field) is not None
        assert widget is None or s.isAncestorOf(widget)
    for line in s.child_lines:
        assert editor.marks.widget_of(support_child(line.uid)) is line.check
    editor.dirty = False  # closed at teardown without the «discard the draft?» question


def test_a_support_or_visitation_label_renamed_moves_no_finding(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    """The support and visitation fields are bound by identity: a plain text reading as the
    label binds to nothing, the typed id binds whatever its label says."""
    w = sqlite_world
    hearing = held_hearing(w, family_case(w, 2).id)
    editor = open_agreement_editor(make_context(w.officer), hearing.id)
    assert editor is not None
    qtbot.addWidget(editor)
    s, v = editor.support_tab, editor.visits_tab
    for field, widget in (
        (SupportFields.DUE_DAY, s.day1),
        (SupportFields.FIRST_PAYMENT, s.first_payment),
        (SupportFields.INCOME_13TH, s.thirteenth),
        (SupportFields.SHARE_13TH, s.has_13th),
        (VisitFields.PICKUP_PLACE, v.pickup_place),
        (VisitFields.SUPERVISION, v.has_supervision),
    ):
        assert editor.marks.widget_of(FieldId(field.parts, "otro rótulo")) is widget
        assert editor.marks.widget_of(str(field)) is None
    # the 13th month of the income and the share of it read alike but are two fields
    assert str(SupportFields.INCOME_13TH) == str(SupportFields.SHARE_13TH)
    assert editor.marks.widget_of(SupportFields.INCOME_13TH) is s.thirteenth
    # a list's rows, by number: «bloque 1» does not take «bloque 12»
    v.schedule.add()
    v.bind_rows()
    [row] = v.schedule.rows
    assert editor.marks.widget_of(visit_block(1)) is row.from_day
    assert editor.marks.widget_of(visit_block(12)) is None
    assert editor.marks.widget_of(f"{Matter.VISITAS.label} — Horario, bloque 1") is None
    editor.dirty = False


def test_the_care_tabs_findings_land_under_their_own_fields(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    """A missing residence is said under «Residencia», not under «Vive con» (issue 18); a
    missing other person under «Otra persona»."""
    from PySide6.QtCore import Qt

    from conciliador.domain.agreement_terms import LivesWith

    w = sqlite_world
    hearing = held_hearing(w, family_case(w, 2).id)
    editor = open_agreement_editor(make_context(w.officer), hearing.id)
    assert editor is not None
    qtbot.addWidget(editor)
    first, second = editor.care_tab.arrangements
    first.residence.setFocus()
    with qtbot.waitSignal(editor.evaluated, timeout=3000):
        qtbot.keyClick(first.residence, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(first.residence, Qt.Key.Key_Backspace)
    assert first.residence.text() == ""
    assert "indique la residencia" in first.residence.accessibleDescription()
    assert "residencia" not in first.lives_with.accessibleDescription()
    with qtbot.waitSignal(editor.evaluated, timeout=3000):
        second.lives_with.choose(LivesWith.OTRA_PERSONA)
    assert "parentesco" in second.other_person.accessibleDescription()
    assert "parentesco" not in second.lives_with.accessibleDescription()
    editor.dirty = False  # closed at teardown without the «discard the draft?» question


def _every_intake_problem(w: World) -> list[FieldProblem]:
    """Each field problem registering a request can raise, for every field of a party and
    of a child, one bad input at a time."""
    good = w.case()
    with w.db.read() as session:
        case = session.get(Case, good.id)
        assert case is not None
        taken_id = case.claimant.id_number
    answers = {q.code: False for q in screen_questions(w.db, w.officer, w.office_id).questions}
    child = ChildInput("Ana", "López", birth_date=dt.date(2018, 1, 1), birth_certificate="PN-9")
    base = CaseInput(
        office_id=w.office_id,
        claimant=w.person("María"),
        respondent=w.person("José"),
        children=[child],
        matters={Matter.ALIMENTOS},
        account="Pide pensión.",
        safeguarding=answers,
        requested_at=NOW,
    )
    long = "x" * 5_000
    bad_person = PersonInput(
        first_names="\x00",
        last_names="",
        id_type=IdType.CEDULA,
        id_number="",
        birth_date=dt.date(1800, 1, 1),
        nationality=long,
        address="\x00",
        phone=long,
        email=long,
        occupation=long,
        employer=long,
        monthly_income=Decimal("-1"),
    )
    bad_child = ChildInput("", "", birth_date=None, birth_certificate=long)
    found: list[FieldProblem] = []
    for data in (
        replace(base, claimant=bad_person, respondent=bad_person, children=[bad_child]),
        replace(base, children=[child, replace(child, birth_date=NOW.date().replace(year=1990))]),
        replace(base, children=[], matters=set(), account="\x00", safeguarding={"x": True}),
        replace(base, respondent=replace(base.claimant)),
        replace(base, referral_institution="nadie"),
        replace(base, requested_at=NOW.replace(year=NOW.year + 10)),
        replace(base, claimant=replace(w.person("Ana"), id_number=taken_id)),
    ):
        found += _problems(lambda data=data: register_case(w.db, w.officer, data))
    return found


def test_every_request_problem_lands_on_a_widget_of_the_request_form(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    w = sqlite_world
    problems = _every_intake_problem(w)
    produced = {p.field for p in problems}
    assert all(isinstance(f, FieldId) for f in produced), produced
    parties = {
        person_field(party, part)
        for party in (Intake.CLAIMANT, Intake.RESPONDENT)
        for part in PersonPart
        if part not in (PersonPart.ID_TYPE, PersonPart.SEX)  # closed choices: never wrong
    }
    children = {child_field(n, part) for n in (1, 2) for part in ChildPart} - {
        child_field(2, p) for p in ChildPart if p != ChildPart.BIRTH_DATE
    }
    assert produced == set(Intake.ALL) - {Intake.CLAIMANT} | parties | children
    view = CasesView(make_context(w.officer))
    qtbot.addWidget(view)
    view.new_request()
    intake = view.intake
    assert intake is not None
    intake.children_editor.add_row()
    # The date and the referral have no widget of the form (it sends its own clock and no
    # referral): said on the form's general line, not lost.
    general = {Intake.REQUESTED_AT, Intake.REFERRAL}
    for field in produced - general:
        assert intake.errors.widget_of(field) is not None, field
    assert intake.errors.show(problems) == []
    assert all(str(f) in intake.general.text() for f in general)
    born = intake.errors.widget_of(child_field(2, ChildPart.BIRTH_DATE))
    assert born is intake.children_editor.rows[1].birth_date


def test_every_hearing_problem_lands_on_a_widget_of_its_dialog(
    qtbot: QtBot, sqlite_world: World
) -> None:
    """Each dialog of the agenda binds every field its service can report (by identity)."""
    w = sqlite_world
    hearing = book(w, w.case().id, MONDAY)
    hid = hearing.id
    far = local(2040, 1, 2, 9)
    db, officer = w.db, w.officer

    def problems(*attempts: Callable[[], object]) -> list[FieldProblem]:
        return [p for attempt in attempts for p in _problems(attempt)]

    def deliver(**kw: object) -> Callable[[], object]:
        base: dict[str, object] = {
            "delivered_at": NOW,
            "method": CitationMethod.PERSONAL,
            "delivered_by": "Juan Pérez",
        }
        return lambda: flow.record_citation_delivery(db, officer, 1, **(base | kw), now=NOW)  # type: ignore[arg-type]

    by_dialog: dict[str, list[FieldProblem]] = {
        "citation": problems(
            deliver(delivered_by=""), deliver(notes="\x00"), deliver(delivered_at=far)
        ),
        "start": problems(
            lambda: flow.start_hearing(db, officer, hid, reason="\x00", now=NOW),
            lambda: flow.start_hearing(db, officer, hid, started_at=far, now=NOW),
        ),
        "times": problems(
            lambda: flow.correct_hearing_times(
                db, officer, hid, started_at=NOW, concluded_at=None, reason="", now=NOW
            ),
            lambda: flow.correct_hearing_times(
                db, officer, hid, started_at=far, concluded_at=None, reason="x", now=NOW
            ),
            lambda: flow.correct_hearing_times(
                db, officer, hid, started_at=NOW, concluded_at=far, reason="x", now=NOW
            ),
        ),
        "suspend": problems(lambda: flow.suspend_hearing(db, officer, hid, "")),
        "annul": problems(lambda: flow.annul_hearing(db, officer, hid, "")),
        "no_show": problems(
            lambda: flow.record_no_show(db, officer, hid, Absence.CITADO, notes="\x00", now=NOW)
        ),
        "cancel": problems(lambda: flow.cancel_hearing(db, officer, hid, CancelReason.OTRO, "")),
    }
    produced = {p.field for found in by_dialog.values() for p in found}
    assert all(isinstance(f, FieldId) for f in produced), produced
    every = {v for k, v in vars(HearingFields).items() if isinstance(v, FieldId)}
    # Never wrong from a dialog: a closed choice, and closing a case without a hearing
    # (the case page's own dialog, not the agenda's).
    unreachable = {
        HearingFields.DELIVERY_METHOD,
        HearingFields.CANCEL_REASON,
        HearingFields.CLOSE_REASON,
        HearingFields.CLOSE_OUTCOME,
    }
    assert produced == every - unreachable
    detail = hearing_detail(db, officer, hid, now=NOW)
    zone = "America/Managua"

    def reason(field: FieldId) -> ReasonDialog:
        return ReasonDialog(
            detail,
            title="t",
            confirm="c",
            intro="i",
            field_label="Motivo:",
            field=field,
            submit=lambda _r, _e: True,
        )

    dialogs = {
        "citation": CitationDeliveryDialog(detail, zone, NOW, lambda *_a, **_k: True),
        "start": StartDialog(detail, zone, NOW, lambda **_k: True),
        "times": TimesDialog(detail, zone, NOW, lambda **_k: True),
        "suspend": reason(HearingFields.SUSPENSION_REASON),
        "annul": reason(HearingFields.ANNULMENT_REASON),
        "no_show": NoShowDialog(detail, 2, lambda *_a: True),
        "cancel": CancelDialog(detail, lambda *_a: True),
    }
    for name, dialog in dialogs.items():
        qtbot.addWidget(dialog)
        found = by_dialog[name]
        assert found, name
        for problem in found:
            if problem.field == HearingFields.CONCLUDED_AT:
                continue  # shown only for a concluded hearing: checked below
            assert dialog.errors.widget_of(problem.field) is not None, (name, problem)
    # The conclusion's time is bound where the dialog shows it (a concluded hearing's).
    assert dialogs["times"].errors.widget_of(HearingFields.STARTED_AT) is dialogs["times"].start


def test_every_account_problem_lands_on_a_widget_of_its_dialog(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    """Creating, editing and deactivating an account, and changing one's own password: each
    field a service can report is bound in the dialog that sends it (creating an account
    used to report «Documento de identidad» and «Capacidad legal (delegación)», which no
    widget took)."""
    from conciliador.domain.enums import Role
    from conciliador.services import accounts
    from conciliador.services.fields import UserFields as U
    from conciliador.ui.admin.users import DeactivateDialog, UserDialog
    from conciliador.ui.shell.sign_in import ChangePasswordDialog

    w = sqlite_world
    db, admin = w.db, w.admin
    long, nul = "x" * 70_000, "\x00"

    def create(**kw: object) -> Callable[[], object]:
        base: dict[str, object] = {
            "login": "nueva.persona",
            "full_name": "Nueva Persona",
            "role": Role.CONCILIADOR,
            "office_id": w.office_id,
            "password": "temporal-2026",
        }
        return lambda: accounts.create_account(db, admin, **(base | kw))  # type: ignore[arg-type]

    created = problems_of(
        create(login="no válido", full_name="", id_number=nul, post=nul, email=nul),
        create(legal_capacity=long, password="corta"),
    )
    target = next(
        a for a in accounts.list_accounts(db, admin, w.office_id) if a.login == "luis.conciliador"
    )
    edited = problems_of(
        lambda: accounts.update_account(
            db,
            admin,
            target.id,
            full_name="",
            role=target.role,
            post=nul,
            legal_capacity=long,
            id_number=nul,
            email=nul,
        )
    )
    deactivated = problems_of(lambda: accounts.set_account_active(db, admin, target.id, False))
    officer = w.officer
    changed = problems_of(
        lambda: accounts.change_own_password(db, officer, "no-es-esta-1", "corta"),
    )
    every = {v for k, v in vars(U).items() if isinstance(v, FieldId)}
    produced = {p.field for p in created + edited + deactivated + changed}
    assert all(isinstance(f, FieldId) for f in produced), produced
    # Closed choices and the repetition (checked by the dialog itself) are never reported;
    # the registry number only where the profile asks for it (below).
    assert produced == every - {U.ROLE, U.SEX, U.REPEAT_PASSWORD, U.REGISTRY_NUMBER}
    ctx = make_context(admin)
    for dialog, found in (
        (UserDialog(ctx, None), created),
        (UserDialog(ctx, target), edited),
        (DeactivateDialog(ctx, target), deactivated),
        (ChangePasswordDialog(db, officer, required=False), changed),
    ):
        qtbot.addWidget(dialog)
        for problem in found:
            assert dialog.errors.widget_of(problem.field) is not None, (dialog, problem)
        assert dialog.errors.show(found) == []
    # A Peruvian office's form has the conciliator's registry number (Ley 26872, art. 16 f).
    from conciliador.models import Office

    with db.write() as s:
        office = s.get(Office, w.office_id)
        assert office is not None
        office.profile_code = "PE"
    registry = problems_of(create(registry_number="9" * 61))
    assert {p.field for p in registry} == {U.REGISTRY_NUMBER}
    for dialog in (UserDialog(ctx, None), UserDialog(ctx, target)):
        qtbot.addWidget(dialog)
        assert dialog.errors.widget_of(U.REGISTRY_NUMBER) is not None
        assert dialog.errors.show(registry) == []


def test_every_office_room_and_closure_problem_lands_on_a_widget(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    """The offices' administration, its rooms and closed days: every field their services
    report is bound in the dialog that sends it (the country, which no dialog edits, is said
    on the dialog's general line)."""
    from conciliador.domain.enums import OfficeLevel
    from conciliador.services import office_admin, offices
    from conciliador.services.fields import ClosureFields, OfficeFields, RoomFields
    from conciliador.ui.admin.closures import ClosureDialog
    from conciliador.ui.admin.offices import CloseDialog, MoveDialog, OfficeDialog
    from conciliador.ui.admin.rooms import RoomDialog

    w = sqlite_world
    db, admin = w.db, w.admin
    nul = "\x00"
    here = office_admin.office_detail(db, admin, w.office_id)

    def create(**kw: object) -> Callable[[], object]:
        base: dict[str, object] = {
            "code": "NUEVA",
            "name": "Nueva",
            "level": OfficeLevel.MUNICIPAL,
            "profile_code": "NI",
            "parent_code": here.code,
        }
        return lambda: offices.create_office(db, admin, **(base | kw))  # type: ignore[arg-type]

    def update(**kw: object) -> Callable[[], object]:
        base: dict[str, object] = {
            "name": here.name,
            "level": here.level,
            "address": "",
            "phone": "",
            "timezone": "America/Managua",
            "profile_code": "NI",
            "department": "",
            "municipality": "",
            "name_article": "",
        }
        return lambda: office_admin.update_office(db, admin, here.id, **(base | kw))  # type: ignore[arg-type]

    created = problems_of(
        create(code="no válido", name="", address=nul, phone=nul, name_article="un"),
        create(profile_code="XX"),
        create(timezone="Marte/Olimpo", subdivision="X" * 11, country="NIC"),
        create(department="Nada", municipality="Nada"),
    )
    edited = problems_of(
        update(name="", address=nul, phone=nul, timezone="Marte/Olimpo", name_article="un"),
        update(profile_code="XX"),
        update(department="", municipality="Tipitapa"),
        update(department="Managua", municipality="Nada"),
        update(level=OfficeLevel.NACIONAL),
    )
    moved = problems_of(lambda: office_admin.move_office(db, admin, here.id, ""))
    closed = problems_of(lambda: office_admin.set_office_open(db, admin, here.id, False))
    rooms = problems_of(
        lambda: offices.add_room(db, admin, w.office_id, "", 6),
        lambda: offices.add_room(db, admin, w.office_id, "Sala nueva", 0),
    )
    closures = problems_of(lambda: offices.add_closure_day(db, admin, w.office_id, NOW.date(), ""))
    everything = created + edited + moved + closed + rooms + closures
    assert all(isinstance(p.field, FieldId) for p in everything), everything
    produced = {p.field for p in everything}
    assert produced >= {OfficeFields.LEVEL, OfficeFields.PARENT, OfficeFields.CLOSE_REASON}
    assert produced >= {OfficeFields.CODE, OfficeFields.DEPARTMENT, OfficeFields.MUNICIPALITY}
    assert produced >= {RoomFields.NAME, RoomFields.CAPACITY, ClosureFields.REASON}
    ctx = make_context(admin)
    general_only = {OfficeFields.COUNTRY, OfficeFields.SUBDIVISION}
    for dialog, found in (
        (OfficeDialog(ctx, None, here), created),
        (OfficeDialog(ctx, here), edited),
        (MoveDialog(ctx, here, [here]), moved),
        (CloseDialog(ctx, here), closed),
        (RoomDialog(ctx, None), rooms),
        (ClosureDialog(ctx), closures),
    ):
        qtbot.addWidget(dialog)
        assert found, dialog
        for problem in found:
            if problem.field not in general_only:
                assert dialog.errors.widget_of(problem.field) is not None, (dialog, problem)
        assert dialog.errors.show(found) == []


def test_every_referral_problem_lands_on_a_widget_of_the_referral_dialog(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    from conciliador.services.cases import get_case, refer_case
    from conciliador.services.fields import ReferralFields
    from conciliador.services.office_info import office_settings
    from conciliador.ui.cases.referral import ReferralDialog

    w = sqlite_world
    case = w.case(flagged=True)
    found = problems_of(
        lambda: refer_case(w.db, w.officer, case.id, "nadie", "\x00"),
        lambda: refer_case(w.db, w.officer, case.id, "nadie", "ok", now=NOW),
        lambda: refer_case(
            w.db, w.officer, case.id, "nadie", referred_at=NOW + dt.timedelta(days=1), now=NOW
        ),
    )
    assert {p.field for p in found} == {
        ReferralFields.NOTES,
        ReferralFields.INSTITUTION,
        ReferralFields.REFERRED_AT,
    }
    dialog = ReferralDialog(
        make_context(w.officer),
        get_case(w.db, w.officer, case.id),
        office_settings(w.db, w.officer, w.office_id, now=NOW).profile,
    )
    qtbot.addWidget(dialog)
    # The moment is now (the dialog sends none): a problem with it is said on the general line.
    for problem in found:
        if problem.field != ReferralFields.REFERRED_AT:
            assert dialog.errors.widget_of(problem.field) is not None, problem
    assert dialog.errors.show(found) == []


def test_every_payment_problem_lands_on_a_widget_of_the_payment_form(qtbot: QtBot) -> None:
    """Each problem of a reported payment (``payment_problems``, the duplicate receipt of
    ``add_payment`` is the receipt's) lands on the account's payment form, and the batch
    import names each by its column."""
    from conciliador.domain.agreement_terms import PaymentMethod
    from conciliador.services.fields import PaymentFields
    from conciliador.services.followup.batch import _COLUMN_OF
    from conciliador.services.followup.ledger import PaymentInput, payment_problems
    from conciliador.ui.followup.account import PaymentForm

    today, since = dt.date(2027, 3, 1), dt.date(2026, 12, 1)

    def problems(**kw: object) -> list[FieldProblem]:
        base: dict[str, object] = {
            "paid_on": today,
            "amount": Decimal("100"),
            "method": PaymentMethod.EFECTIVO_OFICINA,
            "reported_by": "la madre",
        }
        return payment_problems(PaymentInput(**{**base, **kw}), "NIO", today, since)  # type: ignore[arg-type]

    found = [
        *problems(paid_on=today + dt.timedelta(days=1), amount=Decimal(0), reported_by=" "),
        *problems(paid_on=None, amount=Decimal("0.001"), method="efectivo"),
        *problems(receipt="x" * 81, notes="\x00"),
    ]
    assert {p.field for p in found} == set(PaymentFields.ALL)
    form = PaymentForm("es_NI")
    qtbot.addWidget(form)
    for problem in found:
        assert form.errors.widget_of(problem.field) is not None, problem
    assert form.errors.show(found) == []
    # the form's own typing problem is the amount's
    form.amount.setText("cien")
    with pytest.raises(ValidationFailed) as caught:
        form.values()
    assert [p.field for p in caught.value.problems] == [PaymentFields.AMOUNT]
    assert set(_COLUMN_OF) == set(PaymentFields.ALL)
