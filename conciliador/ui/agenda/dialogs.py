"""The small dialogs behind the agenda's quick actions. Each one collects what its service
needs, calls it through ``submit`` and stays open, with the problem next to its field, when
the service refuses."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from conciliador.domain.agreement_terms import Party
from conciliador.domain.enums import Absence, CancelReason, CitationMethod
from conciliador.services.errors import FieldId, FieldProblem
from conciliador.services.fields import CitationChoice
from conciliador.services.fields import HearingFields as H
from conciliador.services.hearing_details import HearingDetail
from conciliador.ui.feedback import FieldErrors
from conciliador.ui.i18n import tr
from conciliador.ui.labels import label
from conciliador.ui.widgets.date_field import MomentField
from conciliador.ui.widgets.forms import Form, error_label, plain, room_for_messages


def party_label(party: Party) -> str:
    return tr("Solicitante") if party == Party.SOLICITANTE else tr("Citado/a")


def _summary(detail: HearingDetail) -> QLabel:
    h = detail.hearing
    text = QLabel(
        tr("Caso {case} — {day} de {start} a {end}").format(
            case=h.case_number,
            day=f"{h.starts_at:%d/%m/%Y}",
            start=f"{h.starts_at:%H:%M}",
            end=f"{h.ends_at:%H:%M}",
        )
    )
    text.setStyleSheet("font-weight: bold;")
    return text


def _notes() -> QPlainTextEdit:
    notes = QPlainTextEdit()
    notes.setTabChangesFocus(True)
    notes.setFixedHeight(70)
    return notes


class ActionDialog(QDialog):
    """A form with «confirm» and «Cancelar»; ``accept`` only when ``save`` succeeds."""

    def __init__(self, title: str, confirm: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.general = error_label()
        self.errors = FieldErrors(self.general)
        self.form = Form(self.errors)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(confirm)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)

    def finish_layout(self) -> None:
        self.body.addLayout(self.form.layout)
        self.body.addWidget(self.general)
        room_for_messages(self.body, self)
        self.body.addWidget(self.buttons)

    def save(self) -> bool:
        raise NotImplementedError

    def _save(self) -> None:
        if self.save():
            self.accept()


class CitationDeliveryDialog(ActionDialog):
    Submit = Callable[..., bool]

    def __init__(
        self,
        detail: HearingDetail,
        timezone: str,
        now: dt.datetime,
        submit: Submit,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            tr("Registrar la entrega de citaciones"), tr("Registrar la entrega"), parent
        )
        self.zone = ZoneInfo(timezone)
        self.submit = submit
        self.body.addWidget(_summary(detail))
        heading = QLabel(tr("Citaciones entregadas:"))
        self.body.addWidget(heading)
        # The ticks and, under them, the problem with them (none ticked).
        self.citations = QWidget()
        self.citations.setAccessibleName(plain(heading.text()))
        ticks = QVBoxLayout(self.citations)
        ticks.setContentsMargins(3, 3, 3, 3)  # room for the red frame of a problem
        self.checks: list[tuple[QCheckBox, int]] = []
        for citation in detail.citations:
            if citation.delivered_at is not None:
                continue
            box = QCheckBox(
                tr("{party}: {name} (citación n.º {n})").format(
                    party=party_label(citation.party), name=citation.person_name, n=citation.number
                )
            )
            box.setChecked(True)
            box.toggled.connect(lambda _on: self.errors.clear_widget(self.citations))
            ticks.addWidget(box)
            self.checks.append((box, citation.id))
        none_ticked = error_label()
        self.body.addWidget(self.citations)
        self.body.addWidget(none_ticked)
        self.errors.bind(CitationChoice.CITATIONS, self.citations, none_ticked)
        local = now.astimezone(self.zone)
        self.when = MomentField(local)
        self.method = QComboBox()
        for method in CitationMethod:
            self.method.addItem(label(method), method)
        self.by = QLineEdit()
        self.by.setMaxLength(200)
        self.by.setPlaceholderText(tr("Nombre de quien la entregó"))
        self.notes = _notes()
        self.form.row(tr("&Fecha y hora de entrega:"), self.when, H.DELIVERED_AT)
        self.form.row(tr("&Forma de entrega:"), self.method, H.DELIVERY_METHOD)
        self.form.row(tr("&Entregada por:"), self.by, H.DELIVERED_BY)
        self.form.row(tr("&Observaciones:"), self.notes, H.DELIVERY_NOTES)
        self.finish_layout()

    def delivered_at(self) -> dt.datetime:
        return self.when.moment(self.zone)

    def save(self) -> bool:
        chosen = [cid for box, cid in self.checks if box.isChecked()]
        if not chosen:
            self.errors.show(
                [FieldProblem(CitationChoice.CITATIONS, tr("marque al menos una citación"))]
            )
            return False
        return self.submit(
            chosen,
            delivered_at=self.delivered_at(),
            method=CitationMethod(self.method.currentData()),
            delivered_by=self.by.text(),
            notes=self.notes.toPlainText(),
            errors=self.errors,
        )


class ReasonDialog(ActionDialog):
    """One required reason (suspend, annul)."""

    def __init__(
        self,
        detail: HearingDetail,
        *,
        title: str,
        confirm: str,
        intro: str,
        field_label: str,
        field: FieldId,
        submit: Callable[[str, FieldErrors], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, confirm, parent)
        self.submit = submit
        self.body.addWidget(_summary(detail))
        note = QLabel(intro)
        note.setWordWrap(True)
        self.body.addWidget(note)
        self.reason = _notes()
        self.form.row(field_label, self.reason, field)
        self.finish_layout()

    def save(self) -> bool:
        return self.submit(self.reason.toPlainText(), self.errors)


class NoShowDialog(ActionDialog):
    def __init__(
        self,
        detail: HearingDetail,
        citations_before_closure: int,
        submit: Callable[[Absence, str, FieldErrors], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tr("Registrar inasistencia"), tr("Registrar la inasistencia"), parent)
        self.submit = submit
        self.body.addWidget(_summary(detail))
        note = QLabel(
            tr(
                "Si no asistió la parte citada y esta fue la citación n.º {round} de {limit}, "
                "corresponde una nueva citación; si no, el caso se cierra por inasistencia."
            ).format(round=detail.hearing.citation_round, limit=citations_before_closure)
        )
        note.setWordWrap(True)
        self.body.addWidget(note)
        self.choices: list[tuple[QRadioButton, Absence]] = []
        group = QButtonGroup(self)
        for absence, name in (
            (Absence.CITADO, detail.respondent_name),
            (Absence.SOLICITANTE, detail.claimant_name),
            (Absence.AMBAS, ""),
        ):
            text = label(absence) + (f" ({name})" if name else "")
            radio = QRadioButton(text)
            group.addButton(radio)
            self.body.addWidget(radio)
            self.choices.append((radio, absence))
        self.choices[0][0].setChecked(True)
        self.notes = _notes()
        self.form.row(tr("&Observaciones:"), self.notes, H.NO_SHOW_NOTES)
        self.finish_layout()

    def absence(self) -> Absence:
        return next(a for radio, a in self.choices if radio.isChecked())

    def save(self) -> bool:
        return self.submit(self.absence(), self.notes.toPlainText(), self.errors)


class CancelDialog(ActionDialog):
    def __init__(
        self,
        detail: HearingDetail,
        submit: Callable[[CancelReason, str, FieldErrors], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tr("Cancelar la audiencia"), tr("Cancelar la audiencia"), parent)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Volver"))
        self.submit = submit
        self.body.addWidget(_summary(detail))
        self.reason = QComboBox()
        for reason in CancelReason:
            self.reason.addItem(label(reason), reason)
        self.notes = _notes()
        self.form.row(tr("&Motivo:"), self.reason, H.CANCEL_REASON)
        self.form.row(
            tr("&Observaciones:"),
            self.notes,
            H.CANCEL_NOTES,
            hint=tr("Obligatorias cuando el motivo es «Otro motivo»."),
        )
        self.finish_layout()

    def save(self) -> bool:
        return self.submit(
            CancelReason(self.reason.currentData()), self.notes.toPlainText(), self.errors
        )


class StartDialog(ActionDialog):
    """Start a hearing: the real instant (now, unless it started a little earlier) and, when
    it starts before its day or time or with a citation undelivered, why."""

    def __init__(
        self,
        detail: HearingDetail,
        timezone: str,
        now: dt.datetime,
        submit: Callable[..., bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tr("Iniciar la audiencia"), tr("Iniciar la audiencia"), parent)
        self.zone = ZoneInfo(timezone)
        self.submit = submit
        self.body.addWidget(_summary(detail))
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setAccessibleName(tr("Aviso antes de iniciar"))
        self.warning.setStyleSheet(
            "background: #fef5e7; border: 1px solid #b9770e; border-left: 5px solid #b9770e;"
            " border-radius: 4px; padding: 6px; color: #1b2631;"
        )
        problems = detail.start_problems
        if problems:
            self.warning.setText(
                tr("Para iniciarla ahora, registre por qué:")
                + "\n"
                + "\n".join(f"• {p[0].upper()}{p[1:]}." for p in problems)
            )
        self.warning.setVisible(bool(problems))
        self.body.addWidget(self.warning)
        self.when = MomentField(now.astimezone(self.zone))
        self.reason = _notes()
        self.reason.setPlaceholderText(tr("Por ejemplo: ambas partes acudieron por su cuenta."))
        self.form.row(tr("&Hora de inicio:"), self.when, H.STARTED_AT)
        self.form.row(
            tr("&Motivo del inicio:"),
            self.reason,
            H.START_REASON,
            hint=tr(
                "Obligatorio si se inicia antes del día o de la hora señalados, o sin constancia "
                "de entrega de una citación."
            ),
        )
        self.finish_layout()

    def save(self) -> bool:
        return self.submit(
            started_at=self.when.moment(self.zone),
            reason=self.reason.toPlainText(),
            errors=self.errors,
        )


class TimesDialog(ActionDialog):
    """Correct the hearing's record: when it really started and ended, with a reason."""

    def __init__(
        self,
        detail: HearingDetail,
        timezone: str,
        now: dt.datetime,
        submit: Callable[..., bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tr("Corregir las horas de la audiencia"), tr("Corregir las horas"), parent)
        self.zone = ZoneInfo(timezone)
        self.submit = submit
        self.body.addWidget(_summary(detail))
        note = QLabel(
            tr(
                "El acta dice la fecha y las horas reales de la audiencia. Corríjalas solo si se "
                "registraron mal; la corrección y su motivo quedan en la bitácora."
            )
        )
        note.setWordWrap(True)
        self.body.addWidget(note)
        local_now = now.astimezone(self.zone)
        self.start = MomentField(detail.started_at or detail.hearing.starts_at)
        self.concluded = detail.hearing.status.value == "concluida"
        self.end = MomentField(detail.concluded_at or local_now)
        self.reason = _notes()
        self.form.row(tr("Hora de &inicio:"), self.start, H.STARTED_AT)
        if self.concluded:
            self.form.row(tr("Hora de &conclusión:"), self.end, H.CONCLUDED_AT)
        self.form.row(tr("&Motivo de la corrección:"), self.reason, H.CORRECTION_REASON)
        self.finish_layout()

    def save(self) -> bool:
        return self.submit(
            started_at=self.start.moment(self.zone),
            concluded_at=self.end.moment(self.zone) if self.concluded else None,
            reason=self.reason.toPlainText(),
            errors=self.errors,
        )
