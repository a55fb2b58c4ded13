"""Closing every window on the way out, including the ones that normally refuse.

The main window may hide to the tray instead of closing, and the kiosk refuses any close
while it is locked. Both follow `HidesOnClose`: setting `hide_on_close` to False lets the
next close() through. SIGTERM/SIGINT (app.py) and the start-up probe (probe.py) use this.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtWidgets import QApplication


@runtime_checkable
class HidesOnClose(Protocol):
    hide_on_close: bool


def close_every_window(visible_only: bool = False) -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, HidesOnClose) and (widget.isVisible() or not visible_only):
            widget.hide_on_close = False
            widget.close()
