"""The safeguarding screen of the office's criteria profile: every question answered «Sí» or
«No» before the request is saved; a «Sí» to a question that signals violence is flagged at
once, because it changes what happens next (referral, no joint hearing)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from conciliador.criteria.schema import SafeguardingQuestion
from conciliador.services.fields import Intake
from conciliador.ui.feedback import FieldErrors
from conciliador.ui.i18n import tr
from conciliador.ui.widgets.forms import error_label


class SafeguardingEditor(QWidget):
    #: Emitted with True when an answer signals violence.
    flagged_changed = Signal(bool)

    def __init__(
        self,
        questions: list[SafeguardingQuestion],
        errors: FieldErrors,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.questions = questions
        self.answers: dict[str, tuple[QRadioButton, QRadioButton]] = {}
        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        for row, question in enumerate(questions):
            text = QLabel(question.text)
            text.setWordWrap(True)
            yes = QRadioButton(tr("Sí"))
            no = QRadioButton(tr("No"))
            for button, answer in ((yes, tr("sí")), (no, tr("no"))):
                button.setAccessibleName(f"{question.text} — {answer}")
                button.toggled.connect(lambda _on: self._changed())
            group = QButtonGroup(self)
            group.addButton(yes)
            group.addButton(no)
            grid.addWidget(text, row, 0)
            grid.addWidget(yes, row, 1)
            grid.addWidget(no, row, 2)
            self.answers[question.code] = (yes, no)
        self.warning = QLabel(
            tr(
                "Hay indicios de violencia. La solicitud se registra y el caso se deriva a la "
                "ruta de atención: no se programa una audiencia conjunta sin la autorización "
                "de un supervisor."
            )
        )
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(
            "background: #fdedec; border: 1px solid #c0392b; border-left: 5px solid #c0392b;"
            " border-radius: 4px; padding: 6px; color: #1b2631;"
        )
        self.warning.hide()
        self.problem = error_label()
        first = next(iter(self.answers.values()), None)
        errors.bind(Intake.SAFEGUARDING, first[0] if first else self, self.problem)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.problem)
        layout.addWidget(self.warning)

    def value(self) -> dict[str, bool]:
        """The questions answered so far ({code: yes?}); unanswered ones are left out."""
        result = {}
        for code, (yes, no) in self.answers.items():
            if yes.isChecked() or no.isChecked():
                result[code] = yes.isChecked()
        return result

    def flagged(self) -> bool:
        answers = self.value()
        return any(answers.get(q.code) for q in self.questions if q.flags_violence)

    def _changed(self) -> None:
        flagged = self.flagged()
        self.warning.setVisible(flagged)
        self.flagged_changed.emit(flagged)
