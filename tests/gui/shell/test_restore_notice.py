"""L3b, the client's side: the 'restored from backup' banner comes back at every start
until the client dismisses it, and never after."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from app.core.clock import FakeClock
from app.core.paths import DataPaths

from app.storage.log import PracticeLog


def _damaged_log_with_backup(data: Path) -> None:
    from datetime import UTC, datetime

    from app.storage.rows import new_row

    lg = PracticeLog.in_folder(data, auto_backup=False)
    start = datetime(2025, 6, 1, 7, tzinfo=UTC)
    lg.add_rows([new_row(practice_id="open-timer", practice_title="Timer", kind="timer",
                         source="app", started_at=start, time_zone="UTC", planned_s=60,
                         duration_s=60.0, status="done", completed=True, updated=start)])
    lg.backup_now()
    lg.close()
    (data / "practice-log.sqlite3").write_bytes(b"not a database" * 100)


def _banner_restore_notices(qtbot, data_dir: Path, clock: FakeClock) -> list:
    from app.ui.shell.app import build_services
    from app.ui.shell.notices import NoticeBanner

    services = build_services(DataPaths.portable_in(data_dir), clock=clock)
    banner = NoticeBanner()
    qtbot.addWidget(banner)
    services.set_notice_handler(banner.show_notice)
    services.log.close()
    return [banner, [n for n in banner.notices() if n.title == "Practice log restored"]]


def test_the_restore_banner_shows_until_dismissed(qtbot, data_dir: Path,
                                                  fake_clock: FakeClock) -> None:
    paths = DataPaths.portable_in(data_dir)
    paths.data.mkdir(parents=True)
    _damaged_log_with_backup(paths.data)
    _banner, first = _banner_restore_notices(qtbot, data_dir, fake_clock)
    assert len(first) == 1  # the window closed (or crashed) before the client dismissed it
    banner, again = _banner_restore_notices(qtbot, data_dir, fake_clock)
    assert len(again) == 1 and "restored the backup" in again[0].text
    dismiss = next(b for b in banner.findChildren(QPushButton) if b.text() == "Dismiss")
    qtbot.mouseClick(dismiss, Qt.MouseButton.LeftButton)
    _banner, after = _banner_restore_notices(qtbot, data_dir, fake_clock)
    assert after == []
