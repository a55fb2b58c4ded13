"""Journal settings: the daily goal, when a day starts, rest days, and hiding streak numbers.

Changing a rule recomputes every figure from the stored sessions (nothing is rewritten).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QSpinBox, QWidget

from app.services import Services

from app.ui.settings.binding import bind_checkbox, bind_combo, bind_spin
from app.ui.style.widgets import PlainLabel

TITLE = QCoreApplication.translate("Settings", "Journal and streaks")


def create_section(services: Services) -> QWidget:
    widget = QWidget()
    form = QFormLayout(widget)
    tr = widget.tr

    goal = QSpinBox(widget)
    goal.setRange(1, 600)
    goal.setSuffix(tr(" min a day"))
    goal.setAccessibleName(tr("Daily goal"))
    goal.setAccessibleDescription(tr("A day counts toward your streak when you practise at "
                                     "least this many minutes"))
    bind_spin(services, "journal", "daily_goal_min", goal)
    form.addRow(tr("Daily goal"), goal)

    day_start = QComboBox(widget)
    day_start.setAccessibleName(tr("A day starts at"))
    day_start.setAccessibleDescription(tr(
        "Night owls: sessions before this hour count for the day before"))
    bind_combo(services, "journal", "day_start_hour", day_start,
               [(tr("Midnight (00:00)"), 0)] + [(f"{h:02d}:00", h) for h in range(1, 7)])
    form.addRow(tr("A day starts at"), day_start)

    rest = QComboBox(widget)
    rest.setAccessibleName(tr("Rest days"))
    rest.setAccessibleDescription(tr(
        "Days off that keep a streak alive without adding to it, in any 7 days"))
    bind_combo(services, "journal", "rest_days_per_week", rest, [
        (tr("None"), 0), (tr("1 in any 7 days"), 1), (tr("2 in any 7 days"), 2),
        (tr("3 in any 7 days"), 3)])
    form.addRow(tr("Rest days"), rest)

    hide = QCheckBox(tr("Hide streak numbers"), widget)
    hide.setAccessibleName(tr("Hide streaks"))
    hide.setAccessibleDescription(tr(
        "Show gentle consistency, such as 5 of the last 7 days, instead of streak numbers"))
    bind_checkbox(services, "journal", "hide_streaks", hide)
    form.addRow("", hide)
    hide_help = PlainLabel(tr("Show how many of the last 7 days you practised instead."), widget)
    hide_help.setProperty("muted", True)
    hide_help.setWordWrap(True)
    form.addRow("", hide_help)
    note = PlainLabel(tr("Changing these recalculates your figures from your sessions; your "
                     "sessions themselves are never changed."), widget)
    note.setProperty("muted", True)
    note.setWordWrap(True)
    form.addRow("", note)
    return widget
