"""A level from 0.0 to 1.0 that glides to a target over a given time (fades, ducking).

Signals:
    changed(float): the level moved (every animation frame).
    arrived(float): the level reached its target.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QVariantAnimation, Signal


class Fader(QObject):
    changed = Signal(float)
    arrived = Signal(float)

    def __init__(self, level: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.level = level
        self._animation = QVariantAnimation(self)
        self._animation.valueChanged.connect(self._on_animation_value_changed)
        self._animation.finished.connect(self._on_animation_finished)

    def glide_to(self, target: float, seconds: float) -> None:
        """Move to ``target`` in ``seconds`` (at once when seconds <= 0)."""
        self._animation.stop()
        if seconds <= 0 or target == self.level:
            self._set(target)
            self.arrived.emit(target)
            return
        self._animation.setStartValue(float(self.level))
        self._animation.setEndValue(float(target))
        self._animation.setDuration(int(seconds * 1000))
        self._animation.start()

    def _set(self, value: float) -> None:
        self.level = value
        self.changed.emit(value)

    def _on_animation_value_changed(self, value: object) -> None:
        self._set(float(value))  # type: ignore[arg-type]

    def _on_animation_finished(self) -> None:
        self.arrived.emit(self.level)
