"""The kiosk window: full screen, frameless, on top, locked; the welcome screen, the visitor
area (rebuilt at every reset), the staff PIN pad and panel, the idle countdown and the
maintenance screen after a crash loop.

`create_kiosk_window(services, navigator)` is what app/ui/shell/app.py calls in kiosk mode.
Signals: KioskWindow.reset_done(), staff_unlocked().
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget

from app import APP_NAME

from app.kiosk.adminlog import log_admin_exit
from app.kiosk.config import load_backoff, load_pin, save_backoff
from app.kiosk.counts import CountingSink, counts_file, load_counts
from app.kiosk.crashguard import STARTS_FILE, CrashGuard
from app.kiosk.gesture import CornerTaps
from app.kiosk.idle import IdlePolicy, IdleState
from app.kiosk.pin import PinGate

from app.services import Services

from app.ui.kiosk.guard import InputGuard
from app.ui.kiosk.pinpad import PinPad
from app.ui.kiosk.screens import (
    MaintenanceScreen,
    StaffPanel,
    StillThere,
    WelcomeScreen,
    crisis_text,
    label,
)
from app.ui.kiosk.visitor import VisitorArea
from app.ui.kiosk.wipe import wipe_visitor_traces
from app.ui.kiosk.wm_watch import WindowWatch
from app.ui.shell.navigator import Navigator

log = logging.getLogger(__name__)

IDLE_POLL_MS = 500


class KioskWindow(QWidget):
    reset_done = Signal()
    staff_unlocked = Signal()

    def __init__(self, services: Services, navigator: Navigator, maintenance: bool = False,
                 crash_guard: CrashGuard | None = None) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint
                         | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("kiosk")
        self.setWindowTitle(APP_NAME)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.services = services
        self.navigator = navigator
        self.maintenance = maintenance
        self._crash_guard = crash_guard
        self._allow_close = False
        # What "Exit Rewire" finally does (tests replace it: exit() would stop every later
        # event loop in the test process).
        self.quit_app: Callable[[], None] = lambda: QApplication.exit(0)
        kiosk = services.settings.kiosk
        clock = services.clock
        self.reduced_motion = bool(services.settings.general.reduced_motion)
        self.sink = CountingSink(counts_file(services.paths),
                                 lambda: bool(services.settings.kiosk.anonymous_counts),
                                 clock.local_zone)
        pin, notice = load_pin(services.paths)
        if notice:
            log.warning("%s", notice.describe())
        elif pin is None:
            log.warning("kiosk: no staff PIN is set, so nobody can leave the kiosk from the "
                        "screen; set one with 'rewire kiosk set-pin'")
        wall = lambda: clock.now().timestamp()  # noqa: E731 - the back-off outlives the process
        self.gate = PinGate(pin, clock.monotonic,
                            resume=load_backoff(services.paths, wall()),
                            on_change=lambda failures, wait_s: save_backoff(
                                services.paths, failures, wait_s, wall()))
        self.idle = IdlePolicy(clock.monotonic, kiosk.idle_s, kiosk.warning_s,
                               kiosk.after_practice_s)
        self.taps = CornerTaps(kiosk.gesture_corner)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.guard = InputGuard(app, allow_window=lambda w: w is self)
        self._build()
        self.watch = WindowWatch(self, lambda: self._allow_close)  # K7: under a WM
        self.guard.input_seen.connect(self._on_guard_input_seen)
        self.guard.pressed.connect(self._on_guard_pressed)
        self._idle_timer = QTimer(self)
        self._idle_timer.setInterval(IDLE_POLL_MS)
        self._idle_timer.timeout.connect(self.check_idle)
        self._connect_navigator()
        self.guard.install()
        self.setWindowState(Qt.WindowState.WindowFullScreen)
        self._place_on_screen()
        if not maintenance:
            self._idle_timer.start()
        self.stack.setCurrentWidget(self.maintenance_screen if maintenance else self.welcome)

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("kioskStack")
        layout.addWidget(self.stack, 1)
        self.footer = label(crisis_text(self.services.clinic), self, "kioskFooter")
        self.footer.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.footer)
        clinic = self.services.clinic
        self.welcome = WelcomeScreen(clinic, self.reduced_motion, self.services.clock.monotonic,
                                     self.stack)
        self.welcome.practice_requested.connect(self._on_welcome_practice_requested)
        self.welcome.reading_requested.connect(self._on_welcome_reading_requested)
        self.stack.addWidget(self.welcome)
        self.visitor = self._new_visitor()
        self.pinpad = PinPad(self.gate, self.services.clock.monotonic, self.stack)
        self.pinpad.unlocked.connect(self._on_pinpad_unlocked)
        self.pinpad.cancelled.connect(self._on_pinpad_cancelled)
        self.stack.addWidget(self.pinpad)
        self.staff = StaffPanel(self.stack)
        self.staff.exit_requested.connect(self.staff_exit)
        self.staff.back_requested.connect(self._on_staff_back_requested)
        self.staff.counts_toggle_requested.connect(self._on_staff_counts_toggle_requested)
        self.stack.addWidget(self.staff)
        self.still_there = StillThere(self.stack)
        self.still_there.still_here.connect(self._on_still_there_still_here)
        self.stack.addWidget(self.still_there)
        self.maintenance_screen = MaintenanceScreen(clinic, self.stack)
        self.stack.addWidget(self.maintenance_screen)
        self._before_warning: QWidget | None = None
        self._before_pin: QWidget | None = None

    def _new_visitor(self) -> VisitorArea:
        visitor = VisitorArea(self.services, self.sink, self.reduced_motion, self.stack)
        visitor.home_requested.connect(self.reset)
        visitor.practice_started.connect(self._on_visitor_practice_started)
        visitor.practice_ended.connect(self._on_visitor_practice_ended)
        self.stack.addWidget(visitor)
        return visitor

    def _connect_navigator(self) -> None:
        nav = self.navigator
        nav.page_requested.connect(self._on_navigator_page_requested)
        nav.article_requested.connect(self._on_navigator_article_requested)
        nav.practice_requested.connect(self._on_navigator_practice_requested)

    def _place_on_screen(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            self.setGeometry(screen.geometry())

    # -- visitor flow --------------------------------------------------------------------
    def _show_visitor(self) -> None:
        self.idle.visitor_arrived()
        self.stack.setCurrentWidget(self.visitor)

    @Slot()
    def _on_welcome_practice_requested(self) -> None:
        self.visitor.show_practices()
        self._show_visitor()

    @Slot()
    def _on_welcome_reading_requested(self) -> None:
        self.visitor.show_library()
        self._show_visitor()

    @Slot(str)
    def _on_navigator_page_requested(self, name: str) -> None:
        if self.maintenance or self.stack.currentWidget() in (self.pinpad, self.staff):
            return
        if name == "practice":
            self._on_welcome_practice_requested()
        elif name == "readings":
            self._on_welcome_reading_requested()
        elif name == "home":
            self.reset()
        # journal and settings do not exist in the kiosk

    @Slot(str)
    def _on_navigator_article_requested(self, article_id: str) -> None:
        if not self.maintenance and not self.visitor.practising:
            self.visitor.open_article(article_id)
            self._show_visitor()

    @Slot(str, object)
    def _on_navigator_practice_requested(self, practice_id: str, options: object) -> None:
        if not self.maintenance and not self.visitor.practising:
            self._on_welcome_practice_requested()

    @Slot()
    def _on_visitor_practice_started(self) -> None:
        self.idle.practice_started()

    @Slot(bool)
    def _on_visitor_practice_ended(self, completed: bool) -> None:
        self.idle.practice_ended()

    # -- idle ----------------------------------------------------------------------------
    @Slot()
    def _on_guard_input_seen(self) -> None:
        self.idle.activity()
        if self.stack.currentWidget() is self.still_there:
            self._leave_warning()

    def _leave_warning(self) -> None:
        target = self._before_warning or self.welcome
        self._before_warning = None
        self.stack.setCurrentWidget(target)

    @Slot()
    def _on_still_there_still_here(self) -> None:
        self.idle.activity()
        if self.stack.currentWidget() is self.still_there:
            self._leave_warning()

    @Slot()
    def check_idle(self) -> None:
        """Called twice a second: warn, then reset, from the idle policy's answer."""
        practising = self.visitor.practising  # a paused practice is not running
        if practising != self.idle.practising:
            if practising:
                self.idle.practice_started()
            else:
                self.idle.practice_ended()
        status = self.idle.poll()
        if status.state is IdleState.RESET:
            self.reset()
        elif status.state is IdleState.WARNING:
            if self.stack.currentWidget() is not self.still_there:
                self._before_warning = self.stack.currentWidget()
                self.stack.setCurrentWidget(self.still_there)
            self.still_there.set_seconds_left(status.seconds_left)
        elif self.stack.currentWidget() is self.still_there:
            self._leave_warning()

    @Slot()
    def reset(self) -> None:
        """Wipe everything of the last visitor and show the welcome screen."""
        old = self.visitor
        old.shutdown()
        self.stack.removeWidget(old)
        old.hide()
        old.deleteLater()
        self.visitor = self._new_visitor()
        self.sink.forget_open()
        self.pinpad.reset()
        self.taps.reset()
        self._before_warning = None
        wipe_visitor_traces()  # clipboard, X PRIMARY selection, search caches (K9)
        sound = self.services.sound_if_started()
        if sound is not None:
            sound.stop_all()
        self.stack.setCurrentWidget(self.maintenance_screen if self.maintenance
                                    else self.welcome)
        self.idle.was_reset()
        log.info("kiosk: reset to the welcome screen")
        self.reset_done.emit()

    # -- staff ---------------------------------------------------------------------------
    @Slot(float, float)
    def _on_guard_pressed(self, global_x: float, global_y: float) -> None:
        local = self.mapFromGlobal(QPoint(int(global_x), int(global_y)))
        if self.taps.press(local.x(), local.y(), self.width(), self.height(),
                           self.services.clock.monotonic()):
            self.open_pinpad()

    def open_pinpad(self) -> None:
        current = self.stack.currentWidget()
        if current in (self.pinpad, self.staff):
            return
        self._before_pin = current if current is not self.still_there else None
        if not self.visitor.practising:
            self.idle.visitor_arrived()
        self.pinpad.reset()
        self.stack.setCurrentWidget(self.pinpad)

    @Slot()
    def _on_pinpad_unlocked(self) -> None:
        log_admin_exit(self.services.paths, self.services.clock.now(), "unlock")
        self._show_staff_status()
        self.stack.setCurrentWidget(self.staff)
        self.staff_unlocked.emit()

    def _show_staff_status(self) -> None:
        self.staff.status.setText(self._staff_status())
        on = bool(self.services.settings.kiosk.anonymous_counts)
        self.staff.counts_button.setText(self.tr("Turn anonymous counts off") if on
                                         else self.tr("Turn anonymous counts on"))

    @Slot()
    def _on_staff_counts_toggle_requested(self) -> None:
        """Staff only: switch the anonymous counts (saved in settings.json)."""
        on = not self.services.settings.kiosk.anonymous_counts
        notice = self.services.settings_store.update("kiosk", anonymous_counts=on)
        if notice is not None:
            log.warning("%s", notice.describe())
        self._show_staff_status()

    def _staff_status(self) -> str:
        kiosk = self.services.settings.kiosk
        lines = [self.tr("Unlocked. Exit Rewire, or go back to the kiosk.")]
        if self.maintenance:
            lines.append(self.tr("Rewire stopped after repeated crashes; the details are in "
                                 "the log file. Going back to the kiosk tries again."))
        if kiosk.anonymous_counts:
            try:
                table = load_counts(counts_file(self.services.paths))
            except ValueError:
                table = {}
            sessions = sum(int(row["sessions"]) for day in table.values()
                           for row in day.values())
            lines.append(self.tr("Anonymous counts are on: {0} sessions so far. Export them "
                                 "with 'rewire kiosk export-counts FILE'.").format(sessions))
        else:
            lines.append(self.tr("Anonymous counts are off."))
        return "\n".join(lines)

    @Slot()
    def _on_pinpad_cancelled(self) -> None:
        if self._before_pin is self.visitor and self.visitor.practising:
            self.stack.setCurrentWidget(self.visitor)  # the practice went on meanwhile
        else:
            self.reset()

    @Slot()
    def _on_staff_back_requested(self) -> None:
        if self._crash_guard is not None and self.maintenance:
            self._crash_guard.clear()
            self.maintenance = False
            self._idle_timer.start()
        self.reset()

    @Slot()
    def staff_exit(self) -> None:
        """Staff chose to exit: log the time, stop the kiosk and quit with code 0."""
        log_admin_exit(self.services.paths, self.services.clock.now(), "exit")
        if self._crash_guard is not None:
            self._crash_guard.clear()
        self.visitor.shutdown()
        self._allow_close = True
        self.close()
        self.quit_app()

    # -- staying locked ------------------------------------------------------------------
    @property
    def hide_on_close(self) -> bool:
        """app.py's SIGTERM handler sets this to False before closing: then we close."""
        return not self._allow_close

    @hide_on_close.setter
    def hide_on_close(self, value: bool) -> None:
        if not value:
            self._allow_close = True

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._allow_close:
            event.ignore()
            log.info("kiosk: a close request was ignored")
            return
        self._idle_timer.stop()
        self.visitor.shutdown()
        log.info("kiosk: closing; %d blocked inputs, %d blocked links", self.guard.blocked_count,
                 len(self.guard.blocked_urls))
        self.guard.uninstall()
        event.accept()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if (event.type() == QEvent.Type.WindowStateChange and not self._allow_close
                and (self.windowState() & Qt.WindowState.WindowMinimized
                     or not self.windowState() & Qt.WindowState.WindowFullScreen)):
            QTimer.singleShot(0, self, self._enforce_full_screen)

    @Slot()
    def _enforce_full_screen(self) -> None:
        state = self.windowState()
        if not self._allow_close and (state & Qt.WindowState.WindowMinimized
                                      or not state & Qt.WindowState.WindowFullScreen):
            log.warning("kiosk: the window was minimised or left full screen; back to full "
                        "screen")
            self.setWindowState(Qt.WindowState.WindowFullScreen)
            self._place_on_screen()
            self.raise_()
            self.activateWindow()


def create_kiosk_window(services: Services, navigator: Navigator,
                        app: Any = None) -> KioskWindow:
    """Build the kiosk (app.py calls this in kiosk mode): record the start for the crash-loop
    guard, and show the maintenance screen after five crashes within a minute."""
    guard = CrashGuard(services.paths.cache / STARTS_FILE, services.clock.now)
    verdict = guard.record_start()
    qapp = QApplication.instance()
    if qapp is not None:
        qapp.aboutToQuit.connect(guard.record_clean_exit)
    return KioskWindow(services, navigator, maintenance=verdict.maintenance, crash_guard=guard)
