"""Requests to move around the app, from any page, without pages knowing each other.

Signals: page_requested(str name), practice_requested(str practice_id, object options),
article_requested(str article_id), crisis_requested(), about_requested(),
support_plan_requested() (the client's own support plan, issue 15; not in kiosk mode).
The main window (or the kiosk shell) connects to them.

`open_sos()` starts "SOS: when panic rises" at once (Home, the tray, the crisis dialog).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

#: The pages of the main window in sidebar order (built by app/ui/shell/pages.py).
PAGE_NAMES = ("home", "practice", "readings", "journal", "counselor", "settings")


class Navigator(QObject):
    page_requested = Signal(str)
    practice_requested = Signal(str, object)
    article_requested = Signal(str)
    crisis_requested = Signal()
    about_requested = Signal()
    support_plan_requested = Signal()

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

    def show_about(self) -> None:
        self.about_requested.emit()

    def show_support_plan(self) -> None:
        """Open the client's support plan from anywhere (a practice, a card, the crisis
        dialog). The main window shows it; the kiosk ignores it."""
        self.support_plan_requested.emit()
