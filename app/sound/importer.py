"""Run a recording import on a worker thread and report back in the GUI thread.

Signals (of ImportRunner):
    imported(object report): an ImportReport; the library has the new recording.
    failed(str message): names the file and the problem; the library is unchanged.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.sound.library import ImportFailed, RecordingLibrary

log = logging.getLogger(__name__)


class _Relay(QObject):
    done = Signal(object, str)


class _ImportTask(QRunnable):
    def __init__(self, library: RecordingLibrary, path: Path, title: str | None,
                 target_dbfs: float, relay: _Relay) -> None:
        super().__init__()
        self._args = (library, path, title, target_dbfs)
        self._relay = relay

    def run(self) -> None:
        library, path, title, target = self._args
        try:
            report = library.import_file(path, title=title, target_dbfs=target)
        except ImportFailed as exc:
            self._relay.done.emit(None, str(exc))
        except Exception as exc:  # never lose an error in a worker thread
            log.exception("import of %s failed", path)
            self._relay.done.emit(None, f"Could not import \u201c{path.name}\u201d: "
                                        f"{unexpected_problem(exc)}.")
        else:
            self._relay.done.emit(report, "")


def unexpected_problem(exc: BaseException) -> str:
    """Words for an error the importer did not foresee: never an empty reason (": .")."""
    if isinstance(exc, MemoryError):
        return ("there was not enough memory to import it; close other programs or split "
                "the recording into shorter parts")
    text = str(exc).strip()
    if not text:
        return f"an unexpected problem ({type(exc).__name__}); the details are in the log file"
    return f"an unexpected problem ({text[:160]}); the details are in the log file"


class ImportRunner(QObject):
    imported = Signal(object)
    failed = Signal(str)

    def __init__(self, library: RecordingLibrary, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_relay_done)
        self._busy = False

    @property
    def busy(self) -> bool:
        return self._busy

    def start(self, path: Path, title: str | None = None, target_dbfs: float = -20.0) -> None:
        self._busy = True
        self._pool.start(_ImportTask(self.library, Path(path), title, target_dbfs, self._relay))

    def wait(self, ms: int = 60_000) -> None:
        self._pool.waitForDone(ms)

    def _on_relay_done(self, report: object, error: str) -> None:
        self._busy = False
        if error:
            self.failed.emit(error)
        else:
            self.imported.emit(report)
