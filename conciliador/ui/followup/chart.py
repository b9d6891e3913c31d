"""The small chart of a family's account: what fell due and what was paid, month by month
(the last twelve months up to the account's day), drawn with QtCharts."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from babel.dates import format_date
from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter

from conciliador.documents.reports.svg_charts import PALETTE
from conciliador.services.followup.ledger import FollowUpView
from conciliador.ui.i18n import tr

MONTHS = 12


def monthly_figures(
    view: FollowUpView, months: int = MONTHS
) -> tuple[list[dt.date], list[Decimal], list[Decimal]]:
    """The first day of each month shown, what fell due in it and what was paid in it."""
    as_of = view.account.as_of
    dues = [s.instalment for s in view.account.instalments if s.instalment.due <= as_of]
    if not dues and not view.payments:
        return [], [], []
    first = min([i.due for i in dues] + [p.paid_on for p in view.payments if p.paid_on <= as_of])
    start = max(first.replace(day=1), _shift(as_of.replace(day=1), -(months - 1)))
    shown: list[dt.date] = []
    day = start
    while day <= as_of:
        shown.append(day)
        day = _shift(day, 1)
    owed = [Decimal(0)] * len(shown)
    paid = [Decimal(0)] * len(shown)
    index = {d: n for n, d in enumerate(shown)}
    for item in dues:
        n = index.get(item.due.replace(day=1))
        if n is not None:
            owed[n] += item.amount
    for payment in view.payments:
        n = index.get(payment.paid_on.replace(day=1))
        if n is not None and payment.paid_on <= as_of:
            paid[n] += payment.amount
    return shown, owed, paid


def _shift(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def account_chart(view: FollowUpView) -> QChart:
    months, owed, paid = monthly_figures(view)
    chart = QChart()
    title = tr("Adeudado y pagado por mes")
    if months:
        span = " – ".join(
            dict.fromkeys(
                format_date(m, "MMM yyyy", locale=view.locale) for m in (months[0], months[-1])
            )
        )
        title = f"{title} ({span})"
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    series = QBarSeries()
    for index, (name, values) in enumerate(((tr("Adeudado"), owed), (tr("Pagado"), paid))):
        bars = QBarSet(name)
        bars.setColor(QColor(PALETTE[index % len(PALETTE)]))
        bars.append([float(v) for v in values])
        series.append(bars)
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    # Month names only (the title says the years): «ago 26» does not fit twelve bars.
    categories.append([format_date(m, "MMM", locale=view.locale) for m in months])
    amounts = QValueAxis()
    top = max([float(v) for v in owed + paid] or [0.0])
    amounts.setRange(0, max(1.0, top * 1.1))
    amounts.setLabelFormat("%.0f")
    amounts.applyNiceNumbers()
    chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(amounts, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    series.attachAxis(amounts)
    return chart


def chart_view() -> QChartView:
    view = QChartView()
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(220)
    view.setAccessibleName(tr("Gráfico de lo adeudado y lo pagado"))
    return view
