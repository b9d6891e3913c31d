"""The panel beside the agenda: the chosen hearing in full, and the moves allowed next."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from conciliador.documents.formatting import weekday_date
from conciliador.domain.enums import HearingMode
from conciliador.services.hearing_details import HearingAction, HearingDetail
from conciliador.services.office_words import OfficeWords
from conciliador.ui.agenda.dialogs import party_label
from conciliador.ui.agenda.palette import COLORS
from conciliador.ui.i18n import tr
from conciliador.ui.icons import icon
from conciliador.ui.labels import label


def _action_texts() -> dict[HearingAction, tuple[str, str]]:
    """action → (icon, button text), in the order the buttons appear."""
    return {
        HearingAction.DELIVER_CITATION: ("citation", tr("Citación &entregada…")),
        HearingAction.START: ("start", tr("&Iniciar la audiencia…")),
        HearingAction.NO_SHOW: ("noshow", tr("Ina&sistencia…")),
        HearingAction.SUSPEND: ("suspend", tr("Sus&pender…")),
        HearingAction.RESCHEDULE: ("reschedule", tr("&Reprogramar…")),
        HearingAction.CANCEL: ("cancel", tr("Ca&ncelar…")),
        HearingAction.ANNUL: ("annul", tr("An&ular…")),
        HearingAction.RECORD_OUTCOME: ("agreement", tr("Registrar el resultado y el &acuerdo…")),
        HearingAction.VIEW_AGREEMENT: ("agreement", tr("Ver o corregir el acuer&do…")),
        HearingAction.OPEN_ACTA: ("actas", tr("Ver el ac&ta")),
        HearingAction.PRINT_CITATIONS: ("print", tr("Imprimir las citaci&ones…")),
        HearingAction.CORRECT_TIMES: ("reschedule", tr("Corregir las &horas reales…")),
    }


def _value(text: str = "") -> QLabel:
    widget = QLabel(text)
    widget.setWordWrap(True)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return widget


class HearingPanel(QFrame):
    action_requested = Signal(object)  # HearingAction
    open_case = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hearingPanel")
        self.setAccessibleName(tr("Audiencia elegida"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(260)
        self.setMaximumWidth(380)
        self.detail: HearingDetail | None = None
        self.babel_locale = "es"

        self.empty = QLabel(
            tr("Elija una audiencia en la agenda para ver sus datos y lo que se puede hacer.")
        )
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #566573; padding: 12px;")

        self.status = QLabel()
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.case_number = QLabel()
        self.case_number.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.open_case_button = QPushButton(icon("case_open"), tr("Abrir el &caso"))
        self.open_case_button.clicked.connect(
            lambda: self.detail and self.open_case.emit(self.detail.hearing.case_id)
        )
        self.when = _value()
        self.officer = _value()
        self.place = _value()
        self.session = _value()
        self.claimant = _value()
        self.respondent = _value()
        self.matters = _value()
        self.citations = _value()
        self.record = _value()
        self.reason = _value()
        facts = QFormLayout()
        facts.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        for caption, widget in (
            (tr("Cuándo:"), self.when),
            (tr("Conciliador/a:"), self.officer),
            (tr("Lugar:"), self.place),
            (tr("Sesión:"), self.session),
            (tr("Solicitante:"), self.claimant),
            (tr("Citado/a:"), self.respondent),
            (tr("Materias:"), self.matters),
            (tr("Citaciones:"), self.citations),
            (tr("Horas reales:"), self.record),
            (tr("Motivo:"), self.reason),
        ):
            caption_label = QLabel(caption)
            caption_label.setStyleSheet("color: #566573;")
            caption_label.setBuddy(widget)
            widget.setAccessibleName(caption.rstrip(":"))
            facts.addRow(caption_label, widget)
        self._reason_row = facts.rowCount() - 1
        self._record_row = facts.rowCount() - 2
        self.facts = facts

        self.buttons: dict[HearingAction, QPushButton] = {}
        actions_box = QVBoxLayout()
        actions_box.setSpacing(4)
        for action, (icon_name, text) in _action_texts().items():
            button = QPushButton(icon(icon_name), text)
            button.setStyleSheet("text-align: left; padding: 5px 10px;")
            button.clicked.connect(lambda _c=False, a=action: self.action_requested.emit(a))
            actions_box.addWidget(button)
            self.buttons[action] = button
        self.no_actions = QLabel(tr("No hay acciones disponibles para esta audiencia."))
        self.no_actions.setWordWrap(True)
        self.no_actions.setStyleSheet("color: #566573;")
        actions_box.addWidget(self.no_actions)

        content = QWidget()
        body = QVBoxLayout(content)
        body.addWidget(self.status)
        body.addWidget(self.case_number)
        body.addWidget(self.open_case_button)
        body.addLayout(facts)
        actions_caption = QLabel(tr("Acciones"))
        actions_caption.setStyleSheet("font-weight: bold; margin-top: 8px;")
        body.addWidget(actions_caption)
        body.addLayout(actions_box)
        body.addStretch(1)
        self.content = content
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.empty)
        layout.addWidget(scroll, 1)
        self.scroller = scroll
        self.show_detail(None)

    def show_detail(
        self, detail: HearingDetail | None, locale: str = "es", words: OfficeWords | None = None
    ) -> None:
        """``words``: the office's words for the matters (its profile's ``[terminos]``)."""
        self.detail = detail
        self.babel_locale = locale
        self.empty.setVisible(detail is None)
        self.scroller.setVisible(detail is not None)
        if detail is None:
            return
        h = detail.hearing
        fill, accent = COLORS[h.status]
        self.status.setText(label(h.status))
        self.status.setStyleSheet(
            f"background: {fill}; color: #111827; border: 1px solid {accent};"
            f" border-left: 5px solid {accent}; border-radius: 4px; padding: 4px;"
            " font-weight: bold;"
        )
        self.case_number.setText(tr("Caso {case}").format(case=h.case_number))
        self.when.setText(
            f"{weekday_date(h.starts_at.date(), locale)}, {h.starts_at:%H:%M}–{h.ends_at:%H:%M}"
        )
        self.officer.setText(h.officer_name)
        self.place.setText(
            h.room_name if h.mode == HearingMode.PRESENCIAL and h.room_name else label(h.mode)
        )
        self.session.setText(
            tr("{session}.ª sesión · {round}.ª citación").format(
                session=h.session_number, round=h.citation_round
            )
        )
        self.claimant.setText(self._person(detail.claimant_name, detail.claimant_phone))
        self.respondent.setText(self._person(detail.respondent_name, detail.respondent_phone))
        self.matters.setText(
            "\n".join(words.matter(m) if words else label(m) for m in detail.matters)
        )
        lines = []
        for c in detail.citations:
            if c.delivered_at is None:
                state = tr("pendiente de entrega")
            else:
                method = label(c.method) if c.method else ""
                state = tr("entregada el {when} ({method})").format(
                    when=f"{c.delivered_at:%d/%m/%Y %H:%M}", method=method
                )
            lines.append(f"{party_label(c.party)}: {state}")
        self.citations.setText("\n".join(lines) or tr("sin citaciones"))
        self.record.setText(self._record(detail, locale))
        self.facts.setRowVisible(self._record_row, detail.started_at is not None)
        reason = h.status_reason
        if detail.replaced_by_id is not None:
            reason = (reason + "\n" if reason else "") + tr(
                "Continúa en otra audiencia del mismo caso."
            )
        self.reason.setText(reason)
        self.facts.setRowVisible(self._reason_row, bool(reason))
        for action, button in self.buttons.items():
            button.setVisible(action in detail.actions)
        self.no_actions.setVisible(not detail.actions)

    def _record(self, detail: HearingDetail, locale: str) -> str:
        """The hearing's own record: when it really started and ended, and why it started
        before its time or without its citations."""
        start, end = detail.started_at, detail.concluded_at
        if start is None:
            return ""
        lines = [
            tr("Inicio: {day}, {time}").format(
                day=weekday_date(start.date(), locale), time=f"{start:%H:%M}"
            )
        ]
        if end is not None:
            day = "" if end.date() == start.date() else weekday_date(end.date(), locale) + ", "
            lines.append(tr("Conclusión: {when}").format(when=f"{day}{end:%H:%M}"))
        if detail.start_reason:
            lines.append(tr("Motivo del inicio: {reason}").format(reason=detail.start_reason))
        return "\n".join(lines)

    def _person(self, name: str, phone: str) -> str:
        if phone.strip():
            return f"{name}\n☎ {phone}"
        return name + "\n" + tr("(sin teléfono)")
