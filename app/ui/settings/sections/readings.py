"""Readings settings: the size of the text in the reader (also changed there with A- / A+)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QSpinBox, QWidget

from app.services import Services

from app.ui.settings.binding import bind_spin

TITLE = QCoreApplication.translate("Settings", "Readings")


def create_section(services: Services) -> QWidget:
    widget = QWidget()
    form = QFormLayout(widget)
    tr = widget.tr
    size = QSpinBox(widget)
    size.setRange(9, 28)
    size.setSuffix(tr(" pt"))
    size.setAccessibleName(tr("Reading text size"))
    size.setAccessibleDescription(tr("The size of the text when you read an article"))
    bind_spin(services, "readings", "text_size_pt", size)

    def follow(section: str) -> None:
        if section == "readings" and size.value() != services.settings.readings.text_size_pt:
            size.blockSignals(True)
            size.setValue(services.settings.readings.text_size_pt)
            size.blockSignals(False)

    services.settings_store.subscribe(follow)
    size.destroyed.connect(lambda *_: services.settings_store.unsubscribe(follow))
    form.addRow(tr("Reading text size"), size)
    return widget
