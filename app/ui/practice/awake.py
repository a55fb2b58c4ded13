"""Keep the display awake during a session, where the operating system allows it.

Linux: org.freedesktop.ScreenSaver Inhibit/UnInhibit on the session bus (QtDBus).
Windows: SetThreadExecutionState(ES_CONTINUOUS | ES_DISPLAY_REQUIRED) via ctypes.
Elsewhere, or when the service is missing, it does nothing and says so once in the log.
"""

from __future__ import annotations

import logging
import sys
from typing import Any

from app import APP_NAME

log = logging.getLogger(__name__)

_ES_CONTINUOUS = 0x80000000
_ES_DISPLAY_REQUIRED = 0x00000002
_ES_SYSTEM_REQUIRED = 0x00000001


class ScreenAwake:
    def __init__(self) -> None:
        self._cookie: int | None = None
        self._windows = False

    @property
    def held(self) -> bool:
        return self._cookie is not None or self._windows

    def acquire(self, reason: str = "A practice session is running") -> bool:
        if self.held:
            return True
        try:
            if sys.platform.startswith("win"):
                return self._acquire_windows()
            if sys.platform.startswith("linux"):
                return self._acquire_dbus(reason)
        except Exception as exc:  # never let this disturb a practice
            log.info("could not keep the screen awake: %s", exc)
            return False
        log.info("keeping the screen awake is not supported on %s", sys.platform)
        return False

    def release(self) -> None:
        try:
            if self._windows:
                import ctypes

                ctypes.windll.kernel32.SetThreadExecutionState(_ES_CONTINUOUS)  # type: ignore
                self._windows = False
            elif self._cookie is not None:
                iface = _screensaver()
                if iface is not None:
                    iface.call("UnInhibit", self._cookie)
                self._cookie = None
        except Exception as exc:
            log.info("could not release the screen-awake request: %s", exc)
            self._cookie, self._windows = None, False

    def _acquire_windows(self) -> bool:
        import ctypes

        flags = _ES_CONTINUOUS | _ES_DISPLAY_REQUIRED | _ES_SYSTEM_REQUIRED
        if ctypes.windll.kernel32.SetThreadExecutionState(flags):  # type: ignore[attr-defined]
            self._windows = True
            return True
        log.info("SetThreadExecutionState refused")
        return False

    def _acquire_dbus(self, reason: str) -> bool:
        iface = _screensaver()
        if iface is None:
            log.info("no session bus screen saver service; the screen may dim during practice")
            return False
        reply = iface.call("Inhibit", APP_NAME, reason)
        args = reply.arguments()
        if reply.errorName() or not args:
            log.info("screen saver Inhibit failed: %s", reply.errorMessage())
            return False
        self._cookie = int(args[0])
        return True


def _screensaver() -> Any:
    try:
        from PySide6.QtDBus import QDBusConnection, QDBusInterface
    except ImportError:
        return None
    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        return None
    iface = QDBusInterface("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver",
                           "org.freedesktop.ScreenSaver", bus)
    return iface if iface.isValid() else None
