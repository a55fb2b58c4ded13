"""One running Rewire per data folder.

A QLockFile in the data folder says who owns the log (Qt treats the lock of a dead process as
stale and takes it over). The owner listens on a local socket; a second launch connects, asks
the owner to raise its window, and exits.

The owner starts listening only after its first frame (``listen``): QtNetwork costs ~8 ms to
load, and the window should not wait for it. A second launch that finds the lock taken but no
socket yet keeps trying to connect for a moment, so it still reaches an owner that is
starting up.
"""

from __future__ import annotations

import logging
import sys
import time
from typing import Any

from PySide6.QtCore import QLockFile, QObject, QThread, Signal, Slot

from app.core.paths import DataPaths

log = logging.getLogger(__name__)

_RAISE = b"raise\n"


def server_name(paths: DataPaths) -> str:
    """A socket inside the data folder when its path is short enough, else a hashed name."""
    sock = paths.data / "rewire.sock"
    if sys.platform != "win32" and len(str(sock)) < 100:
        return str(sock)
    import hashlib

    digest = hashlib.sha1(str(paths.data).encode("utf-8")).hexdigest()[:16]
    return f"rewire-{digest}"


class SingleInstance(QObject):
    """Signals: raise_requested() when another launch asked this one to show itself."""

    raise_requested = Signal()

    def __init__(self, paths: DataPaths, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._paths = paths
        self._lock = QLockFile(str(paths.lock_file))
        self._lock.setStaleLockTime(0)  # only a dead owner's lock is stale, never a slow one
        self._server: Any = None  # a QLocalServer once listening

    def acquire(self) -> bool:
        """True when this process now owns the data folder (call ``listen`` soon after)."""
        if not self._lock.tryLock(200):
            if self._lock.error() == QLockFile.LockError.LockFailedError:
                return False
            log.warning("lock file error %s; trying to take over", self._lock.error())
            self._lock.removeStaleLockFile()
            if not self._lock.tryLock(200):
                return False
        return True

    @Slot()
    def listen(self) -> None:
        """Start answering later launches (the owner calls this once its window is up)."""
        if self._server is not None:
            return
        from PySide6.QtNetwork import QLocalServer

        name = server_name(self._paths)
        QLocalServer.removeServer(name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(name):
            log.warning("could not listen on %s: %s", name, server.errorString())
        server.newConnection.connect(self._on_server_new_connection)
        self._server = server

    def ask_owner_to_raise(self, timeout_ms: int = 10_000) -> bool:
        """Ask the running owner to show its window; False when none answers in time."""
        from PySide6.QtNetwork import QLocalSocket

        deadline = time.monotonic() + timeout_ms / 1000
        while True:
            sock = QLocalSocket()
            sock.connectToServer(server_name(self._paths))
            left_ms = max(1, int((deadline - time.monotonic()) * 1000))
            if sock.waitForConnected(left_ms):
                sock.write(_RAISE)
                ok = sock.waitForBytesWritten(left_ms)
                sock.disconnectFromServer()
                return ok
            if time.monotonic() >= deadline:
                return False
            QThread.msleep(50)  # the owner may still be starting: it listens after its first frame

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()

    @Slot()
    def _on_server_new_connection(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            conn = self._server.nextPendingConnection()
            conn.readyRead.connect(lambda c=conn: self._on_conn_ready(c))
            conn.disconnected.connect(conn.deleteLater)

    def _on_conn_ready(self, conn: Any) -> None:
        if bytes(conn.readAll().data()).startswith(_RAISE.strip()):
            self.raise_requested.emit()
