"""The one bridge that turns core Notices into something the user sees: a calm banner at the
top of the window (one per notice, dismissable), never a stack of modal dialogs."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.core.notices import Level, Notice

from app.ui.style.widgets import PlainLabel


class NoticeBanner(QWidget):
    """Shows notices one under another. Signals: dismissed(Notice)."""

    dismissed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self._shown: list[Notice] = []
        self.setVisible(False)

    def notices(self) -> list[Notice]:
        return list(self._shown)

    @Slot(object)
    def show_notice(self, notice: Notice) -> None:
        if notice in self._shown:
            return
        self._shown.append(notice)
        row = QWidget(self)
        row.setObjectName("noticeRow")
        row.setProperty("level", notice.level.value)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(12, 8, 8, 8)
        label = PlainLabel(f"<b>{_esc(notice.title)}</b> — {_esc(notice.text)}", row)
        label.setTextFormat(Qt.TextFormat.RichText)  # our markup; the texts are escaped
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleName(notice.title)
        layout.addWidget(label, 1)
        close = QPushButton(self.tr("Dismiss"), row)
        close.setAccessibleName(self.tr("Dismiss notice"))
        close.setAccessibleDescription(notice.title)
        close.clicked.connect(lambda: self._dismiss(row, notice))
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        if notice.level is Level.ERROR:
            row.setAccessibleDescription(self.tr("Error"))
        self._layout.addWidget(row)
        self.setVisible(True)

    def _dismiss(self, row: QWidget, notice: Notice) -> None:
        row.hide()
        row.deleteLater()
        self._shown.remove(notice)
        self.setVisible(bool(self._shown))
        notice.mark_seen()  # a restore notice kept on disk until now is let go
        self.dismissed.emit(notice)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
