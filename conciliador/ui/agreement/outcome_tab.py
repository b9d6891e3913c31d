"""The «Resultado» tab: how the hearing ended (chosen once, when it is concluded), what stays
pending after a partial agreement, the officer's notes, and other stipulations in the
parties' own words."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from conciliador.domain.enums import Matter, Outcome
from conciliador.services.agreements import AgreementContext
from conciliador.services.fields import AgreementFields
from conciliador.ui.agreement.fields import connect_changes, hint, mark_label
from conciliador.ui.agreement.marks import LiveMarks
from conciliador.ui.i18n import tr
from conciliador.ui.labels import label


def outcome_help() -> dict[Outcome, str]:
    return {
        Outcome.ACUERDO_TOTAL: tr("Las partes acordaron todas las materias de la solicitud."),
        Outcome.ACUERDO_PARCIAL: tr(
            "Acordaron algunas materias; las demás quedan pendientes y se dicen en el acta."
        ),
        Outcome.FALTA_DE_ACUERDO: tr("Las partes expusieron sus posiciones sin llegar a acuerdo."),
        Outcome.CONCLUSION_MOTIVADA: tr(
            "El proceso termina por un motivo que se explica en las observaciones (una parte "
            "se retiró, se negó a firmar…)."
        ),
        Outcome.DESISTIMIENTO: tr("La parte solicitante desiste de su solicitud."),
        Outcome.NO_CONCILIABLE: tr("El asunto no puede conciliarse por esta vía."),
    }


class OutcomeTab(QScrollArea):
    changed = Signal()

    def __init__(
        self,
        ctx: AgreementContext,
        marks: LiveMarks,
        outcomes: tuple[Outcome, ...],
        recorded: Outcome | None,
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self.recorded = recorded
        self.setWidgetResizable(True)
        page = QWidget()
        self.setWidget(page)
        column = QVBoxLayout(page)

        chosen = QGroupBox(tr("Resultado de la audiencia"))
        chosen_column = QVBoxLayout(chosen)
        self.group = QButtonGroup(self)
        self.buttons: dict[Outcome, QRadioButton] = {}
        helps = outcome_help()
        if recorded is not None:
            fixed = QLabel(f"<b>{label(recorded)}</b>")
            fixed.setAccessibleName(tr("Resultado registrado"))
            chosen_column.addWidget(fixed)
            chosen_column.addWidget(
                hint(
                    tr(
                        "El resultado quedó registrado al concluir la audiencia; lo acordado se "
                        "puede corregir hasta que se emita el acta."
                    )
                )
            )
        for outcome in outcomes:
            button = QRadioButton(label(outcome))
            button.setToolTip(helps.get(outcome, ""))
            self.group.addButton(button)
            self.buttons[outcome] = button
            chosen_column.addWidget(button)
            explanation = hint(helps.get(outcome, ""))
            explanation.setContentsMargins(24, 0, 0, 4)
            chosen_column.addWidget(explanation)
        self.outcome_mark = mark_label()
        marks.bind(AgreementFields.OUTCOME, self.outcome_mark, chosen)
        chosen_column.addWidget(self.outcome_mark)
        column.addWidget(chosen)

        self.pending_box = QGroupBox(tr("Materias que quedan pendientes"))
        pending_column = QVBoxLayout(self.pending_box)
        self.pending = {m: QCheckBox(ctx.words.matter(m)) for m in ctx.matters}
        for box in self.pending.values():
            pending_column.addWidget(box)
        self.pending_mark = mark_label()
        marks.bind(
            AgreementFields.PENDING_MATTERS,
            self.pending_mark,
            next(iter(self.pending.values()), None),
        )
        pending_column.addWidget(self.pending_mark)
        column.addWidget(self.pending_box)

        notes_box = QGroupBox(tr("Observaciones de la persona conciliadora"))
        notes_column = QVBoxLayout(notes_box)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(90)
        self.notes.setAccessibleName(tr("Observaciones"))
        self.notes.setPlaceholderText(
            tr("Lo que el acta debe decir del resultado: por qué no hubo acuerdo, quién se retiró…")
        )
        notes_mark = mark_label()
        marks.bind(AgreementFields.NOTES, notes_mark, self.notes)
        notes_column.addWidget(self.notes)
        notes_column.addWidget(notes_mark)
        column.addWidget(notes_box)

        self.words = QPlainTextEdit()
        self.words.setTabChangesFocus(True)
        self.words.setFixedHeight(70)
        self.words.setAccessibleName(tr("Otras estipulaciones de las partes"))
        self.words_box = QGroupBox(tr("Otras estipulaciones, con las palabras de las partes"))
        words_column = QVBoxLayout(self.words_box)
        words_column.addWidget(
            hint(tr("Va al acta como cláusula aparte, marcada como texto de las partes."))
        )
        words_column.addWidget(self.words)
        column.addWidget(self.words_box)

        self.general = mark_label()
        marks.bind(AgreementFields.OFFICER, self.general)
        safeguarding = mark_label()
        marks.bind(AgreementFields.SAFEGUARDING, safeguarding)
        column.addWidget(self.general)
        column.addWidget(safeguarding)
        column.addStretch(1)

        connect_changes(self._changed, [*self.buttons.values(), *self.pending.values()])
        connect_changes(self.changed.emit, (self.notes, self.words))
        self._changed()

    def _changed(self) -> None:
        outcome = self.outcome()
        self.pending_box.setVisible(outcome == Outcome.ACUERDO_PARCIAL)
        self.words_box.setVisible(outcome in (Outcome.ACUERDO_TOTAL, Outcome.ACUERDO_PARCIAL))
        for box in self.pending.values():
            box.setEnabled(self.recorded is None)
        self.changed.emit()

    def fix(self, outcome: Outcome) -> None:
        """The hearing was concluded with ``outcome``: it no longer changes here."""
        self.choose(outcome)
        self.recorded = outcome
        for button in self.buttons.values():
            button.setEnabled(False)
        self._changed()

    def outcome(self) -> Outcome | None:
        if self.recorded is not None:
            return self.recorded
        return next((o for o, b in self.buttons.items() if b.isChecked()), None)

    def choose(self, outcome: Outcome) -> None:
        button = self.buttons.get(outcome)
        if button is not None:
            button.setChecked(True)

    def pending_matters(self) -> tuple[Matter, ...]:
        if self.outcome() != Outcome.ACUERDO_PARCIAL:
            return ()
        return tuple(m for m, box in self.pending.items() if box.isChecked())

    def set_pending(self, matters: tuple[Matter, ...]) -> None:
        for matter, box in self.pending.items():
            box.setChecked(matter in matters)
