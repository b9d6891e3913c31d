"""Bar charts as SVG, for the PDF report (LibreOffice draws SVG images as vectors).

Small and dependency-free on purpose: grouped bars with a legend, value labels and a light
grid are all a monthly report needs, and the text stays real text in the PDF.
"""

from __future__ import annotations

import math
from xml.sax.saxutils import escape

from babel.numbers import format_decimal

from conciliador.documents.reports.layout import Chart

#: One colour per compared month: the month, the month before, the year before.
PALETTE = ("#1F4E79", "#9DC3E6", "#C9C9C9", "#F4B183", "#A9D18E")
FONT = "DejaVu Sans, Liberation Sans, Arial, sans-serif"


def _nice_max(value: float) -> float:
    if value <= 0:
        return 1.0
    magnitude = 10.0 ** math.floor(math.log10(value))
    for step in (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        if value <= step * magnitude:
            return step * magnitude
    return 10 * magnitude


def _fmt(value: float, locale: str) -> str:
    return format_decimal(value, format="#,##0.#", locale=locale)


def _legend(chart: Chart, x: float, y: float) -> list[str]:
    parts = []
    for index, series in enumerate(chart.series):
        colour = PALETTE[index % len(PALETTE)]
        parts.append(f'<rect x="{x:.1f}" y="{y - 9:.1f}" width="10" height="10" fill="{colour}"/>')
        parts.append(
            f'<text x="{x + 14:.1f}" y="{y:.1f}" font-size="11">{escape(series.name)}</text>'
        )
        x += 24 + 6.5 * len(series.name)
    return parts


def render_svg(chart: Chart, locale: str, width: float = 900) -> tuple[str, float, float]:
    """The chart as an SVG document; returns (svg, width, height) in px."""
    n_series = max(1, len(chart.series))
    n_categories = max(1, len(chart.categories))
    top = max((v for s in chart.series for v in s.values), default=0.0)
    scale_max = _nice_max(top)
    parts: list[str] = []
    if chart.kind == "bar":
        label_width = min(260.0, 12 + 6.4 * max((len(c) for c in chart.categories), default=4))
        bar_h, gap = 11.0, 10.0
        group_h = n_series * bar_h + gap
        plot_top, plot_left = 44.0, label_width
        plot_w = width - plot_left - 60
        height = plot_top + n_categories * group_h + 30
        for tick in range(5):
            value = scale_max * tick / 4
            x = plot_left + plot_w * tick / 4
            parts.append(
                f'<line x1="{x:.1f}" y1="{plot_top - 4:.1f}" x2="{x:.1f}" '
                f'y2="{height - 26:.1f}" stroke="#E0E0E0"/>'
            )
            parts.append(
                f'<text x="{x:.1f}" y="{height - 10:.1f}" font-size="10" text-anchor="middle" '
                f'fill="#595959">{_fmt(value, locale)}</text>'
            )
        for c_index, category in enumerate(chart.categories):
            y0 = plot_top + c_index * group_h
            parts.append(
                f'<text x="{plot_left - 8:.1f}" y="{y0 + n_series * bar_h / 2 + 4:.1f}" '
                f'font-size="11" text-anchor="end">{escape(category)}</text>'
            )
            for s_index, series in enumerate(chart.series):
                value = series.values[c_index]
                w = plot_w * value / scale_max
                y = y0 + s_index * bar_h
                colour = PALETTE[s_index % len(PALETTE)]
                parts.append(
                    f'<rect x="{plot_left:.1f}" y="{y:.1f}" width="{w:.1f}" '
                    f'height="{bar_h - 1:.1f}" fill="{colour}"/>'
                )
                parts.append(
                    f'<text x="{plot_left + w + 4:.1f}" y="{y + bar_h - 2:.1f}" '
                    f'font-size="9" fill="#404040">{_fmt(value, locale)}</text>'
                )
    else:
        height = 340.0
        plot_top, plot_left, plot_bottom = 44.0, 56.0, height - 52
        plot_w = width - plot_left - 20
        plot_h = plot_bottom - plot_top
        group_w = plot_w / n_categories
        bar_w = min(34.0, (group_w - 14) / n_series)
        for tick in range(5):
            value = scale_max * tick / 4
            y = plot_bottom - plot_h * tick / 4
            parts.append(
                f'<line x1="{plot_left:.1f}" y1="{y:.1f}" x2="{plot_left + plot_w:.1f}" '
                f'y2="{y:.1f}" stroke="#E0E0E0"/>'
            )
            parts.append(
                f'<text x="{plot_left - 6:.1f}" y="{y + 4:.1f}" font-size="10" '
                f'text-anchor="end" fill="#595959">{_fmt(value, locale)}</text>'
            )
        for c_index, category in enumerate(chart.categories):
            x0 = plot_left + c_index * group_w + (group_w - n_series * bar_w) / 2
            parts.append(
                f'<text x="{plot_left + (c_index + 0.5) * group_w:.1f}" y="{plot_bottom + 18:.1f}" '
                f'font-size="11" text-anchor="middle">{escape(category)}</text>'
            )
            for s_index, series in enumerate(chart.series):
                value = series.values[c_index]
                h = plot_h * value / scale_max
                x = x0 + s_index * bar_w
                colour = PALETTE[s_index % len(PALETTE)]
                parts.append(
                    f'<rect x="{x:.1f}" y="{plot_bottom - h:.1f}" width="{bar_w - 2:.1f}" '
                    f'height="{h:.1f}" fill="{colour}"/>'
                )
                parts.append(
                    f'<text x="{x + (bar_w - 2) / 2:.1f}" y="{plot_bottom - h - 3:.1f}" '
                    f'font-size="9" text-anchor="middle" fill="#404040">'
                    f"{_fmt(value, locale)}</text>"
                )
    parts[0:0] = [
        f'<text x="0" y="16" font-size="14" font-weight="bold">{escape(chart.title)}</text>',
        *_legend(chart, 0, 34),
    ]
    body = "\n".join(parts)
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0f}" height="{height:.0f}" '
        f'viewBox="0 0 {width:.0f} {height:.0f}" font-family="{FONT}">\n'
        f'<rect x="0" y="0" width="{width:.0f}" height="{height:.0f}" fill="#FFFFFF"/>\n'
        f"{body}\n</svg>\n"
    )
    return svg, width, height
