"""The message channel from the services to the person at the desk.

Areas post what happened (``context.messages.success(...)``, ``.error(...)``); the main
window's ``MessageBar`` shows the latest message under the toolbar, with an icon and a colour
for its level, read out by screen readers, in a place kept for it (nothing moves when a message
comes or goes). Successes fade after a while; errors stay until
closed (Escape or the ✕ button) or replaced. Tests read ``Messages.history``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

from conciliador.ui.i18n import tr
from conciliador.ui.icons import icon

SUCCESS_SECONDS = 10


class Level(Enum):
    INFO = "info"
    SUCCESS = "success"
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True)
class Message:
    level: Level
    text: str


class Messages(QObject):
    """Where anything may say something to the user."""

    posted = Signal(object)  # Message

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.history: list[Message] = []

    def post(self, level: Level, text: str) -> None:
        message = Message(level, text)
        self.history.append(message)
        del self.history[:-200]
        self.posted.emit(message)

    def info(self, text: str) -> None:
        self.post(Level.INFO, text)

    def success(self, text: str) -> None:
        self.post(Level.SUCCESS, text)

    def warning(self, text: str) -> None:
        self.post(Level.WARNING, text)

    def error(self, text: str) -> None:
        self.post(Level.ERROR, text)

    @property
    def last(self) -> Message | None:
        return self.history[-1] if self.history else None


_STYLE = {
    Level.INFO: ("#eaf2f8", "#2471a3"),
    Level.SUCCESS: ("#e9f7ef", "#1e8449"),
    Level.WARNING: ("#fef5e7", "#b7791f"),
    Level.ERROR: ("#fdedec", "#c0392b"),
}


class MessageBar(QFrame):
    """Shows the latest message of a ``Messages`` channel."""

    def __init__(self, messages: Messages, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setAccessibleName(tr("Mensajes"))
        self.icon = QLabel()
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton()
        self.close_button.setIcon(icon("close"))
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(tr("Cerrar el mensaje (Esc)"))
        self.close_button.setAccessibleName(tr("Cerrar el mensaje"))
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 2, 4, 2)
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.close_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.hide)
        messages.posted.connect(self.show_message)
        # The bar keeps its place while empty and is as tall for one line as for two: a
        # message appearing or fading never moves the buttons under the person's mouse.
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        policy.setVerticalPolicy(QSizePolicy.Policy.Fixed)
        self.setSizePolicy(policy)
        lines = self.text.fontMetrics().lineSpacing() * 2
        margins = layout.contentsMargins()
        self.setFixedHeight(lines + margins.top() + margins.bottom() + 2)
        self.hide()

    def show_message(self, message: Message) -> None:
        background, accent = _STYLE[message.level]
        self.setStyleSheet(
            f"#messageBar {{ background: {background}; border: 1px solid {accent};"
            f" border-left: 5px solid {accent}; border-radius: 4px; }}"
            f" #messageBar QLabel {{ color: #1b2631; }}"
        )
        self.icon.setPixmap(icon(message.level.value).pixmap(20, 20))
        self.text.setText(message.text)
        self.text.setToolTip(message.text)  # when longer than the bar's two lines
        self.setAccessibleDescription(message.text)
        self.show()
        if message.level in (Level.SUCCESS, Level.INFO):
            self._timer.start(SUCCESS_SECONDS * 1000)
        else:
            self._timer.stop()
