"""Render generated sounds off the GUI thread.

Signals:
    rendered(str key): one item is in the cache (emitted in the GUI thread).
    failed(str key, str message): one item could not be rendered.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.sound.cache import RenderCache, RenderItem

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives in the GUI thread; worker threads emit through it (queued)."""

    done = Signal(str, str)  # key, error ("" when fine)


class _RenderTask(QRunnable):
    def __init__(self, cache: RenderCache, item: RenderItem, relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._cache, self._item, self._relay = cache, item, relay

    def run(self) -> None:
        error = ""
        try:
            self._cache.render(self._item)
        except Exception as exc:  # reported as a signal, never lost in a thread
            log.exception("rendering %s failed", self._item)
            error = f"Could not prepare the sound {self._item.stem()}: {exc}"
        self._relay.done.emit(self._item.key(), error)


class Renderer(QObject):
    rendered = Signal(str)
    failed = Signal(str, str)

    def __init__(self, cache: RenderCache, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cache = cache
        # One worker: rendering is pure Python, so a second thread would only
        # fight the GUI thread for the interpreter lock.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pending: set[str] = set()
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_task_done)

    def request(self, items: list[RenderItem]) -> list[RenderItem]:
        """Queue the items not yet cached; return those still outstanding."""
        outstanding = []
        for item in items:
            if self.cache.is_rendered(item):
                continue
            outstanding.append(item)
            if item.key() not in self._pending:
                self._pending.add(item.key())
                self._pool.start(_RenderTask(self.cache, item, self._relay))
        return outstanding

    def is_busy(self) -> bool:
        return bool(self._pending)

    def shutdown(self, wait_ms: int = 30_000) -> None:
        """Drop queued work and wait for the item in progress (call at exit)."""
        self._pool.clear()
        self._pool.waitForDone(wait_ms)

    def _on_task_done(self, key: str, error: str) -> None:
        self._pending.discard(key)
        if error:
            self.failed.emit(key, error)
        else:
            self.rendered.emit(key)
