"""Practice settings: default length and time to settle, the mood question, the screen,
the breath cue sound and full-window sessions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QFormLayout, QSpinBox, QWidget

from app.services import Services

from app.ui.settings.binding import bind_checkbox, bind_spin
from app.ui.style.widgets import PlainLabel

TITLE = QCoreApplication.translate("Settings", "Practice")


def create_section(services: Services) -> QWidget:
    widget = QWidget()
    form = QFormLayout(widget)
    tr = widget.tr

    minutes = QSpinBox(widget)
    minutes.setRange(1, 180)
    minutes.setSuffix(tr(" min"))
    minutes.setAccessibleName(tr("Default timer length"))
    minutes.setAccessibleDescription(tr("How long the open timer runs unless you change it"))
    bind_spin(services, "practice", "default_minutes", minutes)
    form.addRow(tr("Timer length"), minutes)

    settle = QSpinBox(widget)
    settle.setRange(0, 60)
    settle.setSuffix(tr(" s"))
    settle.setAccessibleName(tr("Time to settle"))
    settle.setAccessibleDescription(tr("A quiet countdown before each practice begins"))
    bind_spin(services, "practice", "preparation_s", settle)
    form.addRow(tr("Time to settle"), settle)

    checks = [
        ("ask_mood", tr("Ask how I feel"),
         tr("Before and after each practice: a five-step question you can always skip. "
            "The answers stay in your log on this computer.")),
        ("keep_screen_awake", tr("Keep the screen on"),
         tr("Asks the system not to dim or lock the screen while a practice runs.")),
        ("breath_cue_sound", tr("Tick on each breath"),
         tr("Breathing practices play a quiet sound when you switch between in and out.")),
        ("start_full_window", tr("Start in full window"),
         tr("Hide everything but the practice; press F or Esc to come back.")),
    ]
    for name, text, description in checks:
        box = QCheckBox(text, widget)
        box.setObjectName(f"practice_{name}")
        box.setAccessibleName(text)
        box.setAccessibleDescription(description)
        bind_checkbox(services, "practice", name, box)
        form.addRow("", box)
        note = PlainLabel(description, widget)
        note.setWordWrap(True)
        note.setProperty("muted", True)
        form.addRow("", note)
    return widget
