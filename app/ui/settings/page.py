"""Settings: one page made of sections, listed in order in ``SECTIONS``.

Each section module in app/ui/settings/sections/ has ``TITLE`` (a translated str) and
``create_section(services) -> QWidget``; add a new one to ``SECTIONS`` below."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGroupBox, QVBoxLayout, QWidget

from app.services import Services

from app.ui.settings.sections import (
    general,
    journal,
    language,
    practice,
    readings,
    reminders,
    sound,
)
from app.ui.shell.navigator import Navigator
from app.ui.style.widgets import ScrollPage

MAX_WIDTH = 860


class Section(Protocol):
    """A settings section module."""

    TITLE: str

    def create_section(self, services: Services) -> QWidget: ...


#: The sections, top to bottom.
SECTIONS: tuple[Section, ...] = (general, language, practice, sound, reminders, journal, readings)


def create_page(services: Services, navigator: Navigator) -> QWidget:
    page = ScrollPage(
        QCoreApplication.translate("ScrollPage", "Settings"),
        QCoreApplication.translate("ScrollPage",
                                   "Changes are saved as you make them, on this computer only."),
    )
    for section in SECTIONS:
        box = QGroupBox(section.TITLE, page.widget())
        layout = QVBoxLayout(box)
        layout.addWidget(section.create_section(services))
        for form in box.findChildren(QFormLayout):
            # Controls as wide as their content, not stretched across a wide window.
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        box.setMaximumWidth(MAX_WIDTH)
        page.body.addWidget(box)
    page.body.addStretch(1)
    return page
