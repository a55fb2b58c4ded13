"""Small building blocks every page uses, so pages look alike and stay short."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

PAGE_MARGIN = 32


def title_label(text: str, parent: QWidget | None = None, role: str = "title") -> QLabel:
    label = QLabel(text, parent)
    label.setProperty("role", role)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def muted_label(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setProperty("muted", True)
    label.setWordWrap(True)
    return label


def card(parent: QWidget | None = None) -> QFrame:
    frame = QFrame(parent)
    frame.setProperty("card", True)
    return frame


class ScrollPage(QScrollArea):
    """A page whose content scrolls when text is large or the window small.

    Put widgets into `self.body` (a QVBoxLayout) under the title and subtitle.
    """

    def __init__(self, title: str, subtitle: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        inner = QWidget(self)
        self.body = QVBoxLayout(inner)
        self.body.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN)
        self.body.setSpacing(16)
        self.title = title_label(title, inner)
        self.body.addWidget(self.title)
        if subtitle:
            self.subtitle = muted_label(subtitle, inner)
            self.body.addWidget(self.subtitle)
        self.setWidget(inner)

    def shutdown(self) -> None:
        """The app is closing (a page with something to save or end overrides this)."""
