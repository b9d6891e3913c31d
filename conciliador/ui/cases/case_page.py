"""A case's file: parties, children, matters, account, safeguarding, hearings and referrals,
and what can be done next (book a hearing, refer). Opening it is recorded by the service."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from conciliador.criteria import Profile
from conciliador.domain.enums import CaseStatus, HearingMode, IdType, Matter
from conciliador.domain.hearing_states import PENDING
from conciliador.services.case_list import case_hearings
from conciliador.services.cases import CaseView, get_case
from conciliador.services.hearing_details import HearingAction, HearingDetail, hearing_detail
from conciliador.services.office_words import OfficeWords, words_of
from conciliador.services.people import PersonView
from conciliador.services.permissions import Permission, allowed
from conciliador.services.safeguarding import ReferralView, safeguarding_of_case
from conciliador.services.scheduling import HearingView
from conciliador.ui.agreement import open_agreement_editor
from conciliador.ui.cases.attachments import AttachmentsBox
from conciliador.ui.context import UiContext
from conciliador.ui.documents.sources import case_referrals, citations_dialog
from conciliador.ui.documents.viewer import DocumentsDialog
from conciliador.ui.feedback import run_service
from conciliador.ui.i18n import tr
from conciliador.ui.icons import icon
from conciliador.ui.labels import label
from conciliador.ui.widgets.table import RowTable
from conciliador.ui.widgets.table_model import Column, RowsModel

CLOSED = frozenset({CaseStatus.CONCLUIDA, CaseStatus.ANULADA})


def _text(value: str = "") -> QLabel:
    widget = QLabel(value)
    widget.setWordWrap(True)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return widget


def _age(birth: dt.date | None, today: dt.date) -> str:
    if birth is None:
        return ""
    years = today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))
    return tr("{n} años").format(n=years) if years != 1 else tr("1 año")


def hearing_columns() -> list[Column[HearingView]]:
    def where(h: HearingView) -> str:
        if h.mode == HearingMode.PRESENCIAL and h.room_name:
            return h.room_name
        return label(h.mode)

    return [
        Column(tr("Fecha"), lambda h: f"{h.starts_at:%d/%m/%Y}"),
        Column(tr("Hora"), lambda h: f"{h.starts_at:%H:%M}–{h.ends_at:%H:%M}"),
        Column(tr("Conciliador/a"), lambda h: h.officer_name),
        Column(tr("Lugar"), where),
        Column(tr("Sesión"), lambda h: str(h.session_number)),
        Column(tr("Citación"), lambda h: str(h.citation_round)),
        Column(tr("Estado"), lambda h: label(h.status), tooltip=lambda h: h.status_reason),
    ]


class CasePage(QWidget):
    back_requested = Signal()
    book_requested = Signal(int)
    refer_requested = Signal(object)  # CaseView

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.case: CaseView | None = None
        self.dialog: QWidget | None = None
        self.profile: Profile | None = None
        #: The office's words for documents and matters (set with the office).
        self.words: OfficeWords | None = None
        self.timezone = "UTC"

        back = QPushButton(icon("back"), tr("&Volver a la lista"))
        back.clicked.connect(self.back_requested.emit)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 17px; font-weight: bold;")
        self.status = QLabel()
        self.book_button = QPushButton(icon("book"), tr("&Programar audiencia…"))
        self.book_button.clicked.connect(
            lambda: self.case and self.book_requested.emit(self.case.id)
        )
        self.refer_button = QPushButton(icon("refer"), tr("&Derivar…"))
        self.refer_button.clicked.connect(
            lambda: self.case and self.refer_requested.emit(self.case)
        )
        top = QHBoxLayout()
        top.addWidget(back)
        top.addSpacing(12)
        top.addWidget(self.title)
        top.addWidget(self.status)
        top.addStretch(1)
        top.addWidget(self.refer_button)
        top.addWidget(self.book_button)

        self.alert = _text()
        self.alert.setStyleSheet(
            "background: #fdedec; border: 1px solid #c0392b; border-left: 5px solid #c0392b;"
            " border-radius: 4px; padding: 6px; color: #1b2631;"
        )
        self.requested = _text()
        self.claimant = _text()
        self.respondent = _text()
        parties = QGroupBox(tr("Partes"))
        grid = QGridLayout(parties)
        for column, (caption, widget) in enumerate(
            ((tr("Solicitante"), self.claimant), (tr("Parte citada"), self.respondent))
        ):
            heading = QLabel(caption)
            self.respondent_heading = heading  # the last one: worded by the office's profile
            heading.setStyleSheet("color: #566573; font-weight: bold;")
            grid.addWidget(heading, 0, column)
            grid.addWidget(widget, 1, column, alignment=Qt.AlignmentFlag.AlignTop)
            widget.setAccessibleName(caption)
        self.children_text = _text()
        self.matters = _text()
        self.account = _text()
        facts = QGroupBox(tr("Solicitud"))
        form = QFormLayout(facts)
        for caption, widget in (
            (tr("Fecha:"), self.requested),
            (tr("Hijas e hijos:"), self.children_text),
            (tr("Materias:"), self.matters),
            (tr("Relato:"), self.account),
        ):
            caption_label = QLabel(caption)
            caption_label.setStyleSheet("color: #566573;")
            caption_label.setBuddy(widget)
            widget.setAccessibleName(caption.rstrip(":"))
            form.addRow(caption_label, widget)
        self.screening = _text()
        screen_box = QGroupBox(tr("Tamizaje de salvaguarda"))
        QVBoxLayout(screen_box).addWidget(self.screening)
        self.hearings: RowsModel[HearingView] = RowsModel(hearing_columns(), self)
        self.hearing_table = RowTable(tr("Audiencias del caso"))
        self.hearing_table.setModel(self.hearings)
        self.hearing_table.setMinimumHeight(120)
        self.no_hearings = _text(tr("Todavía no hay audiencias programadas."))
        self.hearing_table.current_changed.connect(self._hearing_chosen)
        self.hearing_detail: HearingDetail | None = None
        self.hearing_buttons: dict[HearingAction, QPushButton] = {
            HearingAction.PRINT_CITATIONS: QPushButton(icon("print"), tr("Cita&ciones…")),
            HearingAction.RECORD_OUTCOME: QPushButton(
                icon("agreement"), tr("Registrar el resultado y el &acuerdo…")
            ),
            HearingAction.VIEW_AGREEMENT: QPushButton(
                icon("agreement"), tr("Ver o corregir el acuer&do…")
            ),
            HearingAction.OPEN_ACTA: QPushButton(icon("actas"), tr("Ver el ac&ta")),
        }
        hearing_moves = QHBoxLayout()
        for action, button in self.hearing_buttons.items():
            button.clicked.connect(lambda _c=False, a=action: self._hearing_action(a))
            button.hide()
            hearing_moves.addWidget(button)
        hearing_moves.addStretch(1)
        hearings_box = QGroupBox(tr("Audiencias"))
        hearings_layout = QVBoxLayout(hearings_box)
        hearings_layout.addWidget(self.hearing_table)
        hearings_layout.addWidget(self.no_hearings)
        hearings_layout.addLayout(hearing_moves)
        self.referrals = _text()
        self.referral_views: list[ReferralView] = []
        self.letters_button = QPushButton(icon("print"), tr("Cartas de de&rivación…"))
        self.letters_button.clicked.connect(self.show_letters)
        self.referrals_box = QGroupBox(tr("Derivaciones y excepciones"))
        referrals_layout = QVBoxLayout(self.referrals_box)
        referrals_layout.addWidget(self.referrals)
        referrals_layout.addWidget(self.letters_button, 0, Qt.AlignmentFlag.AlignLeft)

        content = QWidget()
        body = QVBoxLayout(content)
        body.addWidget(self.alert)
        body.addWidget(parties)
        row = QHBoxLayout()
        row.addWidget(facts, 3)
        row.addWidget(screen_box, 2)
        body.addLayout(row)
        body.addWidget(hearings_box)
        body.addWidget(self.referrals_box)
        self.attachments = AttachmentsBox(context)
        body.addWidget(self.attachments)
        body.addStretch(1)
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(scroller, 1)

    def set_office(self, profile: Profile, timezone: str) -> None:
        self.profile = profile
        self.words = words_of(profile)
        self.attachments.set_words(self.words)
        self.respondent_heading.setText(self.words.respondent)
        self.respondent.setAccessibleName(self.words.respondent)
        self.timezone = timezone

    def _matter(self, matter: Matter) -> str:
        return self.words.matter(matter) if self.words is not None else label(matter)

    def _id_document(self, id_type: IdType) -> str:
        return self.words.id_document(id_type) if self.words is not None else label(id_type)

    def open(self, case_id: int) -> bool:
        """Open the case (recorded in the audit trail by the service)."""
        case = run_service(
            self.context.messages, lambda: get_case(self.context.db, self.context.actor, case_id)
        )
        if case is None:
            return False
        self.show_case(case)
        return True

    def reload(self) -> None:
        """Re-read the hearings and referrals after a change made from this page."""
        if self.case is None:
            return
        case_id = self.case.id
        case = run_service(
            self.context.messages, lambda: get_case(self.context.db, self.context.actor, case_id)
        )
        if case is not None:
            self.show_case(case)

    def show_case(self, case: CaseView) -> None:
        self.case = case
        db, actor = self.context.db, self.context.actor
        hearings = run_service(self.context.messages, lambda: case_hearings(db, actor, case.id))
        hearings = hearings or []
        guard = run_service(self.context.messages, lambda: safeguarding_of_case(db, actor, case.id))
        self.title.setText(tr("Caso {case}").format(case=case.number))
        status_text = label(case.status)
        if case.outcome is not None:
            status_text += f" — {label(case.outcome)}"
        self.status.setText(status_text)
        self.status.setStyleSheet(
            "background: #eef2f5; border: 1px solid #aab7c4; border-radius: 4px; padding: 3px 8px;"
        )
        # What to do next while it is still to be done: once referred, the case does not ask
        # to be referred again. Whoever may not read it in full learns whom to ask.
        alerts = []
        if case.safeguarding_flagged and case.status != CaseStatus.DERIVADA:
            alerts.append(
                tr(
                    "El tamizaje de salvaguarda indica violencia: no se programa una audiencia "
                    "conjunta sin la autorización de un supervisor; derive el caso por la ruta "
                    "de atención."
                )
            )
        if case.restricted:
            alerts.append(case.restricted_note)
        self.alert.setVisible(bool(alerts))
        self.alert.setText("\n".join(alerts))
        self.requested.setText(f"{case.request_date:%d/%m/%Y}")
        self.claimant.setText(self._person(case.claimant))
        self.respondent.setText(self._person(case.respondent))
        today = self.context.now().date()
        self.children_text.setText(
            "\n".join(
                " — ".join(
                    part
                    for part in (
                        c.full_name,
                        f"{c.birth_date:%d/%m/%Y} ({_age(c.birth_date, today)})"
                        if c.birth_date
                        else "",
                        tr("{document} n.º {n}").format(
                            document=self.words.birth_document_text
                            if self.words is not None
                            else tr("partida"),
                            n=c.birth_certificate,
                        )
                        if c.birth_certificate
                        else "",
                    )
                    if part
                )
                for c in case.children
            )
        )
        self.matters.setText("\n".join(self._matter(m) for m in case.matters))
        if case.restricted:
            self.account.setText(tr("(reservado: vea el aviso de arriba)"))
        else:
            self.account.setText(case.account or tr("(sin relato)"))
        self.screening.setText(self._screening(case))
        self.hearings.set_rows(hearings)
        self.hearing_table.fit_columns()
        self.hearing_table.setVisible(bool(hearings))
        self.no_hearings.setVisible(not hearings)
        zone = ZoneInfo(self.timezone)
        lines = []
        for r in guard.referrals if guard else ():
            line = tr("{when} — derivado a {institution}").format(
                when=f"{r.referred_at.astimezone(zone):%d/%m/%Y %H:%M}",
                institution=r.institution_name,
            )
            if r.referred_by:
                line += " " + tr("por {name}").format(name=r.referred_by)
            lines.append(line + (f": {r.notes}" if r.notes else ""))
        for o in guard.overrides if guard else ():
            lines.append(
                tr("{when} — audiencia conjunta autorizada por {name}: {reason}").format(
                    when=f"{o.at.astimezone(zone):%d/%m/%Y %H:%M}", name=o.by, reason=o.reason
                )
            )
        self.referrals_box.setVisible(bool(lines))
        self.referrals.setText("\n".join(lines))
        self.referral_views = list(guard.referrals) if guard else []
        self.letters_button.setVisible(
            bool(self.referral_views)
            and allowed(self.context.actor, Permission.PRINT_DOCUMENTS)
            and not case.restricted  # the letter names the signs of violence
        )
        if hearings:
            self.hearing_table.selectRow(len(hearings) - 1)
        else:
            self._hearing_chosen(None)
        pending = any(h.status in PENDING for h in hearings)
        actor = self.context.actor
        open_case = case.status not in CLOSED
        self.book_button.setVisible(
            allowed(actor, Permission.SCHEDULE_HEARING) and open_case and not pending
        )
        self.refer_button.setVisible(
            allowed(actor, Permission.REFER_CASE)
            and open_case
            and case.status != CaseStatus.DERIVADA
        )
        self.book_button.setDefault(not case.safeguarding_flagged)
        self.attachments.show_case(case.id)

    # ------------------------------------------------------------------ a hearing's moves
    def _hearing_chosen(self, hearing: HearingView | None) -> None:
        """The chosen hearing's documents, outcome and acta (what the person may do)."""
        detail = None
        if hearing is not None:
            detail = run_service(
                self.context.messages,
                lambda: hearing_detail(
                    self.context.db, self.context.actor, hearing.id, now=self.context.now()
                ),
            )
        self.hearing_detail = detail
        for action, button in self.hearing_buttons.items():
            button.setVisible(detail is not None and action in detail.actions)

    def _hearing_action(self, action: HearingAction) -> None:
        detail = self.hearing_detail
        if detail is None:
            return
        if action == HearingAction.PRINT_CITATIONS:
            dialog = citations_dialog(self.context, detail, self)
            self.dialog = dialog
            dialog.open()
        elif action in (HearingAction.RECORD_OUTCOME, HearingAction.VIEW_AGREEMENT):
            editor = open_agreement_editor(self.context, detail.hearing.id, self.window())
            if editor is not None:
                editor.saved.connect(lambda _id: self.reload())
        elif action == HearingAction.OPEN_ACTA and detail.agreement_id is not None:
            self.context.navigation.open_acta(detail.agreement_id)

    def show_letters(self) -> None:
        if self.case is None or not self.referral_views:
            return
        dialog = DocumentsDialog(
            self.context,
            tr("Cartas de derivación del caso {case}").format(case=self.case.number),
            tr(
                "La carta que acompaña al caso en la ruta de atención. Es confidencial: no se "
                "entrega a la otra parte."
            ),
            case_referrals(self.context, self.referral_views),
            parent=self,
        )
        self.dialog = dialog
        dialog.open()

    def _screening(self, case: CaseView) -> str:
        if self.profile is None:
            return ""
        if case.restricted:
            return tr("Reservado: las respuestas las ve quien lleva el caso y la supervisión.")
        lines = []
        for question in self.profile.safeguarding.questions:
            answer = case.safeguarding_answers.get(question.code)
            said = tr("Sí") if answer else tr("No") if answer is not None else tr("sin respuesta")
            warn = "⚠ " if answer and question.flags_violence else ""
            lines.append(f"{warn}{said} — {question.text}")
        return "\n".join(lines)

    def _person(self, p: PersonView) -> str:
        lines = [p.full_name]
        kind = self._id_document(p.id_type)
        document = f"{kind} {p.id_number}" if p.id_number else kind
        lines.append(document)
        if p.phone:
            lines.append(f"☎ {p.phone}")
        if p.address:
            lines.append(p.address)
        return "\n".join(lines)
