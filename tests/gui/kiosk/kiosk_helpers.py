"""Helpers shared by the kiosk GUI tests."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

PIN = "2468"


def flush_deletes() -> None:
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def let_time_pass(clock, kiosk, seconds: float, step: float = 5.0) -> None:
    """Move the fake clock like real time. The practice's heartbeat polls every second; steps
    of a few seconds are fine (a gap of more than 10 s looks like a machine asleep and pauses
    the session)."""
    left = seconds
    while left > 0:
        moved = min(step, left)
        clock.advance(moved)
        left -= moved
        player = kiosk.visitor.player
        if player is not None:
            player.refresh()
