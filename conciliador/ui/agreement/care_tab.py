"""The «Cuido y crianza» tab: for each child, with whom they live, where, and who decides on
their schooling and health."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from conciliador.domain.agreement_terms import Decider, LivesWith, Party
from conciliador.services.agreements import AgreementContext
from conciliador.services.agreements.terms import Care, CareArrangement
from conciliador.services.fields import care_child, care_other_person, care_residence
from conciliador.ui.agreement.fields import Choice, FormBox, connect_changes, hint, parties_words
from conciliador.ui.agreement.marks import LiveMarks
from conciliador.ui.i18n import tr
from conciliador.ui.labels import label


class ChildCare:
    """The arrangement of one child."""

    def __init__(self, ctx: AgreementContext, uid: str, name: str, marks: LiveMarks) -> None:
        self.uid = uid
        form = FormBox(name, marks)
        self.box = form.box

        def who(value: LivesWith | Decider) -> str:
            if value.value == Party.SOLICITANTE.value:
                return f"{label(value)} — {ctx.claimant.full_name}"
            if value.value == Party.CITADO.value:
                return f"{label(value)} — {ctx.respondent.full_name}"
            return label(value)

        self.lives_with: Choice[LivesWith] = Choice(list(LivesWith), who)
        self.other_person = QLineEdit()
        self.other_person.setPlaceholderText(tr("nombre completo"))
        self.relationship = QLineEdit()
        self.relationship.setPlaceholderText(tr("p. ej. abuela materna"))
        self.residence = QLineEdit()
        self.residence.setPlaceholderText(tr("dirección donde vivirá"))
        self.school: Choice[Decider] = Choice(list(Decider), who)
        self.health: Choice[Decider] = Choice(list(Decider), who)
        form.row(tr("Vive con:"), self.lives_with, care_child(uid, name))
        self.other_row = form.row(
            tr("Otra persona:"), self.other_person, care_other_person(uid, name)
        )
        self.relationship_row = form.row(tr("Parentesco:"), self.relationship)
        form.row(tr("Residencia:"), self.residence, care_residence(uid, name))
        form.row(tr("Decide sobre la educación:"), self.school)
        form.row(tr("Decide sobre la salud:"), self.health)
        self.form = form
        # The residence starts from the recorded address of the parent the child lives with;
        # it follows the choice until the officer types another one.
        self.addresses = {
            LivesWith.SOLICITANTE: ctx.claimant.address,
            LivesWith.CITADO: ctx.respondent.address,
        }
        self._prefilled = ""
        self.lives_with.currentIndexChanged.connect(lambda _i: self.prefill_residence())
        self.prefill_residence()
        self.widgets = (
            self.lives_with,
            self.other_person,
            self.relationship,
            self.residence,
            self.school,
            self.health,
        )
        self.update_visibility()

    def prefill_residence(self) -> None:
        current = self.residence.text()
        if current and current != self._prefilled:
            return  # typed by the officer: kept
        chosen = self.lives_with.current()
        address = self.addresses.get(chosen, "") if chosen is not None else ""
        self.residence.setText(address)
        self._prefilled = address

    def update_visibility(self) -> None:
        other = self.lives_with.current() == LivesWith.OTRA_PERSONA
        for widget in (self.other_person, self.relationship):
            self.form.show_row(widget, other)

    def load(self, a: CareArrangement) -> None:
        self.lives_with.choose(a.lives_with)
        self.other_person.setText(a.other_person)
        self.relationship.setText(a.relationship)
        self.residence.setText(a.residence)
        self._prefilled = ""
        if not a.residence:
            self.prefill_residence()
        self.school.choose(a.school)
        self.health.choose(a.health)
        self.update_visibility()

    def arrangement(self) -> CareArrangement:
        lives_with = self.lives_with.current() or LivesWith.SOLICITANTE
        other = lives_with == LivesWith.OTRA_PERSONA
        return CareArrangement(
            child=self.uid,
            lives_with=lives_with,
            other_person=self.other_person.text() if other else "",
            relationship=self.relationship.text() if other else "",
            residence=self.residence.text(),
            school=self.school.current() or Decider.AMBOS,
            health=self.health.current() or Decider.AMBOS,
        )


class CareTab(QScrollArea):
    changed = Signal()

    def __init__(self, ctx: AgreementContext, marks: LiveMarks) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        page = QWidget()
        self.setWidget(page)
        column = QVBoxLayout(page)
        column.addWidget(
            hint(
                tr(
                    "Una cláusula por cada hija o hijo: con quién vive, dónde, y quién decide "
                    "sobre su educación y su salud."
                )
            )
        )
        self.arrangements = [ChildCare(ctx, c.uid, c.full_name, marks) for c in ctx.children]
        for child in self.arrangements:
            column.addWidget(child.box)
            connect_changes(self._changed, child.widgets)
        self.words, words_box = parties_words(tr("Agregados de las partes sobre el cuido"))
        connect_changes(self._changed, (self.words,))
        column.addWidget(words_box)
        column.addStretch(1)

    def _changed(self) -> None:
        for child in self.arrangements:
            child.update_visibility()
        self.changed.emit()

    def load(self, care: Care | None) -> None:
        if care is None:
            return
        arranged = {a.child: a for a in care.children}
        for child in self.arrangements:
            found = arranged.get(child.uid)
            if found is not None:
                child.load(found)

    def value(self) -> Care:
        return Care(children=tuple(child.arrangement() for child in self.arrangements))

    def additions_text(self) -> str:
        return self.words.toPlainText()
