"""A calm progress ring (QPainter): today's minutes against the daily goal.

It draws a track and an arc in the palette's accent color and the figures in the middle. It
never animates, so it respects reduced motion by design; its accessible name says the figures
in words for screen readers.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


class ProgressRing(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fraction = 0.0
        self._big = ""
        self._small = ""
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_progress(self, fraction: float, big: str, small: str, spoken: str) -> None:
        self._fraction = max(0.0, min(1.0, fraction if math.isfinite(fraction) else 0.0))
        self._big, self._small = big, small
        self.setAccessibleName(spoken)
        self.setToolTip(spoken)
        self.updateGeometry()
        self.update()

    def fraction(self) -> float:
        return self._fraction

    def texts(self) -> tuple[str, str]:
        return self._big, self._small

    def _fonts(self) -> tuple[QFont, QFont]:
        big = QFont(self.font())
        big.setPointSizeF(self.font().pointSizeF() * 2.0)
        big.setWeight(QFont.Weight.DemiBold)
        small = QFont(self.font())
        return big, small

    def sizeHint(self) -> QSize:
        from PySide6.QtGui import QFontMetrics

        big, small = self._fonts()
        fm_big, fm_small = QFontMetrics(big), QFontMetrics(small)
        inner = max(fm_big.horizontalAdvance(self._big or "000"),
                    fm_small.horizontalAdvance(self._small or "of 00 min"))
        height = fm_big.height() + fm_small.height()
        side = int(max(inner * 1.35, height * 1.9, 120)) + 24
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        pal = self.palette()
        track = pal.color(QPalette.ColorRole.AlternateBase)
        arc = pal.color(QPalette.ColorRole.Accent)
        text = pal.color(QPalette.ColorRole.WindowText)
        side = min(self.width(), self.height())
        pen_w = max(8.0, side / 14)
        rect = QRectF((self.width() - side) / 2 + pen_w / 2,
                      (self.height() - side) / 2 + pen_w / 2,
                      side - pen_w, side - pen_w)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(track, pen_w)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        p.setPen(pen)
        p.drawEllipse(rect)
        if self._fraction > 0:
            pen.setColor(arc)
            p.setPen(pen)
            p.drawArc(rect, 90 * 16, int(-360 * 16 * self._fraction))
        big, small = self._fonts()
        p.setPen(QColor(text))
        p.setFont(big)
        upper = QRectF(rect.left(), rect.top(), rect.width(), rect.height() * 0.56)
        p.drawText(upper, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                   self._big)
        p.setFont(small)
        lower = QRectF(rect.left(), rect.top() + rect.height() * 0.56, rect.width(),
                       rect.height() * 0.44)
        p.drawText(lower, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                   self._small)
        p.end()
