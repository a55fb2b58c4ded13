"""A calendar heatmap of practised minutes per day over the past year.

Signals: day_selected(int ordinal) when a day is clicked or chosen with the keyboard
(arrows move, Enter/Space choose).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

WEEKS = 53
CELL = 11  # smallest cell; cells grow with the width up to MAX_CELL
MAX_CELL = 17
GAP = 3
LEFT = 32
TOP = 18


def _minutes_text(minutes: float) -> str:
    return f"{minutes:.0f} min" if minutes >= 1 or minutes == 0 else f"{minutes * 60:.0f} s"


class Heatmap(QWidget):
    day_selected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.minutes: dict[int, float] = {}
        self.goal = 1.0
        self.today = date.today().toordinal()
        self.selected: int | None = None
        self.cell = CELL
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Practice calendar"))
        self.setAccessibleDescription(self.tr(
            "Minutes practised each day over the past year. Use the arrow keys to move between "
            "days and Enter to list a day's sessions."))

    # -- data --------------------------------------------------------------------------
    def set_data(self, minutes: dict[int, float], today: int, goal_minutes: float) -> None:
        self.minutes, self.today, self.goal = minutes, today, max(goal_minutes, 0.1)
        self.update()

    @property
    def first_day(self) -> int:
        """The Monday that starts the first column."""
        monday = self.today - date.fromordinal(self.today).weekday()
        return monday - 7 * (WEEKS - 1)

    def level(self, minutes: float) -> int:
        if minutes <= 0:
            return 0
        if minutes < self.goal:
            return 1
        if minutes < max(15.0, 2 * self.goal):
            return 2
        if minutes < max(30.0, 4 * self.goal):
            return 3
        return 4

    def describe(self, day: int) -> str:
        minutes = self.minutes.get(day, 0.0)
        d = date.fromordinal(day)  # in the interface language (QLocale's default)
        when = QLocale().toString(QDate(d.year, d.month, d.day), "ddd d MMM yyyy")
        return self.tr("{0}: {1}").format(when, _minutes_text(minutes) if minutes else
                                          self.tr("no practice"))

    # -- geometry ------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(LEFT + WEEKS * (self.cell + GAP), TOP + 7 * (self.cell + GAP) + 2)

    def minimumSizeHint(self) -> QSize:
        return QSize(LEFT + WEEKS * (CELL + GAP), TOP + 7 * (CELL + GAP) + 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        cell = min(max((self.width() - LEFT) // WEEKS - GAP, CELL), MAX_CELL)
        if cell != self.cell:
            self.cell = cell
            self.setFixedHeight(self.sizeHint().height())
            self.updateGeometry()

    def cell_rect(self, day: int) -> QRect:
        offset = day - self.first_day
        col, row = divmod(offset, 7)
        step = self.cell + GAP
        return QRect(LEFT + col * step, TOP + row * step, self.cell, self.cell)

    def day_at(self, pos: QPoint) -> int | None:
        col = (pos.x() - LEFT) // (self.cell + GAP)
        row = (pos.y() - TOP) // (self.cell + GAP)
        if pos.x() < LEFT or pos.y() < TOP or not (0 <= col < WEEKS and 0 <= row < 7):
            return None
        day = self.first_day + col * 7 + row
        return day if day <= self.today else None

    # -- painting ------------------------------------------------------------------------
    def _colors(self) -> list[QColor]:
        pal = self.palette()
        base = pal.color(QPalette.ColorRole.Base)
        accent = pal.color(QPalette.ColorRole.Accent)
        text = pal.color(QPalette.ColorRole.Text)
        empty = QColor(round(base.red() * 0.9 + text.red() * 0.1),
                       round(base.green() * 0.9 + text.green() * 0.1),
                       round(base.blue() * 0.9 + text.blue() * 0.1))
        out = [empty]
        for weight in (0.3, 0.55, 0.78, 1.0):
            out.append(QColor(
                round(base.red() + (accent.red() - base.red()) * weight),
                round(base.green() + (accent.green() - base.green()) * weight),
                round(base.blue() + (accent.blue() - base.blue()) * weight)))
        return out

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colors = self._colors()
        text = self.palette().color(QPalette.ColorRole.PlaceholderText)
        font = painter.font()
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.8))
        painter.setFont(font)
        painter.setPen(text)
        for row, name in ((0, self.tr("Mon")), (2, self.tr("Wed")), (4, self.tr("Fri"))):
            painter.drawText(QRect(0, TOP + row * (self.cell + GAP) - 2, LEFT - 6, self.cell + 4),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, name)
        first = self.first_day
        last_month, last_col = date.fromordinal(first).month, -9
        for col in range(WEEKS):
            sunday = date.fromordinal(first + col * 7 + 6)
            if sunday.month != last_month and col - last_col >= 3 and col < WEEKS - 2:
                painter.drawText(LEFT + col * (self.cell + GAP), TOP - 5,
                                 QLocale().monthName(sunday.month, QLocale.FormatType.ShortFormat))
                last_month, last_col = sunday.month, col
        painter.setPen(Qt.PenStyle.NoPen)
        for day in range(first, self.today + 1):
            painter.setBrush(colors[self.level(self.minutes.get(day, 0.0))])
            painter.drawRoundedRect(self.cell_rect(day), 2.5, 2.5)
        if self.selected is not None and first <= self.selected <= self.today:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(self.palette().color(QPalette.ColorRole.Text))
            painter.drawRoundedRect(self.cell_rect(self.selected).adjusted(-1, -1, 1, 1), 3, 3)
        painter.end()

    # -- input ---------------------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position().toPoint())
        if day is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(event.globalPosition().toPoint(), self.describe(day), self)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position().toPoint())
        if day is not None and event.button() == Qt.MouseButton.LeftButton:
            self.choose(day)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def choose(self, day: int) -> None:
        self.selected = day
        self.setAccessibleDescription(self.describe(day))
        self.update()
        self.day_selected.emit(day)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        moves = {Qt.Key.Key_Left: -7, Qt.Key.Key_Right: 7, Qt.Key.Key_Up: -1,
                 Qt.Key.Key_Down: 1}
        current = self.selected if self.selected is not None else self.today
        if event.key() in moves:
            target = min(max(current + moves[Qt.Key(event.key())], self.first_day), self.today)
            self.selected = target
            self.setAccessibleDescription(self.describe(target))
            self.setToolTip(self.describe(target))
            self.update()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.choose(current)
        else:
            super().keyPressEvent(event)
