"""Helpers for the sound GUI tests."""

from __future__ import annotations

from PySide6.QtCore import QObject


def public_interface(cls: type) -> set[str]:
    """Public methods, properties and signals a class adds over QObject."""
    base = set(dir(QObject))
    return {n for n in dir(cls) if not n.startswith("_") and n not in base}
