"""Helpers for the sound GUI tests."""

from __future__ import annotations

from PySide6.QtCore import QObject


def public_interface(cls: type) -> set[str]:
    """Public methods, properties and signals a class adds over QObject."""
    base = set(dir(QObject))
    return {n for n in dir(cls) if not n.startswith("_") and n not in base}


def prepare_and_wait(qtbot, sound, needs, timeout: int = 15_000) -> int:
    """``sound.prepare(needs, on_ready)`` and wait for its one answer; the number of times
    on_ready was called (checked again after one more turn of the event loop)."""
    calls: list[int] = []
    sound.prepare(needs, lambda: calls.append(1))
    assert calls == [], "on_ready was called inside prepare()"
    qtbot.waitUntil(lambda: bool(calls), timeout=timeout)
    qtbot.wait(10)
    return len(calls)
