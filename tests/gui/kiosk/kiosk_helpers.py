"""Helpers shared by the kiosk GUI tests."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

PIN = "2468"


def flush_deletes() -> None:
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def fake_definition(practice_id: str, kind: str = "guided", minutes: float = 3) -> object:
    from app.core.breath import BOX

    cues = (SimpleNamespace(at=0.0, text="Settle in."),
            SimpleNamespace(at=30.0, text="Notice five things you can see."))
    return SimpleNamespace(id=practice_id, kind=kind, title=practice_id.replace("-", " ").title(),
                           summary="A short practice.", minutes=minutes,
                           cues=cues if kind == "guided" else (),
                           pattern=BOX if kind == "pacer" else None)


def let_time_pass(clock, kiosk, seconds: float, step: float = 5.0) -> None:
    """Move the fake clock like real time. The practice's heartbeat polls every second; steps
    of a few seconds are fine (a gap of more than 10 s looks like a machine asleep and pauses
    the session)."""
    left = seconds
    while left > 0:
        moved = min(step, left)
        clock.advance(moved)
        left -= moved
        player = getattr(kiosk.visitor, "player", None)
        if player is not None:
            player.refresh()
