"""The last seven days as seven quiet dots under today's ring (QPainter, no animation).

A filled dot: the daily goal was met that day; a ring: some practice, short of the goal; a
small muted dot: none. Weekday letters come from the locale; the accessible name reads the week out.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.core.home import DayMark


class WeekStrip(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._marks: tuple[DayMark, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleDescription(self.tr("The last seven days: a full dot where you met "
                                              "your daily goal"))

    def set_marks(self, marks: tuple[DayMark, ...]) -> None:
        self._marks = marks
        locale = QLocale()
        parts = []
        for mark in marks:
            name = locale.dayName(date.fromordinal(mark.day).isoweekday(),
                                  QLocale.FormatType.ShortFormat)
            if mark.goal_met:
                parts.append(self.tr("{0}: goal met").format(name))
            elif mark.minutes > 0:
                parts.append(self.tr("{0}: {1} min").format(name, round(mark.minutes)))
            else:
                parts.append(self.tr("{0}: no practice").format(name))
        self.setAccessibleName(self.tr("Last 7 days") + ". " + "; ".join(parts))
        self.setToolTip("\n".join(parts))
        self.setVisible(bool(marks))
        self.updateGeometry()
        self.update()

    def marks(self) -> tuple[DayMark, ...]:
        return self._marks

    def _cell(self) -> float:
        return QFontMetrics(self.font()).height() * 1.6

    def sizeHint(self) -> QSize:
        cell = self._cell()
        return QSize(round(cell * 7), round(cell + QFontMetrics(self.font()).height() + 4))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._marks:
            return
        pal = self.palette()
        accent = pal.color(QPalette.ColorRole.Accent)
        muted = pal.color(QPalette.ColorRole.PlaceholderText)
        text = pal.color(QPalette.ColorRole.WindowText)
        cell = self._cell()
        radius = cell * 0.3
        fm = QFontMetrics(self.font())
        locale = QLocale()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        for i, mark in enumerate(self._marks):
            cx, cy = cell * i + cell / 2, cell / 2
            dot = QRectF(cx - radius, cy - radius, 2 * radius, 2 * radius)
            today = i == len(self._marks) - 1
            if mark.goal_met:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(accent)
            elif mark.minutes > 0:
                p.setPen(QPen(accent, max(2.0, radius / 3)))
                p.setBrush(Qt.BrushStyle.NoBrush)
            else:  # a small muted dot: visible, but clearly "nothing"
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(muted)
                small = radius * 0.35
                dot = QRectF(cx - small, cy - small, 2 * small, 2 * small)
            p.drawEllipse(dot)
            letter = locale.dayName(date.fromordinal(mark.day).isoweekday(),
                                    QLocale.FormatType.NarrowFormat)
            font = self.font()
            font.setBold(today)
            p.setFont(font)
            p.setPen(text)
            p.drawText(QRectF(cell * i, cell, cell, fm.height() + 4),
                       int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), letter)
        p.end()
