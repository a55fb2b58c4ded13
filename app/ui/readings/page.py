"""The Readings page: the library and the reader, one stack.

`create_page(services, navigator)` returns a ReadingsPage with `open_article(id)`,
`shutdown()` and `reset()` (the kiosk's wipe between visitors: position, read state, search).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Slot
from PySide6.QtWidgets import QStackedWidget, QWidget

from app.core.articles import Catalog
from app.core.i18n import resolve_language
from app.core.practices import PracticeCatalog
from app.core.reading_progress import ReadingProgress

from app.services import Services

from app.ui.readings.article_view import ArticleView
from app.ui.readings.library import LibraryView
from app.ui.shell.navigator import Navigator

log = logging.getLogger(__name__)

# Set by `rewire --open-article ID` (app/cli.py): the first page created opens this reading.
STARTUP_ARTICLE: str | None = None


def practice_title(catalog: PracticeCatalog, practice_id: str) -> str:
    """A practice's title in the interface language, or a readable id when no such practice
    is shipped. The id comes from an article's front matter; it is only ever looked up in
    the catalog, never turned into a path."""
    definition = catalog.get(practice_id)
    if definition is not None:
        return definition.title
    words = practice_id.split("-")
    minutes = words.pop() if len(words) > 1 and words[-1].isdigit() else ""
    name = " ".join(words).capitalize()
    return f"{name} ({minutes} min)" if minutes else name


class ReadingsPage(QStackedWidget):
    _built = False  # a palette change can arrive while __init__ is still running
    def __init__(self, services: Services, navigator: Navigator,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.navigator = navigator
        self.catalog: Catalog = services.articles
        data = None if services.kiosk else services.paths.data
        self.progress = ReadingProgress.in_folder(data)
        for notice in self.progress.notices:
            services.notify(notice)
        self.library = LibraryView(self.catalog, self.progress, services.clinic, self,
                                   resolve_language(services.settings.general.language))
        self.reader = ArticleView(services, self.catalog, self.progress, self._practice_title,
                                  self)
        self.addWidget(self.library)
        self.addWidget(self.reader)
        self.library.article_requested.connect(self._on_library_article_requested)
        self.library.about_requested.connect(navigator.show_about)
        self.reader.back_requested.connect(self.show_library)
        self.reader.article_requested.connect(self.open_article)
        self.reader.practice_requested.connect(self._on_reader_practice_requested)
        self.reader.read_changed.connect(lambda _id: self.library.refresh())
        self._built = True
        global STARTUP_ARTICLE
        if STARTUP_ARTICLE:
            self.open_article(STARTUP_ARTICLE)
            STARTUP_ARTICLE = None

    def _practice_title(self, practice_id: str) -> str:
        return practice_title(self.services.practices, practice_id)

    # -- the page API ---------------------------------------------------------------------
    @Slot(str)
    def open_article(self, article_id: str, query: str = "") -> bool:
        article = self.catalog.get(article_id)
        if article is None:
            log.warning("no reading with id %r", article_id)
            self.show_library()
            return False
        self.reader.show_article(article, query)
        self.setCurrentWidget(self.reader)
        self.reader.browser.setFocus()  # arrow keys and Page Down scroll the text at once
        return True

    @Slot()
    def show_library(self) -> None:
        self.reader.save_position()
        self.library.refresh()
        self.setCurrentWidget(self.library)
        self.library.search.setFocus()

    def shutdown(self) -> None:
        self.reader.shutdown()

    def reset(self) -> None:
        """Forget everything of the last visitor (kiosk): place, read marks, search, size."""
        self.reader.reset_session()
        self.progress.reset()
        self.library.reset()
        self.setCurrentWidget(self.library)

    # -- events ---------------------------------------------------------------------------
    @Slot(str, str)
    def _on_library_article_requested(self, article_id: str, query: str) -> None:
        self.open_article(article_id, query)

    @Slot(str)
    def _on_reader_practice_requested(self, practice_id: str) -> None:
        self.reader.save_position()
        self.navigator.open_practice(practice_id)

    def hideEvent(self, event: QEvent) -> None:  # type: ignore[override]
        self.reader.save_position()
        super().hideEvent(event)  # type: ignore[arg-type]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and self._built:
            self.reader.refresh_colors()
            self.library.refresh()
        super().changeEvent(event)


def create_page(services: Services, navigator: Navigator) -> QWidget:
    return ReadingsPage(services, navigator)
