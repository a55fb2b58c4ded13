"""Daily reminders while Rewire runs: a tray notification, or a card inside the window.

`ReminderScheduler` keeps ONE precise QTimer aimed at the next reminder (computed by
app/core/reminders.py from the injected clock) and recomputes it when the reminder settings
change and after the computer wakes or the wall clock jumps (a coarse heartbeat compares the
wall clock with the monotonic clock). When a reminder is due it emits `reminder_due`.

`Reminders` decides what a due reminder says (nothing when today's practice is done) and shows
it: as a notification of the tray (app/ui/comfort/tray.py) or, where the desktop has no tray
(QSystemTrayIcon.isSystemTrayAvailable() is False, e.g. offscreen), as a `ReminderCard`
inside the window. Either one, clicked, opens the suggested practice.

Signals: ReminderScheduler.reminder_due(object when_utc), rescheduled(object when_utc_or_None).
"""

from __future__ import annotations

import logging
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.home import HomeModel, reminder_needed
from app.core.reminders import Schedule, missed_fire, next_fire

from app.services import Services

from app.ui.home.data import build_model, practice_title
from app.ui.shell.navigator import Navigator
from app.ui.style.widgets import PlainLabel

if TYPE_CHECKING:
    from app.ui.comfort.tray import Tray

log = logging.getLogger(__name__)

HEARTBEAT_MS = 30_000
JUMP_S = 20.0  # wall and monotonic clocks disagreeing by more than this = sleep or clock change
MAX_WAIT_MS = 6 * 3600 * 1000  # re-aim at least every 6 hours (cheap, and robust to drift)


class ReminderScheduler(QObject):
    reminder_due = Signal(object)
    rescheduled = Signal(object)

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.clock = services.clock
        self.next_at: datetime | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.heartbeat = QTimer(self)
        self.heartbeat.setInterval(HEARTBEAT_MS)
        self.heartbeat.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self.heartbeat.timeout.connect(self._on_heartbeat_timeout)
        self._last_wall = self.clock.now()
        self._last_mono = self.clock.monotonic()
        self._zone = self.clock.local_zone()
        services.settings_store.subscribe(self._on_settings_changed)
        self.reschedule()
        self.heartbeat.start()

    def schedule(self) -> Schedule:
        r = self.services.settings.reminders
        try:
            return Schedule.from_strings(r.times, r.quiet_start, r.quiet_end)
        except ValueError:  # settings validation should prevent this
            log.exception("reminder settings unusable")
            return Schedule((), time(0, 0), time(0, 0))

    def reschedule(self) -> None:
        now = self.clock.now()
        self.next_at = next_fire(self.schedule(), now, self.clock.local_zone())
        self.timer.stop()
        if self.next_at is not None:
            wait_ms = int((self.next_at - now).total_seconds() * 1000) + 1
            self.timer.start(max(0, min(wait_ms, MAX_WAIT_MS)))
        self.rescheduled.emit(self.next_at)

    def stop(self) -> None:
        self.timer.stop()
        self.heartbeat.stop()
        self.services.settings_store.unsubscribe(self._on_settings_changed)

    def _on_settings_changed(self, section: str) -> None:
        if section == "reminders":
            self.reschedule()

    @Slot()
    def _on_timer_timeout(self) -> None:
        now = self.clock.now()
        target = self.next_at
        if target is not None and now + timedelta(milliseconds=500) >= target:
            late = now - target
            if late <= timedelta(minutes=10):
                self.reminder_due.emit(target)
            else:
                log.info("skipping a reminder %s late", late)
            self._last_wall = self.clock.now()
            self._last_mono = self.clock.monotonic()
            # aim past this one even if the clock reads a little early
            self.next_at = next_fire(self.schedule(), max(now, target),
                                     self.clock.local_zone())
            self._start_for(now)
            return
        self.reschedule()

    def _start_for(self, now: datetime) -> None:
        self.timer.stop()
        if self.next_at is not None:
            wait_ms = int((self.next_at - now).total_seconds() * 1000) + 1
            self.timer.start(max(0, min(wait_ms, MAX_WAIT_MS)))
        self.rescheduled.emit(self.next_at)

    @Slot()
    def _on_heartbeat_timeout(self) -> None:
        self.check_wake()

    def check_wake(self) -> None:
        """After a sleep, a clock change or a new time zone: ring a just-missed reminder,
        then re-aim."""
        zone = self.clock.local_zone()
        if zone != self._zone:
            log.info("time zone changed from %s to %s; re-aiming reminders", self._zone, zone)
            self._zone = zone
            self.reschedule()
        wall, mono = self.clock.now(), self.clock.monotonic()
        drift = (wall - self._last_wall).total_seconds() - (mono - self._last_mono)
        since = self._last_wall
        self._last_wall, self._last_mono = wall, mono
        if abs(drift) < JUMP_S:
            return
        log.info("wall clock moved %.0f s against the monotonic clock; re-aiming reminders",
                 drift)
        missed = missed_fire(self.schedule(), since, wall, self.clock.local_zone())
        if missed is not None:
            self.reminder_due.emit(missed)
        self.reschedule()


class ReminderCard(QFrame):
    """The in-window reminder, for desktops without a system tray.

    Signals: start_requested(), dismissed().
    """

    start_requested = Signal()
    dismissed = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("reminderCard")
        self.setProperty("card", True)
        self.setAccessibleName(self.tr("Reminder"))
        self.setAccessibleDescription(self.tr("A gentle reminder to practise"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.heading = PlainLabel(self.tr("Time for a few quiet minutes"), self)
        self.heading.setProperty("role", "subtitle")
        self.heading.setWordWrap(True)
        self.text = PlainLabel(self)
        self.text.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        row = QHBoxLayout()
        self.start_button = QPushButton(self.tr("Start"), self)
        self.start_button.setProperty("primary", True)
        self.start_button.setAccessibleName(self.tr("Start the suggested practice"))
        self.start_button.setAccessibleDescription(self.tr("Open the practice this reminder "
                                                           "suggests"))
        self.later_button = QPushButton(self.tr("Not now"), self)
        self.later_button.setAccessibleName(self.tr("Not now"))
        self.later_button.setAccessibleDescription(self.tr("Close this reminder"))
        row.addWidget(self.start_button)
        row.addWidget(self.later_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.start_button.clicked.connect(self._on_start_clicked)
        self.later_button.clicked.connect(self._on_later_clicked)
        window.installEventFilter(self)
        self.hide()

    def show_reminder(self, text: str) -> None:
        self.text.setText(text)
        self._place()
        self.show()
        self.raise_()
        # screen readers announce it without moving the keyboard focus away from the person
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Alert))

    def _place(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        width = min(max(360, parent.width() // 3), parent.width() - 32)
        self.setFixedWidth(width)
        self.adjustSize()
        self.move(parent.width() - self.width() - 24, parent.height() - self.height() - 24)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False

    @Slot()
    def _on_start_clicked(self) -> None:
        self.hide()
        self.start_requested.emit()

    @Slot()
    def _on_later_clicked(self) -> None:
        self.hide()
        self.dismissed.emit()


def open_suggested(services: Services, navigator: Navigator) -> None:
    """Open what Home suggests now (the plan's next practice, or one for the time of day)."""
    suggestion = build_model(services).suggestion
    if suggestion:
        navigator.open_practice(suggestion)
    else:
        navigator.open_page("practice")


class Reminders(QObject):
    """The scheduler, and where its reminders appear: the tray, else the in-window card."""

    def __init__(self, window: QWidget, services: Services, navigator: Navigator,
                 tray: Tray | None) -> None:
        super().__init__(window)
        self.services = services
        self.navigator = navigator
        self.tray = tray
        self.skipped = 0  # reminders not shown because today's practice was done
        self.scheduler = ReminderScheduler(services, self)
        self.scheduler.reminder_due.connect(self._on_scheduler_reminder_due)
        central = window.centralWidget() if isinstance(window, QMainWindow) else None
        self.card = ReminderCard(central or window)
        self.card.start_requested.connect(self._on_card_start_requested)
        if tray is not None:
            tray.message_clicked.connect(self._on_tray_message_clicked)

    def text(self, model: HomeModel) -> str:
        if model.suggestion is None:
            return self.tr("A few slow breaths are enough. Rewire is ready when you are.")
        name = practice_title(self.services, model.suggestion)
        if model.suggestion_reason == "plan":
            return self.tr("From your homework plan: {0}.").format(name)
        if model.suggestion_reason == "course":
            return self.tr("Start here, today: {0}.").format(name)
        return self.tr("{0} is ready when you are.").format(name)

    @Slot(object)
    def _on_scheduler_reminder_due(self, _when: object) -> None:
        model = build_model(self.services)
        if not reminder_needed(model):
            log.info("reminder skipped: today's practice is already done")
            self.skipped += 1
            return
        text = self.text(model)
        title = self.tr("Time for a few quiet minutes")
        if self.tray is None or not self.tray.show_message(title, text):
            self.card.show_reminder(text)

    @Slot()
    def _on_card_start_requested(self) -> None:
        open_suggested(self.services, self.navigator)

    @Slot()
    def _on_tray_message_clicked(self) -> None:
        open_suggested(self.services, self.navigator)

    def shutdown(self) -> None:
        self.scheduler.stop()
