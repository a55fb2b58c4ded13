"""What the setup says about a practice before it starts: what it is, the safety line of a
breathing practice (what to do if you feel dizzy, light-headed or panicky), who might prefer
another practice, and the readings that explain why it works.

Signals: article_requested(str article_id).
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.core.practices import PracticeDefinition

from app.ui.style.widgets import PlainLabel, muted_label


class PracticeAbout(QWidget):
    article_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.summary = muted_label("", self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.safety = PlainLabel(self)
        self.safety.setObjectName("practiceSafety")
        self.safety.setWordWrap(True)
        self.safety.setAccessibleName(self.tr("If you feel unwell"))
        self.prefer_another = muted_label("", self)
        self.prefer_another.setObjectName("practicePreferAnother")
        self.prefer_another.setTextFormat(Qt.TextFormat.PlainText)
        self.prefer_another.setAccessibleName(self.tr("Who might prefer another practice"))
        self.why = QLabel(self)
        self.why.setObjectName("practiceWhy")
        self.why.setWordWrap(True)
        self.why.setTextFormat(Qt.TextFormat.RichText)
        self.why.setOpenExternalLinks(False)
        self.why.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                         | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.why.setAccessibleName(self.tr("Why this works"))
        self.why.setAccessibleDescription(self.tr("Links to readings"))
        self.why.linkActivated.connect(self.article_requested)
        for label in (self.summary, self.safety, self.prefer_another, self.why):
            layout.addWidget(label)

    def show_practice(self, definition: PracticeDefinition,
                      article_title: Callable[[str], str]) -> None:
        self.summary.setText(
            self.tr("Your own recording, played as the guide. The time runs with it, and "
                    "pausing holds it where it is.") if definition.recording
            else definition.summary)
        self.safety.setText(definition.safety)
        self.safety.setAccessibleDescription(definition.safety)
        self.safety.setVisible(bool(definition.safety))
        self.prefer_another.setText(definition.prefer_another)
        self.prefer_another.setAccessibleDescription(definition.prefer_another)
        self.prefer_another.setVisible(bool(definition.prefer_another))
        links = ", ".join(f'<a href="{html.escape(r)}">{html.escape(article_title(r))}</a>'
                          for r in definition.readings)
        self.why.setText(self.tr("Why this works: {0}").format(links))
        self.why.setVisible(bool(definition.readings))
