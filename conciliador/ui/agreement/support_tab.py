"""The «Pensión alimenticia» tab: who pays for which children, how much (a share of the net
income, or a fixed sum), when and how it is paid, the 13th month, in-kind items, arrears and
the yearly adjustment — with the guideline's working beside the figures, worked again as the
officer types, and the reason for departing from it when the amount is below it."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from conciliador.domain.agreement_terms import (
    AdjustmentKind,
    GuidelineKind,
    InKindKind,
    Party,
    PaymentMethod,
    Periodicity,
    SupportBasis,
    Weekday,
)
from conciliador.domain.enums import Matter
from conciliador.services.agreements import AgreementContext, Evaluation, GuidelineWorking
from conciliador.services.agreements.checks import DEPARTURE_CODES
from conciliador.services.agreements.money import split_equally
from conciliador.services.agreements.terms import (
    Adjustment,
    Arrears,
    ChildAmount,
    Income,
    InKind,
    Payment,
    Support,
)
from conciliador.services.errors import FieldProblem
from conciliador.services.fields import (
    AgreementFields,
    SupportFields,
    support_child,
    support_child_amount,
    support_in_kind,
)
from conciliador.ui.agreement.fields import (
    AmountEdit,
    Choice,
    FormBox,
    Money,
    PercentSpin,
    RowList,
    connect_changes,
    hbox,
    mark_label,
    parties_words,
)
from conciliador.ui.agreement.marks import LiveMarks
from conciliador.ui.i18n import tr
from conciliador.ui.icons import icon
from conciliador.ui.labels import label
from conciliador.ui.widgets.forms import DateField


def party_text(ctx: AgreementContext, side: Party) -> str:
    return f"{label(side)} — {ctx.party(side).full_name}"


class InKindRow(QWidget):
    changed = Signal()

    def __init__(self, money: Money, number: int) -> None:
        super().__init__()
        self.kind: Choice[InKindKind] = Choice(list(InKindKind))
        self.description = QLineEdit()
        self.description.setPlaceholderText(tr("qué se entrega"))
        self.when = QLineEdit()
        self.when.setPlaceholderText(tr("cuándo (p. ej. al inicio del año escolar)"))
        self.value = AmountEdit(money, support_in_kind(number))
        self.value.setPlaceholderText(tr("valor estimado"))
        self.mark = mark_label()
        for widget, name in (
            (self.kind, tr("Tipo")),
            (self.description, tr("Descripción")),
            (self.when, tr("Cuándo")),
            (self.value, tr("Valor estimado")),
        ):
            widget.setAccessibleName(name)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        line = QHBoxLayout()
        line.addWidget(self.kind)
        line.addWidget(self.description, 2)
        line.addWidget(self.when, 2)
        line.addWidget(self.value, 1)
        column.addLayout(line)
        column.addWidget(self.mark)
        connect_changes(self.changed.emit, (self.kind, self.description, self.when, self.value))

    def load(self, item: InKind) -> None:
        self.kind.choose(item.kind)
        self.description.setText(item.description)
        self.when.setText(item.when)
        self.value.set_value(item.estimated_value)

    def item(self) -> InKind:
        return InKind(
            kind=self.kind.current() or InKindKind.OTRO,
            description=self.description.text(),
            when=self.when.text(),
            estimated_value=self.value.value(),
        )


class ChildLine:
    """One child: whether the support is for them, and their amount per period."""

    def __init__(self, uid: str, name: str, money: Money) -> None:
        self.uid = uid
        self.name = name
        self.check = QCheckBox(name)
        self.check.setChecked(True)
        self.amount = AmountEdit(money, support_child_amount(uid, name))
        self.amount.setAccessibleName(tr("Monto para {name}").format(name=name))
        self.mark = mark_label()


class WorkingView(QGroupBox):
    """The guideline's working, line by line, with its legal basis and notes."""

    def __init__(self, support: str) -> None:
        """``support``: the office's word for the matter inside a sentence («pensión de
        alimentos»)."""
        super().__init__(tr("Pauta alimentaria: el cálculo"))
        self.support = support
        self.basis = QLabel()
        self.basis.setWordWrap(True)
        self.basis.setStyleSheet("color: #566573; font-style: italic;")
        self.lines = QLabel()
        self.lines.setTextFormat(Qt.TextFormat.RichText)
        self.lines.setWordWrap(True)
        self.lines.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lines.setAccessibleName(tr("Cálculo de la pauta alimentaria"))
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color: #566573;")
        column = QVBoxLayout(self)
        column.addWidget(self.basis)
        column.addWidget(self.lines)
        column.addWidget(self.notes)
        column.addStretch(1)

    def show_working(self, working: GuidelineWorking | None) -> None:
        if working is None:
            self.basis.setText("")
            self.lines.setText(
                tr("Sin {matter} acordada, no hay cálculo.").format(matter=self.support)
            )
            self.notes.setText("")
            return
        self.basis.setText(working.legal_basis)
        rows = []
        for line in working.lines:
            rows.append(
                "<tr>"
                f"<td style='padding:2px 8px 2px 0'>{_esc(line.concept)}</td>"
                f"<td style='padding:2px 8px; color:#566573'>{_esc(line.calculation)}</td>"
                f"<td align='right' style='padding:2px 0 2px 8px'><b>{_esc(line.result)}</b></td>"
                "</tr>"
            )
        self.lines.setText(f"<table>{''.join(rows)}</table>" if rows else "")
        self.notes.setText("\n".join(working.notes))


def _esc(text: str) -> str:
    import html

    return html.escape(text)


class SupportTab(QScrollArea):
    """Edits ``Support``; ``value()`` gives it (None when the matter is not agreed here)."""

    changed = Signal()

    def __init__(self, ctx: AgreementContext, money: Money, marks: LiveMarks) -> None:
        super().__init__()
        self.ctx = ctx
        self.money = money
        self.marks = marks
        self.evaluation: Evaluation | None = None
        self.setWidgetResizable(True)
        page = QWidget()
        self.setWidget(page)
        left = QVBoxLayout(page)

        # ---------------------------------------------------------------- who and how much
        who = FormBox(tr("Quién paga y a favor de quién"), marks)
        self.payer: Choice[Party] = Choice(list(Party), lambda p: party_text(ctx, p))
        who.row(tr("&Alimentante (paga):"), self.payer)
        self.child_lines = [ChildLine(c.uid, c.full_name, money) for c in ctx.children]
        grid_holder = QWidget()
        grid = QGridLayout(grid_holder)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(tr("Hija o hijo")), 0, 0)
        self.amount_caption = QLabel()
        grid.addWidget(self.amount_caption, 0, 1)
        for i, line in enumerate(self.child_lines, start=1):
            grid.addWidget(line.check, 2 * i - 1, 0)
            grid.addWidget(line.amount, 2 * i - 1, 1)
            grid.addWidget(line.mark, 2 * i, 0, 1, 2)
            marks.bind(support_child_amount(line.uid), line.mark, line.amount)
            marks.bind(support_child(line.uid), line.mark, line.check)
        self.total = QLabel()
        self.total.setStyleSheet("font-weight: bold;")
        grid.addWidget(self.total, 2 * len(self.child_lines) + 1, 0, 1, 2)
        who.row(tr("Hijas e hijos:"), grid_holder, SupportFields.CHILDREN, focus=grid_holder)
        amounts_mark = who.mark(SupportFields.AMOUNT)
        # The currency is the office's, not typed here: a draft in another one (from the
        # command line) is said with the amounts, by its name.
        marks.bind(SupportFields.CURRENCY, amounts_mark, grid_holder, named=True)
        left.addWidget(who.box)

        # ---------------------------------------------------------------- basis and income
        calc = FormBox(tr("Cómo se calcula"), marks)
        self.basis: Choice[SupportBasis] = Choice(list(SupportBasis))
        calc.row(tr("&Base:"), self.basis)
        self.percentage = PercentSpin()
        self.percentage_row = calc.row(
            tr("&Porcentaje del ingreso neto:"), self.percentage, SupportFields.PERCENTAGE
        )
        self.apply_button = QPushButton(icon("agreement"), tr("Aplicar la &pauta"))
        self.apply_button.setToolTip(
            tr("Pone el porcentaje o los montos que fija la pauta del perfil de la oficina.")
        )
        self.apply_button.clicked.connect(self.apply_guideline)
        calc.line(hbox(self.apply_button))
        self.gross = AmountEdit(money, SupportFields.GROSS)
        self.social = AmountEdit(money, SupportFields.SOCIAL_SECURITY)
        self.tax = AmountEdit(money, SupportFields.INCOME_TAX)
        self.thirteenth = AmountEdit(money, SupportFields.INCOME_13TH)
        self.source = QLineEdit()
        self.source.setPlaceholderText(tr("p. ej. colilla de pago, constancia salarial"))
        calc.row(tr("Ingreso &bruto mensual:"), self.gross, SupportFields.INCOME)
        calc.row(tr("Menos &seguridad social:"), self.social)
        calc.row(tr("Menos &impuesto sobre la renta:"), self.tax)
        # Net income is declared, never assumed: deductions above, or this box ticked.
        self.no_deductions = QCheckBox(tr("El ingreso &no tiene deducciones de ley"))
        self.no_deductions.setToolTip(
            tr(
                "Márquelo solo si el alimentante no cotiza a la seguridad social ni paga impuesto"
                " sobre la renta (trabajo por cuenta propia, informal…), según los documentos"
                " vistos."
            )
        )
        calc.row("", self.no_deductions, SupportFields.DEDUCTIONS)
        calc.row(tr("Décimo tercer mes (&anual):"), self.thirteenth)
        self.source.setPlaceholderText(
            tr("documentos vistos: colilla de pago, constancia salarial, declaración…")
        )
        calc.row(tr("&Documentos vistos:"), self.source, SupportFields.SOURCE)
        left.addWidget(calc.box)
        self.working = WorkingView(ctx.words.matter_text(Matter.ALIMENTOS))
        left.addWidget(self.working)

        # ---------------------------------------------------------------- when and how
        pay = FormBox(tr("Cuándo y cómo se paga"), marks)
        self.periodicity: Choice[Periodicity] = Choice(list(Periodicity))
        pay.row(tr("Pe&riodicidad:"), self.periodicity)
        self.day1 = _day_spin()
        self.day2 = _day_spin()
        self.weekday: Choice[Weekday] = Choice(list(Weekday), none=tr("sin indicar"))
        self.and_label = QLabel(tr("y"))
        days = hbox(self.day1, self.and_label, self.day2, self.weekday)
        pay.row(tr("&Día de pago:"), days, SupportFields.DUE_DAY, focus=self.day1)
        self.first_payment = DateField()
        if ctx.hearing_date:
            self.first_payment.set_default_page(ctx.hearing_date)
        pay.row(tr("Pri&mer pago:"), self.first_payment, SupportFields.FIRST_PAYMENT)
        self.method: Choice[PaymentMethod] = Choice(list(PaymentMethod), none=tr("sin indicar"))
        pay.row(tr("&Forma de pago:"), self.method, SupportFields.PAYMENT_METHOD)
        self.bank = QLineEdit()
        self.account = QLineEdit()
        self.holder = QLineEdit()
        self.employer = QLineEdit()
        self.bank_row = pay.row(tr("Banco:"), self.bank)
        self.account_row = pay.row(tr("Número de cuenta:"), self.account)
        self.holder_row = pay.row(tr("Titular de la cuenta:"), self.holder)
        self.employer_row = pay.row(tr("Empleador que deduce:"), self.employer)
        self.pay_form = pay
        left.addWidget(pay.box)

        # ---------------------------------------------------------------- extras
        extras = FormBox(tr("Décimo tercer mes, especie, atrasos y reajuste"), marks)
        self.has_13th = QCheckBox(tr("Una parte del décimo tercer mes (aguinaldo), en diciembre"))
        self.share_13th = PercentSpin()
        extras.row(
            tr("Aguinaldo:"),
            hbox(self.has_13th, self.share_13th),
            SupportFields.SHARE_13TH,
            focus=self.has_13th,
        )
        self.in_kind: RowList[InKindRow] = RowList(
            self._new_in_kind, tr("Agregar algo en &especie")
        )
        extras.row(tr("En especie:"), self.in_kind, SupportFields.IN_KIND, prefix=True)
        self.has_arrears = QCheckBox(tr("Pensiones atrasadas, en cuotas"))
        self.arrears_total = AmountEdit(money, SupportFields.ARREARS)
        self.arrears_count = QSpinBox()
        self.arrears_count.setRange(1, 240)
        self.arrears_count.setSuffix(tr(" cuotas"))
        self.arrears_first = DateField()
        extras.row(
            tr("Atrasos:"),
            hbox(
                self.has_arrears,
                self.arrears_total,
                self.arrears_count,
                tr("primera:"),
                self.arrears_first,
            ),
            SupportFields.ARREARS,
            prefix=True,
            focus=self.has_arrears,
        )
        self.has_adjustment = QCheckBox(tr("Reajuste anual"))
        self.adjustment_kind: Choice[AdjustmentKind] = Choice(list(AdjustmentKind))
        self.adjustment_index = QLineEdit()
        self.adjustment_index.setPlaceholderText(tr("índice (p. ej. IPC)"))
        self.adjustment_share = PercentSpin()
        self.adjustment_date = DateField()
        extras.row(
            tr("Reajuste:"),
            hbox(
                self.has_adjustment,
                self.adjustment_kind,
                self.adjustment_index,
                self.adjustment_share,
                tr("desde:"),
                self.adjustment_date,
            ),
            SupportFields.ADJUSTMENT,
            focus=self.has_adjustment,
        )
        left.addWidget(extras.box)

        # ---------------------------------------------------------------- departure, words
        self.reason_box = QGroupBox(tr("Motivo para apartarse de la pauta"))
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(70)
        self.reason.setAccessibleName(tr("Motivo para apartarse de la pauta"))
        self.reason.setPlaceholderText(
            tr("Por qué el monto acordado es menor que el de la pauta (al menos 10 caracteres).")
        )
        reason_mark = mark_label()
        marks.bind(AgreementFields.DEPARTURE_REASON, reason_mark, self.reason)
        reason_column = QVBoxLayout(self.reason_box)
        reason_column.addWidget(self.reason)
        reason_column.addWidget(reason_mark)
        left.addWidget(self.reason_box)
        self.words, words_box = parties_words(tr("Agregados de las partes sobre la pensión"))
        left.addWidget(words_box)
        left.addStretch(1)

        watched: list[QObject] = [
            self.payer,
            self.basis,
            self.percentage,
            self.gross,
            self.social,
            self.tax,
            self.no_deductions,
            self.thirteenth,
            self.source,
            self.periodicity,
            self.day1,
            self.day2,
            self.weekday,
            self.first_payment,
            self.method,
            self.bank,
            self.account,
            self.holder,
            self.employer,
            self.has_13th,
            self.share_13th,
            self.has_arrears,
            self.arrears_total,
            self.arrears_count,
            self.arrears_first,
            self.has_adjustment,
            self.adjustment_kind,
            self.adjustment_index,
            self.adjustment_share,
            self.adjustment_date,
            self.reason,
            self.words,
        ]
        watched += [line.check for line in self.child_lines]
        watched += [line.amount for line in self.child_lines]
        connect_changes(self._changed, watched)
        self.in_kind.changed.connect(self._changed)
        self._update_visibility()

    # ------------------------------------------------------------------ rows
    def _new_in_kind(self) -> InKindRow:
        row = InKindRow(self.money, len(self.in_kind.rows) + 1)
        row.changed.connect(self._changed)
        return row

    def bind_rows(self) -> None:
        """Each in-kind row takes the findings of its number (rows move when one is removed)."""
        for i, row in enumerate(self.in_kind.rows, start=1):
            prefix = support_in_kind(i)
            self.marks.unbind_prefix(prefix)
            self.marks.bind_prefix(prefix, row.mark, row.description)
            row.value.field = prefix

    # ------------------------------------------------------------------ state
    def _changed(self) -> None:
        self._update_visibility()
        self.changed.emit()

    def _update_visibility(self) -> None:
        share = self.basis.current() == SupportBasis.PORCENTAJE_INGRESO
        self.percentage.setEnabled(share)
        for line in self.child_lines:
            line.amount.setReadOnly(share)
            line.amount.setEnabled(line.check.isChecked())
        period = self.periodicity.current() or Periodicity.MENSUAL
        self.amount_caption.setText(
            tr("Monto {period} (se calcula del porcentaje)").format(period=label(period).lower())
            if share
            else tr("Monto {period}").format(period=label(period).lower())
        )
        weekly = period == Periodicity.SEMANAL
        self.day1.setVisible(not weekly)
        self.day2.setVisible(period == Periodicity.QUINCENAL)
        self.and_label.setVisible(period == Periodicity.QUINCENAL)
        self.weekday.setVisible(weekly)
        method = self.method.current()
        deposit = method == PaymentMethod.DEPOSITO_BANCARIO
        for account_field in (self.bank, self.account, self.holder):
            self.pay_form.show_row(account_field, deposit)
        self.pay_form.show_row(self.employer, method == PaymentMethod.DEDUCCION_PLANILLA)
        # With a share of the income, the 13th-month share is that same share (a departure
        # from the guideline applies to every clause derived from it): shown, not typed.
        self.share_13th.setEnabled(self.has_13th.isChecked() and not share)
        if share and self.has_13th.isChecked():
            self.share_13th.setValue(self.percentage.value())
        arrears: tuple[QWidget, ...] = (self.arrears_total, self.arrears_count, self.arrears_first)
        for part in arrears:
            part.setEnabled(self.has_arrears.isChecked())
        adjusting = self.has_adjustment.isChecked()
        kind = self.adjustment_kind.current()
        self.adjustment_kind.setEnabled(adjusting)
        self.adjustment_index.setVisible(kind != AdjustmentKind.PORCENTAJE)
        self.adjustment_share.setVisible(kind == AdjustmentKind.PORCENTAJE)
        adjustment: tuple[QWidget, ...] = (
            self.adjustment_index,
            self.adjustment_share,
            self.adjustment_date,
        )
        for part in adjustment:
            part.setEnabled(adjusting)

    def load(self, s: Support | None) -> None:
        """Show ``s`` (or an empty form)."""
        if s is None:
            return
        self.payer.choose(s.payer)
        self.basis.choose(s.basis)
        self.percentage.setValue(float(s.percentage or 0))
        chosen = {c.child: c.amount for c in s.children}
        for line in self.child_lines:
            line.check.setChecked(line.uid in chosen)
            amount = chosen.get(line.uid)
            line.amount.set_value(amount if amount else None)
        income = s.income
        self.gross.set_value(income.gross if income else None)
        self.social.set_value(income.social_security if income and income.social_security else None)
        self.tax.set_value(income.income_tax if income and income.income_tax else None)
        self.thirteenth.set_value(income.thirteenth_month if income else None)
        self.source.setText(income.source if income else "")
        self.no_deductions.setChecked(bool(income and income.no_deductions))
        self.periodicity.choose(s.periodicity)
        days = [*s.due_days, 0, 0]
        self.day1.setValue(days[0])
        self.day2.setValue(days[1])
        self.weekday.choose(s.due_weekday)
        self.first_payment.set_value(s.first_payment)
        p = s.payment
        self.method.choose(p.method if p else None)
        self.bank.setText(p.bank if p else "")
        self.account.setText(p.account if p else "")
        self.holder.setText(p.account_holder if p else "")
        self.employer.setText(p.employer if p else "")
        self.has_13th.setChecked(s.thirteenth_month_share is not None)
        self.share_13th.setValue(float(s.thirteenth_month_share or 0))
        self.in_kind.clear()
        for item in s.in_kind:
            row = self.in_kind.add()
            row.load(item)
        a = s.arrears
        self.has_arrears.setChecked(a is not None)
        self.arrears_total.set_value(a.total if a else None)
        self.arrears_count.setValue(a.instalments if a else 1)
        self.arrears_first.set_value(a.first_due if a else None)
        adj = s.adjustment
        self.has_adjustment.setChecked(adj is not None)
        self.adjustment_kind.choose(adj.kind if adj else AdjustmentKind.INDICE)
        self.adjustment_index.setText(adj.index if adj else "")
        self.adjustment_share.setValue(float(adj.percentage or 0) if adj else 0)
        self.adjustment_date.set_value(adj.first_date if adj else None)
        self._update_visibility()

    def value(self, problems: list[FieldProblem]) -> Support:
        """The support as typed; amounts that cannot be read are left out and their problem
        added to ``problems``."""

        def amount(edit: AmountEdit) -> Decimal | None:
            value = edit.value()
            if edit.problem is not None:
                problems.append(edit.problem)
            return value

        basis = self.basis.current() or SupportBasis.MONTO_FIJO
        gross = amount(self.gross)
        social = amount(self.social)
        tax = amount(self.tax)
        thirteenth = amount(self.thirteenth)
        income = None
        if gross is not None:
            income = Income(
                gross=gross,
                social_security=social or Decimal(0),
                income_tax=tax or Decimal(0),
                thirteenth_month=thirteenth,
                source=self.source.text(),
                no_deductions=self.no_deductions.isChecked(),
            )
        children = []
        for line in self.child_lines:
            if not line.check.isChecked():
                continue
            value = Decimal(0) if basis == SupportBasis.PORCENTAJE_INGRESO else amount(line.amount)
            children.append(ChildAmount(child=line.uid, amount=value or Decimal(0)))
        period = self.periodicity.current() or Periodicity.MENSUAL
        if period == Periodicity.SEMANAL:
            due_days: tuple[int, ...] = ()
        elif period == Periodicity.QUINCENAL:
            due_days = tuple(d for d in (self.day1.value(), self.day2.value()) if d)
        else:
            due_days = (self.day1.value(),) if self.day1.value() else ()
        method = self.method.current()
        payment = None
        if method is not None:
            deposit = method == PaymentMethod.DEPOSITO_BANCARIO
            payment = Payment(
                method=method,
                bank=self.bank.text() if deposit else "",
                account=self.account.text() if deposit else "",
                account_holder=self.holder.text() if deposit else "",
                employer=self.employer.text() if method == PaymentMethod.DEDUCCION_PLANILLA else "",
            )
        in_kind = tuple(row.item() for row in self.in_kind.rows)
        for row in self.in_kind.rows:
            if row.value.problem is not None:
                problems.append(row.value.problem)
        arrears = None
        if self.has_arrears.isChecked():
            arrears = Arrears(
                total=amount(self.arrears_total) or Decimal(0),
                instalments=self.arrears_count.value(),
                first_due=self.arrears_first.value(),
            )
        adjustment = None
        if self.has_adjustment.isChecked():
            kind = self.adjustment_kind.current() or AdjustmentKind.INDICE
            adjustment = Adjustment(
                kind=kind,
                index=self.adjustment_index.text() if kind == AdjustmentKind.INDICE else "",
                percentage=self.adjustment_share.decimal()
                if kind == AdjustmentKind.PORCENTAJE
                else None,
                first_date=self.adjustment_date.value(),
            )
        return Support(
            payer=self.payer.current() or Party.CITADO,
            basis=basis,
            income=income,
            percentage=self.percentage.decimal()
            if basis == SupportBasis.PORCENTAJE_INGRESO
            else None,
            children=tuple(children),
            currency=self.ctx.currency,
            periodicity=period,
            due_days=due_days,
            due_weekday=self.weekday.current() if period == Periodicity.SEMANAL else None,
            first_payment=self.first_payment.value(),
            payment=payment,
            thirteenth_month_share=self.share_13th.decimal() if self.has_13th.isChecked() else None,
            in_kind=in_kind,
            arrears=arrears,
            adjustment=adjustment,
        )

    def departure_reason(self) -> str:
        return self.reason.toPlainText()

    def additions_text(self) -> str:
        return self.words.toPlainText()

    # ------------------------------------------------------------------ evaluation
    def show_evaluation(self, evaluation: Evaluation) -> None:
        """Derived amounts, the total, the working, and the reason box when it is needed."""
        self.evaluation = evaluation
        s = evaluation.terms.support
        derived = {c.child: c.amount for c in s.children} if s else {}
        if self.basis.current() == SupportBasis.PORCENTAJE_INGRESO:
            for line in self.child_lines:
                amount = derived.get(line.uid)
                line.amount.blockSignals(True)
                line.amount.set_value(amount if amount else None)
                line.amount.blockSignals(False)
        if s is not None and s.children:
            period = label(s.periodicity).lower()
            text = tr("Total {period}: {amount}").format(
                period=period, amount=self.money.text(s.total)
            )
            monthly = evaluation.monthly_support
            if monthly is not None and s.periodicity != Periodicity.MENSUAL:
                text += " " + tr("({amount} al mes)").format(amount=self.money.text(monthly))
            self.total.setText(text)
        else:
            self.total.setText("")
        self.working.show_working(evaluation.guideline)
        needed = any(f.code in DEPARTURE_CODES for f in evaluation.findings)
        self.reason_box.setVisible(needed or bool(self.reason.toPlainText().strip()))

    def apply_guideline(self) -> None:
        """Put the guideline's share (or floors) in the form."""
        evaluation = self.evaluation
        g = evaluation.guideline if evaluation else None
        if g is None:
            return
        includes_13th = self.ctx.profile.guideline.includes_13th_month
        if g.share is not None and g.kind == GuidelineKind.PORCENTAJE_INGRESO_NETO:
            self.basis.choose(SupportBasis.PORCENTAJE_INGRESO)
            self.percentage.setValue(float(g.share))
            if includes_13th:
                self.has_13th.setChecked(True)
                self.share_13th.setValue(float(g.share))
        elif g.total is not None:
            self.basis.choose(SupportBasis.MONTO_FIJO)
            period = self.periodicity.current() or Periodicity.MENSUAL
            lines = [line for line in self.child_lines if line.check.isChecked()]
            per_period = g.per_period(period)
            if lines and per_period is not None:
                parts = split_equally(per_period, len(lines), self.ctx.currency)
                for line, part in zip(lines, parts, strict=True):
                    line.amount.set_value(part)
        self._changed()

    def first_problem_widget(self) -> QWidget:
        return self.gross


def _day_spin() -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, 31)
    spin.setSpecialValueText(tr("—"))
    spin.setToolTip(tr("Día del mes (1 a 31)"))
    spin.setMinimumWidth(72)
    spin.setMaximumWidth(90)
    return spin
