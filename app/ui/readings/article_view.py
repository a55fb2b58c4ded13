"""One reading, comfortably: the text in a calm column, A-/A+ text size, "Mark as read",
"Try this practice" buttons, related readings at the end, and the reader's place remembered.

Signals: back_requested(), article_requested(str id), practice_requested(str id),
read_changed(str id).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QKeySequence, QPalette, QShortcut, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.article_search import find_spans
from app.core.articles import Article, Catalog
from app.core.reading_progress import ReadingProgress
from app.core.settings import InvalidValue

from app.services import Services

from app.ui.readings.browser import ReadingBrowser
from app.ui.readings.flow import ElidedLabel, FlowLayout
from app.ui.readings.links import classify, open_external
from app.ui.style.widgets import PlainLabel

log = logging.getLogger(__name__)

MIN_PT, MAX_PT = 9, 28
SAVE_AFTER_MS = 2000


class ArticleView(QWidget):
    back_requested = Signal()
    article_requested = Signal(str)
    practice_requested = Signal(str)
    read_changed = Signal(str)

    def __init__(
        self,
        services: Services,
        catalog: Catalog,
        progress: ReadingProgress,
        practice_title: Callable[[str], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.catalog = catalog
        self.progress = progress
        self._practice_title = practice_title
        self.article: Article | None = None
        self._fraction = 0.0
        self._applying = False
        self._session_pt: int | None = None  # kiosk: size changes are not saved
        self._save_timer = QTimer(self)  # saves the place shortly after scrolling stops
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_AFTER_MS)
        self._save_timer.timeout.connect(self.save_position)
        self._build()
        self._apply_text_size()
        store, listener = services.settings_store, self._on_settings_changed
        store.subscribe(listener)
        self.destroyed.connect(lambda *_: store.unsubscribe(listener))

    # -- building -------------------------------------------------------------------------
    def _build(self) -> None:
        tr = self.tr
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

        bar = QWidget(self)
        bar.setObjectName("readerBar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(24, 10, 24, 10)
        row.setSpacing(8)
        self.back_button = QPushButton(tr("← All readings"), bar)
        self.back_button.setAccessibleName(tr("Back to all readings"))
        self.back_button.setToolTip(tr("Back to the library (Alt+Left)"))
        self.back_button.clicked.connect(self._on_back_clicked)
        row.addWidget(self.back_button)
        self.status = ElidedLabel("", bar)
        self.status.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        self.status.setProperty("muted", True)
        self.status.setAccessibleName(tr("Reading status"))
        row.addWidget(self.status, 1)
        self.smaller_button = QPushButton(tr("A−"), bar)
        self.smaller_button.setAccessibleName(tr("Smaller text"))
        self.smaller_button.setToolTip(tr("Smaller text (Ctrl+-)"))
        self.smaller_button.clicked.connect(lambda: self.change_text_size(-1))
        row.addWidget(self.smaller_button)
        self.larger_button = QPushButton(tr("A+"), bar)
        self.larger_button.setAccessibleName(tr("Larger text"))
        self.larger_button.setToolTip(tr("Larger text (Ctrl++)"))
        self.larger_button.clicked.connect(lambda: self.change_text_size(+1))
        row.addWidget(self.larger_button)
        self.read_button = QPushButton(tr("Mark as read"), bar)
        self.read_button.setCheckable(True)
        self.read_button.setAccessibleName(tr("Mark as read"))
        self.read_button.setAccessibleDescription(tr("Marks this reading as read in the library; "
                                                     "press again to mark it unread"))
        self.read_button.toggled.connect(self._on_read_button_toggled)
        row.addWidget(self.read_button)
        layout.addWidget(bar)

        self.browser = ReadingBrowser(self)
        self.browser.setAccessibleName(tr("Reading"))
        self.browser.anchorClicked.connect(self._on_browser_anchor_clicked)
        scroll = self.browser.verticalScrollBar()
        scroll.valueChanged.connect(self._on_scroll_value_changed)
        scroll.rangeChanged.connect(self._on_scroll_range_changed)
        self.browser.shown.connect(self._apply_fraction)
        layout.addWidget(self.browser, 1)

        self.practice_bar = QWidget(self)
        self.practice_bar.setObjectName("readerPractices")
        self._practice_row = FlowLayout(self.practice_bar)
        self._practice_row.setContentsMargins(24, 10, 24, 12)
        self._practice_row.setSpacing(8)
        layout.addWidget(self.practice_bar)
        self.practice_buttons: list[QPushButton] = []

        QShortcut(QKeySequence(QKeySequence.StandardKey.Back), self, self._on_back_clicked)
        QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomIn), self,
                  lambda: self.change_text_size(+1))
        QShortcut(QKeySequence("Ctrl+="), self, lambda: self.change_text_size(+1))
        QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut), self,
                  lambda: self.change_text_size(-1))

    # -- showing an article ---------------------------------------------------------------
    def show_article(self, article: Article, query: str = "") -> None:
        self.save_position()
        self.article = article
        self._fraction = self.progress.position(article.id)
        self._applying = True
        try:
            self.browser.set_markdown_text(article.body + self._footer(article))
            self.browser.document().size()  # lay out now, so the scroll range is known
        finally:
            self._applying = False
        self._apply_fraction()
        self._set_read_button(self.progress.is_read(article.id))
        self._fill_practices(article)
        self.status.setText(self.meta_text(article))
        self.browser.setExtraSelections([])
        if query.strip():
            self.highlight(query)

    def meta_text(self, article: Article) -> str:
        from app.core.i18n import resolve_language

        from app.ui.readings.library import in_other_language, topic_label

        minutes = self.tr("%n min read", "", article.reading_minutes)
        text = f"{minutes} · {', '.join(topic_label(t) for t in article.topics)}"
        if in_other_language(article, resolve_language(self.services.settings.general.language)):
            text += " · " + self.tr("This reading is in English.")
        return text

    def _footer(self, article: Article) -> str:
        # translated outside the f-strings, so lupdate finds them (inside one it does not, and
        # a Spanish reader showed these two headings blank)
        practices_heading = self.tr("Try this practice")
        readings_heading = self.tr("Keep reading")
        parts = ["\n\n---\n"]
        if article.practices:
            parts.append(f"\n## {practices_heading}\n\n")
            parts.extend(f"- [{self._practice_title(p)}](practice:{p})\n"
                         for p in article.practices)
        related = self.catalog.related(article.id)
        if related:
            parts.append(f"\n## {readings_heading}\n\n")
            parts.extend(f"- [{r.title}](article:{r.id}) — {r.summary}\n" for r in related)
        return "".join(parts)

    def _fill_practices(self, article: Article) -> None:
        for button in self.practice_buttons:
            button.deleteLater()
        self.practice_buttons = []
        while self._practice_row.count():
            item = self._practice_row.takeAt(0)
            widget = item.widget() if item else None
            if widget is not None:
                widget.deleteLater()
        if not article.practices:
            self.practice_bar.hide()
            return
        label = PlainLabel(self.tr("Try this practice:"), self.practice_bar)
        self._practice_row.addWidget(label)
        for practice_id in article.practices:
            title = self._practice_title(practice_id)
            button = QPushButton(title, self.practice_bar)
            button.setProperty("primary", practice_id == article.practices[0])
            button.setAccessibleName(self.tr("Try this practice: {0}").format(title))
            button.clicked.connect(lambda _=False, p=practice_id: self.practice_requested.emit(p))
            self._practice_row.addWidget(button)
            self.practice_buttons.append(button)
        self.practice_bar.show()

    def highlight(self, query: str) -> int:
        """Highlight the query's words in the text and scroll to the first. Returns the count."""
        document = self.browser.document()
        spans = find_spans(document.toPlainText(), query)
        palette = self.browser.palette()
        fmt = QTextCharFormat()
        fmt.setBackground(palette.color(QPalette.ColorRole.Highlight))
        fmt.setForeground(palette.color(QPalette.ColorRole.HighlightedText))
        selections = []
        for start, end in spans:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(document)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor  # type: ignore[attr-defined]
            selection.format = fmt  # type: ignore[attr-defined]
            selections.append(selection)
        self.browser.setExtraSelections(selections)
        if spans:
            cursor = QTextCursor(document)
            cursor.setPosition(spans[0][0])
            self.browser.setTextCursor(cursor)
            self.browser.ensureCursorVisible()
            self.status.setText(self.tr("%n match(es) for “{0}” highlighted", "",
                                        len(spans)).format(query.strip()))
        return len(spans)

    # -- reading position -----------------------------------------------------------------
    def position(self) -> float:
        return self._fraction

    def save_position(self) -> None:
        self._save_timer.stop()
        if self.article is None:
            return
        notice = self.progress.set_position(self.article.id, self._fraction)
        if notice is not None:
            self.services.notify(notice)

    def _apply_fraction(self) -> None:
        scroll = self.browser.verticalScrollBar()
        self._applying = True
        try:
            scroll.setValue(round(self._fraction * scroll.maximum()))
        finally:
            self._applying = False

    @Slot(int)
    def _on_scroll_value_changed(self, value: int) -> None:
        if self._applying or self.browser.showing or self.article is None:
            return
        maximum = self.browser.verticalScrollBar().maximum()
        if maximum > 0:
            self._fraction = value / maximum
            self.progress.set_position(self.article.id, self._fraction, save=False)
            if not self.services.kiosk:
                self._save_timer.start()

    @Slot(int, int)
    def _on_scroll_range_changed(self, _minimum: int, _maximum: int) -> None:
        if self.article is not None:
            self._apply_fraction()

    # -- actions --------------------------------------------------------------------------
    @Slot()
    def _on_back_clicked(self) -> None:
        self.save_position()
        self.back_requested.emit()

    @Slot(bool)
    def _on_read_button_toggled(self, checked: bool) -> None:
        self.read_button.setText(self.tr("✓ Read") if checked else self.tr("Mark as read"))
        self.read_button.setAccessibleName(
            self.tr("Read; press to mark as unread") if checked else self.tr("Mark as read"))
        if self.article is None or self.progress.is_read(self.article.id) == checked:
            return
        notice = self.progress.set_read(self.article.id, checked)
        if notice is not None:
            self.services.notify(notice)
        self.read_changed.emit(self.article.id)

    def _set_read_button(self, read: bool) -> None:
        self.read_button.setChecked(read)
        self._on_read_button_toggled(read)

    @Slot(QUrl)
    def _on_browser_anchor_clicked(self, url: QUrl) -> None:
        link = classify(url)
        if link.kind == "article" and self.catalog.get(link.target):
            self.save_position()
            self.article_requested.emit(link.target)
        elif link.kind == "practice":
            self.practice_requested.emit(link.target)
        elif link.kind == "anchor":
            self.browser.scrollToAnchor(link.target)
        elif link.kind == "external":
            if self.services.kiosk:
                self.status.setText(self.tr("Web links are turned off on this device."))
            else:
                open_external(url, self, kiosk=False)
        else:
            log.info("reading: ignored link %s", url.toString())

    # -- text size ------------------------------------------------------------------------
    def text_size_pt(self) -> int:
        if self._session_pt is not None:
            return self._session_pt
        return int(self.services.settings.readings.text_size_pt)

    def change_text_size(self, step: int) -> None:
        size = max(MIN_PT, min(MAX_PT, self.text_size_pt() + step))
        if size == self.text_size_pt():
            return
        if self.services.kiosk:
            self._session_pt = size  # the kiosk never writes settings
            self._apply_text_size()
            return
        try:
            notice = self.services.settings_store.update("readings", text_size_pt=size)
        except InvalidValue:
            return
        if notice is not None:
            self.services.notify(notice)
        self._apply_text_size()  # also via the settings listener; applying twice is harmless

    def _apply_text_size(self) -> None:
        scale = float(self.services.settings.general.text_scale)
        size = self.text_size_pt()
        self.browser.set_point_size(size * scale)
        self.smaller_button.setEnabled(size > MIN_PT)
        self.larger_button.setEnabled(size < MAX_PT)

    def reset_session(self) -> None:
        """Forget this visitor's text size, search highlight and article (kiosk)."""
        self._session_pt = None
        self.article = None
        self._fraction = 0.0
        self.browser.clear()
        self.browser.setExtraSelections([])
        self._apply_text_size()

    def _on_settings_changed(self, section: str) -> None:
        if section in ("readings", "general"):
            self._apply_text_size()

    def shutdown(self) -> None:
        self.save_position()
        self.services.settings_store.unsubscribe(self._on_settings_changed)

    def refresh_colors(self) -> None:
        """Re-render after a theme change (link colours are fixed when Markdown is read)."""
        if self.article is not None:
            fraction = self._fraction
            self.show_article(self.article)
            self._fraction = fraction
            self._apply_fraction()
