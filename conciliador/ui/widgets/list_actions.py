"""The administration's two building blocks, written once:

- ``ListWithActions``: a table of rows from one service call with its row of buttons, each
  button enabled by a rule on the selected row, one dialog open at a time that reloads the
  list when it is accepted;
- ``FormDialog``: a dialog of labelled fields with its error line and its Save/Cancel buttons,
  whose ``save`` calls a service and closes on success.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLayout,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from conciliador.services.errors import ServiceError, ValidationFailed
from conciliador.ui.context import UiContext
from conciliador.ui.errors import report_unexpected
from conciliador.ui.feedback import FieldErrors, run_service
from conciliador.ui.icons import icon
from conciliador.ui.widgets.forms import Form, error_label, room_for_messages
from conciliador.ui.widgets.table import RowTable
from conciliador.ui.widgets.table_model import Column, RowsModel

#: When a button may be pressed, from the selected row (None when none is).
Rule = Callable[[Any], bool]
Part = QWidget | QLayout


def _add(layout: QVBoxLayout, part: Part, stretch: int = 0) -> None:
    if isinstance(part, QLayout):
        layout.addLayout(part, stretch)
    else:
        layout.addWidget(part, stretch)


def any_row(row: Any) -> bool:
    return row is not None


class ListWithActions(QWidget):
    """A list an administrator keeps: ``fetch`` reads its rows (a service call), ``action``
    adds a button, ``arrange`` lays out what goes above and below the table."""

    def __init__(
        self,
        context: UiContext,
        columns: Sequence[Column[Any]],
        caption: str,
        *,
        stretch: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.dialog: QDialog | None = None
        self.model: RowsModel[Any] = RowsModel(columns, self)
        self.table = RowTable(caption)
        self.table.setModel(self.model)
        self.table.current_changed.connect(lambda _r: self.sync())
        self.buttons = QHBoxLayout()
        self._stretch = stretch
        self._rules: list[tuple[QPushButton, Rule]] = []
        self._trailing: list[QPushButton] = []

    # -- building ----------------------------------------------------------------------------
    def action(
        self,
        text: str,
        handler: Callable[[], object],
        *,
        icon_name: str = "",
        enabled: Rule | None = any_row,
        trailing: bool = False,
    ) -> QPushButton:
        """A button of the list's row; ``enabled`` says from the selected row when it may be
        pressed (None: always); ``trailing`` puts it after the row's stretch."""
        button = QPushButton(icon(icon_name), text) if icon_name else QPushButton(text)
        button.clicked.connect(lambda _checked=False: handler())
        if enabled is not None:
            self._rules.append((button, enabled))
        if trailing:
            self._trailing.append(button)
        else:
            self.buttons.addWidget(button)
        return button

    def arrange(
        self,
        above: Iterable[Part] = (),
        below: Iterable[Part] = (),
        *,
        between: Iterable[Part] = (),
        buttons_below: bool = False,
        table_stretch: int = 1,
        below_stretch: Sequence[int] = (),
        side: QWidget | None = None,
    ) -> None:
        """Lay the tab out: ``above``, the buttons, ``between``, the table, ``below`` (the
        buttons after the table with ``buttons_below``); ``side``: a pane beside it all, in a
        splitter."""
        self.buttons.addStretch(1)
        for button in self._trailing:
            self.buttons.addWidget(button)
        column = QVBoxLayout()
        for part in above:
            _add(column, part)
        if not buttons_below:
            column.addLayout(self.buttons)
        for part in between:
            _add(column, part)
        column.addWidget(self.table, table_stretch)
        if buttons_below:
            column.addLayout(self.buttons)
        stretches = list(below_stretch)
        for i, part in enumerate(below):
            _add(column, part, stretches[i] if i < len(stretches) else 0)
        layout = QVBoxLayout(self)
        if side is None:
            layout.addLayout(column)
        else:
            main = QWidget()
            main.setLayout(column)
            column.setContentsMargins(0, 0, 0, 0)
            split = QSplitter()
            split.addWidget(main)
            split.addWidget(side)
            split.setStretchFactor(0, 3)
            split.setStretchFactor(1, 2)
            layout.addWidget(split, 1)
        self.sync()

    # -- working -----------------------------------------------------------------------------
    def fetch(self) -> list[Any]:
        """The rows (a service call; a failure raises and is shown as a message)."""
        raise NotImplementedError

    def load(self) -> None:
        rows = run_service(self.context.messages, self.fetch)
        self.model.set_rows(rows or [])
        self.table.fit_columns(stretch=self._stretch)
        self.rows_shown(rows)
        self.sync()

    def rows_shown(self, rows: list[Any] | None) -> None:
        """After the rows are shown (a subclass selects one, shows a summary)."""

    def sync(self) -> None:
        row = self.table.current_row()
        for button, rule in self._rules:
            button.setEnabled(rule(row))
        self.synced(row)

    def synced(self, row: Any) -> None:
        """After the buttons follow the selected row (a subclass changes a button's text)."""

    def open_dialog(self, dialog: QDialog) -> None:
        """One dialog at a time; the list is read again when it is accepted."""
        dialog.accepted.connect(self.load)
        self.dialog = dialog
        dialog.open()

    def done(self, message: str) -> None:
        self.context.messages.success(message)
        self.load()


class FormDialog(QDialog):
    """A dialog of fields (``self.form``) with its error line and its buttons: ``save`` runs
    the service through ``submit`` and closes when it succeeds."""

    def __init__(
        self,
        context: UiContext,
        title: str,
        *,
        width: int = 440,
        ok_text: str = "",
        ok: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Save,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(title)
        self.setMinimumWidth(width)
        self.general = error_label()
        self.errors = FieldErrors(self.general)
        self.form = Form(self.errors)
        self.button_box = QDialogButtonBox(ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.button_box.button(ok)
        if ok_text:
            self.ok_button.setText(ok_text)
        self.button_box.accepted.connect(self.save)
        self.button_box.rejected.connect(self.reject)

    def arrange(self, above: Iterable[Part] = (), below: Iterable[Part] = ()) -> None:
        """``above``, the fields, ``below``, the error line and the buttons."""
        layout = QVBoxLayout(self)
        for part in above:
            _add(layout, part)
        layout.addLayout(self.form.layout)
        for part in below:
            _add(layout, part)
        layout.addWidget(self.general)
        room_for_messages(layout, self)
        layout.addWidget(self.button_box)

    def save(self) -> None:
        raise NotImplementedError

    def submit(self, work: Callable[[], Any], success: Callable[[Any], str]) -> Any:
        """Run ``work``; on success say ``success(result)`` and close. The problems are shown
        beside their fields and nothing typed is lost."""
        result = run_service(self.context.messages, work, errors=self.errors)
        if result is not None:
            self.context.messages.success(success(result))
            self.accept()
        return result

    def submit_in_background(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """Run ``work`` on the task runner (it reads or copies files): the OK button waits
        for it; its problems are shown beside their fields, a refusal on the error line, and
        nothing typed is lost."""
        self.errors.clear()
        self.ok_button.setEnabled(False)

        def failed(exc: BaseException) -> None:
            self.ok_button.setEnabled(True)
            if isinstance(exc, ValidationFailed):
                self.errors.show(exc.problems)
            elif isinstance(exc, ServiceError):
                self.general.setText(str(exc))
                self.general.show()
            else:
                report_unexpected(exc, self)

        self.context.tasks.run(lambda _progress: work(), done, failed)
