"""Rewire in the system tray, and the desktop comforts installed around the main window.

`Tray` owns the QSystemTrayIcon and its menu (start the last practice, open Rewire, quit) and
"stay in the tray when the window closes" (GeneralSettings.close_to_tray, only where a tray
exists). `install_comfort(window, services, navigator)` is called once, after the main
window's first frame; it installs, each from its own module:

* the tray (where the desktop has one): start the last practice, SOS when panic rises,
  open Rewire, quit;
* the reminders (app/ui/comfort/reminders.py), shown through the tray or, without a tray,
  as a card inside the window;
* following the OS light/dark scheme while the theme is "system" (app/ui/style/theme.py);
* dropping a homework plan file on the window (app/ui/comfort/plan_import.py).

Nothing here runs in kiosk mode. The sidebar's icons (tinted with the theme, sized with the
text) are the main window's own business (app/ui/shell/main_window.py).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from app import APP_NAME

from app.services import Services

from app.ui.comfort.plan_import import PlanDropFilter, install_plan_drop
from app.ui.comfort.reminders import Reminders, open_suggested
from app.ui.home.data import last_practice, practice_title
from app.ui.shell.main_window import MainWindow
from app.ui.shell.navigator import Navigator
from app.ui.style.icons import app_icon
from app.ui.style.theme import SchemeFollower, follow_system_scheme


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


class Tray(QObject):
    """The tray icon and its menu; the window hides to it on close when the person asked.

    Signals: message_clicked() (the person clicked a notification the tray showed).
    """

    message_clicked = Signal()

    def __init__(self, window: MainWindow, services: Services, navigator: Navigator) -> None:
        super().__init__(window)
        self.window = window
        self.services = services
        self.navigator = navigator
        self.icon = QSystemTrayIcon(app_icon(), self)
        self.icon.setToolTip(APP_NAME)
        self.menu = QMenu()
        self.start_action = QAction(self.tr("Start a practice"), self.menu)
        self.start_action.triggered.connect(self._on_start_action_triggered)
        self.sos_action = QAction(self.tr("SOS: when panic rises"), self.menu)
        self.sos_action.setToolTip(self.tr("Three minutes of grounding and long out-breaths, "
                                           "starting now"))
        self.sos_action.triggered.connect(self._on_sos_action_triggered)
        self.open_action = QAction(self.tr("Open Rewire"), self.menu)
        self.open_action.triggered.connect(self.show_window)
        self.quit_action = QAction(self.tr("Quit Rewire"), self.menu)
        self.quit_action.triggered.connect(self.quit)
        self.menu.addAction(self.start_action)
        self.menu.addAction(self.sos_action)
        self.menu.addAction(self.open_action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        self.menu.aboutToShow.connect(self._update_start_action)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_icon_activated)
        self.icon.messageClicked.connect(self._on_icon_message_clicked)
        self.icon.show()
        self._update_start_action()
        services.settings_store.subscribe(self._on_settings_changed)
        self._apply_close_to_tray()

    def show_message(self, title: str, text: str) -> bool:
        """A notification from the tray; False when the tray is not shown (say it elsewhere)."""
        if not self.icon.isVisible():
            return False
        self.icon.showMessage(title, text, app_icon(), 15_000)
        return True

    @Slot()
    def _update_start_action(self) -> None:
        last = last_practice(self.services)
        if last is None:
            self.start_action.setText(self.tr("Start a practice"))
        else:
            name = practice_title(self.services, last.practice_id)
            self.start_action.setText(self.tr("Start {0}").format(name))

    @Slot()
    def _on_start_action_triggered(self) -> None:
        last = last_practice(self.services)
        self.show_window()
        if last is None:
            open_suggested(self.services, self.navigator)
        else:
            self.navigator.open_practice(last.practice_id, {**last.options, "autostart": True})

    @Slot()
    def _on_sos_action_triggered(self) -> None:
        self.show_window()
        self.navigator.open_sos()

    @Slot(QSystemTrayIcon.ActivationReason)
    def _on_icon_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            self.show_window()

    @Slot()
    def _on_icon_message_clicked(self) -> None:
        self.show_window()
        self.message_clicked.emit()

    @Slot()
    def show_window(self) -> None:
        w = self.window
        w.show()
        w.setWindowState(w.windowState() & ~Qt.WindowState.WindowMinimized)
        w.raise_()
        w.activateWindow()

    @Slot()
    def quit(self) -> None:
        self.window.hide_on_close = False
        if not self.window.close():
            return  # the window refused (sessions that cannot be saved yet): it says why
        app = QApplication.instance()
        if app is not None:
            app.quit()

    def _apply_close_to_tray(self) -> None:
        wanted = self.services.settings.general.close_to_tray
        self.window.hide_on_close = wanted
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(not wanted)

    def _on_settings_changed(self, section: str) -> None:
        if section == "general":
            self._apply_close_to_tray()

    def shutdown(self) -> None:
        self.services.settings_store.unsubscribe(self._on_settings_changed)
        self.icon.hide()
        self.window.hide_on_close = False
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(True)


@dataclass
class Comfort:
    """What install_comfort set up, so it can be taken down again (at quit, in tests)."""

    reminders: Reminders
    tray: Tray | None
    theme: SchemeFollower
    plan_drop: PlanDropFilter | None

    def shutdown(self) -> None:
        self.reminders.shutdown()
        if self.tray is not None:
            self.tray.shutdown()
        with contextlib.suppress(RuntimeError):  # the follower may be gone with the app
            self.theme.stop()


def install_comfort(window: MainWindow, services: Services, navigator: Navigator,
                    use_tray: bool | None = None) -> Comfort | None:
    """Tray, reminders, OS theme following and plan drop for the main window (not in kiosk).
    `use_tray`: None asks the desktop whether it has a tray."""
    if services.kiosk:
        return None
    wants_tray = tray_available() if use_tray is None else use_tray
    tray = Tray(window, services, navigator) if wants_tray else None
    comfort = Comfort(
        reminders=Reminders(window, services, navigator, tray),
        tray=tray,
        theme=follow_system_scheme(window, services.settings_store),
        plan_drop=install_plan_drop(services, window),
    )
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(comfort.shutdown)
    return comfort
