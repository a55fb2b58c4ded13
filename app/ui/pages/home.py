"""The Home page (its owner replaces this first version)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.services import Services
from app.ui.navigator import Navigator
from app.ui.widgets import ScrollPage


def create_page(services: Services, navigator: Navigator) -> QWidget:
    page = ScrollPage(ScrollPage.tr("Home"))
    page.body.addStretch(1)
    return page
