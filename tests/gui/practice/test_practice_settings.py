"""The Practice settings section saves what it shows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QSpinBox


def test_practice_section_saves_each_choice(qtbot: Any, services: Any) -> None:
    from app.ui.settings.page import SECTIONS
    from app.ui.settings.sections import practice

    assert practice in SECTIONS and practice.TITLE  # "Practice" (or its translation)
    widget = practice.create_section(services)
    qtbot.addWidget(widget)
    spins = widget.findChildren(QSpinBox)
    spins[0].setValue(25)
    spins[1].setValue(0)
    boxes = {b.objectName(): b for b in widget.findChildren(QCheckBox)}
    qtbot.mouseClick(boxes["practice_ask_mood"], Qt.MouseButton.LeftButton)
    s = services.settings.practice
    assert (s.default_minutes, s.preparation_s, s.ask_mood) == (25, 0, True)
    assert '"default_minutes": 25' in services.paths.settings_file.read_text(encoding="utf-8")
