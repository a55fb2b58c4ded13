"""Bind a control to one setting: it shows the stored value and saves every change.

A value the settings declaration rejects is put back and the reason shown as a tooltip, so a
section module only says which control edits which field.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QAbstractSlider, QCheckBox, QComboBox, QDoubleSpinBox, QSpinBox

from app.core.notices import Notice
from app.core.settings import InvalidValue

from app.services import Services


def _save(services: Services, section: str, name: str, value: Any) -> bool:
    try:
        notice: Notice | None = services.settings_store.update(section, **{name: value})
    except InvalidValue:
        return False
    if notice is not None:
        services.notify(notice)
    return True


def _current(services: Services, section: str, name: str) -> Any:
    return getattr(getattr(services.settings, section), name)


def bind_checkbox(services: Services, section: str, name: str, box: QCheckBox) -> QCheckBox:
    box.setChecked(bool(_current(services, section, name)))
    box.toggled.connect(lambda on: _save(services, section, name, bool(on)))
    return box


def bind_combo(
    services: Services, section: str, name: str, combo: QComboBox, options: list[tuple[str, Any]]
) -> QComboBox:
    """`options` is a list of (label, stored value)."""
    combo.clear()
    for label, value in options:
        combo.addItem(label, value)
    index = combo.findData(_current(services, section, name))
    combo.setCurrentIndex(max(index, 0))

    def changed(i: int) -> None:
        if i >= 0 and not _save(services, section, name, combo.itemData(i)):
            combo.setCurrentIndex(max(combo.findData(_current(services, section, name)), 0))

    combo.currentIndexChanged.connect(changed)
    return combo


def bind_spin(
    services: Services, section: str, name: str, spin: QSpinBox | QDoubleSpinBox
) -> QSpinBox | QDoubleSpinBox:
    spin.setValue(_current(services, section, name))
    spin.valueChanged.connect(lambda v: _save(services, section, name, v))
    return spin


def bind_slider(services: Services, section: str, name: str, slider: QAbstractSlider) -> None:
    slider.setValue(int(_current(services, section, name)))
    slider.valueChanged.connect(lambda v: _save(services, section, name, int(v)))
