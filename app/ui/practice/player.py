"""PracticePlayer: one practice session on screen, reusable by the kiosk.

    player = PracticePlayer(services, definition, options, sink, source="app")
    player.finished.connect(on_finished)   # SessionSummary, after the log row is finished
    player.start()

`services` needs `clock` and `settings` (practice, sound); `sound` and `notify` are used when
present (a silent player otherwise). `definition` is a PracticeDefinition, `options` a
PracticeOptions or dict (app/core/plan.py), `sink` any SessionSink (app/core/records.py).

Signals: started(); ended(SessionSummary) the moment the session finishes or is stopped;
finished(SessionSummary) once it is recorded (after the optional mood question);
closed() when the user leaves the summary; full_window_changed(bool).
Keys: Space pauses/resumes (follow-your-breath: counts an out-breath; P pauses), Esc stops
(asks first after a minute; in full-window mode it first leaves full window), F toggles full
window. Methods: start(), toggle_pause(), request_stop(), set_full_window(bool), shutdown().
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal, Slot
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

from app.core.plan import PracticeOptions, build_plan, options_from_dict
from app.core.practices import PracticeDefinition
from app.core.recorder import SessionRecorder
from app.core.records import SessionSink
from app.core.session import Event, Session, SessionSummary, State
from app.ui.practice.awake import ScreenAwake
from app.ui.practice.dial import SessionDial, dim_screen
from app.ui.practice.display import clock_text, describe, ending_text
from app.ui.practice.driver import SessionDriver
from app.ui.practice.full_window import FullWindow
from app.ui.practice.mood import EndPanel
from app.ui.practice.sound_port import SessionSound, call, sound_for

log = logging.getLogger(__name__)

CONFIRM_STOP_AFTER_S = 60.0
SOUND_WAIT_MS = 3000


class PracticePlayer(QWidget):
    started = Signal()
    ended = Signal(object)
    finished = Signal(object)
    closed = Signal()
    full_window_changed = Signal(bool)

    def __init__(self, services: Any, definition: PracticeDefinition,
                 options: PracticeOptions | dict[str, Any] | None, sink: SessionSink,
                 parent: QWidget | None = None, source: str = "app",
                 mood_before: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practicePlayer")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.services = services
        self.definition = definition
        if not isinstance(options, PracticeOptions):
            options, problems = options_from_dict(options or {})
            for problem in problems:
                log.warning("practice option ignored: %s", problem)
        self.options = options
        self.plan = build_plan(definition, options)
        self.session = Session(self.plan, services.clock)
        self.driver = SessionDriver(self.session, self)
        self.recorder = SessionRecorder(sink, self.session, source,
                                        getattr(services, "notify", None))
        self.sound = sound_for(services)
        self.session_sound = SessionSound(self.sound, self.plan)
        self.awake = ScreenAwake()
        self.full = FullWindow(self)
        self.mood_before = mood_before
        self.mood_after: int | None = None
        self.summary: SessionSummary | None = None
        self._waiting_for_sound = False
        practice_settings = getattr(services.settings, "practice", None)
        self._ask_mood = bool(getattr(practice_settings, "ask_mood", False)) and source != "kiosk"
        self._keep_awake = bool(getattr(practice_settings, "keep_screen_awake", True))
        self._build()
        self.driver.events_happened.connect(self._on_driver_events_happened)
        self.driver.refreshed.connect(self._on_driver_refreshed)
        self._on_driver_refreshed()

    # -- building -----------------------------------------------------------------------------
    def _build(self) -> None:
        tr = self.tr
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 20, 32, 24)
        outer.setSpacing(12)
        top = QHBoxLayout()
        self.title = QLabel(self.definition.title, self)
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
        self.dial.reduced_motion = self.options.reduced_motion
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
        reduced = self.options.reduced_motion and self.plan.pattern is not None
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
        self.mood.skipped.connect(lambda: self._record(None))
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
        if self.session.state is not State.IDLE or self._waiting_for_sound:
            return
        needs = self.plan.sound_needs()
        if call(self.sound, "is_ready", needs) is False:
            call(self.sound, "prepare", needs)
            self._waiting_for_sound = True
            self.status.setText(self.tr("Getting the sounds ready…"))
            prepared = getattr(self.sound, "prepared", None)
            if prepared is not None:
                prepared.connect(self._go)
            QTimer.singleShot(SOUND_WAIT_MS, self, self._go)  # dropped with the player
            return
        self._go()

    @Slot()
    def _go(self) -> None:
        if self.session.state is not State.IDLE:
            return
        self._waiting_for_sound = False
        if self._keep_awake:
            self.awake.acquire()
        self.driver.set_animating(self._animated())
        self.driver.start()
        self.setFocus()
        self.started.emit()
        practice_settings = getattr(self.services.settings, "practice", None)
        if getattr(practice_settings, "start_full_window", False) or self.plan.dim:
            self.set_full_window(True)  # a dim screen hides the bright window around it

    @Slot()
    def toggle_pause(self) -> None:
        state = self.session.state
        if state is State.PREPARING:
            self.driver.begin_now()
            return
        if not self.driver.toggle_pause():
            return
        if self.session.state is State.PAUSED:
            self.session_sound.paused()
            self.recorder.checkpoint()
        else:
            self.session_sound.resumed()

    @Slot()
    def count_breath(self) -> None:
        self.session.count_breath()
        self._on_driver_refreshed()

    @Slot()
    def request_stop(self) -> bool:
        """Stop, asking first when more than a minute has been practised. True when stopped."""
        if self.session.finished:
            return False
        if self.session.practised_s() > CONFIRM_STOP_AFTER_S:
            answer = QMessageBox.question(
                self, self.tr("End this session?"),
                self.tr("You have practised for {0}. End the session now? The time so far "
                        "is kept in your log.").format(clock_text(self.session.practised_s())),
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
        if not self.session.finished and self.session.state is not State.IDLE:
            self.driver.stop()
        self.driver.halt()
        if self.summary is not None or self.session.started:
            self._record(self.mood_after)
        self.awake.release()
        if self.full.active:
            self.set_full_window(False)

    # -- events from the session ----------------------------------------------------------------
    @Slot(object)
    def _on_driver_events_happened(self, events: list[Event]) -> None:
        self.recorder.handle(events)
        self.session_sound.events(events)
        if any(e.kind == "auto_paused" for e in events):
            self.status.setText(self.tr("Paused while the computer was asleep. "
                                        "Press Space to go on."))
        if any(e.kind in ("finished", "stopped") for e in events):
            self._on_ended()

    def _on_ended(self) -> None:
        self.driver.halt()
        self.awake.release()
        self.session_sound.ended()
        self.recorder.checkpoint()
        self.summary = self.session.summary(self.mood_before)
        self.end_text.setText(ending_text(self.summary, self.plan.follow, self.tr))
        for button in (self.begin_button, self.pause_button, self.count_button,
                       self.stop_button):
            button.setVisible(False)
        self.end_panel.setVisible(True)
        self.full_button.setVisible(self.full.active)
        self.ended.emit(self.summary)
        if self._ask_mood and self.summary.started_at is not None:
            self.mood.setVisible(True)
            self.mood.buttons[2].setFocus()
        else:
            self._record(None)
            self.done_button.setFocus()
        self._on_driver_refreshed()

    @Slot(int)
    def _on_mood_chosen(self, value: int) -> None:
        self._record(value)

    def _record(self, mood_after: int | None) -> None:
        if self.recorder.done:
            return
        self.mood_after = mood_after
        self.recorder.finish(self.mood_before, mood_after)
        self.summary = self.session.summary(self.mood_before, mood_after)
        self.mood.lock()  # its offer of help (a very low mood) stays usable
        self.done_button.setFocus()
        self.finished.emit(self.summary)

    @Slot()
    def _on_done_clicked(self) -> None:
        self._record(self.mood.value)
        if self.full.active:
            self.set_full_window(False)
        self.closed.emit()

    # -- display --------------------------------------------------------------------------------
    @Slot()
    def _on_driver_refreshed(self) -> None:
        screen = describe(self.session.snapshot(), self.plan, self.tr,
                          self.options.reduced_motion)
        state = self.session.state
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
        return self.plan.pattern is not None and not self.options.reduced_motion \
            and self.isVisible()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.driver.set_animating(self._animated())

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.driver.set_animating(False)

    # -- keys -----------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if self.session.finished:
            super().keyPressEvent(event)
            return
        if key == Qt.Key.Key_Space:
            if self.plan.follow and self.session.state is State.RUNNING:
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
