"""The values that change during the year, recorded by the national office with their source:
a holiday added by decree, the consumer price index's yearly variation. Each is saved as a
draft version of the profile, published from the criteria tab like any other version."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from conciliador.services.criteria_decreed import (
    DecreedValue,
    draft_decreed_holiday,
    draft_price_index,
    recorded_values,
)
from conciliador.services.criteria_versions import ProfileVersionView
from conciliador.services.fields import DecreedFields
from conciliador.ui.context import UiContext
from conciliador.ui.feedback import run_service
from conciliador.ui.i18n import tr
from conciliador.ui.widgets.forms import DateField
from conciliador.ui.widgets.list_actions import FormDialog

HOLIDAY = "feriado"
PRICE_INDEX = "ipc"


def _listed(values: list[DecreedValue], none: str) -> str:
    if not values:
        return none
    return "\n".join(f"{v.day:%d/%m/%Y} · {v.text} · {v.source}" for v in values[-5:])


class DecreedValueDialog(FormDialog):
    """A holiday by decree (``HOLIDAY``) or the CPI's variation (``PRICE_INDEX``)."""

    def __init__(
        self, context: UiContext, code: str, kind: str, parent: QWidget | None = None
    ) -> None:
        holiday = kind == HOLIDAY
        super().__init__(
            context,
            (
                tr("Feriado por decreto ({code})") if holiday else tr("Variación del IPC ({code})")
            ).format(code=code),
            width=480,
            ok_text=tr("&Guardar como borrador"),
            parent=parent,
        )
        self.code = code
        self.kind = kind
        self.saved: ProfileVersionView | None = None
        self.day = DateField(optional=False)
        self.text = QLineEdit()
        self.text.setMaxLength(200)
        self.source = QLineEdit()
        self.source.setMaxLength(1000)
        self.effective = DateField(optional=False)
        today = context.now().date()
        self.effective.set_value(today)
        form = self.form
        if holiday:
            self.day.set_value(today)
            self.text.setPlaceholderText(tr("p. ej. Día de duelo nacional"))
            self.source.setPlaceholderText(tr("El decreto o la ley que lo declara"))
            form.row(tr("&Fecha del feriado:"), self.day, DecreedFields.HOLIDAY_DAY)
            form.row(tr("&Nombre:"), self.text, DecreedFields.HOLIDAY_NAME)
        else:
            self.day.set_value(dt.date(today.year + 1, 1, 1))
            self.text.setPlaceholderText(tr("p. ej. 4,5"))
            self.source.setPlaceholderText(tr("La entidad que publica el índice y su boletín"))
            form.row(tr("&Variación anual (%):"), self.text, DecreedFields.PRICE_INDEX)
            form.row(
                tr("Se &aplica desde:"),
                self.day,
                DecreedFields.PRICE_INDEX_FROM,
                hint=tr("Los reajustes por IPC de ese día en adelante (durante un año)."),
            )
        form.row(tr("F&uente:"), self.source, DecreedFields.SOURCE)
        form.row(
            tr("Vi&gente desde:"),
            self.effective,
            DecreedFields.EFFECTIVE_FROM,
            hint=tr("La versión del perfil que lo registra rige desde ese día."),
        )
        recorded = run_service(
            context.messages, lambda: recorded_values(context.db, context.actor, code)
        )
        holidays, figures = recorded or ([], [])
        self.recorded = QLabel(
            _listed(holidays, tr("Ninguno registrado todavía."))
            if holiday
            else _listed(figures, tr("Ninguna registrada todavía."))
        )
        self.recorded.setWordWrap(True)
        caption = QLabel(tr("Ya registrados:") if holiday else tr("Variaciones ya registradas:"))
        self.arrange(below=[caption, self.recorded])

    def save(self) -> None:
        db, actor, code = self.context.db, self.context.actor, self.code
        day, text, source = self.day.value(), self.text.text(), self.source.text()
        effective = self.effective.value()

        def work() -> ProfileVersionView:
            if self.kind == HOLIDAY:
                return draft_decreed_holiday(
                    db, actor, code, day=day, name=text, source=source, effective_from=effective
                )
            return draft_price_index(
                db,
                actor,
                code,
                percentage=text,
                applies_from=day,
                source=source,
                effective_from=effective,
            )

        self.saved = self.submit(
            work,
            lambda saved: tr(
                "Borrador {number} del perfil {code} guardado ({note}): publíquelo para que "
                "rija desde el {day}."
            ).format(
                number=saved.number,
                code=code,
                note=saved.note,
                day=f"{saved.effective_from:%d/%m/%Y}",
            ),
        )
