"""The «Actas» area: the filtered list on the left, the chosen acta on the right (its state,
its moves, its documents previewed inside the app), and the day's citations in one batch.

Every move is one service call (``issue_acta``, ``sign_acta``, ``replace_acta`` …) followed by
a reload, so the screen always shows the database. PDFs are made off the GUI thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from conciliador.domain.actas import ActaStatus
from conciliador.services.actas import (
    ActaSummary,
    Document,
    SignatureInput,
    acta_copies,
    acta_document,
    draft_acta,
    issue_acta,
    list_actas,
    preview_pdf,
    replace_acta,
    sheet_document,
    sign_acta,
)
from conciliador.services.actas.desk import ActaAction, ActaPanel, acta_panel
from conciliador.services.actas.rendering import ORIGINAL, PDF
from conciliador.services.actas.steps import (
    record_court_decision,
    record_legality_check,
    send_to_court,
)
from conciliador.services.errors import ServiceError, ValidationFailed
from conciliador.services.office_info import OfficeSettings, conducting_officers, office_settings
from conciliador.services.permissions import Permission, allowed
from conciliador.ui.actas.batch_dialog import BatchCitationsDialog
from conciliador.ui.actas.columns import acta_columns
from conciliador.ui.actas.detail import COPY, SHEET, ActaDetail
from conciliador.ui.actas.dialogs import ProblemsDialog, ReplaceDialog, confirm_issue
from conciliador.ui.actas.filters import ActaFilters
from conciliador.ui.actas.sign_dialog import SignDialog
from conciliador.ui.actas.step_dialogs import (
    CourtDecisionDialog,
    LegalityCheckDialog,
    SendToCourtDialog,
)
from conciliador.ui.agreement import open_agreement_editor
from conciliador.ui.context import UiContext
from conciliador.ui.documents.files import FileDialogs
from conciliador.ui.documents.jobs import DocumentJobs
from conciliador.ui.documents.pdf_pane import PdfLoader
from conciliador.ui.documents.printing import Printers
from conciliador.ui.feedback import FieldErrors, run_service
from conciliador.ui.i18n import count, tr
from conciliador.ui.icons import icon
from conciliador.ui.tasks import Progress
from conciliador.ui.widgets.progress import run_with_progress
from conciliador.ui.widgets.table import RowTable
from conciliador.ui.widgets.table_model import RowsModel

#: Milliseconds the selection must rest on a line before its PDF is made (arrowing through
#: the list does not start a conversion per line).
SETTLE_MS = 250


class ActasView(QWidget):
    def __init__(
        self,
        context: UiContext,
        *,
        printers: Printers | None = None,
        files: FileDialogs | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.settings: OfficeSettings | None = None
        self.panel: ActaPanel | None = None
        self.dialog: QDialog | QWidget | None = None
        self.jobs = DocumentJobs(self, context, printers=printers, files=files)
        #: Outcome records whose borrador was opened since the list was read.
        self._opened: dict[int, int] = {}
        #: PDFs of issued and signed actas (their text no longer changes).
        self._pdfs: dict[tuple[int, int, str, str], bytes] = {}

        self.filters = ActaFilters()
        self.filters.changed.connect(self.load)
        self.batch_button = QPushButton(icon("batch"), tr("&Citaciones del día…"))
        self.batch_button.setToolTip(tr("Imprimir en un solo lote las citaciones de un día"))
        self.batch_button.clicked.connect(self.print_day)
        self.batch_button.setVisible(allowed(context.actor, Permission.PRINT_DOCUMENTS))
        refresh = QPushButton(icon("refresh"), "")
        refresh.setToolTip(tr("Actualizar (F5)"))
        refresh.setAccessibleName(tr("Actualizar"))
        refresh.clicked.connect(self.refresh)
        self.model: RowsModel[ActaSummary] = RowsModel(acta_columns(), self)
        self.table = RowTable(tr("Actas"))
        self.table.setModel(self.model)
        self.table.setMinimumWidth(420)
        self.table.current_changed.connect(self._row_changed)
        self.count = QLabel()
        self.count.setStyleSheet("color: #566573;")
        self.detail = ActaDetail()
        self.detail.action_requested.connect(self.act)
        self.detail.document_chosen.connect(self.preview)
        self.loader = PdfLoader(context, self.detail.pane)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.show_current)

        top = QHBoxLayout()
        top.addWidget(self.filters, 1)
        top.addWidget(self.batch_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(refresh, 0, Qt.AlignmentFlag.AlignTop)
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(self.table, 1)
        left_column.addWidget(self.count)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([660, 660])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(split, 1)

        context.office.changed.connect(lambda _id: self.open_office())
        self.open_office()

    # ------------------------------------------------------------------ loading
    @property
    def office_id(self) -> int:
        return self.context.office.id

    @property
    def timezone(self) -> str:
        return self.settings.office.timezone if self.settings else "UTC"

    def open_office(self) -> None:
        db, actor = self.context.db, self.context.actor
        settings = run_service(
            self.context.messages,
            lambda: office_settings(db, actor, self.office_id, now=self.context.now()),
        )
        if settings is None:
            return
        self.settings = settings
        officers = (
            run_service(
                self.context.messages, lambda: conducting_officers(db, actor, self.office_id)
            )
            or []
        )
        self.filters.set_office(settings.today, officers, settings.locale)
        self.load()

    def refresh(self) -> None:
        current = self.current()
        self._opened.clear()
        self.load(keep=current.agreement_id if current else None)

    def load(self, keep: int | None = None) -> None:
        """Read the list again; keep the chosen line (or choose the outcome ``keep``)."""
        chosen = keep if keep is not None else (c.agreement_id if (c := self.current()) else None)
        flt = self.filters.value(self.office_id)
        rows = run_service(
            self.context.messages, lambda: list_actas(self.context.db, self.context.actor, flt)
        )
        rows = rows or []
        self.model.set_rows(rows)
        self.table.fit_columns(stretch=5)
        shown = len(rows)
        if shown >= flt.limit:
            self.count.setText(
                tr("Se muestran las {n} más recientes: afine los filtros para ver otras.").format(
                    n=shown
                )
            )
        else:
            self.count.setText(
                count(shown, tr("{n} acta."), tr("{n} actas."))
                if shown
                else tr("No hay actas con estos filtros.")
            )
        if chosen is not None:
            self.select_agreement(chosen)
        elif not rows:
            self.detail.show_panel(None)

    def current(self) -> ActaSummary | None:
        row = self.table.current_row()
        return row if isinstance(row, ActaSummary) else None

    def select_agreement(self, agreement_id: int, acta_id: int | None = None) -> bool:
        """Choose the line of this outcome record (its live acta, or ``acta_id``)."""
        for index, row in enumerate(self.model.rows):
            if row.agreement_id != agreement_id:
                continue
            if acta_id is not None and row.acta_id not in (acta_id, None):
                continue
            if acta_id is None and row.replaced:
                continue
            self.table.selectRow(index)
            self.table.scrollTo(self.model.index(index, 0))
            self.show_current()
            return True
        return False

    def show_agreement(self, agreement_id: int) -> None:
        """Show the acta of an outcome record (from the agenda, a case or the editor)."""
        if not self.select_agreement(agreement_id):
            self.filters.reset()
            self.load(keep=agreement_id)

    def _row_changed(self, _row: object) -> None:
        self._settle.start()

    # ------------------------------------------------------------------ the chosen acta
    def show_current(self) -> None:
        self._settle.stop()
        row = self.current()
        if row is None:
            self.loader.cancel()
            self.panel = None
            self.detail.show_panel(None)
            return
        acta_id = row.acta_id or self._opened.get(row.agreement_id)
        if acta_id is None:
            if not allowed(self.context.actor, Permission.ISSUE_ACTA):
                self.loader.cancel()
                self.panel = None
                self.detail.show_nothing(
                    tr(
                        "El acta de este resultado todavía no se generó: la genera la persona "
                        "conciliadora desde esta pantalla."
                    )
                )
                return
            opened = run_service(
                self.context.messages,
                lambda: draft_acta(self.context.db, self.context.actor, row.agreement_id),
            )
            if opened is None or opened.acta_id is None:
                return
            acta_id = opened.acta_id
            self._opened[row.agreement_id] = acta_id
        self.show_acta(acta_id)

    def show_acta(self, acta_id: int) -> None:
        panel = run_service(
            self.context.messages,
            lambda: acta_panel(self.context.db, self.context.actor, acta_id),
        )
        if panel is None:
            return
        self.panel = panel
        self.detail.show_panel(panel, self.timezone)
        self.preview()

    def _document_maker(self, panel: ActaPanel) -> tuple[str, Callable[[], Document]]:
        """(title, maker) of the document chosen under the acta."""
        kind, recipient = self.detail.chosen_document()
        db, actor = self.context.db, self.context.actor
        acta_id = panel.acta.acta_id
        assert acta_id is not None
        name = panel.acta.number or panel.acta.case_number
        if kind == SHEET:
            return tr("Hoja explicativa {name}").format(name=name), lambda: sheet_document(
                db, actor, acta_id, pdf=True
            )
        if kind == COPY:
            legend = next((c.legend for c in panel.copies if c.recipient == recipient), recipient)
            return f"{legend} — {name}", lambda: acta_document(
                db, actor, acta_id, pdf=True, recipient=recipient
            )

        def original() -> Document:
            return acta_document(db, actor, acta_id, pdf=True)

        return tr("Acta {name}").format(name=name), original

    def _cache_key(self, panel: ActaPanel) -> tuple[int, int, str, str] | None:
        a = panel.acta
        if a.status == ActaStatus.BORRADOR or a.acta_id is None:
            return None
        kind, recipient = self.detail.chosen_document()
        return (a.acta_id, a.version, f"{a.status}{a.replaced}", f"{kind}:{recipient}")

    def preview(self) -> None:
        panel = self.panel
        if panel is None or panel.acta.acta_id is None:
            return
        title, make = self._document_maker(panel)
        key = self._cache_key(panel)
        cached = self._pdfs.get(key) if key else None
        if cached is not None:
            self.loader.cancel()
            self.detail.pane.show_pdf(cached)
            return
        acta_id = panel.acta.acta_id
        kind, _recipient = self.detail.chosen_document()
        db, actor = self.context.db, self.context.actor

        def produce() -> bytes:
            if kind not in (SHEET, COPY):
                return preview_pdf(db, actor, acta_id)
            return make().data

        def shown(data: bytes) -> None:
            if key is not None:
                self._pdfs[key] = data

        self.loader.load(
            produce,
            busy_text=tr("Generando la vista previa de «{title}»…").format(title=title),
            on_shown=shown,
        )

    # ------------------------------------------------------------------ moves
    def act(self, name: str) -> None:
        panel = self.panel
        if panel is None:
            return
        if name == ActaAction.ISSUE.value:
            if panel.problems:
                self.issue()
            else:
                self.dialog = confirm_issue(panel, self, self.issue)
        elif name == ActaAction.SIGN.value:
            dialog = SignDialog(panel, self._sign, self)
            self.dialog = dialog
            dialog.open()
        elif name == ActaAction.REPLACE.value:
            replace = ReplaceDialog(panel, self._replace, self)
            self.dialog = replace
            replace.open()
        elif name == ActaAction.CORRECT_AGREEMENT.value:
            self.correct_agreement()
        elif name == ActaAction.VERIFY_LEGALITY.value:
            self.dialog = LegalityCheckDialog(panel, self._verify_legality, self)
            self.dialog.open()
        elif name == ActaAction.SEND_TO_COURT.value:
            self.dialog = SendToCourtDialog(panel, self._today(), self._send_to_court, self)
            self.dialog.open()
        elif name == ActaAction.RECORD_COURT_DECISION.value:
            self.dialog = CourtDecisionDialog(panel, self._today(), self._court_decision, self)
            self.dialog.open()
        elif name == "imprimir":
            self.print_shown()
        elif name == "juego":
            self.print_set()
        elif name == "guardar":
            self.save_shown()

    def issue(self) -> None:
        panel = self.panel
        assert panel is not None and panel.acta.acta_id is not None
        acta_id, version = panel.acta.acta_id, panel.acta.version
        try:
            issued = issue_acta(
                self.context.db,
                self.context.actor,
                acta_id,
                expected_version=version,
                now=self.context.now(),
            )
        except ValidationFailed as exc:
            correct = (
                self.correct_agreement if ActaAction.CORRECT_AGREEMENT in panel.actions else None
            )
            problems = ProblemsDialog(exc.problems, correct, self)
            self.dialog = problems
            problems.open()
            return
        except ServiceError as exc:
            self.context.messages.error(str(exc))
            return
        self.context.messages.success(
            tr("Acta n.º {number} emitida: su texto queda congelado.").format(number=issued.number)
        )
        self.after_change(issued.agreement_id, acta_id)

    def _sign(self, signatures: list[SignatureInput], errors: FieldErrors) -> None:
        panel = self.panel
        assert panel is not None and panel.acta.acta_id is not None
        acta_id, version = panel.acta.acta_id, panel.acta.version
        dialog = self.dialog
        db, actor, now = self.context.db, self.context.actor, self.context.now()

        def work(_progress: Progress) -> object:
            return sign_acta(db, actor, acta_id, signatures, expected_version=version, now=now)

        def done(signed: object) -> None:
            if isinstance(dialog, QDialog):
                dialog.accept()
            self.context.messages.success(
                tr("Acta n.º {number} firmada; su PDF de archivo quedó sellado.").format(
                    number=panel.acta.number
                )
            )
            self.after_change(panel.acta.agreement_id, acta_id)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationFailed):
                errors.show(exc.problems)

        run_with_progress(
            dialog if isinstance(dialog, QWidget) else self,
            self.context,
            title=tr("Firmar el acta"),
            label=tr("Registrando las firmas y sellando el PDF de archivo…"),
            work=work,
            on_done=done,
            on_failed=failed,
        )

    def _replace(self, reason: str, errors: FieldErrors) -> bool:
        panel = self.panel
        assert panel is not None and panel.acta.acta_id is not None
        original = panel.acta
        replacement = run_service(
            self.context.messages,
            lambda: replace_acta(
                self.context.db,
                self.context.actor,
                original.acta_id or 0,
                reason,
                now=self.context.now(),
            ),
            errors=errors,
        )
        if replacement is None:
            return False
        self.context.messages.success(
            tr(
                "Se abrió el acta que reemplaza a la n.º {number}: corrija lo acordado si hace "
                "falta y emítala."
            ).format(number=original.number)
        )
        assert replacement.acta_id is not None
        self.after_change(original.agreement_id, replacement.acta_id)
        return True

    # ------------------------------------------------------------------ country steps
    def _today(self) -> dt.date:
        """Today in the office's calendar (the one clock), where the steps' dates start."""
        return self.context.now().astimezone(ZoneInfo(self.timezone)).date()

    def _step(self, record: Callable[[], object], errors: FieldErrors, done: str) -> bool:
        """Run one of ``services/actas/steps``: problems next to their fields; on success
        say ``done`` and show the acta again."""
        panel = self.panel
        assert panel is not None
        if run_service(self.context.messages, record, errors=errors) is None:
            return False
        self.context.messages.success(done.format(number=panel.acta.number))
        self.after_change(panel.acta.agreement_id, panel.acta.acta_id)
        return True

    def _verify_legality(self, lawyer: str, registration: str, errors: FieldErrors) -> bool:
        acta_id = self._acta_id()
        return self._step(
            lambda: record_legality_check(
                self.context.db,
                self.context.actor,
                acta_id,
                lawyer_name=lawyer,
                registration=registration,
            ),
            errors,
            tr("Acta n.º {number}: legalidad verificada; ya se pueden registrar las firmas."),
        )

    def _send_to_court(self, court: str, sent_on: dt.date | None, errors: FieldErrors) -> bool:
        acta_id = self._acta_id()
        return self._step(
            lambda: send_to_court(
                self.context.db, self.context.actor, acta_id, court=court, sent_on=sent_on
            ),
            errors,
            tr("Acta n.º {number}: enviada al tribunal de familia."),
        )

    def _court_decision(
        self,
        approved: bool | None,
        decided_on: dt.date | None,
        reference: str,
        decision: str,
        errors: FieldErrors,
    ) -> bool:
        acta_id = self._acta_id()
        return self._step(
            lambda: record_court_decision(
                self.context.db,
                self.context.actor,
                acta_id,
                approved=approved,
                decided_on=decided_on,
                case_reference=reference,
                decision=decision,
            ),
            errors,
            tr("Acta n.º {number}: resolución del tribunal registrada."),
        )

    def _acta_id(self) -> int:
        panel = self.panel
        assert panel is not None and panel.acta.acta_id is not None
        return panel.acta.acta_id

    def correct_agreement(self) -> None:
        panel = self.panel
        if panel is None or panel.acta.hearing_id is None:
            return
        agreement_id, acta_id = panel.acta.agreement_id, panel.acta.acta_id
        editor = open_agreement_editor(self.context, panel.acta.hearing_id, self.window())
        if editor is not None:
            editor.saved.connect(lambda _id: self.after_change(agreement_id, acta_id))

    def after_change(self, agreement_id: int, acta_id: int | None) -> None:
        """Read the list again and show the acta that changed."""
        self._opened.clear()
        self.load(keep=None)
        if not self.select_agreement(agreement_id, acta_id) and acta_id is not None:
            self.show_acta(acta_id)

    # ------------------------------------------------------------------ documents
    def _shown_document(self) -> tuple[str, Callable[[], Document]] | None:
        panel = self.panel
        if panel is None:
            return None
        title, make = self._document_maker(panel)
        shown = self.detail.pane.pdf_bytes
        if shown is None:
            return title, make
        name = f"{title}.pdf"
        return title, lambda: Document(name, shown, PDF)

    def print_shown(self) -> None:
        found = self._shown_document()
        if found is not None:
            title, make = found
            self.jobs.print(title, lambda _p: [make()], pages=self.detail.pane.page_count())

    def save_shown(self) -> None:
        panel = self.panel
        if panel is None or panel.acta.acta_id is None:
            return
        title, make = self._document_maker(panel)
        kind, recipient = self.detail.chosen_document()
        stem = panel.acta.number or f"borrador-{panel.acta.case_number}"
        name = {
            SHEET: f"hoja-explicativa-{stem}.pdf",
            COPY: f"acta-{stem}-{recipient}.pdf",
        }.get(kind, f"acta-{stem}.pdf")
        shown = self.detail.pane.pdf_bytes

        def produce() -> Document:
            return Document(name, shown if shown is not None else make().data, PDF)

        self.jobs.save(title, name, produce)

    def print_set(self) -> None:
        """Each party's copy with its legend, and the explanation sheet, as one job."""
        panel = self.panel
        if panel is None or panel.acta.acta_id is None:
            return
        acta_id = panel.acta.acta_id
        db, actor = self.context.db, self.context.actor

        def produce(_progress: Progress) -> list[Document]:
            copies = [
                d
                for d in acta_copies(db, actor, acta_id, pdf=True)
                if not d.name.endswith(f"-{ORIGINAL}.pdf")
            ]
            return [*copies, sheet_document(db, actor, acta_id, pdf=True)]

        name = panel.acta.number or panel.acta.case_number
        self.jobs.print(tr("Copias y hoja explicativa del acta {name}").format(name=name), produce)

    def print_day(self) -> None:
        if self.settings is None:
            return
        dialog = BatchCitationsDialog(
            self.context, self.office_id, self.settings.today, self.jobs, self
        )
        self.dialog = dialog
        dialog.open()
