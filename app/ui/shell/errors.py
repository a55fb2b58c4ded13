"""Unhandled exceptions: written with their traceback to the log, shown once, app keeps going."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("rewire.crash")


class ErrorReporter(QObject):
    """Installs sys.excepthook/threading.excepthook. Signals: error_reported(str summary)."""

    error_reported = Signal(str)

    def __init__(self, log_file: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._log_file = log_file
        self._showing = False
        self._shown: set[str] = set()
        self.error_reported.connect(self._on_error_reported, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        sys.excepthook = self._hook
        threading.excepthook = self._thread_hook

    def uninstall(self) -> None:
        sys.excepthook = sys.__excepthook__
        threading.excepthook = threading.__excepthook__

    def _hook(
        self, kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        text = "".join(traceback.format_exception(kind, value, tb))
        log.error("unhandled exception:\n%s", text)
        self.error_reported.emit(f"{kind.__name__}: {value}")

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        self._hook(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)

    @Slot(str)
    def _on_error_reported(self, summary: str) -> None:
        if self._showing or summary in self._shown:
            return
        self._shown.add(summary)
        self._showing = True
        try:
            box = QMessageBox(QApplication.activeWindow())
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(self.tr("Something went wrong"))
            box.setText(self.tr("Rewire ran into a problem, but your practice log is safe and "
                                "you can keep going."))
            box.setInformativeText(
                self.tr("The details were written to the log file:\n{0}").format(self._log_file)
            )
            box.setDetailedText(summary)
            box.exec()
        finally:
            self._showing = False
