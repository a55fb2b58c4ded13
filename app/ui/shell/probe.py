"""A start-up probe for tests and the startup benchmark.

With REWIRE_PROBE set, the app prints `rewire-first-frame rss_kb=N` on stdout right after the
window's first paint; with REWIRE_PROBE=exit it then quits (exit code 0).
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


def peak_rss_kb() -> int:
    try:
        import resource
    except ImportError:  # Windows
        return 0
    usage = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return int(usage / 1024) if sys.platform == "darwin" else int(usage)


class FirstFrameProbe(QObject):
    def __init__(self, window: QWidget, quit_after: bool) -> None:
        super().__init__(window)
        self._quit_after = quit_after
        self._done = False
        window.installEventFilter(self)
        for child in window.findChildren(QWidget):
            child.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._done and event.type() == QEvent.Type.Paint:
            self._done = True
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print(f"rewire-first-frame rss_kb={peak_rss_kb()}", flush=True)
        if self._quit_after:
            # The kiosk refuses a plain quit by design; let its window close first.
            for widget in QApplication.topLevelWidgets():
                if hasattr(widget, "hide_on_close"):
                    widget.hide_on_close = False
                    widget.close()
            QApplication.quit()


def install_if_requested(window: QWidget) -> None:
    mode = os.environ.get("REWIRE_PROBE")
    if mode:
        FirstFrameProbe(window, quit_after=(mode == "exit"))
