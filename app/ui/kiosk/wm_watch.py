"""The kiosk holds under a real window manager: minimised, hidden, sent to another desktop
or put behind another window, it is back full screen and on top within a second (K7).

Rewire cannot own the window manager (docs/kiosk.md says which ones and which settings to
use), but it notices. Five times a second the watch looks at the kiosk window: minimised?
hidden? not exposed (unmapped by a desktop switch)? on a desktop other than the current
one? not full screen? not the active window? The first answer that is "yes" is logged
(once per episode, with the reason) and the window is given back: full screen, raised,
activated, and under X11 also through the EWMH messages a pager sends (app/ui/kiosk/x11.py:
on every desktop, back to its desktop, activate as source 2), which window managers obey
where they may ignore an application's own request.

The watch runs only on platforms with real windows (not ``offscreen``/``minimal``), only
after the window was first shown, and stops for good once the kiosk may close (staff exit,
SIGTERM).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from app.ui.kiosk.x11 import ALL_DESKTOPS, X11

log = logging.getLogger(__name__)

INTERVAL_MS = 200
HEADLESS = ("offscreen", "minimal", "vnc")


class WindowWatch(QObject):
    """Signals: recovered(str) (the reason, each time the window was given back)."""

    recovered = Signal(str)

    def __init__(self, window: QWidget, may_close: Callable[[], bool]) -> None:
        super().__init__(window)
        self._window = window
        self._may_close = may_close
        self._x11: X11 | None = None
        self._episode: str | None = None
        self._home_desktop: int | None = None  # the desktop the kiosk started on
        self.recoveries = 0
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self.enabled = QGuiApplication.platformName() not in HEADLESS
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self._window and event.type() == QEvent.Type.Show and self.enabled
                and not self._timer.isActive() and not self._may_close()):
            if QGuiApplication.platformName() == "xcb" and self._x11 is None:
                self._x11 = X11.open()
            self._timer.start()
            QTimer.singleShot(0, self, self._stick)
        return False

    @Slot()
    def _stick(self) -> None:
        if self._x11 is not None:
            self._home_desktop = self._x11.current_desktop()
            self._x11.stick(int(self._window.winId()))

    def problem(self) -> str | None:
        """Why the kiosk is not full screen and on top right now, or None."""
        w = self._window
        handle = w.windowHandle()
        if w.isMinimized():
            return "the window was minimised"
        if not w.isVisible():
            return "the window was hidden"
        if self._x11 is not None:
            current = self._x11.current_desktop()
            mine = self._x11.desktop_of(int(w.winId()))
            if mine == ALL_DESKTOPS:
                mine = self._home_desktop
            if current is not None and mine is not None and mine != current:
                return f"the screen moved to desktop {current + 1}"
        if handle is not None and not handle.isExposed():
            return "the window is not on the screen (another desktop?)"
        if not w.windowState() & Qt.WindowState.WindowFullScreen:
            return "the window left full screen"
        if not w.isActiveWindow():
            return "another window came to the front"
        return None

    @Slot()
    def check(self) -> None:
        if self._may_close():
            self._timer.stop()
            if self._x11 is not None:
                self._x11.close()
                self._x11 = None
            return
        reason = self.problem()
        if reason is None:
            if self._episode is not None:
                log.info("kiosk: full screen and on top again")
            self._episode = None
            return
        if reason != self._episode:
            log.warning("kiosk: %s; bringing the kiosk back full screen and on top", reason)
            self.recoveries += 1
            self.recovered.emit(reason)
        self._episode = reason
        self.restore()

    def restore(self) -> None:
        w = self._window
        wid = int(w.winId())
        if self._x11 is not None:
            mine = self._x11.desktop_of(wid)
            if mine == ALL_DESKTOPS:
                mine = self._home_desktop
            if mine is not None and mine != self._x11.current_desktop():
                self._x11.show_desktop(mine)  # back to the kiosk's own desktop
            self._x11.stick(wid)
        w.setWindowState((w.windowState() & ~Qt.WindowState.WindowMinimized)
                         | Qt.WindowState.WindowFullScreen)
        w.show()
        w.raise_()
        w.activateWindow()
        if self._x11 is not None:
            self._x11.activate(wid)
