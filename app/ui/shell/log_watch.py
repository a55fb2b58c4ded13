"""Notice sessions that another process added to the practice log.

`rewire log import FILE` (or a second tool) can write to the log while the app is open. The
log's own listeners (Home, Journal) only hear about the app's writes, so this checks SQLite's
data_version when the app comes back to the foreground and every few seconds meanwhile; a
change wakes the listeners as if the app had written it. The check never opens the log: while
no page has needed it, there is nothing on screen to refresh.

``watch_log(parent, services)`` returns the LogWatch (a QObject parented to ``parent``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Slot
from PySide6.QtGui import QGuiApplication

from app.services import Services

INTERVAL_MS = 5000


class LogWatch(QObject):
    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_application_state_changed)

    @Slot()
    def check(self) -> bool:
        """True when the log changed outside the app (its listeners have been told)."""
        opened = self.services.log_if_opened()  # never open the log just to look
        return opened is not None and opened.check_outside_changes()

    @Slot(Qt.ApplicationState)
    def _on_application_state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()


def watch_log(parent: QObject, services: Services) -> LogWatch:
    return LogWatch(services, parent)
