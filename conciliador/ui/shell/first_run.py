"""First start on an empty database: create the office and its administrator from a criteria
profile, or fill the database with demonstration data to explore."""

from __future__ import annotations

import getpass
import secrets

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from conciliador.criteria import DEFAULT_PROFILE, ProfileError, available_profiles, load_profile
from conciliador.demo import DemoSpec, DemoSummary, generate_demo
from conciliador.domain.enums import OfficeLevel, Role
from conciliador.services.actor import Actor
from conciliador.services.context import Database
from conciliador.services.errors import FieldProblem, ServiceError, ValidationFailed
from conciliador.services.fields import OfficeFields as O
from conciliador.services.fields import UserFields as U
from conciliador.services.setup import FirstAdmin, FirstOffice, check_first_office, initialize
from conciliador.services.users import MIN_PASSWORD
from conciliador.ui.errors import report_unexpected
from conciliador.ui.feedback import FieldErrors
from conciliador.ui.i18n import tr
from conciliador.ui.icons import icon
from conciliador.ui.labels import label
from conciliador.ui.tasks import Cancelled, Progress, TaskRunner
from conciliador.ui.widgets.forms import Form, error_label
from conciliador.ui.widgets.places import (
    chosen_municipality,
    fill_departments,
    fill_municipalities,
)

PAGE_WELCOME, PAGE_OFFICE, PAGE_ADMIN, PAGE_DEMO, PAGE_READY = range(5)
DEMO_CASES = 1500


def assistant_actor() -> Actor:
    """Whoever runs the first start holds the database file itself (like the command line)."""
    try:
        who = getpass.getuser()
    except (KeyError, OSError):
        who = ""
    return Actor(
        user_id=None,
        login="sistema",
        name=f"asistente de primer inicio{f' ({who})' if who else ''}",
        role=Role.ADMINISTRADOR,
        office_id=None,
        office_ids=None,
        is_system=True,
    )


def _wrapped(text: str) -> QLabel:
    widget = QLabel(text)
    widget.setWordWrap(True)
    return widget


class WelcomePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr("Bienvenida"))
        self.setSubTitle(tr("Esta base de datos está vacía. ¿Cómo desea empezar?"))
        self.create_choice = QRadioButton(tr("&Crear la primera oficina y su administrador"))
        self.demo_choice = QRadioButton(tr("&Explorar con datos de demostración"))
        self.create_choice.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.create_choice)
        group.addButton(self.demo_choice)
        layout = QVBoxLayout(self)
        layout.addWidget(self.create_choice)
        layout.addWidget(
            _wrapped(
                tr(
                    "Para empezar a trabajar: la oficina toma los criterios unificados de su "
                    "país (feriados, horario, plazos, redacción de las actas) y usted será su "
                    "administrador/a."
                )
            )
        )
        layout.addSpacing(12)
        layout.addWidget(self.demo_choice)
        layout.addWidget(
            _wrapped(
                tr(
                    "Llena esta base con oficinas, personal, casos y audiencias ficticios para "
                    "conocer el programa. No la use después para trabajar de verdad."
                )
            )
        )
        layout.addStretch(1)

    def nextId(self) -> int:
        return PAGE_DEMO if self.demo_choice.isChecked() else PAGE_OFFICE


class OfficePage(QWizardPage):
    def __init__(self, errors: FieldErrors) -> None:
        super().__init__()
        self.setTitle(tr("La oficina"))
        self.setSubTitle(
            tr("La primera oficina de esta base. Luego podrá crear sus salas y su personal.")
        )
        self.profile = QComboBox()
        for code in available_profiles():
            try:
                name = load_profile(code).info.name
            except ProfileError:
                continue
            self.profile.addItem(f"{name} ({code})", code)
        self.profile.setCurrentIndex(max(0, self.profile.findData(DEFAULT_PROFILE)))
        self.level = QComboBox()
        for level in (OfficeLevel.MUNICIPAL, OfficeLevel.DEPARTAMENTAL, OfficeLevel.NACIONAL):
            self.level.addItem(label(level), level)
        self.code = QLineEdit()
        self.code.setMaxLength(20)
        self.code.setPlaceholderText(tr("p. ej. MN-D2"))
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.name.setPlaceholderText(tr("p. ej. Delegación Distrital II de Managua"))
        self.subdivision = QLineEdit()
        self.subdivision.setMaxLength(10)
        self.address = QLineEdit()
        self.article = QComboBox()
        for article in ("la", "el", "las", "los"):
            self.article.addItem(article, article)
        self.article.addItem(tr("(ninguno)"), "")
        self.department = QComboBox()
        self.municipality = QComboBox()
        form = Form(errors)
        form.row(tr("Criterios &unificados de:"), self.profile, O.PROFILE)
        form.row(tr("&Nivel:"), self.level, O.LEVEL)
        form.row(tr("Có&digo:"), self.code, O.CODE)
        form.row(tr("N&ombre:"), self.name, O.NAME)
        form.row(
            tr("&Artículo del nombre:"),
            self.article,
            O.ARTICLE,
            hint=tr("Como se dice en una frase: «Acuda a la Delegación…», «al Centro…»."),
        )
        form.row(tr("De&partamento o región:"), self.department, O.DEPARTMENT)
        form.row(
            tr("&Municipio:"),
            self.municipality,
            O.MUNICIPALITY,
            hint=tr("Donde se firman las actas: «En Tipitapa, a los…»."),
        )
        form.row(
            tr("Subdivisión (&feriados):"),
            self.subdivision,
            O.SUBDIVISION,
            hint=tr("Código del departamento o región, para sus feriados locales (p. ej. MN)."),
        )
        form.row(tr("Di&rección:"), self.address, O.ADDRESS)
        self.profile.currentIndexChanged.connect(self._profile_changed)
        self.department.currentIndexChanged.connect(self._department_changed)
        self._profile_changed()
        self.setLayout(form.layout)

    def _profile_changed(self) -> None:
        try:
            regional = load_profile(self.profile.currentData()).regional
        except ProfileError:
            return
        self.subdivision.setPlaceholderText(regional.holidays_subdivision or "")
        fill_departments(self.department, self.profile.currentData() or "")
        self._department_changed()

    def _department_changed(self) -> None:
        """The municipalities of the chosen department; typed where the list is not shipped."""
        fill_municipalities(
            self.municipality,
            self.profile.currentData() or "",
            self.department.currentData() or "",
        )

    def first_office(self) -> FirstOffice:
        return FirstOffice(
            code=self.code.text(),
            name=self.name.text(),
            level=OfficeLevel(self.level.currentData()),
            profile_code=self.profile.currentData(),
            subdivision=self.subdivision.text().strip().upper() or None,
            address=self.address.text().strip(),
            department=self.department.currentData() or "",
            municipality=(chosen_municipality(self.municipality)),
            name_article=self.article.currentData(),
        )


class AdminPage(QWizardPage):
    def __init__(self, errors: FieldErrors, general: QLabel) -> None:
        super().__init__()
        self.setTitle(tr("El administrador o la administradora"))
        self.setSubTitle(
            tr(
                "Crea el personal, las salas y los días de cierre. Contraseña de al menos {n} "
                "caracteres, con letras y números o signos."
            ).format(n=MIN_PASSWORD)
        )
        self.login = QLineEdit()
        self.login.setMaxLength(60)
        self.login.setPlaceholderText(tr("p. ej. carla.ruiz"))
        self.full_name = QLineEdit()
        self.id_number = QLineEdit()
        self.email = QLineEdit()
        self.password = QLineEdit()
        self.repeat = QLineEdit()
        for field in (self.password, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        form = Form(errors)
        form.row(tr("&Usuario:"), self.login, U.LOGIN)
        form.row(tr("&Nombre completo:"), self.full_name, U.FULL_NAME)
        form.row(tr("&Cédula:"), self.id_number, U.ID_NUMBER)
        form.row(tr("C&orreo:"), self.email, U.EMAIL)
        form.row(tr("Con&traseña:"), self.password, U.PASSWORD)
        form.row(tr("&Repita la contraseña:"), self.repeat, U.REPEAT_PASSWORD)
        layout = QVBoxLayout(self)
        layout.addLayout(form.layout)
        layout.addWidget(general)
        layout.addStretch(1)

    def first_admin(self) -> FirstAdmin:
        return FirstAdmin(
            login=self.login.text(),
            full_name=self.full_name.text(),
            password=self.password.text(),
            id_number=self.id_number.text().strip(),
            email=self.email.text().strip(),
        )

    def nextId(self) -> int:
        return PAGE_READY


class DemoPage(QWizardPage):
    """Loads the demonstration off the GUI thread, with progress and «Cancelar»."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(tr("Datos de demostración"))
        self.setSubTitle(
            tr(
                "{n} casos ficticios en 16 oficinas de Nicaragua, con su personal y sus "
                "audiencias de este mes y del anterior."
            ).format(n=DEMO_CASES)
        )
        self.password = QLineEdit(f"demo-{secrets.token_hex(3)}")
        self.password.setMaxLength(60)
        self.status = QLabel()
        self.status.setWordWrap(True)
        # The password's problems go under it; the size of the load (``DemoFields``, fixed
        # here) would be said in the status line.
        self.errors = FieldErrors(self.status)
        form = Form(self.errors)
        form.row(
            tr("&Contraseña de todos los usuarios:"),
            self.password,
            U.PASSWORD,
            hint=tr("Anótela: la necesitará para entrar con cualquier usuario de la demostración."),
        )
        self.load = QPushButton(icon("export"), tr("Cargar la &demostración"))
        self.cancel = QPushButton(tr("Cancelar la carga"))
        self.cancel.hide()
        self.bar = QProgressBar()
        self.bar.setRange(0, DEMO_CASES)
        self.bar.setAccessibleName(tr("Progreso de la carga"))
        self.bar.hide()
        self.load.clicked.connect(self.start)
        layout = QVBoxLayout(self)
        layout.addLayout(form.layout)
        layout.addWidget(self.load)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.summary: DemoSummary | None = None
        self._progress: Progress | None = None

    def isComplete(self) -> bool:
        return self.summary is not None

    def nextId(self) -> int:
        return PAGE_READY

    def start(self) -> None:
        password = self.password.text()
        self.errors.clear()
        self.status.clear()
        self.load.setEnabled(False)
        self.password.setEnabled(False)
        self.bar.setValue(0)
        self.bar.show()
        self.cancel.show()
        self.cancel.setEnabled(True)
        db = self.owner.db

        def work(progress: Progress) -> DemoSummary:
            return generate_demo(
                db,
                assistant_actor(),
                DemoSpec(cases=DEMO_CASES, password=password),
                progress=lambda done: progress(done, DEMO_CASES),
            )

        self._progress = self.owner.tasks.run(work, self._done, self._failed, self._step)
        if self._progress is not None and self.summary is None:
            self.cancel.clicked.connect(self._progress.cancel)

    def _step(self, done: int, total: int) -> None:
        self.bar.setMaximum(total)
        self.bar.setValue(done)

    def _finish(self) -> None:
        self.bar.hide()
        self.cancel.hide()
        self.load.setEnabled(True)
        self.password.setEnabled(True)

    def _done(self, summary: DemoSummary) -> None:
        self._finish()
        self.load.setEnabled(False)
        self.password.setEnabled(False)
        self.summary = summary
        self.owner.demo_password = self.password.text()
        self.status.setText(
            tr("Demostración cargada: {cases} casos y {hearings} audiencias.").format(
                cases=summary.cases, hearings=summary.hearings
            )
        )
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        if isinstance(exc, Cancelled):
            self.status.setText(tr("Carga cancelada: la base sigue vacía."))
        elif isinstance(exc, ValidationFailed):
            self.errors.show(exc.problems)
        elif isinstance(exc, ServiceError):
            self.status.setText(str(exc))
        else:
            report_unexpected(exc, self)


class ReadyPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(tr("Todo listo"))
        self.text = _wrapped("")
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)
        self.setFinalPage(True)

    def initializePage(self) -> None:
        summary = self.owner.demo_summary
        if summary is None:
            self.setSubTitle(tr("La oficina y su administrador/a quedaron creados."))
            self.text.setText(
                tr(
                    "Entre ahora con el usuario «{login}». En Administración cree las salas, "
                    "el personal y los días de cierre de la oficina."
                ).format(login=self.owner.admin_login)
            )
            return
        self.setSubTitle(tr("La demostración está cargada."))
        examples: dict[str, tuple[str, str]] = {}
        for login, role, office in summary.logins:
            examples.setdefault(role, (login, office))
        lines = [
            tr("Entre con cualquiera de estos usuarios (contraseña «{password}»):").format(
                password=self.owner.demo_password
            )
        ]
        lines += [f"  • {login} — {role} ({office})" for role, (login, office) in examples.items()]
        self.text.setText("\n".join(lines))


class FirstRunWizard(QWizard):
    """Emits ``ready(login_hint)`` once the database has its first office."""

    ready = Signal(str)

    def __init__(self, db: Database, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.tasks = tasks
        self.admin_login = ""
        self.demo_password = ""
        self.setWindowTitle(tr("Primer inicio"))
        self.setWindowIcon(icon("app"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setMinimumSize(640, 520)
        self.general = error_label()
        self.errors = FieldErrors(self.general)
        self.welcome = WelcomePage()
        self.office_page = OfficePage(self.errors)
        self.admin_page = AdminPage(self.errors, self.general)
        self.demo_page = DemoPage(self)
        self.ready_page = ReadyPage(self)
        self.setPage(PAGE_WELCOME, self.welcome)
        self.setPage(PAGE_OFFICE, self.office_page)
        self.setPage(PAGE_ADMIN, self.admin_page)
        self.setPage(PAGE_DEMO, self.demo_page)
        self.setPage(PAGE_READY, self.ready_page)
        self.setStartId(PAGE_WELCOME)
        self.accepted.connect(self._announce)

    @property
    def demo_summary(self) -> DemoSummary | None:
        return self.demo_page.summary

    def validateCurrentPage(self) -> bool:
        if self.currentId() == PAGE_OFFICE:
            return self.check_office()
        if self.currentId() == PAGE_ADMIN:
            return self.create_office()
        return super().validateCurrentPage()

    def check_office(self) -> bool:
        """The office's answers are checked on its own page, before the administrator's."""
        self.errors.clear()
        try:
            check_first_office(self.db, assistant_actor(), self.office_page.first_office())
        except ValidationFailed as exc:
            self.errors.show(exc.problems)
            return False
        except ServiceError as exc:
            self.general.setText(str(exc))
            self.general.show()
            return False
        return True

    def create_office(self) -> bool:
        admin = self.admin_page
        self.errors.clear()
        if admin.password.text() != admin.repeat.text():
            self.errors.show([FieldProblem(U.REPEAT_PASSWORD, tr("no coincide con la contraseña"))])
            return False
        try:
            _office, user = initialize(
                self.db, assistant_actor(), self.office_page.first_office(), admin.first_admin()
            )
        except ValidationFailed as exc:
            office_fields = {
                O.CODE,
                O.NAME,
                O.PROFILE,
                O.ARTICLE,
                O.DEPARTMENT,
                O.MUNICIPALITY,
                O.SUBDIVISION,
                O.LEVEL,
                O.ADDRESS,
            }
            if any(p.field in office_fields for p in exc.problems):
                self.back()
            self.errors.show(exc.problems)
            return False
        except ServiceError as exc:
            self.general.setText(str(exc))
            self.general.show()
            return False
        self.admin_login = user.login
        admin.password.clear()
        admin.repeat.clear()
        return True

    def _announce(self) -> None:
        if self.demo_summary is not None:
            self.ready.emit("admin")
        else:
            self.ready.emit(self.admin_login)
