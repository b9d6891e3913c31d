"""A party of the request, with search as you type among the people already registered, so
nobody is entered twice: typing a name or an ID number lists who matches; choosing one
reuses that person (``existing_id``) instead of creating a new record."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from conciliador.domain.enums import IdType, Sex
from conciliador.services.errors import FieldId, FieldProblem
from conciliador.services.fields import PersonPart, person_field
from conciliador.services.office_words import OfficeWords
from conciliador.services.people import PersonInput, PersonView, search_people
from conciliador.ui.context import UiContext
from conciliador.ui.feedback import FieldErrors, run_service
from conciliador.ui.i18n import tr
from conciliador.ui.icons import icon
from conciliador.ui.labels import label
from conciliador.ui.widgets.date_field import years_before
from conciliador.ui.widgets.forms import DateField, Form, MoneyField, error_label
from conciliador.ui.widgets.table_model import ROW_ROLE, Column, RowsModel

SUGGESTIONS = 8
SEARCH_DELAY_MS = 120


def person_line(p: PersonView, words: OfficeWords | None = None) -> str:
    """«María López García · 001-040100-2526V · nac. 04/01/2000 · ☎ 5442-1100»; an ID
    other than the country's usual one is named as the office's profile names it."""
    if p.id_type == IdType.CEDULA and p.id_number:
        document = p.id_number
    else:
        kind = words.id_document(p.id_type) if words is not None else label(p.id_type)
        document = f"{kind} {p.id_number or ''}".strip()
    parts = [p.full_name, document]
    if p.birth_date:
        parts.append(tr("nac. {date}").format(date=f"{p.birth_date:%d/%m/%Y}"))
    if p.phone:
        parts.append(f"☎ {p.phone}")
    return " · ".join(parts)


# The age a party's birth-date calendar opens at.
ADULT_AGE = 35


class PersonForm(QGroupBox):
    """Emits ``chosen(PersonView | None)`` when an existing person is picked or released."""

    chosen = Signal(object)

    def __init__(
        self,
        context: UiContext,
        role: FieldId,
        title: str,
        errors: FieldErrors,
        locale: str,
        words: OfficeWords,
    ) -> None:
        super().__init__(title)
        self.context = context
        #: The office's words for ID documents (its profile's ``[terminos]``).
        self.words = words
        #: How services name this party in problems: ``Intake.CLAIMANT``, ``Intake.RESPONDENT``.
        self.role = role
        self.existing: PersonView | None = None

        self.first_names = QLineEdit()
        self.last_names = QLineEdit()
        self.id_type = QComboBox()
        for kind in IdType:
            self.id_type.addItem(words.id_document(kind), kind)
        self.id_number = QLineEdit()
        self.id_number.setMaxLength(40)
        self.sex = QComboBox()
        for sex in (Sex.FEMALE, Sex.MALE, Sex.UNSPECIFIED):
            self.sex.addItem(label(sex), sex)
        self.sex.setCurrentIndex(2)
        self.birth_date = DateField()
        # The calendar opens among adults' birth years, not on this month.
        self.birth_date.set_default_page(years_before(context.now().date(), ADULT_AGE))
        self.nationality = QLineEdit()
        self.nationality.setMaxLength(80)
        self.phone = QLineEdit()
        self.phone.setMaxLength(60)
        self.email = QLineEdit()
        self.email.setMaxLength(200)
        self.address = QLineEdit()
        self.occupation = QLineEdit()
        self.employer = QLineEdit()
        self.income = MoneyField(locale)

        # the chosen person, instead of the fields
        self.banner = QFrame()
        self.banner.setObjectName("existingPerson")
        self.banner.setStyleSheet(
            "#existingPerson { background: #eaf2f8; border: 1px solid #2471a3;"
            " border-radius: 4px; }"
        )
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.release = QPushButton(tr("Cambiar de persona"))
        self.release.clicked.connect(lambda: self.use(None))
        banner = QHBoxLayout(self.banner)
        banner.addWidget(self.banner_text, 1)
        banner.addWidget(self.release)
        self.banner.hide()
        self.party_error = error_label()
        errors.bind(role, self.first_names, self.party_error)

        # suggestions
        self.suggestions: RowsModel[PersonView] = RowsModel(
            [
                Column(
                    tr("Persona"),
                    lambda p: person_line(p, words),
                    tooltip=lambda p: person_line(p, words),
                )
            ],
            self,
        )
        self.suggestion_list = QListView()
        self.suggestion_list.setModel(self.suggestions)
        self.suggestion_list.setAccessibleName(
            tr("{role}: personas ya registradas que coinciden").format(role=title)
        )
        self.suggestion_list.setMaximumHeight(110)
        self.suggestion_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.suggestion_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.suggestion_list.activated.connect(self._suggestion_chosen)
        self.suggestion_list.doubleClicked.connect(self._suggestion_chosen)
        self.use_button = QPushButton(icon("user"), tr("&Usar la persona elegida"))
        self.use_button.clicked.connect(
            lambda: self._suggestion_chosen(self.suggestion_list.currentIndex())
        )
        self.suggestion_note = QLabel()
        self.suggestion_note.setWordWrap(True)
        self.suggestion_note.setStyleSheet("color: #7d6608;")
        self.suggestion_box = QWidget()
        box = QVBoxLayout(self.suggestion_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.suggestion_note)
        box.addWidget(self.suggestion_list)
        box.addWidget(self.use_button)
        self.suggestion_box.hide()

        self.form = Form(errors, prefix=role)
        f = self.form
        f.row(tr("&Nombres:"), self.first_names, self.field(PersonPart.FIRST_NAMES))
        f.row(tr("&Apellidos:"), self.last_names, self.field(PersonPart.LAST_NAMES))
        f.row(tr("Tipo de &documento:"), self.id_type, self.field(PersonPart.ID_TYPE))
        f.row(tr("Nú&mero de documento:"), self.id_number, self.field(PersonPart.ID_NUMBER))
        f.layout.addRow(self.suggestion_box)
        f.row(tr("Se&xo:"), self.sex, self.field(PersonPart.SEX))
        f.row(tr("Fecha de nacimien&to:"), self.birth_date, self.field(PersonPart.BIRTH_DATE))
        f.row(tr("Nacionalida&d:"), self.nationality, self.field(PersonPart.NATIONALITY))
        f.row(tr("Telé&fono:"), self.phone, self.field(PersonPart.PHONE))
        f.row(tr("C&orreo:"), self.email, self.field(PersonPart.EMAIL))
        f.row(tr("Di&rección:"), self.address, self.field(PersonPart.ADDRESS))
        f.row(tr("Ocupac&ión:"), self.occupation, self.field(PersonPart.OCCUPATION))
        f.row(tr("Emp&leador/a:"), self.employer, self.field(PersonPart.EMPLOYER))
        f.row(tr("Ingreso &mensual:"), self.income, self.field(PersonPart.MONTHLY_INCOME))
        self.fields = QWidget()
        self.fields.setLayout(f.layout)
        layout = QVBoxLayout(self)
        layout.addWidget(self.party_error)
        layout.addWidget(self.banner)
        layout.addWidget(self.fields)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        for field in (self.first_names, self.last_names, self.id_number):
            field.textEdited.connect(lambda _t: self._timer.start())
            field.installEventFilter(self)
        # Tab goes from the ID number to the suggestions (when shown), then on to «Sexo».
        QWidget.setTabOrder(self.id_number, self.suggestion_list)
        QWidget.setTabOrder(self.suggestion_list, self.use_button)
        QWidget.setTabOrder(self.use_button, self.sex)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """↓ in a name or ID field goes down to the suggestions."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.suggestion_box.isVisible()
        ):
            self.suggestion_list.setFocus()
            return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ search
    def query(self) -> str:
        parts = (self.first_names.text(), self.last_names.text(), self.id_number.text())
        return " ".join(p.strip() for p in parts if p.strip())

    def search(self) -> None:
        self._timer.stop()
        text = self.query()
        if len(text.replace(" ", "")) < 3:
            self.suggestions.set_rows([])
            self.suggestion_box.hide()
            return
        found = run_service(
            self.context.messages,
            lambda: search_people(self.context.db, self.context.actor, text, limit=SUGGESTIONS + 1),
        )
        found = found or []
        more = len(found) > SUGGESTIONS
        self.suggestions.set_rows(found[:SUGGESTIONS])
        self.suggestion_box.setVisible(bool(found))
        if found:
            note = tr("¿Ya está registrada? Elija la persona para no registrarla dos veces.")
            if more:
                note += " " + tr("Hay más coincidencias: siga escribiendo.")
            self.suggestion_note.setText(note)
            self.suggestion_list.setCurrentIndex(self.suggestions.index(0, 0))

    def _suggestion_chosen(self, index: QModelIndex) -> None:
        person = index.data(ROW_ROLE) if index.isValid() else None
        if isinstance(person, PersonView):
            self.use(person)

    def use(self, person: PersonView | None) -> None:
        """Reuse ``person`` (or go back to typing a new one with ``None``)."""
        self.existing = person
        self.fields.setVisible(person is None)
        self.banner.setVisible(person is not None)
        self.suggestion_box.hide()
        if person is not None:
            self.banner_text.setText(
                tr("Persona ya registrada: {line}").format(line=person_line(person, self.words))
            )
            self.release.setFocus()
        else:
            self.first_names.setFocus()
        self.chosen.emit(person)

    # ------------------------------------------------------------------ value
    def field(self, part: PersonPart) -> FieldId:
        """The identity services report ``part`` of this party under."""
        return person_field(self.role, part)

    def income_problem(self) -> FieldProblem | None:
        try:
            self.income.value()
        except ValueError:
            return FieldProblem(
                self.field(PersonPart.MONTHLY_INCOME), tr("escriba un monto, p. ej. 12,500.00")
            )
        return None

    def value(self) -> PersonInput:
        if self.existing is not None:
            return PersonInput(existing_id=self.existing.id)
        try:
            income: Decimal | None = self.income.value()
        except ValueError:
            income = None
        return PersonInput(
            first_names=self.first_names.text(),
            last_names=self.last_names.text(),
            id_type=IdType(self.id_type.currentData()),
            id_number=self.id_number.text(),
            sex=Sex(self.sex.currentData()),
            birth_date=self.birth_date.value(),
            nationality=self.nationality.text(),
            address=self.address.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            occupation=self.occupation.text(),
            employer=self.employer.text(),
            monthly_income=income,
        )
