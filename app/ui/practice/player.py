"""PracticePlayer: the desktop face of one PracticeRun (app/core/practice_run.py).

    run = PracticeRun.for_client(plan, clock, services.log, services.notify, ask_mood=...)
    player = PracticePlayer(run, services.sound, services.settings.practice, reduced_motion)
    player.closed.connect(on_closed)
    player.start()

The run owns the session, its log row and what must sound; the player's RunDriver (the thin
Qt adapter in driver.py) arms the timers and plays the sounds; the player only renders the
run's snapshot, asks the mood question when the run awaits it, and turns keys and buttons
into the run's commands.

Signals: started(); ended(SessionSummary) the moment the session finishes or is stopped;
finished(SessionSummary) once it is recorded (after the optional mood question);
closed() when the user leaves the summary; full_window_changed(bool).
Keys: Space pauses/resumes (follow-your-breath: counts an out-breath; P pauses), Esc stops
(asks first after a minute; in full-window mode it first leaves full window), F toggles full
window. Methods: start(), toggle_pause(), request_stop(), set_full_window(bool), shutdown().
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QHideEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.practice_run import PracticeRun
from app.core.session import Event, SessionSummary, State
from app.core.settings import PracticeSettings
from app.core.sound_port import SoundPort

from app.ui.practice.awake import ScreenAwake
from app.ui.practice.dial import SessionDial, dim_screen
from app.ui.practice.display import clock_text, describe, ending_text
from app.ui.practice.driver import RunDriver
from app.ui.practice.full_window import FullWindow
from app.ui.practice.mood import EndPanel

log = logging.getLogger(__name__)

CONFIRM_STOP_AFTER_S = 60.0


class PracticePlayer(QWidget):
    started = Signal()
    ended = Signal(object)
    finished = Signal(object)
    closed = Signal()
    full_window_changed = Signal(bool)

    def __init__(self, run: PracticeRun, sound: SoundPort, settings: PracticeSettings,
                 reduced_motion: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practicePlayer")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.run = run
        self.plan = run.plan
        self.reduced_motion = reduced_motion
        self.driver = RunDriver(run, sound, self)
        self.awake = ScreenAwake()
        self.full = FullWindow(self)
        self._keep_awake = settings.keep_screen_awake
        self._start_full_window = settings.start_full_window
        self._build()
        self.driver.waiting_for_sound.connect(self._on_driver_waiting_for_sound)
        self.driver.started.connect(self._on_driver_started)
        self.driver.events_happened.connect(self._on_driver_events_happened)
        self.driver.ended.connect(self._on_driver_ended)
        self.driver.recorded.connect(self._on_driver_recorded)
        self.driver.refreshed.connect(self._on_driver_refreshed)
        self._on_driver_refreshed()

    @property
    def summary(self) -> SessionSummary | None:
        return self.run.summary

    # -- building -----------------------------------------------------------------------------
    def _build(self) -> None:
        tr = self.tr
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 20, 32, 24)
        outer.setSpacing(12)
        top = QHBoxLayout()
        self.title = QLabel(self.plan.title, self)
        self.title.setProperty("role", "subtitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # text from a file (P4)
        top.addWidget(self.title, 1)
        self.full_button = QPushButton(tr("Full window"), self)
        self.full_button.setAccessibleName(tr("Full window"))
        self.full_button.setAccessibleDescription(tr("Hide everything but the practice (F)"))
        self.full_button.setToolTip(tr("Hide everything but the practice (F)"))
        self.full_button.clicked.connect(lambda: self.set_full_window(not self.full.active))
        top.addWidget(self.full_button)
        outer.addLayout(top)

        self.dial = SessionDial(self)
        self.dial.reduced_motion = self.reduced_motion
        if self.plan.dim:  # the middle of the night: dark and quiet (50-practice.qss)
            dim_screen(self, self.dial)
        outer.addWidget(self.dial, 1)
        self.phase_label = QLabel(self)
        self.phase_label.setObjectName("practicePhase")
        self.phase_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.phase_bar = QProgressBar(self)
        self.phase_bar.setRange(0, 1000)
        self.phase_bar.setTextVisible(False)
        self.phase_bar.setMaximumHeight(14)
        self.phase_bar.setAccessibleName(tr("Breath phase"))
        reduced = self.reduced_motion and self.plan.pattern is not None
        self.phase_label.setVisible(reduced)
        self.phase_bar.setVisible(reduced)
        self.phase_bar.setMinimumWidth(320)
        self.phase_bar.setMaximumWidth(560)
        outer.addWidget(self.phase_label)
        outer.addWidget(self.phase_bar, 0, Qt.AlignmentFlag.AlignHCenter)
        self.caption = QLabel(self)
        self.caption.setObjectName("practiceCaption")
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setAccessibleName(tr("Caption"))
        outer.addWidget(self.caption)
        self.status = QLabel(self)
        self.status.setProperty("muted", True)
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(self.status)

        controls = QHBoxLayout()
        controls.addStretch(1)
        self.begin_button = self._button(tr("Begin now"), tr("Skip the rest of the countdown"))
        self.begin_button.clicked.connect(self.driver.begin_now)
        self.pause_button = self._button(tr("Pause"), tr("Pause or resume (Space)"))
        self.pause_button.setProperty("primary", True)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.count_button = self._button(tr("Breathed out"), tr("Count one out-breath (Space)"))
        self.count_button.setProperty("primary", True)
        self.count_button.clicked.connect(self.count_breath)
        self.count_button.setVisible(self.plan.follow)
        self.stop_button = self._button(tr("Stop"), tr("End the session (Esc)"))
        self.stop_button.clicked.connect(self.request_stop)
        for button in (self.begin_button, self.count_button, self.pause_button,
                       self.stop_button):
            controls.addWidget(button)
        controls.addStretch(1)
        outer.addLayout(controls)

        self.end_panel = EndPanel(self)
        self.end_text = self.end_panel.text
        self.mood = self.end_panel.mood
        self.done_button = self.end_panel.done_button
        self.mood.chosen.connect(self._on_mood_chosen)
        self.mood.skipped.connect(self._on_mood_skipped)
        self.end_panel.done_clicked.connect(self._on_done_clicked)
        self.end_panel.setVisible(False)
        outer.addWidget(self.end_panel)

    def _button(self, text: str, description: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text)
        button.setAccessibleDescription(description)
        button.setToolTip(description)
        return button

    # -- commands -------------------------------------------------------------------------------
    def start(self) -> None:
        """Get the sounds ready (never more than a few seconds), then begin."""
        self.driver.start()

    @Slot()
    def toggle_pause(self) -> None:
        self.driver.toggle_pause()

    @Slot()
    def count_breath(self) -> None:
        self.driver.count_breath()

    @Slot()
    def request_stop(self) -> bool:
        """Stop, asking first when more than a minute has been practised. True when stopped."""
        run = self.run
        if run.ended:
            return False
        if run.practised_s() > CONFIRM_STOP_AFTER_S:
            answer = QMessageBox.question(
                self, self.tr("End this session?"),
                self.tr("You have practised for {0}. End the session now? The time so far "
                        "is kept in your log.").format(clock_text(run.practised_s())),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        self.driver.stop()
        return True

    def set_full_window(self, on: bool) -> None:
        if on == self.full.active:
            return
        self.full.enter() if on else self.full.leave()
        self.full_button.setText(self.tr("Leave full window") if on else self.tr("Full window"))
        self.full_window_changed.emit(on)

    def shutdown(self) -> None:
        """The app is closing or the page is leaving: end and record the session cleanly."""
        self.driver.shutdown()
        self.awake.release()
        if self.full.active:
            self.set_full_window(False)

    # -- what the run reports -------------------------------------------------------------------
    @Slot()
    def _on_driver_waiting_for_sound(self) -> None:
        self.status.setText(self.tr("Getting the sounds ready…"))

    @Slot()
    def _on_driver_started(self) -> None:
        if self._keep_awake:
            self.awake.acquire()
        self.driver.set_animating(self._animated())
        self.setFocus()
        self.started.emit()
        if self._start_full_window or self.plan.dim:
            self.set_full_window(True)  # a dim screen hides the bright window around it

    @Slot(object)
    def _on_driver_events_happened(self, events: list[Event]) -> None:
        if self.run.state is State.PAUSED and any(e.kind == "auto_paused" for e in events):
            self.status.setText(self.tr("Paused while the computer was asleep. "
                                        "Press Space to go on."))

    @Slot(object)
    def _on_driver_ended(self, summary: SessionSummary) -> None:
        self.awake.release()
        self.end_text.setText(ending_text(summary, self.plan.follow, self.tr))
        for button in (self.begin_button, self.pause_button, self.count_button,
                       self.stop_button):
            button.setVisible(False)
        self.end_panel.setVisible(True)
        self.full_button.setVisible(self.full.active)
        self.ended.emit(summary)
        if self.run.awaiting_mood:
            self.mood.setVisible(True)
            self.mood.buttons[2].setFocus()
        else:
            self.done_button.setFocus()

    @Slot(object)
    def _on_driver_recorded(self, summary: SessionSummary) -> None:
        self.mood.lock()  # its offer of help (a very low mood) stays usable
        self.done_button.setFocus()
        self.finished.emit(summary)

    @Slot(int)
    def _on_mood_chosen(self, value: int) -> None:
        self.driver.record(value)

    @Slot()
    def _on_mood_skipped(self) -> None:
        self.driver.record(None)

    @Slot()
    def _on_done_clicked(self) -> None:
        self.driver.record(self.mood.value)
        if self.full.active:
            self.set_full_window(False)
        self.closed.emit()

    # -- display --------------------------------------------------------------------------------
    @Slot()
    def _on_driver_refreshed(self) -> None:
        screen = describe(self.run.snapshot(), self.plan, self.tr, self.reduced_motion)
        state = self.run.state
        self.dial.show_view(screen.view)
        if self.caption.text() != screen.caption:
            self.caption.setText(screen.caption)
        self.caption.setVisible(bool(screen.caption) or self.plan.kind == "guided")
        if screen.phase_text:
            self.phase_label.setText(screen.phase_text)
            self.phase_bar.setValue(screen.phase_value)
        if not self.status.text().startswith(self.tr("Paused while")) or (
                state is State.RUNNING):
            self.status.setText(screen.status)
        self.begin_button.setVisible(state is State.PREPARING)
        self.pause_button.setText(self.tr("Resume") if state is State.PAUSED
                                  else self.tr("Pause"))
        self.pause_button.setAccessibleName(self.pause_button.text())

    def _animated(self) -> bool:
        return self.plan.pattern is not None and not self.reduced_motion and self.isVisible()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.driver.set_animating(self._animated())

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.driver.set_animating(False)

    # -- keys -----------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if self.run.ended:
            super().keyPressEvent(event)
            return
        if key == Qt.Key.Key_Space:
            if self.plan.follow and self.run.state is State.RUNNING:
                self.count_breath()
            else:
                self.toggle_pause()
        elif key == Qt.Key.Key_P:
            self.toggle_pause()
        elif key == Qt.Key.Key_Escape:
            if self.full.active:
                self.set_full_window(False)
            else:
                self.request_stop()
        elif key == Qt.Key.Key_F:
            self.set_full_window(not self.full.active)
        else:
            super().keyPressEvent(event)
            return
        event.accept()
