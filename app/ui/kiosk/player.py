"""The kiosk's own practice player: a guided script as large captions, a breath pacer as a
growing and shrinking circle, or a quiet timer, for a length of 1-5 minutes.

It is used when the practice team's reusable player is not available, and it keeps kiosk rules
by construction: no mood questions, no notes, nothing saved; the session goes to the kiosk's
sink (anonymous counts or nothing). Time comes from the services clock, so tests drive it.

Signals: practice_started(), practice_ended(bool completed).
"""

from __future__ import annotations

import logging
import math
from typing import Any

from PySide6.QtCore import QPointF, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QRadialGradient
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QVBoxLayout, QWidget

from app.core.records import SessionEnd, SessionSink, SessionStart
from app.services import Services
from app.ui.kiosk.screens import big_button, label, palette_color

log = logging.getLogger(__name__)


class PacerShape(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(QSize(220, 220))
        self.level = 0.0

    def set_level(self, level: float) -> None:
        self.level = max(0.0, min(1.0, level))
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

    def __init__(self, services: Services, definition: Any, minutes: int, sink: SessionSink,
                 reduced_motion: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskPlayer")
        self.services = services
        self.definition = definition
        self.length_s = float(minutes * 60)
        kind = getattr(definition, "kind", "timer")
        if kind == "guided":
            script_s = float(getattr(definition, "minutes", minutes)) * 60
            self.length_s = min(self.length_s, script_s) if minutes else script_s
        self._sink = sink
        self._session: int | None = None
        self._started_at = 0.0
        self.running = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(96, 48, 96, 40)
        outer.setSpacing(18)
        self.title = label(getattr(definition, "title", ""), self, "kioskPlayerTitle")
        outer.addWidget(self.title)
        self.shape = PacerShape(self)
        self.shape.setVisible(kind == "pacer" and getattr(definition, "pattern", None) is not None)
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
        self.stop_button = big_button(self.tr("End practice"), self, "kioskEndPractice")
        self.stop_button.clicked.connect(self._on_stop_clicked)
        row.addWidget(self.stop_button)
        row.addStretch(1)
        outer.addLayout(row)
        self._timer = QTimer(self)
        self._timer.setInterval(250 if reduced_motion else 50)
        self._timer.timeout.connect(self.refresh)

    # -- running -------------------------------------------------------------------------
    def start(self) -> None:
        clock = self.services.clock
        self._started_at = clock.monotonic()
        self.running = True
        start = SessionStart(
            practice_id=str(getattr(self.definition, "id", "")),
            practice_title=str(getattr(self.definition, "title", "")),
            kind=str(getattr(self.definition, "kind", "timer")),
            planned_s=int(self.length_s), started_at=clock.now(),
            time_zone=clock.local_zone(), source="kiosk",
        )
        try:
            self._session = self._sink.session_started(start)
        except Exception:  # counting must never stop a visitor's practice
            log.exception("kiosk sink failed at start")
        self._timer.start()
        self.refresh()
        self.practice_started.emit()

    def elapsed(self) -> float:
        return max(0.0, self.services.clock.monotonic() - self._started_at)

    @Slot()
    def refresh(self) -> None:
        if not self.running:
            return
        elapsed = self.elapsed()
        if elapsed >= self.length_s:
            self._finish(True)
            return
        left = self.length_s - elapsed
        whole = math.ceil(left)
        self.remaining.setText(self.tr("{0}:{1:02d} left").format(whole // 60, whole % 60))
        self.progress.setValue(int(1000 * elapsed / self.length_s))
        self.caption.setText(self._caption(elapsed))

    def _caption(self, elapsed: float) -> str:
        pattern = getattr(self.definition, "pattern", None)
        if pattern is not None and self.shape.isVisible():
            state = pattern.state_at(elapsed)
            self.shape.set_level(state.level)
            return f"{state.phase.words}  {state.count}"
        cues = getattr(self.definition, "cues", ())
        current = ""
        for cue in cues:
            if cue.at <= elapsed:
                current = cue.text
            else:
                break
        if not current and not cues:
            current = self.tr("Rest your attention on your breathing. When your mind "
                              "wanders, gently come back.")
        return current

    def stop(self) -> None:
        """Stop without completing (staff exit or the visitor's End button)."""
        if self.running:
            self._finish(False)

    def _finish(self, completed: bool) -> None:
        self.running = False
        self._timer.stop()
        practised = min(self.elapsed(), self.length_s)
        if self._session is not None:
            try:
                self._sink.session_finished(self._session, SessionEnd(practised, completed))
            except Exception:
                log.exception("kiosk sink failed at the end")
            self._session = None
        self.practice_ended.emit(completed)

    @Slot()
    def _on_stop_clicked(self) -> None:
        self.stop()

    def shutdown(self) -> None:
        self.stop()
