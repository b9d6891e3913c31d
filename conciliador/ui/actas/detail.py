"""The chosen acta, beside the list: what it is and where it stands (number, dates, who
signed, what it replaces or what replaced it), what still keeps a borrador from being issued,
the moves allowed next, and the document previewed inside the app."""

from __future__ import annotations

import datetime as dt
import html
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from conciliador.domain.actas import ActaStatus
from conciliador.services.actas.desk import ActaAction, ActaPanel
from conciliador.ui.actas.sign_dialog import mode_text
from conciliador.ui.documents.pdf_pane import PdfPane
from conciliador.ui.i18n import tr
from conciliador.ui.icons import icon
from conciliador.ui.labels import label

ORIGINAL, COPY, SHEET = "acta", "copia", "hoja"
_CHIP = {
    ActaStatus.BORRADOR: ("#fef5e7", "#b7791f"),
    ActaStatus.EMITIDA: ("#eaf2f8", "#2471a3"),
    ActaStatus.FIRMADA: ("#e9f7ef", "#1e8449"),
}


def _button(name: str, text: str) -> QPushButton:
    button = QPushButton(icon(name), text)
    return button


class ActaDetail(QFrame):
    """Shows an ``ActaPanel``; the buttons ask (``action_requested``) and the view acts."""

    action_requested = Signal(str)
    document_chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.panel: ActaPanel | None = None
        self.zone = ZoneInfo("UTC")

        self.title = QLabel()
        self.title.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.title.setWordWrap(True)
        self.chip = QLabel()
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts.setAccessibleName(tr("Datos del acta"))
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.RichText)
        self.problems.setAccessibleName(tr("Lo que impide emitir el acta"))
        self.problems.setStyleSheet(
            "background: #fdedec; border: 1px solid #c0392b; border-left: 5px solid #c0392b;"
            " border-radius: 4px; padding: 6px; color: #1b2631;"
        )

        self.buttons: dict[ActaAction, QPushButton] = {
            ActaAction.ISSUE: _button("issue", tr("&Emitir…")),
            ActaAction.SIGN: _button("sign", tr("Registrar &firmas…")),
            ActaAction.CORRECT_AGREEMENT: _button("agreement", tr("Corregir el &acuerdo…")),
            ActaAction.REPLACE: _button("replace", tr("&Reemplazar…")),
            # The steps the office's country adds (shown only where its profile has them).
            ActaAction.VERIFY_LEGALITY: _button("success", tr("Verificar la &legalidad…")),
            ActaAction.SEND_TO_COURT: _button("export", tr("Enviar al &tribunal…")),
            ActaAction.RECORD_COURT_DECISION: _button("success", tr("Re&solución del tribunal…")),
        }
        for action, button in self.buttons.items():
            button.clicked.connect(lambda _c=False, a=action: self.action_requested.emit(a.value))
        self.print_button = _button("print", tr("&Imprimir…"))
        self.print_button.setToolTip(tr("Imprimir el documento que se ve abajo"))
        self.print_set_button = _button("print", tr("Imprimir las &copias y la hoja…"))
        self.print_set_button.setToolTip(
            tr("Una copia para cada parte, con su leyenda, y la hoja explicativa para la familia")
        )
        self.save_button = _button("save", tr("&Guardar PDF…"))
        self.print_button.clicked.connect(lambda: self.action_requested.emit("imprimir"))
        self.print_set_button.clicked.connect(lambda: self.action_requested.emit("juego"))
        self.save_button.clicked.connect(lambda: self.action_requested.emit("guardar"))

        self.document = QComboBox()
        self.document.setAccessibleName(tr("Documento que se muestra"))
        self.document.currentIndexChanged.connect(lambda _i: self.document_chosen.emit())
        document_label = QLabel(tr("&Documento:"))
        document_label.setBuddy(self.document)
        self.pane = PdfPane()

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.chip, 0, Qt.AlignmentFlag.AlignTop)
        moves = QHBoxLayout()
        for button in self.buttons.values():
            moves.addWidget(button)
        moves.addStretch(1)
        moves.addWidget(self.print_button)
        moves.addWidget(self.print_set_button)
        moves.addWidget(self.save_button)
        # the chooser on a line of its own, so the documents' names are read whole
        docs = QHBoxLayout()
        docs.addWidget(document_label)
        docs.addWidget(self.document, 1)
        self.empty = QLabel(tr("Elija un acta de la lista."))
        self.empty.setStyleSheet("color: #566573; padding: 24px;")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(top)
        body.addWidget(self.facts)
        body.addWidget(self.problems)
        body.addLayout(moves)
        body.addLayout(docs)
        body.addWidget(self.pane, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.body, 1)
        self.show_panel(None)

    # ------------------------------------------------------------------ showing
    def show_nothing(self, text: str) -> None:
        self.panel = None
        self.empty.setText(text)
        self.empty.show()
        self.body.hide()

    def show_panel(self, panel: ActaPanel | None, timezone: str = "UTC") -> None:
        if panel is None:
            self.show_nothing(tr("Elija un acta de la lista."))
            return
        previous = self.panel.acta.acta_id if self.panel else None
        self.panel = panel
        self.zone = ZoneInfo(timezone)
        self.empty.hide()
        self.body.show()
        a = panel.acta
        kind = label(a.outcome)
        self.title.setText(
            tr("Acta n.º {number} — {kind}").format(number=a.number, kind=kind)
            if a.number
            else tr("Acta en borrador — {kind}").format(kind=kind)
        )
        fill, accent = _CHIP[a.status]
        status = label(a.status)
        if a.replaced:
            status = tr("{status}, reemplazada").format(status=status)
            fill, accent = "#f2f3f4", "#7b7d7d"
        self.chip.setText(status)
        self.chip.setStyleSheet(
            f"background: {fill}; border: 1px solid {accent}; border-left: 5px solid {accent};"
            " border-radius: 4px; padding: 3px 8px; font-weight: bold; color: #111827;"
        )
        self.facts.setText(self._facts(panel))
        problems = panel.problems
        self.problems.setVisible(bool(problems) and a.status == ActaStatus.BORRADOR)
        if problems:
            items = "".join(
                f"<li>{html.escape(p.field)}: {html.escape(p.message)}</li>" for p in problems
            )
            self.problems.setText(
                "<b>"
                + html.escape(tr("Todavía no se puede emitir:"))
                + f"</b><ul style='margin:2px 0 0 -20px'>{items}</ul>"
            )
        for action, button in self.buttons.items():
            button.setVisible(action in panel.actions)
        printing = ActaAction.PRINT in panel.actions
        for button in (self.print_button, self.print_set_button, self.save_button):
            button.setVisible(printing)
        self._fill_documents(panel, keep=previous == a.acta_id)

    def _when(self, moment: dt.datetime | None) -> str:
        return f"{moment.astimezone(self.zone):%d/%m/%Y %H:%M}" if moment else ""

    def _facts(self, panel: ActaPanel) -> str:
        a = panel.acta
        e = html.escape
        lines = [
            tr("Caso {case} · {claimant} / {respondent}").format(
                case=e(a.case_number), claimant=e(a.claimant), respondent=e(a.respondent)
            )
        ]
        held = tr("Audiencia del {day}").format(day=f"{a.date:%d/%m/%Y}") if a.date else ""
        lines.append(" · ".join(p for p in (held, e(a.officer_name)) if p))
        if a.issued_at:
            lines.append(tr("Emitida el {when}").format(when=self._when(a.issued_at)))
        if a.signed_at:
            seal = tr("Firmada y sellada el {when}").format(when=self._when(a.signed_at))
            if a.digitally_signed:
                seal += " " + tr("(con firma digital de la oficina)")
            lines.append(seal)
            if a.sealed_sha256:
                lines.append(
                    tr("Huella SHA-256: {hash}").format(
                        hash=f"<span style='font-family:monospace'>{a.sealed_sha256[:16]}…</span>"
                    )
                )
        if panel.steps_text:
            lines.append("<b>" + e(panel.steps_text) + "</b>")
        if a.replaces_id is not None:
            lines.append(
                tr("Reemplaza a otra acta. Motivo: {reason}").format(reason=e(a.replacement_reason))
            )
        if a.replaced:
            lines.append("<b>" + tr("Reemplazada: solo tiene valor de antecedente.") + "</b>")
        elif a.replaced_by_id is not None:
            lines.append(tr("Tiene un reemplazo en borrador."))
        if a.signatures:
            signed = "; ".join(
                f"{e(label(s.role))}: {e(s.name)} — {e(mode_text(s.mode))}"
                + (
                    f" ({e(tr('testigo: {name}').format(name=s.witness_name))})"
                    if s.witness_name
                    else ""
                )
                for s in a.signatures
            )
            lines.append(tr("Firmas: {list}").format(list=signed))
        warnings = panel.warnings
        if warnings and a.status == ActaStatus.BORRADOR:
            lines.append(
                "<span style='color:#b7791f'>⚠ "
                + "<br>⚠ ".join(e(f"{w.field}: {w.message}") for w in warnings)
                + "</span>"
            )
        return "<br>".join(lines)

    def _fill_documents(self, panel: ActaPanel, *, keep: bool) -> None:
        chosen = self.chosen_document() if keep else None
        self.documents: list[tuple[str, str]] = [(ORIGINAL, "")]
        names = [tr("El acta (original para el expediente)")]
        for copy in panel.copies:
            if not copy.is_original:
                self.documents.append((COPY, copy.recipient))
                names.append(copy.legend)
        self.documents.append((SHEET, ""))
        names.append(tr("Hoja explicativa para la familia"))
        self.document.blockSignals(True)
        self.document.clear()
        self.document.addItems(names)
        index = self.documents.index(chosen) if chosen in self.documents else 0
        self.document.setCurrentIndex(index)
        self.document.blockSignals(False)

    def chosen_document(self) -> tuple[str, str]:
        index = self.document.currentIndex()
        documents = getattr(self, "documents", [(ORIGINAL, "")])
        return documents[index] if 0 <= index < len(documents) else (ORIGINAL, "")
