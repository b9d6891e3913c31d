"""The agreement editor: the outcome of a hearing in course and, for an agreement, its clauses
— a tab per matter, the guideline's working worked again as the officer types, errors and
warnings live next to their fields and in a list, and the clauses previewed in the profile's
standard wording.

Every keystroke re-evaluates the draft against a context read once (``evaluate`` is pure and
fast, see ``bench/desktop.py``); nothing touches the database until the officer concludes the
hearing (``conclude_hearing``) or saves a correction (``update_agreement``). A screen left
open while someone else changed the hearing or the agreement gets the service's «Otra persona
modificó…» message, and nothing is overwritten.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TypeVar

from pydantic import ValidationError
from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from conciliador.documents.formatting import clock_time, weekday_date
from conciliador.domain.enums import Matter, Outcome
from conciliador.services import hearing_flow
from conciliador.services.agreements import (
    AgreementTerms,
    AgreementView,
    Draft,
    Evaluation,
    evaluate,
    issued_at,
    update_agreement,
)
from conciliador.services.agreements.editor import EditorStart, editor_start
from conciliador.services.agreements.service import term_problems
from conciliador.services.agreements.terms import Addition
from conciliador.services.errors import (
    FieldProblem,
    InvalidTransition,
    ServiceError,
    ValidationFailed,
)
from conciliador.services.fields import AgreementFields, matter_of
from conciliador.ui.agreement.care_tab import CareTab
from conciliador.ui.agreement.fields import Money
from conciliador.ui.agreement.marks import LiveMarks, Mark
from conciliador.ui.agreement.outcome_tab import OutcomeTab
from conciliador.ui.agreement.preview import (
    MARK_ROLE,
    ClausePreview,
    FindingsModel,
    summary_text,
)
from conciliador.ui.agreement.support_tab import SupportTab
from conciliador.ui.agreement.visits_tab import VisitsTab
from conciliador.ui.context import UiContext
from conciliador.ui.i18n import display_locale, tr
from conciliador.ui.icons import icon
from conciliador.ui.labels import label
from conciliador.ui.messages import MessageBar, Messages

T = TypeVar("T")
AGREEMENTS = (Outcome.ACUERDO_TOTAL, Outcome.ACUERDO_PARCIAL)
#: Milliseconds of quiet typing before the draft is evaluated again.
SETTLE_MS = 120


class AgreementEditor(QDialog):
    """One hearing's outcome and agreement. ``saved(agreement_id)`` after each save."""

    saved = Signal(int)
    evaluated = Signal()

    def __init__(self, context: UiContext, start: EditorStart, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        # Fits a 1024 × 600 screen (its tabs and the preview scroll inside).
        self.setMinimumSize(900, 540)
        self.context = context
        self.start = start
        ctx = start.context
        self.ctx = ctx
        self.agreement: AgreementView | None = start.agreement
        self.evaluation: Evaluation | None = None
        #: Problems of the typing itself (an amount that is not one), and a refused save's.
        self.local: list[FieldProblem] = []
        self.refused: list[Mark] = []
        self.dirty = False
        self._discard = False
        self._loading = True
        self.messages = Messages(self)
        self.marks = LiveMarks()
        self.money = Money(ctx.currency, ctx.locale)
        self.setWindowTitle(tr("Acuerdo — Caso {case}").format(case=ctx.case_number))

        # ---------------------------------------------------------------- header
        title = QLabel(tr("Caso {case}").format(case=ctx.case_number))
        title.setStyleSheet("font-size: 17px; font-weight: bold;")
        h = start.hearing
        locale = display_locale(ctx.locale)
        subtitle = QLabel(
            tr("{claimant} / {respondent} · audiencia del {day}, {time} · {officer}").format(
                claimant=ctx.claimant.full_name,
                respondent=ctx.respondent.full_name,
                day=weekday_date(h.starts_at.date(), locale),
                time=clock_time(h.starts_at, locale),
                officer=h.officer_name,
            )
        )
        subtitle.setStyleSheet("color: #566573;")
        subtitle.setWordWrap(True)
        self.state = QLabel()
        self.state.setAccessibleName(tr("Estado del acuerdo"))
        self.state.setStyleSheet("font-weight: bold; padding: 4px 10px; border-radius: 4px;")
        header = QHBoxLayout()
        names = QVBoxLayout()
        names.addWidget(title)
        names.addWidget(subtitle)
        header.addLayout(names, 1)
        header.addWidget(self.state, 0, Qt.AlignmentFlag.AlignTop)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "background: #eaf2f8; border: 1px solid #2471a3; border-left: 5px solid #2471a3;"
            " border-radius: 4px; padding: 6px; color: #1b2631;"
        )
        self.banner.hide()
        #: After issue: the way to correct what was agreed is to replace the acta.
        self.replace_button = QPushButton(icon("actas"), tr("Ir al acta para &reemplazarla…"))
        self.replace_button.setAccessibleName(tr("Reemplazar el acta"))
        self.replace_button.clicked.connect(self.open_acta)
        self.replace_button.hide()
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.banner, 1)
        banner_row.addWidget(self.replace_button, 0, Qt.AlignmentFlag.AlignVCenter)

        # ---------------------------------------------------------------- tabs
        recorded = start.agreement.outcome if start.agreement else None
        self.outcome_tab = OutcomeTab(ctx, self.marks, start.outcomes, recorded)
        self.support_tab = SupportTab(ctx, self.money, self.marks)
        self.visits_tab = VisitsTab(ctx, self.marks, today=context.now().date())
        self.care_tab = CareTab(ctx, self.marks)
        self.matter_tabs: dict[Matter, QScrollArea] = {
            Matter.ALIMENTOS: self.support_tab,
            Matter.VISITAS: self.visits_tab,
            Matter.CUIDO: self.care_tab,
        }
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.outcome_tab, icon("agreement"), tr("Resultado"))
        for matter, tab in self.matter_tabs.items():
            if matter in ctx.matters:
                self.tabs.addTab(tab, ctx.words.matter(matter))

        # ---------------------------------------------------------------- right side
        self.findings = FindingsModel(self)
        self.findings_view = QListView()
        self.findings_view.setModel(self.findings)
        self.findings_view.setWordWrap(True)
        self.findings_view.setAccessibleName(tr("Errores y advertencias"))
        self.findings_view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.findings_view.doubleClicked.connect(self._go_to_finding)
        self.findings_view.activated.connect(self._go_to_finding)
        self.preview = ClausePreview()
        findings_box = QWidget()
        findings_column = QVBoxLayout(findings_box)
        findings_column.setContentsMargins(0, 0, 0, 0)
        findings_caption = QLabel(tr("Errores y advertencias"))
        findings_caption.setStyleSheet("font-weight: bold;")
        findings_column.addWidget(findings_caption)
        self.findings_none = QLabel(tr("Nada que corregir: ni errores ni advertencias."))
        self.findings_none.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.findings_none.setWordWrap(True)
        self.findings_none.setStyleSheet("color: palette(placeholder-text);")
        self.findings_stack = QStackedWidget()
        self.findings_stack.addWidget(self.findings_view)
        self.findings_stack.addWidget(self.findings_none)
        findings_column.addWidget(self.findings_stack)
        preview_box = QWidget()
        preview_column = QVBoxLayout(preview_box)
        preview_column.setContentsMargins(0, 0, 0, 0)
        preview_caption = QLabel(tr("Así dirá el acta (redacción estándar)"))
        preview_caption.setStyleSheet("font-weight: bold;")
        preview_column.addWidget(preview_caption)
        preview_column.addWidget(self.preview)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(findings_box)
        right.addWidget(preview_box)
        right.setSizes([220, 460])
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.tabs)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([760, 440])

        # ---------------------------------------------------------------- buttons
        self.save_button = QPushButton(icon("success"), "")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.acta_button = QPushButton(icon("actas"), tr("Ver el &acta"))
        self.acta_button.clicked.connect(self.open_acta)
        # No Alt+C here: it is «&Concluir la audiencia»'s (two buttons with one mnemonic and
        # Alt+C only moved the focus between them). Esc closes.
        close = QPushButton(tr("Cerrar"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.acta_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save_shortcut.activated.connect(self.save)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(MessageBar(self.messages))
        layout.addLayout(banner_row)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SETTLE_MS)
        self.timer.timeout.connect(self.refresh)
        for tab in (self.outcome_tab, self.support_tab, self.visits_tab, self.care_tab):
            tab.changed.connect(self._changed)
        self._load(start)
        self._loading = False
        self._apply_mode()
        self.refresh()

    # ------------------------------------------------------------------ loading
    def _load(self, start: EditorStart) -> None:
        terms = start.terms
        self.support_tab.load(terms.support)
        self.visits_tab.load(terms.visitation)
        self.care_tab.load(terms.care)
        words = {a.matter: a.text for a in terms.additions}
        self.support_tab.words.setPlainText(words.get(Matter.ALIMENTOS, ""))
        self.visits_tab.words.setPlainText(words.get(Matter.VISITAS, ""))
        self.care_tab.words.setPlainText(words.get(Matter.CUIDO, ""))
        self.outcome_tab.words.setPlainText(words.get(None, ""))
        agreement = start.agreement
        if agreement is not None:
            self.outcome_tab.set_pending(agreement.pending_matters)
            self.outcome_tab.notes.setPlainText(agreement.notes)
            self.support_tab.reason.setPlainText(agreement.departure_reason)

    @property
    def concluding(self) -> bool:
        return self.agreement is None

    @property
    def issued(self) -> bool:
        """Whether the acta was issued: what was agreed is frozen, and only read here."""
        return self.agreement is not None and self.agreement.frozen_at is not None

    @property
    def editable(self) -> bool:
        if self.agreement is None:
            return self.start.can_conclude
        return not self.issued and self.agreement.outcome in AGREEMENTS

    def _apply_mode(self) -> None:
        editable = self.editable
        for tab in self.matter_tabs.values():
            page = tab.widget()
            if page is not None:
                page.setEnabled(editable)
        self.outcome_tab.notes.setReadOnly(not self.concluding)
        self.outcome_tab.words.setReadOnly(not editable)
        self.support_tab.reason.setReadOnly(not editable)
        self.save_button.setVisible(editable)
        self.save_button.setEnabled(editable)
        self.save_button.setText(
            tr("&Concluir la audiencia") if self.concluding else tr("&Guardar los cambios")
        )
        self.acta_button.setVisible(self.agreement is not None)
        banner = ""
        if self.issued:
            banner = tr(
                "El acta de este acuerdo ya fue emitida: lo acordado queda de solo lectura y "
                "no se guarda desde aquí. Para corregir un error, emita un acta que reemplace a "
                "la anterior."
            )
        elif self.agreement is not None and self.agreement.outcome not in AGREEMENTS:
            banner = tr("La audiencia terminó sin acuerdo: no hay cláusulas que registrar.")
        elif self.agreement is None and not self.start.can_conclude:
            banner = tr(
                "La audiencia no está en curso: inicie la audiencia en la agenda para registrar "
                "su resultado."
            )
        self.banner.setText(banner)
        self.banner.setVisible(bool(banner))
        self.replace_button.setVisible(self.issued)

    # ------------------------------------------------------------------ drafting
    def _changed(self) -> None:
        if self._loading:
            return
        self.dirty = True
        self.refused = []
        self.timer.start()

    def outcome(self) -> Outcome | None:
        return self.outcome_tab.outcome()

    def agreed_matters(self) -> list[Matter]:
        outcome = self.outcome()
        if outcome is not None and outcome not in AGREEMENTS:
            return []
        pending = self.outcome_tab.pending_matters()
        return [m for m in self.ctx.matters if m not in pending]

    def draft(self) -> Draft:
        """What the screen says, as the services take it; typing problems go to ``local``."""
        self.local = []
        outcome = self.outcome() or Outcome.ACUERDO_TOTAL
        agreed = self.agreed_matters()
        self.support_tab.bind_rows()
        self.visits_tab.bind_rows()
        terms = AgreementTerms()
        if outcome in AGREEMENTS:
            try:
                additions = [
                    Addition(matter=matter, text=text.strip())
                    for matter, text in (
                        (Matter.ALIMENTOS, self.support_tab.additions_text()),
                        (Matter.VISITAS, self.visits_tab.additions_text()),
                        (Matter.CUIDO, self.care_tab.additions_text()),
                    )
                    if matter in agreed and text.strip()
                ]
                general = self.outcome_tab.words.toPlainText().strip()
                if general:
                    additions.append(Addition(matter=None, text=general))
                terms = AgreementTerms(
                    support=self.support_tab.value(self.local)
                    if Matter.ALIMENTOS in agreed
                    else None,
                    visitation=self.visits_tab.value() if Matter.VISITAS in agreed else None,
                    care=self.care_tab.value() if Matter.CUIDO in agreed else None,
                    additions=tuple(additions),
                )
            except ValidationError as exc:
                self.local += term_problems(exc)
        reason = self.support_tab.departure_reason() if Matter.ALIMENTOS in agreed else ""
        return Draft(
            outcome=outcome,
            terms=terms,
            pending=self.outcome_tab.pending_matters(),
            departure_reason=reason,
            notes=self.outcome_tab.notes.toPlainText(),
        )

    def refresh(self) -> None:
        """Evaluate the draft and show it: marks, the list, the clauses, the working."""
        self.timer.stop()
        draft = self.draft()
        evaluation = evaluate(self.ctx, draft)
        self.evaluation = evaluation
        marks = [Mark.of(f) for f in evaluation.findings]
        marks += [Mark(p.field, p.message, True) for p in self.local]
        marks += self.refused
        if self.outcome() is None and self.concluding:
            marks.insert(
                0, Mark(AgreementFields.OUTCOME, tr("elija cómo terminó la audiencia"), True)
            )
        self.marks.show(marks)
        self.findings.set_marks(marks)
        self._show_findings_or_none()
        self.support_tab.show_evaluation(evaluation)
        outcome = self.outcome()
        agreement = outcome is None or outcome in AGREEMENTS
        self.preview.show_clauses(
            evaluation.clauses if agreement else (),
            empty=tr("Un resultado «{outcome}» no lleva cláusulas de acuerdo.").format(
                outcome=label(outcome)
            )
            if outcome is not None and not agreement
            else tr("Todavía no hay cláusulas."),
        )
        errors = sum(1 for m in marks if m.error)
        text, color = summary_text(errors, len(marks) - errors)
        if self.issued:  # findings no longer gate anything: the acta is out
            text, color = tr("Acta emitida: solo lectura"), "#566573"
        self.state.setText(text)
        self.state.setStyleSheet(
            f"font-weight: bold; padding: 4px 10px; border-radius: 4px; color: white;"
            f" background: {color};"
        )
        self._tab_icons(marks, set(self.agreed_matters()))
        self.evaluated.emit()

    def _tab_icons(self, marks: list[Mark], agreed: set[Matter]) -> None:
        for matter, tab in self.matter_tabs.items():
            index = self.tabs.indexOf(tab)
            if index < 0:
                continue
            mine = [m for m in marks if matter_of(m.field) == matter]
            if matter not in agreed:
                self.tabs.setTabIcon(index, icon("info"))
                self.tabs.setTabToolTip(index, tr("Materia pendiente o sin acuerdo."))
                self.tabs.setTabEnabled(index, False)
                continue
            self.tabs.setTabEnabled(index, True)
            if any(m.error for m in mine):
                self.tabs.setTabIcon(index, icon("error"))
            elif mine:
                self.tabs.setTabIcon(index, icon("warning"))
            else:
                self.tabs.setTabIcon(index, icon("success"))
            self.tabs.setTabToolTip(index, "\n".join(f"{m.field}: {m.message}" for m in mine[:8]))

    def _show_findings_or_none(self) -> None:
        """An empty list looks broken: say in words that there is nothing to correct."""
        empty = self.findings.rowCount() == 0
        self.findings_stack.setCurrentWidget(self.findings_none if empty else self.findings_view)

    def _go_to_finding(self, index: QModelIndex) -> None:
        mark = index.data(MARK_ROLE)
        if not isinstance(mark, Mark):
            return
        widget = self.marks.widget_of(mark.field)
        if widget is None:
            matter = matter_of(mark.field)
            tab = self.matter_tabs.get(matter) if matter else self.outcome_tab
            if tab is not None and self.tabs.indexOf(tab) >= 0:
                self.tabs.setCurrentWidget(tab)
            return
        parent = widget.parentWidget()
        while parent is not None and self.tabs.indexOf(parent) < 0:
            parent = parent.parentWidget()
        if parent is not None:
            self.tabs.setCurrentWidget(parent)
            if isinstance(parent, QScrollArea):
                parent.ensureWidgetVisible(widget, 40, 60)
        widget.setFocus()

    # ------------------------------------------------------------------ saving
    def save(self) -> None:
        if not self.editable or self._became_issued():
            return
        self.refresh()
        if self.local:
            self.messages.error(
                tr("No se guardó: corrija los montos marcados en rojo («{first}»).").format(
                    first=self.local[0].message
                )
            )
            return
        if self.concluding:
            outcome = self.outcome()
            if outcome is None:
                self.tabs.setCurrentWidget(self.outcome_tab)
                self.messages.error(tr("Elija el resultado de la audiencia antes de concluirla."))
                return
            self.confirm = QMessageBox(
                QMessageBox.Icon.Question,
                tr("Concluir la audiencia"),
                tr(
                    "¿Concluir la audiencia del caso {case} con el resultado «{outcome}»?\n\n"
                    "La audiencia y el caso se cierran con ese resultado; lo acordado se puede "
                    "corregir hasta que se emita el acta."
                ).format(case=self.ctx.case_number, outcome=label(outcome)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                self,
            )
            yes = self.confirm.button(QMessageBox.StandardButton.Yes)
            yes.setText(tr("Concluir"))
            self.confirm.setDefaultButton(QMessageBox.StandardButton.Yes)
            yes.clicked.connect(self._conclude)
            self.confirm.open()
        else:
            self._update()

    def _store(self, action: Callable[[], T]) -> T | None:
        try:
            return action()
        except ValidationFailed as exc:
            self.refused = [Mark(p.field, p.message, True) for p in exc.problems]
            self.refresh()
            self.messages.error(tr("No se guardó: ") + "; ".join(str(p) for p in exc.problems))
        except InvalidTransition as exc:
            self.messages.error(str(exc))
            self._became_issued()
        except ServiceError as exc:
            self.messages.error(str(exc))
        return None

    def _became_issued(self) -> bool:
        """Whether the acta was issued since this screen opened (elsewhere, or from here):
        the editor then turns read-only instead of offering a save that cannot succeed."""
        agreement = self.agreement
        if agreement is None or agreement.frozen_at is not None:
            return False
        try:
            frozen = issued_at(self.context.db, self.context.actor, agreement.id)
        except ServiceError:
            return False
        if frozen is None:
            return False
        self.agreement = dataclasses.replace(agreement, frozen_at=frozen)
        # Show what was issued, not what was typed since: the stored terms again.
        try:
            start = editor_start(self.context.db, self.context.actor, self.start.hearing.id)
        except ServiceError:
            start = None
        if start is not None and start.agreement is not None:
            self.start, self.agreement = start, start.agreement
            self._loading = True
            self._load(start)
            self._loading = False
        self.dirty = False
        self._apply_mode()
        self.refresh()
        self.messages.info(
            tr(
                "El acta de este acuerdo se emitió mientras esta ventana estaba abierta: ahora es "
                "de solo lectura."
            )
        )
        return True

    def changeEvent(self, event: QEvent) -> None:
        """Back to this window (after issuing the acta in «Actas»): check it again."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self._became_issued()

    def _conclude(self) -> None:
        outcome = self.outcome()
        assert outcome is not None
        draft = self.draft()
        agreement = outcome in AGREEMENTS
        db, actor = self.context.db, self.context.actor
        found = self._store(
            lambda: hearing_flow.conclude_hearing(
                db,
                actor,
                self.start.hearing.id,
                outcome,
                pending_matters=draft.pending,
                notes=self.outcome_tab.notes.toPlainText(),
                now=self.context.now(),
                terms=draft.terms if agreement else None,
                departure_reason=draft.departure_reason if agreement else "",
                expected_version=self.start.hearing.version,
            )
        )
        if not isinstance(found, int):
            return
        start = self._store(lambda: editor_start(db, actor, self.start.hearing.id))
        if isinstance(start, EditorStart):
            self.start = start
            self.agreement = start.agreement
        self.dirty = False
        self.outcome_tab.fix(outcome)
        self._apply_mode()
        self.refresh()
        done = tr("Audiencia del caso {case} concluida: {outcome}.").format(
            case=self.ctx.case_number, outcome=label(outcome)
        )
        if agreement:
            done += " " + tr("Lo acordado se puede corregir hasta que se emita el acta.")
        self.messages.success(done)
        self.context.messages.success(done)
        self.saved.emit(found)

    def _update(self) -> None:
        agreement = self.agreement
        assert agreement is not None
        draft = self.draft()
        db, actor = self.context.db, self.context.actor
        view = self._store(
            lambda: update_agreement(
                db,
                actor,
                agreement.id,
                draft.terms,
                departure_reason=draft.departure_reason,
                expected_version=agreement.version,
            )
        )
        if not isinstance(view, AgreementView):
            return
        self.agreement = view
        self.dirty = False
        self.refresh()
        done = tr("Cambios del acuerdo del caso {case} guardados.").format(
            case=self.ctx.case_number
        )
        self.messages.success(done)
        self.context.messages.success(done)
        self.saved.emit(view.id)

    def open_acta(self) -> None:
        if self.agreement is not None:
            self.context.navigation.open_acta(self.agreement.id)

    # ------------------------------------------------------------------ closing
    def reject(self) -> None:
        """Close (Escape, ✕, «Cerrar»); unsaved typing is not lost without asking."""
        if self.dirty and self.editable and not self._discard:
            self.leave = QMessageBox(
                QMessageBox.Icon.Warning,
                tr("Cambios sin guardar"),
                tr("Lo escrito en este acuerdo no se guardó. ¿Cerrar de todos modos?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                self,
            )
            discard = self.leave.button(QMessageBox.StandardButton.Discard)
            discard.setText(tr("Cerrar sin guardar"))
            discard.clicked.connect(self._discard_and_close)
            self.leave.open()
            return
        self.timer.stop()
        super().reject()

    def _discard_and_close(self) -> None:
        self._discard = True
        self.reject()
