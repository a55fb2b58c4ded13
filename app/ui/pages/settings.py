"""Settings: one page made of sections. Each owner ships a section module in
app/ui/settings_sections/ with `TITLE` (str), `ORDER` (int, optional) and
`create_section(services) -> QWidget`; this page finds them and stacks them in order."""

from __future__ import annotations

import importlib
import logging
import pkgutil

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from app.services import Services
from app.ui import settings_sections
from app.ui.navigator import Navigator
from app.ui.widgets import ScrollPage

log = logging.getLogger(__name__)

MAX_WIDTH = 860


def section_modules() -> list[object]:
    modules = []
    for info in pkgutil.iter_modules(settings_sections.__path__):
        try:
            modules.append(importlib.import_module(f"{settings_sections.__name__}.{info.name}"))
        except Exception:
            log.exception("settings section %s failed to import", info.name)
    return sorted(modules, key=lambda m: (getattr(m, "ORDER", 50), m.__name__))


def create_page(services: Services, navigator: Navigator) -> QWidget:
    page = ScrollPage(
        ScrollPage.tr("Settings"),
        ScrollPage.tr("Changes are saved as you make them, on this computer only."),
    )
    for module in section_modules():
        box = QGroupBox(str(getattr(module, "TITLE", module.__name__)), page.widget())
        layout = QVBoxLayout(box)
        try:
            layout.addWidget(module.create_section(services))  # type: ignore[attr-defined]
        except Exception:
            log.exception("settings section %s failed", module.__name__)
            layout.addWidget(QLabel(box.tr("This section could not be shown."), box))
        for form in box.findChildren(QFormLayout):
            # Controls as wide as their content, not stretched across a wide window.
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        box.setMaximumWidth(MAX_WIDTH)
        page.body.addWidget(box)
    page.body.addStretch(1)
    return page
