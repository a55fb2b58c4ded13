"""The Journal page: figures, heatmap, sessions, edit, delete with undo, by hand, files."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog

from app.core.records import SessionEnd, SessionStart

from app.ui.journal import page as journal


def _practise(services, minutes: float, days_ago: int = 0, note: str = "") -> int:
    clock = services.clock
    start = clock.now() - timedelta(days=days_ago)
    sid = services.log.session_started(SessionStart("box-breathing", "Box breathing", "pacer",
                                                    int(minutes * 60), start, clock.local_zone()))
    services.log.session_finished(sid, SessionEnd(minutes * 60, True, note=note))
    return sid


@pytest.fixture
def page(qtbot, services, navigator):
    for days_ago in (0, 1, 2, 4):
        _practise(services, 10, days_ago)
    widget = journal.create_page(services, navigator)
    qtbot.addWidget(widget)
    widget.resize(1100, 900)
    widget.show()
    yield widget
    widget.shutdown()


def test_figures_show_streak_totals_and_week(page) -> None:
    assert page.current.value.text() == "4"  # 4 days ago, a rest day, then 3 in a row
    assert page.longest.value.text() == "4"
    assert page.total.value.text() == "40"
    assert "4 sessions on 4 days" in page.total.caption.text()
    assert page.table.rowCount() == 4


def test_hidden_streaks_show_gentle_consistency_and_rules_recompute(page, services) -> None:
    services.settings_store.update("journal", hide_streaks=True)
    assert page.current.value.text() == "4 of the last 7 days"
    assert page.longest.isHidden()
    services.settings_store.update("journal", hide_streaks=False, rest_days_per_week=0)
    assert page.current.value.text() == "3" and page.longest.value.text() == "3"
    services.settings_store.update("journal", daily_goal_min=15)
    assert page.current.value.text() == "0"


def test_clicking_a_day_lists_its_sessions(page, qtbot, services) -> None:
    today = page.heatmap.today
    rect = page.heatmap.cell_rect(today - 2)
    qtbot.mouseClick(page.heatmap, Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.day == today - 2 and page.table.rowCount() == 1
    assert "Sessions on" in page.list_title.text()
    qtbot.mouseClick(page.heatmap, Qt.MouseButton.LeftButton, pos=page.heatmap.cell_rect(
        today - 3).center())
    assert page.table.rowCount() == 0
    page.recent_button.click()
    assert page.table.rowCount() == 4
    assert page.heatmap.day_at(QPoint(0, 0)) is None


def test_note_and_mood_edits_are_saved(page, services) -> None:
    sid = page.table.selected_id() if page.table.currentRow() >= 0 else None
    page.table.selectRow(0)
    sid = page.table.selected_id()
    page.table.item(0, 6).setText("felt steady")
    mood = page.table.item(0, 5)
    page.table.editItem(mood)
    editor = page.table.viewport().findChild(QComboBox)
    editor.setCurrentIndex(4)
    page.table.commitData(editor)
    assert mood.text() == "4"
    row = services.log.session(sid)
    assert (row.note, row.mood_after) == ("felt steady", 4)


def test_delete_with_undo(page, services, qtbot) -> None:
    page.table.selectRow(0)
    page.buttons["Delete session"].click()
    assert services.log.stats().sessions == 3 and page.undo_bar.isVisibleTo(page)
    assert page.total.value.text() == "30"
    page.undo_delete()
    assert services.log.stats().sessions == 4 and not page.undo_bar.isVisibleTo(page)
    assert page.total.value.text() == "40"


def test_add_a_session_by_hand(page, services, monkeypatch) -> None:
    from app.ui.journal import dialogs

    def fake_exec(dialog):
        dialog.minutes.setValue(25)
        dialog.note.setText("walk in the park")
        when = dialog.when.dateTime().addDays(-3)
        dialog.when.setDateTime(when)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs.ManualSessionDialog, "exec", fake_exec)
    page.buttons["Add a session by hand"].click()
    rows = [r for r in services.log.recent(10) if r.source == "manual"]
    assert len(rows) == 1 and rows[0].duration_s == 1500 and rows[0].note == "walk in the park"
    assert page.total.value.text() == "65"


def test_export_then_import_and_report(page, services, monkeypatch, tmp_path) -> None:
    target = tmp_path / "out.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "CSV (*.csv)")))
    page.buttons["Export"].click()
    assert target.read_bytes().startswith(b"\xef\xbb\xbfstarted_at,")
    shown: list[list[str]] = []
    from app.ui.journal import dialogs

    monkeypatch.setattr(dialogs.ReportDialog, "exec", lambda d: shown.append(
        d.findChild(dialogs.QPlainTextEdit).toPlainText().splitlines()) or 0)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    page.buttons["Import"].click()
    assert shown and "skipped 4 duplicate(s)" in shown[0][-1]
    bad = tmp_path / "bad.csv"
    bad.write_text("nonsense,columns\n1,2\n")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(bad), "")))
    page.buttons["Import"].click()
    assert "not imported" in shown[1][0] and services.log.stats().sessions == 4


def test_restore_from_a_backup(page, services, monkeypatch) -> None:
    from app.ui.journal import dialogs

    services.log.backup_now()
    _practise(services, 5)
    assert services.log.stats().sessions == 5
    monkeypatch.setattr(dialogs.RestoreDialog, "exec", lambda d: QDialog.DialogCode.Accepted)
    page.buttons["Restore"].click()
    assert services.log.stats().sessions == 4
    assert page.total.value.text() == "40"


def test_week_chart_has_26_weeks(page) -> None:
    assert page.chart and page.chart.bars.count() == 26
    assert page.chart.bars.at(25) > 0


def test_heatmap_keyboard(page, qtbot) -> None:
    page.heatmap.setFocus()
    got: list[int] = []
    page.heatmap.day_selected.connect(got.append)
    qtbot.keyClick(page.heatmap, Qt.Key.Key_Up)
    qtbot.keyClick(page.heatmap, Qt.Key.Key_Return)
    assert got == [page.heatmap.today - 1]
    assert date.fromordinal(got[0]).strftime("%a") in page.heatmap.describe(got[0])


def test_session_started_elsewhere_refreshes_page(page, services) -> None:
    _practise(services, 20)
    assert page.total.value.text() == "60"


def test_sessions_imported_by_another_process_appear_when_the_app_looks(
        page, services, qtbot) -> None:
    """`rewire log import` run in a terminal while the Journal is open: the next look (the app
    coming back to the front, or the 5-s check) shows the new session."""
    from app.storage.log import PracticeLog

    from app.ui.shell.log_watch import watch_log

    watch = watch_log(page, services)
    assert watch.timer.isActive()
    cli = PracticeLog.in_folder(services.paths.data, services.clock, recover=False,
                                auto_backup=False)
    start = services.clock.now() - timedelta(hours=1)
    sid = cli.session_started(SessionStart("open-timer", "Open timer", "timer", 1200, start,
                                           services.clock.local_zone()))
    cli.session_finished(sid, SessionEnd(1200, True))
    cli.close()
    assert page.total.value.text() == "40"  # not seen yet
    assert watch.check() is True
    assert page.total.value.text() == "60"
    assert page.table.rowCount() == 5
    assert watch.check() is False


def test_the_watch_never_opens_the_log_just_to_look(qtbot, services) -> None:
    from PySide6.QtCore import QObject

    from app.ui.shell.log_watch import watch_log

    owner = QObject()
    assert watch_log(owner, services).check() is False
    assert "log" not in vars(services)
    owner.deleteLater()
