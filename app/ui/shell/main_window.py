"""The main window: a calm sidebar (Home, Practice, Readings, Journal, Settings), the crisis
button that is one step from every screen, and the pages, each created the first time it is
shown so that the window paints quickly.
"""

from __future__ import annotations

import base64
import logging
import traceback
from typing import cast

from PySide6.QtCore import QByteArray, QEvent, QObject, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME

from app.services import Services

from app.ui.shell.dialogs import AboutDialog, CrisisDialog
from app.ui.shell.navigator import PAGE_NAMES, Navigator
from app.ui.shell.notices import NoticeBanner
from app.ui.shell.pages import PAGES, Page, entry
from app.ui.style.icons import app_icon, nav_icon
from app.ui.style.widgets import PlainLabel, plain_tip

log = logging.getLogger(__name__)

MIN_SIZE = QSize(900, 600)
DEFAULT_SIZE = QSize(1200, 780)


class MainWindow(QMainWindow):
    """Signals: page_shown(str name); first_painted() once, right after the first frame."""

    page_shown = Signal(str)
    first_painted = Signal()

    def __init__(self, services: Services, navigator: Navigator) -> None:
        super().__init__()
        self.services = services
        self.navigator = navigator
        self._pages: dict[str, QWidget] = {}
        self.hide_on_close = False
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(app_icon())
        self.setMinimumSize(MIN_SIZE)
        self._painted = False
        self._build()
        self._connect()
        self._restore_geometry()
        for watched in (self, self.nav.viewport(), self.stack):
            watched.installEventFilter(self)
        self._scale_icons()
        store = services.settings_store
        store.subscribe(self._on_settings_changed)
        self.destroyed.connect(lambda *_: store.unsubscribe(self._on_settings_changed))

    # -- building ---------------------------------------------------------------------
    def _build(self) -> None:
        central = QWidget(self)
        central.setObjectName("central")
        outer = QHBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)

        sidebar = QWidget(central)
        sidebar.setObjectName("sidebar")
        side = QVBoxLayout(sidebar)
        side.setContentsMargins(12, 20, 12, 16)
        side.setSpacing(8)
        brand = PlainLabel(APP_NAME, sidebar)
        brand.setObjectName("brand")
        side.addWidget(brand)
        clinic = PlainLabel(self.services.clinic.short_name, sidebar)
        clinic.setObjectName("brandClinic")
        clinic.setWordWrap(True)
        side.addWidget(clinic)
        side.addSpacing(12)

        self.nav = QListWidget(sidebar)
        self.nav.setObjectName("nav")
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setAccessibleDescription(self.tr("Choose a section of Rewire"))
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for i, page in enumerate(PAGES, start=1):
            title = self.tr(page.title)
            item = QListWidgetItem(nav_icon(page.name), title)
            item.setData(Qt.ItemDataRole.UserRole, page.name)
            item.setToolTip(self.tr("{0} (Ctrl+{1})").format(title, i))
            self.nav.addItem(item)
        side.addWidget(self.nav, 1)

        self.crisis_button = QPushButton(self.tr("If you are in crisis"), sidebar)
        self.crisis_button.setObjectName("crisisButton")
        self.crisis_button.setAccessibleName(self.tr("If you are in crisis"))
        self.crisis_button.setAccessibleDescription(
            self.tr("Phone numbers for help right now (F1)")
        )
        self.crisis_button.setToolTip(self.tr("Phone numbers for help right now (F1)"))
        side.addWidget(self.crisis_button)
        self.about_button = QPushButton(self.tr("About"), sidebar)
        self.about_button.setObjectName("aboutButton")
        self.about_button.setAccessibleName(self.tr("About Rewire"))
        self.about_button.setAccessibleDescription(
            self.tr("Version, and your counseling practice's contact details")
        )
        side.addWidget(self.about_button)
        outer.addWidget(sidebar)

        right = QWidget(central)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(0)
        self.banner = NoticeBanner(right)
        self.banner.setObjectName("banner")
        right_layout.addWidget(self.banner)
        self.stack = QStackedWidget(right)
        self.stack.setObjectName("pages")
        right_layout.addWidget(self.stack, 1)
        outer.addWidget(right, 1)
        self.setCentralWidget(central)

        for i, name in enumerate(PAGE_NAMES, start=1):
            QShortcut(QKeySequence(f"Ctrl+{i}"), self, lambda n=name: self.show_page(n))
        QShortcut(QKeySequence(Qt.Key.Key_F1), self, self.show_crisis)

    def _connect(self) -> None:
        self.nav.currentRowChanged.connect(self._on_nav_current_row_changed)
        self.crisis_button.clicked.connect(self.show_crisis)
        self.about_button.clicked.connect(self.show_about)
        self.navigator.page_requested.connect(self.show_page)
        self.navigator.crisis_requested.connect(self.show_crisis)
        self.navigator.about_requested.connect(self.show_about)
        self.navigator.support_plan_requested.connect(lambda: self._open_support_plan(self))
        self.navigator.practice_requested.connect(self._on_navigator_practice_requested)
        self.navigator.article_requested.connect(self._on_navigator_article_requested)

    # -- the sidebar's icons follow the theme and the text size ---------------------------
    def _on_settings_changed(self, section: str) -> None:
        if section == "general":
            self._scale_icons()

    def _scale_icons(self) -> None:
        """Sidebar icons grow with the text (22 px at 100%)."""
        side = round(22 * self.services.settings.general.text_scale)
        self.nav.setIconSize(QSize(side, side))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            # The icons are tinted with the text color: redo them for the new theme.
            for row in range(self.nav.count()):
                item = self.nav.item(row)
                name = item.data(Qt.ItemDataRole.UserRole)
                if isinstance(name, str):
                    item.setIcon(nav_icon(name))
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            for other in (self, self.nav.viewport(), self.stack):
                other.removeEventFilter(self)
            QTimer.singleShot(0, self, self.first_painted.emit)  # skipped if deleted first
        return False

    def open_after_first_paint(self, name: str) -> None:
        """Select `name` in the sidebar now and build the page right after the first frame,
        so the window appears before the page's data (log, catalogs) is loaded."""
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(PAGE_NAMES.index(name))
        self.nav.blockSignals(False)
        self.first_painted.connect(lambda: self._show(self.current_page_name() or name))

    # -- pages --------------------------------------------------------------------------
    def page(self, name: str) -> QWidget:
        """The page widget, created on first use. A page that fails to build shows why: this
        is the one place that catches a page's failure."""
        if name not in self._pages:
            try:
                widget = entry(name).build(self.services, self.navigator)
                if not isinstance(widget, Page):
                    raise TypeError(f"page {name} has no shutdown()")
            except Exception:  # a broken page must not take the app down
                log.exception("page %s failed to load", name)
                widget = _BrokenPage(name, traceback.format_exc(limit=3))
            widget.setObjectName(f"page_{name}")
            self._pages[name] = widget
            self.stack.addWidget(widget)
        return self._pages[name]

    def current_page_name(self) -> str:
        item = self.nav.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else ""

    @Slot(str)
    def show_page(self, name: str) -> None:
        row = PAGE_NAMES.index(name)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)  # -> _on_nav_current_row_changed
        else:
            self._show(name)

    @Slot(int)
    def _on_nav_current_row_changed(self, row: int) -> None:
        if 0 <= row < len(PAGE_NAMES):
            self._show(PAGE_NAMES[row])

    def _show(self, name: str) -> None:
        widget = self.page(name)
        self.stack.setCurrentWidget(widget)
        self.page_shown.emit(name)

    @Slot(str, object)
    def _on_navigator_practice_requested(self, practice_id: str, options: object) -> None:
        from app.ui.practice.page import PracticePage

        self.show_page("practice")
        target = self.page("practice")
        if isinstance(target, PracticePage):  # else the page failed to build and says so
            target.open_practice(practice_id, options if isinstance(options, dict) else None)

    @Slot(str)
    def _on_navigator_article_requested(self, article_id: str) -> None:
        from app.ui.readings.page import ReadingsPage

        self.show_page("readings")
        target = self.page("readings")
        if isinstance(target, ReadingsPage):  # else the page failed to build and says so
            target.open_article(article_id)

    @Slot()
    def show_crisis(self) -> None:
        CrisisDialog(self.services.clinic, self, self._open_support_plan,
                     on_sos=self.navigator.open_sos).exec()

    @Slot()
    def _open_support_plan(self, parent: QWidget) -> None:
        from app.ui.counselor.actions import open_support_plan

        open_support_plan(self.services, parent)

    def show_about(self) -> None:
        AboutDialog(self.services.clinic, self).exec()

    # -- geometry -----------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        saved = self.services.state.get("window_geometry")
        restored = False
        if isinstance(saved, str):
            try:
                restored = self.restoreGeometry(QByteArray(base64.b64decode(saved)))
            except ValueError:
                restored = False
        if not restored:
            self.resize(DEFAULT_SIZE)
            screen = self.screen()
            if screen is not None:
                available = screen.availableGeometry()
                if (available.width() < DEFAULT_SIZE.width() + 100
                        or available.height() < DEFAULT_SIZE.height() + 100):
                    # Fill a small screen; maximize too where a window manager honours it.
                    self.resize(available.size())
                    self.move(available.topLeft())
                    self.setWindowState(Qt.WindowState.WindowMaximized)
                else:
                    frame = self.frameGeometry()
                    frame.moveCenter(available.center())
                    self.move(frame.topLeft())

    def save_geometry(self) -> None:
        """Remember size, position and the page in view (one write, at close)."""
        data = bytes(self.saveGeometry().data())
        self.services.state.set_many({
            "window_geometry": base64.b64encode(data).decode("ascii"),
            "last_page": self.current_page_name() or "home",
        })

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_geometry()
        if self.hide_on_close:
            event.ignore()
            self.hide()
            return
        for page in self._pages.values():
            cast(Page, page).shutdown()
        if "log" in vars(self.services) and not self.services.log.keep_unsaved():
            # L7b: the disk refuses the log and every spill file; closing would lose the
            # sessions held in memory, so the window stays open and says why.
            QMessageBox.warning(
                self, self.tr("Your last sessions are not saved yet"),
                self.tr("Rewire cannot write to its folders (is the disk full or read-only?). "
                        "Your sessions are kept while this window is open: free some space, "
                        "then close Rewire again."))
            event.ignore()
            return
        event.accept()


class _BrokenPage(QWidget):
    def __init__(self, name: str, details: str) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        label = PlainLabel(
            self.tr("This part of Rewire could not be opened. The rest of the app works; "
                    "the details are in the log file."),
            self,
        )
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addStretch(1)
        self.setToolTip(plain_tip(details))

    def shutdown(self) -> None:
        """Nothing to end: the page never opened."""
