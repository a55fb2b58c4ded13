"""Start the desktop app: one QApplication, the services, the window, clean exits.

- one instance per data folder (a second launch raises the first window and exits 0)
- unhandled exceptions go to the log file and one friendly dialog; the app keeps running
- SIGTERM, SIGINT and closing the window all exit with code 0
"""

from __future__ import annotations

import logging
import os
import signal
import sys

from PySide6.QtCore import QObject, QSocketNotifier, Qt, QTimer, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app import APP_ID, APP_NAME, __version__

from app.core.clinic import load_clinic
from app.core.clock import Clock, SystemClock
from app.core.i18n import resolve_language
from app.core.paths import DataPaths
from app.core.settings import SettingsStore
from app.core.state import StateStore

from app.services import Services

from app.ui.shell.closing import close_every_window
from app.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)


def build_services(paths: DataPaths, clock: Clock | None = None, kiosk: bool = False) -> Services:
    """Create the services (no window). Problems found while loading become pending notices."""
    paths.ensure()
    store = SettingsStore.load(paths.settings_file)
    clinic, clinic_notice = load_clinic()
    clinic = clinic.in_language(resolve_language(store.settings.general.language))
    services = Services(
        paths=paths,
        clock=clock or SystemClock(),
        settings_store=store,
        state=StateStore(paths.state_file),
        clinic=clinic,
        kiosk=kiosk or store.settings.kiosk.enabled,
    )
    for notice in store.notices:
        services.notify(notice)
    if clinic_notice:
        services.notify(clinic_notice)
    if store.notices and not store.path.with_name(store.path.name + ".newer").exists():
        # Replace the bad file by the cleaned settings; the original is kept as .bad.
        saved = store.save()
        if saved:
            services.notify(saved)
    return services


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    return app


class SignalExit(QObject):
    """Turns SIGTERM/SIGINT into a clean QApplication.quit() (exit code 0)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        if os.name == "posix":
            self._read_fd, self._write_fd = os.pipe()
            os.set_blocking(self._read_fd, False)
            os.set_blocking(self._write_fd, False)
            self._recv = lambda: os.read(self._read_fd, 64)
        else:  # Windows wants a socket for the wakeup fd
            import socket

            self._rsock, self._wsock = socket.socketpair()
            self._rsock.setblocking(False)
            self._wsock.setblocking(False)
            self._read_fd, self._write_fd = self._rsock.fileno(), self._wsock.fileno()
            self._recv = lambda: self._rsock.recv(64)
        self._previous_fd = signal.set_wakeup_fd(self._write_fd)
        self._notifier = QSocketNotifier(self._read_fd, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_notifier_activated)
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, lambda *_: None)  # the wakeup fd does the work

    @Slot()
    def _on_notifier_activated(self) -> None:
        try:
            data = self._recv()
        except OSError:
            return
        if any(b in (signal.SIGTERM, signal.SIGINT) for b in data):
            log.info("signal received; quitting")
            close_every_window(visible_only=True)
            self._app.quit()

    def restore(self) -> None:
        signal.set_wakeup_fd(self._previous_fd)


def run_app(paths: DataPaths, kiosk: bool = False, first_page: str | None = None) -> int:
    if sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM"):
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            print("rewire: no display found (set DISPLAY, or QT_QPA_PLATFORM=offscreen)",
                  file=sys.stderr)
            return 2
    app = create_application()
    from app.ui.shell.single_instance import SingleInstance

    instance = SingleInstance(paths)
    paths.ensure()
    if not instance.acquire():
        if instance.ask_owner_to_raise():
            print(f"{APP_NAME} is already open for {paths.data}; showing its window.")
            return 0
        QMessageBox.information(
            None, APP_NAME,
            QApplication.translate("App", "Rewire is already open. Please use its window."),
        )
        return 1

    from app.ui.shell.errors import ErrorReporter

    reporter = ErrorReporter(str(paths.log_file), app)
    reporter.install()
    exiter = SignalExit(app)
    services = build_services(paths, kiosk=kiosk)
    window = create_window(services, app, first_page)
    instance.raise_requested.connect(lambda: _raise(window))
    if isinstance(window, MainWindow):
        window.first_painted.connect(instance.listen)  # later launches are answered from then
    else:  # the kiosk
        QTimer.singleShot(0, instance.listen)
    from app.ui.shell.probe import install_if_requested

    install_if_requested(window)
    window.show()
    log.info("Rewire %s started (data: %s, kiosk: %s)", __version__, paths.data, services.kiosk)
    code = app.exec()
    services.close()
    exiter.restore()
    reporter.uninstall()
    instance.release()
    log.info("Rewire exited with code %s", code)
    return code


def create_window(services: Services, app: QApplication, first_page: str | None = None) -> QWidget:
    from app.ui.shell.navigator import Navigator
    from app.ui.style.theme import apply_theme

    general = services.settings.general
    from app.ui.shell.i18n import install_translators  # before any window is built

    install_translators(app, general.language)
    apply_theme(app, general.theme, general.text_scale)
    navigator = Navigator(app)
    if services.kiosk:
        from app.ui.kiosk.window import create_kiosk_window

        return create_kiosk_window(services, navigator)
    window = MainWindow(services, navigator)
    services.set_notice_handler(window.banner.show_notice)
    window.open_after_first_paint(
        first_page or services.state.get("last_page", "home") or "home"
    )

    def after_first_frame() -> None:
        from app.ui.comfort.tray import install_comfort  # reminders, tray, OS theme, plan drop
        from app.ui.shell.log_watch import watch_log

        install_comfort(window, services, navigator)
        watch_log(window, services)  # sessions added by `rewire log import` meanwhile

    window.first_painted.connect(after_first_frame)
    return window


def _raise(window: QWidget) -> None:
    window.show()
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.raise_()
    window.activateWindow()
