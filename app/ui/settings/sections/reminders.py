"""Reminder settings: daily times, quiet hours, staying in the tray; says where reminders show."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QTime, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.reminders import Schedule, next_fire, parse_hhmm
from app.core.settings import InvalidValue

from app.services import Services

from app.ui.settings.binding import bind_checkbox
from app.ui.style.widgets import PlainLabel

TITLE = QCoreApplication.translate("Settings", "Reminders")
MAX_TIMES = 6


def _hhmm(t: QTime) -> str:
    return f"{t.hour():02d}:{t.minute():02d}"


def _qtime(text: str) -> QTime:
    t = parse_hhmm(text)
    return QTime(t.hour, t.minute)


class ReminderSection(QWidget):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.where = PlainLabel(self)
        self.where.setWordWrap(True)
        self.where.setProperty("muted", True)
        outer.addWidget(self.where)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        outer.addLayout(form)
        times_box = QVBoxLayout()
        self.times = QListWidget(self)
        self.times.setAccessibleName(self.tr("Reminder times"))
        self.times.setAccessibleDescription(self.tr("The times of day Rewire reminds you"))
        self.times.setMaximumHeight(self.fontMetrics().height() * 7)
        times_box.addWidget(self.times)
        row = QHBoxLayout()
        self.new_time = QTimeEdit(QTime(9, 0), self)
        self.new_time.setDisplayFormat("HH:mm")
        self.new_time.setAccessibleName(self.tr("New reminder time"))
        self.new_time.setAccessibleDescription(self.tr("Hours and minutes, 24-hour clock"))
        self.add_button = QPushButton(self.tr("Add time"), self)
        self.add_button.setAccessibleName(self.tr("Add reminder time"))
        self.add_button.setAccessibleDescription(self.tr("Add the time on the left to the list"))
        self.remove_button = QPushButton(self.tr("Remove time"), self)
        self.remove_button.setAccessibleName(self.tr("Remove reminder time"))
        self.remove_button.setAccessibleDescription(self.tr("Remove the selected time"))
        row.addWidget(self.new_time)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        times_box.addLayout(row)
        form.addRow(self.tr("Daily reminders"), times_box)

        quiet = QHBoxLayout()
        r = services.settings.reminders
        self.quiet_start = QTimeEdit(_qtime(r.quiet_start), self)
        self.quiet_end = QTimeEdit(_qtime(r.quiet_end), self)
        for edit, name in ((self.quiet_start, self.tr("Quiet hours start")),
                           (self.quiet_end, self.tr("Quiet hours end"))):
            edit.setDisplayFormat("HH:mm")
            edit.setAccessibleName(name)
            edit.setAccessibleDescription(self.tr("No reminder rings between the start and "
                                                  "the end"))
        quiet.addWidget(self.quiet_start)
        self.quiet_to = PlainLabel(self.tr("to"), self)
        quiet.addWidget(self.quiet_to)
        quiet.addWidget(self.quiet_end)
        quiet.addStretch(1)
        form.addRow(self.tr("Quiet hours"), quiet)

        self.tray_box = QCheckBox(self.tr("Keep in the tray"), self)
        self.tray_box.setAccessibleName(self.tr("Keep in the tray"))
        self.tray_box.setAccessibleDescription(self.tr("Closing the window leaves Rewire "
                                                       "running so reminders still appear"))
        bind_checkbox(services, "general", "close_to_tray", self.tray_box)
        form.addRow("", self.tray_box)
        tray_note = PlainLabel(self.tr("When the window closes, Rewire stays in the system tray "
                                   "so reminders still appear."), self)
        tray_note.setWordWrap(True)
        tray_note.setProperty("muted", True)
        form.addRow("", tray_note)
        self.next_label = PlainLabel(self)
        self.next_label.setWordWrap(True)
        outer.addWidget(self.next_label)

        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.quiet_start.timeChanged.connect(self._on_quiet_changed)
        self.quiet_end.timeChanged.connect(self._on_quiet_changed)
        self.times.currentRowChanged.connect(self._update_buttons)
        self._show_times()
        self._show_where()

    def _show_where(self) -> None:
        from app.ui.comfort.tray import tray_available

        if tray_available():
            self.where.setText(self.tr("Reminders appear as notifications from the system "
                                       "tray while Rewire is running."))
            self.tray_box.setEnabled(True)
        else:
            self.where.setText(self.tr("This desktop has no system tray, so reminders appear "
                                       "inside the Rewire window while it is open."))
            self.tray_box.setEnabled(False)

    def _show_times(self) -> None:
        r = self.services.settings.reminders
        self.times.clear()
        schedule = Schedule.from_strings(r.times, r.quiet_start, r.quiet_end)
        for t in schedule.times:
            text = t.strftime("%H:%M")
            if schedule.is_quiet(t):
                text = self.tr("{0} (in quiet hours: will not ring)").format(text)
            self.times.addItem(text)
        nxt = next_fire(schedule, self.services.clock.now(), self.services.clock.local_zone())
        if not schedule.times:
            self.next_label.setText(self.tr("No reminders are set."))
        elif nxt is None:
            self.next_label.setText(self.tr("Every reminder time is inside the quiet hours."))
        else:
            self.next_label.setText(self.tr("Next reminder: {0}.").format(
                self._when(nxt)))
        self._update_buttons()

    def _when(self, instant: datetime) -> str:
        from zoneinfo import ZoneInfo

        zone = ZoneInfo(self.services.clock.local_zone())
        local = instant.astimezone(zone)
        today = self.services.clock.now().astimezone(zone).date()
        if local.date() == today:
            return self.tr("today at {0}").format(local.strftime("%H:%M"))
        return self.tr("tomorrow at {0}").format(local.strftime("%H:%M"))

    def _save(self, **changes: object) -> bool:
        try:
            notice = self.services.settings_store.update("reminders", **changes)
        except InvalidValue:
            return False
        if notice is not None:
            self.services.notify(notice)
        return True

    @Slot()
    def _on_add_clicked(self) -> None:
        current = list(self.services.settings.reminders.times)
        new = _hhmm(self.new_time.time())
        if new not in current and len(current) < MAX_TIMES:
            self._save(times=sorted([*current, new]))
        self._show_times()

    @Slot()
    def _on_remove_clicked(self) -> None:
        row = self.times.currentRow()
        current = sorted(set(self.services.settings.reminders.times))
        if 0 <= row < len(current):
            del current[row]
            self._save(times=current)
        self._show_times()

    @Slot()
    def _on_quiet_changed(self) -> None:
        self._save(quiet_start=_hhmm(self.quiet_start.time()),
                   quiet_end=_hhmm(self.quiet_end.time()))
        self._show_times()

    @Slot()
    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.times.currentRow() >= 0)
        self.add_button.setEnabled(self.times.count() < MAX_TIMES)


def create_section(services: Services) -> QWidget:
    return ReminderSection(services)
