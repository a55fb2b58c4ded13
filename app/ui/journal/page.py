"""Journal: the practice log. A year's calendar heatmap (click a day for its sessions), the
current and longest streak (or gentle consistency when streaks are hidden), totals, this
week against the goal, minutes per week, and the sessions with editable note and mood,
delete with undo, a session added by hand, export, import and restore.

Every figure comes from PracticeLog's per-day cache; the page recomputes when the log or
the Journal settings change.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.notices import Level, Notice
from app.core.streaks import StreakRules, consistency_text

from app.services import Services

from app.ui.journal.heatmap import Heatmap
from app.ui.journal.sessions import SessionTable
from app.ui.shell.navigator import Navigator
from app.ui.style.widgets import PlainLabel, ScrollPage, card, muted_label, title_label

log = logging.getLogger(__name__)
CHART_WEEKS = 26


def _button(text: str, description: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setAccessibleName(text.rstrip("…"))
    button.setAccessibleDescription(description)
    button.setToolTip(description)
    return button


class Figure(QWidget):
    """A big number with a caption, in a card."""

    def __init__(self, caption: str, parent: QWidget) -> None:
        super().__init__(parent)
        frame = card(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        inner = QVBoxLayout(frame)
        self.inner = inner
        self.value = title_label("–", frame)
        self.caption = muted_label(caption, frame)
        inner.addWidget(self.value)
        inner.addWidget(self.caption)

    def set(self, value: str, caption: str | None = None) -> None:
        self.value.setText(value)
        if caption is not None:
            self.caption.setText(caption)
        self.setAccessibleName(f"{self.caption.text()}: {value}")


class JournalPage(ScrollPage):
    def __init__(self, services: Services, navigator: Navigator) -> None:
        super().__init__(
            QCoreApplication.translate("Journal", "Journal"),
            QCoreApplication.translate("Journal",
                                       "Every session you practise, kept on this computer."))
        self.services = services
        self.navigator = navigator
        self.log: Any = services.log
        self.day: int | None = None
        self.deleted: Any = None
        self.chart: Any = None
        self._dirty = True
        inner = self.widget()
        assert inner is not None
        figures = QHBoxLayout()
        self.current = Figure(self.tr("days in a row"), inner)
        self.longest = Figure(self.tr("longest run of days"), inner)
        self.total = Figure(self.tr("minutes in all"), inner)
        self.week = Figure(self.tr("this week"), inner)
        self.week_bar = QProgressBar(self.week)
        self.week_bar.setTextVisible(False)
        self.week_bar.setMaximumHeight(8)
        self.week.inner.addWidget(self.week_bar)
        for fig in (self.current, self.longest, self.total, self.week):
            figures.addWidget(fig, 1)
        self.body.addLayout(figures)

        self.body.addWidget(title_label(self.tr("Your year"), inner, role="subtitle"))
        self.heatmap = Heatmap(inner)
        self.heatmap.day_selected.connect(self._on_heatmap_day_selected)
        self.body.addWidget(self.heatmap)
        self.body.addWidget(title_label(self.tr("Minutes per week"), inner, role="subtitle"))
        self.chart_slot = QVBoxLayout()
        self.body.addLayout(self.chart_slot)

        head = QHBoxLayout()
        self.list_title = title_label(self.tr("Recent sessions"), inner, role="subtitle")
        head.addWidget(self.list_title, 1)
        self.recent_button = _button(self.tr("Show recent"), self.tr(
            "List your most recent sessions again"), inner)
        self.recent_button.clicked.connect(self._on_recent_clicked)
        head.addWidget(self.recent_button)
        self.body.addLayout(head)
        self.table = SessionTable(self.log, inner)
        self.table.delete_requested.connect(self.delete_session)
        self.body.addWidget(self.table)

        self.undo_bar = card(inner)
        undo_row = QHBoxLayout(self.undo_bar)
        self.undo_label = PlainLabel(self.tr("Session deleted."), self.undo_bar)
        undo_button = _button(self.tr("Undo"), self.tr("Put the deleted session back"),
                              self.undo_bar)
        undo_button.clicked.connect(self.undo_delete)
        undo_row.addWidget(self.undo_label, 1)
        undo_row.addWidget(undo_button)
        self.undo_bar.hide()
        self.body.addWidget(self.undo_bar)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo_delete,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        actions = QHBoxLayout()
        specs = [
            (self.tr("Add a session by hand…"),
             self.tr("Record practice you did away from the computer"), self.add_manual),
            (self.tr("Delete session"), self.tr("Delete the selected session (you can undo)"),
             self._on_delete_clicked),
            (self.tr("Export…"), self.tr("Save every session as CSV or JSON"), self.export),
            (self.tr("Import…"), self.tr("Add sessions from a CSV or JSON export"),
             self.import_file),
            (self.tr("Restore…"), self.tr("Go back to one of the automatic backups"),
             self.restore),
        ]
        if not self.services.kiosk:  # issue 15: a check-in can also be taken from here
            specs.insert(1, (self.tr("Take a check-in…"),
                             self.tr("The PHQ-9 (mood) or the GAD-7 (worry and anxiety)"),
                             self.take_checkin))
        self.buttons: dict[str, QPushButton] = {}
        for text, description, slot in specs:
            button = _button(text, description, inner)
            button.clicked.connect(slot)
            actions.addWidget(button)
            self.buttons[text.rstrip("…")] = button
        actions.addStretch(1)
        self.body.addLayout(actions)
        if self.log.refused:
            self.body.addWidget(muted_label(self.tr(
                "Your practice log cannot be used just now; see the message about it."), inner))
        self.body.addStretch(1)
        self._subscribe()
        self.refresh()

    # -- keeping fresh ---------------------------------------------------------------------
    def _subscribe(self) -> None:
        def on_settings(section: str) -> None:
            if section == "journal":
                self.refresh()

        self.services.settings_store.subscribe(on_settings)
        self.log.subscribe(self._on_log_changed)

        def unsubscribe() -> None:
            self.services.settings_store.unsubscribe(on_settings)
            self.log.unsubscribe(self._on_log_changed)

        self.destroyed.connect(lambda *_: unsubscribe())
        self._unsubscribe = unsubscribe

    def shutdown(self) -> None:
        self._unsubscribe()

    def _on_log_changed(self) -> None:
        if self.table.writing:
            return  # a note or mood edited in the table: no figure changes
        if self.isVisible():
            self.refresh()
        else:
            self._dirty = True  # another page wrote a session: refresh when shown

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        rules = self.services.settings.journal.streak_rules()
        if self._dirty or self.log.today(rules) != self.heatmap.today:
            self.refresh()

    def refresh(self) -> None:
        self._dirty = False
        rules = self.services.settings.journal.streak_rules()
        stats = self.log.stats(rules)
        today = stats.today
        if self.services.settings.journal.hide_streaks:
            self.current.set(consistency_text(stats.last_7_days),
                             self.tr("a steady rhythm matters more than a perfect run"))
            self.longest.hide()
        else:
            self.current.set(str(stats.current_streak), self.tr("days in a row"))
            self.longest.set(str(stats.longest_streak), self.tr("longest run of days"))
            self.longest.show()
        self.total.set(f"{stats.total_minutes:,.0f}", self.tr(
            "minutes in all, {0:,} sessions on {1:,} days").format(
                stats.sessions, stats.days_practiced))
        goal = stats.week_goal_minutes
        self.week.set(self.tr("{0:.0f} of {1} min").format(stats.this_week_minutes, goal),
                      self.tr("this week, against your goal"))
        self.week_bar.setRange(0, max(goal, 1))
        self.week_bar.setValue(min(round(stats.this_week_minutes), goal))
        first = self.heatmap.first_day if self.heatmap.today == today else today - 7 * 53
        self.heatmap.set_data(self.log.day_minutes(first, today, rules.day_start_hour), today,
                              rules.daily_goal_min)
        self._refresh_chart(today, rules)
        self._refresh_list(rules)

    def _refresh_chart(self, today: int, rules: StreakRules) -> None:
        if self.chart is None:
            try:
                from app.ui.journal.chart import WeekChart
            except ImportError:
                log.warning("QtCharts is not available; the weekly chart is hidden")
                self.chart = False
                return
            self.chart = WeekChart(CHART_WEEKS, self.widget())
            self.chart_slot.addWidget(self.chart)
        if self.chart:
            self.chart.set_data(self.log.week_minutes(today, CHART_WEEKS, rules.day_start_hour),
                                rules.daily_goal_min * 7)

    def _refresh_list(self, rules: StreakRules) -> None:
        if self.day is None:
            self.list_title.setText(self.tr("Recent sessions"))
            self.table.show_rows(self.log.recent(50))
            self.recent_button.hide()
        else:
            self.list_title.setText(self.tr("Sessions on {0}").format(
                f"{date.fromordinal(self.day):%A %d %B %Y}"))
            self.table.show_rows(self.log.sessions_on(self.day, rules.day_start_hour))
            self.recent_button.show()

    @Slot(int)
    def _on_heatmap_day_selected(self, day: int) -> None:
        self.day = day
        self._refresh_list(self.services.settings.journal.streak_rules())

    @Slot()
    def _on_recent_clicked(self) -> None:
        self.day = None
        self._refresh_list(self.services.settings.journal.streak_rules())

    # -- editing ---------------------------------------------------------------------------
    @Slot()
    def _on_delete_clicked(self) -> None:
        session_id = self.table.selected_id()
        if session_id is not None:
            self.delete_session(session_id)

    def delete_session(self, session_id: int) -> None:
        row = self.log.delete_session(session_id)
        if row is None:
            return
        self.deleted = row
        self.undo_label.setText(self.tr("Deleted {0} from {1:%d %b %Y}.").format(
            row.title, date.fromordinal(row.local_day)))
        self.undo_bar.show()

    def undo_delete(self) -> None:
        if self.deleted is not None and self.log.undo_delete(self.deleted):
            self.deleted = None
            self.undo_bar.hide()

    def add_manual(self) -> None:
        from zoneinfo import ZoneInfo

        from app.ui.journal.dialogs import ManualSessionDialog, practice_choices

        zone = self.services.clock.local_zone()
        now = self.services.clock.now().astimezone(ZoneInfo(zone))
        dialog = ManualSessionDialog(practice_choices(self.services.practices), now, self)
        if dialog.exec() != ManualSessionDialog.DialogCode.Accepted:
            return
        try:
            self.log.add_manual(time_zone=zone, **dialog.values())
        except ValueError as exc:
            self.services.notify(Notice(Level.WARNING, self.tr("Session not added"), str(exc)))

    def take_checkin(self) -> None:
        from PySide6.QtGui import QCursor
        from PySide6.QtWidgets import QMenu

        from app.ui.counselor.actions import open_checkin

        menu = QMenu(self)
        for ident, label in (("phq9", self.tr("Mood (PHQ-9)")),
                             ("gad7", self.tr("Worry and anxiety (GAD-7)"))):
            action = menu.addAction(label)
            action.triggered.connect(lambda _c=False, i=ident: open_checkin(
                self.services, self.window(), i, next((d for d in self.services.counselor.due()
                                                       if d.instrument == i), None)))
        button = self.buttons.get(self.tr("Take a check-in"))
        where = button.mapToGlobal(button.rect().bottomLeft()) if button else QCursor.pos()
        menu.exec(where)

    # -- files -----------------------------------------------------------------------------
    def export(self) -> None:
        from app.storage.exchange import export_files

        name, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export practice log"), str(Path.home() / "rewire-practice-log.csv"),
            self.tr("CSV for spreadsheets (*.csv);;JSON (*.json)"))
        if not name:
            return
        path = Path(name)
        as_json = path.suffix.lower() == ".json" or ("json" in chosen.lower() and
                                                     path.suffix.lower() != ".csv")
        try:
            export_files(self.log, path, "json" if as_json else "csv")
        except OSError as exc:
            failed = Path(exc.filename) if exc.filename else path
            self.services.notify(Notice(Level.ERROR, self.tr("Export failed"), self.tr(
                "Rewire could not write {0}: {1}").format(failed.name, exc.strerror or exc),
                failed))
            return
        self.services.notify(Notice(Level.INFO, self.tr("Exported"), self.tr(
            "Your practice log was saved as {0}.").format(path.name), path))

    def import_file(self) -> None:
        from app.storage.exchange import import_file

        from app.ui.journal.dialogs import ReportDialog

        name, _chosen = QFileDialog.getOpenFileName(
            self, self.tr("Import sessions"), str(Path.home()),
            self.tr("Practice log exports (*.csv *.json);;All files (*)"))
        if not name:
            return
        report = import_file(self.log, Path(name))
        title = self.tr("Import finished") if report.ok else self.tr("Nothing was imported")
        ReportDialog(title, report.lines(), self).exec()

    def restore(self) -> None:
        from app.storage.backups import BackupError, verify

        from app.ui.journal.dialogs import RestoreDialog

        choices = []
        for info in self.log.backups.list():
            ok, _why, count = verify(info.path)
            if ok:
                choices.append((self.tr("{0} — {1} sessions").format(info.label, count),
                                info.path))
        if not choices:
            self.services.notify(Notice(Level.INFO, self.tr("No backups yet"), self.tr(
                "Rewire makes a backup of your practice log once a day; there is none yet.")))
            return
        dialog = RestoreDialog(choices, self)
        if dialog.exec() != RestoreDialog.DialogCode.Accepted or not dialog.chosen():
            return
        answer = QMessageBox.question(self, self.tr("Restore the practice log?"), self.tr(
            "Replace your practice log with this backup? Your log as it is now is backed up "
            "first."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            count = self.log.restore(Path(str(dialog.chosen())))
        except (BackupError, OSError, sqlite3.Error) as exc:
            self.services.notify(Notice(Level.ERROR, self.tr("Restore failed"), str(exc)))
            return
        self.services.notify(Notice(Level.INFO, self.tr("Practice log restored"), self.tr(
            "Your practice log now holds the {0} sessions of that backup.").format(count)))


def create_page(services: Services, navigator: Navigator) -> QWidget:
    return JournalPage(services, navigator)
