"""The Journal settings section edits JournalSettings and the Journal recomputes."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QSpinBox

from app.ui.settings.sections import journal as section


def test_section_edits_every_journal_rule(qtbot, services) -> None:
    widget = section.create_section(services)
    qtbot.addWidget(widget)
    assert section.TITLE
    spin = widget.findChild(QSpinBox)
    spin.setValue(12)
    combos = widget.findChildren(QComboBox)
    day_start = next(c for c in combos if c.accessibleName() == "A day starts at")
    day_start.setCurrentIndex(day_start.findData(3))
    rest = next(c for c in combos if c.accessibleName() == "Rest days")
    rest.setCurrentIndex(rest.findData(0))
    widget.findChild(QCheckBox).setChecked(True)
    j = services.settings.journal
    assert (j.daily_goal_min, j.day_start_hour, j.rest_days_per_week, j.hide_streaks) == (
        12, 3, 0, True)
    saved = services.paths.settings_file.read_text()
    assert '"daily_goal_min": 12' in saved
