"""Report charts (services.reports.tables) drawn with QtCharts."""

from __future__ import annotations

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter

from conciliador.documents.reports.layout import Chart
from conciliador.documents.reports.svg_charts import PALETTE


def chart_view(spec: Chart) -> QChartView:
    """A chart view of ``spec``: grouped bars, one colour per compared month."""
    chart = QChart()
    chart.setTitle(spec.title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    horizontal = spec.kind == "bar"
    series = QHorizontalBarSeries() if horizontal else QBarSeries()
    for index, data in enumerate(spec.series):
        bar_set = QBarSet(data.name)
        bar_set.setColor(QColor(PALETTE[index % len(PALETTE)]))
        bar_set.setLabelColor(QColor("#262626"))
        bar_set.append(list(data.values))
        series.append(bar_set)
    series.setLabelsVisible(True)
    series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    # Horizontal bars list the first category at the top, as people read.
    categories.append(list(reversed(spec.categories)) if horizontal else list(spec.categories))
    if horizontal:
        for bar_set in series.barSets():
            heights = [bar_set.at(i) for i in range(bar_set.count())]
            bar_set.remove(0, bar_set.count())
            bar_set.append(list(reversed(heights)))
    values = QValueAxis()
    top = max((v for s in spec.series for v in s.values), default=0.0)
    values.setRange(0, max(1.0, top * 1.15))
    values.setLabelFormat("%.0f")
    values.applyNiceNumbers()
    chart.addAxis(
        categories, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom
    )
    chart.addAxis(
        values, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft
    )
    series.attachAxis(categories)
    series.attachAxis(values)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    rows = len(spec.categories) * max(1, len(spec.series))
    view.setMinimumHeight(max(300, 18 * rows + 120) if horizontal else 320)
    view.setAccessibleName(spec.title)
    return view
