"""Render generated sounds on a background thread.

Synthesis is pure Python plus C loops (array, map, accumulate, audioop). A C
loop holds the interpreter lock until it ends, so the synthesis runs its C
loops over blocks of at most 16,384 samples (ambient.BLOCK): the GUI thread
gets the lock between blocks and the window does not freeze while a sound
renders (tests/benchmarks/bench_sound.py measures the longest stall of a 5 ms
GUI timer meanwhile).

A helper process was tried first (no lock sharing at all) and dropped: with
multiprocessing beside Qt's event loop the app sometimes hung at exit in a storm
of "QSocketNotifier: Invalid socket" warnings, and killed parents left orphaned
workers behind.

The work goes through a ``concurrent.futures`` thread; a finished future reports
through a queued signal, so ``rendered``/``failed`` arrive in the GUI thread. After each
render the worker hands the freed heap back to the system (``memory.give_back``): a
synthesised loop otherwise leaves the process ~50 MB larger for the rest of its life.

Signals:
    rendered(str key): one item is in the cache.
    failed(str key, str message): one item could not be rendered.
"""

from __future__ import annotations

import contextlib
import logging
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app.sound.cache import RenderCache, RenderItem, render_into
from app.sound.memory import give_back

log = logging.getLogger(__name__)


def _render_and_trim(cache: RenderCache, item: RenderItem) -> Path:
    """Runs on the worker thread."""
    try:
        return render_into(cache.folder, item, cache.decode)
    finally:
        give_back()


class _Relay(QObject):
    """Lives in the GUI thread; the worker emits through it (queued)."""

    done = Signal(object, str)  # item, error ("" when fine)


class Renderer(QObject):
    rendered = Signal(str)
    failed = Signal(str, str)

    def __init__(self, cache: RenderCache, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cache = cache
        self._executor: ThreadPoolExecutor | None = None
        self._pending: set[str] = set()
        self.relay = _Relay(self)
        self.relay.done.connect(self._on_task_done)

    def request(self, items: list[RenderItem]) -> list[RenderItem]:
        """Queue the items not yet cached; return those still outstanding."""
        outstanding = []
        for item in items:
            if self.cache.is_rendered(item):
                continue
            outstanding.append(item)
            if item.key() not in self._pending:
                self._pending.add(item.key())
                self._submit(item)
        return outstanding

    def _submit(self, item: RenderItem) -> None:
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="rewire-render")
        future = self._executor.submit(_render_and_trim, self.cache, item)

        def done(finished: Future[Path]) -> None:
            self._on_future_done(item, finished)

        future.add_done_callback(done)

    def _on_future_done(self, item: RenderItem, future: Future[Path]) -> None:
        """Runs on the worker thread: hand the result to the GUI thread."""
        if future.cancelled():
            return
        exc = future.exception()
        if exc is not None:
            log.error("rendering %s failed: %s", item, exc)
        error = "" if exc is None else f"Could not prepare the sound {item.stem()}: {exc}"
        with contextlib.suppress(RuntimeError):  # the relay is gone: shutting down
            self.relay.done.emit(item, error)

    def is_busy(self) -> bool:
        return bool(self._pending)

    def shutdown(self) -> None:
        """Drop queued work and wait for the item in progress (call at exit)."""
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None
        self._pending.clear()

    def _on_task_done(self, item: object, error: str) -> None:
        assert isinstance(item, RenderItem)
        self._pending.discard(item.key())
        if error:
            self.failed.emit(item.key(), error)
        else:
            self.rendered.emit(item.key())
