"""The kiosk's face of a visitor's PracticeRun: a breath pacer as a growing and shrinking
circle, a guided script as large captions, or a quiet timer, with the time left, a bar, and
big Begin now / Pause / End practice buttons.

It only renders the run (app/core/practice_run.py, made with `PracticeRun.for_visitor`: no
mood question, no notes, only the kiosk's anonymous sink sees the session) and forwards the
buttons to the shared Qt adapter (app/ui/practice/driver.py), which arms the timers at the
run's deadlines and plays its sounds. The kiosk has no dialogs, so End simply ends.

Signals: practice_started(), practice_ended(bool completed).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QPointF, QSize, Qt, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QHideEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QRadialGradient,
    QShowEvent,
)
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QVBoxLayout, QWidget

from app.core.practice_run import PracticeRun
from app.core.session import SessionSummary, State
from app.core.settings import KioskSettings, SoundSettings
from app.core.sound_port import SoundPort

from app.ui.kiosk.screens import big_button, label, palette_color
from app.ui.practice.driver import RunDriver


def cap_volume(sound: SoundPort, levels: SoundSettings, kiosk: KioskSettings,
               sound_on: bool) -> None:
    """The master volume never above the clinic's ceiling (0 when the visitor chose silence);
    the bells, ambient and voice keep their balance below it."""
    ceiling = int(kiosk.volume_ceiling) if sound_on else 0
    sound.set_volumes(min(levels.master_volume, ceiling), levels.bell_volume,
                      levels.ambient_volume, levels.voice_volume)


class PacerShape(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(QSize(220, 220))
        self.level = 0.0

    def set_level(self, level: float) -> None:
        level = max(0.0, min(1.0, level))
        if level != self.level:
            self.level = level
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height())
        radius = side * (0.20 + 0.27 * self.level)
        center = QPointF(self.width() / 2, self.height() / 2)
        soft = palette_color("accent_soft")
        accent = palette_color("accent")
        painter.setPen(QPen(soft.darker(108), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(center, side * 0.48, side * 0.48)  # the full breath, as a guide
        fill = QRadialGradient(center, radius)
        inner = QColor(soft)
        edge = QColor(accent)
        edge.setAlpha(150)
        fill.setColorAt(0.0, inner.lighter(103))
        fill.setColorAt(0.75, inner)
        fill.setColorAt(1.0, edge)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawEllipse(center, radius, radius)


class KioskPlayer(QWidget):
    practice_started = Signal()
    practice_ended = Signal(bool)

    def __init__(self, run: PracticeRun, sound: SoundPort, reduced_motion: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskPlayer")
        self.run = run
        self.plan = run.plan
        self.reduced_motion = reduced_motion
        self.length_s = self.plan.preparation_s + (self.plan.duration_s or 0.0)
        self.driver = RunDriver(run, sound, self)
        self._build()
        self.driver.started.connect(self.practice_started)
        self.driver.ended.connect(self._on_driver_ended)
        self.driver.refreshed.connect(self._on_driver_refreshed)
        self._on_driver_refreshed()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(96, 48, 96, 40)
        outer.setSpacing(18)
        self.title = label(self.plan.title, self, "kioskPlayerTitle")
        outer.addWidget(self.title)
        self.shape = PacerShape(self)
        self.shape.setVisible(self.plan.pattern is not None)
        outer.addWidget(self.shape, 4)
        self.caption = label("", self, "kioskCaption")
        self.caption.setMinimumHeight(110)
        outer.addWidget(self.caption)
        outer.addStretch(1)
        self.remaining = label("", self, "kioskRemaining")
        outer.addWidget(self.remaining)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("kioskProgress")
        self.progress.setTextVisible(False)
        self.progress.setRange(0, 1000)
        self.progress.setFixedHeight(10)
        self.progress.setFixedWidth(560)
        outer.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignHCenter)
        row = QHBoxLayout()
        row.addStretch(1)
        self.begin_button = big_button(self.tr("Begin now"), self, "kioskBeginNow")
        self.begin_button.clicked.connect(self.driver.begin_now)
        self.pause_button = big_button(self.tr("Pause"), self, "kioskPause")
        self.pause_button.clicked.connect(self.toggle_pause)
        self.stop_button = big_button(self.tr("End practice"), self, "kioskEndPractice")
        self.stop_button.clicked.connect(self.stop)
        for button in (self.begin_button, self.pause_button, self.stop_button):
            row.addWidget(button)
        row.addStretch(1)
        outer.addLayout(row)

    # -- what the visitor area asks ------------------------------------------------------
    @property
    def running(self) -> bool:
        """Preparing or practising (a paused practice is not running: the idle reset may
        then take the kiosk back for the next visitor)."""
        return self.run.live or self.driver.waiting

    def start(self) -> None:
        self.driver.start()

    @Slot()
    def toggle_pause(self) -> None:
        self.driver.toggle_pause()

    @Slot()
    def stop(self) -> None:
        """End now, not completed (the visitor's End button, or staff)."""
        self.driver.stop()

    def refresh(self) -> None:
        """Poll the run now (its timers do this; tests call it after moving the clock)."""
        self.driver.check()

    def shutdown(self) -> None:
        self.driver.shutdown()

    # -- rendering -------------------------------------------------------------------------
    @Slot(object)
    def _on_driver_ended(self, summary: SessionSummary) -> None:
        self.practice_ended.emit(summary.completed)

    @Slot()
    def _on_driver_refreshed(self) -> None:
        snap = self.run.snapshot()
        state = snap.state
        if state is State.PREPARING:
            settle = math.ceil(snap.preparation_left_s - 1e-6)
            self.remaining.setText(self.tr("Starting in {0}").format(settle))
            caption = self.tr("Settle in. Let your shoulders drop.")
        else:
            whole = math.ceil((snap.remaining_s or 0.0) - 1e-6)
            left = self.tr("{0}:{1:02d} left").format(whole // 60, whole % 60)
            self.remaining.setText(self.tr("Paused · {0}").format(left)
                                   if state is State.PAUSED else left)
            caption = snap.caption
            if snap.breath is not None:
                self.shape.set_level(snap.breath.level)
                words = QCoreApplication.translate("PracticePlayer", snap.breath.phase.words)
                caption = f"{words}  {snap.breath.count}"
            elif not caption and not self.plan.cues:
                caption = self.tr("Rest your attention on your breathing. When your mind "
                                  "wanders, gently come back.")
        if self.caption.text() != caption:
            self.caption.setText(caption)
        self.progress.setValue(int(1000 * (snap.progress or 0.0)))
        self.begin_button.setVisible(state is State.PREPARING)
        self.pause_button.setVisible(state in (State.RUNNING, State.PAUSED))
        self.pause_button.setText(self.tr("Resume") if state is State.PAUSED
                                  else self.tr("Pause"))
        self.pause_button.setAccessibleName(self.pause_button.text())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.driver.set_animating(self.plan.pattern is not None and not self.reduced_motion)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.driver.set_animating(False)
