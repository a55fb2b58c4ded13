"""L7b in the window: when neither the log nor any spill file can be written, closing the
window keeps it open with a clear message instead of dropping the sessions in memory."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.core.records import SessionEnd, SessionStart

from app.storage import spill as spill_module

from app.ui.shell.main_window import MainWindow
from app.ui.shell.navigator import Navigator


def test_the_window_stays_open_while_sessions_cannot_be_kept(
        qtbot, services, _no_modal_dialogs: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    win = MainWindow(services, Navigator())
    qtbot.addWidget(win)
    log = services.log
    log.conn.execute("PRAGMA query_only = 1")  # the disk refuses the log ...
    sid = log.session_started(SessionStart("open-timer", "Timer", "timer", 600,
                                           datetime(2026, 3, 1, 8, tzinfo=UTC), "UTC"))
    log.session_finished(sid, SessionEnd(600.0, True))

    def refuse(path: Path, text: str) -> None:  # ... and every spill file
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(spill_module, "atomic_write_text", refuse)
    assert win.close() is False
    assert _no_modal_dialogs and "free some space" in _no_modal_dialogs[-1]
    monkeypatch.undo()
    log.conn.execute("PRAGMA query_only = 0")  # space came back
    assert win.close() is True
    assert [r.duration_s for r in log.all_rows()] == [600]
