"""Rewire in the system tray, and the desktop comforts wired to the main window.

`install_comfort(window, services, navigator)` is called once by the UI bootstrap after the
main window is built. It sets up:

* the reminder scheduler, shown as a tray notification or, without a tray, an in-window card;
  clicking either opens the suggested practice;
* the tray icon and its menu (start the last practice, SOS when panic rises, open Rewire,
  quit) and "stay in the tray when the window closes" (GeneralSettings.close_to_tray, only
  where a tray exists);
* following the OS light/dark scheme while the theme is "system";
* dropping a homework plan file on the window.

Nothing here runs in kiosk mode.
"""

from __future__ import annotations

import contextlib
import logging
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Slot
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon, QWidget

from app import APP_NAME
from app.core.home import HomeModel, parse_last_practice, reminder_needed
from app.services import Services
from app.ui.comfort.plan_import import install_plan_drop
from app.ui.comfort.reminders import ReminderCard, ReminderScheduler
from app.ui.home.data import build_model, last_practice_raw, practice_title
from app.ui.shell.navigator import Navigator
from app.ui.style.icons import app_icon

log = logging.getLogger(__name__)


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


class Comfort(QObject):
    """Owns the tray icon, the reminder scheduler and the in-window reminder card."""

    def __init__(self, window: QWidget, services: Services, navigator: Navigator,
                 use_tray: bool | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.services = services
        self.navigator = navigator
        self.use_tray = tray_available() if use_tray is None else use_tray
        self.scheduler = ReminderScheduler(services, self)
        self.scheduler.reminder_due.connect(self._on_scheduler_reminder_due)
        self.card = ReminderCard(window.centralWidget() if hasattr(window, "centralWidget")
                                 else window)
        self.card.start_requested.connect(self._on_card_start_requested)
        self.tray: QSystemTrayIcon | None = None
        self.reminders_skipped = 0
        if self.use_tray:
            self._build_tray()
        services.settings_store.subscribe(self._on_settings_changed)
        self._apply_close_to_tray()
        self._scale_icons()
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._on_color_scheme_changed)
        window.installEventFilter(self)
        services.extras["comfort"] = self

    # -- tray -----------------------------------------------------------------------------------
    def _build_tray(self) -> None:
        tray = QSystemTrayIcon(app_icon(), self)
        tray.setToolTip(APP_NAME)
        menu = QMenu()
        self.start_action = QAction(self.tr("Start a practice"), menu)
        self.start_action.triggered.connect(self._on_start_action_triggered)
        self.sos_action = QAction(self.tr("SOS: when panic rises"), menu)
        self.sos_action.setToolTip(self.tr("Three minutes of grounding and long out-breaths, "
                                           "starting now"))
        self.sos_action.triggered.connect(self._on_sos_action_triggered)
        open_action = QAction(self.tr("Open Rewire"), menu)
        open_action.triggered.connect(self.show_window)
        quit_action = QAction(self.tr("Quit Rewire"), menu)
        quit_action.triggered.connect(self.quit)
        menu.addAction(self.start_action)
        menu.addAction(self.sos_action)
        menu.addAction(open_action)
        menu.addSeparator()
        menu.addAction(quit_action)
        menu.aboutToShow.connect(self._update_start_action)
        self._menu = menu
        tray.setContextMenu(menu)
        tray.activated.connect(self._on_tray_activated)
        tray.messageClicked.connect(self._on_tray_message_clicked)
        tray.show()
        self.tray = tray
        self._update_start_action()

    def _last(self) -> Any:
        return parse_last_practice(last_practice_raw(self.services))

    @Slot()
    def _update_start_action(self) -> None:
        last = self._last()
        if last is None:
            self.start_action.setText(self.tr("Start a practice"))
        else:
            name = last.title or practice_title(self.services, last.practice_id)
            self.start_action.setText(self.tr("Start {0}").format(name))

    @Slot()
    def _on_start_action_triggered(self) -> None:
        last = self._last()
        self.show_window()
        if last is None:
            self.open_suggested()
        else:
            self.navigator.open_practice(last.practice_id, {**last.options, "autostart": True})

    @Slot()
    def _on_sos_action_triggered(self) -> None:
        self.show_window()
        self.navigator.open_sos()

    @Slot(QSystemTrayIcon.ActivationReason)
    def _on_tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            self.show_window()

    @Slot()
    def _on_tray_message_clicked(self) -> None:
        self.show_window()
        self.open_suggested()

    # -- reminders ------------------------------------------------------------------------------
    def reminder_text(self, model: HomeModel | None = None) -> str:
        model = model or build_model(self.services)
        if model.suggestion is None:
            return self.tr("A few slow breaths are enough. Rewire is ready when you are.")
        name = practice_title(self.services, model.suggestion)
        if model.suggestion_reason == "plan":
            return self.tr("From your homework plan: {0}.").format(name)
        if model.suggestion_reason == "course":
            return self.tr("Start here, today: {0}.").format(name)
        return self.tr("{0} is ready when you are.").format(name)

    @Slot(object)
    def _on_scheduler_reminder_due(self, _when: object) -> None:
        model = build_model(self.services)
        if not reminder_needed(model):
            log.info("reminder skipped: today's practice is already done")
            self.reminders_skipped += 1
            return
        text = self.reminder_text(model)
        if self.tray is not None and self.tray.isVisible():
            self.tray.showMessage(self.tr("Time for a few quiet minutes"), text,
                                  app_icon(), 15_000)
        else:
            self.card.show_reminder(text)

    @Slot()
    def _on_card_start_requested(self) -> None:
        self.open_suggested()

    def open_suggested(self) -> None:
        suggestion = build_model(self.services).suggestion
        if suggestion:
            self.navigator.open_practice(suggestion)
        else:
            self.navigator.open_page("practice")

    # -- window ---------------------------------------------------------------------------------
    @Slot()
    def show_window(self) -> None:
        w = self.window
        w.show()
        w.setWindowState(w.windowState() & ~Qt.WindowState.WindowMinimized)
        w.raise_()
        w.activateWindow()

    @Slot()
    def quit(self) -> None:
        if hasattr(self.window, "hide_on_close"):
            self.window.hide_on_close = False
        if not self.window.close():
            return  # the window refused (sessions that cannot be saved yet): it says why
        app = QApplication.instance()
        if app is not None:
            app.quit()

    def _apply_close_to_tray(self) -> None:
        wanted = self.services.settings.general.close_to_tray and self.tray is not None
        if hasattr(self.window, "hide_on_close"):
            self.window.hide_on_close = bool(wanted)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(not wanted)

    def _on_settings_changed(self, section: str) -> None:
        if section == "general":
            self._apply_close_to_tray()
            self._scale_icons()

    def _scale_icons(self) -> None:
        """Sidebar icons grow with the text (22 px at 100%)."""
        nav = getattr(self.window, "nav", None)
        if nav is not None:
            side = round(22 * self.services.settings.general.text_scale)
            nav.setIconSize(QSize(side, side))

    @Slot(Qt.ColorScheme)
    def _on_color_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        general = self.services.settings.general
        if general.theme != "system":
            return
        app = QApplication.instance()
        if isinstance(app, QApplication):
            from app.ui.style.theme import apply_theme

            apply_theme(app, general.theme, general.text_scale)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.ApplicationPaletteChange:
            self._retint_icons()
        return False

    def _retint_icons(self) -> None:
        """The sidebar's icons are tinted with the text color: redo them for the new theme."""
        from app.ui.style.icons import nav_icon

        nav = getattr(self.window, "nav", None)
        if nav is None:
            return
        for row in range(nav.count()):
            item = nav.item(row)
            name = item.data(Qt.ItemDataRole.UserRole)
            if isinstance(name, str):
                item.setIcon(nav_icon(name))

    def shutdown(self) -> None:
        self.scheduler.stop()
        self.services.settings_store.unsubscribe(self._on_settings_changed)
        with contextlib.suppress(RuntimeError, TypeError):
            QGuiApplication.styleHints().colorSchemeChanged.disconnect(
                self._on_color_scheme_changed)
        if self.tray is not None:
            self.tray.hide()


def install_comfort(window: QWidget, services: Services, navigator: Navigator) -> Comfort | None:
    """Reminders, tray, OS theme following and plan drop for the main window (not in kiosk)."""
    if services.kiosk:
        return None
    install_plan_drop(services, window)
    comfort = Comfort(window, services, navigator)
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(comfort.shutdown)
    return comfort
