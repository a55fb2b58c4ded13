"""General settings: appearance, text size and motion."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QFormLayout, QWidget

from app.services import Services

from app.ui.settings.binding import bind_checkbox, bind_combo
from app.ui.style.widgets import muted_label

TITLE = QCoreApplication.translate("Settings", "Appearance")


def create_section(services: Services) -> QWidget:
    widget = QWidget()
    form = QFormLayout(widget)
    tr = widget.tr

    theme = QComboBox(widget)
    theme.setAccessibleName(tr("Theme"))
    theme.setAccessibleDescription(tr("Light, dark, or follow the system"))
    bind_combo(services, "general", "theme", theme, [
        (tr("Follow the system"), "system"), (tr("Light"), "light"), (tr("Dark"), "dark"),
    ])
    form.addRow(tr("Theme"), theme)

    scale = QComboBox(widget)
    scale.setAccessibleName(tr("Text size"))
    scale.setAccessibleDescription(tr("Make all text larger, up to twice the normal size"))
    bind_combo(services, "general", "text_scale", scale, [
        (tr("Normal (100%)"), 1.0), (tr("Larger (125%)"), 1.25), (tr("Large (150%)"), 1.5),
        (tr("Very large (200%)"), 2.0),
    ])
    form.addRow(tr("Text size"), scale)

    motion = QCheckBox(tr("Reduce motion"), widget)
    motion.setAccessibleName(tr("Reduce motion"))
    motion.setAccessibleDescription(
        tr("Show breathing as text and a bar instead of a moving shape")
    )
    bind_checkbox(services, "general", "reduced_motion", motion)
    form.addRow("", motion)
    form.addRow("", muted_label(tr("No growing shapes or animations: breathing is shown as "
                                   "words and a bar."), widget))

    def reapply(section: str) -> None:
        if section != "general":
            return
        app = QApplication.instance()
        if isinstance(app, QApplication):
            from app.ui.style.theme import apply_theme

            g = services.settings.general
            apply_theme(app, g.theme, g.text_scale)

    services.settings_store.subscribe(reapply)
    widget.destroyed.connect(lambda *_: services.settings_store.unsubscribe(reapply))
    return widget
