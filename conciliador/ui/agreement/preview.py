"""The right side of the agreement editor: what keeps the acta from being issued (errors) and
what deserves a look (warnings), and the clauses as the acta will say them — numbered by
matter in the profile's standard wording, the parties' own words visibly marked, and every
gap («[falta: …]») in red."""

from __future__ import annotations

import html
import re
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QTextBrowser, QWidget

from conciliador.domain.enums import Matter
from conciliador.services.actas.wording import ordinal_feminine
from conciliador.services.agreements import ClauseText
from conciliador.ui.agreement.marks import ERROR, WARNING, Mark
from conciliador.ui.i18n import tr
from conciliador.ui.icons import icon
from conciliador.ui.labels import label

Index = QModelIndex | QPersistentModelIndex
MARK_ROLE = Qt.ItemDataRole.UserRole + 1
_GAP = re.compile(r"\[falta: [^\]]*\]")


class FindingsModel(QAbstractListModel):
    """The live findings, errors first; ``MARK_ROLE`` gives the ``Mark`` behind a row."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._marks: list[Mark] = []

    @property
    def marks(self) -> list[Mark]:
        return list(self._marks)

    def set_marks(self, marks: list[Mark]) -> None:
        ordered = sorted(marks, key=lambda m: 0 if m.error else 1)
        if ordered == self._marks:
            return
        self.beginResetModel()
        self._marks = ordered
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._marks)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._marks):
            return None
        mark = self._marks[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{mark.field}: {mark.message}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            kind = tr("Error") if mark.error else tr("Advertencia")
            return f"{kind}. {mark.field}: {mark.message}"
        if role == Qt.ItemDataRole.DecorationRole:
            return icon("error" if mark.error else "warning")
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                tr("Impide emitir el acta. Doble clic: ir al campo.")
                if mark.error
                else tr("Advertencia: no impide emitir el acta. Doble clic: ir al campo.")
            )
        if role == MARK_ROLE:
            return mark
        return None


def clauses_html(clauses: tuple[ClauseText, ...], *, empty: str) -> str:
    """The clauses as the acta numbers them: by matter, then the other stipulations; the
    pending matters' clause last, unnumbered."""
    if not clauses:
        return f"<p style='color:#566573'>{html.escape(empty)}</p>"
    other = tr("Otras estipulaciones")
    order: list[Matter | None] = [*Matter, None]
    numbered = [c for c in clauses if c.kind != "pendientes"]
    numbered.sort(key=lambda c: order.index(c.matter))
    parts: list[str] = []
    current: object = object()
    for number, clause in enumerate(numbered, start=1):
        if clause.matter != current:
            current = clause.matter
            title = label(clause.matter) if clause.matter else other
            parts.append(
                f"<h4 style='margin:10px 0 4px 0; color:#1f5f8b'>{html.escape(title)}</h4>"
            )
        ordinal = ordinal_feminine(number).upper()
        body = _marked(clause.text)
        if clause.free_text:
            parts.append(
                "<table width='100%' cellspacing='0' cellpadding='6' "
                "style='background:#fef9e7; border-left:4px solid #b7950b; margin:4px 0'>"
                f"<tr><td><span style='color:#7d6608; font-size:small'>"
                f"{html.escape(tr('Texto de las partes, con sus palabras'))}</span><br>"
                f"<b>{ordinal}.</b> {body}</td></tr></table>"
            )
        else:
            parts.append(f"<p style='margin:4px 0'><b>{ordinal}.</b> {body}</p>")
    for clause in clauses:
        if clause.kind == "pendientes":
            parts.append(
                f"<p style='margin:10px 0 4px 0; font-style:italic'>{_marked(clause.text)}</p>"
            )
    return "".join(parts)


def _marked(text: str) -> str:
    """The text escaped, each gap in red."""
    out = []
    last = 0
    for gap in _GAP.finditer(text):
        out.append(html.escape(text[last : gap.start()]))
        out.append(
            f"<span style='color:{ERROR}; font-weight:bold'>{html.escape(gap.group())}</span>"
        )
        last = gap.end()
    out.append(html.escape(text[last:]))
    return "".join(out)


class ClausePreview(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Cláusulas en la redacción estándar"))
        self.setOpenLinks(False)
        self.setStyleSheet("QTextBrowser { background: #ffffff; }")

    def show_clauses(self, clauses: tuple[ClauseText, ...], *, empty: str) -> None:
        bar = self.verticalScrollBar()
        position = bar.value()
        self.setHtml(clauses_html(clauses, empty=empty))
        bar.setValue(position)


def summary_text(errors: int, warnings: int) -> tuple[str, str]:
    """(text, colour) of the editor's state line."""
    if errors:
        text = (
            tr("1 error impide emitir el acta")
            if errors == 1
            else tr("{n} errores impiden emitir el acta").format(n=errors)
        )
        if warnings:
            text += " · " + (
                tr("1 advertencia") if warnings == 1 else tr("{n} advertencias").format(n=warnings)
            )
        return text, ERROR
    if warnings:
        return (
            tr("Sin errores: el acta se puede emitir")
            + " · "
            + (tr("1 advertencia") if warnings == 1 else tr("{n} advertencias").format(n=warnings)),
            WARNING,
        )
    return tr("Sin errores ni advertencias: el acta se puede emitir"), "#1e8449"
