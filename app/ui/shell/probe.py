"""A start-up probe for tests and the startup benchmark.

With REWIRE_PROBE set, the app prints `rewire-first-frame rss_kb=N` on stdout right after the
window's first paint; with REWIRE_PROBE=exit it then quits (exit code 0). In the main window it
also prints `rewire-page NAME: TITLE` each time a page is shown and has filled itself (TITLE:
the heading the person reads, such as Home's greeting), so an end-to-end test can wait for
what is on screen instead of sleeping.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer, Slot
from PySide6.QtWidgets import QApplication, QWidget

from app.ui.shell.closing import close_every_window
from app.ui.shell.main_window import MainWindow
from app.ui.style.widgets import ScrollPage


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
        if isinstance(window, MainWindow):
            self._window = window
            window.page_shown.connect(self._on_window_page_shown)

    @Slot(str)
    def _on_window_page_shown(self, name: str) -> None:
        # A page fills itself on the turn after it is shown (Home: refresh()); report after.
        QTimer.singleShot(0, self, lambda: QTimer.singleShot(0, self,
                                                             lambda: self._report_page(name)))

    def _report_page(self, name: str) -> None:
        page = self._window.page(name)
        title = page.title.text() if isinstance(page, ScrollPage) else ""
        print(f"rewire-page {name}: {title}", flush=True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._done and event.type() == QEvent.Type.Paint:
            self._done = True
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print(f"rewire-first-frame rss_kb={peak_rss_kb()}", flush=True)
        if self._quit_after:
            # The kiosk refuses a plain quit by design; let its window close first.
            close_every_window()
            QApplication.quit()


def install_if_requested(window: QWidget) -> None:
    mode = os.environ.get("REWIRE_PROBE")
    if mode:
        FirstFrameProbe(window, quit_after=(mode == "exit"))
