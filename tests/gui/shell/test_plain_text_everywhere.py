"""P4: text from any file (plan title, note, practice or recording title, session note,
preset name) holding HTML is shown as plain text: no heading, no link, no picture.

The data folder is filled with the same hostile text in every field a file can bring;
then every page is opened and every label, button and tooltip that shows that text is
checked. A label Qt would render as rich text (AutoText) fails the test.
"""

from __future__ import annotations

import json
import wave
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from app.core.clock import FakeClock
from app.core.paths import DataPaths

from app.ui.shell.main_window import MainWindow
from app.ui.shell.navigator import PAGE_NAMES, Navigator

MARK = "Hostile"
HOSTILE = f"<h1>{MARK}</h1><a href='https://x.test'>link</a><img src='/tmp/wide.png' width=3000>"


def _fill(paths: DataPaths, clock: FakeClock) -> None:
    from app.storage.log import PracticeLog

    data = paths.data
    data.mkdir(parents=True, exist_ok=True)
    today = clock.now().date()
    plan = {"format": "rewire-plan", "version": 1, "title": HOSTILE, "from": HOSTILE,
            "starts": (today - timedelta(days=1)).isoformat(),
            "ends": (today + timedelta(days=10)).isoformat(), "note": HOSTILE,
            "items": [{"practice": "box-breathing", "minutes": 5, "per": "day"}]}
    (data / "plan.json").write_text(json.dumps(plan))
    recordings = data / "recordings"
    recordings.mkdir()
    with wave.open(str(recordings / "talk-abc123.wav"), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(b"\x10\x00" * 8000 * 3)
    (recordings / "library.json").write_text(json.dumps({"version": 1, "recordings": [{
        "recording_id": "talk-abc123", "title": HOSTILE, "file": "talk-abc123.wav",
        "duration_s": 3.0, "source": HOSTILE, "loudness_dbfs": -20.0, "gain_db": 0.0,
        "imported_at": ""}]}))
    lg = PracticeLog.in_folder(data, clock, auto_backup=False)
    when = clock.now() - timedelta(hours=2)
    lg.add_manual(practice_id="open-timer", practice_title=HOSTILE,
                  local_start=when.astimezone(UTC).replace(tzinfo=None), time_zone="UTC",
                  minutes=10, note=HOSTILE)
    lg.close()
    paths.config.mkdir(parents=True, exist_ok=True)
    (paths.config / "presets.json").write_text(json.dumps({"version": 1, "presets": [
        {"name": HOSTILE, "practice_id": "open-timer", "options": {}}]}))


def _shown(widget: QWidget) -> list[str]:
    problems = []
    for label in widget.findChildren(QLabel):
        text = label.text()
        if MARK not in text:
            continue
        fmt = label.textFormat()
        if fmt == Qt.TextFormat.PlainText:
            continue
        if fmt == Qt.TextFormat.RichText and "<h1>" not in text and "<img" not in text:
            continue  # our own markup around escaped text
        problems.append(f"{label.objectName() or type(label.parent()).__name__}: {text[:60]}")
    for button in widget.findChildren(QAbstractButton):
        tip = button.toolTip()
        if MARK in tip and "<h1>" in tip:
            problems.append(f"tooltip of {button.text()[:30]}: {tip[:60]}")
    return problems


def test_text_from_files_is_plain_on_every_page(qtbot, data_dir: Path) -> None:
    from app.ui.shell.app import build_services

    clock = FakeClock(datetime(2026, 3, 10, 18, 0, tzinfo=UTC), zone="UTC")
    paths = DataPaths.portable_in(data_dir)
    _fill(paths, clock)
    services = build_services(paths, clock=clock)
    win = MainWindow(services, Navigator())
    qtbot.addWidget(win)
    win.show()
    seen = 0
    problems: list[str] = []
    for name in PAGE_NAMES:
        win.show_page(name)
        page = win.page(name)
        qtbot.wait(20)  # the practice page reads the recordings after it is painted
        problems += _shown(page)
        seen += sum(MARK in lbl.text() for lbl in page.findChildren(QLabel))
    assert seen >= 3, "the hostile text never reached the screen: the test saw nothing"
    assert problems == []
