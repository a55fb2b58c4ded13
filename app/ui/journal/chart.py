"""Minutes per week as a bar chart with the weekly goal as a dashed line (QtCharts).

Imported lazily by the Journal page: QtCharts is heavy and only needed there.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, QPointF, Qt
from PySide6.QtGui import QBrush, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget


class WeekChart(QChartView):
    def __init__(self, weeks: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.weeks = weeks
        chart = QChart()
        chart.legend().hide()
        chart.setBackgroundVisible(False)
        chart.setMargins(QMargins(0, 0, 0, 0))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        pal = self.palette()
        self.bars = QBarSet(self.tr("Minutes"))
        self.bars.setColor(pal.color(QPalette.ColorRole.Accent))
        self.bars.setBorderColor(pal.color(QPalette.ColorRole.Accent))
        self.bars.append([0.0] * weeks)
        series = QBarSeries()
        series.setBarWidth(0.7)
        series.append(self.bars)
        chart.addSeries(series)
        self.goal_line = QLineSeries()
        pen = QPen(pal.color(QPalette.ColorRole.Text))
        pen.setStyle(Qt.PenStyle.DashLine)
        pen.setWidthF(1.2)
        self.goal_line.setPen(pen)
        chart.addSeries(self.goal_line)
        self.x_axis = QBarCategoryAxis()
        self.x_axis.append([str(i) for i in range(weeks)])
        self.y_axis = QValueAxis()
        self.y_axis.setLabelFormat("%d")
        self.y_axis.setTickCount(5)
        label_color = pal.color(QPalette.ColorRole.Text)
        small = self.font()
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.8))
        self.x_axis.setLabelsFont(small)
        self.y_axis.setLabelsFont(small)
        for axis in (self.x_axis, self.y_axis):
            axis.setLabelsColor(label_color)
            axis.setGridLineVisible(axis is self.y_axis)
            chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom if axis is self.x_axis
                          else Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(self.x_axis)
        series.attachAxis(self.y_axis)
        hidden_x = QValueAxis()
        hidden_x.setRange(-0.5, weeks - 0.5)
        hidden_x.setVisible(False)
        chart.addAxis(hidden_x, Qt.AlignmentFlag.AlignBottom)
        self.goal_line.attachAxis(hidden_x)
        self.goal_line.attachAxis(self.y_axis)
        self.setChart(chart)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFrameShape(QChartView.Shape.NoFrame)
        self.setBackgroundBrush(QBrush(Qt.GlobalColor.transparent))  # the page shows through
        self.viewport().setAutoFillBackground(False)
        self.setMinimumHeight(200)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a figure to read, nothing to operate
        self.setAccessibleName(self.tr("Minutes per week"))

    def set_data(self, weeks: list[tuple[int, float]], goal_per_week: float) -> None:
        labels = []
        last_month = None
        for i, (monday, minutes) in enumerate(weeks[-self.weeks:]):
            self.bars.replace(i, round(minutes, 1))
            month = date.fromordinal(monday + 6).month
            # the first week of each month is labelled; the others get unique blank labels
            if month != last_month and i > 0:
                labels.append(QLocale().monthName(month, QLocale.FormatType.ShortFormat))
            else:
                labels.append("\u200b" * (i + 1))
            last_month = month
        self.x_axis.clear()
        self.x_axis.append(labels)
        top = max([m for _d, m in weeks] + [goal_per_week, 10.0])
        self.y_axis.setRange(0, top * 1.1)
        self.y_axis.applyNiceNumbers()
        self.goal_line.clear()
        self.goal_line.append([QPointF(-0.5, goal_per_week), QPointF(self.weeks - 0.5,
                                                                     goal_per_week)])
        total = sum(m for _d, m in weeks)
        self.setAccessibleDescription(self.tr(
            "Minutes practised in each of the last {0} weeks; {1:.0f} minutes in all. The "
            "dashed line is your weekly goal of {2:.0f} minutes.").format(
                self.weeks, total, goal_per_week))
