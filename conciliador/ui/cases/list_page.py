"""The office's cases: search by number, name or ID number; filter by status."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from conciliador.domain.enums import CaseStatus, Matter
from conciliador.domain.record_numbers import NumberKind, tagged
from conciliador.services.case_list import CaseSummary, list_cases
from conciliador.services.office_words import OfficeWords
from conciliador.services.permissions import Permission, allowed
from conciliador.ui.context import UiContext
from conciliador.ui.feedback import run_service
from conciliador.ui.i18n import count, tr
from conciliador.ui.icons import icon
from conciliador.ui.labels import label
from conciliador.ui.widgets.table import RowTable
from conciliador.ui.widgets.table_model import Column, RowsModel

SEARCH_DELAY_MS = 200
FLAGGED = QColor("#fdedec")
OPEN = frozenset({CaseStatus.SOLICITADA, CaseStatus.EN_TRAMITE, CaseStatus.DERIVADA})


def short_matter(matter: Matter, words: OfficeWords | None = None) -> str:
    """A matter's name short enough for a list, as the office's profile words it."""
    if words is not None:
        return words.short_matter(matter)
    return {
        Matter.ALIMENTOS: tr("Alimentos"),
        Matter.VISITAS: tr("Visitas"),
        Matter.CUIDO: tr("Cuido y crianza"),
    }[matter]


def case_columns(
    words: Callable[[], OfficeWords | None] = lambda: None,
) -> list[Column[CaseSummary]]:
    """The list's columns; ``words`` gives the shown office's words for the matters."""

    def matter(m: Matter) -> str:
        w = words()
        return w.matter(m) if w is not None else label(m)

    def status(c: CaseSummary) -> str:
        text = label(c.status)
        if c.outcome is not None:
            text += f" — {label(c.outcome)}"
        return text

    return [
        Column(tr("Caso"), lambda c: tagged(NumberKind.CASO, c.number)),
        Column(tr("Solicitud"), lambda c: f"{c.request_date:%d/%m/%Y}"),
        Column(tr("Solicitante"), lambda c: c.claimant_name),
        Column(tr("Parte citada"), lambda c: c.respondent_name),
        Column(
            tr("Materias"),
            lambda c: ", ".join(short_matter(m, words()) for m in c.matters),
            tooltip=lambda c: "\n".join(matter(m) for m in c.matters),
        ),
        Column(
            tr("Estado"),
            status,
            tooltip=lambda c: (
                tr("Tamizaje de salvaguarda positivo") if c.safeguarding_flagged else ""
            ),
            background=lambda c: FLAGGED if c.safeguarding_flagged else None,
        ),
        Column(
            tr("Próxima audiencia"),
            lambda c: f"{c.next_hearing:%d/%m/%Y %H:%M}" if c.next_hearing else "",
        ),
    ]


class CaseListPage(QWidget):
    open_requested = Signal(int)
    new_requested = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        #: The shown office's words for matters and IDs (set by the cases area).
        self.words: OfficeWords | None = None
        title = QLabel(tr("Casos"))
        title.setStyleSheet("font-size: 17px; font-weight: bold;")
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setPlaceholderText(tr("Número de caso, nombre o cédula de una parte"))
        search_label = QLabel(tr("&Buscar:"))
        search_label.setBuddy(self.search)
        self.status = QComboBox()
        self.status.addItem(tr("Abiertos"), OPEN)
        self.status.addItem(tr("Todos"), None)
        for status in CaseStatus:
            self.status.addItem(label(status), frozenset({status}))
        status_label = QLabel(tr("&Estado:"))
        status_label.setBuddy(self.status)
        self.new_button = QPushButton(icon("add"), tr("&Nueva solicitud"))
        self.new_button.setToolTip(tr("Registrar una nueva solicitud (Ctrl+N)"))
        self.new_button.setShortcut("Ctrl+N")
        self.new_button.setVisible(allowed(context.actor, Permission.REGISTER_CASE))
        self.new_button.clicked.connect(self.new_requested.emit)
        self.model: RowsModel[CaseSummary] = RowsModel(case_columns(lambda: self.words), self)
        self.table = RowTable(tr("Casos de la oficina"))
        self.table.setModel(self.model)
        self.table.opened.connect(lambda c: self.open_requested.emit(c.id))
        self.note = QLabel()
        self.note.setStyleSheet("color: #566573;")
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        top.addWidget(status_label)
        top.addWidget(self.status)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.load)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.status.currentIndexChanged.connect(lambda _i: self.load())
        self.search.returnPressed.connect(self._open_first)

    def set_words(self, words: OfficeWords) -> None:
        self.words = words
        self.search.setPlaceholderText(
            tr("Número de caso, nombre o número de {document} de una parte").format(
                document=words.national_id
            )
        )

    def load(self) -> None:
        self._timer.stop()
        query = self.search.text()
        page = run_service(
            self.context.messages,
            lambda: list_cases(
                self.context.db,
                self.context.actor,
                self.context.office.id,
                query=query,
                statuses=self.status.currentData(),
            ),
        )
        if page is None:
            return
        self.model.set_rows(page.rows)
        self.table.fit_columns(stretch=4)
        if not page.rows:
            self.note.setText(
                tr("Ningún caso coincide con la búsqueda.")
                if query.strip()
                else tr("No hay casos.")
            )
        elif page.more:
            self.note.setText(
                tr("Se muestran los {n} más recientes: precise la búsqueda para ver otros.").format(
                    n=len(page.rows)
                )
            )
        else:
            self.note.setText(count(len(page.rows), tr("{n} caso."), tr("{n} casos.")))

    def _open_first(self) -> None:
        self.load()
        if self.model.rowCount() == 1:
            self.open_requested.emit(self.model.row(0).id)
        elif self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)
