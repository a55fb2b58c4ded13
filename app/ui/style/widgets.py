"""Small building blocks every page uses, so pages look alike and stay short."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

PAGE_MARGIN = 32


class PlainLabel(QLabel):
    """A QLabel that shows its text as plain text, always.

    Qt's default (AutoText) renders anything that looks like HTML as rich text, so a plan
    title, a practice or recording title, a note or a clinic field holding ``<h1>`` or
    ``<img src=...>`` would become a heading or a 3000-px picture. Text from files is
    plain text everywhere; a label that really means markup (escaped, built by us) says
    so with ``setTextFormat(Qt.TextFormat.RichText)``.
    """

    def __init__(self, text: str | QWidget | None = "", parent: QWidget | None = None) -> None:
        if isinstance(text, QWidget):  # PlainLabel(parent), as QLabel(parent)
            super().__init__(text)
        else:
            super().__init__(text or "", parent)
        self.setTextFormat(Qt.TextFormat.PlainText)


def plain_tip(text: str) -> str:
    """A tooltip that shows ``text`` literally: Qt renders a tooltip that looks like HTML
    as rich text and offers no plain-text switch, so the text is escaped inside our own
    paragraph."""
    import html

    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>" if text else ""


def title_label(text: str, parent: QWidget | None = None, role: str = "title") -> QLabel:
    label = PlainLabel(text, parent)
    label.setProperty("role", role)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def muted_label(text: str, parent: QWidget | None = None) -> QLabel:
    label = PlainLabel(text, parent)
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
