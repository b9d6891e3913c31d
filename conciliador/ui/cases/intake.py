"""The request (solicitud): who asks, who is cited, the children, the matters, the account and
the safeguarding screen. Saved through ``register_case``; every problem is shown next to its
field and nothing is saved until all of them are solved."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from conciliador.criteria import Profile
from conciliador.domain.enums import Matter
from conciliador.services.cases import CaseInput, CaseView, register_case
from conciliador.services.errors import FieldProblem
from conciliador.services.fields import Intake
from conciliador.services.office_words import words_of
from conciliador.ui.cases.children import ChildrenEditor
from conciliador.ui.cases.person_form import PersonForm
from conciliador.ui.cases.safeguarding import SafeguardingEditor
from conciliador.ui.context import UiContext
from conciliador.ui.feedback import FieldErrors, run_service
from conciliador.ui.i18n import tr
from conciliador.ui.icons import icon
from conciliador.ui.widgets.forms import error_label


class IntakePage(QWidget):
    """Emits ``registered(CaseView)`` once the service saved the request, ``cancelled``."""

    registered = Signal(object)
    cancelled = Signal()

    def __init__(self, context: UiContext, profile: Profile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.profile = profile
        self.general = error_label()
        self.errors = FieldErrors(self.general)
        locale = profile.regional.locale
        #: The office's words for documents and matters (its profile's ``[terminos]``).
        self.words = words = words_of(profile)

        title = QLabel(tr("Nueva solicitud"))
        title.setStyleSheet("font-size: 17px; font-weight: bold;")
        hint = QLabel(
            tr(
                "Al escribir el nombre o el número de {document} de una parte aparecen las "
                "personas ya registradas: elíjala para no registrarla dos veces."
            ).format(document=words.national_id)
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #566573;")
        # The safeguarding screen comes first, on the screen and for Tab: where there are
        # signs of violence, the rest of the request is not a conciliation.
        screen_box = QGroupBox(tr("Tamizaje de salvaguarda"))
        self.screening = SafeguardingEditor(list(profile.safeguarding.questions), self.errors)
        screen_layout = QVBoxLayout(screen_box)
        intro = QLabel(tr("Pregunte a la persona solicitante, en privado:"))
        intro.setStyleSheet("color: #566573;")
        screen_layout.addWidget(intro)
        screen_layout.addWidget(self.screening)
        self.claimant = PersonForm(
            context, Intake.CLAIMANT, tr("Solicitante"), self.errors, locale, words
        )
        self.respondent = PersonForm(
            context, Intake.RESPONDENT, words.respondent, self.errors, locale, words
        )
        parties = QHBoxLayout()
        parties.addWidget(self.claimant, 1)
        parties.addWidget(self.respondent, 1)

        children_box = QGroupBox(tr("Hijas e hijos"))
        self.children_editor = ChildrenEditor(
            self.errors, today=context.now().date(), birth_document=words.birth_document
        )
        QVBoxLayout(children_box).addWidget(self.children_editor)

        matters_box = QGroupBox(tr("Materias"))
        self.matters: dict[Matter, QCheckBox] = {}
        matters_layout = QVBoxLayout(matters_box)
        for matter in Matter:
            box = QCheckBox(words.matter(matter))
            matters_layout.addWidget(box)
            self.matters[matter] = box
        self.matters_problem = error_label()
        self.errors.bind(Intake.MATTERS, self.matters[Matter.ALIMENTOS], self.matters_problem)
        matters_layout.addWidget(self.matters_problem)
        self.account = QPlainTextEdit()
        self.account.setTabChangesFocus(True)
        self.account.setPlaceholderText(
            tr("Lo que cuenta la persona solicitante, en sus palabras.")
        )
        self.account.setAccessibleName(tr("Relato"))
        account_label = QLabel(tr("&Relato de la solicitud:"))
        account_label.setBuddy(self.account)
        self.account_problem = error_label()
        self.errors.bind(Intake.ACCOUNT, self.account, self.account_problem)
        matters_layout.addWidget(account_label)
        matters_layout.addWidget(self.account, 1)
        matters_layout.addWidget(self.account_problem)

        bottom = QHBoxLayout()
        bottom.addWidget(matters_box, 1)

        self.save_button = QPushButton(icon("success"), tr("&Guardar la solicitud"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton(tr("Cancelar"))
        cancel.clicked.connect(self.cancelled.emit)
        save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_shortcut.activated.connect(self.save)
        actions = QHBoxLayout()
        actions.addWidget(self.general, 1)
        actions.addStretch(0)
        actions.addWidget(cancel)
        actions.addWidget(self.save_button)
        for button in (cancel, self.save_button):
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

        content = QWidget()
        body = QVBoxLayout(content)
        body.addWidget(title)
        body.addWidget(hint)
        body.addWidget(screen_box)
        body.addLayout(parties)
        body.addWidget(children_box)
        body.addLayout(bottom)
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroller, 1)
        layout.addLayout(actions)
        self.setTabOrder(self.claimant.first_names, self.claimant.last_names)
        self.children_editor.order_tabs()

    def first_field(self) -> QWidget:
        """Where the keyboard starts: the first question of the screen (or the claimant's
        name when the profile asks none)."""
        first = next(iter(self.screening.answers.values()), None)
        return first[0] if first else self.claimant.first_names

    def value(self) -> CaseInput:
        return CaseInput(
            office_id=self.context.office.id,
            claimant=self.claimant.value(),
            respondent=self.respondent.value(),
            children=self.children_editor.value(),
            matters={m for m, box in self.matters.items() if box.isChecked()},
            account=self.account.toPlainText(),
            safeguarding=self.screening.value(),
            requested_at=self.context.now(),
        )

    def save(self) -> CaseView | None:
        local: list[FieldProblem] = [
            p for p in (self.claimant.income_problem(), self.respondent.income_problem()) if p
        ]
        data = self.value()
        if local:
            self.errors.show(local)
            self.context.messages.error(tr("No se guardó: revise los campos marcados en rojo."))
            return None
        case = run_service(
            self.context.messages,
            lambda: register_case(self.context.db, self.context.actor, data),
            errors=self.errors,
        )
        if case is not None:
            self.context.messages.success(
                tr("Solicitud registrada: caso {case}.").format(case=case.number)
            )
            self.registered.emit(case)
        return case
