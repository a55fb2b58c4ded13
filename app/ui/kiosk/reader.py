"""The kiosk's own library and article view: large type, touch scrolling, no search box (no
keyboard needed), and links that never leave the kiosk. Reading positions live only in these
widgets, which the kiosk destroys at every reset.

Signals: KioskLibrary.article_chosen(str), home_requested();
KioskReader.back_requested(), home_requested(), practice_requested().
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QScroller,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.ui.kiosk.screens import big_button, label, touch_scroll_area

log = logging.getLogger(__name__)


class KioskLibrary(QWidget):
    article_chosen = Signal(str)
    home_requested = Signal()

    def __init__(self, catalog: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskLibrary")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(120, 56, 120, 40)
        outer.setSpacing(20)
        outer.addWidget(label(self.tr("Read about how the brain changes"), self,
                              "kioskPageTitle"))
        scroll, inner, cards = touch_scroll_area(self, 14)
        self.read_buttons: dict[str, Any] = {}
        for article in list(catalog or []):
            card = QFrame(inner)
            card.setProperty("card", True)
            row = QHBoxLayout(card)
            row.setContentsMargins(24, 16, 24, 16)
            text = QVBoxLayout()
            title = label(article.title, card, "kioskCardTitle")
            title.setAlignment(Qt.AlignmentFlag.AlignLeft)
            summary = label(f"{article.summary}  ·  "
                            + self.tr("{0} min read").format(article.reading_minutes),
                            card, "kioskCardSummary")
            summary.setAlignment(Qt.AlignmentFlag.AlignLeft)
            text.addWidget(title)
            text.addWidget(summary)
            row.addLayout(text, 1)
            button = big_button(self.tr("Read"), card, f"kioskReadArticle_{article.id}")
            button.setMinimumWidth(140)
            button.clicked.connect(lambda _=False, a=article.id: self.article_chosen.emit(a))
            row.addWidget(button)
            self.read_buttons[article.id] = button
            cards.addWidget(card)
        if not self.read_buttons:
            cards.addWidget(label(self.tr("The readings are not available right now."),
                                  inner, "kioskWelcomeLine"))
        cards.addStretch(1)
        scroll.setWidget(inner)
        outer.addWidget(scroll, 1)
        home = big_button(self.tr("Back"), self, "kioskLibraryHome")
        home.clicked.connect(self.home_requested)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(home)
        row.addStretch(1)
        outer.addLayout(row)


class KioskReader(QWidget):
    back_requested = Signal()
    home_requested = Signal()
    practice_requested = Signal()

    def __init__(self, catalog: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskReader")
        self._catalog = catalog
        self.article_id = ""
        self.links_ignored = 0
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 24, 0, 24)
        outer.setSpacing(16)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("kioskArticle")
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.browser.setFrameShape(QFrame.Shape.NoFrame)
        self.browser.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.browser.anchorClicked.connect(self._on_browser_anchor_clicked)
        QScroller.grabGesture(self.browser.viewport(),
                              QScroller.ScrollerGestureType.TouchGesture)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.browser, 6)
        row.addStretch(1)
        outer.addLayout(row, 1)
        self.note = label("", self, "kioskPrivacy")
        outer.addWidget(self.note)
        buttons = QHBoxLayout()
        buttons.setSpacing(24)
        buttons.addStretch(1)
        back = big_button(self.tr("All readings"), self, "kioskReaderBack")
        home = big_button(self.tr("Finish"), self, "kioskReaderHome")
        back.clicked.connect(self.back_requested)
        home.clicked.connect(self.home_requested)
        buttons.addWidget(back)
        buttons.addWidget(home)
        buttons.addStretch(1)
        outer.addLayout(buttons)

    def show_article(self, article_id: str) -> bool:
        article = self._catalog.get(article_id) if self._catalog is not None else None
        if article is None:
            return False
        self.article_id = article_id
        self.note.setText("")
        self.browser.setMarkdown(f"# {article.title}\n\n{article.body}")
        self.browser.verticalScrollBar().setValue(0)
        return True

    @Slot(QUrl)
    def _on_browser_anchor_clicked(self, url: QUrl) -> None:
        # In the kiosk a link goes nowhere: no browser, no file, no other app.
        self.links_ignored += 1
        log.info("kiosk reader: link not followed (%s)", url.scheme() or "relative")
        self.note.setText(self.tr("Links do not open on this station. You can look the "
                                  "sources up on your own device."))

    @property
    def scroll_position(self) -> int:
        return self.browser.verticalScrollBar().value()
