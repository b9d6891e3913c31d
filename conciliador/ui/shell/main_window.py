"""The main window: the areas the signed-in person may use, a message bar, the office chooser.

It holds no rule and no data of its own: each area is a widget built from the ``UiContext``
(see ``areas.py``), created the first time it is opened.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from conciliador import __version__
from conciliador.applog import log_dir
from conciliador.criteria import ProfileError, load_profile
from conciliador.services.offices import OfficeView, list_offices
from conciliador.ui import settings
from conciliador.ui.context import UiContext
from conciliador.ui.i18n import LANGUAGES, current_language, tr, use_office_numbers
from conciliador.ui.icons import icon
from conciliador.ui.labels import label
from conciliador.ui.messages import MessageBar
from conciliador.ui.shell.areas import AREAS, AreaSpec, HasHome, Refreshable, areas_for

GEOMETRY = "ventana/geometria"
STATE = "ventana/estado"
LAST_AREA = "ventana/area"

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    signed_out = Signal()
    change_password = Signal()
    language_chosen = Signal(str)

    def __init__(self, context: UiContext, areas: Sequence[AreaSpec] = AREAS) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("mainWindow")
        self.setWindowIcon(icon("app"))
        self.setMinimumSize(QSize(960, 600))
        self.specs = areas_for(context.actor, areas)
        self.widgets: dict[str, QWidget] = {}
        self.offices: list[OfficeView] = list_offices(context.db, context.actor)
        if not context.office.chosen and self.offices:
            context.office.set(self.offices[0].id)

        self._use_office_numbers()  # before any area builds its fields
        self.stack = QStackedWidget()
        self.message_bar = MessageBar(context.messages)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 6, 8, 4)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.nav = QToolBar(tr("Áreas"))
        self.nav.setObjectName("areas")
        self.nav.setMovable(False)
        self.nav.setOrientation(Qt.Orientation.Vertical)
        self.nav.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        self.nav.setIconSize(QSize(28, 28))
        self.nav.setStyleSheet(
            "QToolBar#areas { background: #eef2f5; border-right: 1px solid #d5dde3; }"
            " QToolBar#areas QToolButton { min-width: 92px; padding: 8px 4px; }"
            " QToolBar#areas QToolButton:checked { background: #d6e6f2;"
            " border-left: 3px solid #1f5f8b; }"
        )
        self.addToolBar(Qt.ToolBarArea.LeftToolBarArea, self.nav)
        self.area_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        group.setExclusive(True)
        for number, spec in enumerate(self.specs, start=1):
            action = QAction(icon(spec.icon), spec.title(), self)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.setToolTip(f"{spec.title()} (Ctrl+{number})")
            action.triggered.connect(lambda _checked=False, key=spec.key: self.go_home(key))
            group.addAction(action)
            self.nav.addAction(action)
            self.area_actions[spec.key] = action

        self.office_box = QComboBox()
        self.office_box.setAccessibleName(tr("Oficina"))
        self.office_box.setMinimumContentsLength(36)
        self.office_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        for office in self.offices:
            self.office_box.addItem(f"{office.code} — {office.name}", office.id)
        if context.office.chosen:
            self.office_box.setCurrentIndex(max(0, self.office_box.findData(context.office.id)))
        self.office_box.currentIndexChanged.connect(self._office_picked)
        if len(self.offices) > 1:
            top = QToolBar(tr("Oficina"))
            top.setObjectName("office")
            top.setMovable(False)
            office_label = QLabel(tr("  &Oficina: "))
            office_label.setBuddy(self.office_box)
            top.addWidget(office_label)
            top.addWidget(self.office_box)
            self.addToolBar(Qt.ToolBarArea.TopToolBarArea, top)

        self._build_menus()
        self._build_status_bar()
        context.office.changed.connect(self._office_changed)
        context.navigation.case_requested.connect(self.open_case)
        context.navigation.acta_requested.connect(self.open_acta)
        self._update_title()
        self._restore()
        first = settings.get_text(LAST_AREA)
        keys = [s.key for s in self.specs]
        if keys:
            self.show_area(first if first in keys else keys[0])
        if "pendientes" in keys:
            self._announce_pending()

    def _announce_pending(self) -> None:
        """At sign-in: how many early alerts wait for this person (the «Pendientes» area)."""
        from conciliador.services.followup.alerts import my_alerts

        ctx = self.context
        ctx.tasks.run(
            lambda _p: my_alerts(ctx.db, ctx.actor, now=ctx.now()),
            self._pending_counted,
            lambda exc: log.warning("no se pudieron contar las alertas pendientes: %s", exc),
        )

    def _pending_counted(self, alerts: list[object]) -> None:
        if not alerts:
            return
        self.area_actions["pendientes"].setText(tr("Pendientes ({n})").format(n=len(alerts)))
        self.context.messages.info(
            tr("Tiene {n} alerta(s) pendiente(s): véalas en «Pendientes».").format(n=len(alerts))
        )

    # ------------------------------------------------------------------ building
    def _build_menus(self) -> None:
        menu = self.menuBar()
        session = menu.addMenu(tr("&Sesión"))
        password = session.addAction(icon("key"), tr("Cambiar mi &contraseña…"))
        password.triggered.connect(self.change_password.emit)
        sign_out = session.addAction(icon("logout"), tr("C&errar sesión"))
        sign_out.setShortcut(QKeySequence("Ctrl+Shift+L"))
        sign_out.triggered.connect(self.sign_out)
        session.addSeparator()
        leave = session.addAction(tr("&Salir"))
        leave.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        leave.triggered.connect(self.close)

        view = menu.addMenu(tr("&Ver"))
        for action in self.area_actions.values():
            view.addAction(action)
        view.addSeparator()
        refresh = view.addAction(icon("refresh"), tr("&Actualizar"))
        refresh.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        refresh.triggered.connect(self.refresh_current)
        languages = view.addMenu(tr("&Idioma"))
        group = QActionGroup(self)
        for code, name in LANGUAGES.items():
            action = languages.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == current_language())
            action.triggered.connect(lambda _c=False, code=code: self.language_chosen.emit(code))
            group.addAction(action)

        helper = menu.addMenu(tr("A&yuda"))
        logs = helper.addAction(tr("Abrir la carpeta de &registros"))
        logs.triggered.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_dir()))))
        about = helper.addAction(tr("&Acerca de Conciliador"))
        about.triggered.connect(self.about)

    def _build_status_bar(self) -> None:
        actor = self.context.actor
        who = QLabel(f"{actor.name} · {label(actor.role)}")
        where = QLabel(self.context.db.display_url)
        where.setStyleSheet("color: #808b96;")
        self.statusBar().addWidget(who)
        self.statusBar().addPermanentWidget(where)

    # ------------------------------------------------------------------ areas
    @property
    def current_key(self) -> str | None:
        widget = self.stack.currentWidget()
        for key, built in self.widgets.items():
            if built is widget:
                return key
        return None

    def area(self, key: str) -> QWidget:
        """The area's widget, built on first use."""
        if key not in self.widgets:
            spec = next(s for s in self.specs if s.key == key)
            widget = spec.factory(self.context)
            widget.setObjectName(f"area_{key}")
            self.widgets[key] = widget
            self.stack.addWidget(widget)
        return self.widgets[key]

    def show_area(self, key: str) -> None:
        already = key in self.widgets
        widget = self.area(key)
        self.stack.setCurrentWidget(widget)
        self.area_actions[key].setChecked(True)
        if already and isinstance(widget, Refreshable):
            widget.refresh()
        settings.set_value(LAST_AREA, key)
        self._update_title()

    def go_home(self, key: str) -> None:
        """The person picked the area in the navigation: its first page, not whatever it
        showed last (the Casos area opens on its list, with «Nueva solicitud» in its place,
        not on the last case with «Derivar…» there)."""
        self.show_area(key)
        widget = self.widgets[key]
        if isinstance(widget, HasHome):
            widget.home()

    def open_case(self, case_id: int) -> None:
        """Another area asked for a case's file (the agenda's «Abrir el caso» …)."""
        if "casos" in self.area_actions:
            self.show_area("casos")
            opener = getattr(self.widgets["casos"], "open_case", None)
            if opener is not None:
                opener(case_id)

    def open_acta(self, agreement_id: int) -> None:
        """Another area asked for the acta of an outcome (the agreement editor …)."""
        if "actas" in self.area_actions:
            self.show_area("actas")
            shower = getattr(self.widgets["actas"], "show_agreement", None)
            if shower is not None:
                shower(agreement_id)
            self.raise_()
            self.activateWindow()

    def refresh_current(self) -> None:
        widget = self.stack.currentWidget()
        if isinstance(widget, Refreshable):
            widget.refresh()

    # ------------------------------------------------------------------ office
    def _office_picked(self, _index: int) -> None:
        office_id = self.office_box.currentData()
        if office_id is not None:
            self.context.office.set(office_id)

    def _office_changed(self, office_id: int) -> None:
        self._use_office_numbers()
        index = self.office_box.findData(office_id)
        if index >= 0 and index != self.office_box.currentIndex():
            self.office_box.setCurrentIndex(index)
        self._update_title()

    def current_office(self) -> OfficeView | None:
        if not self.context.office.chosen:
            return None
        return next((o for o in self.offices if o.id == self.context.office.id), None)

    def _use_office_numbers(self) -> None:
        office = self.current_office()
        if office is not None:
            try:
                use_office_numbers(load_profile(office.profile_code).regional.locale)
            except (OSError, ProfileError):  # a profile that does not load is said elsewhere
                log.warning("sin el perfil %s para los números", office.profile_code)

    def _update_title(self) -> None:
        office = self.current_office()
        actor = self.context.actor
        # The application's display name («Conciliador») is added by Qt at the end of every
        # window's title; writing it here too made «Conciliador — … — Conciliador».
        parts = []
        if office is not None:
            parts.append(f"{office.code} {office.name}")
        parts.append(f"{actor.name} ({label(actor.role)})")
        self.setWindowTitle(" — ".join(parts))

    # ------------------------------------------------------------------ session
    def sign_out(self) -> None:
        self._save()
        self.signed_out.emit()
        self.hide()

    def about(self) -> None:
        QMessageBox.about(
            self,
            tr("Acerca de Conciliador"),
            tr(
                "Conciliador {version}\n\nAudiencias de conciliación familiar: agenda, "
                "solicitudes, acuerdos y actas con los criterios unificados del ministerio."
            ).format(version=__version__),
        )

    def _restore(self) -> None:
        geometry = settings.get_bytes(GEOMETRY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        state = settings.get_bytes(STATE)
        if state is not None:
            self.restoreState(state)

    def _save(self) -> None:
        settings.set_value(GEOMETRY, self.saveGeometry())
        settings.set_value(STATE, self.saveState())

    def closeEvent(self, event: QCloseEvent) -> None:
        self._save()
        super().closeEvent(event)
