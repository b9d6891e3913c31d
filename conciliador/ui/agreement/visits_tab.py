"""The «Régimen de comunicación y visitas» tab: who visits which children, the weekly or
alternate-week schedule, where and with whom the children are handed over and returned,
holidays, birthdays and school vacations, calls and video calls, supervision and conditions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from conciliador.domain.agreement_terms import (
    Party,
    RemoteMeans,
    Split,
    VisitFrequency,
    Weekday,
)
from conciliador.services.agreements import AgreementContext
from conciliador.services.agreements.terms import (
    HolidayRule,
    RemoteContact,
    SplitRule,
    Supervision,
    Visitation,
    VisitBlock,
)
from conciliador.services.errors import FieldId
from conciliador.services.fields import (
    VisitFields,
    visit_block,
    visit_condition,
    visit_holiday,
)
from conciliador.ui.agreement.fields import (
    Choice,
    FormBox,
    RowList,
    connect_changes,
    hbox,
    hint,
    mark_label,
    parties_words,
    time_edit,
    time_of,
)
from conciliador.ui.agreement.marks import LiveMarks
from conciliador.ui.agreement.support_tab import party_text
from conciliador.ui.i18n import tr
from conciliador.ui.labels import label
from conciliador.ui.widgets.forms import DateField


def _year_spin(default: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(1990, 2200)
    spin.setValue(default)
    spin.setToolTip(tr("Año en que empieza quien visita"))
    return spin


class BlockRow(QWidget):
    """One stretch of time with the visiting parent."""

    changed = Signal()

    def __init__(self, first_page: dt.date | None) -> None:
        super().__init__()
        self.frequency: Choice[VisitFrequency] = Choice(list(VisitFrequency))
        self.from_day: Choice[Weekday] = Choice(list(Weekday))
        self.from_time = time_edit(dt.time(9))
        self.to_day: Choice[Weekday] = Choice(list(Weekday))
        self.to_time = time_edit(dt.time(17))
        self.first_date = DateField()
        if first_page:
            self.first_date.set_default_page(first_page)
        self.first_date.setToolTip(tr("Primera fecha de las semanas alternas"))
        self.mark = mark_label()
        for widget, name in (
            (self.frequency, tr("Frecuencia")),
            (self.from_day, tr("Desde el día")),
            (self.from_time, tr("Desde la hora")),
            (self.to_day, tr("Hasta el día")),
            (self.to_time, tr("Hasta la hora")),
            (self.first_date, tr("A partir del")),
        ):
            widget.setAccessibleName(name)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        self.first_caption = QLabel(tr("a partir del"))
        column.addWidget(hbox(self.frequency, self.first_caption, self.first_date))
        column.addWidget(
            hbox(
                tr("desde el"),
                self.from_day,
                self.from_time,
                tr("hasta el"),
                self.to_day,
                self.to_time,
            )
        )
        column.addWidget(self.mark)
        connect_changes(
            self._changed,
            (
                self.frequency,
                self.from_day,
                self.from_time,
                self.to_day,
                self.to_time,
                self.first_date,
            ),
        )
        self._changed(emit=False)

    def _changed(self, emit: bool = True) -> None:
        alternate = self.frequency.current() == VisitFrequency.SEMANAS_ALTERNAS
        self.first_date.setVisible(alternate)
        self.first_caption.setVisible(alternate)
        if emit:
            self.changed.emit()

    def load(self, block: VisitBlock) -> None:
        self.frequency.choose(block.frequency)
        self.from_day.choose(block.from_day)
        self.from_time.setTime(time_edit(block.from_time).time())
        self.to_day.choose(block.to_day)
        self.to_time.setTime(time_edit(block.to_time).time())
        self.first_date.set_value(block.first_date)

    def block(self) -> VisitBlock:
        alternate = self.frequency.current() == VisitFrequency.SEMANAS_ALTERNAS
        return VisitBlock(
            frequency=self.frequency.current() or VisitFrequency.CADA_SEMANA,
            from_day=self.from_day.current() or Weekday.SABADO,
            from_time=time_of(self.from_time),
            to_day=self.to_day.current() or Weekday.SABADO,
            to_time=time_of(self.to_time),
            first_date=self.first_date.value() if alternate else None,
        )


class SplitEditor(QWidget):
    """How an occasion is shared (with whom, or alternate years from a first year)."""

    changed = Signal()

    def __init__(self, year: int) -> None:
        super().__init__()
        self.split: Choice[Split] = Choice(list(Split))
        self.year = _year_spin(year)
        self.detail = QLineEdit()
        self.detail.setPlaceholderText(tr("detalle (opcional)"))
        self.split.setAccessibleName(tr("Reparto"))
        self.detail.setAccessibleName(tr("Detalle"))
        line = QHBoxLayout(self)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.split)
        line.addWidget(self.year)
        line.addWidget(self.detail, 1)
        connect_changes(self._changed, (self.split, self.year, self.detail))
        self._changed(emit=False)

    def _changed(self, emit: bool = True) -> None:
        self.year.setVisible(self.split.current() == Split.ANIOS_ALTERNOS)
        if emit:
            self.changed.emit()

    def load(self, rule: SplitRule | HolidayRule) -> None:
        self.split.choose(rule.split)
        if rule.visitor_first_year:
            self.year.setValue(rule.visitor_first_year)
        self.detail.setText(rule.detail)

    def rule(self) -> SplitRule:
        split = self.split.current() or Split.CON_VISITANTE
        return SplitRule(
            split=split,
            visitor_first_year=self.year.value() if split == Split.ANIOS_ALTERNOS else None,
            detail=self.detail.text(),
        )


class HolidayRow(QWidget):
    changed = Signal()

    def __init__(self, year: int) -> None:
        super().__init__()
        self.occasion = QLineEdit()
        self.occasion.setPlaceholderText(tr("ocasión (p. ej. Navidad)"))
        self.occasion.setAccessibleName(tr("Ocasión"))
        self.share = SplitEditor(year)
        self.mark = mark_label()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        line = QHBoxLayout()
        line.addWidget(self.occasion, 1)
        line.addWidget(self.share, 2)
        column.addLayout(line)
        column.addWidget(self.mark)
        self.occasion.textChanged.connect(lambda _t: self.changed.emit())
        self.share.changed.connect(self.changed.emit)

    def load(self, rule: HolidayRule) -> None:
        self.occasion.setText(rule.occasion)
        self.share.load(rule)

    def rule(self) -> HolidayRule:
        share = self.share.rule()
        return HolidayRule(
            occasion=self.occasion.text(),
            split=share.split,
            visitor_first_year=share.visitor_first_year,
            detail=share.detail,
        )


class ConditionRow(QWidget):
    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.text = QLineEdit()
        self.text.setPlaceholderText(tr("p. ej. no consumir alcohol durante las visitas"))
        self.text.setAccessibleName(tr("Condición"))
        self.mark = mark_label()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.text)
        column.addWidget(self.mark)
        self.text.textChanged.connect(lambda _t: self.changed.emit())


class VisitsTab(QScrollArea):
    changed = Signal()

    def __init__(self, ctx: AgreementContext, marks: LiveMarks, *, today: dt.date) -> None:
        super().__init__()
        self.ctx = ctx
        self.marks = marks
        # The holidays listed are those of the hearing's year (of the clock's, before one).
        self.year = (ctx.hearing_date or today).year
        self.setWidgetResizable(True)
        page = QWidget()
        self.setWidget(page)
        column = QVBoxLayout(page)

        who = FormBox(tr("Quién visita y a quiénes"), marks)
        self.visitor: Choice[Party] = Choice(list(Party), lambda p: party_text(ctx, p))
        who.row(tr("&Visita:"), self.visitor, VisitFields.VISITOR)
        self.child_boxes = {c.uid: QCheckBox(c.full_name) for c in ctx.children}
        for box in self.child_boxes.values():
            box.setChecked(True)
        who.row(
            tr("Hijas e hijos:"),
            hbox(*self.child_boxes.values()),
            VisitFields.CHILDREN,
            focus=next(iter(self.child_boxes.values()), None),
        )
        column.addWidget(who.box)

        when = FormBox(tr("Días y horario"), marks)
        self.schedule: RowList[BlockRow] = RowList(self._new_block, tr("Agregar un &horario"))
        when.row(
            tr("Horario:"), self.schedule, VisitFields.SCHEDULE, focus=self.schedule.add_button
        )
        when.line(
            hint(
                tr(
                    "Un horario puede ir de un día a otro (del viernes 18:00 al domingo 18:00). "
                    "En semanas alternas, la primera fecha dice qué semanas son."
                )
            )
        )
        column.addWidget(when.box)

        hand = FormBox(tr("Entrega y devolución"), marks)
        self.pickup_place = QLineEdit()
        self.pickup_person = QLineEdit()
        self.return_place = QLineEdit()
        self.return_person = QLineEdit()
        hand.row(tr("&Lugar de entrega:"), self.pickup_place, VisitFields.PICKUP_PLACE)
        hand.row(tr("&Quién entrega:"), self.pickup_person, VisitFields.PICKUP_PERSON)
        same = QPushButton(tr("La devolución, igual que la entrega"))
        same.clicked.connect(self._same_return)
        hand.line(hbox(same))
        hand.row(tr("Lugar de &devolución:"), self.return_place, VisitFields.RETURN_PLACE)
        hand.row(tr("A &quién se devuelve:"), self.return_person, VisitFields.RETURN_PERSON)
        column.addWidget(hand.box)

        special = FormBox(tr("Días especiales"), marks)
        self.holidays: RowList[HolidayRow] = RowList(
            self._new_holiday, tr("Agregar un día &festivo")
        )
        special.row(tr("Días festivos:"), self.holidays, VisitFields.HOLIDAYS, prefix=True)
        self.has_birthdays = QCheckBox(tr("Cumpleaños de las hijas e hijos"))
        self.birthdays = SplitEditor(self.year)
        special.row(
            tr("Cumpleaños:"),
            hbox(self.has_birthdays, self.birthdays, stretch=False),
            VisitFields.BIRTHDAYS,
            focus=self.has_birthdays,
        )
        self.has_vacations = QCheckBox(tr("Vacaciones escolares"))
        self.vacations = SplitEditor(self.year)
        special.row(
            tr("Vacaciones:"),
            hbox(self.has_vacations, self.vacations, stretch=False),
            VisitFields.VACATIONS,
            focus=self.has_vacations,
        )
        self.parents_days = QCheckBox(
            tr("Cumpleaños de cada progenitor y Día de la Madre o del Padre, con quien corresponde")
        )
        special.row(tr("Días de cada progenitor:"), self.parents_days)
        column.addWidget(special.box)

        distance = FormBox(tr("Comunicación a distancia, supervisión y condiciones"), marks)
        self.has_remote = QCheckBox(tr("Llamadas o videollamadas"))
        self.means = {m: QCheckBox(label(m)) for m in RemoteMeans}
        self.days = {d: QCheckBox(label(d)[:3]) for d in Weekday}
        for day, box in self.days.items():
            box.setToolTip(label(day))
            box.setAccessibleName(label(day))
        self.remote_hours = QCheckBox(tr("de"))
        self.remote_from = time_edit(dt.time(18))
        self.remote_to = time_edit(dt.time(20))
        distance.row(
            tr("Comunicación:"),
            hbox(self.has_remote, *self.means.values()),
            VisitFields.REMOTE,
            focus=self.has_remote,
        )
        distance.row(
            tr("Días:"),
            hbox(*self.days.values()),
            focus=next(iter(self.days.values())),
        )
        distance.line(hint(tr("Sin días marcados: cualquier día.")))
        distance.row(
            tr("Horario:"),
            hbox(self.remote_hours, self.remote_from, tr("a"), self.remote_to),
            focus=self.remote_hours,
        )
        self.has_supervision = QCheckBox(tr("Visitas supervisadas"))
        self.supervisor = QLineEdit()
        self.supervisor.setPlaceholderText(tr("quién supervisa"))
        self.supervision_place = QLineEdit()
        self.supervision_place.setPlaceholderText(tr("dónde"))
        distance.row(
            tr("Supervisión:"),
            hbox(self.has_supervision, self.supervisor, self.supervision_place),
            VisitFields.SUPERVISION,
            focus=self.has_supervision,
        )
        self.conditions: RowList[ConditionRow] = RowList(
            self._new_condition, tr("Agregar una co&ndición")
        )
        distance.row(tr("Condiciones:"), self.conditions, VisitFields.CONDITIONS, prefix=True)
        column.addWidget(distance.box)

        self.words, words_box = parties_words(tr("Agregados de las partes sobre las visitas"))
        column.addWidget(words_box)
        column.addStretch(1)

        connect_changes(
            self._changed,
            [
                self.visitor,
                self.pickup_place,
                self.pickup_person,
                self.return_place,
                self.return_person,
                self.has_birthdays,
                self.has_vacations,
                self.parents_days,
                self.has_remote,
                self.remote_hours,
                self.remote_from,
                self.remote_to,
                self.has_supervision,
                self.supervisor,
                self.supervision_place,
                self.words,
                *self.child_boxes.values(),
                *self.means.values(),
                *self.days.values(),
            ],
        )
        for emitter in (
            self.schedule,
            self.holidays,
            self.conditions,
            self.birthdays,
            self.vacations,
        ):
            emitter.changed.connect(self._changed)
        self._update_visibility()

    # ------------------------------------------------------------------ rows
    def _new_block(self) -> BlockRow:
        row = BlockRow(self.ctx.hearing_date)
        row.changed.connect(self._changed)
        return row

    def _new_holiday(self) -> HolidayRow:
        row = HolidayRow(self.year)
        row.changed.connect(self._changed)
        return row

    def _new_condition(self) -> ConditionRow:
        row = ConditionRow()
        row.changed.connect(self._changed)
        return row

    def bind_rows(self) -> None:
        """Each row takes the findings of its number (rows move when one is removed)."""
        rows: list[tuple[Callable[[int], FieldId], list[tuple[QLabel, QWidget]]]] = [
            (visit_block, [(r.mark, r.from_day) for r in self.schedule.rows]),
            (visit_holiday, [(r.mark, r.occasion) for r in self.holidays.rows]),
            (visit_condition, [(r.mark, r.text) for r in self.conditions.rows]),
        ]
        for field_of, marks in rows:
            for i, (mark, widget) in enumerate(marks, start=1):
                prefix = field_of(i)
                self.marks.unbind_prefix(prefix)
                self.marks.bind_prefix(prefix, mark, widget)

    def _same_return(self) -> None:
        self.return_place.setText(self.pickup_place.text())
        self.return_person.setText(self.pickup_person.text())

    def _changed(self) -> None:
        self._update_visibility()
        self.changed.emit()

    def _update_visibility(self) -> None:
        self.birthdays.setEnabled(self.has_birthdays.isChecked())
        self.vacations.setEnabled(self.has_vacations.isChecked())
        remote = self.has_remote.isChecked()
        for box in (*self.means.values(), *self.days.values(), self.remote_hours):
            box.setEnabled(remote)
        hours = remote and self.remote_hours.isChecked()
        self.remote_from.setEnabled(hours)
        self.remote_to.setEnabled(hours)
        supervised = self.has_supervision.isChecked()
        self.supervisor.setEnabled(supervised)
        self.supervision_place.setEnabled(supervised)

    # ------------------------------------------------------------------ values
    def load(self, v: Visitation | None) -> None:
        if v is None:
            return
        self.visitor.choose(v.visitor)
        for uid, box in self.child_boxes.items():
            box.setChecked(uid in v.children)
        self.schedule.clear()
        for block in v.schedule:
            self.schedule.add().load(block)
        self.pickup_place.setText(v.pickup_place)
        self.pickup_person.setText(v.pickup_person)
        self.return_place.setText(v.return_place)
        self.return_person.setText(v.return_person)
        self.holidays.clear()
        for rule in v.holidays:
            self.holidays.add().load(rule)
        self.has_birthdays.setChecked(v.birthdays is not None)
        if v.birthdays:
            self.birthdays.load(v.birthdays)
        self.has_vacations.setChecked(v.vacations is not None)
        if v.vacations:
            self.vacations.load(v.vacations)
        self.parents_days.setChecked(v.parents_days)
        r = v.remote
        self.has_remote.setChecked(r is not None)
        for means, box in self.means.items():
            box.setChecked(bool(r and means in r.means))
        for day, box in self.days.items():
            box.setChecked(bool(r and day in r.days))
        self.remote_hours.setChecked(bool(r and r.from_time is not None))
        if r and r.from_time:
            self.remote_from.setTime(time_edit(r.from_time).time())
        if r and r.to_time:
            self.remote_to.setTime(time_edit(r.to_time).time())
        sup = v.supervision
        self.has_supervision.setChecked(sup is not None)
        self.supervisor.setText(sup.supervisor if sup else "")
        self.supervision_place.setText(sup.place if sup else "")
        self.conditions.clear()
        for text in v.restrictions:
            self.conditions.add().text.setText(text)
        self._update_visibility()

    def value(self) -> Visitation:
        remote = None
        if self.has_remote.isChecked():
            hours = self.remote_hours.isChecked()
            remote = RemoteContact(
                means=tuple(m for m, box in self.means.items() if box.isChecked()),
                days=tuple(d for d, box in self.days.items() if box.isChecked()),
                from_time=time_of(self.remote_from) if hours else None,
                to_time=time_of(self.remote_to) if hours else None,
            )
        supervision = None
        if self.has_supervision.isChecked():
            supervision = Supervision(
                supervisor=self.supervisor.text(), place=self.supervision_place.text()
            )
        return Visitation(
            visitor=self.visitor.current() or Party.CITADO,
            children=tuple(uid for uid, box in self.child_boxes.items() if box.isChecked()),
            schedule=tuple(row.block() for row in self.schedule.rows),
            pickup_place=self.pickup_place.text(),
            pickup_person=self.pickup_person.text(),
            return_place=self.return_place.text(),
            return_person=self.return_person.text(),
            holidays=tuple(row.rule() for row in self.holidays.rows),
            birthdays=self.birthdays.rule() if self.has_birthdays.isChecked() else None,
            parents_days=self.parents_days.isChecked(),
            vacations=self.vacations.rule() if self.has_vacations.isChecked() else None,
            remote=remote,
            supervision=supervision,
            restrictions=tuple(row.text.text() for row in self.conditions.rows),
        )

    def additions_text(self) -> str:
        return self.words.toPlainText()
