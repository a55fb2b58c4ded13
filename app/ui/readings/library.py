"""The library of readings: "About this practice" first, then a search box and a topic filter,
then one card per reading (title, summary, reading time, topics, read state). While searching,
cards show the matching passage with the matched words highlighted.

Signals: article_requested(str id, str query), about_requested().
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import (
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPalette,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.article_search import SearchHit, Span
from app.core.articles import Article, Catalog
from app.core.clinic import ClinicProfile
from app.core.reading_progress import ReadingProgress

from app.ui.readings.flow import FlowLayout
from app.ui.style.widgets import PAGE_MARGIN, PlainLabel, ScrollPage, card, muted_label, title_label

# The shared topic vocabulary (resources/articles/README.md), named in the interface language.
TOPIC_LABELS = {
    "neuroplasticity": QT_TRANSLATE_NOOP("Readings", "Neuroplasticity"),
    "therapy": QT_TRANSLATE_NOOP("Readings", "Therapy"),
    "cbt": QT_TRANSLATE_NOOP("Readings", "CBT"),
    "thoughts": QT_TRANSLATE_NOOP("Readings", "Thoughts"),
    "mindfulness": QT_TRANSLATE_NOOP("Readings", "Mindfulness"),
    "emotions": QT_TRANSLATE_NOOP("Readings", "Emotions"),
    "connection": QT_TRANSLATE_NOOP("Readings", "Connection"),
    "neurochemistry": QT_TRANSLATE_NOOP("Readings", "Brain chemistry"),
    "habits": QT_TRANSLATE_NOOP("Readings", "Habits"),
    "breathing": QT_TRANSLATE_NOOP("Readings", "Breathing"),
    "sleep": QT_TRANSLATE_NOOP("Readings", "Sleep"),
}


def topic_label(topic: str) -> str:
    """A topic's name in the interface language (a topic outside the vocabulary: its id)."""
    label = TOPIC_LABELS.get(topic)
    if label is None:
        return topic.replace("-", " ").capitalize()
    return QCoreApplication.translate("Readings", str(label))


def in_other_language(article: Article, language: str) -> bool:
    """True when a reading is shown in another language than the interface's (no translation
    yet): the library and the reader then say "In English"."""
    return article.language != language


def highlight_html(text: str, spans: Sequence[Span], palette: QPalette) -> str:
    """`text` as escaped HTML with each span marked in the selection colours."""
    bg = palette.color(QPalette.ColorRole.Highlight).name()
    fg = palette.color(QPalette.ColorRole.HighlightedText).name()
    out: list[str] = []
    last = 0
    for start, end in spans:
        out.append(html.escape(text[last:start]))
        out.append(f'<span style="background-color:{bg}; color:{fg};">'
                   f"{html.escape(text[start:end])}</span>")
        last = end
    out.append(html.escape(text[last:]))
    return "".join(out)


class ArticleCard(QFrame):
    """A reading in the library. Click, Enter or Space opens it. Signals: activated(str id)."""

    activated = Signal(str)

    def __init__(self, article: Article, state: str, title_html: str, text_html: str,
                 parent: QWidget | None = None, language: str = "en") -> None:
        super().__init__(parent)
        self.article_id = article.id
        self.setProperty("card", True)
        self.setProperty("articleCard", True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(8)
        self.title = PlainLabel(title_html, self)
        self.title.setProperty("role", "subtitle")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.text = PlainLabel(text_html, self)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        layout.addStretch(1)
        meta_row = QHBoxLayout()
        topics = ", ".join(topic_label(t) for t in article.topics)
        minutes = self.tr("%n min read", "", article.reading_minutes)
        meta = f"{minutes} · {topics}"
        if in_other_language(article, language):
            meta += " · " + self.tr("In English")
        self.meta = muted_label(meta, self)
        meta_row.addWidget(self.meta, 1)
        self.state = PlainLabel(state, self)
        self.state.setObjectName("readState")
        meta_row.addWidget(self.state, 0, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(meta_row)
        for label in (self.title, self.text, self.meta, self.state):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAccessibleName(article.title)
        self.setAccessibleDescription(f"{state}. {meta}. {article.summary}")
        self.setToolTip(self.tr("Open “{0}”").format(article.title))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.activated.emit(self.article_id)
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.article_id)
            return
        super().keyPressEvent(event)


class LibraryView(ScrollPage):
    article_requested = Signal(str, str)
    about_requested = Signal()

    def __init__(self, catalog: Catalog, progress: ReadingProgress, clinic: ClinicProfile,
                 parent: QWidget | None = None, language: str = "en") -> None:
        super().__init__(
            self.tr("Readings"),
            self.tr("Short, honest readings on how practice and therapy change the brain."),
            parent,
        )
        self.catalog = catalog
        self.progress = progress
        self.language = language  # the interface's: readings in another one say so
        self.cards: list[ArticleCard] = []
        self._columns = 2
        self.body.addWidget(self._about_card(clinic))
        self.body.addLayout(self._controls())
        self.result_label = muted_label("", self.widget())
        self.result_label.setAccessibleName(self.tr("Search results"))
        self.result_label.hide()
        self.body.addWidget(self.result_label)
        self._grid_host = QWidget(self.widget())
        self._grid = QGridLayout(self._grid_host)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(16)
        self.body.addWidget(self._grid_host)
        self.body.addStretch(1)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.search.setFocus)
        self.refresh()

    # -- building -------------------------------------------------------------------------
    def _about_card(self, clinic: ClinicProfile) -> QFrame:
        frame = card(self.widget())
        frame.setObjectName("aboutPracticeCard")
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(6)
        layout.addWidget(title_label(self.tr("About this practice"), frame, role="subtitle"))
        name = PlainLabel(f"<b>{html.escape(clinic.name)}</b>", frame)
        name.setTextFormat(Qt.TextFormat.RichText)  # our markup; the name is escaped
        name.setWordWrap(True)
        layout.addWidget(name)
        about = PlainLabel(clinic.about, frame)
        about.setWordWrap(True)
        layout.addWidget(about)
        row = FlowLayout(spacing=12)
        contact = PlainLabel(clinic.contact_line, frame)
        contact.setProperty("muted", True)
        contact.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(contact)
        self.about_button = QPushButton(self.tr("More about {0}").format(clinic.short_name),
                                        frame)
        self.about_button.setAccessibleName(self.tr("About this practice"))
        self.about_button.setAccessibleDescription(
            self.tr("Contact details of {0} and about Rewire").format(clinic.name))
        self.about_button.clicked.connect(self.about_requested)
        row.addWidget(self.about_button)
        layout.addLayout(row)
        frame.setAccessibleName(self.tr("About this practice"))
        return frame

    def _controls(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(12)
        self.search = QLineEdit(self.widget())
        self.search.setObjectName("readingSearch")
        self.search.setPlaceholderText(self.tr("Search titles and text…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the readings"))
        self.search.setAccessibleDescription(
            self.tr("Finds words in the titles and the full text of every reading (Ctrl+F)"))
        self.search.textChanged.connect(self._on_search_text_changed)
        row.addWidget(self.search, 1)
        topic_caption = PlainLabel(self.tr("Topic"), self.widget())
        row.addWidget(topic_caption)
        self.topic = QComboBox(self.widget())
        self.topic.setAccessibleName(self.tr("Topic filter"))
        self.topic.setAccessibleDescription(self.tr("Show only the readings on one topic"))
        self.topic.addItem(self.tr("All topics"), "")
        for topic in self.catalog.topics():
            self.topic.addItem(topic_label(topic), topic)
        self.topic.currentIndexChanged.connect(self._on_topic_current_index_changed)
        topic_caption.setBuddy(self.topic)
        row.addWidget(self.topic)
        return row

    # -- state ----------------------------------------------------------------------------
    def query(self) -> str:
        return self.search.text().strip()

    def current_topic(self) -> str:
        return str(self.topic.currentData() or "")

    def state_text(self, article_id: str) -> str:
        if self.progress.is_read(article_id):
            return self.tr("✓ Read")
        if self.progress.is_started(article_id):
            return self.tr("Started")
        return self.tr("Unread")

    def reset(self) -> None:
        """Empty search, all topics, back at the top (the kiosk does this between visitors)."""
        self.search.clear()
        self.topic.setCurrentIndex(0)
        self.verticalScrollBar().setValue(0)
        self.refresh()

    @Slot(str)
    def _on_search_text_changed(self, _text: str) -> None:
        self.refresh()

    @Slot(int)
    def _on_topic_current_index_changed(self, _index: int) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Rebuild the cards for the current search text and topic."""
        query, topic = self.query(), self.current_topic()
        allowed = {a.id for a in self.catalog.with_topic(topic)}
        palette = self.palette()
        entries: list[tuple[Article, str, str]] = []
        if query:
            hits: list[SearchHit] = [h for h in self.catalog.search(query)
                                     if h.article_id in allowed]
            for hit in hits:
                article = self.catalog.get(hit.article_id)
                assert article is not None
                text = (highlight_html(hit.snippet, hit.snippet_spans, palette)
                        if hit.snippet_spans else html.escape(article.summary))
                entries.append((article, highlight_html(article.title, hit.title_spans, palette),
                                text))
            self._show_result_count(len(hits), query)
        else:
            entries = [(a, html.escape(a.title), html.escape(a.summary))
                       for a in self.catalog.with_topic(topic)]
            self.result_label.hide()
        self._set_cards(entries, query)

    def _show_result_count(self, count: int, query: str) -> None:
        if count:
            text = self.tr("%n reading(s) match “{0}”.", "", count).format(query)
        else:
            text = self.tr("No reading matches “{0}”. Try a shorter word, or choose "
                           "“All topics”.").format(query)
        self.result_label.setText(text)
        self.result_label.show()

    def columns(self) -> int:
        """Two columns of cards when each can hold about 34 characters a line, else one."""
        width = self.viewport().width() - 2 * PAGE_MARGIN
        return 2 if width >= 2 * 34 * self.fontMetrics().averageCharWidth() + 16 else 1

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.cards and self.columns() != self._columns:
            self._place_cards()

    def _place_cards(self) -> None:
        self._columns = self.columns()
        for card_widget in self.cards:
            self._grid.removeWidget(card_widget)
        for i, card_widget in enumerate(self.cards):
            self._grid.addWidget(card_widget, i // self._columns, i % self._columns)
        self._grid.setColumnStretch(1, 1 if self._columns == 2 else 0)

    def _set_cards(self, entries: list[tuple[Article, str, str]], query: str) -> None:
        for old in self.cards:
            self._grid.removeWidget(old)
            old.hide()
            old.deleteLater()
        self.cards = []
        previous: QWidget = self.topic
        for article, title_html, text_html in entries:
            item = ArticleCard(article, self.state_text(article.id), title_html, text_html,
                               self._grid_host, self.language)
            item.activated.connect(lambda aid, q=query: self.article_requested.emit(aid, q))
            QWidget.setTabOrder(previous, item)
            previous = item
            self.cards.append(item)
        self._grid.setColumnStretch(0, 1)
        self._place_cards()
