"""The practice dial: a thin progress ring, the breathing shape inside it and large text in
the middle. It only paints what it is given (`show(...)`); the player decides what that is.
In reduced-motion mode the shape keeps one size (the player adds text and a bar instead).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


@dataclass(frozen=True)
class DialView:
    progress: float | None = None  # 0..1 ring; None: no ring (open-ended)
    level: float | None = None  # 0..1 breathing shape; None: no shape
    big: str = ""  # the large middle text: remaining time, or the count
    small: str = ""  # a line under it: "remaining", "Breathe in"
    small_first: bool = False  # pacers: phase words above the count


class SessionDial(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = DialView()
        self.reduced_motion = False
        self.setMinimumSize(QSize(240, 240))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Practice progress"))

    def show_view(self, view: DialView) -> None:
        if view != self.view:
            words = f"{view.small} {view.big}".strip()
            if words != f"{self.view.small} {self.view.big}".strip():
                self.setAccessibleDescription(words)  # not 60 times a second
            self.view = view
            self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, 420)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        accent = pal.color(QPalette.ColorRole.Accent)
        text = pal.color(QPalette.ColorRole.WindowText)
        track = QColor(text)
        track.setAlphaF(0.12)
        soft = QColor(accent)
        soft.setAlphaF(0.22)
        side = min(self.width(), self.height())
        center = QPointF(self.width() / 2, self.height() / 2)
        ring_w = max(4.0, side * 0.018)
        radius = side / 2 - ring_w - 2
        view = self.view

        if view.progress is not None:
            rect = QRectF(center.x() - radius, center.y() - radius, 2 * radius, 2 * radius)
            pen = QPen(track, ring_w)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.drawEllipse(rect)
            pen.setColor(accent)
            painter.setPen(pen)
            span = int(-360 * 16 * max(0.0, min(1.0, view.progress)))
            if span:
                painter.drawArc(rect, 90 * 16, span)

        if view.level is not None:
            level = 0.6 if self.reduced_motion else max(0.0, min(1.0, view.level))
            shape_r = radius * (0.42 + 0.5 * level)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(soft)
            painter.drawEllipse(center, shape_r, shape_r)
            edge = QColor(accent)
            edge.setAlphaF(0.55)
            painter.setPen(QPen(edge, max(1.5, side * 0.004)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(center, shape_r, shape_r)

        painter.setPen(text)
        big_font = QFont(self.font())
        big_font.setPixelSize(max(18, int(radius * (0.36 if view.small_first else 0.32))))
        big_font.setWeight(QFont.Weight.Light)
        small_font = QFont(self.font())
        small_font.setPixelSize(max(13, int(radius * 0.1)))
        small_font.setWeight(QFont.Weight.DemiBold if view.small_first else QFont.Weight.Normal)
        big_h = big_font.pixelSize() * 1.2
        small_h = small_font.pixelSize() * 1.5
        total = big_h + (small_h if view.small else 0)
        top = center.y() - total / 2
        width = radius * 1.7
        left = center.x() - width / 2
        rows = [(view.small, small_font, small_h), (view.big, big_font, big_h)]
        if not view.small_first:
            rows.reverse()
        for words, font, height in rows:
            if not words:
                continue
            painter.setFont(font)
            painter.drawText(QRectF(left, top, width, height), Qt.AlignmentFlag.AlignCenter,
                             words)
            top += height


def dim_screen(player: QWidget, dial: SessionDial) -> None:
    """Draw ``player`` dark and quiet: its style sheet rules ([dim="true"]) and a dial in the
    dim colors (app/core/palettes.py DIM), for practice in the middle of the night."""
    from app.core.palettes import DIM

    player.setProperty("dim", True)
    player.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
    palette = QPalette(dial.palette())
    palette.setColor(QPalette.ColorRole.Accent, QColor(DIM["dim_accent"]))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(DIM["dim_text"]))
    dial.setPalette(palette)
