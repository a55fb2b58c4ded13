"""Requests to move around the app, from any page, without pages knowing each other.

Signals: page_requested(str name), practice_requested(str practice_id, object options),
article_requested(str article_id), crisis_requested(), about_requested().
The main window (or the kiosk shell) connects to them.

`open_sos()` starts "SOS: when panic rises" at once. `support_plan_available()` and
`open_support_plan()` are the hook for the client's support plan: when a page named
SUPPORT_PLAN_PAGE is registered (app/ui/shell/pages.py), the low-mood offer and the crisis
dialog show a button that opens it; until then they offer crisis help only.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

#: The pages of the main window in sidebar order (built by app/ui/shell/pages.py).
PAGE_NAMES = ("home", "practice", "readings", "journal", "settings")
#: The name the client's support plan page will have (the counselor's plan feature).
SUPPORT_PLAN_PAGE = "support-plan"


class Navigator(QObject):
    page_requested = Signal(str)
    practice_requested = Signal(str, object)
    article_requested = Signal(str)
    crisis_requested = Signal()
    about_requested = Signal()

    def open_page(self, name: str) -> None:
        if name not in PAGE_NAMES:
            raise ValueError(f"unknown page {name!r}")
        self.page_requested.emit(name)

    def open_practice(self, practice_id: str, options: dict[str, Any] | None = None) -> None:
        self.practice_requested.emit(practice_id, options or {})

    def open_article(self, article_id: str) -> None:
        self.article_requested.emit(article_id)

    def show_crisis(self) -> None:
        self.crisis_requested.emit()

    def open_sos(self) -> None:
        """Start "SOS: when panic rises" now: no setup, no countdown (its own defaults)."""
        from app.core.practices import SOS_PRACTICE

        self.open_practice(SOS_PRACTICE, {"autostart": True})

    @staticmethod
    def support_plan_available() -> bool:
        return SUPPORT_PLAN_PAGE in PAGE_NAMES

    def open_support_plan(self) -> None:
        self.open_page(SUPPORT_PLAN_PAGE)

    def show_about(self) -> None:
        self.about_requested.emit()
